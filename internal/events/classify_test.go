package events

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// readLedes reads testdata/plover-ledes.tsv: hand-written news ledes with their PLOVER type.
func readLedes(t testing.TB) [][2]string {
	f, err := os.Open(filepath.Join("testdata", "plover-ledes.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][2]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		p := strings.Split(line, "\t")
		if len(p) != 2 {
			t.Fatalf("bad line %q", line)
		}
		out = append(out, [2]string{p[0], p[1]})
	}
	return out
}

// TestClassifierLedes: type accuracy on hand-written one-sentence news ledes (never trained
// on). Measured 0.82 (the perceptron before it: 0.52).
func TestClassifierLedes(t *testing.T) {
	ledes := readLedes(t)
	types := map[string]bool{}
	ok := 0
	for _, l := range ledes {
		types[l[1]] = true
		got, p := ClassifyType(l[0])
		if p <= 0 || p > 1 {
			t.Errorf("probability %v out of range for %q", p, l[0])
		}
		if got == l[1] {
			ok++
		} else {
			t.Logf("%-9s -> %-9s %.2f  %s", l[1], got, p, l[0])
		}
	}
	if len(types) != 16 {
		t.Errorf("ledes cover %d PLOVER types, want 16", len(types))
	}
	acc := float64(ok) / float64(len(ledes))
	t.Logf("hand-written ledes: %d/%d = %.3f", ok, len(ledes), acc)
	if acc < 0.76 {
		t.Errorf("lede type accuracy %.3f fell below the floor 0.76", acc)
	}
}

// TestClassifierHeldOutLedes: type accuracy on the headline and first sentence of held-out
// synthetic stories (templates the model was not trained on). Measured 0.56 (the perceptron before it: 0.46).
func TestClassifierHeldOutLedes(t *testing.T) {
	st := clfHeldOut(t)
	ok := 0
	for _, s := range st {
		text := s[0] + "\n\n" + firstSentence(s[1])
		if got, _ := ClassifyType(text); got == s[2] {
			ok++
		}
	}
	acc := float64(ok) / float64(len(st))
	t.Logf("held-out synthetic headline+lede: %d/%d = %.3f", ok, len(st), acc)
	if acc < 0.52 {
		t.Errorf("held-out accuracy %.3f fell below the floor 0.52", acc)
	}
}

// clfHeldOut reads the held-out PLOVER synthetic stories (title template hash % 5 == 0, the
// split the training program leaves out) as headline, text, label.
func clfHeldOut(t testing.TB) [][3]string {
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "data", "plover-synthetic", "gpt_synthetic_events_2023-10-19.csv.gz"))
	if err != nil {
		t.Skip("plover-synthetic not present")
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(zr)
	head, err := r.Read()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range head {
		col[h] = i
	}
	var out [][3]string
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		h := fnv.New32a()
		h.Write([]byte(rec[col["title"]]))
		if h.Sum32()%5 != 0 {
			continue
		}
		title := strings.TrimSpace(strings.Split(rec[col["prompt"]], "\n")[0])
		out = append(out, [3]string{title, rec[col["text"]], rec[col["label"]]})
	}
	return out
}

// firstSentence is the text up to the first ". " before a capital letter or line break.
func firstSentence(t string) string {
	t = strings.TrimSpace(t)
	for i := 0; i+2 < len(t); i++ {
		if t[i] == '\n' {
			return t[:i]
		}
		if (t[i] == '.' || t[i] == '!' || t[i] == '?') && t[i+1] == ' ' && t[i+2] >= 'A' && t[i+2] <= 'Z' {
			j := strings.LastIndexByte(t[:i], ' ')
			if w := t[j+1 : i]; len(w) <= 3 && w != "" && w[0] >= 'A' && w[0] <= 'Z' || strings.Contains(w, ".") {
				continue // abbreviation
			}
			return t[:i+1]
		}
	}
	return t
}

