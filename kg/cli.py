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
    docs, problems = read_paths(args.paths, args.encoding, args.max_size)
    for p in problems:
        print(f"kg: skipped {p}", file=sys.stderr)
    if not docs:
        raise NothingToBuild("nothing to build: no readable .txt/.md/.html input in "
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
    _add_input_options(b)
    b.set_defaults(func=cmd_build)
    x = sub.add_parser("extract", help="print what the extractors find, as JSON")
    x.add_argument("paths", nargs="+")
    x.add_argument("--json", action="store_true", help="JSON output (the default and only format)")
    x.add_argument("--lexicon", action="append", default=[], metavar="FILE")
    _add_input_options(x)
    x.set_defaults(func=cmd_extract)
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
