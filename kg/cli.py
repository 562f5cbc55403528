"""The `kg` command.  Thin: it parses arguments and calls the library.

Exit codes: 0 success; 1 nothing could be built (no readable input) or a
command failed; 2 bad usage; 3 built, but some input files were skipped
(each named on stderr).
"""
from __future__ import annotations

import argparse
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


def cmd_build(args) -> int:
    from kg.errors import NothingToBuild
    from kg.lexicon import load
    from kg.output import write_outputs
    from kg.pipeline import build_documents
    from kg.read import read_paths
    lex = load(args.lexicon)
    docs, problems = read_paths(args.paths)
    for p in problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    if not docs:
        raise NothingToBuild("nothing to build: no readable .txt input in "
                             + ", ".join(map(str, args.paths)))
    result = build_documents(docs, lex, problems, progress=_progress(len(docs)))
    paths = write_outputs(result, args.output, args.title)
    if not args.quiet:
        print(f"kg: {len(docs)} articles, {len(result.entities)} entities, "
              f"{len(result.relations)} relations -> {paths['ttl']}, {paths['html']}")
    return EXIT_PARTIAL if problems else EXIT_OK


def cmd_extract(args) -> int:
    import json
    from kg.errors import NothingToBuild
    from kg.extract import extract_document
    from kg.lexicon import load
    from kg.read import read_paths
    from dataclasses import asdict
    lex = load(args.lexicon)
    docs, problems = read_paths(args.paths)
    for p in problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    if not docs:
        raise NothingToBuild("nothing to extract: no readable .txt input")
    out = []
    for d in sorted(docs, key=lambda d: d.doc_id):
        x = extract_document(d, lex)
        out.append({"doc": d.doc_id, "year": d.year,
                    "mentions": [asdict(m) for m in x.mentions],
                    "relations": [asdict(r) for r in x.relations]})
    json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return EXIT_PARTIAL if problems else EXIT_OK


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
    b.add_argument("-q", "--quiet", action="store_true")
    b.set_defaults(func=cmd_build)
    x = sub.add_parser("extract", help="print what the extractors find, as JSON")
    x.add_argument("paths", nargs="+")
    x.add_argument("--json", action="store_true", help="JSON output (the default and only format)")
    x.add_argument("--lexicon", action="append", default=[], metavar="FILE")
    x.set_defaults(func=cmd_extract)
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
    return ap


def main(argv=None) -> int:
    from kg.errors import KgError, NothingToBuild
    args = parser().parse_args(argv)
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
