//go:build !linux

package main

import (
	"errors"
	"os"
)

// withoutFilePermissionOverride runs f; only Linux can drop root's power
// to ignore file permissions for one thread, so elsewhere it refuses to
// run as root.
func withoutFilePermissionOverride(f func()) error {
	if os.Geteuid() == 0 {
		return errors.New("permission tests cannot run as root on this system")
	}
	f()
	return nil
}
