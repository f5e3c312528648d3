#!/usr/bin/python3
"""Reference fixtures for the groups and communities areas.

Writes test/fixtures/reference-groups/<name>.json: the graph (actors with their category, ties with weights)
and the values networkx, python-igraph and R sna give for it, so the TypeScript tests compare against
independent implementations without needing Python or R at test time.

Run from the repository root (Debian packages python3-networkx python3-igraph r-base-core r-cran-sna):
    /usr/bin/python3 scripts/reference/groups/make_fixtures.py
Steps: 1. build graphs and networkx/igraph values; 2. R sna brokerage (brokerage.R); 3. our seeded Louvain
partition (partition.ts, run with tsx), whose modularity networkx and igraph then compute, and its NMI/ARI
against the categories by the formulas below (scikit-learn is not available here).
"""
import json
import math
import os
import random
import subprocess
import sys

import igraph
import networkx as nx

# networkx sums over dicts keyed by category strings: fix Python's string hashing so that the last digit of
# its floats, and with it the fixture files, is the same on every run.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
OUT = os.path.join(ROOT, "test", "fixtures", "reference-groups")
HERE = os.path.dirname(os.path.abspath(__file__))

DISTRICTS = ["Altstadt", "Äußere Neustadt", "Oststadt", "Zentrum", "Süd", "oberer Hang"]


def fixture_graphs():
    """(name, source, graph, attribute) with the attribute stored on nodes as 'category' (None = no value)."""
    karate = nx.karate_club_graph()
    for v in karate.nodes:
        karate.nodes[v]["category"] = karate.nodes[v]["club"]
    yield (
        "karate",
        "Zachary (1977), J. Anthropological Research 33(4), 452-473; networkx 2.8.8 karate_club_graph() "
        "(edge weights = number of contexts of interaction); attribute = the 'club' faction after the split",
        karate,
        "faction",
    )

    florentine = nx.florentine_families_graph()
    rng = random.Random(633)
    for i, v in enumerate(sorted(florentine.nodes)):
        florentine.nodes[v]["category"] = None if i == 4 else rng.choice(["Gruppe A", "Gruppe B", "Gruppe C"])
    for u, v in florentine.edges:
        florentine.edges[u, v]["weight"] = 1
    yield (
        "florentine",
        "Padgett & Ansell (1993), Am. J. Sociology 98(6), 1259-1319; networkx 2.8.8 florentine_families_graph() "
        "(marriage ties); attribute = SYNTHETIC groups drawn with random.Random(633), one family without a value",
        florentine,
        "group",
    )

    for name, n, p, directed, seed in [
        ("random-undirected", 80, 0.06, False, 11),
        ("random-directed", 60, 0.08, True, 12),
        ("random-directed-sparse", 50, 0.025, True, 13),
    ]:
        g = nx.gnp_random_graph(n, p, seed=seed, directed=directed)
        rng = random.Random(seed)
        for v in g.nodes:
            g.nodes[v]["category"] = None if rng.random() < 0.1 else rng.choice(DISTRICTS)
        for u, v in g.edges:
            g.edges[u, v]["weight"] = rng.randint(1, 4)
        yield (
            name,
            f"networkx 2.8.8 gnp_random_graph(n={n}, p={p}, seed={seed}, directed={directed}); districts drawn "
            f"with random.Random({seed}) (10% without a value); weights randint(1, 4)",
            g,
            "district",
        )


def categorised(g):
    return g.subgraph([v for v in g.nodes if g.nodes[v]["category"] is not None]).copy()


def ei_by_formula(h):
    """E and I over ties among categorised actors, each tie once; per category E_k, I_k."""
    cats = sorted({h.nodes[v]["category"] for v in h.nodes})
    per = {c: {"external": 0, "internal": 0} for c in cats}
    external = internal = 0
    for u, v in h.edges:
        a, b = h.nodes[u]["category"], h.nodes[v]["category"]
        if a == b:
            internal += 1
            per[a]["internal"] += 1
        else:
            external += 1
            per[a]["external"] += 1
            per[b]["external"] += 1
    return {"external": external, "internal": internal, "perCategory": per}


def nmi_arithmetic(x, y):
    """scikit-learn's normalized_mutual_info_score(average_method='arithmetic'), transcribed."""
    n = len(x)
    cx, cy, cxy = {}, {}, {}
    for a, b in zip(x, y):
        cx[a] = cx.get(a, 0) + 1
        cy[b] = cy.get(b, 0) + 1
        cxy[(a, b)] = cxy.get((a, b), 0) + 1
    if (len(cx) == 1 and len(cy) == 1) or n == 0:
        return 1.0
    mi = sum(c / n * math.log(n * c / (cx[a] * cy[b])) for (a, b), c in cxy.items())
    if mi <= 0:
        return 0.0
    h = lambda counts: -sum(c / n * math.log(c / n) for c in counts.values())
    return mi / ((h(cx) + h(cy)) / 2)


