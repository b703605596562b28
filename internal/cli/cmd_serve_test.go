package cli

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/store"
)

func TestServeAndShutdown(t *testing.T) {
	st, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "s.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	env, _, _ := testEnv()
	done := make(chan error, 1)
	go func() { done <- serve(ctx, env, ln, st, nil, "") }()
	resp, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "ok") {
		t.Errorf("healthz: %d %s", resp.StatusCode, body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestDemoNoServe(t *testing.T) {
	examples := filepath.Join("..", "..", "examples")
	if _, err := os.Stat(examples); err != nil {
		t.Skip("no examples folder")
	}
	db := filepath.Join(t.TempDir(), "demo.db")
	env, stdout, errb := testEnv()
	if err := runDemoCmd(context.Background(), env, []string{"--no-serve", "--db", db, "--examples", examples}); err != nil {
		t.Fatalf("%v: %s", err, errb)
	}
	if !strings.HasPrefix(stdout.String(), "sitrep demo: stored ") {
		t.Errorf("stdout = %s", stdout)
	}
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	s, _ := st.Stats(context.Background())
	if s.Documents < 5 {
		t.Errorf("demo stored %+v", s)
	}
	page, _ := st.Events(context.Background(), store.EventFilter{Limit: 1})
	b, _ := json.Marshal(page)
	t.Logf("demo: %+v; first event: %.300s", s, b)
	env, _, _ = testEnv()
	if err := runDemoCmd(context.Background(), env, []string{"--no-serve", "--examples", filepath.Join(t.TempDir(), "none")}); err == nil {
		t.Error("missing examples folder: no error")
	}
}
