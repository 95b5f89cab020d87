package main

import (
	"fmt"
	"runtime"
	"syscall"
	"unsafe"
)

// Linux capabilities that let root ignore file permissions.
const (
	capDACOverride   = 1
	capDACReadSearch = 2
)

// withoutFilePermissionOverride runs f on an OS thread that lacks the
// capabilities letting root read, write and search any file, so a test of
// an unreadable directory means the same for root as for any user. The
// thread is locked and never unlocked, so it ends with f and the change
// never reaches another test; the Go runtime starts new threads from a
// clean template thread, not from a locked one.
func withoutFilePermissionOverride(f func()) error {
	done := make(chan error, 1)
	go func() {
		runtime.LockOSThread()
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("panic: %v", r)
			}
		}()
		hdr := struct {
			version uint32
			pid     int32
		}{version: 0x20080522} // _LINUX_CAPABILITY_VERSION_3
		var data [2]struct{ effective, permitted, inheritable uint32 }
		if _, _, e := syscall.RawSyscall(syscall.SYS_CAPGET, uintptr(unsafe.Pointer(&hdr)), uintptr(unsafe.Pointer(&data[0])), 0); e != 0 {
			done <- e
			return
		}
		data[0].effective &^= 1<<capDACOverride | 1<<capDACReadSearch
		if _, _, e := syscall.RawSyscall(syscall.SYS_CAPSET, uintptr(unsafe.Pointer(&hdr)), uintptr(unsafe.Pointer(&data[0])), 0); e != 0 {
			done <- e
			return
		}
		f()
		done <- nil
	}()
	return <-done
}
