package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestCountryTowns21 checks that a country's name the story uses as a town's (a bare dash
// dateline, or a list with a town of the story's country) takes the minor town of that name in
// the story's divisions (rule 76), that a sentence naming another place of that country keeps
// the country, and that a country listed with towns of its own stays the country. Texts written
// for the test.
func TestCountryTowns21(t *testing.T) {
	g := mustDefault(t)
	wa := "DENMARK — A bushfire west of Denmark forced evacuations on Tuesday as winds pushed it towards the coast. Travellers heading west from Albany were told to wait, and crews from Bunbury, Busselton and Perth were sent to Western Australia's south coast. "
	waNames := []labelled{{"DENMARK", model.GPE}, {"Denmark", model.GPE}, {"Albany", model.GPE}, {"Bunbury", model.GPE}, {"Busselton", model.GPE}, {"Perth", model.GPE}, {"Western Australia", model.GPE}}
	listed := "A bushfire burned through karri forest on Tuesday. Crews from Bunbury, Busselton and Perth were sent to Western Australia's south coast, and the highway was closed between Denmark and Albany. "
	listedNames := []labelled{{"Bunbury", model.GPE}, {"Busselton", model.GPE}, {"Perth", model.GPE}, {"Western Australia", model.GPE}, {"Denmark", model.GPE}, {"Albany", model.GPE}}
	checkPlaceCases(t, g, []placeCase{
		{about: "a bare dateline", text: wa + "Smoke drifted over Denmark all afternoon.",
			names: append(waNames, labelled{"Denmark", model.GPE}),
			name:  "Denmark", cc: "AU", lat: -34.96, lon: 117.35},
		{about: "a sentence that names another place of the country", text: wa + "A couple from Copenhagen said Denmark had nothing like it.",
			names: append(waNames, labelled{"Copenhagen", model.GPE}, labelled{"Denmark", model.GPE}),
			name:  "Denmark", cc: "DK"},
		{about: "a list with a town of the story's country", text: listed + "Smoke drifted over Denmark all afternoon.",
			names: append(listedNames, labelled{"Denmark", model.GPE}),
			name:  "Denmark", cc: "AU", lat: -34.96, lon: 117.35},
	})
	// no town use: a country named in a sentence of its own stays the country
	a := resolveLabelled(g, "Bushfires burned near Albany, Bunbury and Perth, Western Australia, on Tuesday. Denmark sent two water bombers.",
		[]labelled{{"Albany", model.GPE}, {"Bunbury", model.GPE}, {"Perth", model.GPE}, {"Western Australia", model.GPE}, {"Denmark", model.GPE}})
	if p := lastPlace(a, a.Doc.Text, "Denmark"); p != nil && p.Geo.Country != "DK" {
		t.Errorf("Denmark without a town use: %+v", p.Geo)
	}
}
