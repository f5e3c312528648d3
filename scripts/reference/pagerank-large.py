#!/usr/bin/python3
"""A large directed random graph and igraph's exact PageRank (PRPACK) for `pagerank-large.ts`.

    /usr/bin/python3 scripts/reference/pagerank-large.py [actors] [ties]

Defaults 300,000 actors, 1,200,000 arcs (Erdős–Rényi G(n, m), seed 1; ~1.8 % dangling actors). Writes
/tmp/vernetzt-pagerank-<actors>.json: {"n", "edges": [s, t, ...] flattened, "pagerank": [...]}.
"""
import json
import random
import sys

import igraph as ig

n = int(sys.argv[1]) if len(sys.argv) > 1 else 300_000
m = int(sys.argv[2]) if len(sys.argv) > 2 else 1_200_000
random.seed(1)
g = ig.Graph.Erdos_Renyi(n=n, m=m, directed=True, loops=False)
rank = g.pagerank(damping=0.85, directed=True, implementation="prpack")
flat = [v for e in g.get_edgelist() for v in e]
with open(f"/tmp/vernetzt-pagerank-{n}.json", "w") as f:
    json.dump({"n": n, "edges": flat, "pagerank": rank}, f)
print(f"wrote /tmp/vernetzt-pagerank-{n}.json", file=sys.stderr)
