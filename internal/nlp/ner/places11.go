package ner

import "github.com/sitrep-dev/sitrep/internal/model"

// places11 reads PERSON/ORG names that stand after a locative preposition and that the caller's
// gazetteer knows as a place: "fields at Camerton", "homes along the Derwent". It runs inside
// places10 (PostRules bit 1024).
func (c *ctxDoc) places11() {
	n := len(c.w)
	for x := 0; x < len(c.sp); x++ {
		sp := c.sp[x]
		if sp.dead || sp.fixed || sp.label != model.PERSON && sp.label != model.ORG {
			continue
		}
		a, b := sp.a, sp.b
		if b-a > 3 || a < 1 || !c.adj(a-1) {
			continue
		}
		prev := c.w[a-1]
		loc := barePreps11[prev] || prev == "the" && a >= 2 && c.adj(a-2) && alongPreps11[c.w[a-2]]
		if !loc {
			continue
		}
		if c.kindsRange(a, b)&(KFirstName|KPerson|KOrgName|KTitle|KDemonym|KStop) != 0 {
			continue
		}
		if b < n && c.adj(b-1) && (c.capTok(b) || c.w[b] == "'s" || c.w[b] == "(" || facNouns[c.w[b]] ||
			siteNouns10[c.w[b]] || orgNounAfter10(c.w[b])) {
			continue // "at Camerton School", "at Murray's"
		}
		if c.titleLine10(a) {
			continue
		}
		label, _ := c.knownLabel10(a, b)
		if label == "" {
			continue
		}
		c.set(a, b, label, false)
	}
}

// barePreps11 before a name say it is a place: barePreps10 and "at".
var barePreps11 = map[string]bool{"at": true, "in": true, "near": true, "outside": true, "around": true,
	"across": true, "via": true, "beyond": true, "towards": true, "toward": true, "into": true, "through": true}

// alongPreps11 before "the" + name say it is a river or area ("along the Derwent").
var alongPreps11 = map[string]bool{"along": true, "in": true, "on": true, "into": true, "across": true, "through": true, "beside": true, "up": true, "down": true}
