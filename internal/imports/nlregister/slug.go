package nlregister

import (
	"strconv"
	"strings"
)

// folded spells letters with diacritics as the plain letters of a slug.
var folded = map[rune]string{
	'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
	'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ø': "o",
	'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ç': "c", 'ñ': "n", 'ĳ': "ij", 'ß': "ss", 'æ': "ae", 'œ': "oe",
}

// maxSlug is the longest metadata.name (a DNS label).
const maxSlug = 63

// slugify makes a DNS-label slug of a name: lower-case letters and digits
// joined by single hyphens, at most max characters; "" when nothing is
// left.
func slugify(s string, limit int) string {
	var b strings.Builder
	hyphen := false
	for _, r := range strings.ToLower(s) {
		var part string
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			part = string(r)
		case folded[r] != "":
			part = folded[r]
		default:
			hyphen = b.Len() > 0
			continue
		}
		if hyphen {
			b.WriteByte('-')
			hyphen = false
		}
		b.WriteString(part)
	}
	out := b.String()
	if len(out) > limit {
		out = strings.TrimRight(out[:limit], "-")
	}
	return out
}

// namer hands out unique slugs.
type namer map[string]bool

// name is the slug of s (or of fallback when s has none), made unique
// with a number.
func (n namer) name(s, fallback string) string {
	base := slugify(s, maxSlug)
	if base == "" {
		base = fallback
	}
	name := base
	for i := 2; n[name]; i++ {
		suffix := "-" + strconv.Itoa(i)
		name = slugify(base, maxSlug-len(suffix)) + suffix
	}
	n[name] = true
	return name
}
