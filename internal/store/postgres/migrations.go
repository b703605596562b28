package postgres

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the PostgreSQL schema steps, in order; migration i brings the schema to
// version i+1. Step 1 is internal/store's SQLite schema translated (FTS5 tables become
// tsvector columns with GIN indexes, rowid columns become identity columns, text compares
// bytewise with COLLATE "C" as in SQLite); later steps add what only the scale-out setup
// needs: the work queue of `sitrep worker` and the feed poller's state. Never edit a step
// that has shipped: append a new one.
var migrations = []string{
	// 1: documents, inputs, entities, events with their actors and mentions, history, feeds.
	`
CREATE TABLE documents (
	rowid         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id            TEXT COLLATE "C" NOT NULL UNIQUE,
	url           TEXT COLLATE "C" NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	source        TEXT COLLATE "C" NOT NULL DEFAULT '',
	language      TEXT NOT NULL DEFAULT '',
	published     TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL DEFAULT '',
	body          TEXT NOT NULL,
	input_hash    TEXT NOT NULL DEFAULT '',
	seen          TEXT NOT NULL,
	ingested_at   TEXT NOT NULL,
	superseded_by TEXT COLLATE "C" NOT NULL DEFAULT '',
	fts           TSVECTOR NOT NULL
);
CREATE INDEX documents_url ON documents(url) WHERE url <> '';
CREATE INDEX documents_source ON documents(source, rowid);
CREATE INDEX documents_fts ON documents USING GIN (fts);

CREATE TABLE inputs (
	hash     TEXT COLLATE "C" PRIMARY KEY,
	url      TEXT COLLATE "C" NOT NULL DEFAULT '',
	name     TEXT NOT NULL DEFAULT '',
	docs     INTEGER NOT NULL,
	saved_at TEXT NOT NULL
);
CREATE INDEX inputs_url ON inputs(url) WHERE url <> '';

CREATE TABLE entities (
	doc_id     TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	label      TEXT NOT NULL,
	text       TEXT NOT NULL,
	actor      TEXT COLLATE "C" NOT NULL DEFAULT '',
	value      TEXT NOT NULL DEFAULT '',
	country    TEXT NOT NULL DEFAULT '',
	lat        DOUBLE PRECISION,
	lon        DOUBLE PRECISION
);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE INDEX entities_actor ON entities(actor) WHERE actor <> '';

CREATE TABLE events (
	id             TEXT COLLATE "C" PRIMARY KEY,
	type           TEXT COLLATE "C" NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	modality       TEXT NOT NULL DEFAULT '',
	background     INTEGER NOT NULL DEFAULT 0,
	acled_type     TEXT COLLATE "C" NOT NULL DEFAULT '',
	acled_sub_type TEXT COLLATE "C" NOT NULL DEFAULT '',
	cameo_root     TEXT NOT NULL DEFAULT '',
	quad           INTEGER NOT NULL DEFAULT 0,
	date           TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	day            INTEGER,
	sort_date      TEXT COLLATE "C" NOT NULL,
	country        TEXT COLLATE "C" NOT NULL DEFAULT '',
	admin1         TEXT NOT NULL DEFAULT '',
	has_geo        INTEGER NOT NULL DEFAULT 0,
	lat            DOUBLE PRECISION,
	lon            DOUBLE PRECISION,
	geo_precision  INTEGER NOT NULL DEFAULT 0,
	killed         INTEGER,
	confidence     DOUBLE PRECISION NOT NULL DEFAULT 0,
	sources_count  INTEGER NOT NULL DEFAULT 0,
	articles_count INTEGER NOT NULL DEFAULT 0,
	first_seen     TEXT NOT NULL DEFAULT '',
	last_seen      TEXT NOT NULL DEFAULT '',
	seen_day       INTEGER,
	body           TEXT NOT NULL,
	updated_at     TEXT NOT NULL
);
CREATE INDEX events_sort ON events(sort_date DESC, id DESC);
CREATE INDEX events_type ON events(type, sort_date DESC, id DESC);
CREATE INDEX events_country ON events(country, sort_date DESC, id DESC);
CREATE INDEX events_acled ON events(acled_type, sort_date DESC, id DESC);
CREATE INDEX events_acled_sub ON events(acled_sub_type, sort_date DESC, id DESC);
CREATE INDEX events_merge_day ON events(type, day);
CREATE INDEX events_merge_seen ON events(type, seen_day) WHERE day IS NULL;
CREATE INDEX events_geo ON events(lat, lon) WHERE has_geo = 1;

CREATE TABLE event_actors (
	event_id TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	role     TEXT COLLATE "C" NOT NULL,
	actor    TEXT COLLATE "C" NOT NULL,
	name     TEXT COLLATE "C" NOT NULL DEFAULT '',
	name_lc  TEXT COLLATE "C" NOT NULL DEFAULT '',
	country  TEXT COLLATE "C" NOT NULL DEFAULT '',
	kind     TEXT COLLATE "C" NOT NULL DEFAULT '',
	PRIMARY KEY (event_id, role, actor)
);
CREATE INDEX event_actors_actor ON event_actors(actor);
CREATE INDEX event_actors_name ON event_actors(name_lc);

CREATE TABLE mentions (
	rowid         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	event_id      TEXT COLLATE "C" NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	doc_id        TEXT COLLATE "C" NOT NULL REFERENCES documents(id),
	extracted_id  TEXT COLLATE "C" NOT NULL,
	sentence      TEXT NOT NULL DEFAULT '',
	span_start    INTEGER NOT NULL DEFAULT 0,
	span_end      INTEGER NOT NULL DEFAULT 0,
	trigger       TEXT NOT NULL DEFAULT '',
	trigger_start INTEGER NOT NULL DEFAULT 0,
	trigger_end   INTEGER NOT NULL DEFAULT 0,
	confidence    DOUBLE PRECISION NOT NULL DEFAULT 0,
	seen          TEXT COLLATE "C" NOT NULL,
	body          TEXT NOT NULL,
	fts           TSVECTOR NOT NULL,
	UNIQUE (event_id, doc_id)
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_extracted ON mentions(extracted_id);
CREATE INDEX mentions_fts ON mentions USING GIN (fts);

CREATE TABLE event_history (
	id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	event_id    TEXT COLLATE "C" NOT NULL,
	changed_at  TEXT NOT NULL,
	reason      TEXT NOT NULL,
	doc_id      TEXT NOT NULL DEFAULT '',
	replaced_by TEXT NOT NULL DEFAULT '',
	old         TEXT NOT NULL
);
CREATE INDEX event_history_event ON event_history(event_id);

CREATE TABLE feeds (
	url           TEXT COLLATE "C" PRIMARY KEY,
	title         TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL,
	last_fetched  TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT ''
);
`,
	// 2: the work queue of raw inputs that workers claim, and the poller's backoff state.
	`
CREATE TABLE queue (
	id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	hash        TEXT COLLATE "C" NOT NULL UNIQUE,
	name        TEXT NOT NULL DEFAULT '',
	url         TEXT COLLATE "C" NOT NULL DEFAULT '',
	item        BYTEA NOT NULL,
	state       TEXT NOT NULL DEFAULT 'pending',
	enqueued_at TIMESTAMPTZ NOT NULL DEFAULT now(),
	claimed_by  TEXT NOT NULL DEFAULT '',
	claimed_at  TIMESTAMPTZ,
	attempts    INTEGER NOT NULL DEFAULT 0,
	error       TEXT NOT NULL DEFAULT '',
	done_at     TIMESTAMPTZ,
	docs        INTEGER NOT NULL DEFAULT 0,
	events      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX queue_pending ON queue(id) WHERE state = 'pending';
CREATE INDEX queue_url ON queue(url) WHERE url <> '';

ALTER TABLE feeds ADD COLUMN errors INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feeds ADD COLUMN next_poll TEXT NOT NULL DEFAULT '';
`,
	// 3: event versions from a sequence (the shared writer's merge cache keys on them; a
	// sequence keeps them unique across processes), and internal/store's summary tables for
	// the unfiltered aggregates (see internal/store/summary.go), built from what is stored.
	// Writers never update a summary row: each transaction appends its changes to the
	// *_delta tables (no row of one save is locked by another), readers add the deltas to
	// the summaries, and CompactSummaries folds the deltas in from time to time.
	`
CREATE SEQUENCE event_versions;
ALTER TABLE events ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE agg_timeline (
	sort_date  TEXT COLLATE "C" NOT NULL,
	type       TEXT COLLATE "C" NOT NULL,
	precision  TEXT COLLATE "C" NOT NULL,
	events     BIGINT NOT NULL,
	fatalities BIGINT NOT NULL,
	PRIMARY KEY (sort_date, type, precision)
);
INSERT INTO agg_timeline SELECT sort_date, type, date_precision, count(*), coalesce(sum(killed), 0)
	FROM events GROUP BY 1, 2, 3;

CREATE TABLE agg_actor_names (
	actor     TEXT COLLATE "C" NOT NULL,
	name      TEXT COLLATE "C" NOT NULL,
	country   TEXT COLLATE "C" NOT NULL,
	kind      TEXT COLLATE "C" NOT NULL,
	as_source BIGINT NOT NULL,
	as_target BIGINT NOT NULL,
	PRIMARY KEY (actor, name, country, kind)
);
INSERT INTO agg_actor_names SELECT actor, name, country, kind, count(*) FILTER (WHERE role = 's'), count(*) FILTER (WHERE role = 't')
	FROM event_actors GROUP BY 1, 2, 3, 4;

CREATE TABLE agg_actors (
	actor  TEXT COLLATE "C" PRIMARY KEY,
	events BIGINT NOT NULL
);
CREATE INDEX agg_actors_top ON agg_actors(events DESC, actor);
INSERT INTO agg_actors SELECT actor, count(DISTINCT event_id) FROM event_actors GROUP BY actor;

CREATE TABLE agg_graph (
	src      TEXT COLLATE "C" NOT NULL,
	tgt      TEXT COLLATE "C" NOT NULL,
	quad     INTEGER NOT NULL,
	src_name TEXT COLLATE "C" NOT NULL,
	tgt_name TEXT COLLATE "C" NOT NULL,
	n        BIGINT NOT NULL,
	PRIMARY KEY (src, tgt, quad, src_name, tgt_name)
);
INSERT INTO agg_graph SELECT s.actor, t.actor, e.quad, s.name, t.name, count(*)
	FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 's'
	JOIN event_actors t ON t.event_id = e.id AND t.role = 't' GROUP BY 1, 2, 3, 4, 5;

CREATE TABLE agg_edges (
	src    TEXT COLLATE "C" NOT NULL,
	tgt    TEXT COLLATE "C" NOT NULL,
	events BIGINT NOT NULL,
	PRIMARY KEY (src, tgt)
);
CREATE INDEX agg_edges_top ON agg_edges(events DESC, src, tgt);
INSERT INTO agg_edges SELECT src, tgt, sum(n) FROM agg_graph GROUP BY 1, 2;

CREATE TABLE agg_timeline_delta (LIKE agg_timeline);
CREATE TABLE agg_actor_names_delta (LIKE agg_actor_names);
CREATE TABLE agg_actors_delta (LIKE agg_actors);
CREATE TABLE agg_graph_delta (LIKE agg_graph);
CREATE TABLE agg_edges_delta (LIKE agg_edges);
`,
}

