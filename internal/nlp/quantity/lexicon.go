package quantity

// Counts field names.
const (
	Killed       = "killed"
	Injured      = "injured"
	Displaced    = "displaced"
	Arrested     = "arrested"
	Kidnapped    = "kidnapped"
	Munitions    = "munitions"
	Participants = "participants"
)

var units = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19,
}

var tens = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

var multipliers = map[string]int{
	"hundred": 100, "thousand": 1000, "million": 1000000, "billion": 1000000000,
}

// vague plurals: "dozens", "hundreds" and the figure they stand for.
var vaguePlurals = map[string]int{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2000000,
	"billions": 2000000000,
}

// approximators before a number, as token sequences (lower case).
var approxPhrases = [][]string{
	{"more", "than"}, {"less", "than"}, {"fewer", "than"}, {"at", "least"}, {"at", "most"},
	{"up", "to"}, {"as", "many", "as"}, {"as", "few", "as"}, {"close", "to"},
	{"in", "excess", "of"}, {"upwards", "of"}, {"no", "fewer", "than"}, {"no", "less", "than"},
	{"not", "less", "than"}, {"just", "over"}, {"just", "under"}, {"well", "over"},
	{"an", "estimated"}, {"some"}, {"over"}, {"about"}, {"around"}, {"nearly"}, {"almost"},
	{"roughly"}, {"approximately"}, {"approx."}, {"under"}, {"estimated"}, {"circa"},
	{"upward", "of"}, {"more", "then"}, {"close", "on"}, {"around", "about"}, {"some", "of"},
}

// status words that say what happened to the counted people when they follow or modify the number.
var statusWords = map[string]string{
	"dead": Killed, "killed": Killed, "died": Killed, "perished": Killed, "slain": Killed,
	"deaths": Killed, "fatalities": Killed, "bodies": Killed, "corpses": Killed,
	"massacred": Killed, "executed": Killed, "neutralised": Killed, "neutralized": Killed,
	"murdered": Killed, "assassinated": Killed, "beheaded": Killed, "lynched": Killed,
	"martyred": Killed, "hospitalised": Injured, "hospitalized": Injured, "captive": Kidnapped, "drowned": Killed, "die": Killed, "dies": Killed,
	"lost": "", "wounded": Injured, "injured": Injured, "hurt": Injured, "injuries": Injured,
	"maimed": Injured, "displaced": Displaced, "fled": Displaced, "evacuated": Displaced,
	"homeless": Displaced, "refugees": Displaced, "uprooted": Displaced, "flee": Displaced,
	"arrested": Arrested, "detained": Arrested, "detainees": Arrested, "jailed": Arrested,
	"apprehended": Arrested, "kidnapped": Kidnapped, "abducted": Kidnapped,
	"hostages": Kidnapped, "hostage": Kidnapped, "captives": Kidnapped, "captured": Kidnapped,
	"rallied": Participants, "marched": Participants, "protested": Participants,
	"demonstrated": Participants, "gathered": Participants, "rally": Participants,
	"protest": Participants, "march": Participants, "demonstrate": Participants,
	"joined": Participants, "attended": Participants,
}

// verbs that govern a following number ("killing 12", "arrested 23 protesters").
var governingVerbs = map[string]string{
	"killing": Killed, "killed": Killed, "kill": Killed, "kills": Killed, "left": "",
	"neutralised": Killed, "neutralized": Killed, "neutralising": Killed, "neutralizing": Killed,
	"wounding": Injured, "wounded": Injured, "injuring": Injured, "injured": Injured,
	"hurt": Injured, "hurting": Injured, "wounds": Injured, "injures": Injured,
	"arrested": Arrested, "arresting": Arrested, "detained": Arrested, "detaining": Arrested,
	"arrests": Arrested, "detains": Arrested, "jailed": Arrested,
	"displaced": Displaced, "displacing": Displaced, "uprooted": Displaced,
	"evacuated": Displaced, "evacuating": Displaced, "uprooting": Displaced,
	"kidnapped": Kidnapped, "kidnapping": Kidnapped, "abducted": Kidnapped,
	"abducting": Kidnapped, "seized": "", "kidnaps": Kidnapped, "abducts": Kidnapped,
	"fired": Munitions, "firing": Munitions, "launched": Munitions, "launching": Munitions,
	"fires": Munitions, "launches": Munitions, "dropped": Munitions, "dropping": Munitions,
	"lobbed": Munitions, "shot": Munitions,
	"drew": Participants, "drawing": Participants, "attracted": Participants,
	"mobilised": Participants, "mobilized": Participants,
}

