package geo

// Session 13 (rule 38): place uses of names that context read as actors. context flags a
// name before a verb ("Israel has warned") or before "'s" and a capitalised word ("Iran's Quds
// Force"); placeUse13 reads the grammar around such a name once more and clears the flag when
// the name is no acting subject: a member of a list that a preposition governs after a longer
// noun phrase, a name in apposition to a place noun, a subject of a verb that says what befell
// a place, or a possessive before a division's own name. It also flags a state before "'s" and
// the noun of its act ("Beijing's response"), which context leaves a place. Tested in
// meto13_test.go.

import "strings"

// placeUse13 clears the metonymy flag that context set on m when the words around the name say
// it is a place (deferred from context, so it sees every way context flags a name), and sets it
// on a state before "'s" and an act noun (actNounAfter13).
func (r *resolver) placeUse13(m *mention) {
	if m.te+2 >= len(r.toks) {
		return
	}
	j := m.te
	if !m.metonymy {
		if !r.toks[j].word && r.apos(j) && r.low(j+1) == "s" && r.actNounAfter13(m, j+2) {
			m.metonymy = true
		}
		return
	}
	if !r.toks[j].word && r.apos(j) {
		if j+2 < len(r.toks) && r.low(j+1) == "s" && r.possDivisionRun13(m, j+2) {
			m.metonymy, m.subjMet = false, false
		}
		return
	}
	if !m.subjMet {
		return
	}
	if r.apposPlace13(m) || r.listAfterNoun13(m) || r.befallVerb13(m) || r.worksName13(m) {
		m.metonymy, m.subjMet = false, false
	}
}

// apposPlaceNouns before a name in apposition make it a settlement or division ("the regional
// capital Maroua", "the port town Kismayo").
var apposPlaceNouns = map[string]bool{
	"capital": true, "city": true, "town": true, "port": true, "village": true, "hamlet": true,
	"province": true, "district": true, "county": true, "region": true, "island": true,
	"enclave": true, "suburb": true, "settlement": true, "municipality": true, "hub": true,
	"oasis": true, "resort": true,
}

// apposPlace13 reads a name in apposition to a place noun that a determiner or a possessive
// opens ("The regional capital Maroua has received …", "Zimbabwe's capital Harare faced …"):
// the phrase describes a place, and a place noun does not speak.
func (r *resolver) apposPlace13(m *mention) bool {
	toks := r.toks
	i := r.tokAt(m.ps) - 1
	if i < 1 || !toks[i].word || toks[i].cap || toks[i].sent != m.sent || !apposPlaceNouns[r.low(i)] {
		return false
	}
	// up to two adjectives between the determiner and the noun ("the regional capital", "the
	// northern port town")
	for k := i - 1; k >= 0 && k >= i-3 && toks[k].sent == m.sent; k-- {
		if !toks[k].word {
			return r.apos(k) // "Zimbabwe's capital"
		}
		switch r.low(k) {
		case "the", "a", "its", "their":
			return true
		case "s":
			return k > 0 && r.apos(k-1)
		}
		if toks[k].cap || metVerbs[r.low(k)] || auxVerbs[r.low(k)] {
			return false
		}
	}
	return false
}

// irregularPast are past tenses without "-ed" that end a clause's verb search: a list after
// "Talks took place in A and B" may be followed by a new clause.
var irregularPast = map[string]bool{
	"took": true, "went": true, "came": true, "met": true, "fought": true, "broke": true,
	"began": true, "ran": true, "rose": true, "fell": true, "saw": true, "gave": true, "made": true,
	"left": true, "held": true, "kept": true, "stood": true, "spoke": true, "flew": true,
	"drove": true, "won": true, "lost": true, "led": true, "brought": true, "spent": true,
	"grew": true, "got": true, "became": true, "shot": true, "put": true, "set": true, "cut": true,
	"are": true, "were": true, "be": true, "been": true, "do": true, "does": true, "did": true,
}

// listAfterNoun13 reads a name after "and"/"or" in a list that a place preposition governs,
// when everything between the start of the clause and the preposition is a noun phrase with no
// verb ("… said that prices of Thai goods in Mawlamyine and Yangon had doubled", "BISHKEK (Reuters)
// - Border guards in A and B detained …"): the noun phrase is the subject of the verb after the
// list, and the name is the object of the preposition. shortHead (frames.go) takes noun phrases
// of up to four words; this one takes up to eight, stopping at "that", "said", a comma or a
// spaced dash.
func (r *resolver) listAfterNoun13(m *mention) bool {
	toks := r.toks
	i := r.tokAt(m.ps) - 1
	if i < 1 || !toks[i].word || toks[i].sent != m.sent || (r.low(i) != "and" && r.low(i) != "or") {
		return false
	}
	k := r.listPrep(i, m.sent)
	if k < 0 {
		return false
	}
	n := 0
	for j := k - 1; j >= 0 && toks[j].sent == m.sent; j-- {
		if !toks[j].word {
			switch r.tokText(j) {
			case ",", ";", ":", "—", "–":
				return n > 0
			case "-":
				if j > 0 && toks[j-1].e < toks[j].s {
					return n > 0 // a spaced dash ("(Reuters) - Border guards in …")
				}
			}
			continue
		}
		w := r.low(j)
		if w == "that" || w == "said" || w == "says" {
			return n > 0
		}
		if n++; n > 8 || metVerbs[w] || auxVerbs[w] || irregularPast[w] || !toks[j].cap && strings.HasSuffix(w, "ed") {
			return false
		}
	}
	return n > 0
}

