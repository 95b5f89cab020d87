//go:build !windows

package fileio

import "syscall"

// Modes of access(2).
const (
	accessSearch = 0x1
	accessWrite  = 0x2
)

// canCreateIn says early whether the real user may create a file in dir
// (access(2) with write and search permission); the creation itself still
// decides.
func canCreateIn(dir string) error { return syscall.Access(dir, accessWrite|accessSearch) }
