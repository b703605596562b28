package events_test

import (
	"testing"
)

// TestProtestRules runs agency-style sentences (written for this test) through the whole
// pipeline: crowds gathering, blocking and stoning are protests and riots, labour strikes are
// told in many ways, and the other senses of protest words yield no PROTEST event.
func TestProtestRules(t *testing.T) {
	cases := []struct {
		text  string
		mode  string // wanted PROTEST mode; "" = no PROTEST event at all
		acled string // wanted ACLED sub-event type of that event, "" = any
	}{
		{"About 30 activists gathered outside the magistrate's court in Polokwane on Monday, holding placards.", "demo", "Peaceful protest"},
		{"Around 100 farmers protested outside the ministers' meeting, which came six months after the last aid package.", "demo", ""},
		{"Members of the Marikana community staged a protest at the Pietermaritzburg High Court on Thursday.", "demo", ""},
		{"Angry residents threw stones at passing motorists in Soshanguve on Wednesday, police said.", "riot", "Violent demonstration"},
		{"Residents blockaded roads with burning tyres in Ga-Rankuwa on Monday, demanding better housing.", "obstruct", "Violent demonstration"},
		{"About 500 singing students were blocking the gate of the campus in Mankweng on Thursday.", "obstruct", ""},
		{"The university has four campuses. As the protest entered its second day, the SRC said students would not return to class.", "demo", ""},
		{"Mine workers in Rustenburg downed tools on Monday over unpaid bonuses.", "strike", ""},
		{"About 200 bus drivers in Pretoria stopped reporting for duty on Monday over a pay dispute.", "strike", ""},
		{"A taxi strike brought Johannesburg to a standstill on Wednesday.", "strike", ""},
		{"Bus operators and the department have been locked in a pay dispute for weeks. The strike left 40,000 pupils stranded in Tshwane on Tuesday, the union said.", "strike", ""},
		{"Nurses at the Chris Hani Baragwanath hospital began a go-slow on Monday.", "strike", ""},
		{"Hundreds of demonstrators massed outside parliament in Harare on Tuesday, chanting slogans against the government.", "demo", ""},
		{"Angry residents waved placards reading \"Hands off our land\" outside the municipal offices in Mahikeng on Monday.", "demo", ""},
		{"Police were called to the township on Monday. The protest over housing started around 6am, a spokesman said.", "demo", ""},
		// not protests
		{"Oil prices extended a rally in New York on Monday as the dollar weakened.", "", ""},
		{"The candidate rallied the crowd at an election rally in Soweto on Sunday.", "", ""},
		{"Opposition parties should rally together to remove the ruling party from power, he said.", "", ""},
		{"The results, released in March, demonstrated that the economy was growing.", "", ""},
		{"The minister said the country had demonstrated its commitment to the rule of law.", "", ""},
		{"An air strike on a convoy near Aleppo killed 12 people on Monday.", "", ""},
		{"On education, the minister said teachers' right to strike was guaranteed.", "", ""},
		{"Kuwait recalled its ambassador from Tehran on Tuesday in protest at the attack on the embassy.", "", ""},
		{"Western governments, protesting the crackdown on the media, demanded reforms on Monday.", "", ""},
		{"Ministers from the 28 member states gathered in Brussels on Monday to discuss the crisis.", "", ""},
		{"Ninety people who were gathered for the concert died in the attack.", "", ""},
		{"Rescuers pulled three survivors from the rubble of the apartment block in Dnipro on Sunday.", "", ""},
		{"A protest would achieve nothing, the mayor said on Monday.", "", ""},
		{"The spokesman denounced the letter as a tool of the opposition in a political fight.", "", ""},
	}
	for _, tc := range cases {
		docs := run(t, tc.text, "2016-05-10")
		var got []string
		found := false
		for _, d := range docs {
			for _, e := range d.Events {
				if e.Type != "PROTEST" || e.Background {
					continue
				}
				got = append(got, e.Mode+"/"+e.ACLED.SubEventType)
				if e.Mode == tc.mode && (tc.acled == "" || e.ACLED.SubEventType == tc.acled) {
					found = true
				}
			}
		}
		switch {
		case tc.mode == "" && len(got) > 0:
			t.Errorf("%q: want no PROTEST, got %v", tc.text, got)
		case tc.mode != "" && !found:
			t.Errorf("%q: want PROTEST %s %s, got %v", tc.text, tc.mode, tc.acled, got)
		}
	}
}
