#!/usr/bin/python3
"""Exact betweenness of a graph written by export-graph.ts, by python-igraph's C core (the reference for
the accuracy of vernetzt's sampled betweenness at 100,000 actors; it takes a long time once).

    /usr/bin/python3 scripts/bench/igraph_betweenness.py <prefix> <out.json>

Unweighted and undirected, as `vernetzt analyze` without --weighted; writes {"seconds", "betweenness": [...]}
in vertex order (the order of <prefix>.nodes).
"""
import json
import sys
import time

import igraph as ig

prefix, out = sys.argv[1], sys.argv[2]
n = sum(1 for _ in open(prefix + ".nodes"))
edges = [tuple(map(int, line.split()[:2])) for line in open(prefix + ".edges")]
g = ig.Graph(n=n, edges=edges, directed=False)
t = time.perf_counter()
b = g.betweenness(directed=False)
seconds = time.perf_counter() - t
json.dump({"seconds": round(seconds, 1), "betweenness": b}, open(out, "w"))
print(json.dumps({"seconds": round(seconds, 1), "actors": n, "ties": len(edges)}))
