"""Read input paths into cleaned `Document`s.

A path is a file or a folder (searched recursively for .txt, .md and .html).
Bytes are decoded whatever the usual Chinese encoding (`decode`), markup is
reduced to the article's text (`to_plain_text`), then cleaned.  A file that
cannot be used raises `InputError` naming it; `read_paths` collects those as
problems and goes on with the other files.

>>> doc = document_from_text("例子.txt", "2023年5月26日，青石区举行签约仪式。")
>>> doc.year, len(doc.sentences)
(2023, 1)
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from kg.clean import clean_text, is_common_chinese, split_sentences
from kg.errors import InputError
from kg.metadata import apply_metadata, parse_metadata, read_sidecar, split_front_matter
from kg.model import Document

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
MARKDOWN_SUFFIXES = (".md", ".markdown")

# Size policy: a news article is tens of KB (the seeds are 6-20 KB).  Measured
# on this machine, a 1 MB file takes 6 s and 170 MB of memory to build and a
# 4 MB file 37 s and 400 MB (extraction is superlinear in one document), so a
# bigger file is almost surely not an article (a dump, a log, a mistake) and is
# skipped, unread, with a message saying how to raise the limit.
MAX_MB = 5.0

# Encodings tried, after a BOM and UTF-8, for text that is not UTF-8.
CHINESE_ENCODINGS = ("gb18030", "big5")

# Magic numbers of the binary files most often dropped into a text folder.
_MAGIC = ((b"%PDF", "PDF"), (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
          (b"GIF8", "GIF image"), (b"PK\x03\x04", "ZIP archive (docx/xlsx?)"),
          (b"\x1f\x8b", "gzip archive"), (b"\xd0\xcf\x11\xe0", "MS Office file"),
          (b"\x7fELF", "executable"), (b"Rar!", "RAR archive"), (b"7z\xbc\xaf", "7z archive"))
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

# A dateline near the top of an article: 2023-12-27, 2021年11月24日, 2020/04/16.
_DATELINE = re.compile(r"((?:19|20)\d{2})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})")
_DATELINE_WINDOW = 300


@dataclass(frozen=True)
class ReadProblem:
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def display_name(name: str) -> str:
    """A file or document name as text: bytes that are not UTF-8 (kept by the
    OS as lone surrogates), other lone surrogates and NUL become U+FFFD, so
    names are always printable and serialisable.

    >>> display_name("a\\udcff.txt") == "a\\ufffd.txt"
    True
    """
    try:
        name = os.fsencode(name).decode("utf-8", "replace")
    except UnicodeEncodeError:     # a surrogate the OS did not make
        name = re.sub("[\ud800-\udfff]", "\ufffd", name)
    return name.replace("\x00", "\ufffd")


def _stat_problem(p: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno == errno.ENOENT:
        return "broken symlink" if os.path.lexists(p) else "no such file or folder"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "cannot read (permission denied)"
    return f"cannot read ({exc.strerror or exc})"


def _walk(folder: Path, files: list, problems: list, ancestors: frozenset) -> None:
    """Text files under `folder`, depth first in name order.  Symlinked
    folders are followed, except back into a folder being walked (a loop);
    hidden entries (.git, editor temp files) are skipped."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        problems.append(ReadProblem(display_name(str(folder)), _stat_problem(folder, exc)))
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        p = Path(e.path)
        try:
            st = os.stat(p)
        except OSError as exc:
            if p.suffix.lower() in TEXT_SUFFIXES or e.is_symlink():
                problems.append(ReadProblem(display_name(str(p)), _stat_problem(p, exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            ident = (st.st_dev, st.st_ino)
            if ident in ancestors:
                problems.append(ReadProblem(display_name(str(p)), "symlink loop (links back to a folder above it)"))
                continue
            _walk(p, files, problems, ancestors | {ident})
        elif p.suffix.lower() in TEXT_SUFFIXES:
            if stat.S_ISREG(st.st_mode):
                files.append(p)
            else:
                problems.append(ReadProblem(display_name(str(p)), "not a regular file"))


def list_inputs(paths) -> tuple[list[Path], list[ReadProblem]]:
    """Expand files and folders into a list of input files, each file once.

    Folders are searched recursively for .txt, .md and .html files; a path that
    does not exist, a symlink loop or a folder with none is a problem.  A file
    named explicitly is read whatever its suffix."""
    files: list[Path] = []
    problems: list[ReadProblem] = []
    for raw in paths:
        p = Path(raw)
        try:
            st = os.stat(p)
        except OSError as exc:
            problems.append(ReadProblem(display_name(str(p)), _stat_problem(p, exc)))
            continue
        if stat.S_ISDIR(st.st_mode):
            found: list[Path] = []
            before = len(problems)
            _walk(p, found, problems, frozenset({(st.st_dev, st.st_ino)}))
            if not found and len(problems) == before:
                problems.append(ReadProblem(display_name(str(p)),
                                            "folder has no .txt, .md or .html files"))
            files.extend(found)
        elif stat.S_ISREG(st.st_mode):
            files.append(p)
        else:
            problems.append(ReadProblem(display_name(str(p)), "not a regular file"))
    # Same file named twice (or found through two folders or a link) is read once.
    seen, unique = set(), []
    for f in files:
        try:
            st = os.stat(f)
            key = (st.st_dev, st.st_ino)
        except OSError:
            key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, problems


def _plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are common Chinese characters
    or punctuation: high for the right decoding, low for mojibake."""
    other = [c for c in text[:200_000] if ord(c) > 127]
    if not other:
        return 1.0
    good = sum(1 for c in other if is_common_chinese(c))
    return good / len(other)


def _control_share(text: str) -> float:
    sample = text[:20000]
    bad = sum(n for c, n in Counter(sample).items()
              if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    return bad / max(len(sample), 1)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM shows NUL bytes mostly on one side (the
    high byte of ASCII letters and digits); the byte order whose decoding reads
    as Chinese wins."""
    head = data[:8192]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(data) % 2 or even + odd == 0:
        return None
    order = ("utf-16-le", "utf-16-be") if odd >= even else ("utf-16-be", "utf-16-le")
    if max(even, odd) < 2 * min(even, odd):
        return None
    for enc in order:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _control_share(text) < 0.01 and _plausibility(text) >= 0.5:
            return text
    return None


def decode(path: Path, data: bytes, encoding: str | None = None, html: bool = False) -> str:
    """Bytes of a text file to str; not-text and undecodable data are errors.

    Order: an explicit `encoding`; a BOM (UTF-8, UTF-16, UTF-32); UTF-8; UTF-16
    without a BOM; an HTML page's declared charset; then GB18030 (a superset of
    GBK and GB2312) or Big5, whichever charset-normalizer ranks first among the
    decodings that give plausible Chinese.

    >>> decode(Path("a.txt"), "区委书记出席会议。".encode("gbk"))
    '区委书记出席会议。'
    >>> decode(Path("a.txt"), "區委書記出席會議。".encode("big5"))
    '區委書記出席會議。'
    """
    if not data.strip():
        raise InputError(path, "file is empty")
    if encoding:
        try:
            return _strip_bom(data.decode(encoding))
        except UnicodeDecodeError as exc:
            raise InputError(path, f"not {encoding} text (byte {exc.start}: "
                                   f"{data[exc.start:exc.start + 4]!r})") from exc
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _strip_bom(data.decode(enc))
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not {enc} text although it starts with a "
                                       f"{enc} byte-order mark") from exc
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"not a text file ({kind})")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = None
    if text is None and b"\x00" in data:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(path, "not a text file (binary data)")
    if text is None and html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            try:
                text = data.decode(m.group(1).decode("ascii"))
            except (LookupError, UnicodeDecodeError):
                text = None
    if text is None:
        text = _guess_chinese(data)
    if text is None:
        raise InputError(path, "cannot tell the encoding (not UTF-8, UTF-16, GB18030 or Big5); "
                               "name it with --encoding")
    if "\x00" in text or _control_share(text) > 0.01:
        raise InputError(path, "not a text file (binary data)")
    return text


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _guess_chinese(data: bytes) -> str | None:
    import charset_normalizer
    # charset-normalizer alone calls short GBK text cp949 (Korean), so it only
    # ranks the Chinese encodings; our plausibility score then rejects mojibake.
    ranked = [m.encoding for m in charset_normalizer.from_bytes(
        data, cp_isolation=list(CHINESE_ENCODINGS))]
    order = [e for e in ranked if e in CHINESE_ENCODINGS] + \
        [e for e in CHINESE_ENCODINGS if e not in ranked]
    best, best_score = None, 0.0
    for enc in order:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if score > best_score + 0.05:
            best, best_score = text, score
    return best if best_score >= 0.5 else None


def to_plain_text(text: str, suffix: str) -> str:
    """Markup to the plain text of the article: HTML pages keep their title
    and body text (scripts, styles and navigation dropped); Markdown loses its
    markup.  Other text is returned as it is.

    >>> to_plain_text("<p>第一段<script>x()</script></p><p>第二段</p>", ".html")
    '第一段\\n第二段'
    >>> to_plain_text("## 标题\\n**加快**建设[某某园](http://x)。", ".md")
    '## 标题\\n加快建设某某园。'
    """
    suffix = suffix.lower()
    if suffix in HTML_SUFFIXES:
        return html_to_text(text)
    if suffix in MARKDOWN_SUFFIXES:
        return markdown_to_text(text)
    return text


_SKIP_TAGS = frozenset("script style noscript template svg math iframe object embed canvas "
                       "nav footer aside form select button head".split())
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header "
                        "blockquote pre hr dt dd dl figure figcaption main td th caption "
                        "address center".split())
