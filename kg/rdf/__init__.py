"""RDF: the ontology's terms, IRI minting, and the graph built from entities."""
