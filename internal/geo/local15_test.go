package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestCrossBorder15 checks crossBorderKm: in a local story whose dateline names a state or
// province, a small town abroad that the story names without its country is no reading unless
// it lies near the dateline state's places (texts written for the test).
func TestCrossBorder15(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a namesake 230 km away across the border",
			text:  "TILLSONBURG, Ontario — County council voted to keep the old arena in Waterford open. Coun. Adam Veldman, who represents Waterford, said residents wanted a rink close to home.",
			names: []labelled{{"TILLSONBURG", model.GPE}, {"Ontario", model.GPE}, {"Waterford", model.GPE}, {"Waterford", model.GPE}},
			name:  "Waterford", cc: "CA"},
		{about: "a big city abroad known by the name only as an alternate name",
			text:  "ONEONTA, New York — Swift-water teams from Sidney and Binghamton rescued 23 people from flooded homes, county officials said.",
			names: []labelled{{"ONEONTA", model.GPE}, {"New York", model.GPE}, {"Sidney", model.GPE}, {"Binghamton", model.GPE}},
			name:  "Sidney", cc: "US"},
		{about: "a town just across the border keeps its country",
			text:  "WINDSOR, Ontario — Shoppers crossed the river to Dearborn on Saturday as the strike shut stores downtown.",
			names: []labelled{{"WINDSOR", model.GPE}, {"Ontario", model.GPE}, {"Dearborn", model.GPE}},
			name:  "Dearborn", cc: "US"},
	})
}

// TestDatelineContainer15 checks that the container of a dateline ("OWEGO, New York —") is read
// as the state, not as the city of the state's name (text written for the test).
func TestDatelineContainer15(t *testing.T) {
	g := mustDefault(t)
	text := "OWEGO, New York — The Susquehanna River rose four feet overnight, flooding streets near the village green, county officials said."
	a := resolveLabelled(g, text, []labelled{{"OWEGO", model.GPE}, {"New York", model.GPE}, {"Susquehanna River", model.LOC}})
	if p := placeOf(a, "New York"); p == nil || p.Geo.Feature != "admin1" {
		t.Errorf("New York of the dateline: %+v, want the state", p)
	}
}

// TestOtherStateTown15 checks that a town under 100,000 of another state, which a local story
// names without its state, is no reading beyond crossBorderKm of the dateline state's places,
// while a bigger city keeps the 500 km allowance (texts written for the test).
func TestOtherStateTown15(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a small town of another state 200 km off",
			text:  "ONEONTA, New York — Crews cleared mud from the streets of Hamden on Monday after the river crested overnight. Schools in Binghamton, Ithaca and Elmira stayed closed.",
			names: []labelled{{"ONEONTA", model.GPE}, {"New York", model.GPE}, {"Hamden", model.GPE}, {"Binghamton", model.GPE}, {"Ithaca", model.GPE}, {"Elmira", model.GPE}},
			name:  "Hamden", cc: "US", lat: 42.2, lon: -75.9}, // in New York, among the story's towns (not Connecticut's, 41.40 -72.90)
		{about: "a city of another state keeps its reading",
			text:  "GLENWOOD SPRINGS, Colorado — Freight bound for Salt Lake City was rerouted through Wyoming after debris closed the interstate near Glenwood Springs.",
			names: []labelled{{"GLENWOOD SPRINGS", model.GPE}, {"Colorado", model.GPE}, {"Salt Lake City", model.GPE}, {"Wyoming", model.GPE}, {"Glenwood Springs", model.GPE}},
			name:  "Salt Lake City", cc: "US", lat: 40.76, lon: -111.89},
	})
}

// TestStoryStateCity15 checks storyStateTown's limit outside local-news countries: a city of a
// million or more of another division loses to the story division's namesake when its
// sentence names another place of that division (text written for the test).
func TestStoryStateCity15(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "Srinagar of Garhwal in an Uttarakhand story",
			text:  "DEHRADUN, India — A bus carrying pilgrims to Kedarnath fell into a gorge near Gauchar on Sunday. The injured were taken to hospitals in Rudraprayag and Srinagar, officials in Dehradun said.",
			names: []labelled{{"DEHRADUN", model.GPE}, {"India", model.GPE}, {"Kedarnath", model.GPE}, {"Gauchar", model.GPE}, {"Rudraprayag", model.GPE}, {"Srinagar", model.GPE}, {"Dehradun", model.GPE}},
			name:  "Srinagar", cc: "IN", lat: 30.22, lon: 78.78},
	})
}
