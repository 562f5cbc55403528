"""A cache of per-article extraction results.

The key is a hash of the rule version (the code and data files that decide
what is extracted, plus the user's lexicon), the article's file name and its
bytes.  Rebuilding after one new article re-extracts only that article; any
change to a rule or a word list changes the rule version and so misses every
entry.

>>> len(rule_version()) == 64
True
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from functools import lru_cache
from pathlib import Path

# Modules whose code decides what a document's extraction is.
_RULE_FILES = ("clean.py", "read.py", "model.py", "lexicon.py", "relate.py", "segment.py")


@lru_cache(maxsize=None)
def _code_hash() -> str:
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    files = [root / f for f in _RULE_FILES]
    files += sorted((root / "extract").glob("*.py")) + sorted((root / "data").glob("*"))
    for f in files:
        if f.is_file():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()


def rule_version(lexicon=None) -> str:
    """Hash of the extraction code, the built-in data and the user's lexicon."""
    h = hashlib.sha256(_code_hash().encode())
    if lexicon is not None:
        h.update(repr(lexicon.user).encode("utf-8"))
    return h.hexdigest()


class ExtractionCache:
    """Pickled (Document, Extraction) per article under `folder`."""

    def __init__(self, folder, version: str):
        self.folder = Path(folder)
        self.version = version
        self.hits = 0
        self.misses = 0

    def key(self, name: str, data: bytes, extra: str = "") -> str:
        h = hashlib.sha256(self.version.encode())
        h.update(b"\0" + name.encode("utf-8") + b"\0" + extra.encode("utf-8") + b"\0")
        h.update(data)
        return h.hexdigest()

    def get(self, key: str):
        path = self.folder / key[:2] / f"{key}.pickle"
        try:
            with open(path, "rb") as fh:
                value = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value) -> None:
        path = self.folder / key[:2] / f"{key}.pickle"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except OSError:
            pass   # a cache that cannot be written only costs speed