_VOID_TAGS = frozenset("br hr img meta link input area base col embed param source track wbr".split())
_CLASS_WORDS = re.compile(r"[A-Za-z0-9]+")
# Furniture is a block around the article, never a paragraph or a heading.
_FURNITURE_TAGS = frozenset("div ul ol dl section table tbody tr td header".split())
# CSS utility classes name a style, not a part of the page (border-bottom,
# position-relative, text-bottom, mb-0).
_CSS_UTILITY = re.compile(r"(?:border|margin|padding|text|align|vertical|rounded|float|position|"
                          r"sticky|fixed|bg|justify|items|flex|d|[mp][tbxyse]?)-", re.I)
# The article's own title and date in the meta tags Chinese government sites
# carry (政府网站发展指引: ArticleTitle, PubDate, Url) and in Open Graph's.
_META_KEYS = {"articletitle": "title", "og:title": "title", "pubdate": "date",
              "article:published_time": "date", "url": "source", "og:url": "source"}
_PAGE_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
_TITLE_PARTS = re.compile(r"\s*(?:[_|｜]|\s[-－—]+\s)\s*")


@lru_cache(maxsize=1)
def _furniture_words() -> frozenset:
    from kg.lexicon import builtin_words
    return frozenset(w.lower() for w in builtin_words("page_furniture"))


