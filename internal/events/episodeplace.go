package events

import (
	"math"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

// Places of an episode (session 4; cases in session4_test.go). A news story tells one episode
// over several sentences, and names its scene once: the lede often names only the region or
// nothing (the dateline then stands in), the next sentence the village. An act whose place is
// only a fallback (the country, or the dateline town the reporter files from) takes the town
// named for the same episode:
//
//   - a lede act at the dateline (or the country) takes the own place of the first act of its
//     type in the next two sentences that names one in the same country, on the same day or
//     with no day of its own ("Separatists ambushed a convoy …, killing three. The attackers
//     opened fire on three vehicles near Ndop …");
//   - any other act with only a country takes the own town of the last material act of the
//     sentence before in the same paragraph, when both are dated alike and the sentence does
//     not open another event ("Later", "Separately", "In another attack").
//
// A place named in the sentence always beats both; the dateline stays the last fallback.

// fallbackOnly: c's place is a fallback of the country or of the dateline, not words of its
// sentence naming a town.
func (x *extractor) fallbackOnly(c *cand) bool {
	if c.place == nil {
		return true
	}
	if !c.placeFallback {
		return c.place.Geo.Feature == "country"
	}
	if c.place.Geo.Feature == "country" {
		return true
	}
	return x.dateline != nil && strings.EqualFold(c.place.Geo.Name, x.dateline.Geo.Name)
}

// ownTown: p's place is named by words of its sentence, below the country.
func ownTown(p *cand) bool {
	return p.place != nil && !p.placeFallback && p.place.Geo.Country != "" && p.place.Geo.Feature != "country"
}

func sameDay(p, c *cand) bool {
	return !c.dateSet || !p.dateSet || p.date.Value == c.date.Value
}

// sameParagraph: no blank line (nor line break) between sentences a and b (a before b).
func (x *extractor) sameParagraph(a, b *sent) bool {
	if a.end > b.start {
		return a == b
	}
	return !strings.Contains(x.text[a.end:b.start], "\n")
}

func (x *extractor) episodePlaces(all []*cand) {
	lede := -1 // the first sentence of the body with a material act
	for _, c := range all {
		if materialTypes[c.typ] && c.modality == "asserted" && !c.background && !c.s.headline && (lede < 0 || c.s.idx < lede) {
			lede = c.s.idx
		}
	}
	for _, c := range all {
		if !materialTypes[c.typ] || c.modality != "asserted" || c.background || c.s.headline {
			continue
		}
		// a lede placed only at a wide area ("in the hills above Lake Tanganyika", "a village in
		// the Cal Miskaad mountains") takes the town the next sentences name, like one at the
		// dateline
		wide := (wideArea(c) || x.namedProvince(c)) && c.s.idx == lede || x.unnamedSettlement(c)
		if !wide && !x.fallbackOnly(c) {
			continue
		}
		cc := ""
		if c.place != nil {
			cc = c.place.Geo.Country
		}
		var from *cand
		if x.datelineSent != nil && c.s == x.datelineSent || c.s.idx <= x.firstBody()+1 && (c.place == nil || c.placeFallback) || wide {
			// the lede: the next sentences of the episode name the scene
			for _, p := range all {
				if p.s.idx <= c.s.idx || p.s.idx > c.s.idx+2 {
					continue
				}
				if p.typ != c.typ || p.background || p.modality != "asserted" || !ownTown(p) || !sameDay(p, c) || opensNewEvent(p.s) {
					continue
				}
				if cc != "" && p.place.Geo.Country != cc || wide && p.place.Geo.Precision > 2 && !x.unnamedSettlement(c) {
					// (the village a lede placed "in a village in X district" is the one named
					// next, even one the gazetteer does not know)
					continue
				}
				from = p
				break
			}
		}
		if wide {
			if from != nil {
				// (the settlement the lede left unnamed is named by the text: no fallback, it
				// outranks the district a headline gives)
				q := *from.place
				c.place, c.placeFallback = &q, !x.unnamedSettlement(c)
			}
			continue
		}
		if from == nil && !opensNewEvent(c.s) && c.s.idx > 0 {
			for i := len(all) - 1; i >= 0; i-- {
				p := all[i]
				if p.s.idx >= c.s.idx {
					continue
				}
				if p.s.idx < c.s.idx-1 {
					break
				}
				if !materialTypes[p.typ] || p.background || p.modality != "asserted" || !ownTown(p) || !sameDay(p, c) || !x.sameParagraph(p.s, c.s) {
					continue
				}
				if cc != "" && p.place.Geo.Country != cc {
					continue
				}
				from = p
				break
			}
		}
		if from == nil && !opensNewEvent(c.s) && c.s.idx > 0 && (c.place == nil || c.place.Geo.Feature == "country") {
			// a later paragraph of the same story that names no town: the scene last named, a
			// few sentences up ("… fired tear gas at protesters in Novi Sad late on Sunday. …
			// But in the evening several thousand people marched to the party's headquarters")
			for i := len(all) - 1; i >= 0; i-- {
				p := all[i]
				if p.s.idx >= c.s.idx {
					continue
				}
				if p.s.idx < c.s.idx-episodeReach {
					break
				}
				if !materialTypes[p.typ] || p.background || p.modality != "asserted" || p.place == nil || p.place.Geo.Feature == "country" {
					continue
				}
				if !x.fallbackOnly(p) && p.place.Geo.Country != "" && (sameDay(p, c) || p.dateSet && p.date.Precision == "day" && c.date.Value == addDays(p.date.Value, 1)) && (cc == "" || p.place.Geo.Country == cc) {
					// (or the next day: "31 people had been detained", the minister said on Monday)
					from = p
				}
				break // (the last place told is the scene, whatever its kind)
			}
		}
		if from == nil || c.place != nil && c.place.Geo.Feature != "country" && (from.place.Geo.Approximate && !farTownNamed(from.s, c.place.Geo) || nearKm(c.place.Geo, from.place.Geo, 20)) {
			continue // "New Baneshwor" in a story filed from Kathmandu: the city stands
		}
		q := *from.place
		c.place, c.placeFallback = &q, true
	}
}

// episodeReach is how many sentences back a story's scene still places an act that names none.
const episodeReach = 4

// wideArea: c is placed by words of its sentence at an area wider than a town, a natural
// feature ("Lake Tanganyika", "the Cal Miskaad mountains"), not a country.
func wideArea(c *cand) bool {
	return c.place != nil && !c.placeFallback && c.place.Geo.Country != "" && c.place.Geo.Feature == "other" && wideGeo(c.place.Geo)
}

// namedProvince: c is placed by words of its sentence at a province the text calls one ("in
// the western Mexican state of Michoacán", "in Cabo Delgado province").
func (x *extractor) namedProvince(c *cand) bool {
	if c.place == nil || c.placeFallback || c.place.Geo.Feature != "admin1" || c.place.Geo.Country == "" {
		return false
	}
	before := strings.ToLower(x.text[max(0, c.place.Start-16):c.place.Start])
	after := strings.ToLower(x.text[c.place.End:min(len(x.text), c.place.End+14)])
	for _, n := range []string{"state", "province", "region", "governorate", "department", "county"} {
		if strings.HasSuffix(before, " "+n+" of ") || strings.HasPrefix(after, " "+n) {
			return true
		}
	}
	return false
}

// unnamedSettlement: c is placed at the area around an unnamed settlement ("a raid on a
// village in Muidumbe district", "attacked a town in Borno state"): the next sentences name it.
func (x *extractor) unnamedSettlement(c *cand) bool {
	if c.place == nil || c.placeFallback || c.place.Geo.Country == "" || c.place.Geo.Feature == "city" {
		return false
	}
	before := strings.ToLower(x.text[max(0, c.place.Start-24):c.place.Start])
	for _, n := range []string{"a village in ", "a town in ", "a camp in ", "a hamlet in ", "a settlement in ", "a community in ", "a village in the ", "a town in the "} {
		if strings.HasSuffix(before, n) {
			return true
		}
	}
	return false
}

// wideGeo: g is a country, a province or region, or a natural feature wider than a town.
func wideGeo(g model.Geo) bool {
	switch g.Feature {
	case "country", "admin1", "region":
		return true
	case "other":
		if g.Precision < 3 {
			return false
		}
		for _, w := range strings.Fields(strings.ToLower(g.Name)) {
			if naturalFeatureWords[w] {
				return true
			}
		}
	}
	return false
}

// naturalFeatureWords name an area of land or water, not a settlement.
var naturalFeatureWords = set("lake mountains mountain hills valley plain plains plateau forest river coast desert basin delta highlands region")

// frontedPlace: c's sentence opens with its place, "In Kikuyu, a crowd …": a new scene, even
// for a town near the last one.
func frontedPlace(c *cand) bool {
	st := c.s
	return len(st.toks) > 3 && st.toks[0].low == "in" && st.toks[1].start == c.place.Start && c.place.Start < c.place.End && st.toks[c.ti].start > c.place.End
}

// firstBody is the index of the first sentence that is not a headline.
func (x *extractor) firstBody() int {
	for _, st := range x.sents {
		if !st.headline {
			return st.idx
		}
	}
	return 0
}

// nearKm: both places have coordinates and lie within km of each other.
func nearKm(a, b model.Geo, km float64) bool {
	if a.Lat == 0 && a.Lon == 0 || b.Lat == 0 && b.Lon == 0 {
		return false
	}
	const r = 6371.0
	la1, la2 := a.Lat*math.Pi/180, b.Lat*math.Pi/180
	dla, dlo := la2-la1, (b.Lon-a.Lon)*math.Pi/180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2*r*math.Asin(math.Sqrt(h)) <= km
}

// elaboration: c, in the sentence right after p's last mention, retells p's fight at the same
// town on the same day; one calls it a clash (armed victims), the other an attack (on
// vehicles): "Separatists ambushed a convoy …, killing two gendarmes. The attackers opened
// fire on three vehicles near Ndop …".
func elaboration(p, c *cand) bool {
	direct := func(a string) bool { return a == "clash" || a == "attack" || a == "abduct" }
	// (a raid that took hostages told again as the storming of the village: one raid)
	if !direct(p.acled) || !direct(c.acled) || c.s.idx-p.lastSent > 1 || c.s.idx <= p.s.idx || opensNewEvent(c.s) {
		return false
	}
	if p.place == nil || c.place == nil || !strings.EqualFold(p.place.Geo.Name, c.place.Geo.Name) || p.place.Geo.Feature == "country" || p.place.Geo.Feature == "admin1" || p.place.Geo.Feature == "region" {
		return false
	}
	return p.dateSet && c.dateSet && p.date.Value == c.date.Value && p.date.Precision == "day"
}

// distinctTowns: both acts are placed by words of their own sentences at two different towns
// (no country or region, no unresolved name), or at a province and a town outside it, more than 40 km apart ("near Damascus" may be a town 20 km out): two events,
// whatever else they share.
func distinctTowns(p, c *cand) bool {
	if p.place == nil || c.place == nil || p.placeFallback || c.placeFallback {
		return false
	}
	town := func(g model.Geo) bool {
		return (g.Feature == "city" || g.Feature == "admin2" || g.Feature == "other") && !g.Approximate && !(g.Lat == 0 && g.Lon == 0)
	}
	a, b := p.place.Geo, c.place.Geo
	if strings.EqualFold(a.Name, b.Name) || a.Country != b.Country {
		return false
	}
	natural := func(g model.Geo) bool { return g.Feature == "region" || g.Feature == "other" && wideGeo(g) }
	if (natural(a) || natural(b)) && p.typ == "ASSAULT" && c.typ == "ASSAULT" {
		return false // "an ambush … in the Highlands" told again "in the Tsak Valley, near Wapenamanda"
	}
	if town(a) && town(b) {
		return !nearKm(a, b, 40) || frontedPlace(c) || frontedPlace(p)
	}
	// a province and a town outside it ("in Gao" … "near Mopti")
	prov := func(g model.Geo) bool { return g.Feature == "admin1" && g.Admin1 != "" && !g.Approximate }
	if prov(a) && town(b) && b.Admin1 != "" {
		return !strings.EqualFold(a.Admin1, b.Admin1)
	}
	if prov(b) && town(a) && a.Admin1 != "" {
		return !strings.EqualFold(b.Admin1, a.Admin1)
	}
	return false
}

// Per-place events (ACLED codes one event per location). Beyond "in A and in B":
//
//   - "four people were killed in Maputo and two in Nampula": each place has its own count;
//     the clone for B takes B's number;
//   - "protested in Maputo and Nampula", "clashes in A and B": a demonstration or a clash in
//     a coordinated list of towns (not provinces) is one event per town. Other violence told
//     over "A and B" with one total stays one event: its toll cannot be shared out.

// countedPlace: after place arg ai, "and <number> [word] <prep> B" — B's arg and the number.
func countedPlace(st *sent, ai int) (int, int, bool) {
	a := st.args[ai]
	k := a.e
	if k < len(st.toks) && placeNouns[st.toks[k].low] {
		k++ // "in India's Poonch district and one in …"
	}
	if k+3 >= len(st.toks) || st.toks[k].low != "and" || !isNumberTok(st.toks[k+1].low) {
		return -1, 0, false
	}
	v, ok := numberValue(st.toks[k+1].low)
	if !ok {
		return -1, 0, false
	}
	m := k + 2
	if m < len(st.toks) && !locPreps[st.toks[m].low] {
		if ok, _ := victimNoun(st.toks[m].low); ok || st.toks[m].low == "more" || st.toks[m].low == "others" {
			m++
		}
	}
	if m+1 >= len(st.toks) || !locPreps[st.toks[m].low] {
		return -1, 0, false
	}
	m++
	for m < len(st.toks) && determiners[st.toks[m].low] {
		m++
	}
	if m >= len(st.toks) || st.toks[m].arg < 0 || st.toks[m].arg == ai {
		return -1, 0, false
	}
	b := st.args[st.toks[m].arg]
	if b.place == nil || b.isActor || b.place.Geo.Feature == "country" {
		return -1, 0, false
	}
	return st.toks[m].arg, v, true
}

// countBefore: the number right before the place arg ai's preposition ("four people in
// Maputo"), looking back at most four tokens.
func countBefore(st *sent, ai int) (int, bool) {
	s := st.args[ai].s
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		if isNumberTok(st.toks[k].low) {
			return numberValue(st.toks[k].low)
		}
		if st.toks[k].low == "," || st.toks[k].low == "and" {
			return 0, false
		}
	}
	return 0, false
}

