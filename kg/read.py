"""Read input paths into cleaned `Document`s.

A path is a file or a folder (searched recursively for `.txt`).  A file that
cannot be used raises `InputError` naming it; `read_paths` collects those as
problems and goes on with the other files.

>>> doc = document_from_text("例子.txt", "2023年5月26日，二七区举行签约仪式。")
>>> doc.year, len(doc.sentences)
(2023, 1)
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from kg.clean import clean_text, split_sentences
from kg.errors import InputError
from kg.metadata import apply_metadata, parse_metadata, read_sidecar, split_front_matter
from kg.model import Document

TEXT_SUFFIXES = (".txt",)

# A dateline near the top of an article: 2023-12-27, 2021年11月24日, 2020/04/16.
_DATELINE = re.compile(r"((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})")
_DATELINE_WINDOW = 300


@dataclass(frozen=True)
class ReadProblem:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def list_inputs(paths) -> tuple[list[Path], list[ReadProblem]]:
    """Expand files and folders into a sorted list of text files.

    Folders are searched recursively for .txt files; a path that does not exist
    or a folder with none is a problem."""
    files: list[Path] = []
    problems: list[ReadProblem] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = sorted(f for f in p.rglob("*")
                           if f.suffix.lower() in TEXT_SUFFIXES and f.is_file())
            if not found:
                problems.append(ReadProblem(str(p), "folder has no .txt files"))
            files.extend(found)
        elif p.is_file():
            files.append(p)
        elif os.path.lexists(p):
            problems.append(ReadProblem(str(p), "not a regular file"))
        else:
            problems.append(ReadProblem(str(p), "no such file or folder"))
    # Same file named twice (or found through two folders) is read once.
    seen, unique = set(), []
    for f in files:
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def decode(path: Path, data: bytes) -> str:
    """Bytes of a text file to str; not-text and undecodable data are errors."""
    if not data.strip():
        raise InputError(path, "file is empty")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(path, "not a text file (binary data)")
    for enc in ("utf-8-sig", "utf-16") if data.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise InputError(path, "not UTF-8 text")


def read_document(path) -> Document:
    """Read and clean one file; raises InputError when it cannot be used."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot read ({exc.strerror or exc})") from exc
    text = decode(path, data)
    doc = document_from_text(path.name, text, path=str(path), meta=read_sidecar(path))
    if not doc.sentences:
        raise InputError(path, "no text left after cleaning")
    return doc


def document_from_text(doc_id: str, raw: str, path: str = "", year: int | None = None,
                       meta: dict | None = None) -> Document:
    """Build a cleaned Document from a string (the library's entry for texts).

    A front matter at the top of `raw` and the `meta` keys (a sidecar's) give
    what the text lacks (kg.metadata)."""
    sha256 = hashlib.sha256(raw.encode("utf-8")).hexdigest()
    front, raw = split_front_matter(raw)
    text = clean_text(raw)
    dateline = _DATELINE.search(text[:_DATELINE_WINDOW])
    date = None
    if dateline:
        y, m, d = (int(g) for g in dateline.groups())
        if 1 <= m <= 12 and 1 <= d <= 31:
            date = f"{y:04d}-{m:02d}-{d:02d}"
            year = year or y
    doc = Document(
        doc_id=doc_id,
        text=text,
        sentences=split_sentences(doc_id, text),
        path=path,
        title=_title(text),
        year=year,
        date=date,
        sha256=sha256,
    )
    return apply_metadata(doc, parse_metadata({**front, **(meta or {})}, path or doc_id))


def _title(text: str) -> str:
    first = text.split("\n", 1)[0].strip()
    return first[:80]


def read_paths(paths) -> tuple[list[Document], list[ReadProblem]]:
    """Read every usable file under `paths`; the others come back as problems."""
    files, problems = list_inputs(paths)
    docs: list[Document] = []
    for f in files:
        try:
            docs.append(read_document(f))
        except InputError as exc:
            problems.append(ReadProblem(exc.path, exc.problem))
    return docs, problems
