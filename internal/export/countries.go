package export

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Country is what the exports need to know about a country.
type Country struct {
	ISO3    string // ISO 3166-1 alpha-3 ("" when unknown)
	Numeric int    // ISO 3166-1 numeric (0 when unknown)
	Name    string // English name, in ACLED's spelling where it differs
	Region  string // ACLED region
}

// acledNames are ACLED's spellings where the CLDR English name differs.
var acledNames = map[string]string{
	"PS": "Palestine", "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "MM": "Myanmar",
	"CI": "Ivory Coast", "CV": "Cape Verde", "TL": "East Timor", "SZ": "eSwatini", "CZ": "Czech Republic",
	"TR": "Turkey", "BA": "Bosnia and Herzegovina", "MK": "North Macedonia", "HK": "China", "MO": "China",
	"VA": "Vatican City", "FM": "Micronesia", "KN": "Saint Kitts and Nevis", "VC": "Saint Vincent and the Grenadines",
	"GM": "Gambia", "BS": "Bahamas",
}

var regionCache sync.Map // alpha-2 -> Country

// CountryOf returns the country of an ISO alpha-2 code (the zero Country when unknown).
func CountryOf(alpha2 string) Country {
	alpha2 = strings.ToUpper(alpha2)
	if c, ok := regionCache.Load(alpha2); ok {
		return c.(Country)
	}
	c := lookupCountry(alpha2)
	regionCache.Store(alpha2, c)
	return c
}

func lookupCountry(alpha2 string) Country {
	if len(alpha2) != 2 {
		return Country{}
	}
	r, err := language.ParseRegion(alpha2)
	if err != nil || !r.IsCountry() {
		return Country{}
	}
	c := Country{ISO3: r.ISO3(), Numeric: r.M49(), Name: display.English.Regions().Name(r), Region: acledRegion(alpha2, r)}
	if n, ok := acledNames[alpha2]; ok {
		c.Name = n
	}
	if c.ISO3 == "ZZZ" {
		c.ISO3 = ""
	}
	return c
}

// acledRegion maps a country to ACLED's region through its UN M.49 subregion, with ACLED's
// own exceptions (Iran in the Middle East, the Caucasus with Central Asia, Cyprus in Europe).
func acledRegion(alpha2 string, r language.Region) string {
	switch alpha2 {
	case "IR":
		return "Middle East"
	case "AM", "AZ", "GE":
		return "Caucasus and Central Asia"
	case "CY":
		return "Europe"
	case "AF", "PK", "IN", "BD", "NP", "LK", "BT", "MV":
		return "South Asia"
	}
	for _, m := range []struct{ code, name string }{
		{"145", "Middle East"}, {"011", "Western Africa"}, {"017", "Middle Africa"}, {"014", "Eastern Africa"},
		{"018", "Southern Africa"}, {"015", "Northern Africa"}, {"034", "South Asia"}, {"035", "Southeast Asia"},
		{"030", "East Asia"}, {"143", "Caucasus and Central Asia"}, {"150", "Europe"}, {"013", "Central America"},
		{"005", "South America"}, {"029", "Caribbean"}, {"021", "North America"}, {"009", "Oceania"}, {"010", "Antarctica"},
	} {
		if language.MustParseRegion(m.code).Contains(r) {
			return m.name
		}
	}
	return ""
}
