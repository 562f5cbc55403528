"""Page benchmark: time from opening kg.html to the network drawn and still.

Not a test: run it by hand, it prints a table.

    python bench/page_bench.py            # 100, 1,000 and 5,000 nodes
    python bench/page_bench.py 2000       # other sizes

The graphs are generated with the shape real builds have (officials at
meetings, projects involving companies, industries under sectors, goals set
at meetings, many entities with no relation at all), with invented names.
"""
from __future__ import annotations

import random

import networkx as nx

# share of each type among the nodes, roughly as in a build of news articles
TYPE_SHARES = (("Project", 0.38), ("Industry", 0.28), ("Meeting", 0.11), ("Goal", 0.09),
               ("Company", 0.09), ("Official", 0.04), ("Place", 0.01))
CHARS = "东南西北中新华创智汇联科金盛远航达通宏泰安康明光瑞丰"
SUFFIX = {"Project": "产业园项目", "Industry": "产业", "Meeting": "推进会", "Goal": "目标",
          "Company": "科技有限公司", "Official": "", "Place": "区"}


def generate_graph(n: int, seed: int = 1) -> nx.MultiDiGraph:
    """A graph of `n` nodes shaped like a build's networkx view (kg.graphview).

    >>> g = generate_graph(100)
    >>> g.number_of_nodes()
    100
    """
    rnd = random.Random(seed)
    g = nx.MultiDiGraph()
    by_type: dict[str, list[str]] = {}
    counts = {t: max(1, round(n * s)) for t, s in TYPE_SHARES}
    counts["Project"] += n - sum(counts.values())
    i = 0
    for t, _ in TYPE_SHARES:
        for _ in range(counts[t]):
            i += 1
            name = "".join(rnd.choice(CHARS) for _ in range(3)) + str(i) + SUFFIX[t]
            if t == "Official":
                name = "王李张刘陈"[i % 5] + name[:2]
            node = f"urn:x:{t}/{i}"
            g.add_node(node, type=t, label=name, aliases=[], posts=["区委书记"] if t == "Official" else [],
                       dates=["2024-05-31"] if t == "Meeting" else [], sector="",
                       sources=[(f"article{i % 50:03d}.txt", f"这是关于{name}的一句话。")], key=node)
            by_type.setdefault(t, []).append(node)

    def link(a, b, pred, role="", share=1.0):
        for s in by_type[a]:
            if rnd.random() < share:
                o = rnd.choice(by_type[b])
                g.add_edge(s, o, key=f"{pred}:{role}", predicate=pred, role=role)

    for role in ("chairs", "speaksAt", "attends"):
        link("Official", "Meeting", "participatesIn", role, 0.9)
        link("Official", "Meeting", "participatesIn", role, 0.5)
    link("Official", "Company", "visits", share=0.5)
    link("Project", "Company", "involves", share=0.4)
    link("Project", "Industry", "inIndustry", share=0.4)
    link("Company", "Industry", "inIndustry", share=0.5)
    link("Company", "Company", "signsWith", share=0.2)
    link("Company", "Place", "signsWith", share=0.2)
    sectors = by_type["Industry"][: max(1, len(by_type["Industry"]) // 15)]
    for s in by_type["Industry"][len(sectors):]:
        if rnd.random() < 0.6:
            g.add_edge(s, rnd.choice(sectors), key="partOfSector:", predicate="partOfSector", role="")
    link("Goal", "Meeting", "setBy", share=0.6)
    return g
