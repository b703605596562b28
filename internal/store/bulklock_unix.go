//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package store

import (
	"errors"
	"os"
	"syscall"
)

// bulkLock is a flock(2) lock on the file "<store>-bulk": shared by the processes taking part
// in a bulk load, exclusive for the one that rebuilds. The kernel drops it when a process
// dies, which is how Open tells an interrupted load from a running one.
type bulkLock struct{ f *os.File }

func openBulkLock(path string) (*bulkLock, error) {
	f, err := os.OpenFile(path+"-bulk", os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, err
	}
	return &bulkLock{f}, nil
}

// lockBulk takes the shared lock, waiting for a rebuild in progress.
func lockBulk(path string) (*bulkLock, error) {
	l, err := openBulkLock(path)
	if err != nil {
		return nil, err
	}
	if err := flock(l.f, syscall.LOCK_SH); err != nil {
		l.f.Close()
		return nil, err
	}
	return l, nil
}

// tryLockBulk takes the exclusive lock if nobody holds the lock; ok is false otherwise.
func tryLockBulk(path string) (l *bulkLock, ok bool, err error) {
	if l, err = openBulkLock(path); err != nil {
		return nil, false, err
	}
	if ok, err = l.upgrade(); err != nil || !ok {
		l.f.Close()
		return nil, false, err
	}
	return l, true, nil
}

// upgrade turns the lock exclusive if no other process holds it; false when one does.
func (l *bulkLock) upgrade() (bool, error) {
	err := flock(l.f, syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return false, nil
	}
	return err == nil, err
}

func (l *bulkLock) release() {
	if l != nil && l.f != nil {
		l.f.Close()
	}
}

func flock(f *os.File, how int) error {
	for {
		err := syscall.Flock(int(f.Fd()), how)
		if !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}
