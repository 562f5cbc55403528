"""Scoring a built graph against gold answer keys (`kg eval`).

The definitions are those of the project's shared scorer (`eval/score.py`),
so the figures `kg eval` prints are the figures the project is judged by:

- names are compared after `norm` (NFKC, no spaces, no quote marks);
- a *lenient* match lets one form contain the other when the shorter has at
  least 4 characters and is at least 0.6 of the longer's length;
- predictions and gold entities are paired one to one, best score first,
  with augmenting paths so that as many pairs as possible are made;
- the gold side is the union of every *.json in the gold folder, merged at
  corpus level by (type, name) and by "this name is an alias of that one";
- an official's title is found when it is a substring of a literal on the
  official's node or on a non-entity node next to it (its membership);
- a meeting's date is right when month and day agree, and the year too when
  both sides give one;
- relations are paired per predicate, both endpoints matched leniently and
  entity endpoints only with entities of a shared type; chairs, speaksAt and
  attends are participatesIn with a role.

>>> norm("“安居” 工程（一期）")
'安居工程(一期)'
>>> form_similarity("东州市青石区", "青石区", lenient=True)   # 3 characters: too short
0.0
>>> form_similarity("某某医药产业园", "某某医药产业园区", lenient=True)
0.875
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass

from kg.errors import EvalError
from kg.model import ENTITY_TYPES as TYPES
from kg.model import PREDICATES, ROLES

LENIENT_RATIO = 0.6
LENIENT_MIN_LEN = 4   # the shorter form must be this long: 张明 never matches 张明华

# The entity types each end of a predicate is expected to have; only used to
# choose between gold entities of different types that share a name.
ENDPOINT_TYPES = {
    "participatesIn": (("Official",), ("Meeting",)),
    "signsWith": (("Company",), ("Company", "Official")),
    "visits": (("Official",), ("Company",)),
    "involves": (("Project",), ("Company",)),
    "inIndustry": (("Project", "Company"), ("Industry",)),
    "partOfSector": (("Industry",), ("Industry",)),
    "setBy": (("Goal",), ("Meeting",)),
}


# ---------------------------------------------------------------- matching

_QUOTE_CHARS = re.compile("[" + re.escape("“”‘’\"'「」『』《》") + "]")
_SPACE = re.compile(r"\s+")


def norm(s) -> str:
    """The form names are compared in: NFKC, no whitespace or quote marks, （）→().

    >>> norm("《某某 规划》")
    '某某规划'
    >>> norm(None)
    ''
    """
    if s is None:
        return ""
    s = _QUOTE_CHARS.sub("", _SPACE.sub("", unicodedata.normalize("NFKC", str(s))))
    return s.replace("（", "(").replace("）", ")")


def form_similarity(a: str, b: str, lenient: bool) -> float:
    """1.0 for equal forms; leniently, len(shorter)/len(longer) when the
    longer contains the shorter, the shorter has 4+ characters and the ratio
    is at least 0.6; else 0.

    >>> form_similarity("甲乙丙丁", "甲乙丙丁戊", lenient=True)
    0.8
    >>> form_similarity("甲乙丙丁", "甲乙丙丁戊", lenient=False)
    0.0
    >>> form_similarity("甲乙丙丁", "甲乙丙丁戊己庚", lenient=True)   # 4/7 < 0.6
    0.0
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if not lenient:
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    ratio = len(short) / len(long_)
    if len(short) >= LENIENT_MIN_LEN and ratio >= LENIENT_RATIO and short in long_:
        return ratio
    return 0.0


def forms_similarity(left, right, lenient: bool) -> float:
    """The best `form_similarity` between two sets of normalised forms.

    >>> forms_similarity({"某某投资", "某某投资有限公司"}, {"某某投资"}, lenient=False)
    1.0
    """
    if not left or not right:
        return 0.0
    if left & right:
        return 1.0
    if not lenient:
        return 0.0
    return max((form_similarity(a, b, True) for a in left for b in right), default=0.0)


