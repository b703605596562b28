package postgres

import (
	"context"
	"database/sql"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// The SQL of this package is written with SQLite's "?" placeholders, like internal/store, so
// the two implementations read side by side; rebind turns them into PostgreSQL's $n. No
// statement here has a "?" inside a string literal or uses jsonb "?" operators.
var rebound sync.Map // string -> string

func rebind(q string) string {
	if v, ok := rebound.Load(q); ok {
		return v.(string)
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	s := b.String()
	rebound.Store(q, s)
	return s
}

// pgText makes a Go string storable in a PostgreSQL text column without changing its length
// in bytes (evidence offsets index the stored text): NUL bytes become spaces and bytes of
// invalid UTF-8 become '?'. Valid text is returned as it is.
func pgText(s string) string {
	if utf8.ValidString(s) && strings.IndexByte(s, 0) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			b = append(b, '?')
			n = 1
		case r == 0:
			b = append(b, ' ')
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(b)
}

func cleanArgs(args []any) []any {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = pgText(s)
		}
	}
	return args
}

// querier is a *sql.DB, *sql.Conn or *sql.Tx.
type querier interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
}

// pq runs "?"-style SQL on a querier.
type pq struct {
	q   querier
	ctx context.Context
}

func (p pq) exec(q string, args ...any) error {
	_, err := p.q.ExecContext(p.ctx, rebind(q), cleanArgs(args)...)
	return err
}

func (p pq) query(q string, args ...any) (*sql.Rows, error) {
	return p.q.QueryContext(p.ctx, rebind(q), cleanArgs(args)...)
}

func (p pq) row(q string, args ...any) *sql.Row {
	return p.q.QueryRowContext(p.ctx, rebind(q), cleanArgs(args)...)
}
