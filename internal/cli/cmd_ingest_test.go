package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/store"
)

// writeCorpus writes files JSONL files of n articles each and returns the folder.
func writeCorpus(t *testing.T, files, n int) string {
	t.Helper()
	dir := t.TempDir()
	towns := []string{"Awdheegle", "Kfarshouba", "Goma", "Gao", "Maiduguri", "Kharkiv", "Idlib", "Bunia", "Cauca", "Peshawar"}
	groups := []string{"Gunmen", "Militants", "Rebel fighters", "Soldiers", "Protesters", "Police"}
	for f := range files {
		var b bytes.Buffer
		for i := range n {
			k := f*n + i
			town, group := towns[k%len(towns)], groups[(k/len(towns))%len(groups)]
			text := fmt.Sprintf("%s (Wire) — %s attacked a checkpoint near %s on Monday, killing %d people and wounding %d others, "+
				"local officials said on Tuesday, in report number %d.\n\nWitnesses said the fighting lasted several hours before "+
				"reinforcements arrived. Residents fled toward the regional capital. Article %d of the test corpus.",
				strings.ToUpper(town), group, town, 2+k%17, 3+k%11, k, k)
			line, _ := json.Marshal(map[string]string{"id": fmt.Sprint(k), "title": fmt.Sprintf("Attack near %s (%d)", town, k),
				"text": text, "published": fmt.Sprintf("2024-%02d-%02d", 1+k%12, 1+k%28), "source": fmt.Sprintf("Outlet %d", k%5),
				"url": fmt.Sprintf("https://news.example/%d", k)})
			b.Write(line)
			b.WriteByte('\n')
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("part-%d.jsonl", f)), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func testEnv() (Env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb}, &out, &errb
}

func TestIngestFolderAndRerun(t *testing.T) {
	dir := writeCorpus(t, 2, 5)
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte("\x00\x01\x02"), 0o644)
	db := filepath.Join(t.TempDir(), "s.db")
	env, _, errb := testEnv()
	if code := exitCode(env.Stderr, "ingest", runIngestCmd(context.Background(), env, []string{"--db", db, dir})); code != 0 {
		t.Fatalf("exit %d: %s", code, errb)
	}
	msg := errb.String()
	if !strings.Contains(msg, "bad.txt") || !strings.Contains(msg, "10 docs new") || strings.Count(strings.TrimSpace(msg), "\n") > 4 {
		t.Errorf("stderr = %s", msg)
	}
	env, _, errb = testEnv()
	if err := runIngestCmd(context.Background(), env, []string{dir, "--db", db}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "0 docs new, 10 skipped") {
		t.Errorf("re-run: %s", errb)
	}
	// Nothing processable: non-zero exit.
	env, _, errb = testEnv()
	err := runIngestCmd(context.Background(), env, []string{"--db", db, filepath.Join(dir, "bad.txt")})
	if code := exitCode(env.Stderr, "ingest", err); code != 1 || !strings.Contains(errb.String(), "nothing could be processed") {
		t.Errorf("bad only: exit %d, %s", code, errb)
	}
	env, _, _ = testEnv()
	if code := exitCode(env.Stderr, "ingest", runIngestCmd(context.Background(), env, []string{"--db", db})); code != 2 {
		t.Errorf("no input: exit %d", code)
	}
	env, _, errb = testEnv()
	if code := exitCode(env.Stderr, "ingest", runIngestCmd(context.Background(), env, []string{"--db", db, "--batch", "-1", dir})); code != 2 || !strings.Contains(errb.String(), "--batch -1") {
		t.Errorf("--batch -1: exit %d, %s", code, errb)
	}
}

// TestIngestHelperProcess is the ingest run that TestIngestCrashSafety kills.
func TestIngestHelperProcess(t *testing.T) {
	if os.Getenv("SITREP_INGEST_HELPER") != "1" {
		t.Skip("helper process for TestIngestCrashSafety")
	}
	args := strings.Split(os.Getenv("SITREP_INGEST_ARGS"), "\x1f")
	os.Exit(Main(args, os.Stdin, os.Stdout, os.Stderr))
}

type storeCounts struct {
	Docs, Inputs, Mentions, ExtractedEvents, Events int
	BadEvents                                       int // events whose articles_count disagrees with their mentions
	Integrity                                       string
	// Full-text entries of documents and mentions, R-tree entries and located events, query
	// indexes, and whether a bulk load is still pending after the open.
	FTSDocs, FTSMentions, RTree, Located, Indexes int
	Bulk                                          bool
}

// indexed reports whether the full-text and R-tree entries match the rows.
func (c storeCounts) indexed() bool {
	return c.FTSDocs == c.Docs && c.FTSMentions == c.Mentions && c.RTree == c.Located && !c.Bulk
}