// verbs after which a munitions count is not an attack's size.
var interceptVerbs = map[string]bool{
	"intercepted": true, "intercepting": true, "downed": true, "destroyed": true,
	"down": true, "seized": true, "confiscated": true, "found": true, "discovered": true,
	"captured": true, "has": true, "have": true, "had": true, "possesses": true,
	"possess": true, "owns": true, "stockpiled": true, "amassed": true, "produce": true,
	"produced": true, "bought": true, "sold": true, "supplied": true, "delivered": true,
	"acquired": true, "received": true, "sent": true, "send": true,
}

var possessionCues = map[string]bool{
	"arsenal": true, "arsenals": true, "stockpile": true, "stockpiles": true,
	"inventory": true, "stock": true, "stocks": true, "possesses": true, "possess": true,
	"possessed": true, "capacity": true, "capable": true, "cache": true, "caches": true,
}

var headClass = map[string]string{
	"rockets": Munitions, "rocket": Munitions, "missiles": Munitions, "missile": Munitions,
	"shells": Munitions, "shell": Munitions, "drones": Munitions, "drone": Munitions,
	"mortars": Munitions, "mortar": Munitions, "projectiles": Munitions,
	"projectile": Munitions, "bombs": Munitions, "bomb": Munitions, "grenades": Munitions,
	"grenade": Munitions, "rounds": Munitions, "munitions": Munitions, "warheads": Munitions,
	"katyushas": Munitions, "barrels": "", "uavs": Munitions, "uav": Munitions,
	"protesters": Participants, "protestors": Participants, "demonstrators": Participants,
	"marchers": Participants, "participants": Participants, "rioters": Participants,
	"refugees": Displaced, "evacuees": Displaced, "homeless": Displaced,
	"hostages": Kidnapped, "captives": Kidnapped, "abductees": Kidnapped, "captive": Kidnapped,
	"dead": Killed, "bodies": Killed, "fatalities": Killed, "deaths": Killed, "corpses": Killed,
	"wounded": Injured, "injured": Injured, "injuries": Injured, "detainees": Arrested,
	"displaced": Displaced,
}

// units of time and measure: numbers counting these are never tolls.
var measureNouns = map[string]bool{
	"days": true, "day": true, "weeks": true, "week": true, "months": true, "month": true,
	"years": true, "year": true, "hours": true, "hour": true, "minutes": true, "minute": true,
	"seconds": true, "decades": true, "centuries": true, "km": true, "kilometers": true,
	"kilometres": true, "miles": true, "mile": true, "meters": true, "metres": true,
	"feet": true, "foot": true, "yards": true, "kg": true, "kilograms": true, "tons": true,
	"tonnes": true, "pounds": true, "acres": true, "hectares": true, "square": true,
	"percent": true, "times": true, "points": true, "degrees": true, "kilometer": true,
	"kilometre": true, "meter": true, "metre": true, "mm": true, "cm": true, "m": true,
	"mph": true, "kph": true, "nights": true, "times.": true, "liters": true, "litres": true,
	"gallons": true, "barrels": true, "votes": true, "seats": true,
}

var currencyWords = map[string]bool{
	"dollars": true, "dollar": true, "euros": true, "euro": true, "pounds": true,
	"shekels": true, "shekel": true, "riyals": true, "dinars": true, "lira": true,
	"liras": true, "naira": true, "rupees": true, "yuan": true, "yen": true, "rubles": true,
	"roubles": true, "francs": true, "hryvnias": true, "dirhams": true, "usd": true,
	"eur": true, "cents": true, "pesos": true, "rand": true, "birr": true, "shillings": true,
	"afghanis": true, "tomans": true, "rials": true, "pounds.": true, "bitcoin": true,
}

var currencySymbols = map[string]bool{
	"$": true, "€": true, "£": true, "¥": true, "₪": true, "₹": true, "us$": true, "usd": true,
	"eur": true, "gbp": true, "a$": true, "c$": true, "₽": true, "₴": true,
}

