"""Floors on the held-out sets: invented articles from other provinces and
levels whose gold was written by hand before the extractor first ran on them.

- tests/heldout (12 articles): first measurement, extractor as it was,
  overall lenient 0.867, relations 0.753; after the generic fixes 0.986 / 0.991.
- tests/heldout_fresh (5 articles, written after those fixes as a blind
  check): first measurement 0.881 / 0.722; now 0.992 / 0.976 (names ending in 和,
  then the heldout_blind3 fixes).
- tests/heldout_blind3 (8 articles: a 自治州, a 街道, a 县级市, a 新区, a 盟, a
  northeastern 市辖区, a coastal 开发区, a mountain county), docs and gold
  committed before any run.  First measurement, verbatim (the honest figure):

    ENTITIES                     strict                      lenient
    type       gold  pred |   TP      P      R     F1 |   TP      P      R     F1
    ------------------------------------------------------------------------
    Official     30    29 |   29  1.000  0.967  0.983 |   29  1.000  0.967  0.983
    Company      19    18 |   16  0.889  0.842  0.865 |   18  1.000  0.947  0.973
    Project      21    16 |   12  0.750  0.571  0.649 |   12  0.750  0.571  0.649
    Industry     43    31 |   26  0.839  0.605  0.703 |   28  0.903  0.651  0.757
    Meeting       8    10 |    8  0.800  1.000  0.889 |    8  0.800  1.000  0.889
    Goal         30    15 |   11  0.733  0.367  0.489 |   11  0.733  0.367  0.489
    ------------------------------------------------------------------------
    overall     151   119 |  102  0.857  0.675  0.756 |  106  0.891  0.702  0.785

    Official titles: 40/41 gold titles found = 0.976  (over 29 lenient-matched officials with titles)
    Meeting dates:   7/7 correct = 1.000  (lenient-matched meetings with a gold date)

    RELATIONS (endpoints matched leniently; chairs/speaksAt/attends = participatesIn)
    predicate       gold  pred |   TP      P      R     F1
    -----------------------------------------------------
    participatesIn    27    26 |   26  1.000  0.963  0.981
    signsWith          6     3 |    3  1.000  0.500  0.667
    visits             6     4 |    4  1.000  0.667  0.800
    involves          10    10 |    4  0.400  0.400  0.400
    inIndustry         7     0 |    0      -  0.000  0.000
    partOfSector      15     7 |    7  1.000  0.467  0.636
    setBy             27    13 |   10  0.769  0.370  0.500
    -----------------------------------------------------
    overall           98    63 |   54  0.857  0.551  0.671
    participatesIn role correct: 26/26 = 1.000

  After generic fixes (goals, industries, companies, projects, relations):
  0.980 / 0.984.  Left as judgement calls, not fitted: 翠湖新区 as a Project,
  the 现代化产业体系 and 低空经济全产业链 lines as Goals, 绿色产业 as no Industry.

The floors sit just under the current figures, so a rule change that loses
generality shows here first.  No dependency on /work/shared."""
from pathlib import Path

import pytest

from kg.evaluate import evaluate
from kg.output import write_outputs
from kg.pipeline import build_from_paths

TESTS = Path(__file__).parent

# set -> (number of articles, lenient entity F1 floors, relation F1 floors)
FLOORS = {
    "heldout": (12,
                {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.93,
                 "Meeting": 0.97, "Goal": 0.94, "overall": 0.96},
                {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                 "inIndustry": 0.97, "partOfSector": 0.97, "setBy": 0.94, "overall": 0.97}),
    "heldout_fresh": (5,
                      {"Official": 0.97, "Company": 0.97, "Project": 0.97, "Industry": 0.97,
                       "Meeting": 0.97, "Goal": 0.88, "overall": 0.97},
                      {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.7,
                       "inIndustry": 0.97, "partOfSector": 0.97, "setBy": 0.85, "overall": 0.94}),
    "heldout_blind3": (8,
                       {"Official": 0.97, "Company": 0.97, "Project": 0.93, "Industry": 0.95,
                        "Meeting": 0.97, "Goal": 0.94, "overall": 0.96},
                       {"participatesIn": 0.97, "signsWith": 0.97, "visits": 0.97, "involves": 0.97,
                        "inIndustry": 0.8, "partOfSector": 0.97, "setBy": 0.96, "overall": 0.97}),
}


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    out = {}
    for name in FLOORS:
        folder = tmp_path_factory.mktemp(name)
        write_outputs(build_from_paths([TESTS / name / "docs"]), folder)
        out[name] = evaluate(TESTS / name / "gold", folder / "kg.ttl")
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_set_is_complete(name):
    docs = sorted(p.stem for p in (TESTS / name / "docs").glob("*.txt"))
    gold = sorted(p.stem for p in (TESTS / name / "gold").glob("*.json"))
    assert len(docs) == FLOORS[name][0] and docs == gold


@pytest.mark.parametrize("name, etype", [(n, t) for n in sorted(FLOORS) for t in sorted(FLOORS[n][1])])
def test_entity_floor(scores, name, etype):
    assert scores[name]["entities"][etype]["lenient"]["f1"] >= FLOORS[name][1][etype]


@pytest.mark.parametrize("name, predicate",
                         [(n, p) for n in sorted(FLOORS) for p in sorted(FLOORS[n][2])])
def test_relation_floor(scores, name, predicate):
    assert scores[name]["relations"][predicate]["f1"] >= FLOORS[name][2][predicate]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_titles_dates_and_roles(scores, name):
    assert scores[name]["official_titles"]["accuracy"] >= 0.97
    assert scores[name]["meeting_dates"]["accuracy"] >= 0.9
    assert scores[name]["participatesIn_roles"]["accuracy"] >= 0.95
