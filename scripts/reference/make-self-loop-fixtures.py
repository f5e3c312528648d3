#!/usr/bin/python3
"""Reference values for self-loops (issue #24): the measures that count a tie from an actor to itself, as
networkx counts it, on graphs with loops (undirected and directed, weighted, with an actor whose only tie is its
loop, a loop of weight 0 and isolates):

- degree: networkx `G.to_undirected().degree` (a loop adds 2; vernetzt's degree is the undirected view);
- inDegree / outDegree (directed graphs): networkx `in_degree` / `out_degree` (a loop adds 1 to each);
- strength: networkx `degree(weight="weight")` (a loop adds 2 * weight; for a DiGraph in + out);
- pagerank: networkx `pagerank(G, weight=None)` ("binary") and `pagerank(G, weight="weight")` ("weighted"),
  tol 1e-15: the loop is an arc v -> v (an undirected graph is walked as `to_directed()`, which keeps the
  loop once);
- modularityMod3 (network): networkx `community.modularity` of the partition "actor index mod 3" (a loop adds
  its weight inside its community and 2 * weight to the community's degree sum).

igraph agrees on degree and strength (`degree(loops=True)`, `strength(loops=True)`) and is written too; its
PageRank (PRPACK) walks an undirected loop twice, as its degree counts it, so it is not a reference here
(`docs/metrics.md`, "Self-loops").

Run with Debian's Python (`apt-get install -y python3-networkx python3-igraph`):

    /usr/bin/python3 scripts/reference/make-self-loop-fixtures.py

Writes test/fixtures/reference-self-loops/<graph>.json in the shape of the reference fixtures (see
make-fixtures.py). Seeded: re-running rewrites byte-identical files.
"""
import json
import math
import os
import random
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402

HERE = os.path.dirname(__file__)
OUT = os.path.join(HERE, "..", "..", "test", "fixtures", "reference-self-loops")
WEIGHTS = [1, 2, 3, 0.5, 2.5, 4]


def clean(x):
    x = float(x)
    return None if math.isnan(x) else x


def vec(nodes, mapping):
    return [clean(mapping[v]) for v in nodes]


def graph_of(directed, nodes, edges):
    G = nx.DiGraph() if directed else nx.Graph()
    G.add_nodes_from(nodes)
    for u, v, w in edges:
        G.add_edge(u, v, weight=w)
    return G


def networkx_values(G, weighted):
    nodes = list(G.nodes())
    a = {
        "degree": vec(nodes, dict(G.to_undirected().degree())),
        "strength": vec(nodes, dict(G.degree(weight="weight"))),
        "pagerank": vec(
            nodes, nx.pagerank(G, weight="weight" if weighted else None, tol=1e-15, max_iter=100000)
        ),
    }
    if G.is_directed():
        a["inDegree"] = vec(nodes, dict(G.in_degree()))
        a["outDegree"] = vec(nodes, dict(G.out_degree()))
    # modularity of a fixed partition (the actors by their index mod 3) counts a loop as networkx does
    parts = [{v for i, v in enumerate(nodes) if i % 3 == c} for c in range(3)]
    q = nx.community.modularity(G, parts, weight="weight" if weighted else None)
    return {"actor": a, "network": {"modularityMod3": clean(q)}}


def igraph_values(G):
    nodes = list(G.nodes())
    index = {v: i for i, v in enumerate(nodes)}
    g = ig.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()], directed=G.is_directed())
    g.es["weight"] = [d["weight"] for _, _, d in G.edges(data=True)]
    a = {"strength": [float(x) for x in g.strength(weights="weight", loops=True)]}
    if G.is_directed():
        a["inDegree"] = [float(x) for x in g.degree(mode="in", loops=True)]
        a["outDegree"] = [float(x) for x in g.degree(mode="out", loops=True)]
    else:
        a["degree"] = [float(x) for x in g.degree(loops=True)]
    return {"actor": a, "network": {}}


def fixture(name, source, G):
    nodes = list(G.nodes())
    edges = [[u, v, d["weight"]] for u, v, d in G.edges(data=True)]
    doc = {
        "name": name,
        "source": source,
        "tools": {"networkx": nx.__version__, "igraph": ig.__version__},
        "directed": G.is_directed(),
        "nodes": nodes,
        "edges": edges,
        "selfLoops": sum(1 for u, v, _ in edges if u == v),
        "networkx": {"binary": networkx_values(G, False), "weighted": networkx_values(G, True)},
        "igraph": {"binary": igraph_values(G), "weighted": igraph_values(G)},
    }
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w") as f:
        json.dump(doc, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}: {len(nodes)} actors, {len(edges)} ties, {doc['selfLoops']} self-loops", file=sys.stderr)


def with_loops(base, seed, loops):
    """`base` with string ids, weights from WEIGHTS, a self-loop on `loops` random actors, an actor whose only
    tie is its loop ("only-loop"), one whose loop has weight 0 ("zero-loop", tied to actor 0) and an isolate."""
    rng = random.Random(seed)
    G = nx.DiGraph() if base.is_directed() else nx.Graph()
    G.add_nodes_from(str(v) for v in base.nodes())
    for u, v in base.edges():
        if u != v:
            G.add_edge(str(u), str(v), weight=rng.choice(WEIGHTS))
    for v in rng.sample(sorted(base.nodes()), loops):
        G.add_edge(str(v), str(v), weight=rng.choice(WEIGHTS))
    G.add_edge("only-loop", "only-loop", weight=2)
    G.add_edge("0", "zero-loop", weight=1)
    G.add_edge("zero-loop", "zero-loop", weight=0)
    G.add_node("isolate")
    return G


def main():
    fixture(
        "loops-undirected",
        "networkx.gnp_random_graph(24, 0.15, seed=5), weights and 6 self-loops seeded (5), "
        "+ only-loop, zero-loop, isolate",
        with_loops(nx.gnp_random_graph(24, 0.15, seed=5), 5, 6),
    )
    fixture(
        "loops-directed",
        "networkx.gnp_random_graph(24, 0.12, seed=6, directed=True), weights and 6 self-loops seeded (6), "
        "+ only-loop, zero-loop (a sink but for its loop), isolate",
        with_loops(nx.gnp_random_graph(24, 0.12, seed=6, directed=True), 6, 6),
    )
    karate = nx.karate_club_graph()
    G = nx.Graph()
    G.add_nodes_from(str(v) for v in karate.nodes())
    for u, v, d in karate.edges(data=True):
        G.add_edge(str(u), str(v), weight=d["weight"])
    for v, w in [(0, 3), (33, 1), (11, 2)]:  # 11 has one partner: its loop outweighs its tie
        G.add_edge(str(v), str(v), weight=w)
    fixture(
        "loops-karate",
        "networkx.karate_club_graph() (weights as in networkx) + self-loops on 0 (3), 33 (1), 11 (2)",
        G,
    )


if __name__ == "__main__":
    main()