// listedTowns: towns joined to place arg ai by a bare "and" or commas ("in Maputo and
// Nampula", "in Beira, Quelimane and Tete"), each a town of the country, none a province.
func listedTowns(st *sent, ai int) []int {
	town := func(a arg) bool {
		if a.place == nil || a.isActor {
			return false
		}
		f := a.place.Geo.Feature
		return f == "city" || f == "admin2" || f == "other" && !a.place.Geo.Approximate
	}
	if !town(st.args[ai]) {
		return nil
	}
	var out []int
	k := st.args[ai].e
	for k+1 < len(st.toks) {
		sep := st.toks[k].low
		if sep != "and" && sep != "," {
			break
		}
		n := st.toks[k+1].arg
		if n < 0 || n == ai || st.args[n].s != k+1 || !town(st.args[n]) || st.args[n].place.Geo.Country != st.args[ai].place.Geo.Country {
			break
		}
		out = append(out, n)
		k = st.args[n].e
		if sep == "and" {
			break
		}
	}
	return out
}

// protestOrClash: demonstrations, riots and armed clashes (verbs or nouns).
func protestOrClash(c *cand) bool {
	return c.typ == "PROTEST" || c.typ == "ASSAULT" && c.acled == "clash" && c.noun
}

// crowdWords name an unorganised crowd that can be a protest's source.
var crowdWords = set("thousands hundreds dozens crowds crowd demonstrators protesters marchers residents youths students villagers")

