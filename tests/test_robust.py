"""Real-world input through the `kg` command: bad files are named and skipped,
the rest is built; outputs are replaced atomically; the Turtle is valid for
every parser we know of, whatever the text contains."""
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
import rdflib

from conftest import ROOT, need

GOOD = "2023年5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。"
GOOD_MD = "# 签约\n\n2023年6月2日，城关县委书记刘建国出席**某某科技有限公司**签约仪式。"


def kg(*args, cwd=ROOT, timeout=300, prefix=()):
    return subprocess.run([*prefix, sys.executable, "-m", "kg", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=timeout)


def no_dac_override():
    """Root reads any file whatever its mode; drop that capability so a chmod 000
    file is unreadable for the build as it would be for a normal user."""
    if os.geteuid() != 0:
        return ()
    need(shutil.which("setpriv") is not None, "setpriv (util-linux) to drop root's file access")
    return ("setpriv", "--bounding-set=-dac_override,-dac_read_search")


def labels(ttl_path):
    g = rdflib.Graph().parse(ttl_path)
    return {str(o) for o in g.objects(None, rdflib.RDFS.label)}


def test_every_bad_file_named_once_with_its_reason_and_the_rest_built(tmp_path):
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    (src / "sub" / "good.md").write_text(GOOD_MD, encoding="utf-8")
    (src / "sub" / "page.htm").write_bytes(
        "<html><head><meta charset=gbk><script>x='县长赵假名'</script></head><body><p>"
        "2023年6月5日，县委副书记孙晓东出席某某工作推进会。</p></body></html>".encode("gbk"))
    (src / "big5.txt").write_bytes("2023年6月9日，縣長周海濤主持召開某某工作推進會。".encode("big5"))
    (src / "empty.txt").write_bytes(b"")
    (src / "blank.txt").write_bytes(b" \n\t\n")
    (src / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (src / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (src / "locked.txt").write_text(GOOD, encoding="utf-8")
    (src / "locked.txt").chmod(0)
    (src / "loop.txt").symlink_to(src / "loop.txt")
    # 100 MB of real text: refused from its size, never read into memory.
    with open(src / "huge.txt", "w", encoding="utf-8") as fh:
        line = GOOD + "\n"
        fh.write(line * (100 * 2**20 // len(line.encode())))
    out = tmp_path / "out"
    start = time.monotonic()
    r = kg("build", str(src), "-o", str(out), prefix=no_dac_override())
    elapsed = time.monotonic() - start
    assert r.returncode == 3, r.stderr
    lines = [ln for ln in r.stderr.splitlines() if ln.startswith("kg: skipped ")]
    expect = {"empty.txt": "file is empty", "blank.txt": "file is empty",
              "image.txt": "not a text file (PNG image)",
              "binary.txt": "not a text file (binary data)",
              "locked.txt": "cannot read (permission denied)", "loop.txt": "symlink loop",
              "huge.txt": "file too large (100.0 MB; the limit is 5 MB per article"}
    for name, reason in expect.items():
        mine = [ln for ln in lines if f"/{name}: " in ln]
        assert len(mine) == 1 and reason in mine[0], (name, lines)
    assert len(lines) == len(expect)
    found = labels(out / "kg.ttl")
    assert {"张明华", "刘建国", "孙晓东", "周海涛"} <= found
    assert "赵假名" not in found
    assert elapsed < 60


def _max_rss_mb(*kg_args):
    """Peak memory of one `kg` run, in MB."""
    probe = ("import resource, subprocess, sys\n"
             "r = subprocess.run(sys.argv[1:], capture_output=True)\n"
             "print(r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    r = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "kg", *map(str, kg_args)],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    code, rss = r.stdout.split()
    return int(code), int(rss) / 1024


def test_huge_file_is_not_read_into_memory(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:           # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 2**20)
    ok = tmp_path / "ok.txt"
    ok.write_text(GOOD, encoding="utf-8")
    code, base = _max_rss_mb("build", ok, "-o", tmp_path / "o1")
    assert code == 0
    code, with_big = _max_rss_mb("build", big, ok, "-o", tmp_path / "o2")
    assert code == 3
    assert with_big - base < 30, (base, with_big)    # reading it would add 100 MB


def test_max_size_option_sets_the_limit(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text(GOOD * 20, encoding="utf-8")
    r = kg("extract", str(f), "--max-size", "0.001")
    assert r.returncode == 1
    assert "a.txt: file too large" in r.stderr and "--max-size" in r.stderr
    assert kg("extract", str(f), "--max-size", "1").returncode == 0


def test_unknown_encoding_is_a_usage_error(tmp_path):
    r = kg("build", str(ROOT / "seeds"), "-o", str(tmp_path), "--encoding", "klingon")
    assert r.returncode == 2 and "unknown encoding 'klingon'" in r.stderr


def test_encoding_option_reads_gbk_files(tmp_path):
    f = tmp_path / "gbk.txt"
    f.write_bytes(GOOD.encode("gbk"))
    r = kg("build", str(f), "-o", str(tmp_path / "o"), "--encoding", "gbk")
    assert r.returncode == 0, r.stderr
    assert "张明华" in labels(tmp_path / "o" / "kg.ttl")
    r = kg("build", str(f), "-o", str(tmp_path / "o2"), "--encoding", "utf-8")
    assert r.returncode == 1 and "gbk.txt: not utf-8 text" in r.stderr


def test_unreadable_folder_is_reported_and_siblings_built(tmp_path):
    src = tmp_path / "in"
    (src / "closed").mkdir(parents=True)
    (src / "closed" / "x.txt").write_text(GOOD, encoding="utf-8")
    (src / "open.txt").write_text(GOOD, encoding="utf-8")
    (src / "closed").chmod(0)
    try:
        r = kg("build", str(src), "-o", str(tmp_path / "out"), prefix=no_dac_override())
    finally:
        (src / "closed").chmod(0o755)
    assert r.returncode == 3, r.stderr
    assert "closed: cannot read (permission denied)" in r.stderr
    assert "张明华" in labels(tmp_path / "out" / "kg.ttl")


def test_ten_thousand_files_are_read_and_the_bad_ones_named(tmp_path):
    from kg.read import read_paths
    src = tmp_path / "many"
    src.mkdir()
    for i in range(10_000):
        d = src / f"d{i // 1000}"
        if i % 1000 == 0:
            d.mkdir()
        text = "" if i % 2500 == 7 else f"{2000 + i % 20}年5月{1 + i % 28}日，某区召开第{i}次工作推进会。"
        (d / f"a{i:05d}.txt").write_text(text, encoding="utf-8")
    start = time.monotonic()
    docs, problems = read_paths([src])
    assert time.monotonic() - start < 60
    assert len(docs) == 9_996
    assert sorted(p.path.rsplit("/", 1)[-1] for p in problems) == \
        ["a00007.txt", "a02507.txt", "a05007.txt", "a07507.txt"]
    assert len({d.doc_id for d in docs}) == len(docs)


# --- atomic output ------------------------------------------------------------

SLOW_WRITER = """
import os, sys, time
import kg.output
from kg.cli import main

def slow_fsync(fd):
    print("WRITING", flush=True)    # the temp file is written, not yet renamed
    time.sleep(120)
kg.output.os.fsync = slow_fsync
sys.argv = ["kg", "build", sys.argv[1], "-o", sys.argv[2], "-q"]
raise SystemExit(main())
"""


def _start_slow_build(src, out):
    p = subprocess.Popen([sys.executable, "-c", SLOW_WRITER, str(src), str(out)], cwd=ROOT,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert p.stdout.readline().strip() == "WRITING", p.stderr.read()
    return p


def _temps(out):
    return sorted(n for n in os.listdir(out) if n.endswith(".tmp"))


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_build_keeps_previous_output_and_leaves_no_temp_files(tmp_path, sig):
    out = tmp_path / "out"
    first = tmp_path / "first.md"
    first.write_text(GOOD_MD, encoding="utf-8")
    assert kg("build", str(first), "-o", str(out)).returncode == 0
    before = {n: (out / n).read_bytes() for n in ("kg.ttl", "kg.html")}
    other = tmp_path / "other.txt"
    other.write_text(GOOD, encoding="utf-8")
    p = _start_slow_build(other, out)
    assert _temps(out)             # the new output is on disk, under a temp name
    p.send_signal(sig)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert "interrupted" in err
    assert {n: (out / n).read_bytes() for n in before} == before
    assert _temps(out) == []


def test_killed_build_keeps_previous_output_and_next_build_sweeps_its_temp(tmp_path):
    out = tmp_path / "out"
    first = tmp_path / "first.md"
    first.write_text(GOOD_MD, encoding="utf-8")
    assert kg("build", str(first), "-o", str(out)).returncode == 0
    before = (out / "kg.ttl").read_bytes()
    assert "刘建国" in labels(out / "kg.ttl")
    other = tmp_path / "other.txt"
    other.write_text(GOOD, encoding="utf-8")
    p = _start_slow_build(other, out)
    p.kill()
    p.communicate(timeout=60)
    assert (out / "kg.ttl").read_bytes() == before
    assert len(_temps(out)) == 1                # SIGKILL leaves no chance to clean up
    assert kg("build", str(other), "-o", str(out)).returncode == 0
    assert _temps(out) == []
    assert "张明华" in labels(out / "kg.ttl")


def test_write_atomic_keeps_a_running_writers_temp(tmp_path):
    from kg.output import write_atomic
    target = tmp_path / "kg.ttl"
    live = tmp_path / f".kg.ttl.{os.getppid()}.abc.tmp"   # our parent is alive
    live.write_bytes(b"in progress")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new" and live.exists()


# --- valid Turtle for every parser ----------------------------------------------

# No NUL: rapper (C strings) cuts a literal there however it is spelt, and the
# pipeline never makes one (see test_no_nul_reaches_the_graph).
WEIRD = ['引号"里', "反斜杠\\结尾\\", "换\n行", "回\r车", "制表\t符", "控制\x01\x1b\x7f\x0b\x0c符",
         '"""三引号"""', "'''单引号'''", '结尾引号"', "@prefix x: <http://e.org/> .", "<http://e.org/>",
         "\u2028行分隔\u2029", "表情\U0001F600", "零宽\u200b空格", "\ufeffBOM", "组合é̃", "\x85NEL",
         "私用\ue000区", "平面外\U000E0001", "}] . ;", "#注释", "_:b0", "\\u0041不是转义", "a@zh"]


def test_seed_turtle_parses_to_the_same_graph_everywhere(seeds_result, tmp_path):
    from rdflib.compare import isomorphic
    from rdf_parsers import parse_everywhere, written_turtle
    data = written_turtle(seeds_result, tmp_path / "out")
    for parser, g in parse_everywhere(data, tmp_path).items():
        assert isomorphic(g, seeds_result.graph), parser


def test_names_and_texts_with_any_characters_round_trip_everywhere(tmp_path):
    from rdflib.compare import isomorphic
    from kg.model import Document, Entity, Mention, Post, Sentence
    from kg.pipeline import BuildResult
    from rdf_parsers import parse_everywhere, written_turtle
    sents = tuple(Sentence("文档\"\\\n.txt", i, 0, len(w), w) for i, w in enumerate(WEIRD))
    doc = Document("文档\"\\\n.txt", "".join(WEIRD), sents, title=WEIRD[0], date="2023-05-31")
    ents = [Entity(f"Official|{w}", "Official", w, aliases=(w + "别名",), posts=(Post(w, w, w),),
                   mentions=(Mention("Official", w, doc.doc_id, i, 0, len(w), "r"),))
            for i, w in enumerate(WEIRD)]
    result = BuildResult([doc], [], ents, [])
    g = result.graph
    data = written_turtle(result, tmp_path / "out")
    for parser, parsed in parse_everywhere(data, tmp_path).items():
        assert isomorphic(parsed, g), parser
        labels_back = {str(o) for o in parsed.objects(None, rdflib.RDFS.label)}
        assert set(WEIRD) | {doc.doc_id} <= labels_back, parser


def test_no_nul_or_lone_surrogate_reaches_the_graph(tmp_path):
    from kg.pipeline import build_from_texts
    from rdf_parsers import written_turtle
    r = build_from_texts({"a\x00\ud800.txt": "区委书记张\x00明华出席\ud800工作推进会。"})
    data = written_turtle(r, tmp_path)
    assert b"\x00" not in data and b"\\u0000" not in data
    assert "张明华".encode() in data and "a\ufffd\ufffd.txt".encode() in data


def test_output_folder_that_is_a_file_is_one_clear_error(tmp_path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    r = kg("build", str(ROOT / "seeds"), "-o", str(blocker))
    assert r.returncode == 1
    assert r.stderr.strip().splitlines() == [f"kg: error: {blocker}: output folder is a file (or lies under one)"]
    assert blocker.read_text() == "not a folder"
