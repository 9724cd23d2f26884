"""Metadata against labels made by others: HUDOC's metadata for 425 ECtHR documents, the
file names of 254 UN UPR Working Group reports, the UDHR in Unicode project's language
labels for translations of the Universal Declaration of Human Rights, and the locales of
the translation catalogues a Debian system installs (bench/catalogues.py).

    .venv/bin/python bench/metadata_eval.py [--corpus ../shared/corpus] [--udhr DIR] [-v]
                                            [--catalogues /usr/share/locale]
                                            [--split dev|test|all] [--keep DIR [--reuse]]

Imports the HUDOC texts and the UPR PDFs with `hrarchive import` into a throwaway data
directory, reads each document back as the API's document JSON, and compares it field
by field with the labels: title, subject country, application number or symbol, date,
judgment vs decision, ECtHR conclusions (precision, recall, F1 of (article, outcome)
pairs), ECtHR articles in issue (of rights: HUDOC's "articles" column) and language.
Languages are measured on the UDHR translations (bench/udhr.py fetches them; skipped
when absent) and on the catalogues (skipped when absent).

Every labelled set is split in two halves by a hash of the item's name: rules were
written looking at misses of the `dev` half only; the `test` half is the held-out
result (reported first). Targets (issue 20): title, subject country, date, judgment vs
decision >= 95 %, identifier >= 98 %, conclusions F1 >= 0.90, language right on >= 95 %
of the languages langdetect supports, and no non-Turkish text labelled `tr`.
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import re
import subprocess
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from archive import taxonomy  # noqa: E402
from archive.search.analysis import fold  # noqa: E402

JUDGMENT_TYPES = {"CHAMBER", "GRANDCHAMBER", "COMMITTEE"}
LANGUAGES = {"ENG": "en", "FRE": "fr"}
# HUDOC's document types and the formations they stand for (a decision of type
# ADMISSIBILITY is a Chamber's or the Grand Chamber's)
FORMATIONS = {"CHAMBER": ("Chamber",), "GRANDCHAMBER": ("Grand Chamber",), "COMMITTEE": ("Committee",),
              "ADMISSIBILITY": ("Chamber", "Grand Chamber"), "ADMISSIBILITYCOM": ("Committee",),
              "DECCOMMISSION": ("Commission",), "DECGRANDCHAMBER": ("Grand Chamber",)}


def split_of(name: str) -> str:
    """'dev' or 'test', fixed by the name (rules may be tuned on dev only). The name is a
    HUDOC item's itemid without its file's suffix (`001-90743`, not `001-90743.txt`, which
    falls in the other half as often as not), a UPR report's file name (`peru2008.pdf`),
    a UDHR translation's key (`tur`)."""
    return "dev" if hashlib.sha256(name.encode()).digest()[0] % 2 == 0 else "test"


def norm_title(title: str) -> str:
    """A title compared without case, accents, spacing, quotation marks, '&' for 'and',
    or "contre l'" for "c." (both HUDOC's notations of one title; 'v .' is 'v.'), and
    without HUDOC's note of a translation after it ("X v. BULGARIA - [English
    Translation] by ...": not in the document)."""
    title = re.sub(r"\s+-\s+\[[^\]]*Translation\].*$", "", title, flags=re.IGNORECASE | re.DOTALL)
    t = unicodedata.normalize("NFKC", title).replace("’", "'").replace("`", "'").replace("&", " and ")
    t = re.sub("[\"“”«»]", "", fold(t))
    t = re.sub(r"\bcontre (?:l'|la |le |les )?", "c. ", t)  # HUDOC writes both ("X contre l'ITALIE", "X c. ITALIE")
    t = re.sub(r"\s+([.,)])", r"\1", t)
    t = re.sub(r"\(\s+", "(", t)
    return re.sub(r"\s+", " ", t).strip()


