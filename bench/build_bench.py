"""Benchmark the build at corpus scale (a script, not a test).

For each size it makes a synthetic corpus (bench/corpus.py), then, in a fresh
process so peak memory is per size, times every stage of the pipeline and
plain `jieba.lcut` over the same text in the same run, and prints:

    size  files  read  segment  extract  resolve  graph  turtle  html  total  MB/s  ratio  peak MB  triples

`segment` is the part of `extract` spent cutting words (kg.segment.cut: the
rules ask for words sentence by sentence, so it is no stage of its own).

`graph` and `turtle` are one streamed stage (the graph is written as it is
generated, kg.output.write_outputs): its time is under `turtle`, `graph` is 0.
`ratio` is end-to-end build time (read..turtle, and html) over jieba.lcut
time: the target is <= 2.  `--jobs` compares one and two processes for
extraction.

    python bench/build_bench.py --sizes 1 10 100
    python bench/build_bench.py --sizes 10 --jobs
    python bench/build_bench.py --corpus seeds ../shared/dev/docs   # real articles instead
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))


def _now():
    return time.perf_counter()


def _drain(items: list):
    """The items of a list in order, each dropped from the list as it is given."""
    items.reverse()
    while items:
        yield items.pop()


def run_one(corpus: str, jobs: int, html: bool) -> dict:
    """Time each stage over one corpus folder (runs in its own process)."""
    from kg.lexicon import load
    from kg.output import write_graph_turtle
    from kg.pipeline import assemble, extract_documents, extract_files
    from kg.read import list_inputs, read_paths
    from kg.segment import tokenizer

    t = {}
    files, _ = list_inputs([corpus])
    size = sum(f.stat().st_size for f in files)
    lex = load()
    tok = tokenizer()     # load jieba's dictionary outside the timings, for both sides
    from kg.extract.spans import tokens
    tokens("加载词典")      # and the dictionary's part-of-speech table and log probabilities
    # Words are cut inside extraction, for the sentences a rule needs them in:
    # the time spent cutting is summed here and shown as `segment`, a part of
    # `extract` (one process only: workers keep their own clocks).
    import kg.segment
    cut, spent = kg.segment.cut, [0.0]

    def timed_cut(text):
        t1 = _now()
        words = cut(text)
        spent[0] += _now() - t1
        return words
    kg.segment.cut = timed_cut
    t0 = _now()
    if jobs == 1:
        docs, problems = read_paths([corpus])
        t["read"] = _now() - t0
        t1 = _now()
        # Handed over one by one, as `kg build` reads them: the build keeps
        # its own compact copy of each document, and the read one goes.
        done = extract_documents(_drain(docs), lex)
        t["extract"] = _now() - t1
        t["segment"] = spent[0]
    else:
        done, problems, _ = extract_files(files, lex, jobs=jobs)
        t["read"] = 0.0
        t["extract"] = _now() - t0
    t1 = _now()
    result = assemble(done, problems)
    t["resolve"] = _now() - t1
    # The graph is generated while the Turtle is written (kg.output.write_outputs):
    # one streamed stage, shown in the `turtle` column (`graph` is 0).
    t["graph"] = 0.0
    t1 = _now()
    out = Path(corpus).parent / f"{Path(corpus).name}.ttl"
    gc.freeze()       # as kg.output.write_outputs does
    count = write_graph_turtle(result, out)
    t["turtle"] = _now() - t1
    ttl_size = out.stat().st_size
    out.unlink()
    if html:
        from kg.graphview import to_networkx
        from kg.render.html import render_html
        t1 = _now()
        render_html(to_networkx(result))
        t["html"] = _now() - t1
    t["total"] = _now() - t0
    # Peak memory of the build, read before the jieba baseline: lcut's list of
    # every word of the corpus is not part of the build.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    text = "\n".join(d.text for d in result.documents)
    t1 = _now()
    tok.lcut(text)
    t["jieba"] = _now() - t1
    return {"bytes": size, "files": len(files), "times": t, "peak_mb": peak,
            "triples": count, "turtle_bytes": ttl_size}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[1, 10])
    ap.add_argument("--jobs", action="store_true", help="also time --jobs 2 against --jobs 1")
    ap.add_argument("--no-html", action="store_true", help="skip the HTML stage")
    ap.add_argument("--corpus", nargs="+", metavar="DIR",
                    help="time these folders of articles (copied into one) instead of a synthetic corpus")
    ap.add_argument("--one", nargs=2, metavar=("CORPUS", "JOBS"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(run_one(a.one[0], int(a.one[1]), not a.no_html)))
        return
    from corpus import make_corpus
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        sizes = ["real"] if a.corpus else a.sizes
        for mb in sizes:
            folder = Path(tmp) / f"c{mb}"
            if a.corpus:
                _copy_articles(a.corpus, folder)
            else:
                make_corpus(folder, mb)
            for jobs in ((1, 2) if a.jobs else (1,)):
                cmd = [sys.executable, __file__, "--one", str(folder), str(jobs)]
                if a.no_html:
                    cmd.append("--no-html")
                out = subprocess.run(cmd, capture_output=True, text=True, check=True,
                                     env={**os.environ, "PYTHONHASHSEED": "0"})
                r = json.loads(out.stdout.strip().splitlines()[-1])
                r["mb"], r["jobs"] = mb, jobs
                rows.append(r)
                _print_row(r, header=len(rows) == 1)
    if a.jobs:
        print()
        for mb in sizes:
            one = next(r for r in rows if r["mb"] == mb and r["jobs"] == 1)
            two = next(r for r in rows if r["mb"] == mb and r["jobs"] == 2)
            e1 = one["times"]["read"] + one["times"]["extract"]
            e2 = two["times"]["extract"]
            label = mb if isinstance(mb, str) else f"{mb:g} MB"
            print(f"{label}: read+extract --jobs 1 {e1:.2f}s, --jobs 2 {e2:.2f}s, speed-up {e1 / e2:.2f}x")


def _copy_articles(folders, dest: Path) -> None:
    """The articles of `folders` in one folder (names prefixed, so that two
    folders' a.txt stay two articles)."""
    import shutil
    dest.mkdir(parents=True)
    for k, folder in enumerate(folders):
        for p in sorted(Path(folder).rglob("*")):
            if p.is_file() and p.suffix in (".txt", ".md", ".html", ".htm"):
                shutil.copy(p, dest / f"{k}-{p.name}")


def _print_row(r, header=False):
    cols = ["read", "segment", "extract", "resolve", "graph", "turtle", "html", "total", "jieba"]
    if header:
        print(f"{'MB':>6} {'jobs':>4} {'files':>6} " + " ".join(f"{c:>8}" for c in cols)
              + f" {'MB/s':>6} {'ratio':>6} {'s/MB':>6} {'peakMB':>7} {'triples':>9}")
    t = r["times"]
    mb = r["bytes"] / 1024 / 1024
    size = r["mb"] if isinstance(r["mb"], str) else f"{r['mb']:g}"
    print(f"{size:>6} {r['jobs']:>4} {r['files']:>6} "
          + " ".join(f"{t.get(c, float('nan')):>8.2f}" for c in cols)
          + f" {mb / t['total']:>6.2f} {t['total'] / t['jieba']:>6.2f} {t['total'] / mb:>6.2f}"
          f" {r['peak_mb']:>7.0f} {r['triples']:>9}", flush=True)


if __name__ == "__main__":
    main()
