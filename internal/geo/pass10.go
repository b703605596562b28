package geo

// Rule 29 (session 10, helper pass2): a second pass over the towns, divisions and countries that
// the development articles left unplaced or placed abroad.
//
// (1) divisionPair: "the [Johor-Singapore] rail link", "the [Poland-Belarus] border": a hyphen
// pair before a route or border word is a route lying at its first town when the halves are
// towns ("the Gusau-Funtua road"), but when both halves are own names of countries or
// first-level divisions the span names two places (hyphenPair splits it); the whole was left
// unplaced, as no town holds a route between two states.
//
// (2) listedAbroad: "many came from Guangxi province, after raids around X and Dunkwa": an
// unknown name listed ("and", "or", a comma) with a placed town or division of another country
// than the division its sentence named before it takes its list partner's country
// (listPartner), not the division's.

// divisionPair reports whether the hyphen pair [ts, h) - [h+1, te) joins two own names of
// countries or first-level divisions.
func (r *resolver) divisionPair(ts, h, te int) bool {
	big := func(s, e int) bool {
		var m mention
		m.best = -1
		if !r.lookup(&m, s, e) || m.demonym {
			return false
		}
		for _, c := range m.cands {
			if f := r.g.places[c.p].feat; c.prim && (f == featCountry || f == featAdmin1) {
				return true
			}
		}
		return false
	}
	return big(r.toks[ts].s, r.toks[h-1].e) && big(r.toks[h+1].s, r.toks[te-1].e)
}

// listedAbroad reports whether unknown mention i is listed with a placed town or division (not
// a metonym, no direction) of a country other than dcc that supported accepts: the list
// partner's country then outranks a division of dcc named earlier in the sentence.
func (r *resolver) listedAbroad(i int, dcc [2]byte, supported func(j int, cc [2]byte) bool) bool {
	m := &r.ments[i]
	partner := func(j, a, b int) bool {
		if j < 0 || j >= len(r.ments) || b <= a || b-a > 3 {
			return false
		}
		o := &r.ments[j]
		if o.sent != m.sent || o.best < 0 || o.metonymy || o.dir != "" {
			return false
		}
		p := &r.g.places[o.cands[o.best].p]
		if p.feat == featCountry || p.feat == featRegion || p.cc == ([2]byte{}) || p.cc == dcc || !supported(j, p.cc) {
			return false
		}
		for k := a; k < b; k++ {
			if t := r.tokText(k); t != "," && t != "and" && t != "or" {
				return false
			}
		}
		return true
	}
	if i+1 < len(r.ments) && partner(i+1, m.te, r.tokAt(r.ments[i+1].ps)) {
		return true
	}
	return i > 0 && partner(i-1, r.ments[i-1].te, r.tokAt(m.ps))
}

// townSiteNouns after "the X" name a town's institution or site, never a river's ("near the
// Dajabón customs gate", "the X town hall", "the X mayor"): theRiver then adds no river reading.
var townSiteNouns = map[string]bool{
	"customs": true, "market": true, "mayor": true, "municipality": true, "town": true, "city": true,
	"airport": true, "hospital": true, "prison": true, "university": true, "police": true,
	"council": true, "mosque": true, "cathedral": true, "stadium": true, "municipal": true,
}

// townNounAfter reports a lower-case town noun as the word right after token te-1 (one space,
// same sentence).
func (r *resolver) townNounAfter(te int) bool {
	return te < len(r.toks) && r.toks[te].word && !r.toks[te].cap && r.toks[te].sent == r.toks[te-1].sent &&
		r.text[r.toks[te-1].e:r.toks[te].s] == " " && townSiteNouns[r.low(te)]
}
