#!/usr/bin/python3
"""Reference fixtures for the vernetzt network metrics, computed with networkx AND igraph.

Run with Debian's Python (`apt-get install -y python3-networkx python3-igraph`):

    /usr/bin/python3 scripts/reference/make-fixtures.py

Writes one JSON file per graph to test/fixtures/reference/. Each file stores the graph itself (actor ids in
order, ties with weights, directed or not), where it comes from, the tool versions, and every metric as
computed by networkx and by igraph (where igraph has it), for binary ties ("binary") and with weights
("weighted": path length = 1/weight, eigenvector/PageRank/Burt use the weight as intensity).

Conventions mirrored from packages/core (see docs/metrics.md): the "undirected view" of directed data is
the union of both directions with weight w_uv + w_vu; every measure except in/out-degree, directed density,
reciprocity and PageRank uses it. Weighted path lengths are exact fractions 1/weight for networkx (weights are
integers here). Values that a tool reports as NaN are stored as null.
"""
import json
from fractions import Fraction
import math
import os
import random
import sys

# networkx sums over sets of string ids (constraint, effective size): fix the hash seed so the summation
# order, and so the last bits of the fixtures, are the same on every run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "reference")


def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def vec(nodes, mapping):
    return [clean(mapping[v]) for v in nodes]


def undirected_view(G):
    """Union of both directions; weight = sum of the weights of both directions (networkx mutual_weight)."""
    U = nx.Graph()
    U.add_nodes_from(G.nodes())
    for u, v, d in G.edges(data=True):
        w = d.get("weight", 1)
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    for u, v, d in U.edges(data=True):
        # Exact rational lengths: networkx compares path lengths exactly, and in floating point
        # 1/3 + 1/6 != 1/2 would split mathematically equal shortest paths (igraph uses an epsilon).
        d["distance"] = Fraction(1, d["weight"])
        d["one"] = 1
    return U


def largest_component(U):
    comps = list(nx.connected_components(U))  # in order of first node
    if not comps:
        return set()
    best = comps[0]
    for c in comps:
        if len(c) > len(best):
            best = c
    return best


def networkx_metrics(G, weighted):
    U = undirected_view(G)
    nodes = list(G.nodes())
    n = len(nodes)
    pw = "distance" if weighted else None  # path length
    iw = "weight" if weighted else None  # intensity
    a = {}
    a["degree"] = vec(nodes, dict(U.degree()))
    a["inDegree"] = vec(nodes, dict(G.in_degree()) if G.is_directed() else dict(G.degree()))
    a["outDegree"] = vec(nodes, dict(G.out_degree()) if G.is_directed() else dict(G.degree()))
    a["strength"] = vec(nodes, dict(U.degree(weight="weight")))
    a["betweenness"] = vec(nodes, nx.betweenness_centrality(U, normalized=False, weight=pw))
    a["betweennessNormalized"] = vec(nodes, nx.betweenness_centrality(U, normalized=True, weight=pw))
    a["closeness"] = vec(nodes, nx.closeness_centrality(U, distance=pw))
    a["harmonic"] = vec(nodes, nx.harmonic_centrality(U, distance=pw))
    a["eigenvector"] = vec(nodes, nx.eigenvector_centrality(U, max_iter=1_000_000, tol=1e-15, weight=iw))
    a["pagerank"] = vec(nodes, nx.pagerank(G, alpha=0.85, tol=1e-15, max_iter=100_000, weight=iw or "one"))
    a["coreNumber"] = vec(nodes, nx.core_number(U))
    a["clustering"] = vec(nodes, nx.clustering(U))
    a["constraint"] = vec(nodes, nx.constraint(U, weight=iw))
    a["effectiveSize"] = vec(nodes, nx.effective_size(U, weight=iw))
    arts = set(nx.articulation_points(U))
    a["articulationPoint"] = [v in arts for v in nodes]
    net = {}
    net["actors"] = n
    net["ties"] = G.number_of_edges()
    net["density"] = nx.density(U)
    net["directedDensity"] = nx.density(G) if G.is_directed() else None
    net["reciprocity"] = nx.overall_reciprocity(G) if G.is_directed() and G.number_of_edges() else None
    net["components"] = nx.number_connected_components(U)
    lcc = largest_component(U)
    net["largestComponentSize"] = len(lcc)
    net["transitivity"] = nx.transitivity(U)
    S = U.subgraph(lcc)
    if len(lcc) > 1:
        net["averagePathLength"] = float(nx.average_shortest_path_length(S, weight=pw))
        lengths = dict(nx.all_pairs_dijkstra_path_length(S, weight=pw or "one"))
        net["diameter"] = float(max(max(d.values()) for d in lengths.values()))
    else:
        net["averagePathLength"] = 0.0
        net["diameter"] = 0.0
    net["articulationPoints"] = [v for v in nodes if v in arts]
    net["bridges"] = sorted(sorted([nodes.index(u), nodes.index(v)]) for u, v in nx.bridges(U))
    degs = [d for _, d in U.degree()]
    net["degreeCentralization"] = (
        sum(max(degs) - d for d in degs) / ((n - 1) * (n - 2)) if n >= 3 else 0.0
    )
    return {"actor": a, "network": net}