func TestClassifyCandidates(t *testing.T) {
	cases := []struct {
		sentence string
		types    []string
		trigger  string
		want     string
	}{
		{"Teachers went on strike on Monday to demand higher pay.", []string{"ASSAULT", "PROTEST"}, "strike", "PROTEST"},
		{"An air strike on the town killed eight civilians.", []string{"ASSAULT", "PROTEST"}, "strike", "ASSAULT"},
		{"Anything at all.", []string{"SUPPORT"}, "", "SUPPORT"},
	}
	for _, tc := range cases {
		got, p := classify(tc.sentence, tc.types, tc.trigger)
		if got != tc.want {
			t.Errorf("classify(%q, %v) = %s, want %s", tc.sentence, tc.types, got, tc.want)
		}
		if p <= 0 || p > 1 {
			t.Errorf("classify(%q) probability %v out of range", tc.sentence, p)
		}
	}
	if got, p := classify("x", nil, ""); got != "" || p != 0 {
		t.Errorf("classify with no types = %q %v", got, p)
	}
}

func TestClassifyMode(t *testing.T) {
	cases := []struct{ text, typ, want string }{
		{"Thousands of workers went on strike over pay.", "PROTEST", "strike"},
		{"Police arrested 40 opposition supporters overnight.", "COERCE", "arrest"},
	}
	for _, tc := range cases {
		got, p, ok := ClassifyMode(tc.text, tc.typ)
		if !ok || got != tc.want || p <= 0 || p > 1 {
			t.Errorf("ClassifyMode(%q, %s) = %q %v %v, want %q", tc.text, tc.typ, got, p, ok, tc.want)
		}
	}
	if _, _, ok := ClassifyMode("text", "NOSUCHTYPE"); ok {
		t.Error("mode for an unknown type")
	}
}

// TestFeaturesNames: names (capitalised words the model does not know) become the shape X.
func TestFeaturesNames(t *testing.T) {
	fs := Features("Mr Zorblatt visited Qwertystan and met the Strike committee.")
	has := map[string]bool{}
	for _, f := range fs {
		has[f] = true
	}
	for _, bad := range []string{"zorblatt", "qwertystan"} {
		if has[bad] {
			t.Errorf("feature %q leaks a name: %v", bad, fs)
		}
	}
	for _, want := range []string{"BIAS", "visit", "strike", "X_visit", "T=strike"} {
		if !has[want] {
			t.Errorf("missing feature %q in %v", want, fs)
		}
	}
	neg := Features("The army did not withdraw from the town.")
	found := false
	for _, f := range neg {
		if f == "NEG_withdraw" {
			found = true
		}
	}
	if !found {
		t.Errorf("no negation cue in %v", neg)
	}
}

func TestModelRoundTrip(t *testing.T) {
	c := getClassifier()
	if c == nil {
		t.Fatal("no classifier")
	}
	var buf bytes.Buffer
	if err := c.WriteClassifier(&buf); err != nil {
		t.Fatal(err)
	}
	c2, err := ReadClassifier(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(c2.W) != len(c.W) || strings.Join(c2.Classes, " ") != strings.Join(c.Classes, " ") || c2.Modes == nil || len(c2.Modes.W) != len(c.Modes.W) {
		t.Fatalf("round trip changed the model: %d/%d features", len(c2.W), len(c.W))
	}
	for _, l := range readLedes(t) {
		f := Features(l[0])
		if c.Predict(f) != c2.Predict(f) {
			t.Errorf("round trip changed the prediction for %q", l[0])
		}
	}
	if len(modelGz) > 5<<20 {
		t.Errorf("model.gz is %d bytes, keep it under 5 MB", len(modelGz))
	}
	if _, err := ReadClassifier(strings.NewReader("not gzip")); err == nil {
		t.Error("no error for a bad model file")
	}
}

func FuzzFeatures(f *testing.F) {
	f.Add("Police arrested 40 protesters in Nairobi on Monday.")
	f.Add("“We won’t leave,” he said — n't 's ’s 1,000.5 U.S.-led")
	f.Add("\xff\xfe AGREE * * ")
	f.Fuzz(func(t *testing.T, s string) {
		fs := Features(s)
		if len(fs) == 0 || fs[0] != "BIAS" {
			t.Fatalf("features of %q: %v", s, fs)
		}
		typ, p := ClassifyType(s)
		if typ == "" || p <= 0 || p > 1 {
			t.Fatalf("ClassifyType(%q) = %q %v", s, typ, p)
		}
		classify(s, []string{"ASSAULT", "PROTEST"}, "strike")
		ClassifyMode(s, "ASSAULT")
	})
}

func BenchmarkClassifySentence(b *testing.B) {
	ledes := readLedes(b)
	getClassifier()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		classify(ledes[i%len(ledes)][0], []string{"ASSAULT", "PROTEST"}, "strike")
	}
}
