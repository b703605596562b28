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

// TestUnplacedMinor21 checks that a GPE-tagged name no reading placed takes rule 76's minor town
// of the story's divisions, and that a speaker tagged as a person stays no place. Texts written
// for the test.
func TestUnplacedMinor21(t *testing.T) {
	g := mustDefault(t)
	text := "Storms flooded streets in Paris, Texas, and across Lamar County on Tuesday. Crews from Sulphur Springs and Greenville, Texas, helped clear roads. "
	names := []labelled{{"Paris", model.GPE}, {"Texas", model.GPE}, {"Lamar County", model.GPE}, {"Sulphur Springs", model.GPE}, {"Greenville", model.GPE}, {"Texas", model.GPE}}
	a := resolveLabelled(g, text+"Powderly was cut off by water.", append(names, labelled{"Powderly", model.GPE}))
	if p := lastPlace(a, a.Doc.Text, "Powderly"); p == nil || p.Geo.Country != "US" || Distance(p.Geo.Lat, p.Geo.Lon, 33.81, -95.52) > 30 {
		t.Errorf("Powderly (GPE, no reading): %+v, want the Texas town", p)
	}
	a = resolveLabelled(g, text+"\"We lost everything,\" said Powderly, a farmer.", append(names, labelled{"Powderly", model.PERSON}))
	if p := lastPlace(a, a.Doc.Text, "Powderly"); p != nil {
		t.Errorf("Powderly the farmer: placed at %+v", p.Geo)
	}
}

// TestPluralFocus21 checks rule 76 with a plurality focus: a New South Wales story whose names
// lie four in Australia, two in Britain and two in Canada moves "Stockton" from Stockton-on-Tees
// to the Australian suburb, and leaves a city of a million abroad alone ("Toronto", though a
// Toronto lies near Newcastle, NSW). Text written for the test.
func TestPluralFocus21(t *testing.T) {
	g := mustDefault(t)
	text := "Sand will be pumped onto Stockton beach under a plan approved on Tuesday. Port Stephens and Maitland councils asked for monitoring, the dredge was used on the Gold Coast and at Wollongong, and Canberra was asked to help. Newcastle, named after Newcastle upon Tyne, has new flats around Hamilton. Residents of Stockton say the beach protects the road. A couple from Toronto said Stockton reminded them of home."
	a := resolveLabelled(g, text, []labelled{{"Stockton", model.GPE}, {"Port Stephens", model.GPE}, {"Maitland", model.GPE}, {"Gold Coast", model.GPE}, {"Wollongong", model.GPE}, {"Canberra", model.GPE},
		{"Newcastle", model.GPE}, {"Newcastle upon Tyne", model.GPE}, {"Hamilton", model.GPE}, {"Stockton", model.GPE}, {"Toronto", model.GPE}, {"Stockton", model.GPE}})
	if p := placeOf(a, "Stockton"); p == nil || p.Geo.Country != "AU" {
		t.Errorf("Stockton of a Newcastle, NSW story: %+v, want the Australian suburb", p)
	}
	if p := lastPlace(a, a.Doc.Text, "Toronto"); p == nil || p.Geo.Country != "CA" {
		t.Errorf("Toronto: %+v, want the Canadian city", p)
	}
}
