package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestRuleThirtyFive: rule 35 (session 12, towns12). The story's state or division decides a
// namesake town (storyStateTown); a dateline town's offices are the dateline town's
// (datelineFacility); a town read abroad far from its sentence's towns is its namesake beside
// them (sentenceNamesakesAbroad); and the session's families of small towns. Every text was
// written for the test.
func TestRuleThirtyFive(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		// a bare Cleveland in a Tennessee-dated story is Tennessee's, not Ohio's big city
		{about: "Cleveland in a Tennessee story", text: "CHATTANOOGA, Tenn. — A tanker overturned on Interstate 75 on Monday. The driver, a 40-year-old man from Cleveland, was treated at Erlanger hospital, police said.",
			names: []labelled{{"CHATTANOOGA", model.GPE}, {"Tenn.", model.GPE}, {"Interstate 75", model.FAC}, {"Cleveland", model.GPE}},
			name:  "Cleveland", cc: "US", lat: 35.16, lon: -84.88},
		// a bare Columbus in a Georgia-dated story is Georgia's, not Ohio's (held before the rule;
		// it must not move)
		{about: "Columbus in a Georgia story", text: "LAGRANGE, Ga. — Two people were hurt when a school bus left the road on Tuesday. Both were flown to a hospital in Columbus, the sheriff said.",
			names: []labelled{{"LAGRANGE", model.GPE}, {"Ga.", model.GPE}, {"Columbus", model.GPE}},
			name:  "Columbus", cc: "US", lat: 32.46, lon: -84.99},
		// a city of another state named with its state keeps it
		{about: "Cleveland, Ohio named so", text: "CHATTANOOGA, Tenn. — The company said on Monday it would move 200 jobs from its plant here to Cleveland, Ohio, next year.",
			names: []labelled{{"CHATTANOOGA", model.GPE}, {"Tenn.", model.GPE}, {"Cleveland", model.GPE}, {"Ohio", model.GPE}},
			name:  "Cleveland", cc: "US", lat: 41.50, lon: -81.70},
		// a district of the division its sentence names, not a city of another state of India
		{about: "Bilaspur among Himachal districts", text: "SHIMLA, India — Landslides blocked more than 300 roads across Himachal Pradesh on Monday, and a bus fell into a gorge near Mandi. Roads were shut in Mandi, Bilaspur and Kullu, the state disaster authority in Shimla said.",
			names: []labelled{{"SHIMLA", model.GPE}, {"India", model.GPE}, {"Himachal Pradesh", model.GPE}, {"Mandi", model.GPE}, {"Mandi", model.GPE}, {"Bilaspur", model.GPE}, {"Kullu", model.GPE}, {"Shimla", model.GPE}},
			name:  "Bilaspur", cc: "IN", lat: 31.26, lon: 76.97},
		// the dateline town's city council, tagged with "City", is the dateline town
		{about: "dateline town's office", text: "LEBANON, Ohio — The Lebanon City Council voted on Tuesday to raise water rates, the mayor said.",
			names: []labelled{{"LEBANON", model.GPE}, {"Ohio", model.GPE}, {"Lebanon City", model.GPE}},
			name:  "Lebanon City", cc: "US", lat: 39.44, lon: -84.20},
		// a Bulgarian Danube town across the river from its Romanian mate, not Ukraine's Nikopol
		{about: "Nikopol on the Danube", text: "RUSE, Bulgaria — Bulgaria closed the Danube Bridge at Ruse for repairs on Monday. Trucks were sent to the ferry between Nikopol and Turnu Magurele, and officials in Sofia said grain from Ukraine would be delayed.",
			names: []labelled{{"RUSE", model.GPE}, {"Bulgaria", model.GPE}, {"Bulgaria", model.GPE}, {"Danube Bridge", model.FAC}, {"Ruse", model.GPE}, {"Nikopol", model.GPE}, {"Turnu Magurele", model.GPE}, {"Sofia", model.GPE}, {"Ukraine", model.GPE}},
			name:  "Nikopol", cc: "BG", lat: 43.70, lon: 24.90},
		// the Ukrainian Nikopol in a Ukrainian story stays
		{about: "Nikopol in Ukraine", text: "KYIV, Ukraine — Russian shelling hit Nikopol and Marhanets across the Dnipro from the occupied nuclear plant, the governor said.",
			names: []labelled{{"KYIV", model.GPE}, {"Ukraine", model.GPE}, {"Nikopol", model.GPE}, {"Marhanets", model.GPE}, {"Dnipro", model.LOC}},
			name:  "Nikopol", cc: "UA", lat: 47.57, lon: 34.39},
		// a town of the story's country, its namesake abroad never named (focusTownAbroad)
		{about: "Nikopol in a Bulgarian story", text: "PLEVEN, Bulgaria — Bulgaria's border police said on Tuesday that trucks queued for hours at Nikopol after the ferry broke down.",
			names: []labelled{{"PLEVEN", model.GPE}, {"Bulgaria", model.GPE}, {"Bulgaria", model.GPE}, {"Nikopol", model.GPE}},
			name:  "Nikopol", cc: "BG", lat: 43.70, lon: 24.90},
		// the namesake abroad named with its country stays
		{about: "Nikopol, Ukraine named so", text: "PLEVEN, Bulgaria — Bulgaria's grain traders said on Tuesday that barges from Nikopol, Ukraine, had stopped coming up the Danube.",
			names: []labelled{{"PLEVEN", model.GPE}, {"Bulgaria", model.GPE}, {"Bulgaria", model.GPE}, {"Nikopol", model.GPE}, {"Ukraine", model.GPE}, {"Danube", model.LOC}},
			name:  "Nikopol", cc: "UA", lat: 47.57, lon: 34.39},
		// an untagged small town opening a sentence, placed by a relative position after it
		// (directionAppos)
		{about: "town, 60 km east of", text: "DORI, Burkina Faso — Food prices have tripled in Dori since June, aid workers said. Mansila, 60 km east of Dori, has had no convoy since March.",
			names: []labelled{{"DORI", model.GPE}, {"Burkina Faso", model.GPE}, {"Dori", model.GPE}},
			name:  "Mansila", cc: "BF", lat: 13.13, lon: 0.30},
		{about: "town, further … towards", text: "DORI, Burkina Faso — Food prices have tripled in Dori since June, aid workers said.\n\nSeytenga, further northeast towards the border with Niger, has been cut off for months.",
			names: []labelled{{"DORI", model.GPE}, {"Burkina Faso", model.GPE}, {"Dori", model.GPE}, {"Niger", model.GPE}},
			name:  "Seytenga", cc: "BF", lat: 14.43, lon: 0.10},
		// data: south-east Tennessee towns
		{about: "Sweetwater, Tennessee", text: "KNOXVILLE, Tenn. — Northbound traffic on I-75 was diverted at Madisonville and rejoined the interstate at Sweetwater after a crash.",
			names: []labelled{{"KNOXVILLE", model.GPE}, {"Tenn.", model.GPE}, {"I-75", model.FAC}, {"Madisonville", model.GPE}, {"Sweetwater", model.GPE}},
			name:  "Sweetwater", cc: "US", lat: 35.60, lon: -84.46},
		// data: Rasuwa (Nepal) and the Tibetan town across the border
		{about: "Kerung across the border", text: "KATHMANDU — Containers cleared at Kerung in Tibet were stuck near Timure after a landslide on the road to Rasuwagadhi.",
			names: []labelled{{"KATHMANDU", model.GPE}, {"Kerung", model.GPE}, {"Tibet", model.GPE}, {"Timure", model.GPE}, {"Rasuwagadhi", model.GPE}},
			name:  "Kerung", cc: "CN", lat: 28.40, lon: 85.33},
		// data: a Vietnamese junction town
		{about: "Dau Giay", text: "HO CHI MINH CITY — Traffic backed up from Dau Giay towards Bao Loc after the landslide on National Route 20.",
			names: []labelled{{"HO CHI MINH CITY", model.GPE}, {"Dau Giay", model.GPE}, {"Bao Loc", model.GPE}, {"National Route 20", model.FAC}},
			name:  "Dau Giay", cc: "VN", lat: 10.94, lon: 107.14},
		// data: the Enguri by its bare name in a Georgian story is the river, not Ankara
		{about: "bare Enguri", text: "TBILISI, Georgia — Georgian police reopened the crossing over the Enguri near Zugdidi on Friday.",
			names: []labelled{{"TBILISI", model.GPE}, {"Georgia", model.GPE}, {"Enguri", model.LOC}, {"Zugdidi", model.GPE}},
			name:  "Enguri", cc: "GE", lat: 42.60, lon: 42.00},
		// a far capital's historic name (Angora: Ankara) is no reading of a work on a feature in
		// another country's story
		{about: "alternate name of a far capital", text: "TBILISI, Georgia — The crossing also serves the Angora hydropower plant near Zugdidi, Georgian officials said, and Georgia pays for its upkeep.",
			names: []labelled{{"TBILISI", model.GPE}, {"Georgia", model.GPE}, {"Angora", model.GPE}, {"Zugdidi", model.GPE}, {"Georgia", model.GPE}},
			name:  "Angora", cc: "GE", not: "Ankara"},
		// the capital by its historic name in a story that names its country stays
		{about: "alternate name of a named country's capital", text: "ISTANBUL, Turkey — Turkey's parliament in Angora, as the capital was then known, voted in 1923 to found the republic.",
			names: []labelled{{"ISTANBUL", model.GPE}, {"Turkey", model.GPE}, {"Turkey", model.GPE}, {"Angora", model.GPE}},
			name:  "Angora", cc: "TR", lat: 39.92, lon: 32.85},
	})
}
