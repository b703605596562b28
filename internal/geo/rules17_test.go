package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestTownAtHome17 checks rule 71 (rule 54 reaching any town): a name read as a town abroad
// moves to the namesake of the country the story's other places lie in, near two of them;
// not when its own sentence places it abroad ("Boston, Massachusetts" in a Lincolnshire
// story), and not when the two readings are twins of a border, 300 km apart or less (rule 91,
// session 24, then takes the twin on the story's side). Texts written for the test.
func TestTownAtHome17(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "an English namesake in a Tasmanian story",
			text: "Floodwaters cut off towns in Tasmania's north-east\n\n" +
				"HOBART (AAP) - Residents of St Marys in Tasmania's north-east were cut off on Sunday after the South Esk River rose through the Fingal Valley overnight.\n\n" +
				"The State Emergency Service issued a flood warning for St Marys and Cornwall, saying water was over the Esk Main Road between Fingal and St Marys. The Tasman Highway was closed between Scamander and Bicheno, and caravan parks around Falmouth were evacuated.\n\n" +
				"Visitors in St Helens were told not to drive south. An evacuation centre opened at the St Helens football ground, and another in Launceston for families from the Fingal Valley.\n\n" +
				"Crews from Launceston, Scottsdale, Deloraine and Devonport cleared debris near Fingal, and residents of Cornwall were told to boil their water. The Premier said Hobart would pay for repairs to roads around Scottsdale and Bicheno.",
			names: []labelled{{"HOBART", model.GPE}, {"St Marys", model.GPE}, {"Tasmania", model.GPE}, {"South Esk River", model.LOC}, {"Fingal Valley", model.LOC}, {"St Marys", model.GPE}, {"Cornwall", model.GPE}, {"Esk Main Road", model.FAC}, {"Fingal", model.GPE}, {"St Marys", model.GPE}, {"Tasman Highway", model.FAC}, {"Scamander", model.GPE}, {"Bicheno", model.GPE}, {"Falmouth", model.GPE}, {"St Helens", model.GPE}, {"St Helens", model.GPE}, {"Launceston", model.GPE}, {"Fingal Valley", model.LOC}, {"Launceston", model.GPE}, {"Scottsdale", model.GPE}, {"Deloraine", model.GPE}, {"Devonport", model.GPE}, {"Fingal", model.GPE}, {"Cornwall", model.GPE}, {"Hobart", model.GPE}, {"Scottsdale", model.GPE}, {"Bicheno", model.GPE}},
			name:  "St Helens", cc: "AU", lat: -41.32, lon: 148.25},
		{about: "a sentence that names the reading's own state keeps it",
			text: "Surge floods Boston streets\n\nA tidal surge pushed up the Wash and flooded streets in Boston on Tuesday night. Sandbags were handed out in Boston and in Skegness, " +
				"and the road between Boston and Spalding was closed along the Lincolnshire coast.\n\nOfficials in Boston said the defences had held. Water also reached caravan parks " +
				"near Skegness and farmland across south Lincolnshire.\n\nPuritans from the town later helped found Boston, Massachusetts.",
			names: []labelled{{"Boston", model.GPE}, {"Wash", model.LOC}, {"Boston", model.GPE}, {"Boston", model.GPE}, {"Skegness", model.GPE}, {"Boston", model.GPE}, {"Spalding", model.GPE},
				{"Lincolnshire", model.GPE}, {"Boston", model.GPE}, {"Skegness", model.GPE}, {"Lincolnshire", model.GPE}, {"Boston", model.GPE}, {"Massachusetts", model.GPE}},
			name: "Boston", cc: "US"},
		{about: "border twins take the story's side (rule 91; rule 71 itself leaves twins as scored)",
			text: "Copper trucks queue at the border\n\nKITWE, Zambia - Copper from Congo's Haut-Katanga province travels south by truck. " +
				"Trucks queue for days at the Kasumbalesa border post and along the roads through Chililabombwe and Chingola, drivers said. Hotels in Kitwe and Ndola filled with drivers, " +
				"and officials in Chingola said the road would be widened.",
			names: []labelled{{"KITWE", model.GPE}, {"Zambia", model.GPE}, {"Congo", model.GPE}, {"Haut-Katanga", model.GPE}, {"Kasumbalesa", model.GPE}, {"Chililabombwe", model.GPE}, {"Chingola", model.GPE},
				{"Kitwe", model.GPE}, {"Ndola", model.GPE}, {"Chingola", model.GPE}},
			name: "Kasumbalesa", cc: "ZM"},
	})
}

// TestTheTownOf17 checks rule 72: ", the town of" and a name after a country names that town,
// not the country ("near the borders with Niger and Benin, the town of Fada N'Gourma"), while
// "X, a town in …" still calls X a settlement. Texts written for the test.
func TestTheTownOf17(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "a country before a new clause about a town",
			text: "Displaced families reach Fada N'Gourma\n\nOUAGADOUGOU, Burkina Faso - Thousands of families have fled attacks in the north of Burkina Faso this year. " +
				"In the east, near the borders with Niger and Benin, the town of Fada N'Gourma has taken in more than 40,000 people, officials in Ouagadougou said.",
			names: []labelled{{"OUAGADOUGOU", model.GPE}, {"Burkina Faso", model.GPE}, {"Burkina Faso", model.GPE}, {"Niger", model.GPE}, {"Benin", model.GPE},
				{"Fada N'Gourma", model.GPE}, {"Ouagadougou", model.GPE}},
			name: "Benin", cc: "BJ", feature: "country"},
		{about: "a plural: the towns of",
			text: "Floods reach the Czech border\n\nPRAGUE - Rivers rose across the north-east of the country on Sunday. Across the border in Poland, the towns of Glucholazy and Raciborz were also under threat, " +
				"Polish officials said.",
			names: []labelled{{"PRAGUE", model.GPE}, {"Poland", model.GPE}, {"Glucholazy", model.GPE}, {"Raciborz", model.GPE}, {"Polish", model.NORP}},
			name:  "Poland", cc: "PL", feature: "country"},
	})
}

// TestDirectionNamedDistrict17 checks rule 73: a district whose own name starts with a
// direction adjective ("Northern Grampians", a Victorian shire) is read as that district, not
// ruled out as "a direction adjective and a name". Text written for the test.
func TestDirectionNamedDistrict17(t *testing.T) {
	g := mustDefault(t)
	text := "Fire danger warning for the Grampians\n\nHAMILTON, Victoria - Fire authorities warned residents across the Southern Grampians and the Northern Grampians on Monday. " +
		"In Tasmania, the Northern Midlands council opened a relief centre."
	names := []labelled{{"HAMILTON", model.GPE}, {"Victoria", model.GPE}, {"Southern Grampians", model.GPE}, {"Northern Grampians", model.GPE}, {"Tasmania", model.GPE}, {"Northern Midlands", model.GPE}}
	checkPlaceCases(t, g, []placeCase{
		{about: "a shire named with a direction word", text: text, names: names, name: "Northern Grampians", cc: "AU", feature: "admin2"},
		{about: "a council area named with a direction word", text: text, names: names, name: "Northern Midlands", cc: "AU", feature: "admin2"},
	})
}
