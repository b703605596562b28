package store

import (
	"context"
	"database/sql"
	"fmt"
)

// migrations are the schema steps, in order; migration i brings the schema to version i+1.
// Each runs in its own transaction with the update of schema_version. Never edit a step that
// has shipped: append a new one.
var migrations = []string{
	// 1: documents, inputs, entities, events with their actors and mentions, history, feeds.
	`
CREATE TABLE documents (
	rowid         INTEGER PRIMARY KEY,
	id            TEXT NOT NULL UNIQUE,
	url           TEXT NOT NULL DEFAULT '',
	title         TEXT NOT NULL DEFAULT '',
	source        TEXT NOT NULL DEFAULT '',
	language      TEXT NOT NULL DEFAULT '',
	published     TEXT NOT NULL DEFAULT '',
	text          TEXT NOT NULL DEFAULT '',
	body          TEXT NOT NULL,
	input_hash    TEXT NOT NULL DEFAULT '',
	seen          TEXT NOT NULL,
	ingested_at   TEXT NOT NULL,
	superseded_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX documents_url ON documents(url) WHERE url <> '';
CREATE INDEX documents_source ON documents(source, rowid);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid');

CREATE TABLE inputs (
	hash     TEXT PRIMARY KEY,
	url      TEXT NOT NULL DEFAULT '',
	name     TEXT NOT NULL DEFAULT '',
	docs     INTEGER NOT NULL,
	saved_at TEXT NOT NULL
);
CREATE INDEX inputs_url ON inputs(url) WHERE url <> '';

CREATE TABLE entities (
	doc_id     TEXT NOT NULL REFERENCES documents(id),
	span_start INTEGER NOT NULL,
	span_end   INTEGER NOT NULL,
	label      TEXT NOT NULL,
	text       TEXT NOT NULL,
	actor      TEXT NOT NULL DEFAULT '',
	value      TEXT NOT NULL DEFAULT '',
	country    TEXT NOT NULL DEFAULT '',
	lat        REAL,
	lon        REAL
);
CREATE INDEX entities_doc ON entities(doc_id);
CREATE INDEX entities_actor ON entities(actor) WHERE actor <> '';

CREATE TABLE events (
	rowid          INTEGER PRIMARY KEY,
	id             TEXT NOT NULL UNIQUE,
	type           TEXT NOT NULL,
	mode           TEXT NOT NULL DEFAULT '',
	modality       TEXT NOT NULL DEFAULT '',
	background     INTEGER NOT NULL DEFAULT 0,
	acled_type     TEXT NOT NULL DEFAULT '',
	acled_sub_type TEXT NOT NULL DEFAULT '',
	cameo_root     TEXT NOT NULL DEFAULT '',
	quad           INTEGER NOT NULL DEFAULT 0,
	date           TEXT NOT NULL DEFAULT '',
	date_precision TEXT NOT NULL DEFAULT '',
	day            INTEGER,
	sort_date      TEXT NOT NULL,
	country        TEXT NOT NULL DEFAULT '',
	admin1         TEXT NOT NULL DEFAULT '',
	has_geo        INTEGER NOT NULL DEFAULT 0,
	lat            REAL,
	lon            REAL,
	geo_precision  INTEGER NOT NULL DEFAULT 0,
	killed         INTEGER,
	confidence     REAL NOT NULL DEFAULT 0,
	sources_count  INTEGER NOT NULL DEFAULT 0,
	articles_count INTEGER NOT NULL DEFAULT 0,
	first_seen     TEXT NOT NULL DEFAULT '',
	last_seen      TEXT NOT NULL DEFAULT '',
	seen_day       INTEGER,
	version        INTEGER NOT NULL DEFAULT 0, -- bumped on every update (merge caches key on it)
	updated_at     TEXT NOT NULL
);
-- Filter indexes end with the columns other filters test, so that counts and pages are
-- answered from the index without visiting table rows.
CREATE INDEX events_sort ON events(sort_date, id, confidence, sources_count, type, country);
CREATE INDEX events_type ON events(type, sort_date, id, confidence, sources_count, country);
CREATE INDEX events_country ON events(country, sort_date, id, confidence, sources_count, type, acled_type);
CREATE INDEX events_country_type ON events(country, type, sort_date, id, confidence, sources_count, acled_type);
CREATE INDEX events_acled ON events(acled_type, sort_date, id, confidence, sources_count, country);
CREATE INDEX events_acled_sub ON events(acled_sub_type, sort_date, id, confidence, sources_count, country);
-- The JSON of each event, apart from the row that filters see (rowid = events.rowid).
CREATE TABLE event_bodies (
	rowid INTEGER PRIMARY KEY,
	body  TEXT NOT NULL
);
CREATE INDEX events_merge_day ON events(type, day);
CREATE INDEX events_merge_seen ON events(type, seen_day) WHERE day IS NULL;
-- Located events by position (rowid = events.rowid), for bbox queries.
CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);

CREATE TABLE event_actors (
	event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	role     TEXT NOT NULL,
	actor    TEXT NOT NULL,
	name     TEXT NOT NULL DEFAULT '',
	name_lc  TEXT NOT NULL DEFAULT '',
	country  TEXT NOT NULL DEFAULT '',
	kind     TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (event_id, role, actor)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors(actor);
CREATE INDEX event_actors_name ON event_actors(name_lc);

CREATE TABLE mentions (
	rowid         INTEGER PRIMARY KEY,
	event_id      TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
	doc_id        TEXT NOT NULL REFERENCES documents(id),
	extracted_id  TEXT NOT NULL,
	sentence      TEXT NOT NULL DEFAULT '',
	span_start    INTEGER NOT NULL DEFAULT 0,
	span_end      INTEGER NOT NULL DEFAULT 0,
	trigger       TEXT NOT NULL DEFAULT '',
	trigger_start INTEGER NOT NULL DEFAULT 0,
	trigger_end   INTEGER NOT NULL DEFAULT 0,
	confidence    REAL NOT NULL DEFAULT 0,
	seen          TEXT NOT NULL,
	body          TEXT NOT NULL,
	UNIQUE (event_id, doc_id)
);
CREATE INDEX mentions_doc ON mentions(doc_id);
CREATE INDEX mentions_extracted ON mentions(extracted_id);
CREATE VIRTUAL TABLE mention_fts USING fts5(text);

CREATE TABLE event_history (
	id          INTEGER PRIMARY KEY,
	event_id    TEXT NOT NULL,
	changed_at  TEXT NOT NULL,
	reason      TEXT NOT NULL,
	doc_id      TEXT NOT NULL DEFAULT '',
	replaced_by TEXT NOT NULL DEFAULT '',
	old         TEXT NOT NULL
);
CREATE INDEX event_history_event ON event_history(event_id);

CREATE TABLE feeds (
	url           TEXT PRIMARY KEY,
	title         TEXT NOT NULL DEFAULT '',
	created_at    TEXT NOT NULL,
	last_fetched  TEXT NOT NULL DEFAULT '',
	etag          TEXT NOT NULL DEFAULT '',
	last_modified TEXT NOT NULL DEFAULT '',
	last_error    TEXT NOT NULL DEFAULT ''
);
`,
	// 2: entities become a view over the documents' JSON (the table was written for every
	// entity of every document and read by nothing: a fifth of the ingest writer's time); a
	// contentless mention index; summary tables for the unfiltered aggregates (see
	// summary.go), built from what is stored.
	`
DROP TABLE entities;
CREATE VIEW entities (doc_id, span_start, span_end, label, text, actor, value, country, lat, lon) AS
	SELECT d.id, j.value ->> 'start', j.value ->> 'end', j.value ->> 'label', j.value ->> 'text',
		coalesce(j.value ->> 'actor', ''), coalesce(j.value ->> 'value', ''), coalesce(j.value ->> '$.geo.country', ''),
		j.value ->> '$.geo.lat', j.value ->> '$.geo.lon'
	FROM documents d, json_each(d.body, '$.entities') j;

-- The mention index keeps no copy of the indexed text (the mentions and documents hold it).
DROP TABLE mention_fts;
CREATE VIRTUAL TABLE mention_fts USING fts5(text, content='', contentless_delete=1);
INSERT INTO mention_fts (rowid, text) SELECT m.rowid, d.title || char(10) || m.sentence
	FROM mentions m JOIN documents d ON d.id = m.doc_id;

CREATE TABLE agg_timeline (
	sort_date  TEXT NOT NULL,
	type       TEXT NOT NULL,
	precision  TEXT NOT NULL,
	events     INTEGER NOT NULL,
	fatalities INTEGER NOT NULL,
	PRIMARY KEY (sort_date, type, precision)
) WITHOUT ROWID;
INSERT INTO agg_timeline SELECT sort_date, type, date_precision, count(*), coalesce(sum(killed), 0)
	FROM events GROUP BY 1, 2, 3;

CREATE TABLE agg_actor_names (
	actor     TEXT NOT NULL,
	name      TEXT NOT NULL,
	country   TEXT NOT NULL,
	kind      TEXT NOT NULL,
	as_source INTEGER NOT NULL,
	as_target INTEGER NOT NULL,
	PRIMARY KEY (actor, name, country, kind)
) WITHOUT ROWID;
INSERT INTO agg_actor_names SELECT actor, name, country, kind, sum(role = 's'), sum(role = 't')
	FROM event_actors GROUP BY 1, 2, 3, 4;

CREATE TABLE agg_actors (
	actor  TEXT PRIMARY KEY,
	events INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX agg_actors_top ON agg_actors(events DESC, actor);
INSERT INTO agg_actors SELECT actor, count(DISTINCT event_id) FROM event_actors GROUP BY actor;

CREATE TABLE agg_graph (
	src      TEXT NOT NULL,
	tgt      TEXT NOT NULL,
	quad     INTEGER NOT NULL,
	src_name TEXT NOT NULL,
	tgt_name TEXT NOT NULL,
	n        INTEGER NOT NULL,
	PRIMARY KEY (src, tgt, quad, src_name, tgt_name)
) WITHOUT ROWID;
INSERT INTO agg_graph SELECT s.actor, t.actor, e.quad, s.name, t.name, count(*)
	FROM events e JOIN event_actors s ON s.event_id = e.id AND s.role = 's'
	JOIN event_actors t ON t.event_id = e.id AND t.role = 't' GROUP BY 1, 2, 3, 4, 5;

CREATE TABLE agg_edges (
	src    TEXT NOT NULL,
	tgt    TEXT NOT NULL,
	events INTEGER NOT NULL,
	PRIMARY KEY (src, tgt)
) WITHOUT ROWID;
CREATE INDEX agg_edges_top ON agg_edges(events DESC, src, tgt);
INSERT INTO agg_edges SELECT src, tgt, sum(n) FROM agg_graph GROUP BY 1, 2;
`,
	// 3: store-wide settings and states, such as the bulk-load flag (bulk.go).
	`
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;
`,
}

// SchemaVersion is the schema version this build writes.
var SchemaVersion = len(migrations)

// migrate applies the missing migrations, each in its own (immediate) transaction that
// re-reads the version, so that two processes opening a new store at once do not collide.
func migrate(ctx context.Context, db *sql.DB) error {
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("creating schema_version: %w", err)
	}
	for {
		done, err := migrateStep(ctx, db)
		if err != nil || done {
			return err
		}
	}
}

func migrateStep(ctx context.Context, db *sql.DB) (done bool, err error) {
	tx, err := db.BeginTx(ctx, nil)
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
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, version+1); err != nil {
		return false, fmt.Errorf("migration %d: %w", version+1, err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("migration %d: %w", version+1, err)
	}
	return false, nil
}
