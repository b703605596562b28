// Package api serves sitrep's HTTP JSON API over a store (GET /api/v1/events and friends, an
// authenticated POST /api/v1/documents), its OpenAPI description, and the dashboard files.
package api

import (
	"bytes"
	"context"
	"crypto/subtle"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net/http"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/ingest"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/pipeline"
	"github.com/sitrep-dev/sitrep/internal/store"
)

//go:embed openapi.json
var openAPI []byte

// Options configure the API; the zero value means the defaults.
type Options struct {
	// Token enables POST /api/v1/documents for clients sending "Authorization: Bearer TOKEN".
	// Empty: uploads are disabled (403).
	Token string
	// Static holds the dashboard (index.html and its assets), served at /. Nil: a placeholder page.
	Static fs.FS
	// Logger receives one line per request (nil: slog.Default()).
	Logger *slog.Logger
	// RequestTimeout bounds each request (default 15 s; uploads get 4x).
	RequestTimeout time.Duration
	// MaxBodyBytes bounds the POST body (default 5 MB).
	MaxBodyBytes int64
	// Pipeline options applied to posted documents.
	Pipeline pipeline.Options
}

// Server is the API handler.
type Server struct {
	st  store.Store
	p   ingest.Processor
	opt Options
	log *slog.Logger
	mux *http.ServeMux
}

// New returns the API over st; p processes posted documents (nil: POST answers 503).
func New(st store.Store, p ingest.Processor, opt Options) *Server {
	if opt.Logger == nil {
		opt.Logger = slog.Default()
	}
	if opt.RequestTimeout <= 0 {
		opt.RequestTimeout = 15 * time.Second
	}
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = 5 << 20
	}
	s := &Server{st: st, p: p, opt: opt, log: opt.Logger, mux: http.NewServeMux()}
	s.routes()
	return s
}

// NewHTTPServer wraps h in an http.Server with the timeouts a public server needs.
func NewHTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      90 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
}

// handler is an endpoint: it returns the value to send as JSON, or an error.
type handler func(w http.ResponseWriter, r *http.Request) (int, any, error)

func (s *Server) routes() {
	s.handle("GET /api/v1/events", s.events)
	s.handle("GET /api/v1/events/{id}", s.event)
	s.handle("GET /api/v1/documents", s.documents)
	s.handle("GET /api/v1/documents/{id}", s.document)
	s.handle("POST /api/v1/documents", s.postDocument)
	s.handle("GET /api/v1/actors", s.actors)
	s.handle("GET /api/v1/timeline", s.timeline)
	s.handle("GET /api/v1/graph", s.graph)
	s.handle("GET /healthz", s.health)
	s.handle("GET /api/", func(http.ResponseWriter, *http.Request) (int, any, error) {
		return 0, nil, errNotFound
	})
	s.mux.HandleFunc("GET /api/v1/openapi.json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "public, max-age=3600")
		w.Write(openAPI)
	})
	if s.opt.Static != nil {
		s.mux.Handle("GET /", http.FileServerFS(s.opt.Static))
	} else {
		s.mux.HandleFunc("GET /{$}", s.placeholder)
	}
}

// ServeHTTP serves a request: a timeout, security headers, and one log line.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	timeout := s.opt.RequestTimeout
	if r.Method == http.MethodPost {
		timeout *= 4
	}
	ctx, cancel := context.WithTimeout(r.Context(), timeout)
	defer cancel()
	rw := &recorder{ResponseWriter: w, status: http.StatusOK}
	h := rw.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	s.mux.ServeHTTP(rw, r.WithContext(ctx))
	attrs := []any{"method", r.Method, "path", r.URL.Path, "status", rw.status, "ms", time.Since(start).Milliseconds()}
	if rw.err != nil {
		attrs = append(attrs, "error", rw.err.Error())
	}
	level := slog.LevelInfo
	if rw.status >= 500 {
		level = slog.LevelError
	}
	s.log.Log(r.Context(), level, "request", attrs...)
}

// recorder remembers the status and the error of a response for the log line.
type recorder struct {
	http.ResponseWriter
	status int
	err    error
}