// crowdSource: a demonstration with no named organiser is made by the crowd its clause names
// ("Thousands took to the streets", "crowds filled the square", "hundreds marched"), else by
// unnamed protesters of the place's country, as ACLED codes it ("Protesters (Mozambique)").
func (x *extractor) crowdSource(c *cand) {
	if c.typ != "PROTEST" || c.modality != "asserted" {
		return
	}
	st := c.s
	cc := ""
	if c.place != nil {
		cc = c.place.Geo.Country
	}
	g := st.toks[c.ti].group
	for i := range st.toks {
		t := &st.toks[i]
		if !crowdWords[t.low] || t.group != g || i > c.ti+1 && !c.noun {
			continue // (the subject of a verb comes before it)
		}
		if i+1 < len(st.toks) && (st.toks[i+1].low == "of" && !(i+2 < len(st.toks) && crowdWords[st.toks[i+2].low] || i+2 < len(st.toks) && st.toks[i+2].low == "people")) {
			continue // "hundreds of metres", "dozens of shops"
		}
		if i > 0 && (st.toks[i-1].low == "the" || st.toks[i-1].low == "by") && (t.low == "thousands" || t.low == "hundreds") {
			continue
		}
		c.sources = []model.Actor{{Text: x.text[t.start:t.end], Name: "Protesters", Kind: "CVL", Country: cc}}
		return
	}
	if c.noun && (st.toks[c.ti].lem == "protest" || st.toks[c.ti].lem == "demonstration" || st.toks[c.ti].lem == "rally" || st.toks[c.ti].lem == "march") {
		c.sources = []model.Actor{{Text: "protesters", Name: "Protesters", Kind: "CVL", Country: cc}}
	}
}

