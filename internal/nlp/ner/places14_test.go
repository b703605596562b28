package ner_test

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/nlp/ner"
)

// TestPeople14 checks PostRules bit 2048 on sentences written for the purpose: people the
// tagger may read as places (a person's role in an apposition, a verb only people take, a
// given name running into a surname, a lone article) and places that must stay places.
func TestPeople14(t *testing.T) {
	tg, err := ner.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ text, name, want string }{
		{"In May 2025, the killing of Abdulghani al-Kikli, the leader of the Stability Support Apparatus, sparked clashes.", "Abdulghani al-Kikli", "PERSON"},
		{"Substitute Jamal Reid was brought down by City's Ollie Brandt as he raced into the box.", "Ollie Brandt", "PERSON"},
		{"Residents say Han Pijesak was arrested at his home on Monday.", "Han Pijesak", "PERSON"},
		{`The faction is led by sons of jailed drug lord Joaquin "El Chapo" Guzman.`, "El", ""},
		{"Clashes between the Meitei and Kuki-Zo communities left 260 dead. A Kuki-Zo civil society body called a shutdown.", "Kuki-Zo", "NORP"},
		// session 15: an age in an apposition, a person's title before the name
		{"At the bus station in Volos, Eleni Papadaki, 58, sat on her suitcase beside a closed ticket booth.", "Eleni Papadaki", "PERSON"},
		{"In Heraklion, Sofia Nikolaidou, 44, waited at the quay with her two children.", "Sofia Nikolaidou", "PERSON"},
		{"Judge Paris Whitney ordered the county to reopen the road.", "Paris Whitney", "PERSON"},
		{"Talks resumed in Muscat on Sunday. (Reporting by Samir Haddad in Aden and Laila Osman in Cairo; Editing by Tom Hale)", "Laila Osman", "PERSON"},
		{"Talks resumed in Muscat on Sunday. (Reporting by Samir Haddad in Aden and Laila Osman in Cairo; Editing by Tom Hale)", "Cairo", "GPE"},
		// ships
		{"Houthi forces have fired missiles and drones at shipping in the Red Sea and the Gulf of Aden since late 2023. In July they sank two Liberian-flagged bulk carriers, the Ocean Pearl and the Sirius B, off Hodeidah.", "Sirius B", ""},
		{"Missiles struck shipping in the Red Sea. The crew of the freighter Rubymar abandoned ship off Mokha.", "Rubymar", ""},
		{"Drones struck shipping off Yemen. Crew abandoned the Nova Aurora, a Greek-owned tanker, after the blast near Aden.", "Nova Aurora", ""},
		{"Drones struck shipping off Yemen. The Tutor, a Liberian-flagged coal carrier, sank in the Red Sea.", "Tutor", ""},
		{"Divers reached the wreck of the tanker Sounion off the coast of Yemen.", "Sounion", ""},
		{"The group has attacked more than 100 ships, the United States said.", "United States", "GPE"},
		// session 18 (kin18.go): names right after a relative's noun, or listed after it, are
		// people even when a gazetteer knows them; a comma, "of" or a capitalised noun keeps the
		// old reading
		{"She and daughters Malia and Sasha also sipped tea with the King in London last year.", "Malia", "PERSON"},
		{"She and daughters Malia and Sasha also sipped tea with the King in London last year.", "Sasha", "PERSON"},
		{"She and daughters Malia and Sasha also sipped tea with the King in London last year.", "London", "GPE"},
		{"His wife Georgia and their son Jordan flew home on Tuesday.", "Georgia", "PERSON"},
		{"His wife Georgia and their son Jordan flew home on Tuesday.", "Jordan", "PERSON"},
		{"She was arrested with her daughter in Soweto on Sunday, police in Gauteng said.", "Soweto", "GPE"},
		{"The bishop, a son of Tyre, returned to Lebanon after the war.", "Tyre", "GPE"},
		{"The rally marked the birthday of Mother Russia's founding myth in Moscow.", "Moscow", "GPE"},
		// places stay places: a place's apposition, a place after a locative preposition
		{"Mosul, the capital of Nineveh province, was retaken in 2017.", "Mosul", "GPE"},
		{"Fighting reached Kharkiv, the second city of Ukraine, on Monday.", "Kharkiv", "GPE"},
		{"Floods hit Victoria Falls, the town on the Zambezi, overnight.", "Victoria Falls", "GPE"},
		{"Shelling hit Kramatorsk, 12 km from the front, on Monday.", "Kramatorsk", "GPE"},
	} {
		got := labelOf(tg.Tag(c.text, nil), c.name)
		if got != c.want {
			t.Errorf("%q: %q is %q, want %q", c.text, c.name, got, c.want)
		}
	}
}
