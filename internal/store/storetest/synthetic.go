package storetest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
	"github.com/sitrep-dev/sitrep/internal/store"
)

var synthTypes = []struct{ t, cameo, acled string }{
	{"ASSAULT", "19", "Explosions/Remote violence"}, {"ASSAULT", "18", "Violence against civilians"},
	{"ASSAULT", "19", "Battles"}, {"PROTEST", "14", "Protests"}, {"COERCE", "17", "Strategic developments"},
	{"CONSULT", "04", ""}, {"ACCUSE", "11", ""}, {"THREATEN", "13", ""}, {"AID", "07", ""}, {"MOBILIZE", "15", "Strategic developments"},
}

var synthCountries = []string{"LB", "IL", "PS", "SY", "IQ", "YE", "SD", "SS", "ET", "SO", "KE", "CD", "NG", "ML", "BF",
	"NE", "CM", "UA", "RU", "AF", "PK", "IN", "MM", "PH", "CO", "MX", "HT", "VE", "LY", "EG"}

// Synthetic returns n plausible stored events (deterministic for a seed) for load tests:
// 10 types, 30 countries, 2000 actors, dates over six years.
func Synthetic(n int, seed uint64) []store.Event {
	rng := rand.New(rand.NewPCG(seed, 99))
	base := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	out := make([]store.Event, n)
	for i := range out {
		ty := synthTypes[rng.IntN(len(synthTypes))]
		c := synthCountries[rng.IntN(len(synthCountries))]
		day := base.AddDate(0, 0, rng.IntN(6*365)).Format(time.DateOnly)
		src := fmt.Sprintf("actor-%d", rng.IntN(2000))
		tgt := fmt.Sprintf("actor-%d", rng.IntN(2000))
		e := model.Event{
			ID: fmt.Sprintf("e-synth-%d-%d", seed, i), Type: ty.t, CAMEORoot: ty.cameo, ACLED: model.ACLED{EventType: ty.acled},
			Sources:  []model.Actor{{Text: src, Name: "Actor " + src[6:], Actor: src, Country: c, Kind: "MIL", Affiliations: []string{}}},
			Targets:  []model.Actor{{Text: tgt, Name: "Actor " + tgt[6:], Actor: tgt, Country: c, Kind: "CVL", Affiliations: []string{}}},
			Location: &model.Geo{Name: "Place", Country: c, Lat: -40 + 80*rng.Float64(), Lon: -120 + 240*rng.Float64(), Feature: "city", Precision: 1 + rng.IntN(3)},
			Date:     model.Date{Value: day, Precision: "day", Text: "on Monday"},
			Modality: "asserted", Evidence: model.Evidence{Start: 0, End: 100, Trigger: "struck"}, Mentions: 1,
			Confidence: 0.3 + 0.7*rng.Float64(),
		}
		if ty.t == "ASSAULT" {
			e.Counts.Killed = model.Int(rng.IntN(30))
		}
		k := 1 + rng.IntN(4)
		out[i] = store.Event{Event: e, SourcesCount: k, ArticlesCount: k + rng.IntN(3), FirstSeen: day, LastSeen: day,
			Document: "d-synthetic", EvidenceText: "Forces struck a target near the place on Monday, officials said.", Outlets: []string{"Synthetic"}}
	}
	return out
}