func (r *recorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

var errNotFound = errors.New("no such endpoint")

// handle registers a JSON endpoint.
func (s *Server) handle(pattern string, h handler) {
	s.mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		status, v, err := h(w, r)
		if err != nil {
			s.fail(w, r, err)
			return
		}
		respond(w, status, v)
	})
}

// respond is the one place JSON responses are written. Encoding escapes <, > and & so that
// article text can never be read as markup.
func respond(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(true)
	if err := enc.Encode(v); err != nil {
		status = http.StatusInternalServerError
		buf.Reset()
		buf.WriteString(`{"error":"internal error"}` + "\n")
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	w.Write(buf.Bytes())
}

// fail maps an error to a status and a JSON {"error": "..."} body; internal details are
// logged, not sent.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if rw, ok := w.(*recorder); ok {
		rw.err = err
	}
	var pe *ParamError
	var mbe *http.MaxBytesError
	var he *httpError
	status, msg := http.StatusInternalServerError, "internal error"
	switch {
	case errors.As(err, &pe):
		status, msg = http.StatusBadRequest, pe.Error()
	case errors.As(err, &he):
		status, msg = he.status, he.msg
		if he.status == http.StatusUnauthorized {
			w.Header().Set("WWW-Authenticate", `Bearer realm="sitrep"`)
		}
	case errors.As(err, &mbe):
		status, msg = http.StatusRequestEntityTooLarge, fmt.Sprintf("request body larger than %d bytes", mbe.Limit)
	case errors.Is(err, store.ErrBadCursor):
		status, msg = http.StatusBadRequest, `parameter "cursor": not a cursor from a previous page`
	case errors.Is(err, store.ErrNotFound), errors.Is(err, errNotFound):
		status, msg = http.StatusNotFound, err.Error()
	case errors.Is(err, context.DeadlineExceeded):
		status, msg = http.StatusServiceUnavailable, "request took too long; narrow the query"
	case errors.Is(err, context.Canceled):
		status, msg = 499, "request cancelled"
	}
	respond(w, status, map[string]string{"error": msg})
}

// httpError is an error with a status of its own.
type httpError struct {
	status int
	msg    string
}

func (e *httpError) Error() string { return e.msg }

func (s *Server) events(w http.ResponseWriter, r *http.Request) (int, any, error) {
	f, err := ParseEventFilter(r.URL.Query())
	if err != nil {
		return 0, nil, err
	}
	page, err := s.st.Events(r.Context(), f)
	return http.StatusOK, page, err
}

func (s *Server) event(w http.ResponseWriter, r *http.Request) (int, any, error) {
	id := r.PathValue("id")
	if !validID(id) {
		return 0, nil, bad("id", "not an event id")
	}
	det, err := s.st.Event(r.Context(), id)
	return http.StatusOK, det, err
}

func (s *Server) document(w http.ResponseWriter, r *http.Request) (int, any, error) {
	id := r.PathValue("id")
	if !validID(id) {
		return 0, nil, bad("id", "not a document id")
	}
	d, err := s.st.Document(r.Context(), id)
	return http.StatusOK, d, err
}

func (s *Server) documents(w http.ResponseWriter, r *http.Request) (int, any, error) {
	f, err := ParseDocumentFilter(r.URL.Query())
	if err != nil {
		return 0, nil, err
	}
	page, err := s.st.Documents(r.Context(), f)
	return http.StatusOK, page, err
}

func (s *Server) actors(w http.ResponseWriter, r *http.Request) (int, any, error) {
	f, err := ParseEventFilter(r.URL.Query())
	if err != nil {
		return 0, nil, err
	}
	a, err := s.st.Actors(r.Context(), f)
	return http.StatusOK, map[string]any{"actors": a}, err
}

func (s *Server) timeline(w http.ResponseWriter, r *http.Request) (int, any, error) {
	f, err := ParseEventFilter(r.URL.Query())
	if err != nil {
		return 0, nil, err
	}
	t, err := s.st.Timeline(r.Context(), f)
	return http.StatusOK, map[string]any{"timeline": t}, err
}

