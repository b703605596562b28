package postgres

import "context"

// Truncate empties every table but schema_version. It is for tests, which reuse one
// migrated schema; nothing in sitrep calls it.
func (s *Store) Truncate(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `TRUNCATE documents, inputs, entities, events, event_actors, mentions,
		event_history, feeds, queue RESTART IDENTITY CASCADE`)
	return err
}
