"""The `kg` command.  Thin: it parses arguments and calls the library.

Exit codes:
  0    success: every input file was read and the output written;
  1    nothing could be built (no readable input) or a command failed;
  2    bad usage (unknown option, unknown --encoding ...);
  3    built, but some input files were skipped, each named on stderr on one
       line "kg: skipped PATH: REASON" (empty, binary, undecodable, unreadable,
       symlink loop, over --max-size ...);
  130  interrupted (Ctrl-C or SIGTERM); the previous output is left whole.
"""
from __future__ import annotations

import argparse
import os
import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def _progress(total: int):
    """A one-line progress bar on stderr when there are many files and a terminal."""
    if total < 20 or not sys.stderr.isatty():
        return None
    state = {"n": 0}

    def tick(_doc):
        state["n"] += 1
        n = state["n"]
        width = 30
        filled = width * n // total
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {n}/{total} articles")
        if n == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
    return tick


# Without -j: one process per core, at most this many (each holds its own
# tokenizer, ~250 MB), when the input is at least AUTO_JOBS_MB; below that,
# starting workers costs about what they save.
AUTO_JOBS_MAX, AUTO_JOBS_MB = 4, 1.0


def _auto_jobs(files, max_mb: float) -> int:
    size = 0
    for f in files:
        try:
            n = os.stat(f).st_size
        except OSError:
            continue        # read_document reports it
        if n <= max_mb * 2**20:     # a bigger one is skipped unread
            size += n
    if size < AUTO_JOBS_MB * 2**20:
        return 1
    return max(1, min(AUTO_JOBS_MAX, os.cpu_count() or 1))


def cmd_build(args) -> int:
    from pathlib import Path
    from kg.errors import NothingToBuild
    from kg.lexicon import load
    from kg.output import write_outputs
    from kg.pipeline import build_from_paths
    from kg.read import list_inputs
    lex = load(args.lexicon)
    files, _ = list_inputs(args.paths)
    cache = None if args.no_cache else (args.cache or Path(args.output) / ".cache")
    if args.jobs is None:
        jobs = _auto_jobs(files, args.max_size)
    else:
        jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    result = build_from_paths(args.paths, lex, progress=_progress(len(files)), jobs=jobs,
                              cache_dir=cache, encoding=args.encoding, max_mb=args.max_size)
    for p in result.problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    if not result.documents:
        raise NothingToBuild("nothing to build: no readable .txt/.md/.html input in "
                             + ", ".join(map(str, args.paths)))
    paths = write_outputs(result, args.output, args.title)
    if not args.quiet:
        print(f"kg: {len(result.documents)} articles, {len(result.entities)} entities, "
              f"{len(result.relations)} relations -> {paths['ttl']}, {paths['html']}")
    return EXIT_PARTIAL if result.problems else EXIT_OK


def cmd_extract(args) -> int:
    import json
    from kg.errors import NothingToBuild
    from kg.extract import extract_document
    from kg.lexicon import load
    from kg.read import read_paths
    from dataclasses import asdict
    lex = load(args.lexicon)
    docs, problems = read_paths(args.paths, args.encoding, args.max_size)
    for p in problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    if not docs:
        raise NothingToBuild("nothing to extract: no readable .txt/.md/.html input")
    out = []
    for d in sorted(docs, key=lambda d: d.doc_id):
        x = extract_document(d, lex)
        out.append({"doc": d.doc_id, "year": d.year,
                    "mentions": [asdict(m) for m in x.mentions],
                    "relations": [asdict(r) for r in x.relations]})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return EXIT_PARTIAL if problems else EXIT_OK


def cmd_eval(args) -> int:
    import json
    from kg.errors import EvalError
    from kg.evaluate import evaluate, format_report
    from kg.output import write_atomic
    res = evaluate(args.gold, args.ttl)
    print(f"gold: {res['inputs']['gold_files']} files from {args.gold}; "
          f"prediction: {res['inputs']['prediction']}\n")
    sys.stdout.write(format_report(res, args.show_errors))
    if args.json:
        try:
            write_atomic(args.json, json.dumps(res, ensure_ascii=False, indent=1).encode("utf-8"))
        except OSError as exc:
            raise EvalError(args.json, f"cannot write ({exc.strerror or exc})") from exc
    return EXIT_OK


def cmd_rules(args) -> int:
    from kg.rules import get_rule, rules
    if args.id:
        r = get_rule(args.id)
        print(f"{r.id}\ntype: {r.type}\n{r.description}")
        return EXIT_OK
    shown = rules()
    width = max(len(r.id) for r in shown) + 2
    print(f"{'id':<{width}}{'type':<16}description")
    for r in shown:
        print(f"{r.id:<{width}}{r.type:<16}{r.description}")
    return EXIT_OK