def ari(x, y):
    """scikit-learn's adjusted_rand_score via the pair confusion matrix, transcribed."""
    n = len(x)
    pairs = lambda k: k * (k - 1) // 2
    cx, cy, cxy = {}, {}, {}
    for a, b in zip(x, y):
        cx[a] = cx.get(a, 0) + 1
        cy[b] = cy.get(b, 0) + 1
        cxy[(a, b)] = cxy.get((a, b), 0) + 1
    tp = sum(pairs(c) for c in cxy.values())
    fp = sum(pairs(c) for c in cy.values()) - tp
    fn = sum(pairs(c) for c in cx.values()) - tp
    tn = pairs(n) - tp - fp - fn
    if fn == 0 and fp == 0:
        return 1.0
    return 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn))


def to_igraph(g, nodes):
    index = {v: i for i, v in enumerate(nodes)}
    ig = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in g.edges], directed=g.is_directed())
    ig.es["weight"] = [g.edges[u, v]["weight"] for u, v in g.edges]
    return ig


def build(name, source, g, attribute):
    nodes = list(g.nodes)
    h = categorised(g)
    cats = sorted({h.nodes[v]["category"] for v in h.nodes})
    mapping = {c: i for i, c in enumerate(cats)}
    matrix = nx.attribute_mixing_matrix(h, "category", mapping=mapping, normalized=False)
    r_nx = nx.attribute_assortativity_coefficient(h, "category")
    hn = list(h.nodes)
    ig = to_igraph(h, hn)
    r_ig = ig.assortativity_nominal([mapping[h.nodes[v]["category"]] for v in hn], directed=True)
    return {
        "name": name,
        "source": source,
        "generatedBy": "scripts/reference/groups/make_fixtures.py",
        "directed": g.is_directed(),
        "attribute": attribute,
        "actors": [{"id": str(v), "category": g.nodes[v]["category"]} for v in nodes],
        "ties": [[str(u), str(v), g.edges[u, v]["weight"]] for u, v in g.edges],
        "expected": {
            "networkx": {
                "version": nx.__version__,
                "mixingCategories": cats,
                "mixingMatrix": matrix.astype(int).tolist(),
                "assortativity": None if math.isnan(r_nx) else r_nx,
            },
            "igraph": {"version": igraph.__version__, "assortativityNominal": None if math.isnan(r_ig) else r_ig},
            "formula": {"ei": ei_by_formula(h)},
        },
    }


def add_partition_checks(fixture, g):
    """Modularity (networkx, igraph) of our partition and its NMI/ARI against the categories."""
    ours = fixture["ours"]["communities"]
    nodes = list(g.nodes)
    key = {str(v): v for v in nodes}
    blocks = {}
    for actor, c in ours.items():
        blocks.setdefault(c, set()).add(key[actor])
    parts = [blocks[c] for c in sorted(blocks)]
    ig = to_igraph(g, nodes)
    membership = [ours[str(v)] for v in nodes]
    both = [(g.nodes[v]["category"], ours[str(v)]) for v in nodes if g.nodes[v]["category"] is not None]
    x = [a for a, _ in both]
    y = [b for _, b in both]
    codes = {c: i for i, c in enumerate(sorted(set(x)))}
    fixture["expected"]["networkx"]["modularityOfOurPartition"] = {
        "weighted": nx.community.modularity(g, parts, weight="weight"),
        "unweighted": nx.community.modularity(g, parts, weight=None),
        "weightedResolution2": nx.community.modularity(g, parts, weight="weight", resolution=2),
    }
    fixture["expected"]["igraph"]["modularityOfOurPartition"] = {
        "weighted": ig.modularity(membership, weights="weight", directed=True),
    }
    fixture["expected"]["formula"]["agreementOfOurPartition"] = {
        "nmi": nmi_arithmetic(x, y),
        "ari": ari(x, y),
    }
    fixture["expected"]["igraph"]["agreementOfOurPartition"] = {
        "nmi": igraph.compare_communities([codes[a] for a in x], y, method="nmi"),
        "ari": igraph.compare_communities([codes[a] for a in x], y, method="adjusted_rand"),
    }


def main():
    os.makedirs(OUT, exist_ok=True)
    graphs = list(fixture_graphs())
    paths = []
    for name, source, g, attribute in graphs:
        path = os.path.join(OUT, f"{name}.json")
        fixture = build(name, source, g, attribute)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(fixture, f, ensure_ascii=False, indent=1)
        paths.append(path)
    subprocess.run(["Rscript", os.path.join(HERE, "brokerage.R"), *paths], check=True)
    subprocess.run(
        ["node", "--conditions=@vernetzt/source", "--import", "tsx", os.path.join(HERE, "partition.ts"), *paths],
        check=True,
        cwd=ROOT,
    )
    for (name, source, g, attribute), path in zip(graphs, paths):
        with open(path, encoding="utf-8") as f:
            fixture = json.load(f)
        add_partition_checks(fixture, g)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(fixture, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"wrote {os.path.relpath(path, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
