package geo

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// TestFreshArticleClasses covers the session-8 rules drawn from the fresh whole-article set
// toponym-articles-dev5 (README rule 14, "fresh articles"); every text is written for the test.
func TestFreshArticleClasses(t *testing.T) {
	g := mustDefault(t)
	checkPlaceCases(t, g, []placeCase{
		{about: "an ocean after an article and an adjective is no county",
			text:  "Hurricane forecasters in Miami said a warming Atlantic would feed stronger storms.",
			names: []labelled{{"Miami", model.GPE}, {"Atlantic", model.LOC}},
			name:  "Atlantic", not: "Atlantic County"},
		{about: "the same for the Pacific",
			text:  "Fishermen in Chile say an unusually warm Pacific has driven the anchovy south.",
			names: []labelled{{"Chile", model.GPE}, {"Pacific", model.LOC}},
			name:  "Pacific", not: "Pacific County"},
		{about: "the county with its word stays the county",
			text:  "Officials in Atlantic County, New Jersey, ordered evacuations.",
			names: []labelled{{"Atlantic County", model.GPE}, {"New Jersey", model.GPE}},
			name:  "Atlantic County", cc: "US", feature: "admin2"},
		{about: "a big city before 'suburbs' is that city, not a district of the paragraph's city",
			text:  "Voters in Kano and in the Lagos suburbs backed the ruling party.",
			names: []labelled{{"Kano", model.GPE}, {"Lagos", model.GPE}},
			name:  "Lagos", cc: "NG", lat: 6.45, lon: 3.39},
		{about: "a small town abroad known by the name only as an alternate loses to the focus country's division",
			text:  "Sri Lanka's cabinet approved new wind farms. Sri Lanka said the turbines would rise near the coast in Mannar and feed the grid in Colombo.",
			names: []labelled{{"Sri Lanka", model.GPE}, {"Sri Lanka", model.GPE}, {"Mannar", model.GPE}, {"Colombo", model.GPE}},
			name:  "Mannar", cc: "LK"},
		{about: "a town named like a country, called a town by its apposition",
			text:  "The storm flattened barns near Lebanon, a small city east of Nashville, on Tuesday.",
			names: []labelled{{"Lebanon", model.GPE}, {"Nashville", model.GPE}},
			name:  "Lebanon", cc: "US"},
		{about: "a country's superlative direction is a place, not an office",
			text:  "Floods forced thousands from their homes in Chile's southernmost region.",
			names: []labelled{{"Chile", model.GPE}},
			name:  "Chile", cc: "CL"},
		{about: "Greater X is the metropolitan area of the city X",
			text:  "Power cuts hit much of Greater Cairo on Monday, Egypt's electricity ministry said.",
			names: []labelled{{"Greater Cairo", model.GPE}, {"Egypt", model.GPE}},
			name:  "Greater Cairo", cc: "EG", lat: 30.04, lon: 31.24},
		{about: "a town known by the name only as an alternate, in the division its sentence names",
			text:  "Washington offered help. In the northern province of Esmeraldas, gunmen attacked a clinic in the town of San Lorenzo.",
			names: []labelled{{"Washington", model.GPE}, {"Esmeraldas", model.GPE}, {"San Lorenzo", model.GPE}},
			name:  "San Lorenzo", cc: "EC"},
		{about: "the Highlands: the mean of the country's direction-named divisions",
			text:  "Papua New Guinea police said tribal fighting had spread across the Highlands. Police in Papua New Guinea sent more officers to Mendi.",
			names: []labelled{{"Papua New Guinea", model.GPE}, {"Highlands", model.GPE}, {"Papua New Guinea", model.GPE}, {"Mendi", model.GPE}},
			name:  "Highlands", cc: "PG", lat: -6.0, lon: 144.3},
		{about: "names listed before 'rivers' are rivers, not towns so named far away",
			text:  "PORTO ALEGRE, Brazil (Reuters) - Heavy rain pushed the Cai and Jacuí rivers over their banks near Porto Alegre on Tuesday.",
			names: []labelled{{"PORTO ALEGRE", model.GPE}, {"Brazil", model.GPE}, {"Cai", model.GPE}, {"Jacuí", model.GPE}, {"Porto Alegre", model.GPE}},
			name:  "Jacuí", cc: "BR", lat: -30.0, lon: -51.2},
		{about: "the city's X airport lies in the city named before it",
			text:  "Floods reached Porto Alegre on Friday. The city's Salgado Filho airport closed its runway.",
			names: []labelled{{"Porto Alegre", model.GPE}, {"Salgado Filho", model.GPE}},
			name:  "Salgado Filho", cc: "BR", lat: -30.0, lon: -51.2},
		{about: "a district of the dateline's city, not a namesake abroad",
			text:  "BUENOS AIRES (Reuters) - Argentina's central bank raised rates on Monday.\nTraders gathered at a cafe in the Palermo district after the announcement.",
			names: []labelled{{"BUENOS AIRES", model.GPE}, {"Argentina", model.GPE}, {"Palermo", model.GPE}},
			name:  "Palermo", cc: "AR", lat: -34.6, lon: -58.4},
		{about: "a capital The the tagger left out of the name",
			text:  "The court in The Hague ruled on Tuesday that the seizure was unlawful.",
			names: []labelled{{"Hague", model.GPE}},
			name:  "Hague", cc: "NL"},
		{about: "PNG is Papua New Guinea",
			text:  "Australia sent forty police officers to PNG after the riots.",
			names: []labelled{{"Australia", model.GPE}, {"PNG", model.GPE}},
			name:  "PNG", cc: "PG", feature: "country"},
		{about: "the Canaries are the Canary Islands",
			text:  "Two boats carrying migrants from Mauritania reached the Canaries overnight, Spain's coastguard said.",
			names: []labelled{{"Mauritania", model.GPE}, {"Canaries", model.GPE}, {"Spain", model.GPE}},
			name:  "Canaries", cc: "ES"},
	})
}
