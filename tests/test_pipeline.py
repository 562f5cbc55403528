"""Parallel and incremental builds give the same graph as a plain build."""
import shutil

from conftest import ROOT
from kg.output import turtle_bytes
from kg.pipeline import build_from_paths


def copy_seeds(dst):
    dst.mkdir()
    for f in sorted((ROOT / "seeds").glob("*.txt")):
        shutil.copy(f, dst / f.name)
    return dst


def test_two_jobs_same_turtle_as_one(tmp_path):
    src = copy_seeds(tmp_path / "in")
    one = build_from_paths([src], jobs=1)
    two = build_from_paths([src], jobs=2)
    assert turtle_bytes(one.graph) == turtle_bytes(two.graph)


def test_cache_rebuild_extracts_only_the_new_article(tmp_path):
    src = copy_seeds(tmp_path / "in")
    new = src / "004_60c54f5bb5a965bb.txt"
    held_back = new.read_bytes()
    new.unlink()
    cache = tmp_path / "cache"
    first = build_from_paths([src], cache_dir=cache)
    assert first.cache_stats == {"hits": 0, "misses": 4}
    new.write_bytes(held_back)
    again = build_from_paths([src], cache_dir=cache)
    assert again.cache_stats == {"hits": 4, "misses": 1}
    clean = build_from_paths([src])
    assert turtle_bytes(again.graph) == turtle_bytes(clean.graph)


def test_changed_article_misses_the_cache(tmp_path):
    src = copy_seeds(tmp_path / "in")
    cache = tmp_path / "cache"
    build_from_paths([src], cache_dir=cache)
    f = src / "001_04cb73291d9d9272.txt"
    f.write_text(f.read_text(encoding="utf-8") + "\n区委书记张明华出席会议。", encoding="utf-8")
    again = build_from_paths([src], cache_dir=cache)
    assert again.cache_stats == {"hits": 4, "misses": 1}
    assert "张明华" in {e.label for e in again.entities}
