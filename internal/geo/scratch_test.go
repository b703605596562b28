package geo

import (
	"fmt"
	"os"
	"runtime"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/model"
)

func TestScratch(t *testing.T) {
	if os.Getenv("SCRATCH") == "" {
		t.Skip()
	}
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := time.Since(t0)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	fmt.Println("load", d, "places", g.Len(), "keys", g.Keys(), "heap MB", float64(m1.HeapAlloc-m0.HeapAlloc)/1e6)
	for _, q := range []string{"Paris", "Tripoli", "Georgia", "Kfarshuba", "Kafr Shuba", "Kfar Shouba", "Nabatieh", "Nabatiyeh", "Aleppo", "Idlib province", "Washington", "New York", "Gaza", "US", "us", "Deir ez-Zor", "Deir al-Zor", "Raqqa", "Kyiv", "Kiev", "Mosul"} {
		gs := g.Lookup(q, "")
		if len(gs) > 3 {
			gs = gs[:3]
		}
		fmt.Printf("%-15s %+v\n", q, gs)
	}
	for _, s := range []string{
		"Israel said on Monday it struck Hezbollah targets in southern Lebanon, near Tyre and in Kfarshouba.",
		"Hezbollah fired rockets into northern Israel. Lebanon's health ministry said three people were killed in Nabatieh.",
		"Clashes erupted in Tripoli, the Lebanese government said. Beirut warned that Tripoli was calm.",
		"He flew from Paris, Texas to Atlanta, Georgia on Friday.",
		"Russian forces shelled Kharkiv and the Donbas, Ukraine's military said. Washington announced new aid.",
		"The Split summit was held in Split, Croatia. Mobile phones were banned in Mobile.",
		"Iran's Quds Force commander visited Damascus and Baghdad.",
	} {
		a := &model.Annotation{Doc: &model.Document{Text: s}}
		g.Resolve(a)
		fmt.Println(s)
		for _, p := range a.Places {
			fmt.Printf("   %q met=%v %s %s/%s %.2f,%.2f %s p%d\n", p.Text, p.Metonymy, p.Geo.Name, p.Geo.Country, p.Geo.Admin1, p.Geo.Lat, p.Geo.Lon, p.Geo.Feature, p.Geo.Precision)
		}
	}
}