def cmd_validate(args) -> int:
    from kg.validate import validate_file
    violations = validate_file(args.file, args.shapes)
    for v in violations:
        print(v)
    if violations:
        print(f"kg: {args.file} does not conform: {len(violations)} violations", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(f"kg: {args.file} conforms to the shapes")
    return EXIT_OK


def cmd_explain(args) -> int:
    from kg.explain import explain
    from kg.rdf.graph import read_graph
    print(explain(read_graph(args.ttl), args.entity))
    return EXIT_OK


def cmd_query(args) -> int:
    from kg.errors import QueryError
    from kg.query import format_rows, run, saved_queries
    if args.list or not args.query:
        for q in saved_queries():
            params = " ".join(f"[{p.name}=…]" for p in q.params)
            print(f"{q.name:24} {q.question} {params}".rstrip())
        return EXIT_OK
    params = {}
    for b in args.bind:
        name, sep, value = b.partition("=")
        if not sep or not name:
            raise QueryError(f"--bind {b!r}: expected name=value")
        params[name.strip().lstrip("?$")] = value
    sys.stdout.write(format_rows(run(args.ttl, args.query, **params), args.format))
    return EXIT_OK


def cmd_serve(args) -> int:
    from kg.serve import serve
    return serve(args.ttl, host=args.host, port=args.port, writable=args.writable)


def cmd_push(args) -> int:
    from kg.serve import push
    status = push(args.ttl, args.endpoint, args.graph)
    if not args.quiet:
        print(f"kg: {args.ttl} -> {args.endpoint} ({args.graph or 'default graph'}): HTTP {status}")
    return EXIT_OK


def _encoding(name: str) -> str:
    import codecs
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name!r} (try utf-8, gbk, gb18030, big5, utf-16)")


def _add_input_options(p) -> None:
    from kg.read import MAX_MB
    p.add_argument("--encoding", type=_encoding, default=None, metavar="NAME",
                   help="encoding of every input file (default: detect UTF-8/16, GB18030/GBK, Big5)")
    p.add_argument("--max-size", type=float, default=MAX_MB, metavar="MB",
                   help=f"skip files bigger than this many MB (default: {MAX_MB:g})")


