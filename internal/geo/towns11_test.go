package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleThirtyOne: rule 31 (session 11, towns11): families of small towns filled in the
// supplement (Perth and Kinross, Angus and Fife; west Cumbria and the Lake District; County
// Clare; the Fraser Valley and its Washington border towns; Hawke's Bay; Swat's tehsils). With
// its neighbours known, a town whose namesake abroad is a big city stays home. Every text was
// written for the test.
func TestRuleThirtyOne(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// Perth among Perthshire towns is Scotland's, not Western Australia's
		{about: "Perth among Perthshire towns", text: "Flood warnings were issued for Perth, Dunkeld and Coupar Angus on Monday as the Tay rose after a weekend of rain.",
			names: []labelled{{"Perth", model.GPE}, {"Dunkeld", model.GPE}, {"Coupar Angus", model.GPE}, {"Tay", model.LOC}},
			name:  "Perth", cc: "GB", lat: 56.40, lon: -3.43},
		// Scone by Perth is the Scottish village, not the New South Wales town
		{about: "Scone beside Coupar Angus", text: "Police closed the A93 between Scone and Coupar Angus after trees came down in the gale.",
			names: []labelled{{"A93", model.LOC}, {"Scone", model.GPE}, {"Coupar Angus", model.GPE}},
			name:  "Scone", cc: "GB", lat: 56.42, lon: -3.40},
		// a west Cumbrian village on the Derwent
		{about: "Cumbrian village", text: "Residents of Seaton and Flimby were told to leave their homes as the Derwent burst its banks near Workington.",
			names: []labelled{{"Seaton", model.GPE}, {"Flimby", model.GPE}, {"Derwent", model.LOC}, {"Workington", model.GPE}},
			name:  "Seaton", cc: "GB", lat: 54.67, lon: -3.52},
		// a County Clare village tagged as a person
		{about: "Clare village", text: "Coastal erosion has worsened at Quilty and Miltown Malbay, Clare County Council said on Friday.",
			names: []labelled{{"Quilty", model.GPE}, {"Miltown Malbay", model.PERSON}, {"Clare County Council", model.ORG}},
			name:  "Quilty", cc: "IE", lat: 52.82, lon: -9.45},
		// a Hawke's Bay settlement beside Napier
		{about: "Hawke's Bay settlement", text: "Orchards at Pakowhai and Meeanee were under water after the Tutaekuri River breached its stopbank near Napier.",
			names: []labelled{{"Pakowhai", model.GPE}, {"Meeanee", model.GPE}, {"Tutaekuri River", model.LOC}, {"Napier", model.GPE}},
			name:  "Pakowhai", cc: "NZ", lat: -39.59, lon: 176.86},
		// a Washington border town beside Abbotsford
		{about: "Sumas by Abbotsford", text: "Floodwater from the Nooksack River flowed north through Sumas into Abbotsford, closing the border crossing.",
			names: []labelled{{"Nooksack River", model.LOC}, {"Sumas", model.GPE}, {"Abbotsford", model.GPE}},
			name:  "Sumas", cc: "US", lat: 49.00, lon: -122.27},
		// Wentworth, New South Wales, at its own point (not the shire's middle)
		{about: "Wentworth NSW", text: "The Darling was expected to peak at Wentworth, New South Wales, on Thursday, the Bureau of Meteorology said.",
			names: []labelled{{"Darling", model.LOC}, {"Wentworth", model.GPE}, {"New South Wales", model.GPE}, {"the Bureau of Meteorology", model.ORG}},
			name:  "Wentworth", cc: "AU", lat: -34.11, lon: 141.92},
		// a Swat tehsil in its Urdu-based spelling
		{about: "Swat tehsil", text: "Tourists were stranded in Behrain and Kalam after the Swat River washed away a bridge near Madyan, police said.",
			names: []labelled{{"Behrain", model.GPE}, {"Kalam", model.GPE}, {"Swat River", model.LOC}, {"Madyan", model.GPE}},
			name:  "Behrain", cc: "PK", lat: 35.21, lon: 72.55},
	})
}

// TestRuleThirtyOneListMates: a town listed with a town of the story's country by one "or",
// "and" or comma is its namesake near that mate, not the bigger namesake abroad (rule 31 (2),
// listMateNamesakes); a namesake in the story's own country stays. Texts written for the test.
func TestRuleThirtyOneListMates(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "Escuintla beside Huixtla", text: "TAPACHULA, Mexico — Hundreds of migrants from Guatemala and Honduras walked north on Sunday. Police have broken up earlier groups near Huixtla or Escuintla, Mexico's migration institute said.",
			names: []labelled{{"TAPACHULA", model.GPE}, {"Mexico", model.GPE}, {"Guatemala", model.GPE}, {"Honduras", model.GPE}, {"Huixtla", model.GPE}, {"Escuintla", model.GPE}},
			name:  "Escuintla", cc: "MX", lat: 15.32, lon: -92.66},
		{about: "Escuintla in a Guatemalan story", text: "GUATEMALA CITY — Ash from the Fuego volcano fell on Escuintla and Antigua on Monday, Guatemala's disaster agency said.",
			names: []labelled{{"GUATEMALA CITY", model.GPE}, {"Fuego", model.LOC}, {"Escuintla", model.GPE}, {"Antigua", model.GPE}, {"Guatemala", model.GPE}},
			name:  "Escuintla", cc: "GT", lat: 14.30, lon: -90.79},
	})
}

// TestRuleThirtyOneDepartFor: an untagged town after a departure verb and "for" is found by the
// scan (rule 31 (3), departFor); "for" without such a verb adds nothing. Texts written for the test.
func TestRuleThirtyOneDepartFor(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "left X for Y", text: "LISBON, Portugal — Commuter services were cut during the strike, and only two trains left the capital for Cascais before noon.",
			names: []labelled{{"LISBON", model.GPE}, {"Portugal", model.GPE}},
			name:  "Cascais", cc: "PT", lat: 38.70, lon: -9.42},
		{about: "bound for Y", text: "ATHENS, Greece — A ferry bound for Tinos turned back in the gale on Saturday, the coastguard said.",
			names: []labelled{{"ATHENS", model.GPE}, {"Greece", model.GPE}},
			name:  "Tinos", cc: "GR", lat: 37.54, lon: 25.16},
	})
}
