package main

import (
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/model"
)

func main() {
	t := time.Now()
	kb, err := actors.Default()
	if err != nil {
		panic(err)
	}
	fmt.Println("load", time.Since(t))
	var text string
	if strings.HasPrefix(os.Args[1], "@") {
		text = os.Args[1][1:]
	} else {
		b, _ := os.ReadFile(os.Args[1])
		text = string(b)
	}
	a := &model.Annotation{Doc: &model.Document{Text: text}, Ref: "2024-07-04"}
	kb.Resolve(a)
	for _, m := range a.Actors {
		fmt.Printf("%-45q %-28s %-22s %s %s %v | %s\n", m.Actor.Text, m.Actor.Name, m.Actor.Actor, m.Actor.Country, m.Actor.Kind, m.Actor.Affiliations, m.Reason)
	}
}
