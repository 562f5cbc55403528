"""The ontology's terms as a DefinedNamespace, mirroring ontology/kg.ttl.

A misspelt term fails at import time instead of producing a silent new IRI:

>>> str(KG.Official)
'https://w3id.org/kg-news/ontology#Official'
"""
from rdflib import Namespace
from rdflib.namespace import DefinedNamespace, URIRef

ONTOLOGY_IRI = "https://w3id.org/kg-news/ontology"
RESOURCE_BASE = "https://w3id.org/kg-news/id/"

ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
TIME = Namespace("http://www.w3.org/2006/time#")


class KG(DefinedNamespace):
    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # Classes
    Official: URIRef
    Company: URIRef
    Project: URIRef
    Industry: URIRef
    Meeting: URIRef
    Goal: URIRef
    Place: URIRef
    Article: URIRef
    Sentence: URIRef
    Mention: URIRef
    Quantity: URIRef
    Evidence: URIRef       # one sentence's support for one relation

    # Relations between entities
    participatesIn: URIRef
    chairs: URIRef
    speaksAt: URIRef
    attends: URIRef
    signsWith: URIRef
    visits: URIRef
    involves: URIRef
    inIndustry: URIRef
    partOfSector: URIRef
    setBy: URIRef

    # Attributes
    postTitle: URIRef      # a membership's post as the text gives it (青石区委书记)
    roleName: URIRef       # the post without its organisation (书记)
    organizationName: URIRef  # the organisation as the text names it (青石区委)
    date: URIRef           # a meeting's date (xsd:date or xsd:gMonthDay)
    quantity: URIRef       # entity -> Quantity
    value: URIRef          # Quantity -> xsd:decimal
    unit: URIRef           # Quantity -> 亿元, %, 个
    qualifier: URIRef      # Quantity -> 不低于, 以上, 增长
    rule: URIRef           # Mention/Evidence -> id of the rule that found it
    dateUnknown: URIRef    # Meeting -> true when the text gives no day

    # Provenance
    mention: URIRef        # entity -> Mention
    inSentence: URIRef     # Mention -> Sentence
    inArticle: URIRef      # Sentence -> Article
    text: URIRef           # Sentence text / Mention surface form
    start: URIRef          # character offset in the cleaned article text
    end: URIRef
    sentenceIndex: URIRef
    sha256: URIRef
