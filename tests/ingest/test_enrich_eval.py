"""The team's own labelled enrichment set, as a regression floor only (not a yardstick:
the rules were tuned on it; real documents are measured in test_metadata_eval.py)."""
import pytest

from ..conftest import ROOT, bench_module


@pytest.fixture(scope="module")
def enrich_eval():
    return bench_module("enrich_eval")


def test_labelled_set_meets_the_targets(enrich_eval):
    items = enrich_eval.load_items(ROOT / "bench" / "data" / "enrich_eval.tsv")
    assert len(items) >= 150
    assert {i.language for i in items} >= {"en", "tr"}
    m = enrich_eval.evaluate(items, quiet=True)
    assert m["mechanism_accuracy"] >= 0.95 and m["body_accuracy"] >= 0.95
    assert m["identifiers_precision"] >= 0.98 and m["identifiers_recall"] >= 0.95
    assert m["topics_f1"] >= 0.80