// appositionHost: place arg b only locates another place named just before it, "A, a(n)
// <place noun> near/in/north of (the town of) B" ("Kaiga Kindjiria, an island near the town of
// Baga Sola", "Tchoma Bangou, a farming village north of Ouallam", "Kukawa, a village 30 km
// from Maiduguri"): A, the most specific place, is where the act happened. -1 when none.
func appositionHost(st *sent, b int) int {
	s := st.args[b].s
	noun, rel := false, false
	k := s - 1
	for ; k >= 0 && k >= s-12; k-- {
		l := st.toks[k].low
		if l == "a" || l == "an" {
			break
		}
		switch {
		case placeNouns[l]:
			noun = true
		case l == "near" || l == "outside" || l == "in" || l == "of" || l == "from" || l == "close" || l == "to":
			rel = true
		case determiners[l] || directionWords[l] || isNumberTok(l) || compassWords[l] || l == "km" || l == "kilometres" || l == "kilometers" || l == "miles" || l == "about" || l == "some" || l == "(" || l == ")":
		case st.toks[k].arg >= 0 || l == "," || verbish(st.toks[k]):
			return -1
		default:
			if isCap(st.toks[k].text) {
				return -1
			}
			// a modifier: "farming", "small", "fishing"
		}
	}
	if k < 2 || !noun || !rel || st.toks[k-1].low != "," {
		return -1
	}
	a := st.toks[k-2].arg
	if a < 0 || a == b || st.args[a].e != k-1 {
		return -1
	}
	if st.args[a].place == nil {
		// a name the geo stage left unplaced, no actor of the knowledge base
		if aa := st.args[a]; aa.actor.Actor != "" || aa.kind != "" || aa.pron || aa.norp || aa.generic || !isCap(st.toks[aa.s].text) {
			return -1
		}
		return a
	}
	if f := st.args[a].place.Geo.Feature; f == "country" || f == "admin1" || f == "region" {
		return -1
	}
	return a
}

