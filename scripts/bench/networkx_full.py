#!/usr/bin/python3
"""The metrics of `vernetzt analyze` computed by networkx on a graph written by export-graph.ts.

    /usr/bin/python3 scripts/bench/networkx_full.py <prefix> [samples]

Per actor: degree, strength, betweenness (`k=samples` when given: networkx's own sampled estimate),
closeness, harmonic, eigenvector, PageRank, core number, clustering, Burt's constraint and effective size,
articulation points; network: bridges, components, transitivity, average path length and diameter of the
largest component, Louvain and modularity, attribute assortativity and mixing of district, sector and kind.
networkx has no E-I index and no Gould-Fernandez brokerage: left out. Prints {"seconds": {...}} as JSON.
"""
import json
import sys
import time

import networkx as nx

prefix = sys.argv[1]
samples = int(sys.argv[2]) if len(sys.argv) > 2 else None
t_start = time.perf_counter()
nodes = [line.strip() for line in open(prefix + ".nodes")]
g = nx.Graph()
for line in open(prefix + ".attrs.tsv"):
    row = line.rstrip("\n").split("\t")
    g.add_node(row[0], district=row[1], sector=row[2], kind=row[3])
for line in open(prefix + ".edges"):
    a, b, w = line.split()
    g.add_edge(nodes[int(a)], nodes[int(b)], weight=float(w))
times = {"read": time.perf_counter() - t_start}


def timed(name, f):
    t = time.perf_counter()
    r = f()
    times[name] = time.perf_counter() - t
    return r


timed("degree", lambda: dict(g.degree()))
timed("strength", lambda: dict(g.degree(weight="weight")))
timed("betweenness", lambda: nx.betweenness_centrality(g, k=samples, seed=1))
if samples is None:
    timed("closeness", lambda: nx.closeness_centrality(g))
    timed("harmonic", lambda: nx.harmonic_centrality(g))
timed("eigenvector", lambda: nx.eigenvector_centrality(g, max_iter=1000))
timed("pagerank", lambda: nx.pagerank(g))
timed("coreNumber", lambda: nx.core_number(g))
timed("clustering", lambda: nx.clustering(g))
timed("constraint", lambda: nx.constraint(g))
timed("effectiveSize", lambda: nx.effective_size(g))
timed("articulation", lambda: list(nx.articulation_points(g)))
timed("bridges", lambda: list(nx.bridges(g)))
components = timed("components", lambda: list(nx.connected_components(g)))
timed("transitivity", lambda: nx.transitivity(g))
if samples is None:
    giant = g.subgraph(max(components, key=len))
    timed("averagePathLength", lambda: nx.average_shortest_path_length(giant))
    timed("diameter", lambda: nx.diameter(giant))
communities = timed("louvain", lambda: nx.community.louvain_communities(g, weight="weight", seed=1))
timed("modularity", lambda: nx.community.modularity(g, communities))
for name in ("district", "sector", "kind"):
    timed(f"mixing:{name}", lambda: nx.attribute_mixing_matrix(g, name))
    timed(f"assortativity:{name}", lambda: nx.attribute_assortativity_coefficient(g, name))
times["total"] = time.perf_counter() - t_start
print(json.dumps({"networkx": nx.__version__, "seconds": {k: round(v, 3) for k, v in times.items()}}))
