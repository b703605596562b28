package timex

import "testing"

// TestSharedAndAnaphoricYears covers the year a date takes from its neighbours: a month pair
// with one year ("July and August 2024"), a day-and-month with "that year" or "last year",
// "that month" closing a clause, month offsets counted from the month told last, and year
// ranges ("the 2020-2022 war").
func TestSharedAndAnaphoricYears(t *testing.T) {
	tests := []struct {
		in   string
		ref  string
		want []tx
	}{
		{"The uprising of July and August 2024 toppled her.", "2026-11-12",
			[]tx{{"July", "2024-07", Month, false}, {"August 2024", "2024-08", Month, false}}},
		{"A strike called in September and October 2025 failed.", "2026-10-20",
			[]tx{{"September", "2025-09", Month, false}, {"October 2025", "2025-10", Month, false}}},
		{"Blockades between October and November 2024 lasted 24 days.", "2026-09-16",
			[]tx{{"October", "2024-10", Month, false}, {"November 2024", "2024-11", Month, false}}},
		{"They met on March 3 and April 5, 2019.", "2026-01-01",
			[]tx{{"March 3", "2019-03-03", Day, false}, {"April 5, 2019", "2019-04-05", Day, false}}},
		{"Floods from December to February 2024 killed 40.", "2026-01-01",
			[]tx{{"December", "2023-12", Month, false}, {"February 2024", "2024-02", Month, false}}},
		{"Talks ran from December 28 to January 3, 2025.", "2026-01-01",
			[]tx{{"December 28", "2024-12-28", Day, false}, {"January 3, 2025", "2025-01-03", Day, false}}},
		// no year after the pair: each month as before
		{"It rained in July and August.", "2026-11-12",
			[]tx{{"July", "2026-07", Month, true}, {"August", "2026-08", Month, true}}},
		{"The uprising came in July and August 2024. On August 4 that year, eight people were killed.", "2026-11-12",
			[]tx{{"July", "2024-07", Month, false}, {"August 2024", "2024-08", Month, false}, {"August 4 that year", "2024-08-04", Day, true}}},
		{"In 2018 a deal was signed. On 3 March the following year it collapsed.", "2026-11-12",
			[]tx{{"2018", "2018", Year, false}, {"3 March the following year", "2019-03-03", Day, true}}},
		{"On 4 October last year, police used water cannon.", "2026-10-06",
			[]tx{{"4 October last year", "2025-10-04", Day, true}}},
		{"On March 3 this year, they met.", "2026-10-06",
			[]tx{{"March 3 this year", "2026-03-03", Day, true}}},
		{"Fighting erupted in August 2023, and a state of emergency was declared in the region that month.", "2026-10-08",
			[]tx{{"August 2023", "2023-08", Month, false}, {"that month", "2023-08", Month, true}}},
		{"A deal was signed in February 2019. Three months later, its fighters killed 46 civilians.", "2026-09-15",
			[]tx{{"February 2019", "2019-02", Month, false}, {"Three months later", "2019-05", Month, true}}},
		// "said that month-" / "that year's": not times
		{"He said that year's harvest failed.", "2026-10-08", nil},
		{"They fought in the 2020-2022 civil war and in 2014-15.", "2026-10-08",
			[]tx{{"2020-2022", "2020", Year, false}, {"2014-15", "2014", Year, false}}},
		{"Scores of 2020-2010 and 1999-2100 are not ranges of years.", "2026-10-08", nil},
	}
	for _, tt := range tests {
		got := find(tt.in, tt.ref)
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %d dates %+v, want %d", tt.in, len(got), got, len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Text != w.Text || g.Value != w.Value || g.Precision != w.Prec || g.Relative != w.Rel {
				t.Errorf("%q #%d: got {%q %q %s %v}, want %+v", tt.in, i, g.Text, g.Value, g.Precision, g.Relative, w)
			}
		}
	}
}

// TestReportedEarlier: "N days earlier" inside reported speech in the past perfect counts
// from the report (its day when the sentence tells one), not from the last event told.
func TestReportedEarlier(t *testing.T) {
	tests := []struct {
		in   string
		want []tx
	}{
		{"Two farmers were killed on Tuesday, police said. The CTS also announced that it had arrested three men a day earlier.",
			[]tx{{"Tuesday", "2026-06-16", Day, true}, {"a day earlier", "2026-06-17", Day, true}}},
		{"Police said on Tuesday they had arrested him a day earlier.",
			[]tx{{"Tuesday", "2026-06-16", Day, true}, {"a day earlier", "2026-06-15", Day, true}}},
		{"He said the militants had attacked on Monday and fled two days later.",
			[]tx{{"Monday", "2026-06-15", Day, true}, {"two days later", "2026-06-17", Day, true}}},
		{"Two farmers were killed on Tuesday. A day earlier, a drone struck near the hospital.",
			[]tx{{"Tuesday", "2026-06-16", Day, true}, {"A day earlier", "2026-06-15", Day, true}}},
	}
	for _, tt := range tests {
		got := find(tt.in, "2026-06-18")
		if len(got) != len(tt.want) {
			t.Errorf("%q: got %+v", tt.in, got)
			continue
		}
		for i, w := range tt.want {
			if g := got[i]; g.Text != w.Text || g.Value != w.Value {
				t.Errorf("%q #%d: got %q=%s, want %q=%s", tt.in, i, g.Text, g.Value, w.Text, w.Value)
			}
		}
	}
}