def igraph_metrics(G, weighted):
    nodes = list(G.nodes())
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    edges = [(index[u], index[v]) for u, v in G.edges()]
    weights = [d.get("weight", 1) for _, _, d in G.edges(data=True)]
    g = ig.Graph(n=n, edges=edges, directed=G.is_directed())
    g.es["weight"] = weights
    u = g.as_undirected(mode="collapse", combine_edges="sum") if g.is_directed() else g.copy()
    u.es["distance"] = [1 / w for w in u.es["weight"]]
    pw = "distance" if weighted else None
    iw = "weight" if weighted else None
    comps = u.connected_components()
    size_of = {}
    for c in comps:
        for v in c:
            size_of[v] = len(c)
    a = {}
    a["degree"] = u.degree()
    a["inDegree"] = g.degree(mode="in")
    a["outDegree"] = g.degree(mode="out")
    a["strength"] = u.strength(weights="weight")
    bet = u.betweenness(directed=False, weights=pw)
    a["betweenness"] = bet
    a["betweennessNormalized"] = [b * 2 / ((n - 1) * (n - 2)) for b in bet] if n > 2 else bet
    # igraph closeness lacks the Wasserman-Faust factor (r-1)/(n-1); isolates are NaN there.
    clo = u.closeness(weights=pw, normalized=True)
    a["closeness"] = [
        0.0 if math.isnan(c) else c * (size_of[i] - 1) / (n - 1) for i, c in enumerate(clo)
    ]
    a["harmonic"] = u.harmonic_centrality(weights=pw, normalized=False)
    if len(comps) == 1:
        ev = u.eigenvector_centrality(scale=True, weights=iw)
        norm = math.sqrt(sum(x * x for x in ev))
        a["eigenvector"] = [x / norm for x in ev]
    a["pagerank"] = g.pagerank(damping=0.85, directed=True, weights=iw, implementation="prpack")
    a["coreNumber"] = u.coreness()
    a["clustering"] = u.transitivity_local_undirected(mode="zero")
    if not weighted:
        a["constraint"] = [clean(x) if u.degree(i) > 0 else None for i, x in enumerate(u.constraint())]
    arts = set(u.articulation_points())
    a["articulationPoint"] = [i in arts for i in range(n)]
    net = {}
    net["actors"] = n
    net["ties"] = g.ecount()
    net["density"] = u.density() if n > 1 else 0.0
    net["directedDensity"] = g.density() if g.is_directed() else None
    net["reciprocity"] = g.reciprocity() if g.is_directed() and g.ecount() else None
    net["components"] = len(comps)
    best = max(range(len(comps)), key=lambda c: (len(comps[c]), -c)) if len(comps) else None
    lcc = comps[best] if best is not None else []
    net["largestComponentSize"] = len(lcc)
    t = u.transitivity_undirected()
    net["transitivity"] = 0.0 if math.isnan(t) else t
    if len(lcc) > 1:
        s = u.induced_subgraph(lcc)
        d = s.distances(weights=pw)
        L = len(lcc)
        net["averagePathLength"] = sum(sum(row) for row in d) / (L * (L - 1))
        net["diameter"] = max(max(row) for row in d)
    else:
        net["averagePathLength"] = 0.0
        net["diameter"] = 0.0
    net["articulationPoints"] = [nodes[i] for i in sorted(arts)]
    net["bridges"] = sorted(sorted(u.es[e].tuple) for e in u.bridges())
    net["degreeCentralization"] = (
        u.centralization_degree(loops=False) if hasattr(u, "centralization_degree") else None
    )
    if net["degreeCentralization"] is None:
        del net["degreeCentralization"]
    return {"actor": {k: [clean(x) if not isinstance(x, bool) else x for x in v] for k, v in a.items()}, "network": net}


