"""Same input, byte-identical output: whatever the hash seed, the order the
files are given in, or the path they are reached by."""
import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def build(args, out, hashseed, cwd=ROOT):
    # PYTHONPATH: from another working directory, still this checkout's kg
    env = {**os.environ, "PYTHONHASHSEED": str(hashseed),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    r = subprocess.run([sys.executable, "-m", "kg", "build", *map(str, args), "-o", str(out), "-q"],
                       cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return (out / "kg.ttl").read_bytes(), (out / "kg.html").read_bytes()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    return build([ROOT / "seeds"], tmp_path_factory.mktemp("ref"), hashseed=0)


def test_file_order_and_hash_seed_do_not_matter(tmp_path, reference):
    assert build(list(reversed(SEEDS)), tmp_path / "rev", hashseed=12345) == reference


def test_path_spelling_links_and_copies_do_not_matter(tmp_path, reference):
    # the same articles, copied two folders deep, reached through a symlink,
    # named relative to another working directory, with a duplicate argument
    deep = tmp_path / "x" / "y"
    deep.mkdir(parents=True)
    for i, f in enumerate(SEEDS):
        target = deep / ("sub" if i % 2 else ".") / f.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(f, target)
    (tmp_path / "link").symlink_to(tmp_path / "x")
    got = build(["link/y", "x/y/sub", "x/y"], tmp_path / "o",
                hashseed=987, cwd=tmp_path)
    assert got == reference


def test_two_files_with_one_name_build_the_same_in_either_order(tmp_path):
    for sub, text in (("a", "区委书记张明华出席某某工作推进会。"), ("b", "县长李建国主持某某工作推进会。")):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "same.txt").write_text(text, encoding="utf-8")
    one = build([tmp_path / "a", tmp_path / "b"], tmp_path / "o1", hashseed=1)
    two = build([tmp_path / "b", tmp_path / "a"], tmp_path / "o2", hashseed=2)
    assert one == two
    assert "张明华".encode() in one[0] and "李建国".encode() in one[0]


def test_library_build_is_independent_of_document_order(tmp_path):
    from kg.pipeline import build_documents
    from kg.read import read_paths
    from rdf_parsers import written_turtle
    docs, _ = read_paths([ROOT / "seeds"])
    a = written_turtle(build_documents(docs), tmp_path / "a")
    b = written_turtle(build_documents(list(reversed(docs))), tmp_path / "b")
    assert a == b