func countStore(t *testing.T, db string) storeCounts {
	t.Helper()
	st, err := store.OpenSQLite(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	var c storeCounts
	q := st.DB().QueryRow(`SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM inputs), (SELECT count(*) FROM mentions),
		(SELECT coalesce(sum(json_array_length(body, '$.events')), 0) FROM documents), (SELECT count(*) FROM events),
		(SELECT count(*) FROM events e WHERE e.articles_count <> (SELECT count(*) FROM mentions m WHERE m.event_id = e.id))`)
	if err := q.Scan(&c.Docs, &c.Inputs, &c.Mentions, &c.ExtractedEvents, &c.Events, &c.BadEvents); err != nil {
		t.Fatal(err)
	}
	if err := st.DB().QueryRow(`PRAGMA integrity_check`).Scan(&c.Integrity); err != nil {
		t.Fatal(err)
	}
	q = st.DB().QueryRow(`SELECT (SELECT count(*) FROM documents_fts_docsize), (SELECT count(*) FROM mention_fts_docsize),
		(SELECT count(*) FROM events_rtree), (SELECT count(*) FROM events WHERE has_geo = 1),
		(SELECT count(*) FROM sqlite_schema WHERE type = 'index')`)
	if err := q.Scan(&c.FTSDocs, &c.FTSMentions, &c.RTree, &c.Located, &c.Indexes); err != nil {
		t.Fatal(err)
	}
	var err2 error
	if c.Bulk, err2 = st.InBulk(context.Background()); err2 != nil {
		t.Fatal(err2)
	}
	return c
}

// TestIngestCrashSafety kills an ingest subprocess (SIGKILL) at random points, re-runs it,
// and checks that the store ends up as a clean run leaves it: nothing lost, nothing twice;
// in bulk mode too, where the open after a kill must rebuild the deferred indexes.
func TestIngestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	for _, bulk := range []string{"off", "on"} {
		t.Run("bulk="+bulk, func(t *testing.T) { testIngestCrashSafety(t, bulk) })
	}
}

func testIngestCrashSafety(t *testing.T, bulk string) {
	files, perFile := 3, 60
	if bulk == "on" { // long enough a load for kills between its commits
		files, perFile = 6, 100
	}
	dir := writeCorpus(t, files, perFile)

	// Reference: one uninterrupted run.
	ref := filepath.Join(t.TempDir(), "ref.db")
	env, _, errb := testEnv()
	if err := runIngestCmd(context.Background(), env, []string{"--db", ref, "--quiet", "--bulk", "off", dir}); err != nil {
		t.Fatalf("%v: %s", err, errb)
	}
	want := countStore(t, ref)
	if want.Docs != files*perFile || want.Inputs != files*perFile || want.Mentions != want.ExtractedEvents || !want.indexed() {
		t.Fatalf("reference run = %+v", want)
	}

	db := filepath.Join(t.TempDir(), "crash.db")
	watch, err := store.OpenSQLite(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer watch.Close()
	stored := func() int {
		var n int
		watch.DB().QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
		return n
	}
	inBulk := func() bool { // read without the recovery an open does
		in, _ := watch.InBulk(context.Background())
		return in
	}
	midBulk := 0
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	// Small transactions, so that kills land between commits: the whole corpus fits one
	// default batch.
	args := strings.Join([]string{"ingest", "--db", db, "--quiet", "--bulk", bulk, "--batch", "16", dir}, "\x1f")
	for i := range 3 {
		// Once the last kill came too late there is nothing left to interrupt. (Asked before
		// the next start: a subprocess left running would write into the directory that the
		// test's cleanup removes.)
		before := stored()
		if before >= want.Docs {
			t.Logf("kill %d: everything was stored before", i)
			break
		}
		cmd := exec.Command(os.Args[0], "-test.run=^TestIngestHelperProcess$")
		cmd.Env = append(os.Environ(), "SITREP_INGEST_HELPER=1", "SITREP_INGEST_ARGS="+args)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Kill once a random share of what is left has been stored.
		target := before + 1 + rng.IntN(max(1, (want.Docs-before)*2/3))
		deadline := time.Now().Add(30 * time.Second)
		if bulk == "on" {
			// Kill a random moment after the bulk load began: before, between or during its
			// commits, its IndexDeferred or its EndBulk.
			target = 0
			for !inBulk() && time.Now().Before(deadline) && cmd.ProcessState == nil {
				time.Sleep(2 * time.Millisecond)
			}
			time.Sleep(time.Duration(rng.IntN(900)) * time.Millisecond)
		}
		for stored() < target && time.Now().Before(deadline) {
			time.Sleep(5 * time.Millisecond)
		}
		cmd.Process.Kill()
		err := cmd.Wait()
		mid := inBulk()
		if mid {
			midBulk++
		}
		c := countStore(t, db)
		t.Logf("kill %d at >= %d docs (%v): %d docs stored, bulk load interrupted: %v", i, target, err, c.Docs, mid)
		if c.Integrity != "ok" || c.Mentions != c.ExtractedEvents || c.Docs != c.Inputs || c.BadEvents != 0 ||
			!c.indexed() || c.Indexes != want.Indexes {
			t.Fatalf("after kill %d: %+v (want indexes like %+v)", i, c, want)
		}
	}
	env, _, errb = testEnv()
	if err := runIngestCmd(context.Background(), env, []string{"--db", db, "--quiet", "--bulk", bulk, dir}); err != nil {
		t.Fatalf("%v: %s", err, errb)
	}
	got := countStore(t, db)
	if got.Docs != want.Docs || got.Inputs != want.Inputs || got.Mentions != want.Mentions || got.ExtractedEvents != want.ExtractedEvents ||
		got.Integrity != "ok" || got.BadEvents != 0 || !got.indexed() || got.Indexes != want.Indexes {
		t.Errorf("after kills and a re-run: %+v, want %+v", got, want)
	}
	if bulk == "on" {
		t.Logf("%d of the kills interrupted a bulk load", midBulk)
	}
	// Merging may group events differently when documents arrive in another order, but no
	// more events than reports can exist and every report is in exactly one event.
	if got.Events > got.Mentions || got.Events == 0 && got.Mentions > 0 {
		t.Errorf("events %d for %d mentions", got.Events, got.Mentions)
	}
}