def match_one_to_one(candidates: dict) -> dict:
    """Pair left items with right items, each used once.

    `candidates[i]` lists (score, j) for left item i.  Left items are taken in
    order of their best score, each trying its candidates best first; a right
    item already taken is freed again when its holder can move elsewhere
    (an augmenting path), so as many pairs as possible are made.  Ties go to
    the lower index.  Returns {left: right}.

    >>> sorted(match_one_to_one({0: [(1.0, 0), (0.8, 1)], 1: [(1.0, 0)]}).items())
    [(0, 1), (1, 0)]
    """
    adjacent = {i: sorted(c, key=lambda t: (-t[0], t[1])) for i, c in candidates.items() if c}
    owner: dict = {}   # right -> left
    for root in sorted(adjacent, key=lambda i: (-adjacent[i][0][0], i)):
        _augment(root, adjacent, owner)
    return {i: j for j, i in owner.items()}


def _augment(root, adjacent, owner) -> bool:
    """Depth-first search for an augmenting path from `root`, without
    recursion (long chains of displaced holders would exceed Python's stack).
    `seen` is shared by the whole search, as in the recursive formulation."""
    seen = set()
    frames = [(root, iter(adjacent[root]))]
    chosen = []   # chosen[k]: the right item frames[k] is trying to take over
    while frames:
        left, options = frames[-1]
        for _, right in options:
            if right in seen:
                continue
            seen.add(right)
            if right not in owner:
                owner[right] = left
                for (holder, _), taken in zip(frames, chosen):
                    owner[taken] = holder
                return True
            chosen.append(right)
            frames.append((owner[right], iter(adjacent[owner[right]])))
            break
        else:
            frames.pop()
            if chosen:
                chosen.pop()
    return False


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    """Precision, recall and F1 (0.0 where undefined).

    >>> prf(3, 4, 6)["f1"]
    0.6
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "precision": p, "recall": r, "f1": f}


# ------------------------------------------------------------- data model

@dataclass(frozen=True)
class ScoredEntity:
    """An entity as the scorer sees it.

    `forms` are the normalised names, `raw_forms` the same for display;
    gold: `titles` and `dates` are the key's; prediction: the candidate
    strings found around the node."""
    type: str
    name: str
    forms: frozenset = frozenset()
    raw_forms: tuple = ()
    titles: tuple = ()
    dates: frozenset = frozenset()


@dataclass(frozen=True)
class Endpoint:
    """One end of a relation: kind 'ent' (an entity of `types`) or 'lit'
    (a literal, or a labelled node that is not an entity, like a place)."""
    kind: str
    forms: frozenset
    types: frozenset = frozenset()
    ident: object = None
    display: str = ""


@dataclass(frozen=True)
class ScoredRelation:
    predicate: str
    subject: Endpoint
    object: Endpoint
    roles: frozenset = frozenset()

    def display(self) -> str:
        """
        >>> a = Endpoint("ent", frozenset({"张明华"}), display="张明华")
        >>> b = Endpoint("ent", frozenset({"某某会"}), display="某某会")
        >>> ScoredRelation("participatesIn", a, b, frozenset({"chairs"})).display()
        '张明华 --participatesIn/chairs--> 某某会'
        """
        roles = ("/" + ",".join(sorted(self.roles))) if self.roles else ""
        return f"{self.subject.display} --{self.predicate}{roles}--> {self.object.display}"


@dataclass(frozen=True)
class Side:
    """The gold or the predicted side: entities, relations, and notes made
    while loading (merges, skipped records)."""
    entities: tuple
    relations: tuple
    warnings: tuple = ()


def _add_form(forms: dict, raw) -> None:
    """Record a surface form under its normalised key; first spelling wins."""
    n = norm(raw)
    if n and n not in forms:
        forms[n] = str(raw).strip()


# ------------------------------------------------------------------- gold

def gold_paths(gold_dir) -> list[str]:
    """The *.json files of a gold folder, sorted."""
    if not os.path.isdir(gold_dir):
        raise EvalError(gold_dir, "gold folder not found")
    paths = sorted(os.path.join(gold_dir, f) for f in os.listdir(gold_dir)
                   if f.endswith(".json") and os.path.isfile(os.path.join(gold_dir, f)))
    if not paths:
        raise EvalError(gold_dir, "no gold *.json files in this folder")
    return paths


def _read_gold_file(path) -> list[dict]:
    try:
        with open(path, encoding="utf-8-sig") as fh:
            data = json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(path, f"cannot read gold JSON ({exc})") from exc
    if isinstance(data, dict):
        return [data]
    if isinstance(data, list) and all(isinstance(d, dict) for d in data):
        return data
    raise EvalError(path, "expected a JSON object or a list of objects")


def _as_list(value) -> list:
    if not value:
        return []
    return [value] if isinstance(value, str) else list(value)


def load_gold(gold_dir) -> Side:
    """Every gold file in `gold_dir`, merged at corpus level.

    Records of one type are one entity when they share a name, or when one's
    name is a name or alias of the other (a short form given as the name in
    one file and as an alias in another); the longest name is shown."""
    warnings: list[str] = []
    documents = []   # (path, doc id, object)
    for path in gold_paths(gold_dir):
        for i, d in enumerate(_read_gold_file(path)):
            documents.append((path, d.get("doc") or f"{os.path.basename(path)}#{i}", d))

    records = []     # (doc, type, name, aliases, titles, date)
    for path, doc, d in documents:
        ents = d.get("entities") or []
        if not isinstance(ents, list):
            raise EvalError(path, f"'entities' is not a list (document {doc})")
        for e in ents:
            if not isinstance(e, dict):
                warnings.append(f"{doc}: skipped non-object entity {e!r}")
                continue
            t, name = e.get("type"), e.get("name")
            if t not in TYPES:
                warnings.append(f"{doc}: skipped entity of unknown type {t!r} ({name!r})")
                continue
            if not norm(name):
                warnings.append(f"{doc}: skipped {t} with empty name")
                continue
            records.append((doc, t, name, _as_list(e.get("aliases")), _as_list(e.get("titles")),
                            e.get("date")))

    groups = _merge_records(records)
    entities, entity_of_record = [], {}
    for members in groups:
        t = records[members[0]][1]
        shown = max((records[i][2] for i in members), key=lambda n: (len(norm(n)), n))
        forms, titles, dates = {}, [], set()
        for i in members:
            _, _, name, aliases, ts, date = records[i]
            for f in [name] + aliases:
                _add_form(forms, f)
            for x in ts:
                if norm(x) and x not in titles:
                    titles.append(x)
            if date:
                dates.add(str(date).strip())
        ent = ScoredEntity(t, str(shown).strip(), frozenset(forms), tuple(forms.values()),
                           tuple(titles), frozenset(dates))
        entities.append(ent)
        for i in members:
            entity_of_record[i] = ent
        names = sorted({str(records[i][2]).strip() for i in members}, key=lambda n: (-len(n), n))
        if len({norm(n) for n in names}) > 1:
            warnings.append(f"merged {t} " + " = ".join(names) + " (a name is another's alias)")

    relations = _gold_relations(documents, records, entities, entity_of_record, warnings)
    return Side(tuple(entities), tuple(relations), tuple(warnings))


def _merge_records(records) -> list[list[int]]:
    """Union-find over gold records; groups ordered by their first record."""
    parent = list(range(len(records)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    by_name = defaultdict(list)
    for i, (_, t, name, *_) in enumerate(records):
        by_name[(t, norm(name))].append(i)
    for i, (_, t, name, aliases, _, _) in enumerate(records):
        for f in [name] + aliases:
            for j in by_name.get((t, norm(f)), ()):
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[rj] = ri
    groups: dict = {}
    for i in range(len(records)):
        groups.setdefault(find(i), []).append(i)
    return list(groups.values())


def _entity_key(ent: ScoredEntity) -> str:
    return f"{ent.type}|{norm(ent.name)}"


def _gold_relations(documents, records, entities, entity_of_record, warnings):
    """Gold relations, endpoints resolved to entities of the same file first,
    then of the whole corpus, else compared as plain labels."""
    in_doc = defaultdict(lambda: defaultdict(list))   # doc -> form -> [entity]
    for i, ent in entity_of_record.items():
        for f in ent.forms:
            if ent not in in_doc[records[i][0]][f]:
                in_doc[records[i][0]][f].append(ent)
    in_corpus = defaultdict(list)
    for ent in entities:
        for f in ent.forms:
            in_corpus[f].append(ent)

    def endpoint(doc, s, wanted) -> Endpoint:
        n = norm(s)
        for index in (in_doc[doc], in_corpus):
            found = index.get(n, [])
            if found:
                e = ([c for c in found if c.type in wanted] or found)[0]
                return Endpoint("ent", e.forms, frozenset([e.type]), _entity_key(e), e.name)
        return Endpoint("lit", frozenset([n]) if n else frozenset(), frozenset(), "lit|" + n,
                        str(s).strip())

    found: dict = {}   # (predicate, subject id, object id) -> [subject, object, roles]
    for path, doc, d in documents:
        rels = d.get("relations") or []
        if not isinstance(rels, list):
            raise EvalError(path, f"'relations' is not a list (document {doc})")
        for r in rels:
            if not isinstance(r, dict):
                warnings.append(f"{doc}: skipped non-object relation {r!r}")
                continue
            p, role = r.get("p"), r.get("role")
            if p in ROLES:
                p, role = "participatesIn", p
            if p not in PREDICATES:
                warnings.append(f"{doc}: skipped relation with unknown predicate {p!r}")
                continue
            if not norm(r.get("s")) or not norm(r.get("o")):
                warnings.append(f"{doc}: skipped {p} relation with an empty endpoint")
                continue
            want_s, want_o = ENDPOINT_TYPES[p]
            s = endpoint(doc, r.get("s"), want_s)
            o = endpoint(doc, r.get("o"), want_o)
            if s.kind == "lit":
                warnings.append(f"{doc}: {p} subject {r.get('s')!r} is not an entity of the "
                                f"file; compared by label")
            entry = found.setdefault((p, s.ident, o.ident), [s, o, set()])
            if role:
                entry[2].add(role)
    return [ScoredRelation(p, s, o, frozenset(roles)) for (p, _, _), (s, o, roles) in found.items()]


# ----------------------------------------------------------------- Turtle

def local_name(iri) -> str:
    """
    >>> local_name("https://w3id.org/kg-news/ontology#Official")
    'Official'
    """
    s = str(iri)
    for sep in ("#", "/"):
        if sep in s:
            return s.rsplit(sep, 1)[1]
    return s.rsplit(":", 1)[1] if ":" in s else s


def load_turtle(path) -> Side:
    """The predicted side from an RDF file (Turtle, or any format rdflib guesses).

    A node is an entity when its class, or a super-class of it, has one of
    the six type names as local name; a property is a relation when it, or a
    super-property, is named after a predicate or a role."""
    import rdflib
    from rdflib import RDF, RDFS, Literal, URIRef
    from rdflib.namespace import SKOS, XSD
    from rdflib.util import guess_format

    if not os.path.isfile(path):
        raise EvalError(path, "graph file not found (build one with `kg build`)")
    fmt = guess_format(str(path)) or "turtle"
    g = rdflib.Graph()
    try:
        g.parse(str(path), format=fmt)
    except Exception as exc:   # rdflib's parsers raise many unrelated types
        detail = " ".join(str(exc).split())[:200]
        raise EvalError(path, f"cannot parse as {fmt} ({detail})") from exc
    warnings = []

    def nearest(start, step, accept):
        """Breadth-first along `step` (subClassOf / subPropertyOf) to the first
        node `accept` says yes to."""
        frontier, seen = [start], {start}
        while frontier:
            nxt = []
            for x in frontier:
                hit = accept(x)
                if hit:
                    return hit
                for sup in g.objects(x, step):
                    if sup not in seen:
                        seen.add(sup)
                        nxt.append(sup)
            frontier = nxt
        return None

    class_cache, prop_cache = {}, {}

    def class_type(c):
        if c not in class_cache:
            class_cache[c] = nearest(c, RDFS.subClassOf,
                                     lambda x: local_name(x) if local_name(x) in TYPES else None)
        return class_cache[c]

    relation_names = set(PREDICATES) | set(ROLES)

    def family(p):
        """-> (predicate, role) for a relation property, (None, None) otherwise."""
        if p not in prop_cache:
            name = nearest(p, RDFS.subPropertyOf,
                           lambda x: local_name(x) if local_name(x) in relation_names else None)
            fam, role = name, None
            if name in ROLES:
                fam, role = "participatesIn", name
            if fam == "participatesIn" and role is None:
                # a sub-property named like a role (ex:chairsMeeting)
                for r in ROLES:
                    if local_name(p).lower().startswith(r.lower()):
                        role = r
            prop_cache[p] = (fam, role)
        return prop_cache[p]

    def labels(node):
        # sorted within each property: the first label is the name shown
        return [x for lp in (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
                for x in sorted(str(o) for o in g.objects(node, lp) if isinstance(o, Literal))]

    node_types = defaultdict(set)
    for s, c in g.subject_objects(RDF.type):
        t = class_type(c)
        if t:
            node_types[s].add(t)

    def literals_around(node):
        """Literals of the node and of the non-entity nodes one hop away."""
        near = {o for p, o in g.predicate_objects(node)
                if p != RDF.type and not isinstance(o, Literal) and o not in node_types}
        near |= {s for s in g.subjects(None, node) if s not in node_types}
        near.discard(node)
        out = [o for o in g.objects(node, None) if isinstance(o, Literal)]
        for nb in near:
            out.extend(o for o in g.objects(nb, None) if isinstance(o, Literal))
        return out

    date_types = (None, XSD.date, XSD.gMonthDay, XSD.dateTime, XSD.string, RDF.langString)
    entities, unlabelled = [], 0
    for node in sorted(node_types, key=str):
        labs = labels(node)
        if not labs:
            unlabelled += 1
        forms: dict = {}
        for lab in labs:
            _add_form(forms, lab)
        for t in sorted(node_types[node]):
            titles, dates = (), frozenset()
            if t == "Official":
                titles = tuple(norm(x) for x in literals_around(node) if norm(x))
            if t == "Meeting":
                dates = frozenset(str(x) for x in literals_around(node)
                                  if x.datatype in date_types or x.language)
            entities.append(ScoredEntity(t, labs[0].strip() if labs else local_name(node),
                                         frozenset(forms), tuple(forms.values()), titles, dates))
    if unlabelled:
        warnings.append(f"{unlabelled} typed entity nodes have no "
                        f"rdfs:label/skos:prefLabel/skos:altLabel")

    def endpoint(node) -> Endpoint:
        if isinstance(node, Literal):
            n = norm(node)
            return Endpoint("lit", frozenset([n]) if n else frozenset(), frozenset(), ("lit", n),
                            str(node))
        labs = labels(node)
        forms = frozenset(norm(x) for x in labs if norm(x))
        shown = labs[0] if labs else local_name(node)
        if node in node_types:
            return Endpoint("ent", forms, frozenset(node_types[node]), node, shown)
        return Endpoint("lit", forms, frozenset(), node, shown)

    # The first triple of a relation fixes its index, which decides ties in
    # the matching; rdflib's own triple order depends on the hash seed, so
    # sort to make the report the same on every run.
    found: dict = {}
    skipped = 0
    for s, p, o in sorted(g, key=lambda t: tuple(x.n3() for x in t)):
        fam, role = family(p) if isinstance(p, URIRef) else (None, None)
        if not fam:
            continue
        if s not in node_types or (not isinstance(o, Literal) and o not in node_types
                                   and not labels(o)):
            skipped += 1
            continue
        obj = endpoint(o)
        entry = found.get((fam, s, obj.ident))
        if entry is None:
            entry = found[(fam, s, obj.ident)] = [endpoint(s), obj, set()]
        if role:
            entry[2].add(role)
    if skipped:
        warnings.append(f"{skipped} relation triples skipped (subject not an entity, or object "
                        f"neither entity nor labelled)")
    relations = [ScoredRelation(fam, s, o, frozenset(roles))
                 for (fam, _, _), (s, o, roles) in found.items()]
    return Side(tuple(entities), tuple(relations), tuple(warnings))


# ---------------------------------------------------------------- scoring

_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_DAY = re.compile(r"^--(\d{1,2})-(\d{1,2})")
_CN_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


def parse_date(s):
    """(year or None, month, day), or None when `s` holds no date.

    >>> parse_date("2023-08-21"), parse_date("--08-21"), parse_date("8月21日上午")
    ((2023, 8, 21), (None, 8, 21), (None, 8, 21))
    """
    s = norm(s)
    m = _ISO_DATE.match(s)
    if m:
        return int(m.group(1)), int(m.group(2)), int(m.group(3))
    m = _MONTH_DAY.match(s)
    if m:
        return None, int(m.group(1)), int(m.group(2))
    m = _CN_DATE.search(s)
    if m:
        return (int(m.group(1)) if m.group(1) else None), int(m.group(2)), int(m.group(3))
    return None


def dates_agree(gold_dates, candidates) -> bool:
    """Month and day equal, and the year too when both give one.

    >>> dates_agree({"--05-31"}, ["2024-05-31"]), dates_agree({"2023-05-31"}, ["2024-05-31"])
    (True, False)
    """
    golds = [d for d in map(parse_date, gold_dates) if d]
    preds = [d for d in map(parse_date, candidates) if d]
    return any((gm, gd) == (pm, pd) and (gy is None or py is None or gy == py)
               for gy, gm, gd in golds for py, pm, pd in preds)


def match_entities(gold, pred, lenient: bool) -> dict:
    """{pred index: gold index}, one to one."""
    candidates = {}
    for i, p in enumerate(pred):
        c = [(s, j) for j, g in enumerate(gold)
             if (s := forms_similarity(p.forms, g.forms, lenient)) > 0]
        if c:
            candidates[i] = c
    return match_one_to_one(candidates)


def endpoint_similarity(pred: Endpoint, gold: Endpoint) -> float:
    """Lenient form similarity; two entity endpoints must share a type."""
    if gold.kind == "ent" and pred.kind == "ent" and not (pred.types & gold.types):
        return 0.0
    return forms_similarity(pred.forms, gold.forms, True)


def score(gold: Side, pred: Side) -> dict:
    """All figures and error lists, as a JSON-ready dict (the shape of
    the shared scorer's --json output)."""
    res = {"entities": {}, "relations": {}, "errors": {"entities": {}, "relations": {}}}
    _score_entities(gold.entities, pred.entities, res)
    _score_relations(gold.relations, pred.relations, res)
    return res


def _score_entities(gold_ents, pred_ents, res) -> None:
    totals = {m: [0, 0, 0] for m in ("strict", "lenient")}   # gold, pred, tp
    n_titles = titles_found = officials_with_titles = 0
    n_dates = dates_right = 0
    title_errors, date_errors = [], []
    for t in TYPES:
        G = [e for e in gold_ents if e.type == t]
        P = [e for e in pred_ents if e.type == t]
        row = {"gold": len(G), "pred": len(P)}
        matches = {}
        for mode in ("strict", "lenient"):
            m = matches[mode] = match_entities(G, P, mode == "lenient")
            row[mode] = prf(len(m), len(P), len(G))
            tot = totals[mode]
            tot[0], tot[1], tot[2] = tot[0] + len(G), tot[1] + len(P), tot[2] + len(m)
        res["entities"][t] = row
        lenient, strict = matches["lenient"], matches["strict"]
        matched_gold = set(lenient.values())
        res["errors"]["entities"][t] = {
            "false_positives": [list(P[i].raw_forms) or [P[i].name]
                                for i in range(len(P)) if i not in lenient],
            "misses": [list(G[j].raw_forms) for j in range(len(G)) if j not in matched_gold],
            "lenient_only": [[list(P[i].raw_forms), list(G[j].raw_forms)]
                             for i, j in lenient.items() if strict.get(i) != j],
        }
        if t == "Official":
            for i, j in lenient.items():
                wanted = [x for x in G[j].titles if norm(x)]
                if wanted:
                    officials_with_titles += 1
                for x in wanted:
                    n_titles += 1
                    if any(norm(x) in c for c in P[i].titles):
                        titles_found += 1
                    else:
                        title_errors.append({"official": G[j].name, "gold_title": x,
                                             "candidates": sorted(set(P[i].titles))[:12]})
        if t == "Meeting":
            for i, j in lenient.items():
                if not G[j].dates:
                    continue
                n_dates += 1
                if dates_agree(G[j].dates, P[i].dates):
                    dates_right += 1
                else:
                    date_errors.append({"meeting": G[j].name, "gold_date": sorted(G[j].dates),
                                        "candidates": sorted(P[i].dates)[:12]})
    s, l_ = totals["strict"], totals["lenient"]
    res["entities"]["overall"] = {"gold": s[0], "pred": s[1], "strict": prf(s[2], s[1], s[0]),
                                  "lenient": prf(l_[2], l_[1], l_[0])}
    res["official_titles"] = {"matched_officials_with_titles": officials_with_titles,
                              "gold_titles": n_titles, "found": titles_found,
                              "accuracy": titles_found / n_titles if n_titles else None}
    res["meeting_dates"] = {"matched_meetings_with_date": n_dates, "correct": dates_right,
                            "accuracy": dates_right / n_dates if n_dates else None}
    res["errors"]["titles"] = title_errors
    res["errors"]["dates"] = date_errors


def _score_relations(gold_rels, pred_rels, res) -> None:
    n_gold = n_pred = n_tp = 0
    with_role = role_right = 0
    for p in PREDICATES:
        G = [r for r in gold_rels if r.predicate == p]
        P = [r for r in pred_rels if r.predicate == p]
        candidates = {}
        for i, pr in enumerate(P):
            c = []
            for j, gr in enumerate(G):
                ss = endpoint_similarity(pr.subject, gr.subject)
                if ss > 0:
                    so = endpoint_similarity(pr.object, gr.object)
                    if so > 0:
                        c.append((min(ss, so), j))
            if c:
                candidates[i] = c
        m = match_one_to_one(candidates)
        res["relations"][p] = {"gold": len(G), "pred": len(P), **prf(len(m), len(P), len(G))}
        n_gold, n_pred, n_tp = n_gold + len(G), n_pred + len(P), n_tp + len(m)
        matched_gold = set(m.values())
        res["errors"]["relations"][p] = {
            "false_positives": [P[i].display() for i in range(len(P)) if i not in m],
            "misses": [G[j].display() for j in range(len(G)) if j not in matched_gold],
        }
        if p == "participatesIn":
            for i, j in m.items():
                if G[j].roles:
                    with_role += 1
                    role_right += bool(G[j].roles & P[i].roles)
    res["relations"]["overall"] = {"gold": n_gold, "pred": n_pred, **prf(n_tp, n_pred, n_gold)}
    res["participatesIn_roles"] = {"matched_with_gold_role": with_role, "correct": role_right,
                                   "accuracy": role_right / with_role if with_role else None}


def evaluate(gold_dir, ttl) -> dict:
    """Score the graph file `ttl` against the gold folder: the figures, the
    error lists, the inputs and the loading notes, as one JSON-ready dict.
    `ttl` may be a build's output folder: its kg.ttl is scored."""
    if os.path.isdir(ttl):
        ttl = os.path.join(ttl, "kg.ttl")
    paths = gold_paths(gold_dir)
    gold = load_gold(gold_dir)
    pred = load_turtle(ttl)
    res = score(gold, pred)
    res["inputs"] = {"gold_dir": str(gold_dir), "gold_files": len(paths),
                     "prediction": str(ttl), "prediction_kind": "ttl"}
    res["warnings"] = [f"gold: {x}" for x in gold.warnings] + [f"pred: {x}" for x in pred.warnings]
    return res


# ----------------------------------------------------------------- report

def _cell(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def _prf_cells(m, n_pred, n_gold) -> str:
    """TP P R F1; '-' where a ratio is undefined (nothing predicted / no gold)."""
    p = _cell(m["precision"] if n_pred else None)
    r = _cell(m["recall"] if n_gold else None)
    f = _cell(m["f1"] if (n_pred or n_gold) else None)
    return f"{m['tp']:>4} {p:>6} {r:>6} {f:>6}"


def format_report(res: dict, show_errors: bool = False) -> str:
    """The scorer's table (and, with `show_errors`, the error lists) as text."""
    lines = ["ENTITIES                     strict                      lenient",
             f"{'type':<10}{'gold':>5}{'pred':>6} | {'TP':>4} {'P':>6} {'R':>6} {'F1':>6} | "
             f"{'TP':>4} {'P':>6} {'R':>6} {'F1':>6}",
             "-" * 72]
    for t in (*TYPES, "overall"):
        if t == "overall":
            lines.append("-" * 72)
        r = res["entities"][t]
        lines.append(f"{t:<10}{r['gold']:>5}{r['pred']:>6} | "
                     f"{_prf_cells(r['strict'], r['pred'], r['gold'])} | "
                     f"{_prf_cells(r['lenient'], r['pred'], r['gold'])}")
    ot, md = res["official_titles"], res["meeting_dates"]
    lines += ["",
              f"Official titles: {ot['found']}/{ot['gold_titles']} gold titles found = "
              f"{_cell(ot['accuracy'])}  (over {ot['matched_officials_with_titles']} "
              f"lenient-matched officials with titles)",
              f"Meeting dates:   {md['correct']}/{md['matched_meetings_with_date']} correct = "
              f"{_cell(md['accuracy'])}  (lenient-matched meetings with a gold date)",
              "",
              "RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)",
              f"{'predicate':<15}{'gold':>5}{'pred':>6} | {'TP':>4} {'P':>6} {'R':>6} {'F1':>6}",
              "-" * 53]
    for p in (*PREDICATES, "overall"):
        if p == "overall":
            lines.append("-" * 53)
        r = res["relations"][p]
        lines.append(f"{p:<15}{r['gold']:>5}{r['pred']:>6} | {_prf_cells(r, r['pred'], r['gold'])}")
    pr = res["participatesIn_roles"]
    lines.append(f"participatesIn role correct: {pr['correct']}/{pr['matched_with_gold_role']} = "
                 f"{_cell(pr['accuracy'])}")
    notes = res.get("warnings") or []
    if notes:
        lines += ["", "Notes:"] + [f"  - {x}" for x in notes[:30]]
        if len(notes) > 30:
            lines.append(f"  ... {len(notes) - 30} more")
    if show_errors:
        lines += _error_lines(res["errors"])
    return "\n".join(lines) + "\n"


def _error_lines(err) -> list[str]:
    lines = ["", "================ ERRORS (lenient matching) ================"]
    for t in TYPES:
        e = err["entities"][t]
        if not (e["false_positives"] or e["misses"] or e["lenient_only"]):
            continue
        lines += ["", f"## {t}", f"  false positives ({len(e['false_positives'])}):"]
        lines += [f"    + {' | '.join(f)}" for f in e["false_positives"]]
        lines.append(f"  misses ({len(e['misses'])}):")
        lines += [f"    - {' | '.join(f)}" for f in e["misses"]]
        if e["lenient_only"]:
            lines.append(f"  matched only leniently ({len(e['lenient_only'])}):")
            lines += [f"    ~ {' | '.join(pf)}  ≈  {' | '.join(gf)}"
                      for pf, gf in e["lenient_only"]]
    if err["titles"]:
        lines += ["", "## Official titles not found"]
        lines += [f"    - {x['official']}: {x['gold_title']}   "
                  f"(candidates: {', '.join(x['candidates'][:6]) or 'none'})"
                  for x in err["titles"]]
    if err["dates"]:
        lines += ["", "## Meeting dates wrong/missing"]
        lines += [f"    - {x['meeting']}: gold {', '.join(x['gold_date'])}   "
                  f"(candidates: {', '.join(x['candidates'][:6]) or 'none'})" for x in err["dates"]]
    for p in PREDICATES:
        e = err["relations"][p]
        if not (e["false_positives"] or e["misses"]):
            continue
        lines += ["", f"## relation {p}", f"  false positives ({len(e['false_positives'])}):"]
        lines += [f"    + {f}" for f in e["false_positives"]]
        lines.append(f"  misses ({len(e['misses'])}):")
        lines += [f"    - {f}" for f in e["misses"]]
    return lines
