package quantity

import "testing"

// TestPredicateAcrossAsides: the verb that says what happened to the counted people may come
// after an aside, a prepositional phrase, a relative clause, quotation marks or an adverb.
func TestPredicateAcrossAsides(t *testing.T) {
	tests := []struct {
		in      string
		text    string
		counts  string
		running bool
	}{
		{"Five civilians, including a local trader and his two children, were also killed, he said.", "Five", Killed, false},
		{"At least 78 people, including civilians, soldiers, police officers and rebels, had been killed in the conflict since January.", "At least 78", Killed, true},
		{"Four fighters of the Popular Mobilization Forces (PMF, or Hashd al-Shaabi) were killed and three others wounded.", "Four", Killed, false},
		{"Three employees of an international humanitarian organization were abducted on Saturday.", "Three", Kidnapped, false},
		{"He said 23 attackers had been \"neutralised\" and that 11 soldiers were wounded.", "23", Killed, false},
		{"The army had \"neutralised\" about 20 assailants in a pursuit operation.", "about 20", Killed, false},
		{"The ministry said 11 civilians had been \"cowardly murdered\" by \"terrorists\".", "11", Killed, false},
		{"RED-Tabara said its fighters had killed \"dozens\" of Burundian soldiers.", "dozens", Killed, false},
		{"At least six people were shot dead by police in Maputo.", "At least six", Killed, false},
		{"Three people were shot and killed.", "Three", Killed, false},
		{"Two men were hacked to death.", "Two", Killed, false},
		{"Five soldiers of the Frontier Corps (FC) were martyred when militants attacked a post.", "Five", Killed, false},
		{"Two men who tried to resist were shot dead, he said.", "Two", Killed, false},
		{"Two men who had killed a policeman were arrested.", "Two", Arrested, false},
		{"Decide said at least 31 people were treated in hospitals for gunshot wounds.", "at least 31", Injured, false},
		{"The hospital had received 46 wounded people, most of them civilians.", "46", Injured, false},
		{"Hamas killed about 1,200 people and took some 250 captive.", "some 250", Kidnapped, false},
		{"Mortar rounds hit houses, wounding five civilians, among them two children.", "two", Injured, false},
		{"One soldier suffered a gunshot wound to the arm.", "One", Injured, false},
		{"Two policemen sustained serious injuries.", "Two", Injured, false},
		{"Four men, all labourers from Punjab travelling to Karachi, were taken off a passenger bus and shot dead.", "Four", Killed, false},
		{"Twenty people, mostly women, were abducted.", "Twenty", Kidnapped, false},
		{"Two men were dragged out and beheaded.", "Two", Killed, false},
		{"Ten people who had been kidnapped were freed.", "Ten", Kidnapped, false},
		// no verb of harm after the phrase: nothing; a number inside another's "of" phrase
		{"Six members of two families were killed.", "two", "", false},
		{"Ten members of the group attacked a village.", "Ten", "", false},
		{"Police intercepted 20 drones.", "20", "", false},
	}
	for _, tt := range tests {
		var found bool
		for _, q := range find(tt.in) {
			if q.Text != tt.text {
				continue
			}
			found = true
			if q.Counts != tt.counts || q.RunningTotal != tt.running {
				t.Errorf("%q: %q counts %q running %v, want %q %v", tt.in, q.Text, q.Counts, q.RunningTotal, tt.counts, tt.running)
			}
		}
		if !found {
			t.Errorf("%q: no quantity %q in %+v", tt.in, tt.text, find(tt.in))
		}
	}
}

// TestYearRangeIsNoQuantity: "the 2020-2022 civil war" is a span of years, not 2020 of anything.
func TestYearRangeIsNoQuantity(t *testing.T) {
	if got := find("Fano fought alongside federal troops during the 2020-2022 civil war."); len(got) != 0 {
		t.Errorf("got %+v", got)
	}
}
