"""Helpers the per-round rule tests share (tests/test_rules_blind*.py): a
document from text, and what one extractor or the relations make of it."""
from kg.extract import extract_document, officials
from kg.read import document_from_text


def doc(text):
    return document_from_text("t.txt", text)


def names(module, text, lex):
    """The mention texts `module` (an extractor) finds in `text`."""
    return {m.text for m in module.extract(doc(text), lex)}


def posts(text, lex):
    """Each official found in `text`, with the titles of its posts."""
    return {m.text: [p.title for p in m.posts] for m in officials.extract(doc(text), lex)}


def pairs(text, lex, predicate):
    """(subject, object) of the relations of `predicate` found in `text`."""
    x = extract_document(doc(text), lex)
    return {(r.subject, r.object) for r in x.relations if r.predicate == predicate}
