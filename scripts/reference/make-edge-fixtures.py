#!/usr/bin/python3
"""Reference values for tie betweenness, Girvan-Newman and minimum cuts, computed with networkx AND igraph.

Run with Debian's Python, after make-fixtures.py (it reads the graphs stored there):

    /usr/bin/python3 scripts/reference/make-edge-fixtures.py

For every graph of test/fixtures/reference/<name>.json it writes test/fixtures/reference-edges/<name>.json:
the tool versions and, for binary ties ("binary") and with weights ("weighted": path length = 1/weight,
capacity = weight), from each tool:
- "edgeBetweenness": [i, j, value] per tie of the undirected view, i < j actor positions;
- "girvanNewman": the membership list of each level (community ids by first appearance in actor order), from
  the components of the graph as given down to single actors. networkx: every level `girvan_newman` yields,
  with vernetzt's documented rule for equal values as `most_valuable_edge` (the highest betweenness; values
  within a relative 1e-9 count as equal, and of those the tie first in pair order goes), and as
  "girvanNewmanDefault" with networkx's own rule (exact float maximum, first in networkx's edge order);
  igraph: `community_edge_betweenness().as_clustering(k)` for each k it can give (its own rule);
- "minimumCut": between the first and the last actor of the largest component: value, and for networkx the
  source side of the minimum cut closest to the source: the actors reachable from the source over ties with
  capacity left after `edmonds_karp` (networkx's own `minimum_cut` partition is the cut closest to the target).
The undirected view of directed data is the union with weight w_uv + w_vu, as in make-fixtures.py.
"""
import json
from fractions import Fraction
from operator import itemgetter
import os
import sys

if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

import igraph as ig  # noqa: E402
import networkx as nx  # noqa: E402

HERE = os.path.dirname(__file__)
IN = os.path.join(HERE, "..", "..", "test", "fixtures", "reference")
OUT = os.path.join(HERE, "..", "..", "test", "fixtures", "reference-edges")


def undirected(doc):
    U = nx.Graph()
    U.add_nodes_from(doc["nodes"])
    for u, v, w in doc["edges"]:
        if U.has_edge(u, v):
            U[u][v]["weight"] += w
        else:
            U.add_edge(u, v, weight=w)
    for _, _, d in U.edges(data=True):
        d["distance"] = Fraction(1, d["weight"])  # exact, as in make-fixtures.py
    return U


def membership(nodes, groups):
    label = {}
    for i, g in enumerate(groups):
        for v in g:
            label[v] = i
    ids, out = {}, []
    for v in nodes:
        out.append(ids.setdefault(label[v], len(ids)))
    return out


def endpoints(doc, U):
    comps = list(nx.connected_components(U))
    best = max(comps, key=len)
    members = [v for v in doc["nodes"] if v in best]
    return members[0], members[-1]


def networkx_values(doc, U, weighted):
    nodes = doc["nodes"]
    pos = {v: i for i, v in enumerate(nodes)}
    pw = "distance" if weighted else None
    eb = nx.edge_betweenness_centrality(U, normalized=False, weight=pw)
    edge_b = sorted([*sorted((pos[u], pos[v])), float(x)] for (u, v), x in eb.items())

    def most_valuable(G):
        return max(nx.edge_betweenness_centrality(G, normalized=False, weight=pw).items(), key=itemgetter(1))[0]

    def most_valuable_in_pair_order(G):
        values = nx.edge_betweenness_centrality(G, normalized=False, weight=pw)
        top = max(values.values())
        tied = [tuple(sorted(e, key=pos.get)) for e, x in values.items() if abs(top - x) <= 1e-9 * top]
        return min(tied, key=lambda e: (pos[e[0]], pos[e[1]]))

    def hierarchy(rule):
        levels = [membership(nodes, nx.connected_components(U))]
        for groups in nx.community.girvan_newman(U, most_valuable_edge=rule):
            levels.append(membership(nodes, groups))
        return levels
    s, t = endpoints(doc, U)
    for _, _, d in U.edges(data=True):
        d["capacity"] = d["weight"] if weighted else 1
    R = nx.algorithms.flow.edmonds_karp(U, s, t, capacity="capacity")
    value = R.graph["flow_value"]
    side = {s}
    stack = [s]
    while stack:
        u = stack.pop()
        for v, d in R[u].items():
            if v not in side and d["capacity"] - d["flow"] > 0:
                side.add(v)
                stack.append(v)
    cut = {"source": s, "target": t, "value": float(value), "sourceSide": [v for v in nodes if v in side]}
    return {
        "edgeBetweenness": edge_b,
        "girvanNewman": hierarchy(most_valuable_in_pair_order),
        "girvanNewmanDefault": hierarchy(most_valuable),
        "minimumCut": cut,
    }


def igraph_values(doc, U, weighted):
    nodes = doc["nodes"]
    pos = {v: i for i, v in enumerate(nodes)}
    edges = sorted(tuple(sorted((pos[u], pos[v]))) for u, v in U.edges())
    g = ig.Graph(n=len(nodes), edges=edges, directed=False)
    g.es["weight"] = [U[nodes[i]][nodes[j]]["weight"] for i, j in edges]
    g.es["distance"] = [1 / w for w in g.es["weight"]]
    pw = "distance" if weighted else None
    eb = g.edge_betweenness(directed=False, weights=pw)
    edge_b = [[i, j, float(x)] for (i, j), x in zip(edges, eb)]
    dendrogram = g.community_edge_betweenness(directed=False, weights=pw)
    levels = []
    for k in range(len(g.connected_components()), len(nodes) + 1):
        try:
            groups = dendrogram.as_clustering(k).membership
        except Exception:  # igraph cannot cut its merges at every k for disconnected graphs
            continue
        levels.append(membership(list(range(len(nodes))), _groups(groups)))
    s, t = endpoints(doc, U)
    cap = g.es["weight"] if weighted else [1] * g.ecount()
    value = g.mincut(pos[s], pos[t], capacity=cap).value
    return {"edgeBetweenness": edge_b, "girvanNewman": levels, "minimumCut": {"source": s, "target": t, "value": float(value)}}


def _groups(labels):
    out = {}
    for v, c in enumerate(labels):
        out.setdefault(c, []).append(v)
    return list(out.values())


def main():
    os.makedirs(OUT, exist_ok=True)
    for name in sorted(f for f in os.listdir(IN) if f.endswith(".json")):
        with open(os.path.join(IN, name)) as f:
            doc = json.load(f)
        U = undirected(doc)
        out = {
            "name": doc["name"],
            "tools": {"networkx": nx.__version__, "igraph": ig.__version__},
            "networkx": {v: networkx_values(doc, U, v == "weighted") for v in ("binary", "weighted")},
            "igraph": {v: igraph_values(doc, U, v == "weighted") for v in ("binary", "weighted")},
        }
        path = os.path.join(OUT, name)
        with open(path, "w") as f:
            json.dump(out, f, indent=None, separators=(",", ":"))
            f.write("\n")
        print(f"wrote {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