def cmd_render(args) -> int:
    from pathlib import Path
    from kg.render.view import filtered_graph, load_view, write_view
    g = load_view(ttl=args.ttl, paths=args.paths, lexicon=args.lexicon)
    view, what = filtered_graph(g, types=args.type, around=args.around, hops=args.hops,
                                top=args.top, source=", ".join(args.paths) or args.ttl)
    out = args.output or str(Path("output" if args.paths else Path(args.ttl).parent) / "view.html")
    title = f"{args.title}（{what}）" if what else args.title
    path = write_view(view, out, title)
    if not args.quiet:
        print(f"kg: {view.number_of_nodes()} of {g.number_of_nodes()} nodes, "
              f"{view.number_of_edges()} relations -> {path}")
    return EXIT_OK


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="kg", description="Build a knowledge graph from Chinese "
                                 "local-government news articles.")
    sub = ap.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build output/kg.ttl and output/kg.html from articles")
    b.add_argument("paths", nargs="*", default=["seeds"], help=".txt files or folders (default: seeds/)")
    b.add_argument("-o", "--output", default="output", help="output folder (default: output/)")
    b.add_argument("--lexicon", action="append", default=[], metavar="FILE",
                   help="extra word list: TYPE<TAB>NAME[<TAB>ALIAS...] per line (repeatable)")
    b.add_argument("--title", default="知识图谱", help="heading of the HTML page")
    b.add_argument("-j", "--jobs", type=int, default=None,
                   help="processes for reading and extraction (0 = one per core; default: "
                        f"one per core up to {AUTO_JOBS_MAX} for {AUTO_JOBS_MB:g} MB of input or more, else 1)")
    b.add_argument("--cache", metavar="DIR",
                   help="per-article cache folder (default: OUTPUT/.cache)")
    b.add_argument("--no-cache", action="store_true", help="extract every article again")
    b.add_argument("-q", "--quiet", action="store_true")
    _add_input_options(b)
    b.set_defaults(func=cmd_build)
    x = sub.add_parser("extract", help="print what the extractors find, as JSON")
    x.add_argument("paths", nargs="+")
    x.add_argument("--json", action="store_true", help="JSON output (the default and only format)")
    x.add_argument("--lexicon", action="append", default=[], metavar="FILE")
    _add_input_options(x)
    x.set_defaults(func=cmd_extract)
    e = sub.add_parser("eval", help="score a built graph against gold answer keys")
    e.add_argument("--gold", required=True, metavar="DIR", help="folder of gold *.json files")
    e.add_argument("ttl", nargs="?", default="output/kg.ttl",
                   help="graph file, or a build's output folder (default: output/kg.ttl)")
    e.add_argument("--show-errors", action="store_true", help="list false positives and misses")
    e.add_argument("--json", metavar="FILE", help="also write every figure and error list here")
    e.set_defaults(func=cmd_eval)
    r = sub.add_parser("rules", help="list the extraction rules (id, type, description)")
    r.add_argument("id", nargs="?", help="show only this rule")
    r.set_defaults(func=cmd_rules)
    v = sub.add_parser("validate", help="check a graph against the SHACL shapes (ontology/shapes.ttl)")
    v.add_argument("file", help="graph file, e.g. output/kg.ttl")
    v.add_argument("--shapes", default=None, metavar="FILE", help="other SHACL shapes file")
    v.add_argument("-q", "--quiet", action="store_true")
    v.set_defaults(func=cmd_validate)
    x = sub.add_parser("explain", help="show an entity's posts, mentions and relations with "
                       "their sentences, articles and rule ids")
    x.add_argument("entity", help="name, alias or IRI of the entity")
    x.add_argument("--ttl", default="output/kg.ttl", help="graph file (default: output/kg.ttl)")
    x.set_defaults(func=cmd_explain)
    q = sub.add_parser("query", help="answer a saved SPARQL query (kg query --list) or a .rq file")
    q.add_argument("query", nargs="?", metavar="NAME|FILE.rq")
    q.add_argument("--ttl", default="output/kg.ttl", help="graph to ask (default: output/kg.ttl)")
    q.add_argument("--bind", action="append", default=[], metavar="NAME=VALUE",
                   help="set a query parameter; bound as an RDF term, never pasted (repeatable)")
    q.add_argument("--format", choices=("table", "csv", "json"), default="table")
    q.add_argument("--list", action="store_true", help="list the saved queries and their parameters")
    q.set_defaults(func=cmd_query)
    s = sub.add_parser("serve", help="serve the graph at a SPARQL 1.1 endpoint (oxigraph)")
    s.add_argument("--ttl", default="output/kg.ttl", help="graph to serve (default: output/kg.ttl)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    s.add_argument("--port", type=int, default=7878)
    s.add_argument("--writable", action="store_true",
                   help="accept SPARQL updates (changes are lost when the server stops)")
    s.set_defaults(func=cmd_serve)
    p = sub.add_parser("push", help="replace a graph on a SPARQL 1.1 Graph Store endpoint")
    p.add_argument("--endpoint", required=True, help="Graph Store URL, e.g. http://localhost:7878/store")
    p.add_argument("--graph", help="named graph IRI to replace (default: the default graph)")
    p.add_argument("--ttl", default="output/kg.ttl", help="graph to send (default: output/kg.ttl)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_push)
    from kg.render.view import count
    w = sub.add_parser("render", help="write an HTML page of part of a graph: some types, "
                       "an entity's neighbourhood, or the most connected nodes")
    w.add_argument("paths", nargs="*", help="articles to build (default: read --ttl instead)")
    w.add_argument("--ttl", default="output/kg.ttl", help="graph file (default: output/kg.ttl)")
    w.add_argument("-o", "--output", metavar="FILE",
                   help="page to write (default: view.html next to the graph)")
    w.add_argument("--type", action="append", default=[], metavar="TYPE",
                   choices=("Official", "Company", "Project", "Industry", "Meeting", "Goal", "Place"),
                   help="show only this type (repeatable)")
    w.add_argument("--around", metavar="NAME", help="show this entity's neighbourhood (name, alias or IRI)")
    w.add_argument("--hops", type=count, default=1, help="neighbourhood radius for --around (default 1)")
    w.add_argument("--top", type=count, default=0, metavar="N", help="show only the N most connected nodes")
    w.add_argument("--title", default="知识图谱", help="heading of the page")
    w.add_argument("--lexicon", action="append", default=[], metavar="FILE")
    w.add_argument("-q", "--quiet", action="store_true")
    w.set_defaults(func=cmd_render)
    return ap


def _terminate_like_ctrl_c() -> None:
    """SIGTERM (kill, a CI timeout) unwinds like Ctrl-C, so half-written temp
    files are removed and the previous output stays."""
    import signal

    def interrupt(signum, frame):
        raise KeyboardInterrupt
    if signal.getsignal(signal.SIGTERM) == signal.SIG_DFL:
        signal.signal(signal.SIGTERM, interrupt)


def main(argv=None) -> int:
    from kg.errors import KgError, NothingToBuild
    args = parser().parse_args(argv)
    if argv is None:   # a real command line, not a caller's process: own SIGTERM
        _terminate_like_ctrl_c()
    try:
        return args.func(args)
    except NothingToBuild as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KgError as exc:
        print(f"kg: error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("kg: interrupted; previous output left as it was", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `kg explain X | head`: the reader has gone; stop quietly, like cat does.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
