package postgres

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
	"testing"
)

// TestDSNEnv names the environment variable that points tests at a PostgreSQL server.
const TestDSNEnv = "SITREP_TEST_POSTGRES"

// TestDSN returns a DSN for a fresh, empty schema on the test server named by
// SITREP_TEST_POSTGRES (dropped when the test ends), or skips the test with a message
// saying how to run it when the variable is unset. Other packages' tests use it too.
func TestDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv(TestDSNEnv)
	if base == "" {
		t.Skip("PostgreSQL tests skipped: set " + TestDSNEnv + " to a server DSN, e.g. " +
			"postgres://sitrep:sitrep@127.0.0.1:5432/sitrep?sslmode=disable (scripts/ci-postgres starts one)")
	}
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	db, err := sql.Open(driverName, base)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.ExecContext(context.Background(), `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("creating test schema on %s: %v", redact(base), err)
	}
	t.Cleanup(func() {
		db, err := sql.Open(driverName, base)
		if err != nil {
			return
		}
		defer db.Close()
		db.ExecContext(context.Background(), `DROP SCHEMA `+schema+` CASCADE`)
	})
	return withParam(base, "search_path", schema)
}

// withParam adds a run-time parameter to a postgres:// URL or a key=value DSN.
func withParam(dsn, key, value string) string {
	if IsDSN(dsn) {
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
