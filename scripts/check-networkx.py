#!/usr/bin/python3
"""Reads a newsgraph export with networkx and prints what a test needs to compare, as JSON.

usage: check-networkx.py gexf|graphml FILE

Used by test/export to prove that networkx (Debian python3-networkx) reads our GEXF 1.2draft and
GraphML files: node and edge counts, edge types, node positions and labels.
"""
import json
import sys

import networkx as nx


def main() -> None:
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "gexf":
        g = nx.read_gexf(path)
        positions = {
            n: [d["viz"]["position"]["x"], d["viz"]["position"]["y"]]
            for n, d in g.nodes(data=True)
            if "viz" in d and "position" in d["viz"]
        }
    elif kind == "graphml":
        g = nx.read_graphml(path)
        positions = {n: [d["x"], d["y"]] for n, d in g.nodes(data=True) if "x" in d and "y" in d}
    else:
        sys.exit(f"check-networkx: unknown kind {kind!r}; use gexf or graphml")
    edges = sorted(
        [u, v, d.get("type"), d.get("evidence_count")]
        for u, v, d in (g.edges(data=True))
    )
    print(
        json.dumps(
            {
                "class": type(g).__name__,
                "nodes": g.number_of_nodes(),
                "edges": g.number_of_edges(),
                "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
                "positions": positions,
                "edgeList": edges,
            }
        )
    )


if __name__ == "__main__":
    main()
