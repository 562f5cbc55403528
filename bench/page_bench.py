"""Page benchmark: time from opening kg.html to the network drawn and still.

Not a test: run it by hand, it prints a table.

    python bench/page_bench.py            # 100, 1,000, 5,000, 20,000 and 50,000 nodes
    python bench/page_bench.py 2000       # other sizes
    python bench/page_bench.py --ttl output/kg.ttl   # the page of a built graph

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


CHROMIUM = "/usr/bin/chromium"
REPEATS = 3           # page openings per size; the table shows the medians
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def measure(browser, path, settle_ms: int = 1500) -> dict:
    """Open the page; times in ms from navigation start (performance.now()).

    'drawn' is vis-network's first afterDrawing event; the page counts as
    still when no node has moved `settle_ms` later ('last draw' shows any
    redraw after the first)."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.kg && kg.firstDraw !== null", timeout=120000)
        first = page.evaluate("network.getPositions()")
        page.wait_for_timeout(settle_ms)
        still = page.evaluate("network.getPositions()") == first
        timing = page.evaluate("""() => ({first: kg.firstDraw, last: kg.lastDraw, draws: kg.draws,
            dom: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
            nodes: network.body.data.nodes.length})""")
        timing["still"] = still
        # one full redraw, as dragging or zooming costs (vis draws on the next animation frame)
        timing["redraw"] = page.evaluate("""() => { const t = performance.now();
            for (let i = 0; i < 5; i++) network.renderer._redraw();
            return (performance.now() - t) / 5; }""")
        # search for a node that is not drawn (the last one in the data, or any node if
        # everything is drawn): from typing to the node selected, drawn and centred
        timing["search"] = page.evaluate("""() => { const n = DATA.nodes.filter(n => !drawn[n.id]).pop()
                || DATA.nodes[DATA.nodes.length - 1];
            const t = performance.now();
            document.getElementById('search').value = n.label; onSearch();
            network.renderer._redraw();
            const ok = network.getSelectedNodes()[0] === n.id;
            return ok ? performance.now() - t : -1; }""")
        return timing
    finally:
        page.close()


def main(sizes, ttl=None) -> None:
    import tempfile
    import time
    from pathlib import Path
    from playwright.sync_api import sync_playwright
    from kg.render.html import OVERVIEW_AT, OVERVIEW_NODES, overview, render_html
    from kg.render.layout import layout
    rows = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        render_html(generate_graph(10))      # imports and asset reads out of the first row
        graphs = [(n, None) for n in sizes]
        if ttl:
            from kg.graphview import from_turtle
            t = time.perf_counter()
            g = from_turtle(ttl)
            print(f"{ttl}: read back in {time.perf_counter() - t:.1f} s")
            graphs.append((g.number_of_nodes(), g))
        for n, g in graphs:
            g = g if g is not None else generate_graph(n)
            t0 = time.perf_counter()
            # what the page lays out: everything, or past OVERVIEW_AT the overview's nodes
            layout(g if n <= OVERVIEW_AT else g.subgraph(overview(g, OVERVIEW_NODES)))
            t1 = time.perf_counter()
            html = render_html(g, f"bench {n}")     # lays the graph out again, then writes
            t2 = time.perf_counter()
            path = Path(tmp) / f"bench{n}.html"
            path.write_text(html, encoding="utf-8")
            runs = [measure(browser, path) for _ in range(REPEATS)]
            m = {k: sorted(r[k] for r in runs)[REPEATS // 2] for k in runs[0]}    # medians
            m["still"] = all(r["still"] for r in runs)
            rows.append((n, g.number_of_edges(), (t1 - t0) * 1000, (t2 - t1) * 1000,
                         len(html.encode()) / 1e6, m["dom"], m["first"], m["last"], m["draws"],
                         m["nodes"], m["still"], m["redraw"], m["search"]))
        browser.close()
    head = ("nodes", "edges", "layout ms", "page ms (with layout)", "MB", "parsed ms", "drawn ms",
            "last draw ms", "draws", "drawn nodes", "still", "redraw ms",
            "search ms")
    print(f"median of {REPEATS} openings; browser times in ms from navigation start")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in rows:
        print(f"| {r[0]:,} | {r[1]:,} | {r[2]:.0f} | {r[3]:.0f} | {r[4]:.1f} | {r[5]:.0f} | "
              f"{r[6]:.0f} | {r[7]:.0f} | {r[8]} | {r[9]:,} | {'yes' if r[10] else 'NO'} | "
              f"{r[11]:.0f} | {r[12]:.0f} |")


if __name__ == "__main__":
    import sys
    from pathlib import Path
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))   # this checkout's kg
    args = sys.argv[1:]
    ttl = None
    if "--ttl" in args:
        i = args.index("--ttl")
        ttl = args[i + 1]
        del args[i:i + 2]
    main([int(a) for a in args] or ([] if ttl else [100, 1000, 5000, 20000, 50000]), ttl)
