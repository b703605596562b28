package events_test

import (
	"os"
	"testing"
)

func TestScratchArticles(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	arts := []string{
		`Russian Drones Hit Kharkiv Power Plant

KYIV, Ukraine (AP) — Russian forces launched 35 drones and four missiles at Ukraine overnight, targeting energy facilities in the Kharkiv region, Ukraine's air force said on Saturday. Air defenses shot down 30 drones, it said.

A power plant in Kharkiv was damaged and two workers were injured, regional governor Oleh Syniehubov said on Telegram.

Ukrainian President Volodymyr Zelenskyy urged Western allies to send more air defense systems. He is expected to meet German Chancellor Olaf Scholz in Berlin next week.

Kyiv has also stepped up its own drone attacks on Russian oil refineries. Russia's Defense Ministry said it destroyed 12 Ukrainian drones over the Belgorod region on Friday.`,
		`RSF Fighters Kill Dozens in Sudan Village Attack

The paramilitary Rapid Support Forces killed at least 40 civilians in an attack on a village in Sudan's El Gezira state on Wednesday, activists said on Thursday.

The RSF fighters stormed the village of Wad al-Noura, opening fire on residents and looting homes, the Resistance Committee said in a statement. The army condemned the massacre.

The war between the army and the RSF, which began in April 2023, has killed more than 15,000 people and displaced over 10 million, according to the United Nations.`,
		`Thousands Protest in Tbilisi Against Foreign Agents Bill

Tens of thousands of people rallied in central Tbilisi on Sunday against a proposed law on "foreign agents", the largest protest in Georgia in years.

Riot police used tear gas and water cannon to disperse demonstrators outside parliament late on Monday and detained at least 20 people, the interior ministry said.

The European Union has warned that the bill could harm Georgia's bid to join the bloc.`,
	}
	pubs := []string{"2024-03-23", "2024-06-06", "2024-05-02"}
	for i, a := range arts {
		for _, d := range run(t, a, pubs[i]) {
			t.Logf("=== %s", d.Title)
			for _, e := range d.Events {
				t.Logf("  %s/%s [%s] trig=%q src=%s tgt=%s loc=%q(%v) date=%s counts=%s mod=%s bg=%v n=%d conf=%.2f", e.Type, e.Mode, e.ACLED.SubEventType, e.Evidence.Trigger, names(e.Sources), names(e.Targets), e.LocationText, e.Location != nil && e.Location.Country != "", e.Date.Value, counts(e.Counts), e.Modality, e.Background, e.Mentions, e.Confidence)
			}
		}
	}
}