func (s *Server) graph(w http.ResponseWriter, r *http.Request) (int, any, error) {
	f, err := ParseEventFilter(r.URL.Query())
	if err != nil {
		return 0, nil, err
	}
	g, err := s.st.Graph(r.Context(), f)
	return http.StatusOK, map[string]any{"edges": g}, err
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) (int, any, error) {
	if _, err := s.st.Seen(r.Context(), "", ""); err != nil {
		return 0, nil, err
	}
	return http.StatusOK, map[string]string{"status": "ok"}, nil
}

// postDocument processes one JSONL input object and stores it.
func (s *Server) postDocument(w http.ResponseWriter, r *http.Request) (int, any, error) {
	if s.opt.Token == "" {
		return 0, nil, &httpError{http.StatusForbidden, "document upload is disabled: start the server with --token or SITREP_TOKEN"}
	}
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(tok)), []byte(s.opt.Token)) != 1 {
		return 0, nil, &httpError{http.StatusUnauthorized, "missing or wrong bearer token"}
	}
	if s.p == nil {
		return 0, nil, &httpError{http.StatusServiceUnavailable, "no pipeline configured"}
	}
	body := http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes)
	var raw json.RawMessage
	dec := json.NewDecoder(body)
	if err := dec.Decode(&raw); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return 0, nil, err
		}
		return 0, nil, &httpError{http.StatusBadRequest, "body: not a JSON object: " + strings.TrimPrefix(err.Error(), "json: ")}
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, raw); err != nil {
		return 0, nil, &httpError{http.StatusBadRequest, "body: " + err.Error()}
	}
	items, errs, err := input.Read("request", compact.Bytes(), input.KindJSONL)
	if err == nil && len(items) != 1 {
		err = errors.New("want exactly one document object")
	}
	if err == nil && len(errs) > 0 && len(items) == 0 {
		err = errs[0]
	}
	if err != nil {
		return 0, nil, &httpError{http.StatusBadRequest, "body: " + err.Error()}
	}
	res, err := ingest.ProcessItem(r.Context(), s.st, s.p, items[0], s.opt.Pipeline)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return 0, nil, err
		}
		return 0, nil, &httpError{http.StatusUnprocessableEntity, err.Error()}
	}
	type docOut struct {
		ID     string        `json:"id"`
		New    bool          `json:"new"`
		Events []store.Event `json:"events"`
	}
	out := struct {
		ID        string   `json:"id"`
		Documents []docOut `json:"documents"`
	}{Documents: []docOut{}}
	status := http.StatusOK
	for _, d := range res.Docs {
		do := docOut{ID: d.ID, New: d.New, Events: []store.Event{}}
		if d.New {
			status = http.StatusCreated
		}
		for _, id := range d.Events {
			det, err := s.st.Event(r.Context(), id)
			if err != nil {
				return 0, nil, err
			}
			do.Events = append(do.Events, *det.Event)
		}
		out.Documents = append(out.Documents, do)
	}
	if len(out.Documents) > 0 {
		out.ID = out.Documents[0].ID
	}
	return status, out, nil
}

// validID accepts the ids sitrep makes (and a little more), nothing with odd characters.
func validID(id string) bool {
	if id == "" || len(id) > 128 {
		return false
	}
	for _, c := range id {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return true
}

var placeholderPage = template.Must(template.New("index").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sitrep</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>sitrep</h1>
<p>{{.Events}} events from {{.Documents}} documents.</p>
<p>The dashboard is not built into this binary yet. The API is here:</p>
<ul>
<li><a href="/api/v1/events">/api/v1/events</a></li>
<li><a href="/api/v1/actors">/api/v1/actors</a></li>
<li><a href="/api/v1/timeline">/api/v1/timeline</a></li>
<li><a href="/api/v1/graph">/api/v1/graph</a></li>
<li><a href="/api/v1/documents">/api/v1/documents</a></li>
<li><a href="/api/v1/openapi.json">/api/v1/openapi.json</a></li>
</ul>
</body></html>
`))

func (s *Server) placeholder(w http.ResponseWriter, r *http.Request) {
	st, err := s.st.Stats(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	var buf bytes.Buffer
	if err := placeholderPage.Execute(&buf, st); err != nil {
		s.fail(w, r, err)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Content-Security-Policy", "default-src 'self'")
	w.Write(buf.Bytes())
}
