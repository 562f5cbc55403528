"""Take docs/screenshot.png: the seeds' page in chromium, one official selected.

    python docs/screenshot.py            (needs playwright and /usr/bin/chromium,
                                          and a CJK font such as fonts-wqy-microhei)
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from page_bench import ARGS, CHROMIUM  # noqa: E402


def main() -> None:
    from playwright.sync_api import sync_playwright
    import kg
    result = kg.build_result(ROOT / "seeds")
    view = kg.to_networkx(result)
    officials = [n for n, d in view.nodes(data=True) if d["type"] == "Official"]
    hub = max(officials, key=lambda n: (view.degree(n), n))
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        paths = kg.write(result, tmp)
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 860})
        page.goto(Path(paths["html"]).resolve().as_uri())
        page.wait_for_function("window.kg && kg.firstDraw !== null")
        page.locator("#search").press_sequentially(view.nodes[hub]["label"])
        page.evaluate("id => network.focus(id, {scale: 0.75, animation: false})", hub)
        page.wait_for_timeout(300)
        page.screenshot(path=str(ROOT / "docs" / "screenshot.png"))
        browser.close()


if __name__ == "__main__":
    main()
