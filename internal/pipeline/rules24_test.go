package pipeline

import "testing"

// TestRules24 checks session 24's geo rules end to end, with the tagger, on texts written for
// the test.
func TestRules24(t *testing.T) {
	checkRuleCases(t, []ruleCase{
		{
			// rule 90: a border river filed under one country stays there when its sentence
			// names that country's places and none of the story's
			"90 the river's own side", "Lempa River", []string{"SV"},
			"Landslides kill 14 in Guatemala\n\n" +
				"SOLOLA, Guatemala — Landslides buried homes in Sololá and Panajachel on Tuesday, Guatemala's disaster agency said, and rivers rose in Escuintla, Zacapa and Izabal.\n\n" +
				"In Guatemala City, families in Mixco and Villa Nueva were moved to shelters. Roads to Cobán and Huehuetenango were cut.\n\n" +
				"Neighbouring Honduras and El Salvador also reported flooding. In El Salvador, the Lempa River broke its banks near Zacatecoluca and Usulután, officials said.\n\n" +
				"More rain is forecast for Quetzaltenango and San Marcos on Wednesday.\n",
		},
		{
			// rule 91: twin towns of a border are the story's side
			"91 twin towns", "Torkham", []string{"PK", "PK"},
			"Trucks stranded as border stays shut\n\n" +
				"PESHAWAR, Pakistan — Hundreds of trucks were stranded near Landi Kotal on Monday as the border with Afghanistan stayed closed for a fourth day, traders in Peshawar said.\n\n" +
				"Trade through Torkham, the busiest crossing on the road to Kabul, has been halted twice this year.\n\n" +
				"Officials in Khyber district said Torkham would reopen once talks in Islamabad ended.\n",
		},
		{
			// (a guard: scoring already takes the story's twin here; rule 91 must not undo it)
			"91 twin towns", "Namanga", []string{"TZ"},
			"Cargo delays on Arusha road\n\n" +
				"ARUSHA, Tanzania — Truck drivers waited up to three days at Namanga this week after a new electronic cargo system failed, the Tanzania Revenue Authority said.\n\n" +
				"Traders in Arusha and Moshi said flower and vegetable exports had been hit.\n",
		},
		{
			// rule 92: a storm's given name is not a place, wherever the story repeats it
			"92 storm names", "Mocha", nil,
			"Cyclone batters Rakhine coast\n\n" +
				"YANGON, Myanmar — Cyclone Mocha made landfall near Sittwe on Sunday with winds of 210 km/h, tearing roofs off homes in Rakhine state, officials said.\n\n" +
				"Mocha's storm surge flooded low-lying parts of Sittwe and Kyaukphyu, and communications with Maungdaw were cut.\n\n" +
				"In Bangladesh, authorities moved 750,000 people from the coast near Cox's Bazar before Mocha arrived.\n",
		},
		{
			// rule 86's cue "shares its name with" (session 24): the second name is the other
			// place
			"86 shares its name with", "Colón", []string{"HN", "HN", "PA"},
			"Mayoral race tightens in northern Honduras\n\n" +
				"LA CEIBA, Honduras — Candidates in Atlántida and Colón made final appeals to voters on Saturday ahead of Sunday's municipal elections.\n\n" +
				"In Colón, a department that shares its name with the Panamanian port city of Colón, observers reported threats against two candidates in Tocoa.\n\n" +
				"Police in La Ceiba and Trujillo said extra officers would guard polling stations.\n",
		},
		{
			// rule 93: a bare apostrophe after a plural name is its possessive, a containment
			// phrase like "'s" ("the Solomon Islands' Western Province"), so later bare
			// mentions keep that reading
			"93 plural possessive", "Western Province", []string{"SB", "SB", "SB"},
			"Search for missing canoe enters fourth day\n\n" +
				"HONIARA, Solomon Islands — Australian and New Zealand aircraft joined the search on Friday for a canoe carrying seven people that went missing between Gizo and Munda in the Solomon Islands' Western Province.\n\n" +
				"A Royal Australian Air Force plane flew from Townsville, and a New Zealand crew from Auckland, officials in Honiara said.\n\n" +
				"\"We ask villages on the coast to watch for debris,\" Western Province police commander Peter Kana said.\n\n" +
				"Premier of Western Province, David Gina, said the provincial government had hired two boats.\n",
		},
		{
			// rule 94: a bare name the story also gives with its division word is read in
			// that division
			"94 division's bare name", "Cameron", []string{"US/Louisiana", "US/Louisiana"},
			"Residents return to Cameron Parish after surge\n\n" +
				"LAKE CHARLES, La. (AP) — Residents of Cameron returned on Friday to find homes lifted off their foundations, two days after a storm surge swept over the marshes of Cameron Parish.\n\n" +
				"The storm also flooded streets in Port Arthur and Beaumont in southeast Texas, and Texas officials opened shelters in Orange.\n\n" +
				"In Cameron, volunteers handed out water and tarps outside the courthouse.\n",
		},
		{
			// "Korea" alone is South Korea, the country (an alias since session 24), not a
			// fallback point of the story's place ("KR/": no first-level division)
			"alias Korea", "Korea", []string{"KR/", "KR/"},
			"Chip exports lift trade\n\n" +
				"BUSAN — Shipments through Busan rose 8 percent in October as chip exports from Korea recovered, port officials said.\n\n" +
				"Competition is heating up within Korea, with Incheon and Gwangyang adding berths.\n",
		},
		{
			// (rule 91 leaves a twin that the text places: "Nogales, Arizona" of a Mexican story)
			"91 twin towns", "Nogales", []string{"MX", "US"},
			"Border trade slows in Sonora\n\n" +
				"HERMOSILLO, Mexico — Truck crossings from Sonora into the United States fell 12 percent in October, state officials in Hermosillo said.\n\n" +
				"At the border, exporters in Nogales and across the line in Nogales, Arizona, reported longer waits, while produce from Sinaloa and Guaymas backed up on the highway.\n",
		},
		{
			// rule 95: a place-tagged name the gazetteer lacks, in a sentence that names no
			// other place, takes the one country of its paragraph's places, not the story's lead
			"95 the paragraph's country", "Dionysos", []string{"GR"},
			"Europe heat: floods in Spain, fires in Greece\n\n" +
				"MADRID/ATHENS — Flash floods swept through towns south of Valencia on Tuesday, emergency services said, and two people were missing near Alzira and Sueca.\n\n" +
				"A wildfire spread toward the northern suburbs of Athens. Residents of Nea Penteli and Dionysos were ordered to leave, firefighters said.\n",
		},
		{
			// rule 96: "the town of X" makes X a place though the actor stage read a
			// broadcaster of that name (Al Mayadeen)
			"96 the town of", "Mayadeen", []string{"SY"},
			"Clashes along the Euphrates\n\n" +
				"DEIR EZZOR, Syria — Two fighters were killed in clashes near the town of Mayadeen on Monday, a war monitor said.\n\n" +
				"Residents of Deir ez-Zor and Abu Kamal said the fighting had closed the river crossings.\n",
		},
		{
			// rule 97: a road number the tagger called a location takes the country of its
			// sentence or story, as an unknown name does
			"97 road numbers", "I-80", []string{"US"},
			"Glenwood Canyon closed again\n\n" +
				"DENVER (AP) — Interstate 70 through Glenwood Canyon was closed Tuesday after mudslides, the Colorado Department of Transportation said.\n\n" +
				"Commercial trucks heading to Utah were advised to use I-80 across southern Wyoming instead. Drivers in Glenwood Springs and Gypsum waited for hours.\n",
		},
	})
}