def article_keys(codes: Iterable[str]) -> set[str]:
    """HUDOC article codes at the level the operative part states them.

    HUDOC lists an article with its paragraphs (`8;8-1`, `P1-1;P1-1-1`) and Article 14
    with the article it is taken with and that article (`14;14+8;8`). Compared here,
    for labels and for our conclusions alike: the articles (`8`, `P1-1`, `14`) and the
    pair (`14+8`), each paragraph reduced to its article.
    """
    out = set()
    for code in codes:
        code = code.strip()
        if not code:
            continue
        parts = [_base(p) for p in code.split("+")]
        out.add(parts[0])
        if len(parts) > 1 and parts[1] != parts[0]:
            out.add(f"{parts[0]}+{parts[1]}")
            out.add(parts[1])
    return out


def decision_outcomes(conclusion: str) -> set[str]:
    """HUDOC's conclusion line of a decision as outcomes: admissible, inadmissible,
    struck-out ("Partly inadmissible" and "Remainder inadmissible" are inadmissible)."""
    out = set()
    for part in conclusion.split(";"):
        p = fold(part)
        if "inadmissible" in p or "irrecevable" in p:
            out.add("inadmissible")
        elif "admissible" in p or "recevable" in p:
            out.add("admissible")
        if "struck out" in p or "radiation" in p or "radiee" in p:
            out.add("struck-out")
    return out


def _base(code: str) -> str:
    bits = code.split("-")
    return "-".join(bits[:2]) if bits[0].startswith("P") else bits[0]


