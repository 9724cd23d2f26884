"""The judged query set (bench/relevance.py) as a regression floor for search quality."""
import importlib.util
import sys

import pytest

from ..conftest import ROOT

# Floors a little under what was measured (docs/benchmarks.md), so a regression fails.
FLOORS = {"ndcg@10": 0.90, "recall@10": 0.93, "mrr": 0.95}


@pytest.fixture(scope="module")
def relevance():
    spec = importlib.util.spec_from_file_location("relevance", ROOT / "bench" / "relevance.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["relevance"] = module
    spec.loader.exec_module(module)
    return module


def test_relevance_floor(relevance, corpus, tmp_path):
    judgments = relevance.load_judgments()
    assert len(judgments) >= 40
    arch = relevance.build_archive(tmp_path / "data", judgments, corpus / "upr-reports")
    try:
        metrics = relevance.evaluate(arch, judgments)
    finally:
        arch.close()
    for name, floor in FLOORS.items():
        assert metrics[name] >= floor, (name, metrics)
