package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestDivisionFocus18 checks rule 74: a reading in the first-level division a whole document is
// about outranks a bigger namesake in another division of the same country (the Garhwal town of
// Srinagar in an Uttarakhand flood story, not the capital of Jammu and Kashmir), while a story
// about the other division keeps its own reading. (The guard against a capital abroad, rivals
// in the same country only, showed on GLOCON: "flying in from Washington" in an AP story from
// Windsor had become Washington, Tyne and Wear.) Texts written for the test.
func TestDivisionFocus18(t *testing.T) {
	g := mustDefault(t)
	uttarakhand := "Search for missing pilgrims resumes after cloudburst in Uttarakhand\n\n" +
		"DEHRADUN, Aug 14 — Rescue teams resumed the search on Wednesday for eleven pilgrims missing since a cloudburst struck villages in Chamoli district, officials said.\n\n" +
		"Teams of the State Disaster Response Force combed the banks of the Alaknanda from Karnaprayag down to Srinagar, where the river was running high, a district official said.\n\n" +
		"The road between Rudraprayag and Gauchar remained closed, and pilgrims bound for Badrinath were stopped at Joshimath, police said. Tehri and Pauri also reported landslides."
	kashmir := "Shops shut in Kashmir after strike call\n\n" +
		"Shops and businesses stayed shut in Srinagar and other towns of the Kashmir valley on Friday. Traffic was thin in Anantnag, Baramulla and Sopore, " +
		"and police in Srinagar said the day passed off peacefully. Schools in Pulwama and Kupwara were also closed."
	cases := []placeCase{
		{about: "a town in the story's division over the bigger namesake elsewhere in the country",
			text: uttarakhand,
			names: []labelled{{"Uttarakhand", model.GPE}, {"DEHRADUN", model.GPE}, {"Chamoli", model.GPE}, {"State Disaster Response Force", model.ORG}, {"Alaknanda", model.LOC},
				{"Karnaprayag", model.GPE}, {"Srinagar", model.GPE}, {"Rudraprayag", model.GPE}, {"Gauchar", model.GPE}, {"Badrinath", model.GPE}, {"Joshimath", model.GPE},
				{"Tehri", model.GPE}, {"Pauri", model.GPE}},
			name: "Srinagar", cc: "IN", lat: 30.22, lon: 78.78},
		{about: "a story about the other division keeps its reading",
			text: kashmir,
			names: []labelled{{"Kashmir", model.GPE}, {"Srinagar", model.GPE}, {"Kashmir valley", model.LOC}, {"Anantnag", model.GPE}, {"Baramulla", model.GPE}, {"Sopore", model.GPE},
				{"Srinagar", model.GPE}, {"Pulwama", model.GPE}, {"Kupwara", model.GPE}},
			name: "Srinagar", cc: "IN", lat: 34.09, lon: 74.81},
	}
	checkPlaceCases(t, g, cases)
}
