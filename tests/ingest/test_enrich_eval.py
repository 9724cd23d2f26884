"""The enrichment evaluation as a regression floor (the targets of issue 4)."""
import importlib.util
import sys

import pytest

from ..conftest import ROOT


@pytest.fixture(scope="module")
def enrich_eval():
    spec = importlib.util.spec_from_file_location("enrich_eval", ROOT / "bench" / "enrich_eval.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["enrich_eval"] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_labelled_set_meets_the_targets(enrich_eval):
    items = enrich_eval.load_items(ROOT / "bench" / "data" / "enrich_eval.tsv")
    assert len(items) >= 150
    assert {i.language for i in items} >= {"en", "tr"}
    m = enrich_eval.evaluate(items, quiet=True)
    assert m["mechanism_accuracy"] >= 0.95 and m["body_accuracy"] >= 0.95
    assert m["identifiers_precision"] >= 0.98 and m["identifiers_recall"] >= 0.95
    assert m["topics_f1"] >= 0.80


def test_upr_corpus_mechanism_symbol_and_country(enrich_eval, corpus, capsys):
    scores = enrich_eval.evaluate_corpus(corpus / "upr-reports")
    assert all(v >= 0.95 for v in scores.values()), scores
