"""Output renderers: the HTML explorer page."""
