package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleTwentyNine: session 10, helper pass2, rule 29 (hyphen pairs of states before a route or
// border word; a list partner abroad over the sentence's division). Every text was written for
// the test.
func TestRuleTwentyNine(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// (1) two countries or first-level divisions joined by a hyphen before a border or route
		// word: two places, not one unplaced span
		{about: "country pair before border (second)", text: "Migrants gathered at the Poland-Belarus border on Sunday.",
			names: []labelled{{"Poland-Belarus", model.GPE}},
			name:  "Belarus", cc: "BY", feature: "country"},
		{about: "country pair before border (first)", text: "Migrants gathered at the Poland-Belarus border on Sunday.",
			names: []labelled{{"Poland-Belarus", model.GPE}},
			name:  "Poland", cc: "PL", feature: "country"},
		{about: "division pair before highway", text: "Landslides closed the Sabah-Sarawak highway after a week of rain.",
			names: []labelled{{"Sabah-Sarawak", model.GPE}},
			name:  "Sarawak", cc: "MY", feature: "admin1"},
		{about: "country pair before railway", text: "Freight on the Kenya-Uganda railway resumed, officials in Nairobi said.",
			names: []labelled{{"Kenya-Uganda", model.GPE}, {"Nairobi", model.GPE}},
			name:  "Uganda", cc: "UG", feature: "country"},
		// … a pair of towns before a road word stays one route at its first town
		{about: "town pair before road", text: "Gunmen blocked the Gusau-Funtua road in Nigeria on Monday.",
			names: []labelled{{"Gusau-Funtua", model.GPE}, {"Nigeria", model.GPE}},
			name:  "Gusau-Funtua", cc: "NG"},
		// (2) an unknown name listed with a town of the story's country, after a division of
		// another country earlier in the sentence: the partner's country
		{about: "list partner abroad", text: "Police in Ghana said many of the miners came from Guangxi province, after raids around Abrepo Nkwanta and Dunkwa.",
			names: []labelled{{"Ghana", model.GPE}, {"Guangxi", model.GPE}, {"Abrepo Nkwanta", model.GPE}, {"Dunkwa", model.GPE}},
			name:  "Abrepo Nkwanta", cc: "GH"},
		// … a partner of the division's own country leaves the division's reading
		{about: "list partner at home", text: "Shelling hit villages in the Kharkiv region overnight, around Velyka Zelenivka and Kupiansk, Ukraine said.",
			names: []labelled{{"Kharkiv", model.GPE}, {"Velyka Zelenivka", model.GPE}, {"Kupiansk", model.GPE}, {"Ukraine", model.GPE}},
			name:  "Velyka Zelenivka", cc: "UA"},
		// (3) "the X customs post": a town's institution after the name, not the river "X river"
		{about: "town noun after the name", text: "Trucks queued for hours at the Narva customs post on Friday.",
			names: []labelled{{"Narva", model.GPE}},
			name:  "Narva", cc: "EE", feature: "city"},
		// … and the bare river stays the river
		{about: "river without a town noun", text: "Trucks queued for hours while the Narva rose on Friday.",
			names: []labelled{{"Narva", model.GPE}},
			name:  "Narva", not: "Narva"},
	})
}
