package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestSmallTownNoSpeaker: a town under 50,000 that is no capital or division seat is not read as
// a speaking government when a verb follows it; capitals and seats still are (texts written for
// the test).
func TestSmallTownNoSpeaker(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a small town before a verb", text: "Evacuees from the fires in British Columbia filled motels, and campsites as far south as Osoyoos reported having no space left.",
			names: []labelled{{"British Columbia", model.GPE}, {"Osoyoos", model.GPE}},
			name:  "Osoyoos", cc: "CA", metonymy: false},
		{about: "a small town before an auxiliary", text: "Engineers in Wales opened the sluices on Monday. If the reservoir wall had failed, Tregaron would have been flooded, the council said.",
			names: []labelled{{"Wales", model.GPE}, {"Tregaron", model.GPE}},
			name:  "Tregaron", cc: "GB", metonymy: false},
		{about: "a capital still speaks", text: "Galamsey pits have spread along rivers in Ghana. Accra said it would deploy soldiers.",
			names: []labelled{{"Ghana", model.GPE}, {"Accra", model.GPE}},
			name:  "Accra", cc: "GH", metonymy: true},
	})
}