@dataclass
class Score:
    right: int = 0
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, ok: bool, miss: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.misses.append(miss)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else float("nan")


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, got: set, want: set, name: str) -> None:
        self.tp += len(got & want)
        self.fp += len(got - want)
        self.fn += len(want - got)
        if got != want:
            self.misses.append(f"{name}: missing {sorted(want - got)}, extra {sorted(got - want)}")

    def values(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# ------------------------------------------------------------------------ importing

def import_folder(files: list[Path], data_dir: Path, workers: int = 2, reuse: bool = False) -> dict[str, dict[str, Any]]:
    """Import `files` with the `hrarchive` command; file name -> the API's document JSON.
    With `reuse`, an archive already in `data_dir` is read as it is."""
    if reuse and (data_dir / "hrarchive.sqlite3").exists():
        return read_documents(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-c", "from web.cli import main; main()", "--data-dir", str(data_dir), "import", "--workers", str(workers),
           *map(str, files)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"import failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return read_documents(data_dir)


def read_documents(data_dir: Path) -> dict[str, dict[str, Any]]:
    """File name -> the API's JSON of its document, from the import's item records (a
    file that duplicates another is read as the document it duplicates)."""
    from sqlalchemy import select

    from archive.context import Archive
    from archive.models import Document, IngestItem
    from archive.settings import Settings
    from web.api import document_json

    arch = Archive.open(Settings(data_dir=data_dir), migrate=False)
    out: dict[str, dict[str, Any]] = {}
    try:
        with arch.db.session() as session:
            rows = session.execute(select(IngestItem.locator, Document).join(
                Document, Document.id == IngestItem.document_id)).all()
            for locator, doc in rows:
                out[Path(locator).name] = document_json(session, doc)
    finally:
        arch.close()
    return out


# ------------------------------------------------------------------------ HUDOC

def load_hudoc(folder: Path) -> list[dict[str, str]]:
    with (folder / "labels.tsv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def alpha2(alpha3: str) -> str:
    return taxonomy.alpha2_of(alpha3) or alpha3


def score_hudoc(labels: list[dict[str, str]], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    fields = {k: Score() for k in ("title", "subject_country", "identifier", "date", "judgment_or_decision",
                                   "formation", "language")}
    conclusions, articles, decision_articles = PRF(), PRF(), PRF()
    for row in labels:
        name = row["itemid"] + ".txt"
        doc = docs.get(name)
        if doc is None:
            for s in fields.values():
                s.add(False, f"{name}: not imported")
            continue
        fields["title"].add(norm_title(doc["title"]) == norm_title(row["title"]),
                            f"{name}: {doc['title']!r} != {row['title']!r}")
        want_c = {alpha2(c) for c in row["country"].split(";") if c}
        got_c = set(doc.get("subject_countries") or [])
        fields["subject_country"].add(got_c == want_c, f"{name}: {sorted(got_c)} != {sorted(want_c)}")
        want_apps = {a.strip() for a in row["app_no"].split(";") if a.strip()}
        got_apps = {i["value"] for i in doc["identifiers"] if i["scheme"] == "ecthr-application" and i["own"]}
        fields["identifier"].add(want_apps <= got_apps, f"{name}: {sorted(got_apps)} lacks {sorted(want_apps - got_apps)}")
        fields["date"].add(doc["date"] == row["date"][:10], f"{name}: {doc['date']} != {row['date'][:10]}")
        want_kind = "judgment" if row["doc_type"] in JUDGMENT_TYPES else "decision"
        fields["judgment_or_decision"].add(doc["doc_type"] == want_kind, f"{name}: {doc['doc_type']} != {want_kind}")
        formation = (doc.get("ecthr") or {}).get("formation")
        fields["formation"].add(formation in FORMATIONS.get(row["doc_type"], ()),
                                f"{name}: {formation} not in {FORMATIONS.get(row['doc_type'])}")
        fields["language"].add(doc["language"] == LANGUAGES.get(row["language"]),
                               f"{name}: {doc['language']} != {row['language']}")
        want = {(a, "violation") for a in article_keys(row["violation"].split(";"))}
        want |= {(a, "no-violation") for a in article_keys(row["nonviolation"].split(";"))}
        got_pairs = {(c["article"], c["outcome"]) for c in doc.get("conclusions") or []
                     if c.get("outcome") in ("violation", "no-violation")}
        got = {(a, o) for codes, o in ((article_keys([a]), o) for a, o in got_pairs) for a in codes}
        conclusions.add(got, want, name)
        in_issue = rights(article_keys((doc.get("ecthr") or {}).get("articles") or []))
        want_in_issue = rights(article_keys(row["articles"].split(";")))
        articles.add(in_issue, want_in_issue, name)
        if want_kind == "decision":
            decision_articles.add(in_issue, want_in_issue, name)
    return {"fields": fields, "conclusions": conclusions, "articles": articles, "decision_articles": decision_articles}


def rights(keys: set[str]) -> set[str]:
    """The articles of rights among HUDOC article keys: Articles 2-18 of the Convention
    and the Protocols' articles (alone or taken together, `14+8`). HUDOC's list of
    articles in issue also has articles of procedure (34, 35, 37, 41, 46), which its
    registry adds case by case; the archive reads those only from conclusions."""
    return {k for k in keys if all(p.startswith("P") or 2 <= int(p.split("-")[0]) <= 18 for p in k.split("+"))}


# ------------------------------------------------------------------------ UPR

UPR_TITLE = "report of the working group on the universal periodic review"
_SYMBOL = re.compile(r"^A/HRC/\d+/\d+")


def expected_country(file_name: str) -> str | None:
    """The state under review, from a file name such as `russia2009.pdf`."""
    aliases = {"kyrgysztan": "KG", "korea": "KR", "congo": "CG", "swaziland": "SZ", "russia": "RU",
               "macedonia": "MK", "syria": "SY", "laopeoplesdemocraticrepublic": "LA", "iran": "IR",
               "tanzania": "TZ", "venezuela": "VE", "bolivia": "BO", "moldova": "MD", "vietnam": "VN"}
    key = re.sub(r"\d+$", "", Path(file_name).stem).lower()
    if key in aliases:
        return aliases[key]
    for name, place in taxonomy.gazetteer().items():
        if not place.is_turkish_place and re.sub(r"[^a-z]", "", fold(name)) == re.sub(r"[^a-z]", "", key):
            return place.code
    return None


def title_country(title: str) -> str | None:
    from ingest.enrich.countries import find_countries

    found = find_countries([], title)
    return found[0].value if found else None


def score_upr(files: list[Path], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    fields = {k: Score() for k in ("title", "subject_country", "identifier", "date", "language")}
    for f in files:
        doc = docs.get(f.name)
        if doc is None:
            for s in fields.values():
                s.add(False, f"{f.name}: not imported")
            continue
        want = expected_country(f.name)
        year = int(re.search(r"(\d{4})", f.stem).group(1))  # type: ignore[union-attr]
        title = doc["title"]
        head, _, rest = title.partition(":")
        fields["title"].add(fold(head.strip().rstrip("*")) == UPR_TITLE and title_country(rest) == want,
                            f"{f.name}: {title!r} (want the report's title and {want})")
        got_c = doc.get("subject_countries") or []
        fields["subject_country"].add(got_c == [want], f"{f.name}: {got_c} != [{want}]")
        fields["identifier"].add(bool(doc["symbol"] and _SYMBOL.match(doc["symbol"])),
                                 f"{f.name}: symbol {doc['symbol']!r}")
        # The file name's year is the year of the review; the report is dated at the
        # session that adopts it, the same year or early the next.
        date = doc["date"]
        fields["date"].add(bool(date) and doc["date_precision"] == "day" and year <= int(date[:4]) <= year + 1,
                           f"{f.name}: {date} ({doc['date_precision']}) for a {year} review")
        fields["language"].add(doc["language"] == "en", f"{f.name}: {doc['language']}")
    return {"fields": fields}


# ------------------------------------------------------------------------ languages

def _bench_module(name: str) -> Any:
    """A sibling module of bench/ (bench/ is not on the path: bench/ingest.py would hide
    the ingest package)."""
    import importlib.util

    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules[name] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def score_languages(udhr_dir: Path, only: Callable[[str], bool]) -> dict[str, Any]:
    """Languages of the UDHR translations (their project's labels) of one half."""
    udhr = _bench_module("udhr")
    return _score_texts([(item.key, f"{item.key} {item.name}", udhr.expected_code(item), item.text)
                         for item in udhr.load_udhr(udhr_dir) if only(item.key)])


def score_catalogues(folder: Path, only: Callable[[str], bool]) -> dict[str, Any]:
    """Languages of the translation catalogues of one half (labelled by their locale)."""
    catalogues, udhr = _bench_module("catalogues"), _bench_module("udhr")
    return _score_texts([(item.key, item.key, catalogues.expected_code(item, udhr.MACRO), item.text)
                         for item in catalogues.load_catalogues(folder) if only(item.key)])


def _score_texts(items: list[tuple[str, str, str, str]]) -> dict[str, Any]:
    """(key, name, expected code, text) scored: languages the detector knows must get
    their code; the others their own code or 'und', never another language's."""
    from ingest.enrich.language import detect_language, known_languages

    supported, others = Score(), Score()
    wrong_tr: list[str] = []
    for _key, name, want, text in items:
        got = detect_language(text)
        if got == "tr" and want != "tr":
            wrong_tr.append(name)
        if want in known_languages():
            supported.add(got == want, f"{name}: {got} != {want}")
        else:
            others.add(got in (want, "und"), f"{name} ({want}): {got}")
    return {"supported": supported, "others": others, "wrong_tr": wrong_tr}


# ------------------------------------------------------------------------ report

def print_fields(title: str, fields: dict[str, Score], verbose: bool) -> None:
    print(title)
    for name, s in fields.items():
        print(f"  {name:22} {s.right:4}/{s.total:<4} = {s.rate:.3f}")
    if verbose:
        for name, s in fields.items():
            for m in s.misses:
                print(f"    miss {name}: {m}")


def print_languages(title: str, lang: dict[str, Any], verbose: bool) -> dict[str, Any]:
    s, o = lang["supported"], lang["others"]
    print(f"\n{title}")
    print(f"  known to the detector  {s.right:4}/{s.total:<4} = {s.rate:.3f}")
    print(f"  other languages        {o.right:4}/{o.total:<4} = {o.rate:.3f}  (own code or 'und')")
    print(f"  non-Turkish as 'tr'    {len(lang['wrong_tr'])}  {lang['wrong_tr']}")
    if verbose:
        for m in s.misses + o.misses:
            print(f"    miss language: {m}")
    return lang


def run(corpus: Path, udhr_dir: Path | None, splits: list[str], verbose: bool, keep: Path | None,
        reuse: bool = False, catalogues: Path | None = None) -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="hrarchive-eval-") as tmp:
        base = keep or Path(tmp)
        hudoc = corpus / "ecthr-hudoc"
        upr = corpus / "upr-reports"
        labels = load_hudoc(hudoc) if hudoc.is_dir() else []
        upr_files = sorted(upr.glob("*.pdf")) if upr.is_dir() else []
        hudoc_docs = import_folder([hudoc / (r["itemid"] + ".txt") for r in labels], base / "hudoc", reuse=reuse) if labels else {}
        upr_docs = import_folder(upr_files, base / "upr", reuse=reuse) if upr_files else {}
        for split in splits:
            pick = (lambda n: True) if split == "all" else (lambda n, s=split: split_of(n) == s)
            out: dict[str, Any] = {}
            if labels:
                h = score_hudoc([r for r in labels if pick(r["itemid"])], hudoc_docs)
                print_fields(f"\n[{split}] ECtHR (HUDOC labels), {h['fields']['title'].total} documents", h["fields"], verbose)
                p, r, f1 = h["conclusions"].values()
                print(f"  conclusions            P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  "
                      f"(tp {h['conclusions'].tp}, fp {h['conclusions'].fp}, fn {h['conclusions'].fn})")
                for key, label in (("articles", "articles in issue"), ("decision_articles", "  of decisions")):
                    p, r, f1 = h[key].values()
                    print(f"  {label:22} P {p:.3f}  R {r:.3f}  F1 {f1:.3f}  "
                          f"(tp {h[key].tp}, fp {h[key].fp}, fn {h[key].fn}; articles of rights)")
                if verbose:
                    for key in ("conclusions", "articles"):
                        for m in h[key].misses:
                            print(f"    miss {key}: {m}")
                out["hudoc"] = h
            if upr_files:
                u = score_upr([f for f in upr_files if pick(f.name)], upr_docs)
                print_fields(f"\n[{split}] UN UPR reports (file-name labels), {u['fields']['title'].total} documents",
                             u["fields"], verbose)
                out["upr"] = u
            if udhr_dir and udhr_dir.is_dir():
                out["languages"] = print_languages(f"[{split}] Languages (UDHR translations)",
                                                   score_languages(udhr_dir, pick), verbose)
            if catalogues and catalogues.is_dir():
                out["catalogues"] = print_languages(f"[{split}] Languages (translation catalogues in {catalogues})",
                                                    score_catalogues(catalogues, pick), verbose)
            results[split] = out
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    parser.add_argument("--udhr", type=Path, default=ROOT / ".cache" / "udhr",
                        help="the UDHR translations (fetch with bench/udhr.py)")
    parser.add_argument("--catalogues", type=Path, default=Path("/usr/share/locale"),
                        help="the system's translation catalogues (bench/catalogues.py)")
    parser.add_argument("--split", choices=("test", "dev", "all"), action="append")
    parser.add_argument("--keep", type=Path, help="import into this directory and keep it")
    parser.add_argument("--reuse", action="store_true", help="with --keep: read an archive imported before")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not any((args.corpus / name).is_dir() for name in ("ecthr-hudoc", "upr-reports")):
        raise SystemExit(f"corpus not found: {args.corpus} has neither ecthr-hudoc/ nor upr-reports/ (--corpus)")
    if not args.udhr.is_dir():
        print(f"languages not measured: no UDHR translations at {args.udhr} (bench/udhr.py fetches them)",
              file=sys.stderr)
    if not args.catalogues.is_dir():
        print(f"languages not measured on translation catalogues: no {args.catalogues} (--catalogues)", file=sys.stderr)
    run(args.corpus, args.udhr, args.split or ["test", "dev"], args.verbose, args.keep, args.reuse, args.catalogues)
    return 0


if __name__ == "__main__":
    sys.exit(main())
