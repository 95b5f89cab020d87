// Package version holds the version of dria that reports name.
package version

import (
	"runtime/debug"
	"strings"
)

// release is set by release builds:
// -ldflags "-X github.com/dria-project/dria/internal/version.release=1.2.3".
var release string

// fallback names a build from a source tree that carries no version.
const fallback = "0.1.0-dev"

// Version is dria's version: the one a release build stamped, else the
// module version Go recorded (`go install …/cmd/dria@v1.2.3` gives 1.2.3),
// else 0.1.0-dev.
var Version = resolve(release, buildVersion())

func buildVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	return info.Main.Version
}

func resolve(stamped, module string) string {
	if stamped != "" {
		return strings.TrimPrefix(stamped, "v")
	}
	if module != "" && module != "(devel)" {
		return strings.TrimPrefix(module, "v")
	}
	return fallback
}
