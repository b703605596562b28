package store

import (
	"fmt"
	"testing"
	"time"
)

// dayNumberRef is DayNumber as it was written first, through package time.
func dayNumberRef(s string) (int, bool) {
	if len(s) != 10 {
		return 0, false
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, false
	}
	return int(t.Unix() / 86400), true
}

func TestDayNumberMatchesTime(t *testing.T) {
	check := func(s string) {
		n, ok := DayNumber(s)
		wn, wok := dayNumberRef(s)
		if n != wn || ok != wok {
			t.Fatalf("DayNumber(%q) = %d, %v; time.Parse gives %d, %v", s, n, ok, wn, wok)
		}
	}
	// Every day (and the invalid days and months around them) of years across the range.
	for _, y := range []int{0, 1, 3, 4, 99, 100, 399, 400, 401, 1582, 1899, 1900, 1969, 1970, 1971, 1999, 2000,
		2023, 2024, 2025, 2026, 2100, 2400, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				check(fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
	for y := 0; y <= 9999; y += 7 {
		check(fmt.Sprintf("%04d-02-29", y))
		check(fmt.Sprintf("%04d-12-31", y))
	}
	for _, s := range []string{"", "2024-1-01", "2024/01/01", "2024-01-1x", "+024-01-01", "-024-01-01", "2024-01-0 ",
		" 024-01-01", "2024-0a-01", "20240-01-0", "2024--01-01", "２０２４-01-01", "2024-01-01T", "0000-00-00"} {
		check(s)
	}
}

func FuzzDayNumber(f *testing.F) {
	for _, s := range []string{"2024-02-29", "2023-02-29", "1969-12-31", "0000-01-01", "9999-12-31", "2024-13-01", "abcd-ef-gh"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := DayNumber(s)
		wn, wok := dayNumberRef(s)
		if n != wn || ok != wok {
			t.Fatalf("DayNumber(%q) = %d, %v; time.Parse gives %d, %v", s, n, ok, wn, wok)
		}
	})
}
