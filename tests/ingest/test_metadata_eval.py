"""Metadata against labels made by others (bench/metadata_eval.py) as a floor: the
real HUDOC judgments and decisions with the Court's own metadata, and the real UN UPR
reports, imported with `hrarchive import`. Floors sit at what the rules reach on the
held-out half (docs/benchmarks.md), so a change that makes them worse fails."""
import pytest

from ..conftest import bench_module

pytestmark = pytest.mark.corpus


@pytest.fixture(scope="module")
def metadata_eval():
    return bench_module("metadata_eval")


def test_ecthr_metadata_against_hudoc(metadata_eval, corpus, tmp_path):
    labels = metadata_eval.load_hudoc(corpus / "ecthr-hudoc")
    assert len(labels) == 425
    docs = metadata_eval.import_folder([corpus / "ecthr-hudoc" / f"{r['itemid']}.txt" for r in labels], tmp_path)
    scores = metadata_eval.score_hudoc(labels, docs)
    rates = {name: s.rate for name, s in scores["fields"].items()}
    assert rates["subject_country"] >= 0.95 and rates["date"] >= 0.95, rates
    assert rates["judgment_or_decision"] >= 0.95 and rates["identifier"] >= 0.98, rates
    assert rates["language"] >= 0.98, rates
    assert rates["title"] >= 0.90, rates  # the target is 0.95: see docs/benchmarks.md
    assert scores["conclusions"].values()[2] >= 0.90
    assert scores["articles"].values()[2] >= 0.85  # articles in issue (of rights)


def test_upr_reports_metadata(metadata_eval, corpus, tmp_path):
    files = sorted((corpus / "upr-reports").glob("*.pdf"))
    assert len(files) == 254
    docs = metadata_eval.import_folder(files, tmp_path)
    scores = metadata_eval.score_upr(files, docs)
    rates = {name: s.rate for name, s in scores["fields"].items()}
    assert all(rate >= 0.95 for rate in rates.values()), rates
