package postgres

import "context"

// Truncate empties every table but schema_version (and the event_versions sequence, which
// must never repeat a value). It is for tests, which reuse one migrated schema; nothing in
// sitrep calls it.
func (s *Store) Truncate(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `TRUNCATE documents, inputs, entities, events, event_actors, mentions,
		event_history, feeds, queue, agg_timeline, agg_actor_names, agg_actors, agg_graph, agg_edges,
		agg_timeline_delta, agg_actor_names_delta, agg_actors_delta, agg_graph_delta, agg_edges_delta RESTART IDENTITY CASCADE`)
	return err
}
