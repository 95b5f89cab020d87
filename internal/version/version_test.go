package version

import "testing"

func TestResolvePrefersTheReleaseStampThenTheModuleVersion(t *testing.T) {
	cases := []struct{ stamped, module, want string }{
		{"v1.2.3", "v0.9.0", "1.2.3"},
		{"", "v0.4.1", "0.4.1"},
		{"", "v0.0.0-20261202003000-abcdef123456+dirty", "0.0.0-20261202003000-abcdef123456+dirty"},
		{"", "(devel)", "0.1.0-dev"},
		{"", "", "0.1.0-dev"},
	}
	for _, c := range cases {
		if got := resolve(c.stamped, c.module); got != c.want {
			t.Errorf("resolve(%q, %q) = %q, want %q", c.stamped, c.module, got, c.want)
		}
	}
}
