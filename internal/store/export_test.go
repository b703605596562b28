package store

// SetFastPaths turns the SQLite writer's merge index and partial event-row updates on or off
// and returns the previous setting.
func SetFastPaths(on bool) bool {
	old := useMergeIndex
	useMergeIndex, useColumnUpdates = on, on
	return old
}
