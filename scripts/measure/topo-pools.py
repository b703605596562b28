#!/usr/bin/env python3
"""Pool toponym scores from `go test ./internal/pipeline -run 'TestToponymArticles|TestToponymsInContext' -v` output.
Usage: topo-pools.py FILE  (prints per-set lines and pooled held-out / dev counts; safe for held-out: aggregates only)"""
import re, sys
cur = None; rows = {}
for line in open(sys.argv[1]):
    m = re.match(r'=== RUN\s+\S+/(\S+)', line)
    if m: cur = m.group(1); continue
    m = re.search(r'all (\d+): placed ([\d.]+), country ([\d.]+), right place ([\d.]+)', line)
    if m and cur:
        n = int(m.group(1)); rows[cur] = (n, float(m.group(3)), float(m.group(4)))
def pool(names, label):
    N = sum(rows[k][0] for k in names)
    if not N: return
    c = sum(rows[k][0]*rows[k][1] for k in names)/N; r = sum(rows[k][0]*rows[k][2] for k in names)/N
    print(f"{label:28s} n={N:5d} country {c:.3f} right {r:.3f}")
for k,(n,c,r) in rows.items(): print(f"  {k:32s} {n:5d} {c:.3f} {r:.3f}")
ho = [k for k in rows if 'heldout' in k]
pool(ho, "HELD-OUT all")
pool([k for k in ho if re.search(r'heldout[78]$', k)], "held-out 7+8 (s9)")
pool([k for k in ho if re.search(r'heldout9$|heldout1\d$', k)], "held-out 9+ (s10)")
pool([k for k in rows if 'heldout' not in k], "DEV all")
