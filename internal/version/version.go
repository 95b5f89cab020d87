// Package version holds the version of dria that reports name.
package version

// Version is dria's version; release builds set it with
// -ldflags "-X github.com/dria-project/dria/internal/version.Version=v1.2.3".
var Version = "0.1.0-dev"
