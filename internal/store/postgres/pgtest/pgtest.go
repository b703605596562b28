// Package pgtest gives tests a PostgreSQL database of their own: an empty schema on the
// server that SITREP_TEST_POSTGRES names, or a skip with a message saying how to get one.
package pgtest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"github.com/sitrep-dev/sitrep/internal/store/postgres"
	"net/url"
	"os"
	"strings"
	"testing"
)

// Env names the environment variable that points tests at a PostgreSQL server.
const Env = "SITREP_TEST_POSTGRES"

// DSN returns a DSN for a fresh, empty schema on the test server named by
// SITREP_TEST_POSTGRES (dropped when the test ends), or skips the test with a message
// saying how to run it when the variable is unset. Other packages' tests use it too.
func DSN(t testing.TB) string {
	t.Helper()
	if os.Getenv(Env) == "" {
		t.Skip("PostgreSQL tests skipped: set " + Env + " to a server DSN, e.g. " +
			"postgres://sitrep:sitrep@127.0.0.1:5432/sitrep?sslmode=disable (scripts/ci-postgres starts one)")
	}
	dsn, err := NewSchema()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { DropSchema(dsn) })
	return dsn
}

// NewSchema creates an empty schema on the SITREP_TEST_POSTGRES server and returns a
// DSN whose search_path is that schema; DropSchema removes it.
func NewSchema() (string, error) {
	base := os.Getenv(Env)
	if base == "" {
		return "", errors.New(Env + " is not set")
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	db, err := sql.Open(postgres.DriverName, base)
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), `CREATE SCHEMA `+schema); err != nil {
		return "", fmt.Errorf("creating test schema on %s: %w", postgres.Redact(base), err)
	}
	return withParam(base, "search_path", schema), nil
}

// DropSchema drops the schema of a DSN made by NewSchema.
func DropSchema(dsn string) {
	u, err := url.Parse(dsn)
	if err != nil {
		return
	}
	schema := u.Query().Get("search_path")
	if !strings.HasPrefix(schema, "t_") {
		return
	}
	db, err := sql.Open(postgres.DriverName, os.Getenv(Env))
	if err != nil {
		return
	}
	defer db.Close()
	db.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
}

// withParam adds a run-time parameter to a postgres:// URL or a key=value DSN.
func withParam(dsn, key, value string) string {
	if postgres.IsDSN(dsn) {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set(key, value)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	if strings.TrimSpace(dsn) == "" {
		return key + "=" + value
	}
	return dsn + " " + key + "=" + value
}
