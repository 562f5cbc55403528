"""Node positions for the page, computed once in Python so the page opens still.

A single force layout over everything gives a hairball: news graphs have one
large component, many small ones and a crowd of entities with no relation.
So the layout works piece by piece:

1. each connected component is laid out on its own; inside it, nodes of
   degree one (an industry under its sector, a goal set at one meeting) are
   taken out and put on a ring around the node they hang from, and only the
   rest (the "core") goes through the force layout, with hubs pushing
   harder so their rings have room;
2. entities with no relation at all are set out in a grid, one block per type;
3. the pieces are packed in rows, largest first.

The force layout is a vectorised Fruchterman-Reingold (numpy, seeded), cheap
enough for a few thousand core nodes; networkx's own spring_layout switches to
a slow per-node loop past 500 nodes.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", type="Official"); g.add_node("b", type="Meeting")
>>> g.add_edge("a", "b")
0
>>> pos = layout(g)
>>> sorted(pos) == ["a", "b"] and pos == layout(g)
True
"""
from __future__ import annotations

import math

import networkx as nx
import numpy as np

SPACING = 150.0       # pixels between linked nodes in the force layout
LEAF_GAP = 80.0       # pixels between neighbouring leaves on a ring
GRID_DX, GRID_DY = 160.0, 56.0   # grid cells for unlinked entities: a label is <= 10 characters
MARGIN_X, MARGIN_Y = 170.0, 110.0  # between packed pieces, with room for labels
TYPE_ORDER = ("Official", "Company", "Project", "Industry", "Meeting", "Goal", "Place")


def force_layout(nodes: list, edges: list[tuple[int, int]], mass: np.ndarray,
                 seed: int, iterations: int = 60) -> np.ndarray:
    """Fruchterman-Reingold in a unit box; returns an (n, 2) array.

    `edges` are index pairs into `nodes`; `mass` scales each node's repulsion.
    Repulsion is computed in row blocks so memory stays small at 5,000 nodes.

    >>> p = force_layout(["a", "b", "c"], [(0, 1), (1, 2)], np.ones(3), seed=1)
    >>> p.shape
    (3, 2)
    """
    n = len(nodes)
    rng = np.random.RandomState(seed)
    pos = rng.rand(n, 2)
    if n == 1:
        return pos * 0
    k = 1.0 / math.sqrt(n)
    src = np.array([a for a, _ in edges], dtype=int)
    dst = np.array([b for _, b in edges], dtype=int)
    weight = (k * k) * mass
    temp = 0.1
    cool = temp / (iterations + 1)
    block = max(1, 4_000_000 // n)
    for _ in range(iterations):
        disp = np.zeros((n, 2))
        px, py = pos[:, 0], pos[:, 1]
        for start in range(0, n, block):
            stop = min(n, start + block)
            dx = px[start:stop, None] - px[None, :]
            dy = py[start:stop, None] - py[None, :]
            d2 = dx * dx
            d2 += dy * dy
            np.maximum(d2, 1e-6, out=d2)
            force = np.divide(weight[start:stop, None] * mass[None, :], d2)
            disp[start:stop, 0] = (dx * force).sum(axis=1)
            disp[start:stop, 1] = (dy * force).sum(axis=1)
        if len(edges):
            d = pos[src] - pos[dst]
            dist = np.maximum(np.sqrt((d ** 2).sum(axis=1)), 1e-3)
            pull = d * (dist / k)[:, None]
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        length = np.maximum(np.sqrt((disp ** 2).sum(axis=1)), 1e-9)
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp -= cool
    return pos - pos.mean(axis=0)


def _component_layout(simple: nx.Graph, comp: list, seed: int) -> dict:
    """Positions (pixels, centred on 0) for one connected component."""
    if len(comp) == 1:
        return {comp[0]: (0.0, 0.0)}
    sub = simple.subgraph(comp)
    leaves = {v for v in comp if sub.degree(v) == 1}
    core = [v for v in comp if v not in leaves]
    if not core:                       # a pair: keep one as the core
        core, leaves = [comp[0]], {comp[1]}
    hanging: dict = {v: [] for v in core}
    for leaf in sorted(leaves):
        hanging[next(iter(sub[leaf]))].append(leaf)
    index = {v: i for i, v in enumerate(core)}
    edges = [(index[a], index[b]) for a, b in sub.subgraph(core).edges()]
    edges.sort()
    mass = np.array([math.sqrt(1 + len(hanging[v])) for v in core])
    iterations = 60 if len(core) < 1500 else 40
    unit = force_layout(core, edges, mass, seed, iterations)
    scale = SPACING * math.sqrt(len(core)) * (1.0 + 0.15 * math.log1p(len(leaves) / len(core)))
    pos = {v: (float(unit[i, 0]) * scale, float(unit[i, 1]) * scale) for i, v in enumerate(core)}
    for hub in core:
        ring = hanging[hub]
        if not ring:
            continue
        cx, cy = pos[hub]
        radius = max(90.0, LEAF_GAP * len(ring) / (2 * math.pi))
        # start the ring pointing away from the component's centre, where there is room
        start = math.atan2(cy, cx) if (cx or cy) else 0.0
        for j, leaf in enumerate(ring):
            a = start + 2 * math.pi * j / len(ring)
            pos[leaf] = (cx + radius * math.cos(a), cy + radius * math.sin(a))
    return pos


def _grid(nodes: list) -> dict:
    cols = max(1, math.ceil(math.sqrt(len(nodes) * GRID_DY / GRID_DX)))
    return {v: ((i % cols) * GRID_DX, (i // cols) * GRID_DY) for i, v in enumerate(nodes)}


def _bounds(pos: dict) -> tuple[float, float, float, float]:
    xs = [x for x, _ in pos.values()]
    ys = [y for _, y in pos.values()]
    return min(xs), min(ys), max(xs), max(ys)


def layout(g: nx.MultiDiGraph, seed: int = 7) -> dict:
    """Deterministic positions {node: (x, y)} in whole pixels."""
    if g.number_of_nodes() == 0:
        return {}
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    simple.add_edges_from(sorted((a, b) for a, b in g.edges() if a != b))
    comps = [sorted(c) for c in nx.connected_components(simple)]
    linked = sorted((c for c in comps if len(c) > 1), key=lambda c: (-len(c), c[0]))
    lonely = sorted(c[0] for c in comps if len(c) == 1)
    pieces = [_component_layout(simple, c, seed) for c in linked]
    rank = {t: i for i, t in enumerate(TYPE_ORDER)}
    by_type: dict = {}
    for v in lonely:
        by_type.setdefault(g.nodes[v].get("type", ""), []).append(v)
    for t in sorted(by_type, key=lambda t: (rank.get(t, len(rank)), t)):
        pieces.append(_grid(by_type[t]))
    # shelf packing: rows of pieces, as wide as a square of the total area
    boxes = [_bounds(p) for p in pieces]
    area = sum((b[2] - b[0] + MARGIN_X) * (b[3] - b[1] + MARGIN_Y) for b in boxes)
    width = max(max(b[2] - b[0] for b in boxes), math.sqrt(area) * 1.2)
    out: dict = {}
    x = y = row_h = 0.0
    for piece, (x0, y0, x1, y1) in zip(pieces, boxes):
        w, h = x1 - x0, y1 - y0
        if x > 0 and x + w > width:
            x, y, row_h = 0.0, y + row_h + MARGIN_Y, 0.0
        for v, (px, py) in piece.items():
            out[v] = (round(px - x0 + x), round(py - y0 + y))
        x += w + MARGIN_X
        row_h = max(row_h, h)
    return {v: out[v] for v in sorted(out)}
