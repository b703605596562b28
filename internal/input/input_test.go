package input

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRead(t *testing.T) {
	utf16le := []byte{0xFF, 0xFE}
	for _, r := range "Héllo world\r\nsecond line" {
		utf16le = append(utf16le, byte(r), byte(r>>8))
	}
	utf16be := []byte{0xFE, 0xFF}
	for _, r := range "Big endian text" {
		utf16be = append(utf16be, byte(r>>8), byte(r))
	}
	var noBOM16 []byte
	for _, r := range "No byte-order mark here, still UTF-16 little endian." {
		noBOM16 = append(noBOM16, byte(r), byte(r>>8))
	}
	tests := []struct {
		name, kind string
		data       []byte
		wantKind   string // text | html | jsonl
		wantN      int
		wantText   string // first item's Text or HTML contains
		wantErrs   int
		wantFatal  string // substring of the fatal error
	}{
		{name: "plain.txt", kind: "auto", data: []byte("Hello world.\nSecond line."), wantKind: "text", wantN: 1, wantText: "Hello world.\nSecond"},
		{name: "bom.txt", kind: "auto", data: []byte("\xEF\xBB\xBFHello BOM"), wantKind: "text", wantN: 1, wantText: "Hello BOM"},
		{name: "crlf.txt", kind: "auto", data: []byte("a\r\nb\rc"), wantKind: "text", wantN: 1, wantText: "a\nb\nc"},
		{name: "u16le.txt", kind: "auto", data: utf16le, wantKind: "text", wantN: 1, wantText: "Héllo world\nsecond line"},
		{name: "u16be.txt", kind: "auto", data: utf16be, wantKind: "text", wantN: 1, wantText: "Big endian text"},
		{name: "u16nobom.txt", kind: "auto", data: noBOM16, wantKind: "text", wantN: 1, wantText: "still UTF-16"},
		{name: "latin1.txt", kind: "auto", data: []byte("Caf\xe9 cr\xe8me in M\xfcnchen \x93quoted\x94"), wantKind: "text", wantN: 1, wantText: "Café crème in München “quoted”", wantErrs: 1},
		{name: "fewbad.txt", kind: "auto", data: []byte("Ünïcödé text with one bad byte \xff here and more ünïcödé"), wantKind: "text", wantN: 1, wantText: "bad byte \uFFFD here", wantErrs: 1},
		{name: "page.html", kind: "auto", data: []byte("<!DOCTYPE html><html><body><p>Hi</p></body></html>"), wantKind: "html", wantN: 1, wantText: "<p>Hi</p>"},
		{name: "frag.html", kind: "auto", data: []byte(strings.Repeat("<div><p>para</p><a href=x>link</a></div>\n", 5)), wantKind: "html", wantN: 1},
		{name: "lt.txt", kind: "auto", data: []byte("If a < b and c > d, then <nothing> happens.\nPlain text."), wantKind: "text", wantN: 1},
		{name: "forced.txt", kind: "text", data: []byte("<html><body>x</body></html>"), wantKind: "text", wantN: 1},
		{name: "items.jsonl", kind: "auto", data: []byte("\n{\"id\":\"x1\",\"title\":\"T\",\"text\":\"Body one.\",\"published\":\"2024-07-04T12:00:00Z\"}\n{\"id\":2,\"html\":\"<p>b</p>\"}\n"), wantKind: "jsonl", wantN: 2, wantText: "Body one."},
		{name: "bad.jsonl", kind: "auto", data: []byte("{\"text\":\"ok\"}\n{broken\n{\"title\":\"no text\"}\n[1]\n{\"text\":\"x\",\"published\":\"yesterday\"}\n{\"text\":\"last\"}"), wantKind: "jsonl", wantN: 2, wantText: "ok", wantErrs: 4},
		{name: "firstbad.jsonl", kind: "auto", data: []byte("{\"text\": broken\n{\"text\":\"a\"}\n{\"text\":\"b\"}\n"), wantKind: "jsonl", wantN: 2, wantText: "a", wantErrs: 1},
		{name: "brace.txt", kind: "auto", data: []byte("{not json} but a text that starts with a brace.\nMore text."), wantKind: "text", wantN: 1, wantText: "{not json}"},
		{name: "allbad.jsonl", kind: "jsonl", data: []byte("{broken\n"), wantFatal: "allbad.jsonl: no valid JSONL line"},
		{name: "data.bin", kind: "auto", data: []byte("abc\x00\x01\x02def"), wantFatal: "data.bin: binary data (NUL bytes), not text"},
		{name: "doc.pdf", kind: "auto", data: []byte("%PDF-1.7\n..."), wantFatal: "doc.pdf: a PDF document, not text"},
		{name: "x.gz", kind: "auto", data: []byte("\x1f\x8b\x08\x00\x00"), wantFatal: "gzip"},
		{name: "ctl.txt", kind: "auto", data: []byte(strings.Repeat("\x01\x02\x03ab", 50)), wantFatal: "ctl.txt: binary data"},
		{name: "empty.txt", kind: "auto", data: nil, wantFatal: "empty.txt: empty input"},
		{name: "blank.txt", kind: "auto", data: []byte(" \n\t\n"), wantFatal: "blank.txt: empty input"},
		{name: "-", kind: "auto", data: []byte{}, wantFatal: "stdin: empty input"},
		{name: "k.txt", kind: "xml", data: []byte("x"), wantFatal: "unknown input kind"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			items, errs, err := Read(tc.name, tc.data, tc.kind)
			if tc.wantFatal != "" {
				if err == nil {
					t.Fatalf("no error, want %q", tc.wantFatal)
				}
				if !strings.Contains(err.Error(), tc.wantFatal) || strings.Contains(err.Error(), "\n") {
					t.Fatalf("error %q, want one line containing %q", err, tc.wantFatal)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(items) != tc.wantN {
				t.Fatalf("%d items, want %d", len(items), tc.wantN)
			}
			if len(errs) != tc.wantErrs {
				t.Errorf("errs %v, want %d", errs, tc.wantErrs)
			}
			it := items[0]
			kind := "text"
			if it.HTML != "" && it.Text == "" {
				kind = "html"
			}
			if it.Single {
				kind = "jsonl"
			}
			if kind != tc.wantKind {
				t.Errorf("kind %s, want %s", kind, tc.wantKind)
			}
			if got := it.Text + it.HTML; !strings.Contains(got, tc.wantText) {
				t.Errorf("text %q does not contain %q", got, tc.wantText)
			}
		})
	}
}

func TestJSONLFields(t *testing.T) {
	items, errs, err := Read("in.jsonl", []byte(`{"id":"a","title":" T ","text":"x","url":"u","source":"s","published":"2024/07/04"}`+"\n\n"+`{"id":17,"html":"<p>y</p>"}`+"\n"+`{"text":"z"} trailing`), "jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 2 || len(errs) != 1 {
		t.Fatalf("items %d errs %v", len(items), errs)
	}
	a, b := items[0], items[1]
	if a.InputID != "a" || a.Title != " T " || a.URL != "u" || a.Source != "s" || a.Published != "2024-07-04" || a.Name != "in.jsonl:1" || !a.Single {
		t.Errorf("item 1: %+v", a)
	}
	if b.InputID != "17" || b.HTML != "<p>y</p>" || b.Name != "in.jsonl:3" {
		t.Errorf("item 2: %+v", b)
	}
	if !strings.HasPrefix(errs[0].Error(), "in.jsonl:4: invalid JSON") {
		t.Errorf("error %q", errs[0])
	}
}

func TestLongJSONLLine(t *testing.T) {
	body := strings.Repeat("A long line of article text. ", 200000) // ~5.8 MB
	data := []byte(`{"id":"big","text":"` + body + `"}` + "\n" + `{"text":"small"}`)
	items, errs, err := Read("big.jsonl", data, "auto")
	if err != nil || len(errs) != 0 || len(items) != 2 {
		t.Fatalf("items %d errs %v err %v", len(items), errs, err)
	}
	if items[0].Text != body {
		t.Error("long line text differs")
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	os.WriteFile(small, []byte("Some article text."), 0o644)
	items, _, err := ReadFile(small, "auto", 0)
	if err != nil || len(items) != 1 || items[0].Text != "Some article text." {
		t.Fatalf("%v %v", items, err)
	}
	big := filepath.Join(dir, "big.txt")
	os.WriteFile(big, bytes.Repeat([]byte("x"), 2048), 0o644)
	_, _, err = ReadFile(big, "auto", 1024)
	if err == nil || !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err %v, want too large", err)
	}
	if want := big + ": 2048 bytes exceeds the 1 KiB input limit; split it or raise --max-bytes"; err.Error() != want {
		t.Errorf("error %q\nwant  %q", err, want)
	}
	_, _, err = ReadFile(filepath.Join(dir, "missing.txt"), "auto", 0)
	if err == nil || !strings.Contains(err.Error(), "missing.txt: cannot open: no such file or directory") {
		t.Errorf("missing file error %q", err)
	}
	_, _, err = ReadFile(dir, "auto", 0)
	if err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("directory error %q", err)
	}
	if got := tooLarge("big.txt", 104857600, DefaultMaxBytes).Error(); got != "big.txt: 104857600 bytes exceeds the 64 MiB input limit; split it or raise --max-bytes" {
		t.Errorf("message %q", got)
	}
}

