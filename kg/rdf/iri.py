"""The one place that mints IRIs.

An entity's IRI is derived from its identity key (type + normalised name), so
the same entity gets the same IRI on every build:

>>> entity_iri("Official|张明华") == entity_iri("Official|张明华")
True
>>> str(entity_iri("Official|张明华")).startswith("https://w3id.org/kg-news/id/official/")
True
"""
import hashlib

from rdflib import URIRef

from kg.rdf.namespace import RESOURCE_BASE


def _digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


def entity_iri(key: str) -> URIRef:
    """IRI of an entity (or a place) from its key 'Type|name[|scope]'."""
    kind = key.split("|", 1)[0].lower()
    return URIRef(f"{RESOURCE_BASE}{kind}/{_digest(key)}")


def article_iri(doc_id: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}article/{_digest(doc_id)}")


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}sentence/{_digest(doc_id)}-{index}")


def mention_iri(entity_key: str, doc_id: str, sentence: int) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}mention/{_digest(entity_key, doc_id, str(sentence))}")


def membership_iri(entity_key: str, title: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}membership/{_digest(entity_key, title)}")


def quantity_iri(entity_key: str, text: str) -> URIRef:
    return URIRef(f"{RESOURCE_BASE}quantity/{_digest(entity_key, text)}")
