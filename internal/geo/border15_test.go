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
		{about: "a town just across the border keeps its country",
			text:  "WINDSOR, Ontario — Shoppers crossed the river to Dearborn on Saturday as the strike shut stores downtown.",
			names: []labelled{{"WINDSOR", model.GPE}, {"Ontario", model.GPE}, {"Dearborn", model.GPE}},
			name:  "Dearborn", cc: "US"},
	})
}