// SchemaVersion is the schema version this build writes.
var SchemaVersion = len(migrations)

// migrateLock is the advisory lock key serialising migrations across processes.
const migrateLock = 0x5174_7265_7001

// migrate applies the missing migrations, each in its own transaction with the update of
// schema_version, under a session advisory lock so that many processes (workers starting
// together) can open a new database at once.
func migrate(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, int64(migrateLock)); err != nil {
		return fmt.Errorf("locking for migration: %w", err)
	}
	defer conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, int64(migrateLock))
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("creating schema_version: %w", err)
	}
	for {
		done, err := migrateStep(ctx, conn)
		if err != nil || done {
			return err
		}
	}
}

func migrateStep(ctx context.Context, conn *sql.Conn) (done bool, err error) {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	var version int
	switch err := tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&version); {
	case err == sql.ErrNoRows:
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version) VALUES (0)`); err != nil {
			return false, fmt.Errorf("initialising schema_version: %w", err)
		}
	case err != nil:
		return false, fmt.Errorf("reading schema version: %w", err)
	}
	if version > len(migrations) {
		return false, fmt.Errorf("store schema version %d is newer than this sitrep knows (%d): upgrade sitrep", version, len(migrations))
	}
	if version == len(migrations) {
		return true, tx.Commit()
	}
	if _, err := tx.ExecContext(ctx, migrations[version]); err != nil {
		return false, fmt.Errorf("migration %d: %w", version+1, err)
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = $1`, version+1); err != nil {
		return false, fmt.Errorf("migration %d: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %d: %w", version+1, err)
	}
	return false, nil
}
