// Package muc reads the texts of the MUC-3/4 evaluation corpus (../shared/data/muc4-dev) for
// the measurement tests of the events and geo packages: one file holds many messages, each
// opened by a line starting with its id ("TST1-MUC3-0001", "DEV-MUC3-0001 (NOSC)").
package muc

import (
	"bufio"
	"os"
	"regexp"
	"strings"
)

var docStart = regexp.MustCompile(`^((?:DEV|TST[0-9])-MUC[0-9]-[0-9]{4})`)

// ReadDocs reads a MUC text file: message id → the text after its id line, and the ids in
// file order. A file that cannot be opened gives nil, nil (the tests skip without the data).
func ReadDocs(path string) (map[string]string, []string) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil
	}
	defer f.Close()
	docs := map[string]string{}
	var order []string
	cur := ""
	var b strings.Builder
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if m := docStart.FindStringSubmatch(line); m != nil {
			if cur != "" {
				docs[cur] = b.String()
			}
			cur = m[1]
			order = append(order, cur)
			b.Reset()
			continue
		}
		b.WriteString(line)
		b.WriteByte('\n')
	}
	if cur != "" {
		docs[cur] = b.String()
	}
	return docs, order
}
