//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package store

// bulkLock without flock(2): every process counts as the only one taking part in a bulk
// load, so Open in another process during a load rebuilds at once (correct, slower).
type bulkLock struct{}

func lockBulk(string) (*bulkLock, error) { return &bulkLock{}, nil }

func tryLockBulk(string) (*bulkLock, bool, error) { return &bulkLock{}, true, nil }

func (*bulkLock) upgrade() (bool, error) { return true, nil }

func (*bulkLock) release() {}
