package geo

import "strings"

// measureVerbs after a name say what was measured there: a temperature or a rainfall ("Montoro
// hits 46C", "Sylhet recorded 300 mm"), or, after a division or a town, any figure ("Kabardino-
// Balkaria reported 79 percent"). A place is measured; it does not act.
var measureVerbs = map[string]bool{
	"hits": true, "hit": true, "reaches": true, "reached": true, "tops": true, "topped": true,
	"records": true, "recorded": true, "sees": true, "saw": true, "logs": true, "logged": true,
	"registers": true, "registered": true, "reports": true, "reported": true, "sizzles": true,
	"swelters": true, "sweltered": true, "bakes": true, "baked": true,
}

// measureUnits after a number make it a temperature or an amount of rain or snow.
var measureUnits = map[string]bool{
	"degrees": true, "c": true, "f": true, "mm": true, "millimetres": true, "millimeters": true,
	"cm": true, "centimetres": true, "centimeters": true, "inches": true, "celsius": true, "fahrenheit": true,
}

// reportsMeasure20 reports a measure verb at token k (after auxiliaries and adverbs) and a
// number after it (up to two words on: "swelters at 48C") that a unit makes a temperature or a
// rainfall, or, when sub (a division or a town is the subject), any number.
func (r *resolver) reportsMeasure20(k, sent int, sub bool) bool {
	toks := r.toks
	if k = r.verbAfterAux(k, sent, measureVerbs); k < 0 {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3 && toks[j].sent == sent; j++ {
		if !toks[j].word {
			continue
		}
		w := r.low(j)
		if !toks[j].digit {
			if w == "at" || w == "a" || w == "about" || w == "nearly" || w == "almost" || w == "over" || w == "more" || w == "than" || w == "some" {
				continue
			}
			return false
		}
		// "46C", "46°C" (one token or two), "46 degrees", "300 mm"
		if unit := strings.TrimLeft(w, "0123456789.,"); unit != "" {
			return measureUnits[unit]
		}
		if n := j + 1; n < len(toks) && toks[n].sent == sent {
			if t := r.tokText(n); t == "°" || toks[n].word && measureUnits[r.low(n)] {
				return true
			}
		}
		return sub
	}
	return false
}
