#!/usr/bin/python3
"""The metrics of `vernetzt analyze` computed by python-igraph (C core) on a graph written by export-graph.ts.

    /usr/bin/python3 scripts/bench/igraph_full.py <prefix> [samples]

Per actor: degree, strength, betweenness, closeness, harmonic, eigenvector, PageRank, coreness, local
clustering, Burt's constraint, articulation points; network: bridges, components, transitivity, average path
length and diameter, Louvain (multilevel) and modularity, nominal assortativity and mixing counts of district,
sector and kind. igraph has no effective size, no E-I index and no Gould-Fernandez brokerage: left out.
With `samples`, igraph (which has no sampled betweenness) computes closeness and harmonic for `samples`
vertices only and skips betweenness, average path length and diameter: a lower bound of its time.
Prints {"seconds": {metric: s, ..., "total": s}} as JSON.
"""
import json
import random
import sys
import time

import igraph as ig

prefix = sys.argv[1]
samples = int(sys.argv[2]) if len(sys.argv) > 2 else None
t_start = time.perf_counter()
n = sum(1 for _ in open(prefix + ".nodes"))
edges, weights = [], []
for line in open(prefix + ".edges"):
    a, b, w = line.split()
    edges.append((int(a), int(b)))
    weights.append(float(w))
attrs = [line.rstrip("\n").split("\t") for line in open(prefix + ".attrs.tsv")]
g = ig.Graph(n=n, edges=edges, directed=False)
g.es["weight"] = weights
times = {"read": time.perf_counter() - t_start}


def timed(name, f):
    t = time.perf_counter()
    r = f()
    times[name] = time.perf_counter() - t
    return r


subset = None if samples is None else random.Random(1).sample(range(n), min(samples, n))
timed("degree", lambda: g.degree())
timed("strength", lambda: g.strength(weights="weight"))
if samples is None:
    timed("betweenness", lambda: g.betweenness(directed=False))
timed("closeness", lambda: g.closeness(vertices=subset))
timed("harmonic", lambda: g.harmonic_centrality(vertices=subset))
timed("eigenvector", lambda: g.eigenvector_centrality())
timed("pagerank", lambda: g.pagerank())
timed("coreness", lambda: g.coreness())
timed("clustering", lambda: g.transitivity_local_undirected(mode="zero"))
timed("constraint", lambda: g.constraint())
timed("articulation", lambda: g.articulation_points())
timed("bridges", lambda: g.bridges())
components = timed("components", lambda: g.connected_components())
timed("transitivity", lambda: g.transitivity_undirected())
if samples is None:
    giant = components.giant()
    timed("averagePathLength", lambda: giant.average_path_length(directed=False))
    timed("diameter", lambda: giant.diameter(directed=False))
timed("louvain", lambda: g.community_multilevel(weights="weight", return_levels=False).modularity)
for column, name in ((1, "district"), (2, "sector"), (3, "kind")):
    values = [row[column] if len(row) > column else "" for row in attrs]
    codes = {v: i for i, v in enumerate(sorted(set(values)))}
    types = [codes[v] for v in values]
    timed(f"assortativity:{name}", lambda: g.assortativity_nominal(types, directed=False))
times["total"] = time.perf_counter() - t_start
print(json.dumps({"igraph": ig.__version__, "seconds": {k: round(v, 3) for k, v in times.items()}}))
