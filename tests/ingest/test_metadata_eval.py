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


@pytest.fixture(scope="module")
def hudoc(metadata_eval, corpus, tmp_path_factory):
    """The 425 HUDOC texts imported once: (labels, files, data directory, documents)."""
    labels = metadata_eval.load_hudoc(corpus / "ecthr-hudoc")
    assert len(labels) == 425
    files = [corpus / "ecthr-hudoc" / f"{r['itemid']}.txt" for r in labels]
    data_dir = tmp_path_factory.mktemp("hudoc")
    return labels, files, data_dir, metadata_eval.import_folder(files, data_dir)


def test_ecthr_metadata_against_hudoc(metadata_eval, hudoc):
    labels, _, _, docs = hudoc
    scores = metadata_eval.score_hudoc(labels, docs)
    rates = {name: s.rate for name, s in scores["fields"].items()}
    assert rates["subject_country"] >= 0.95 and rates["date"] >= 0.95, rates
    assert rates["judgment_or_decision"] >= 0.95 and rates["identifier"] >= 0.98, rates
    assert rates["language"] >= 0.98 and rates["formation"] >= 0.98, rates
    # the title target is 0.95 on held-out documents: see docs/benchmarks.md (all 425:
    # 0.951, the held-out half 0.934); these floors keep what is reached
    assert rates["title"] >= 0.94, rates
    assert scores["conclusions"].values()[2] >= 0.92
    assert scores["articles"].values()[2] >= 0.85  # articles in issue (of rights)


def test_search_ranks_the_cases_on_an_article_first(hudoc):
    """bench/relevance_hudoc.py as a floor: the Convention's article titles as queries
    (English, Turkish, French), judged by HUDOC's articles in issue, ranked as a person
    sees it, next to SQLite FTS5 over the same texts (issue 21: English nDCG@10 at least
    0.90 and 0.05 above FTS5, Turkish at least 0.50; docs/benchmarks.md)."""
    relevance = bench_module("relevance_hudoc")
    labels, files, data_dir, _ = hudoc
    relevant = relevance.judgments(labels)
    ours = relevance.score(relevance.our_rankings(data_dir, files), relevant)
    fts = relevance.fts5_rankings({f.stem: f.read_text(encoding="utf-8", errors="replace") for f in files})
    baseline = max(relevance.score(lambda a, lang, m=mode: fts(a, lang, m), relevant)["en"]["ndcg@10"]
                   for mode in ("AND", "OR"))
    ndcg = {lang: m["ndcg@10"] for lang, m in ours.items()}
    assert ndcg["en"] >= 0.90 and ndcg["en"] >= baseline + 0.05, (ndcg, baseline)
    assert ndcg["tr"] >= 0.85 and ndcg["fr"] >= 0.65, ndcg


def test_upr_reports_metadata(metadata_eval, corpus, tmp_path):
    files = sorted((corpus / "upr-reports").glob("*.pdf"))
    assert len(files) == 254
    docs = metadata_eval.import_folder(files, tmp_path)
    scores = metadata_eval.score_upr(files, docs)
    rates = {name: s.rate for name, s in scores["fields"].items()}
    assert all(rate >= 0.98 for rate in rates.values()), rates  # targets 0.95 (0.98 for the symbol)


@pytest.mark.parametrize("name", ["algeria2008.pdf", "ethiopia2010.pdf", "solomonislands2011.pdf", "tonga2008.pdf",
                                  "uzbekistan2009.pdf", "vietnam2014.pdf", "yemen2014.pdf"])
def test_a_real_upr_report_read_as_other_readers_give_it(corpus, name):
    """A real UN report's cover as a scraper or web page gives it (each page run into one
    line) and as a reader with a blank line between all lines gives it: the title, the
    State under review, the symbol and the date are those of the PDF's own text (flattened,
    every UPR report of the shared set was titled by a paragraph, without symbol or
    subject). Reports of older and newer cover layouts."""
    import re

    from ingest.enrich import enrich
    from ingest.extract.pdf import extract_pdf

    pages = extract_pdf((corpus / "upr-reports" / name).read_bytes()).pages

    def key(pages):
        r = enrich(pages)
        return (r.title.value, [c.value for c in r.subject_countries], [t.value for t in r.own_identifiers][:1],
                r.published.value)

    original = key(pages)
    assert original[0].startswith(("Report of the Working Group", "REPORT OF THE WORKING GROUP")) and original[2], original
    assert key([re.sub(r"\s+", " ", p) for p in pages]) == original
    assert key([p.replace("\n", "\n\n") for p in pages]) == original


@pytest.mark.parametrize("itemid", ["001-3383", "001-5055", "001-100508", "001-93509", "001-156517", "001-168972",
                                    "001-240182"])
def test_a_real_hudoc_text_read_as_a_pdf_gives_it(corpus, itemid):
    """A judgment or decision of the Court (the shared set's HUDOC text, one line) as a
    PDF reader gives it: lines of 80 characters, pages of 45 lines, each page after the
    first under its running head and page number, and with a blank line between all lines:
    the same title, kind, date and conclusions (Commission and Court decisions, Chamber and
    Grand Chamber judgments, in English and French, of the dev half)."""
    import textwrap

    from ingest.enrich import enrich

    text = (corpus / "ecthr-hudoc" / f"{itemid}.txt").read_text(encoding="utf-8")

    def key(pages):
        case = enrich(pages).case
        return case.title, case.kind, case.date, sorted((c.article or "", c.outcome) for c in case.conclusions)

    original = key([text])
    lines = textwrap.wrap(" ".join(text.split()), 80)
    head = original[0].removeprefix("CASE OF ").removeprefix("AFFAIRE ")
    pdf = ["\n".join(lines[i:i + 45]) if i == 0 else f"{i // 45 + 1}\n{head} JUDGMENT\n\n" + "\n".join(lines[i:i + 45])
           for i in range(0, len(lines), 45)]
    assert key(pdf) == original
    assert key([page.replace("\n", "\n\n") for page in pdf]) == original
