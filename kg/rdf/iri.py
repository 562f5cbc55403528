"""The one place that mints IRIs.

An entity's IRI is derived from its identity key (type + normalised name), so
the same entity gets the same IRI on every build:

>>> entity_iri("Official|张明华") == entity_iri("Official|张明华")
True
>>> str(entity_iri("Official|张明华")).startswith("https://w3id.org/kg-news/id/official/")
True
"""
import hashlib
from functools import lru_cache

from rdflib import URIRef

from kg.rdf.namespace import RESOURCE_BASE


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@lru_cache(maxsize=4096)
def _doc_digest(doc_id: str) -> str:
    return _digest(doc_id)     # a document's sentences all ask for it


# The *_str functions give the IRI as a plain string (what the N-Triples
# writer needs; a URIRef costs a validity check per IRI); the others wrap them.

def entity_iri_str(key: str) -> str:
    kind = key.split("|", 1)[0].lower()
    return f"{RESOURCE_BASE}{kind}/{_digest(key)}"


def entity_iri(key: str) -> URIRef:
    """IRI of an entity (or a place) from its key 'Type|name[|scope]'."""
    return URIRef(entity_iri_str(key))


def article_iri_str(doc_id: str) -> str:
    return f"{RESOURCE_BASE}article/{_doc_digest(doc_id)}"


def article_iri(doc_id: str) -> URIRef:
    return URIRef(article_iri_str(doc_id))


def sentence_iri_str(doc_id: str, index: int) -> str:
    return f"{RESOURCE_BASE}sentence/{_doc_digest(doc_id)}-{index}"


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return URIRef(sentence_iri_str(doc_id, index))


def mention_iri_str(entity_key: str, doc_id: str, sentence: int) -> str:
    return f"{RESOURCE_BASE}mention/{_digest(entity_key, doc_id, str(sentence))}"


def mention_iri(entity_key: str, doc_id: str, sentence: int) -> URIRef:
    return URIRef(mention_iri_str(entity_key, doc_id, sentence))


def membership_iri(entity_key: str, title: str, org: str = "") -> URIRef:
    """One membership per (person, post as written, organisation)."""
    parts = (entity_key, title, org) if org else (entity_key, title)
    return URIRef(f"{RESOURCE_BASE}membership/{_digest(*parts)}")


def organization_iri(name: str, scope: str = "") -> URIRef:
    """An organisation named in a post (青石区委).  `scope` (a document id) keeps
    a name that does not say whose it is (市委 in an article about a county) to
    its article, so two cities' 市委 are not one node.

    >>> organization_iri("青石区委") == organization_iri("青石区委")
    True
    >>> organization_iri("市委", "a.txt") == organization_iri("市委", "b.txt")
    False
    """
    parts = ("Organization", name, scope) if scope else ("Organization", name)
    return URIRef(f"{RESOURCE_BASE}organization/{_digest(*parts)}")


def role_iri(name: str) -> URIRef:
    """A role without its organisation (书记, 副区长), shared by every post."""
    return URIRef(f"{RESOURCE_BASE}role/{_digest('Role', name)}")


def year_iri(year: int) -> URIRef:
    """The calendar year as an OWL-Time interval: .../year/2023."""
    return URIRef(f"{RESOURCE_BASE}year/{year:04d}")


def year_description_iri(year: int) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}year/{year:04d}/description")


def evidence_iri_str(subject_key: str, predicate: str, object_key: str, doc_id: str,
                     sentence: int) -> str:
    return (f"{RESOURCE_BASE}evidence/"
            f"{_digest(subject_key, predicate, object_key, doc_id, str(sentence))}")


def evidence_iri(subject_key: str, predicate: str, object_key: str, doc_id: str,
                 sentence: int) -> URIRef:
    """The evidence that one sentence gives for one relation."""
    return URIRef(evidence_iri_str(subject_key, predicate, object_key, doc_id, sentence))


def quantity_iri(entity_key: str, text: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}quantity/{_digest(entity_key, text)}")
