package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestAdm13DivisionNames: rule 42 (session 13, adm13 block of supplement-places.tsv): the
// English and older names of first-level divisions that GeoNames gives under a local
// romanisation read as the division. Every text was written for the test.
func TestAdm13DivisionNames(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "Surkhandarya (GeoNames Surxondaryo Region)", text: "TASHKENT, Uzbekistan — Mudflows damaged dozens of houses in Surkhandarya on Monday, the emergencies ministry said.",
			names: []labelled{{"TASHKENT", model.GPE}, {"Uzbekistan", model.GPE}, {"Surkhandarya", model.GPE}},
			name:  "Surkhandarya", cc: "UZ", feature: "admin1"},
		{about: "Kashkadarya region", text: "Farmers in the Kashkadarya region of Uzbekistan said the canal had run dry for a month.",
			names: []labelled{{"Kashkadarya", model.GPE}, {"Uzbekistan", model.GPE}},
			name:  "Kashkadarya", cc: "UZ", feature: "admin1"},
		{about: "Mangystau (GeoNames Mangghystaū)", text: "ALMATY, Kazakhstan — Oil workers in Mangystau walked off the job on Tuesday over unpaid wages.",
			names: []labelled{{"ALMATY", model.GPE}, {"Kazakhstan", model.GPE}, {"Mangystau", model.GPE}},
			name:  "Mangystau", cc: "KZ", feature: "admin1"},
		{about: "South Gobi (GeoNames Ömnögovĭ)", text: "ULAANBAATAR, Mongolia — Herders in South Gobi lost thousands of animals to the winter storm, officials said.",
			names: []labelled{{"ULAANBAATAR", model.GPE}, {"Mongolia", model.GPE}, {"South Gobi", model.GPE}},
			name:  "South Gobi", cc: "MN", feature: "admin1"},
		{about: "Karen State (GeoNames Kayin State)", text: "Thousands fled across the border into Thailand after air strikes in Karen State, aid groups said.",
			names: []labelled{{"Thailand", model.GPE}, {"Karen State", model.GPE}},
			name:  "Karen State", cc: "MM", feature: "admin1"},
		{about: "Tenasserim (GeoNames Tanintharyi Region)", text: "Fighting spread to Tenasserim in Myanmar's far south, residents said.",
			names: []labelled{{"Tenasserim", model.GPE}, {"Myanmar", model.GPE}},
			name:  "Tenasserim", cc: "MM", feature: "admin1"},
		{about: "Leningrad Oblast is not the city", text: "A drone hit a fuel depot in Leningrad Oblast overnight, the regional governor said.",
			names: []labelled{{"Leningrad Oblast", model.GPE}},
			name:  "Leningrad Oblast", cc: "RU", feature: "admin1"},
		{about: "Sogd (GeoNames Sughd)", text: "DUSHANBE, Tajikistan — Border guards reinforced posts in Sogd after the clashes, the ministry said.",
			names: []labelled{{"DUSHANBE", model.GPE}, {"Tajikistan", model.GPE}, {"Sogd", model.GPE}},
			name:  "Sogd", cc: "TJ", feature: "admin1"},
		{about: "Benishangul-Gumuz", text: "ADDIS ABABA, Ethiopia — Gunmen killed villagers in Benishangul-Gumuz, the rights commission said.",
			names: []labelled{{"ADDIS ABABA", model.GPE}, {"Ethiopia", model.GPE}, {"Benishangul-Gumuz", model.GPE}},
			name:  "Benishangul-Gumuz", cc: "ET", feature: "admin1"},
		{about: "Sainyabuli (GeoNames Xiagnabouli)", text: "VIENTIANE, Laos — Floodwater cut roads across Sainyabuli province on Friday.",
			names: []labelled{{"VIENTIANE", model.GPE}, {"Laos", model.GPE}, {"Sainyabuli", model.GPE}},
			name:  "Sainyabuli", cc: "LA", feature: "admin1"},
		{about: "Rif Dimashq", text: "Shelling hit towns in Rif Dimashq on Sunday, a monitor said, as talks stalled in Damascus.",
			names: []labelled{{"Rif Dimashq", model.GPE}, {"Damascus", model.GPE}},
			name:  "Rif Dimashq", cc: "SY", feature: "admin1"},
		{about: "Rhineland-Palatinate", text: "BERLIN — Heavy rain flooded villages in Rhineland-Palatinate, Germany's weather service said.",
			names: []labelled{{"BERLIN", model.GPE}, {"Rhineland-Palatinate", model.GPE}, {"Germany", model.GPE}},
			name:  "Rhineland-Palatinate", cc: "DE", feature: "admin1"},
		// a bare name that is a city stays the city: only "Aktobe Region" names the division
		{about: "Aktobe stays the city", text: "ALMATY, Kazakhstan — A fire broke out at a market in Aktobe on Wednesday.",
			names: []labelled{{"ALMATY", model.GPE}, {"Kazakhstan", model.GPE}, {"Aktobe", model.GPE}},
			name:  "Aktobe", cc: "KZ", feature: "city"},
	})
}