class _PageText(HTMLParser):
    def __init__(self, furniture: frozenset = frozenset()):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self.headings: list[str] = []   # texts of h1 elements
        self.heading: list[str] | None = None
        self.meta: dict[str, str] = {}
        self.skip: list[str] = []     # open tags whose content is dropped, outermost first
        self.in_title = False
        self.furniture = furniture

    def handle_starttag(self, tag, attrs):
        if tag in ("meta", "link"):
            self._meta(tag, dict(attrs))
        if tag == "title":
            self.in_title = True
        elif self.skip:
            if tag not in _VOID_TAGS:
                self.skip.append(tag)       # inside a dropped part: follow its nesting
            return
        elif tag in _SKIP_TAGS and tag not in _VOID_TAGS or tag in _FURNITURE_TAGS and self._furniture(attrs):
            self.skip.append(tag)
            return
        if tag == "h1":
            self.heading = []
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in ("meta", "link"):
            self._meta(tag, dict(attrs))
        if tag in _BLOCK_TAGS and not self.skip:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        elif self.skip:
            if tag in self.skip:
                # Close up to the matching tag: pages often leave inner tags open.
                while self.skip and self.skip.pop() != tag:
                    pass
            return
        if tag == "h1" and self.heading is not None:
            self.headings.append(" ".join("".join(self.heading).split()))
            self.heading = None
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        data = re.sub(r"\s+", " ", data)
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)
            if self.heading is not None:
                self.heading.append(data)

    def _furniture(self, attrs) -> bool:
        if not self.furniture:
            return False
        for name, value in attrs:
            if name not in ("class", "id") or not value:
                continue
            for one in value.split():
                if not _CSS_UTILITY.match(one) and any(
                        w.lower() in self.furniture for w in _CLASS_WORDS.findall(one)):
                    return True
        return False

    def _meta(self, tag, attrs):
        if tag == "link":
            if (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
                self.meta.setdefault("source", attrs["href"].strip())
            return
        key = _META_KEYS.get((attrs.get("name") or attrs.get("property") or "").lower())
        value = " ".join((attrs.get("content") or "").split())
        if key and value:
            self.meta.setdefault(key, value)


def html_to_text(page: str) -> str:
    """The visible text of a news page, one block per line, without the page
    around the article (menus, breadcrumbs, share bars, related news, footers:
    elements whose class or id says so, kg/data/page_furniture.txt).  The
    article's title -- its meta tag, else the h1 the <title> names, else the
    longest part of the <title> (青石区召开推进会_工作动态_青石区人民政府) --
    goes first, and what comes before it in the body is dropped; title, date
    and URL found in the page go in a front matter block (kg.metadata).

    >>> print(html_to_text('<title>某区召开推进会_动态_某区政府</title><div class="nav">首页</div>'
    ...                    '<h1>某区召开推进会</h1><p>会议指出。</p><div class="footer">版权所有</div>'))
    ---
    title: 某区召开推进会
    ---
    某区召开推进会
    会议指出。
    """
    body, p = _page_body(page, _furniture_words())
    if "。" not in body:
        # Nothing of a story left: a page whose markup we misread; keep it all.
        body, p = _page_body(page, frozenset())
    title = p.meta.get("title", "")
    if not title:
        parts = [x for x in _TITLE_PARTS.split(" ".join("".join(p.title).split())) if x]
        title = next((h for h in p.headings if h and any(h in x for x in parts)), "") or \
            max(parts, key=len, default="")
    lines = body.split("\n")
    if title in lines:
        lines = lines[lines.index(title):]      # menus and banners before the headline
    elif title:
        lines.insert(0, title)
    meta = {"title": title} if title else {}
    date = _PAGE_DATE.search(p.meta.get("date", ""))
    if date:
        meta["date"] = "%s-%02d-%02d" % (date.group(1), int(date.group(2)), int(date.group(3)))
    if p.meta.get("source", "").startswith(("http://", "https://")):
        meta["source"] = p.meta["source"]
    front = "".join(f"{k}: {v}\n" for k, v in meta.items())
    return (f"---\n{front}---\n" if front else "") + "\n".join(lines)


_FULL_STOP = re.compile("[。！？!?]")


def _page_body(page: str, furniture: frozenset):
    p = _PageText(furniture)
    p.feed(page)
    p.close()
    lines = [ln.strip() for ln in "".join(p.parts).split("\n")]
    return "\n".join(ln for ln in lines if ln), p


_MD_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|`+|~~)(?=\S)(.+?)(?<=\S)\1")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|>+)\s+", re.M)
_MD_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$|^\s*```.*$", re.M)
_MD_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")


def markdown_to_text(md: str) -> str:
    """Markdown to plain text: images, rules and fences go; links keep their
    text; emphasis and list markers are dropped.  Headings keep their '#',
    which cleaning turns into a paragraph of its own.  A front matter block
    (---/---) at the top is passed through untouched for the metadata reader."""
    text = md.replace("\r\n", "\n")
    m = _MD_FRONT_MATTER.match(text)
    front = m.group(0) if m else ""
    text = text[len(front):]
    text = _MD_IMAGE.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_RULE.sub("", text)
    text = _MD_BULLET.sub("", text)
    text = _MD_TAG.sub("", text)
    for _ in range(2):      # **bold with *italic* inside**
        text = _MD_EMPHASIS.sub(r"\2", text)
    return front + text


def read_document(path, encoding: str | None = None, max_mb: float = MAX_MB,
                  doc_id: str | None = None) -> Document:
    """Read and clean one file; raises InputError when it cannot be used.

    Files over `max_mb` megabytes are refused before anything is read (see
    MAX_MB); `encoding` overrides detection; `doc_id` defaults to the file
    name (`document_ids` gives ids that stay unique across folders)."""
    path = Path(path)
    name = display_name(str(path))
    limit = int(max_mb * 1024 * 1024)
    try:
        size = os.stat(path).st_size
        if size > limit:
            raise InputError(name, f"file too large ({size / 2**20:.1f} MB; the limit is "
                                   f"{max_mb:g} MB per article, raise it with --max-size)")
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)   # never more, even if the file grows meanwhile
    except OSError as exc:
        raise InputError(name, _stat_problem(path, exc)) from exc
    if len(data) > limit:
        raise InputError(name, f"file too large (over {max_mb:g} MB, the limit per article; "
                               "raise it with --max-size)")
    suffix = path.suffix.lower()
    text = decode(name, data, encoding, html=suffix in HTML_SUFFIXES)
    plain = to_plain_text(text, suffix)
    if suffix in HTML_SUFFIXES and not _FULL_STOP.search(plain):
        # A column's list of headlines, a site's front page: they would only
        # repeat, as fragments, the articles they link to.
        raise InputError(name, "no article on this page (not one full sentence: an index or list page?)")
    doc = document_from_text(doc_id or display_name(path.name), plain,
                             path=name, meta=read_sidecar(path),
                             wrapped=suffix not in HTML_SUFFIXES)    # HTML blocks are paragraphs
    if not doc.sentences:
        raise InputError(name, "no text left after cleaning")
    return doc


