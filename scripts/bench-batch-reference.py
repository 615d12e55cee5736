"""
Optional outside reference for `npm run bench:batch` (not in CI): polars reads the same CSV,
shapely answers the point-in-zone join over the same zones (public/data/zones.geojson: the
prohibited zones, the four counties, open water) and polars writes a CSV of the zone per row.
That is the containment part of check --csv only: no boundary distance, no windows, no reasons.

    pip install polars shapely
    python3 scripts/bench-batch-reference.py /tmp/qz-bench-batch-1000000.csv

Prints one JSON line: rows, CPU seconds (resource.getrusage, all threads), wall, peak RSS.
"""
import json
import resource
import sys
import time

import numpy as np
import polars as pl
import shapely

t0 = time.perf_counter()
path = sys.argv[1]
zones = json.load(open("public/data/zones.geojson", encoding="utf-8"))["features"]
geoms = [shapely.geometry.shape(f["geometry"]) for f in zones]
ids = np.array([f["properties"]["id"] for f in zones])
kinds = [f["properties"]["kind"] for f in zones]
# The rule's order: a prohibited zone, then open water, then a county.
rank = np.array([{"prohibited": 0, "sea": 1, "county": 2}[k] for k in kinds])
for g in geoms:
    shapely.prepare(g)

df = pl.read_csv(path, schema_overrides={"lat": pl.Float64, "lng": pl.Float64, "at": pl.Utf8})
x, y = df["lng"].to_numpy(), df["lat"].to_numpy()
# Per point, the matching zone of the lowest rank: each prepared zone tests the points inside its
# bounding box (vectorised intersects_xy), the zones taken from the highest rank down so the
# lowest-ranked match is written last.
best = np.full(len(df), "", dtype=object)
for i in np.argsort(-rank, kind="stable"):
    x0, y0, x1, y1 = geoms[i].bounds
    cand = np.flatnonzero((x >= x0) & (x <= x1) & (y >= y0) & (y <= y1))
    hit = cand[shapely.intersects_xy(geoms[i], x[cand], y[cand])]
    best[hit] = ids[i]
df.with_columns(pl.Series("zoneId", best.astype(str))).write_csv("/dev/null")

usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "rows": len(df),
    "cpuS": usage.ru_utime + usage.ru_stime,
    "wallS": time.perf_counter() - t0,
    "peakMB": usage.ru_maxrss / 1024,
}))