// befallVerbs after a name and an auxiliary say what became of a place, not what an actor did
// ("Timbuktu has lived under siege", "Sihanoukville must become the gateway", "prices … had
// risen"): a town or country is the scene of such a verb, not its agent.
var befallVerbs = map[string]bool{
	"become": true, "lived": true, "live": true, "risen": true, "rise": true, "fallen": true,
	"fall": true, "soared": true, "soar": true, "surged": true, "surge": true, "plunged": true,
	"plunge": true, "deteriorated": true, "deteriorate": true, "suffered": true, "suffer": true,
	"endured": true, "endure": true, "flooded": true, "flood": true, "recovering": true,
}

// amountVerbs say that an amount changed ("had doubled"); with an object after them
// ("X has doubled its troops") they are an actor's act.
var amountVerbs = map[string]bool{
	"doubled": true, "tripled": true, "trebled": true, "halved": true, "double": true,
	"triple": true, "halve": true,
}

// befallVerb13 reads the verb after a name and an auxiliary (adverbs skipped): a befallVerbs
// word, or an amountVerbs word with no object after it.
func (r *resolver) befallVerb13(m *mention) bool {
	toks := r.toks
	k := m.te
	for k < len(toks) && toks[k].word && toks[k].sent == m.sent && metSkip[r.low(k)] && !auxVerbs[r.low(k)] {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].sent != m.sent || !auxVerbs[r.low(k)] {
		return false
	}
	k++
	for k < len(toks) && toks[k].word && toks[k].sent == m.sent && (metSkip[r.low(k)] && !auxVerbs[r.low(k)] || r.low(k) == "be" || r.low(k) == "been") {
		k++
	}
	if k >= len(toks) || !toks[k].word || toks[k].sent != m.sent {
		return false
	}
	v := r.low(k)
	if befallVerbs[v] {
		return true
	}
	if !amountVerbs[v] {
		return false
	}
	if k+1 >= len(toks) || toks[k+1].sent != m.sent || !toks[k+1].word {
		return true // "… had doubled."
	}
	switch w := r.low(k + 1); w {
	case "its", "their", "the", "a", "an", "his", "her", "our", "spending", "funding", "aid":
		return false
	default:
		return !toks[k+1].digit && !toks[k+1].cap
	}
}

// possDivisionRun13 reads "Y's X of Z" after a country mention m (k: the first word after
// "'s"): an administrative word ("Republic", "Province", "Region", "State", "Oblast") followed by
// "of" and a capitalised name is a division of Y by its formal name ("Russia's Republic of
// Karelia", "Italy's Province of Bergamo"), a part of the country, not an organ of its state.
func (r *resolver) possDivisionRun13(m *mention, k int) bool {
	toks := r.toks
	if k+2 >= len(toks) || !toks[k].word || !toks[k].cap || toks[k].sent != m.sent {
		return false
	}
	if w := r.low(k); w != "republic" && w != "autonomous" && !adminWords[w] {
		return false
	}
	e := k + 1
	if r.low(k) == "autonomous" {
		if !toks[e].word || !toks[e].cap || !adminWords[r.low(e)] && r.low(e) != "republic" {
			return false
		}
		e++
	}
	return e+1 < len(toks) && toks[e].word && r.low(e) == "of" && toks[e+1].word && toks[e+1].cap && toks[e+1].sent == m.sent
}

// worksHeads end the names of roads, bridges and waters, which carry traffic and water but
// never speak or act ("the Queen's Bridge would close to traffic", "the Kariba Dam will spill").
// Airports, ports, plants and mines are left out: their operators speak by their names.
var worksHeads = map[string]bool{
	"bridge": true, "highway": true, "motorway": true, "expressway": true, "road": true,
	"tunnel": true, "river": true, "lake": true, "dam": true, "canal": true, "strait": true,
	"valley": true, "gorge": true, "pass": true, "mountains": true, "peninsula": true,
}

// worksName13 reads a name whose last word is a capitalised worksHeads word ("Queen's Bridge",
// "Trans-Sahara Highway"): a structure or a water, the scene of what the verb says.
func (r *resolver) worksName13(m *mention) bool {
	e := m.te - 1
	return e > m.ts && r.toks[e].word && r.toks[e].cap && worksHeads[r.low(e)]
}

// actNouns name what a state does or decides; "X's response" makes X the state acting.
var actNouns = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`response reaction decision resolve compliance neglect role bid
		relations policy policies position stance refusal demands offer plan plans efforts approach
		insistence pressure threats recognition withdrawal handling crackdown diplomacy strategy
		ambitions intervention involvement backing complicity commitment pledge proposal request
		rejection denial accusations veto attempt`) {
		actNouns[w] = true
	}
}

// actNounAfter13 reads "X's response", "X's swift response" after a country or a national
// capital m (k: the first word after "'s"): the noun of an act or a decision makes X the state
// that acts ("Beijing's response came within hours", "Georgia's bid to join the EU"); a division
// or a town is left alone (its council, not its name, acts).
func (r *resolver) actNounAfter13(m *mention, k int) bool {
	toks := r.toks
	if m.best < 0 || m.best >= len(m.cands) || r.subnational(m) || m.dateline != dlNone {
		return false
	}
	if f := r.g.places[m.cands[m.best].p].feat; f != featCountry && f != featCity {
		return false
	}
	for n := k; n < len(toks) && n < k+2 && toks[n].word && !toks[n].cap && toks[n].sent == m.sent; n++ {
		w := r.low(n)
		if actNouns[w] {
			return true
		}
		if geoNouns[w] || roleNouns[w] {
			return false
		}
	}
	return false
}
