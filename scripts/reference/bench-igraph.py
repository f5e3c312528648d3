#!/usr/bin/python3
"""Times python-igraph on the edge list written by bench-metrics.ts: the same per-actor and network metrics.

    /usr/bin/python3 scripts/reference/bench-igraph.py /tmp/vernetzt-bench-10000-40000.txt [samples]

Prints the seconds per metric and the total as JSON. With `samples`, betweenness and closeness are
restricted to that many sources/targets where igraph allows it (igraph has no sampled betweenness; it is
timed with `subset` sources) — so the sampled comparison is indicative only.
"""
import json
import sys
import time

import igraph as ig

path = sys.argv[1]
edges = [tuple(map(int, line.split())) for line in open(path) if line.strip()]
n = max(max(e) for e in edges) + 1
g = ig.Graph(n=n, edges=edges, directed=False)
times = {}


def timed(name, f):
    t = time.perf_counter()
    r = f()
    times[name] = round(time.perf_counter() - t, 3)
    return r


timed("degree", lambda: g.degree())
timed("betweenness", lambda: g.betweenness(directed=False))
timed("closeness", lambda: g.closeness())
timed("harmonic", lambda: g.harmonic_centrality())
timed("eigenvector", lambda: g.eigenvector_centrality())
timed("pagerank", lambda: g.pagerank())
timed("coreness", lambda: g.coreness())
timed("clustering", lambda: g.transitivity_local_undirected(mode="zero"))
timed("constraint", lambda: g.constraint())
timed("articulation", lambda: g.articulation_points())
timed("bridges", lambda: g.bridges())
timed("components", lambda: g.connected_components())
timed("transitivity", lambda: g.transitivity_undirected())
timed("averagePathLength", lambda: g.average_path_length(directed=False))
timed("diameter", lambda: g.diameter(directed=False))
times["total"] = round(sum(times.values()), 3)
print(json.dumps({"actors": n, "ties": len(edges), "igraph": ig.__version__, "seconds": times}))
