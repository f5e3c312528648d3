#!/usr/bin/python3
"""Reference values for the measures researchers compare by definition (issue #24), computed with networkx
AND igraph where igraph has the measure:

- betweennessDirected: networkx `betweenness_centrality(DiGraph, normalized=False)`, igraph
  `betweenness(directed=True)`;
- closenessDirected: networkx `closeness_centrality(DiGraph)` (incoming distances, Wasserman-Faust improved),
  igraph `closeness(mode="in", normalized=True)` times (r - 1)/(n - 1), r = actors that reach v (v included);
- clusteringWeighted: networkx `clustering(U, weight="weight")` (Onnela et al. 2005) on the graph vernetzt
  analyses: the undirected view whose tie weight is the sum of both directions. igraph has no Onnela
  clustering (`transitivity_local_undirected(weights=...)` is Barrat's), so networkx only;
- constraintDirected, effectiveSizeDirected: networkx `constraint(DiGraph)` and `effective_size(DiGraph)`,
  whose mutual weight counts a reciprocated pair twice (weight=None) or as w_uv + w_vu; igraph `constraint()`
  on the directed graph (igraph has no effective size).

Run with Debian's Python (`apt-get install -y python3-networkx python3-igraph`):

    /usr/bin/python3 scripts/reference/make-definition-fixtures.py

Reads the graphs of test/fixtures/reference/ (written by make-fixtures.py), adds directed graphs with many
reciprocated ties, and writes one JSON file per graph to test/fixtures/reference-definitions/ in the shape of
the reference fixtures ("binary": every tie length 1 and weight=None; "weighted": path length 1/weight, Burt's
measures with the weight as intensity). clusteringWeighted uses the weights in both variants.
"""
import json
from fractions import Fraction
import math
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402

HERE = os.path.dirname(__file__)
IN = os.path.join(HERE, "..", "..", "test", "fixtures", "reference")
OUT = os.path.join(HERE, "..", "..", "test", "fixtures", "reference-definitions")


def clean(x):
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def vec(nodes, mapping):
    return [clean(mapping[v]) for v in nodes]


def graph_of(directed, nodes, edges):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes)
    for u, v, w in edges:
        # exact rational lengths: networkx compares path lengths exactly (see make-fixtures.py)
        G.add_edge(u, v, weight=w, distance=Fraction(1, w) if isinstance(w, int) else 1 / w)
    return G


def undirected_view(G):
    U = nx.Graph()
    U.add_nodes_from(G.nodes())
    for u, v, d in G.edges(data=True):
        if U.has_edge(u, v):
            U[u][v]["weight"] += d["weight"]
        else:
            U.add_edge(u, v, weight=d["weight"])
    return U


def burt_without_sink_guard(G, values, weight, constraint):
    """networkx returns NaN for an actor whose ties all point to it: its isolate check `len(G[v]) == 0` reads
    the successors of a DiGraph only. For those actors, the body of networkx's own function (its
    `local_constraint` and `normalized_mutual_weight`, over `all_neighbors`) gives the value; igraph agrees."""
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    out = dict(values)
    for v in G.nodes():
        if len(G[v]) > 0 or G.in_degree(v) == 0:
            continue
        partners = set(nx.all_neighbors(G, v))
        if constraint:
            out[v] = sum(nx.local_constraint(G, v, u, weight=weight) for u in partners)
        else:
            out[v] = sum(
                1 - sum(nmw(G, v, w, weight=weight) * nmw(G, u, w, norm=max, weight=weight) for w in partners)
                for u in partners - {v}
            )
    return out


def networkx_values(G, weighted):
    nodes = list(G.nodes())
    a = {"clusteringWeighted": vec(nodes, nx.clustering(undirected_view(G), weight="weight"))}
    if G.is_directed():
        pw = "distance" if weighted else None
        iw = "weight" if weighted else None
        a["betweennessDirected"] = vec(nodes, nx.betweenness_centrality(G, normalized=False, weight=pw))
        a["closenessDirected"] = vec(nodes, nx.closeness_centrality(G, distance=pw))
        a["constraintDirected"] = vec(nodes, burt_without_sink_guard(G, nx.constraint(G, weight=iw), iw, True))
        a["effectiveSizeDirected"] = vec(
            nodes, burt_without_sink_guard(G, nx.effective_size(G, weight=iw), iw, False)
        )
    return {"actor": a}


def igraph_values(G, weighted):
    if not G.is_directed():
        return {"actor": {}}
    nodes = list(G.nodes())
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    g = ig.Graph(n=n, edges=[(index[u], index[v]) for u, v in G.edges()], directed=True)
    g.es["weight"] = [d["weight"] for _, _, d in G.edges(data=True)]
    g.es["distance"] = [1 / w for w in g.es["weight"]]
    pw = "distance" if weighted else None
    iw = "weight" if weighted else None
    a = {}
    a["betweennessDirected"] = g.betweenness(directed=True, weights=pw)
    closeness = g.closeness(mode="in", weights=pw, normalized=True)
    reach = [len(g.subcomponent(v, mode="in")) - 1 for v in range(n)]
    a["closenessDirected"] = [
        0.0 if reach[v] == 0 else closeness[v] * reach[v] / (n - 1) for v in range(n)
    ]
    degree = g.degree(mode="all")
    a["constraintDirected"] = [None if degree[v] == 0 else x for v, x in enumerate(g.constraint(weights=iw))]
    return {"actor": {k: [clean(x) for x in v] for k, v in a.items()}}


def fixture(name, source, directed, nodes, edges):
    G = graph_of(directed, nodes, edges)
    doc = {
        "name": name,
        "source": source,
        "tools": {"networkx": nx.__version__, "igraph": ig.__version__},
        "directed": directed,
        "nodes": nodes,
        "edges": edges,
        "networkx": {"binary": networkx_values(G, False), "weighted": networkx_values(G, True)},
        "igraph": {"binary": igraph_values(G, False), "weighted": igraph_values(G, True)},
    }
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}: {len(nodes)} actors, {len(edges)} ties", file=sys.stderr)


def generated(name, source, G, seed):
    rng = random.Random(seed)
    G = nx.relabel_nodes(G, {v: str(v) for v in G.nodes()})
    edges = [[u, v, rng.randint(1, 5)] for u, v in G.edges() if u != v]
    fixture(name, source, G.is_directed(), list(G.nodes()), edges)


def main():
    for file in sorted(os.listdir(IN)):
        if not file.endswith(".json"):
            continue
        with open(os.path.join(IN, file)) as f:
            ref = json.load(f)
        fixture(ref["name"], ref["source"], ref["directed"], ref["nodes"], ref["edges"])
    generated(
        "directed-reciprocal",
        "networkx.gnp_random_graph(40, 0.12, seed=21, directed=True), weights 1..5 (seed 21)",
        nx.gnp_random_graph(40, 0.12, seed=21, directed=True),
        21,
    )
    generated(
        "directed-scale-free",
        "networkx.DiGraph(networkx.scale_free_graph(60, seed=4)) without self-loops, weights 1..5 (seed 4)",
        nx.DiGraph(nx.scale_free_graph(60, seed=4)),
        4,
    )
    dense = nx.gnp_random_graph(25, 0.35, seed=9, directed=True)
    dense.add_nodes_from(range(25, 28))  # isolates
    generated(
        "directed-dense",
        "networkx.gnp_random_graph(25, 0.35, seed=9, directed=True) + 3 isolates, weights 1..5 (seed 9)",
        dense,
        9,
    )


if __name__ == "__main__":
    main()
