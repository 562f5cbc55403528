import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def need(condition: bool, why: str):
    """Skip when a resource is missing outside CI; in CI a missing resource fails."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {why}")
    pytest.skip(why)


def shared_scorer():
    """The project's shared scorer (../shared/eval/score.py), loaded by path."""
    import importlib.util
    path = SHARED / "eval" / "score.py"
    need(path.exists(), f"shared scorer not found at {path}")
    if "shared_score" in sys.modules:
        return sys.modules["shared_score"]
    spec = importlib.util.spec_from_file_location("shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    sys.modules["shared_score"] = mod   # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seeds_result():
    from kg.pipeline import build_from_paths
    return build_from_paths([ROOT / "seeds"])


@pytest.fixture(scope="session")
def lex():
    from kg.lexicon import load
    return load()


@pytest.fixture
def extract_text(lex):
    """Run one extractor module over a text: extract_text(module, text) -> mentions."""
    from kg.read import document_from_text

    def run(module, text, year=None):
        doc = document_from_text("test.txt", text, year=year)
        return module.extract(doc, lex)
    return run
