"""Reads a Seagull GraphML file for networkx, as tst_analysis and bench_analysis compare with it.

Returns the directed graph as written (one edge per ordered pair, `weight` = event count) and the
undirected simple graph Seagull's measures use, where a pair called both ways weighs the events
of both directions.
"""
import networkx as nx


def load(path):
    d = nx.read_graphml(path)
    g = nx.Graph()
    g.add_nodes_from(d.nodes())
    for a, b, data in d.edges(data=True):
        w = float(data["weight"])
        if g.has_edge(a, b):
            g[a][b]["weight"] += w
        else:
            g.add_edge(a, b, weight=w)
    return d, g