// label nouns: "Resolution 1701", "Route 6", "Brigade 8" — the number is a name.
var labelNouns = map[string]bool{
	"resolution": true, "route": true, "highway": true, "road": true, "flight": true,
	"article": true, "chapter": true, "section": true, "unit": true, "brigade": true,
	"division": true, "battalion": true, "regiment": true, "squadron": true, "building": true,
	"gate": true, "block": true, "room": true, "platform": true, "terminal": true,
	"sector": true, "zone": true, "area": true, "phase": true, "level": true, "grade": true,
	"category": true, "class": true, "number": true, "no.": true, "nos.": true, "vol.": true,
	"page": true, "channel": true, "model": true, "type": true, "mark": true, "mk": true,
	"camp": false, "kilometre": true, "kilometer": true, "km": true, "apollo": true,
	"windows": true, "iphone": true, "version": true, "ward": true, "district": true,
	"square": true, "street": true, "exit": true, "hall": true, "tower": true, "pier": true,
	"post": true, "checkpoint": true, "point": true, "hill": true, "line": true, "g": true,
	"g7": true, "covid": true, "covid-": true, "top": true, "fig.": true, "figure": true,
	"table": true, "law": true, "decree": true, "bill": true, "order": true, "item": true,
	"game": true, "stage": true, "round": true, "match": true, "season": true, "episode": true,
	"box": true, "tel": true, "phone": true, "fax": true,
}

// irregular plurals and collective nouns that count people.
var pluralLike = map[string]bool{
	"people": true, "children": true, "police": true, "personnel": true, "dead": true,
	"wounded": true, "injured": true, "militia": true, "staff": true, "cattle": true,
	"livestock": true, "youth": true, "crew": true, "infantry": true, "clergy": true,
	"displaced": true, "homeless": true, "elderly": true, "feet": true, "mice": true,
}

// words that end a noun phrase after a number (function words, auxiliaries, adverbs).
var npStop = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "the": true, "a": true, "an": true,
	"of": true, "in": true, "on": true, "at": true, "to": true, "from": true, "by": true,
	"for": true, "with": true, "into": true, "onto": true, "across": true, "near": true,
	"toward": true, "towards": true, "against": true, "during": true, "since": true,
	"after": true, "before": true, "over": true, "under": true, "including": true,
	"among": true, "between": true, "inside": true, "outside": true, "along": true,
	"was": true, "were": true, "is": true, "are": true, "be": true, "been": true,
	"being": true, "have": true, "has": true, "had": true, "will": true, "would": true,
	"could": true, "should": true, "may": true, "might": true, "must": true, "can": true,
	"who": true, "which": true, "that": true, "whom": true, "whose": true, "where": true,
	"when": true, "while": true, "as": true, "than": true, "said": true, "says": true,
	"say": true, "according": true, "also": true, "overnight": true, "today": true,
	"yesterday": true, "tomorrow": true, "now": true, "already": true, "reportedly": true,
	"still": true, "so": true, "then": true, "there": true, "here": true, "this": true,
	"these": true, "those": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "them": true, "they": true, "it": true, "he": true, "she": true, "we": true,
	"i": true, "you": true, "not": true, "no": true, "all": true, "each": true, "per": true,
	"more": true, "less": true, "fewer": true, "only": true, "just": true, "almost": true,
	"nearly": true, "about": true, "around": true, "up": true, "out": true, "off": true,
	"down": true, "away": true, "back": true, "ago": true, "earlier": true, "later": true,
	"last": true, "next": true, "this.": true, "what": true, "if": true, "because": true,
	"amid": true, "via": true, "within": true, "without": true, "through": true,
	"throughout": true, "upon": true, "did": true, "do": true, "does": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "respectively": true, "each.": true, "apiece": true,
	"alone": true, "too": true, "either": true, "both": true, "mostly": true, "many": true,
	"most": true, "some": true, "other": true, "others": true, "such": true, "like": true,
	// irregular past-tense verbs that follow a subject count ("thousands took part")
	"took": true, "fled": true, "left": true, "went": true, "came": true, "died": true,
	"fell": true, "hit": true, "struck": true, "gave": true, "made": true, "got": true,
	"ran": true, "saw": true, "held": true, "kept": true, "lost": true, "met": true,
	"put": true, "stood": true, "told": true, "began": true, "sought": true, "remain": true,
	"remained": true, "took.": true, "hurt": true, "shot": true, "slain": true, "dead": false,
}

// determiners skipped between "of" and the noun ("one of its commanders").
var ofDeterminers = map[string]bool{
	"the": true, "its": true, "their": true, "his": true, "her": true, "our": true,
	"those": true, "these": true, "whom": false, "them": false, "my": true, "your": true,
}

// startWords are the words a number expression or a stated absence may begin with.
var startWords = func() map[string]bool {
	m := map[string]bool{"a": true, "an": true, "tens": true, "several": true, "few": true,
		"dozen": true, "between": true, "no": true, "nobody": true, "none": true}
	for _, p := range approxPhrases {
		m[p[0]] = true
	}
	for _, t := range []map[string]int{units, tens, vaguePlurals} {
		for w := range t {
			m[w] = true
		}
	}
	return m
}()

// approxByFirst indexes approxPhrases by their first word.
var approxByFirst = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range approxPhrases {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()
