#!/usr/bin/env python3
"""Validate a toponym-article directory: every NAME.txt has NAME.tsv, 7 tab columns, the n-th
whole-word occurrence exists, kinds/uses valid, coordinates in range, every occurrence of a
labelled toponym labelled (warn). Usage: validate-toponyms.py DIR"""
import os, re, sys
KINDS = {"country","admin1","admin2","region","city","town","feature"}
d = sys.argv[1]; bad = 0; total = 0
def occ(text, w):
    out = []
    for m in re.finditer(re.escape(w), text):
        i, j = m.start(), m.end()
        b = text[i-1] if i > 0 else ' '; a = text[j] if j < len(text) else ' '
        if not (b.isalnum()) and not (a.isalnum()): out.append(i)
    return out
for f in sorted(os.listdir(d)):
    if not f.endswith('.txt'): continue
    base = f[:-4]; tsv = os.path.join(d, base + '.tsv')
    if not os.path.exists(tsv): print(f"{f}: no .tsv"); bad += 1; continue
    text = open(os.path.join(d, f), encoding='utf-8').read()
    seen = {}
    for ln, line in enumerate(open(tsv, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'): continue
        c = line.split('\t'); total += 1
        def err(msg):
            global bad; bad += 1; print(f"{base}.tsv:{ln}: {msg}: {line!r}")
        if len(c) != 7: err("want 7 tab-separated columns"); continue
        name, n, cc, lat, lon, kind, use = c
        try:
            n = int(n); lat = float(lat); lon = float(lon)
        except ValueError: err("occurrence/lat/lon not numbers"); continue
        if kind not in KINDS: err("kind not one of " + ",".join(sorted(KINDS)))
        if use not in ("place", "actor"): err("use must be place or actor")
        if cc and not re.fullmatch(r'[A-Z]{2}', cc): err("country must be ISO 3166-1 alpha-2 or empty")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180): err("lat/lon out of range")
        o = occ(text, name)
        if n < 1 or n > len(o): err(f"occurrence {n} but the text has {len(o)} whole-word matches")
        if (name, n) in seen: err("duplicate (toponym, occurrence)")
        seen[(name, n)] = 1
    for name in {k[0] for k in seen}:
        k = len(occ(text, name)); got = sum(1 for x in seen if x[0] == name)
        if got < k: print(f"{base}: warning: {name!r} occurs {k} times, {got} labelled")
print(f"{d}: {total} labels, {bad} errors")
sys.exit(1 if bad else 0)