func TestNormalizeDate(t *testing.T) {
	for in, want := range map[string]string{
		"2024-07-04": "2024-07-04", "2024-07-04T10:00:00+02:00": "2024-07-04", "2024/07/04": "2024-07-04",
		"Thu, 04 Jul 2024 10:00:00 GMT": "2024-07-04", "July 4, 2024": "2024-07-04", "4 July 2024": "2024-07-04",
		"2024-13-01": "", "yesterday": "", "2024-07-04x": "",
	} {
		got, ok := NormalizeDate(in)
		if got != want || ok != (want != "") {
			t.Errorf("NormalizeDate(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte("{\"id\":\"1\",\"text\":\"hello\"}\n{bad\n"), "auto")
	f.Add([]byte("<html><body><p>x</p></body></html>"), "auto")
	f.Add([]byte("\xff\xfeh\x00i\x00"), "auto")
	f.Add([]byte("Caf\xe9\r\n\r\nplain"), "text")
	f.Add([]byte("{\"html\":\"<p>\",\"published\":\"2024-02-30\"}"), "jsonl")
	f.Add([]byte("\xef\xbb\xbf{\"text\":\"bom\"}"), "auto")
	f.Fuzz(func(t *testing.T, data []byte, kind string) {
		items, errs, err := Read("f.txt", data, kind)
		if err != nil {
			if items != nil || !strings.HasPrefix(err.Error(), "f.txt: ") || strings.ContainsAny(err.Error(), "\r\n") {
				t.Fatalf("bad fatal error %q (items %d)", err, len(items))
			}
			return
		}
		if len(items) == 0 {
			t.Fatal("no items and no error")
		}
		for _, e := range errs {
			if strings.ContainsAny(e.Error(), "\r\n") || !strings.HasPrefix(e.Error(), "f.txt") {
				t.Fatalf("bad item error %q", e)
			}
		}
		for _, it := range items {
			for _, s := range []string{it.Text, it.HTML, it.Title, it.InputID, it.URL, it.Source} {
				if !utf8.ValidString(s) {
					t.Fatalf("invalid UTF-8 in item %+v", it)
				}
			}
			if it.Text == "" && it.HTML == "" {
				t.Fatal("item without text")
			}
			if it.Published != "" && len(it.Published) != 10 {
				t.Fatalf("published %q", it.Published)
			}
			if !it.Single && strings.Contains(it.Text, "\r") {
				t.Fatal("CR left in text")
			}
		}
	})
}
