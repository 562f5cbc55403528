import subprocess
import sys

import rdflib

from conftest import ROOT


def run(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def test_build_seeds_writes_turtle_and_html(tmp_path):
    r = run("build", str(ROOT / "seeds"), "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    g = rdflib.Graph().parse(tmp_path / "kg.ttl")
    assert len(g) > 1000
    html = (tmp_path / "kg.html").read_bytes().decode("utf-8")
    assert "vis.Network" in html and "张明华" not in html.split("var DATA")[0]


def test_page_loads_nothing_from_other_hosts(tmp_path):
    run("build", str(ROOT / "seeds"), "-o", str(tmp_path))
    html = (tmp_path / "kg.html").read_text(encoding="utf-8")
    import re
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']?https?:", html)


def test_missing_path_gives_one_clear_line_and_nonzero_exit(tmp_path):
    r = run("build", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert r.returncode == 1
    assert "nope: no such file or folder" in r.stderr
    assert not (tmp_path / "out" / "kg.ttl").exists()


def test_one_bad_file_is_reported_and_the_rest_built(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text("5月31日，某区召开基层治理工作推进会。区委副书记张明华主持会议。", encoding="utf-8")
    (src / "empty.txt").write_text("", encoding="utf-8")
    r = run("build", str(src), "-o", str(tmp_path / "out"))
    assert r.returncode == 3
    assert "empty.txt: file is empty" in r.stderr
    g = rdflib.Graph().parse(tmp_path / "out" / "kg.ttl")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert "张明华" in labels


def test_failed_build_keeps_previous_output(tmp_path):
    out = tmp_path / "out"
    assert run("build", str(ROOT / "seeds"), "-o", str(out)).returncode == 0
    before = (out / "kg.ttl").read_bytes()
    r = run("build", str(tmp_path / "missing"), "-o", str(out))
    assert r.returncode == 1
    assert (out / "kg.ttl").read_bytes() == before


def test_extract_json_lists_rule_ids():
    import json
    r = run("extract", str(ROOT / "seeds" / "001_04cb73291d9d9272.txt"), "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    rules = {m["rule"] for m in data[0]["mentions"]}
    assert "official.title-name" in rules


def test_jobs_default_to_the_cores_only_for_a_big_pile(tmp_path, monkeypatch):
    import os
    from kg import cli
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    small = tmp_path / "a.txt"
    small.write_text("某区召开推进会。", encoding="utf-8")
    assert cli._auto_jobs([small, tmp_path / "gone.txt"], 5) == 1
    big = tmp_path / "b.txt"
    with open(big, "wb") as fh:
        fh.truncate(int(cli.AUTO_JOBS_MB * 2**20))     # sparse: only the size counts
    assert cli._auto_jobs([small, big], 5) == cli.AUTO_JOBS_MAX
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    assert cli._auto_jobs([big], 5) == 2
    assert cli._auto_jobs([big], 0.5) == 1        # over --max-size: skipped unread