def fixture(name, G, source):
    G = nx.relabel_nodes(G, {v: str(v) for v in G.nodes()})
    nodes = list(G.nodes())
    edges = [[u, v, d.get("weight", 1)] for u, v, d in G.edges(data=True)]
    for _, _, d in G.edges(data=True):
        d["one"] = 1
    doc = {
        "name": name,
        "source": source,
        "tools": {"networkx": nx.__version__, "igraph": ig.__version__},
        "directed": G.is_directed(),
        "nodes": nodes,
        "edges": edges,
        "networkx": {"binary": networkx_metrics(G, False), "weighted": networkx_metrics(G, True)},
        "igraph": {"binary": igraph_metrics(G, False), "weighted": igraph_metrics(G, True)},
    }
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}: {len(nodes)} actors, {len(edges)} ties", file=sys.stderr)


def weighted_copy(G, seed):
    rng = random.Random(seed)
    for _, _, d in G.edges(data=True):
        d["weight"] = rng.randint(1, 5)
    return G


def main():
    os.makedirs(OUT, exist_ok=True)
    random.seed(0)  # python-igraph draws from Python's `random` (ARPACK's start vector for eigenvectors)
    fixture(
        "karate",
        nx.karate_club_graph(),
        "Zachary, W. W. (1977). An information flow model for conflict and fission in small groups. "
        "J. Anthropol. Res. 33(4), 452-473. Via networkx.karate_club_graph() (weights = interaction counts).",
    )
    florentine = nx.florentine_families_graph()
    names = sorted(florentine.nodes())
    fixture(
        "florentine",
        nx.relabel_nodes(florentine, {v: f"family-{i + 1:02d}" for i, v in enumerate(names)}),
        "Padgett & Ansell (1993), Robust action and the rise of the Medici, Am. J. Sociol. 98(6), marriage "
        "ties. Via networkx.florentine_families_graph(); families relabelled family-01.. in alphabetical order.",
    )
    fixture(
        "les-miserables",
        nx.les_miserables_graph(),
        "Knuth, D. E. (1993). The Stanford GraphBase, co-appearance of the (fictional) characters of Victor "
        "Hugo's Les Misérables; weights = number of co-appearances. Via networkx.les_miserables_graph().",
    )
    G = weighted_copy(nx.gnp_random_graph(40, 0.06, seed=11), 11)
    G.add_nodes_from(range(40, 44))
    fixture("random-disconnected", G, "networkx.gnp_random_graph(40, 0.06, seed=11) + 4 isolates, weights 1..5 (seed 11)")
    fixture(
        "random-directed",
        weighted_copy(nx.gnp_random_graph(30, 0.1, seed=7, directed=True), 7),
        "networkx.gnp_random_graph(30, 0.1, seed=7, directed=True), weights 1..5 (seed 7)",
    )
    fixture(
        "random-weighted",
        weighted_copy(nx.connected_watts_strogatz_graph(30, 4, 0.3, seed=3), 3),
        "networkx.connected_watts_strogatz_graph(30, 4, 0.3, seed=3), weights 1..5 (seed 3)",
    )
    B = nx.bipartite.random_graph(8, 12, 0.35, seed=5)
    B = B.subgraph(largest_component(B)).copy()
    fixture("random-bipartite", weighted_copy(B, 5), "networkx.bipartite.random_graph(8, 12, 0.35, seed=5), largest component, weights 1..5 (seed 5)")
    fixture("barbell", nx.barbell_graph(5, 2), "networkx.barbell_graph(5, 2): two 5-cliques joined by a 2-actor path")


if __name__ == "__main__":
    main()
