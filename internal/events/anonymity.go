package events

// anonymityRequests are the words after "asked/requested not to be" that make the request the
// reporter's formula for an unnamed source ("a health worker, who asked not to be named, said
// …"), no political request.
var anonymityRequests = map[string]bool{"named": true, "identified": true, "quoted": true, "identify": true, "name": true}

// anonymityRequest: "asked not to be named/identified", "requested anonymity" and "asked for
// anonymity" describe the speaker of the sentence; they are no REQUEST event, and the toll the
// speaker gives stays a toll-only sentence that completes the act told before.
func anonymityRequest(st *sent, c *cand) bool {
	if c.typ != "REQUEST" || c.noun {
		return false
	}
	l := st.toks[c.ti].lem
	if l != "ask" && l != "request" {
		return false
	}
	n := len(st.toks)
	for j := c.ti + 1; j < n && j <= c.ti+4; j++ {
		w := st.toks[j].low
		if w == "anonymity" {
			return true
		}
		if w == "be" && j+1 < n && anonymityRequests[st.toks[j+1].low] {
			return true
		}
		if w == "," || w == "." || w == ";" {
			return false
		}
	}
	return false
}