def document_from_text(doc_id: str, raw: str, path: str = "", year: int | None = None,
                       meta: dict | None = None, wrapped: bool = True) -> Document:
    """Build a cleaned Document from a string (the library's entry for texts).

    A front matter at the top of `raw` and the `meta` keys (a sidecar's) give
    what the text lacks (kg.metadata).  `wrapped`: see kg.clean.clean_text."""
    doc_id = display_name(doc_id)
    sha256 = hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()
    front, raw = split_front_matter(raw)
    text = clean_text(raw, wrapped)
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


def document_ids(files) -> dict:
    """A document id for each file: its name, printable.  Different files
    sharing a name (a/x.txt, b/x.txt) get a digest of their bytes appended,
    never anything from their folder or their order, so the same articles
    give the same ids (and IRIs) however they are passed in.

    >>> document_ids([Path("a/x.txt")])
    {PosixPath('a/x.txt'): 'x.txt'}
    """
    by_name: dict[str, list] = {}
    for f in files:
        by_name.setdefault(display_name(Path(f).name), []).append(f)
    ids = {}
    for name, group in by_name.items():
        for f in group:
            ids[f] = name if len(group) == 1 else f"{name}~{_file_digest(f)[:8]}"
    return ids


def _file_digest(path) -> str:
    try:
        with open(path, "rb") as fh:       # streamed: any size in constant memory
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:   # unreadable, so it is reported, not built: any unique id will do
        return hashlib.sha256(os.fsencode(str(path))).hexdigest()


def read_paths(paths, encoding: str | None = None,
               max_mb: float = MAX_MB) -> tuple[list[Document], list[ReadProblem]]:
    """Read every usable file under `paths`; the others come back as problems.

    Documents are named by file name (see `document_ids`); the same text
    reached twice under one name is one document."""
    files, problems = list_inputs(paths)
    docs = {d.doc_id: d for d in iter_documents(files, problems, encoding, max_mb)}
    return [docs[k] for k in sorted(docs)], problems


def iter_documents(files, problems: list, encoding: str | None = None,
                   max_mb: float = MAX_MB):
    """The documents of `files` (from list_inputs), read one at a time; files
    that cannot be read are appended to `problems`.  A name reached twice is
    read once (a later file of that name only if the first could not be read)."""
    ids = document_ids(files)
    done: set[str] = set()
    for f in files:
        if ids[f] in done:
            continue
        try:
            doc = read_document(f, encoding, max_mb, doc_id=ids[f])
        except InputError as exc:
            problems.append(ReadProblem(exc.path, exc.problem))
            continue
        done.add(ids[f])
        yield doc
