"""Floors for the org types and their relations on the seeds, just under the
figures measured when the rules were written (Company 1.00, Project 0.93,
Industry 0.98 lenient; visits/signsWith/involves/inIndustry/partOfSector
0.87-1.00), so that a change that loses them fails here."""
import pytest

from test_end_to_end import seed_scores  # noqa: F401  (fixture)

ENTITY_FLOORS = {"Company": (0.95, 0.95), "Project": (0.88, 0.85), "Industry": (0.94, 0.92)}
RELATION_FLOORS = {"visits": 0.9, "signsWith": 0.9, "involves": 0.8, "inIndustry": 0.8,
                   "partOfSector": 0.8}


@pytest.mark.parametrize("etype", sorted(ENTITY_FLOORS))
def test_org_entity_floors(seed_scores, etype):
    lenient, strict = ENTITY_FLOORS[etype]
    assert seed_scores["entities"][etype]["lenient"]["f1"] >= lenient
    assert seed_scores["entities"][etype]["strict"]["f1"] >= strict


@pytest.mark.parametrize("predicate", sorted(RELATION_FLOORS))
def test_org_relation_floors(seed_scores, predicate):
    assert seed_scores["relations"][predicate]["f1"] >= RELATION_FLOORS[predicate]