// compassWords: directions of a distance ("30 km north of").
var compassWords = set("north south east west northeast northwest southeast southwest north-east north-west south-east south-west northern southern eastern western")

// argIsSource: place arg a names one of c's sources.
func argIsSource(st *sent, a int, c *cand) bool {
	for _, s := range c.sources {
		if s.Text == st.args[a].actor.Text {
			return true
		}
	}
	return false
}

// eveningBefore: the last day timex of the sentence before st in its paragraph, when it lies
// before the reference day; "" otherwise.
func (x *extractor) eveningBefore(st *sent) string {
	if st.idx == 0 || len(x.a.Ref) < 10 {
		return ""
	}
	var prev *sent
	for _, s := range x.sents {
		if s.idx == st.idx-1 {
			prev = s
		}
	}
	if prev == nil || prev.headline || !x.sameParagraph(prev, st) {
		return ""
	}
	v := ""
	for _, tx := range prev.timexes {
		if tx.Precision == "day" && len(tx.Value) == 10 && tx.Value < x.a.Ref[:10] && !isRelPhrase(prev, tx) {
			v = tx.Value
		}
	}
	return v
}

// lastWeekDay: "on Thursday last week", "Monday last week": the weekday of the week before
// the reference day's week (the timex stage gives the week, or this week's day).
func (x *extractor) lastWeekDay(c *cand) {
	if !c.dateSet || len(x.a.Ref) < 10 {
		return
	}
	st := c.s
	for k := 0; k+2 < len(st.toks); k++ {
		wd, ok := weekdays[st.toks[k].low]
		if !ok || st.toks[k+1].low != "last" || st.toks[k+2].low != "week" {
			continue
		}
		if st.toks[c.ti].group != st.toks[k].group {
			continue
		}
		if !strings.EqualFold(c.date.Text, st.toks[k].text) && !strings.Contains(strings.ToLower(c.date.Text), "last week") && c.date.Precision != "week" {
			continue
		}
		ref, err := time.Parse("2006-01-02", x.a.Ref[:10])
		if err != nil {
			return
		}
		// Monday-based weeks: back to this week's Monday, one week back, then the day
		off := (int(ref.Weekday()) + 6) % 7
		mon := ref.AddDate(0, 0, -off-7)
		d := mon.AddDate(0, 0, (wd+6)%7)
		c.date = model.Date{Value: d.Format("2006-01-02"), Precision: "day", Text: st.toks[k].text + " last week"}
		return
	}
}

// farTownNamed: sentence st names a known town more than 40 km from g ("near the village of
// Bezere, about 25 km west of Bocaranga" in a story filed from Bangui): an unknown place
// named beside it lies far from g too.
func farTownNamed(st *sent, g model.Geo) bool {
	for _, a := range st.args {
		if a.place == nil || a.isActor && a.place == nil {
			continue
		}
		p := a.place.Geo
		if p.Approximate || p.Feature == "country" || p.Feature == "admin1" || p.Feature == "region" {
			continue
		}
		if (p.Lat != 0 || p.Lon != 0) && (g.Lat != 0 || g.Lon != 0) && !nearKm(p, g, 40) {
			return true
		}
	}
	return false
}
