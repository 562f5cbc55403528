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
