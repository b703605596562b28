package store_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/store"
)

// BenchmarkSaveCorpus measures the SQLite writer alone on prepared inputs, for instruction
// counts under callgrind (the machine's wall clock is shared). SITREP_SAVE_CORPUS names a JSONL
// file of store.Input values (Hash, URL, Name, Docs, as ingest makes them); without it the
// benchmark is skipped. SITREP_SAVE_BULK=on saves in a bulk load; SITREP_SAVE_ENCODE=writer
// leaves the JSON to the writer (ingest with a core for the writer), else it is made before
// the timer starts (as on ingest's extraction workers); SITREP_SAVE_BATCH is the inputs per
// transaction (default 64, 256 in bulk); SITREP_SAVE_SKIP=1 stops after loading (the baseline
// to subtract); SITREP_SAVE_SQL is SQL run on each new store first (schema experiments, e.g.
// "DROP INDEX events_country_type"). The corpus: ingest's BenchmarkDumpInputs.
//
// Under callgrind (valgrind 3.19) a Go binary needs GODEBUG=cpu.rdtscp=off,asyncpreemptoff=1
// (valgrind lacks RDTSCP, and the preemption signals trip an assertion) and GOMAXPROCS=1;
// the counts then repeat within 0.3%:
//
//	go test -c -o /tmp/st.test ./internal/store && cd internal/store &&
//	GODEBUG=cpu.rdtscp=off,asyncpreemptoff=1 GOMAXPROCS=1 SITREP_SAVE_CORPUS=/tmp/c.jsonl \
//	  valgrind --tool=callgrind /tmp/st.test -test.run XXX -test.bench SaveCorpus -test.benchtime 1x
func BenchmarkSaveCorpus(b *testing.B) {
	path := os.Getenv("SITREP_SAVE_CORPUS")
	if path == "" {
		b.Skip("SITREP_SAVE_CORPUS not set")
	}
	// Loading runs without the collector, so that its instruction count is the same every
	// run (the baseline subtracted under callgrind).
	gc := debug.SetGCPercent(-1)
	ins := loadInputs(b, path)
	bulk := os.Getenv("SITREP_SAVE_BULK") == "on"
	onWriter := os.Getenv("SITREP_SAVE_ENCODE") == "writer"
	batch := 64
	if bulk {
		batch = 256
	}
	if n, err := strconv.Atoi(os.Getenv("SITREP_SAVE_BATCH")); err == nil && n > 0 {
		batch = n
	}
	if !onWriter {
		for i := range ins {
			if err := ins[i].Encode(); err != nil {
				b.Fatal(err)
			}
		}
	}
	runtime.GC()
	debug.SetGCPercent(gc)
	if os.Getenv("SITREP_SAVE_SKIP") == "1" {
		return
	}
	ctx := context.Background()
	b.ResetTimer()
	for i := range b.N {
		path := filepath.Join(b.TempDir(), fmt.Sprintf("w%d.db", i))
		if keep := os.Getenv("SITREP_SAVE_KEEP"); keep != "" {
			path = keep // the store is kept there (compare stores written by two builds)
		}
		saveCorpus(ctx, b, path, ins, batch, bulk, onWriter)
	}
}

// saveCorpus saves ins into a new store at path.
func saveCorpus(ctx context.Context, b *testing.B, path string, ins []store.Input, batch int, bulk, encode bool) {
	st, err := store.OpenSQLite(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	if q := os.Getenv("SITREP_SAVE_SQL"); q != "" { // schema experiments: SQL run on the new store first
		if _, err := st.DB().ExecContext(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
	if bulk {
		if err := st.BeginBulk(ctx); err != nil {
			b.Fatal(err)
		}
	}
	for lo := 0; lo < len(ins); lo += batch {
		part := ins[lo:min(lo+batch, len(ins))]
		if encode {
			for i := range part {
				if err := part[i].Encode(); err != nil {
					b.Fatal(err)
				}
			}
		}
		if _, err := st.SaveAll(ctx, part); err != nil {
			b.Fatal(err)
		}
	}
	if bulk && os.Getenv("SITREP_SAVE_NOEND") != "1" { // NOEND: measure the saves alone
		if err := st.EndBulk(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

func loadInputs(b *testing.B, path string) []store.Input {
	f, err := os.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var ins []store.Input
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var in store.Input
		if err := json.Unmarshal(sc.Bytes(), &in); err != nil {
			b.Fatal(err)
		}
		ins = append(ins, in)
	}
	if err := sc.Err(); err != nil {
		b.Fatal(err)
	}
	return ins
}
