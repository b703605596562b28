package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// run runs sitrep with args and returns exit status, stdout and stderr.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func decodeJSONL(t *testing.T, s string) []model.Document {
	t.Helper()
	var docs []model.Document
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var d model.Document
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatalf("output line is not a document: %v\n%s", err, sc.Text())
		}
		docs = append(docs, d)
	}
	return docs
}

const article = `Police Disperse Rally in Capital

Police fired tear gas on Saturday to disperse hundreds of protesters who had gathered outside parliament in Nairobi, witnesses said. At least 12 people were arrested.
`

func TestExtractBadInputs(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	os.WriteFile(good, []byte(article), 0o644)
	bin := filepath.Join(dir, "image.bin")
	os.WriteFile(bin, []byte{0x89, 'P', 'N', 'G', 0, 0, 0, 0x0d, 0xff, 0xfe, 0, 1, 2, 3}, 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	missing := filepath.Join(dir, "missing.txt")
	big := filepath.Join(dir, "big.txt")
	f, _ := os.Create(big)
	f.Truncate(100 << 20) // 100 MB (sparse)
	f.Close()

	tests := []struct {
		name     string
		files    []string
		wantCode int
		wantDocs int
		wantErr  []string // each must appear in stderr, naming the file
	}{
		{"good", []string{good}, 0, 1, nil},
		{"binary", []string{bin}, 1, 0, []string{"image.bin"}},
		{"empty", []string{empty}, 1, 0, []string{"empty.txt"}},
		{"missing", []string{missing}, 1, 0, []string{"missing.txt"}},
		{"big", []string{big}, 1, 0, []string{"big.txt"}},
		{"batch goes on", []string{bin, good, missing, empty}, 0, 1, []string{"image.bin", "missing.txt", "empty.txt"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, "", append([]string{"extract"}, tc.files...)...)
			if code != tc.wantCode {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.wantCode, errs)
			}
			if docs := decodeJSONL(t, out); len(docs) != tc.wantDocs {
				t.Errorf("%d documents, want %d", len(docs), tc.wantDocs)
			}
			for _, w := range tc.wantErr {
				found := false
				for _, line := range strings.Split(errs, "\n") {
					if strings.Contains(line, w) {
						found = true
					}
				}
				if !found {
					t.Errorf("stderr does not name %s:\n%s", w, errs)
				}
			}
		})
	}
}

func TestExtractFlags(t *testing.T) {
	code, _, errs := run(t, article, "extract", "--published", "July 4")
	if code != 2 || !strings.Contains(errs, "--published") {
		t.Errorf("bad --published: exit %d, stderr %q", code, errs)
	}
	code, _, errs = run(t, article, "extract", "--format", "xml")
	if code != 2 || !strings.Contains(errs, "xml") {
		t.Errorf("bad --format: exit %d, stderr %q", code, errs)
	}
	code, out, _ := run(t, article, "extract", "--published", "2024-07-06", "--source", "Wire")
	docs := decodeJSONL(t, out)
	if code != 0 || len(docs) != 1 {
		t.Fatalf("stdin: exit %d, %d docs", code, len(docs))
	}
	if d := docs[0]; d.Published != "2024-07-06" || d.Source != "Wire" || !strings.HasPrefix(d.ID, "d-") {
		t.Errorf("document header = %q %q %q", d.ID, d.Published, d.Source)
	}
}

// TestExtractDeterministic checks that the same input gives byte-identical output, in every format.
func TestExtractDeterministic(t *testing.T) {
	for _, format := range []string{"jsonl", "json", "csv", "geojson"} {
		_, a, _ := run(t, article+"\n\n\n"+article, "extract", "--format", format, "--published", "2024-07-06")
		_, b, _ := run(t, article+"\n\n\n"+article, "extract", "--format", format, "--published", "2024-07-06", "--workers", "1")
		if a != b || a == "" {
			t.Errorf("%s: output differs between runs or is empty", format)
		}
		if format == "json" || format == "geojson" {
			if !json.Valid([]byte(a)) {
				t.Errorf("%s output is not valid JSON", format)
			}
		}
	}
}

func TestExtractJSONLInput(t *testing.T) {
	in := `{"id":"a1","title":"One","text":"Gunmen attacked a village in Zamfara state on Monday, killing 8 people, police said.","published":"2024-03-05"}
{"id":"a2","text": 12}
{"id":"a3","title":"Three","text":"Protesters marched through Tbilisi on Sunday."}
`
	code, out, errs := run(t, in, "extract", "--input", "jsonl")
	docs := decodeJSONL(t, out)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	if len(docs) != 2 || docs[0].InputID != "a1" || docs[1].InputID != "a3" {
		t.Fatalf("got %d docs: %+v", len(docs), docs)
	}
	if docs[0].Published != "2024-03-05" {
		t.Errorf("published not taken from JSONL: %q", docs[0].Published)
	}
	if !strings.Contains(errs, ":2") {
		t.Errorf("bad line 2 not reported with its line number: %q", errs)
	}
}
