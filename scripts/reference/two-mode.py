#!/usr/bin/python3
"""Reference values for vernetzt's two-mode projections, computed with networkx.

Run with Debian's Python (`apt-get install -y python3-networkx`):

    PYTHONHASHSEED=0 /usr/bin/python3 scripts/reference/two-mode.py

Writes test/core/two-mode/reference.json: for each two-mode network its memberships (member, group) in order,
and networkx's
  - bipartite.weighted_projected_graph(B, members)              -> "count"  (shared groups)
  - bipartite.collaboration_weighted_projected_graph(B, members) -> "newman" (Newman 2001, PRE 64, 016132)
  - bipartite.degree_centrality(B, members)                      -> "degreeCentrality"
Networks:
  - "davis": Davis, Gardner & Gardner's Southern Women (1941; networkx davis_southern_women_graph), 18 women x
    14 events. The women are relabelled W01..W18 (in networkx's order) and the events E01..E14, so no person's
    name is stored here.
  - "random": a seeded random bipartite graph (25 members x 12 groups, p = 0.18) plus a group with one member
    and a member without groups, to test that single-member groups contribute nothing and isolates stay.
"""
import json
import os
import random

import networkx as nx
from networkx.algorithms import bipartite

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "core", "two-mode", "reference.json")


def describe(B, members, groups, source):
    memberships = [[m, g] for m in members for g in B.neighbors(m) if g in groups]
    memberships.sort(key=lambda mg: (members.index(mg[0]), groups.index(mg[1])))
    count = bipartite.weighted_projected_graph(B, members)
    newman = bipartite.collaboration_weighted_projected_graph(B, members)

    def edges(G):
        rows = []
        for u, v, d in G.edges(data=True):
            a, b = sorted([u, v], key=members.index)
            rows.append([a, b, d["weight"]])
        return sorted(rows, key=lambda r: (members.index(r[0]), members.index(r[1])))

    centrality = bipartite.degree_centrality(B, members)
    return {
        "source": source,
        "members": members,
        "groups": groups,
        "memberships": memberships,
        "count": edges(count),
        "newman": edges(newman),
        "degreeCentrality": {n: centrality[n] for n in members + groups},
    }


def davis():
    G = nx.davis_southern_women_graph()
    women = [n for n, d in G.nodes(data=True) if d["bipartite"] == 0]
    events = [n for n, d in G.nodes(data=True) if d["bipartite"] == 1]
    mapping = {w: "W%02d" % (i + 1) for i, w in enumerate(women)}
    mapping.update({e: "E%02d" % (i + 1) for i, e in enumerate(events)})
    B = nx.relabel_nodes(G, mapping)
    return describe(
        B,
        [mapping[w] for w in women],
        [mapping[e] for e in events],
        "networkx davis_southern_women_graph (Davis, Gardner & Gardner 1941, Deep South), relabelled",
    )


def random_network():
    rng = random.Random(20260101)
    members = ["m%02d" % i for i in range(25)]
    groups = ["g%02d" % i for i in range(12)]
    B = nx.Graph()
    B.add_nodes_from(members, bipartite=0)
    B.add_nodes_from(groups + ["solo"], bipartite=1)
    for m in members[:-1]:
        for g in groups:
            if rng.random() < 0.18:
                B.add_edge(m, g)
    B.add_edge(members[0], "solo")
    return describe(B, members, groups + ["solo"], "seeded random bipartite graph (random.Random(20260101), p = 0.18)")


def main():
    data = {
        "tool": "networkx " + nx.__version__,
        "networks": {"davis": davis(), "random": random_network()},
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(data, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
