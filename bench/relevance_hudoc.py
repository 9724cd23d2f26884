"""Search relevance on queries judged by others' labels, next to an SQLite FTS5 baseline.

    .venv/bin/python bench/relevance_hudoc.py [--corpus ../shared/corpus/ecthr-hudoc] [--keep DIR] [-v]
        [--database-url postgresql+psycopg://... (the PostgreSQL engine)] [--strict-words] [--phrases]
        [--split dev|test] [--aspects] [--no-expand]

The queries are the titles of the articles of the European Convention on Human Rights
and its Protocols ("Prohibition of torture", "Right to respect for private and family
life", ...), in English and in Turkish and French translations written for this bench.
The judgments are HUDOC's: a document is relevant to an article's query when the
Court's registry lists that article among the articles in issue (the `articles` column
of labels.tsv), or among those violated or not violated. Nothing of the judgments is ours.

Our search runs over the HUDOC texts imported with `hrarchive import`; the baseline is
SQLite FTS5 with bm25 (Porter stemmer, accents folded) over the same texts, with every
query word required (AND) and with any (OR); the better of the two per language is the
baseline. Prints nDCG@10, recall@10 and MRR per language (issue 21: English nDCG@10 at
least 0.90 and 0.05 above the baseline; Turkish queries over these English and French
documents at least 0.50). With `--phrases` each title is a quoted phrase (exact words, no
thesaurus), against FTS5's phrase query: how phrases are ranked. With `--split` only one
half of the documents is imported and judged (the halves of bench/metadata_eval.py, by a
hash of the item id): ranking changes are looked at on `dev`, and `test` is the held-out
result. With `--aspects` the queries are the aspects of conclusions that the registry names
in English conclusion lines ("Degrading treatment", "Respect for home", "Reasonable time"),
judged by those lines over the English documents: queries nobody wrote into the thesaurus.
`--no-expand` ranks the exact words only (no thesaurus, no concept lift).
"""
from __future__ import annotations

import argparse
import math
import re
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

K = 10
# The Convention's and its Protocols' article titles (as published with the Convention),
# and our own Turkish and French wording of them.
ARTICLES: dict[str, dict[str, str]] = {
    "2": {"en": "Right to life", "tr": "Yaşam hakkı", "fr": "Droit à la vie"},
    "3": {"en": "Prohibition of torture", "tr": "İşkence yasağı", "fr": "Interdiction de la torture"},
    "4": {"en": "Prohibition of slavery and forced labour", "tr": "Kölelik ve zorla çalıştırma yasağı",
          "fr": "Interdiction de l'esclavage et du travail forcé"},
    "5": {"en": "Right to liberty and security", "tr": "Özgürlük ve güvenlik hakkı",
          "fr": "Droit à la liberté et à la sûreté"},
    "6": {"en": "Right to a fair trial", "tr": "Adil yargılanma hakkı", "fr": "Droit à un procès équitable"},
    "7": {"en": "No punishment without law", "tr": "Kanunsuz ceza olmaz", "fr": "Pas de peine sans loi"},
    "8": {"en": "Right to respect for private and family life", "tr": "Özel hayata ve aile hayatına saygı hakkı",
          "fr": "Droit au respect de la vie privée et familiale"},
    "9": {"en": "Freedom of thought, conscience and religion", "tr": "Düşünce, vicdan ve din özgürlüğü",
          "fr": "Liberté de pensée, de conscience et de religion"},
    "10": {"en": "Freedom of expression", "tr": "İfade özgürlüğü", "fr": "Liberté d'expression"},
    "11": {"en": "Freedom of assembly and association", "tr": "Toplantı ve dernek kurma özgürlüğü",
           "fr": "Liberté de réunion et d'association"},
    "12": {"en": "Right to marry", "tr": "Evlenme hakkı", "fr": "Droit au mariage"},
    "13": {"en": "Right to an effective remedy", "tr": "Etkili başvuru hakkı", "fr": "Droit à un recours effectif"},
    "14": {"en": "Prohibition of discrimination", "tr": "Ayrımcılık yasağı", "fr": "Interdiction de discrimination"},
    "P1-1": {"en": "Protection of property", "tr": "Mülkiyetin korunması", "fr": "Protection de la propriété"},
    "P1-2": {"en": "Right to education", "tr": "Eğitim hakkı", "fr": "Droit à l'instruction"},
    "P1-3": {"en": "Right to free elections", "tr": "Serbest seçim hakkı", "fr": "Droit à des élections libres"},
    "P4-2": {"en": "Freedom of movement", "tr": "Serbest dolaşım özgürlüğü", "fr": "Liberté de circulation"},
    "P4-4": {"en": "Prohibition of collective expulsion of aliens",
             "tr": "Yabancıların toplu olarak sınır dışı edilmesi yasağı",
             "fr": "Interdiction des expulsions collectives d'étrangers"},
    "P7-4": {"en": "Right not to be tried or punished twice", "tr": "Aynı suçtan iki kez yargılanmama hakkı",
             "fr": "Droit à ne pas être jugé ou puni deux fois"},
    "P12-1": {"en": "General prohibition of discrimination", "tr": "Genel ayrımcılık yasağı",
              "fr": "Interdiction générale de la discrimination"},
}
LANGUAGES = ("en", "tr", "fr")


def _metrics_module():  # type: ignore[no-untyped-def]
    import importlib.util

    if "metadata_eval" not in sys.modules:
        spec = importlib.util.spec_from_file_location("metadata_eval", ROOT / "bench" / "metadata_eval.py")
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules["metadata_eval"] = module
        spec.loader.exec_module(module)  # type: ignore[union-attr]
    return sys.modules["metadata_eval"]


def judgments(labels: list[dict[str, str]]) -> dict[str, set[str]]:
    """Article -> the item ids whose HUDOC metadata names it (in issue, violated or not)."""
    keys = _metrics_module().article_keys
    out: dict[str, set[str]] = {a: set() for a in ARTICLES}
    for row in labels:
        codes = [c for col in ("articles", "violation", "nonviolation") for c in row[col].split(";")]
        for article in keys(codes):
            if article in out:
                out[article].add(row["itemid"])
    return {a: ids for a, ids in out.items() if ids}


def score(rankings: Callable[[str, str], list[str]], relevant: dict[str, set[str]],
          verbose: bool = False, label: str = "", queries: dict[str, dict[str, str]] | None = None,
          languages: tuple[str, ...] = LANGUAGES) -> dict[str, dict[str, float]]:
    """nDCG@10, recall@10 and MRR per language for `rankings(key, language)` of the
    queries (`queries`, the article titles by default)."""
    queries = queries or ARTICLES
    out = {}
    for lang in languages:
        ndcg = recall = rr = 0.0
        for article, wanted in relevant.items():
            got = rankings(article, lang)[:K]
            dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(got) if d in wanted)
            ideal = sum(1 / math.log2(i + 2) for i in range(min(len(wanted), K)))
            q = (dcg / ideal, len(wanted & set(got)) / min(len(wanted), K),
                 next((1 / (i + 1) for i, d in enumerate(got) if d in wanted), 0.0))
            ndcg, recall, rr = ndcg + q[0], recall + q[1], rr + q[2]
            if verbose:
                print(f"  {label:8} {lang} nDCG {q[0]:.2f} R {q[1]:.2f} RR {q[2]:.2f}  "
                      f"{queries[article][lang]} ({len(wanted)} relevant)")
        n = len(relevant)
        out[lang] = {"ndcg@10": ndcg / n, "recall@10": recall / n, "mrr": rr / n}
    return out


# What the registry's conclusion lines say of a conclusion, beyond its article: "Violation
# of Article 3 - Prohibition of torture (Article 3 - Degrading treatment; Inhuman
# treatment) (Procedural aspect)". The aspects of articles of rights become queries of a
# second judged set (`--aspects`), which nobody wrote into the thesaurus.


def aspects(labels: list[dict[str, str]], least: int = 3) -> tuple[dict[str, dict[str, str]], dict[str, set[str]]]:
    """(queries, judgments) of the aspects the registry names in English conclusion lines
    under an article of rights (2-18 or a Protocol's), found in at least `least`
    documents, leaving out the article titles themselves (the main set): `Degrading
    treatment`, `Effective investigation`, `Respect for home`, `Reasonable time`, ..."""
    titles = {t["en"].lower() for t in ARTICLES.values()}
    found: dict[str, set[str]] = {}
    for row in labels:
        for group in re.findall(r"\(([^()]*)\)", row["conclusion"]):
            right = False
            for item in (i.strip() for i in group.split(";")):
                head, sep, aspect = item.partition(" - ")
                if sep and head.startswith("Article"):
                    m = re.match(r"Article (\d+)", head)
                    right = "Protocol" in head or (m is not None and 2 <= int(m.group(1)) <= 18)
                else:
                    aspect = item
                aspect = re.sub(r"-\{general\}$", "", aspect).strip()
                if right and aspect and aspect.lower() not in titles and re.search(r"[a-z]", aspect) \
                        and not re.search(r"[éèàç]", aspect):
                    found.setdefault(aspect, set()).add(row["itemid"])
    kept = {a: ids for a, ids in found.items() if len(ids) >= least}
    return {a: {"en": a} for a in kept}, kept


def fts5_rankings(texts: dict[str, str], queries: dict[str, dict[str, str]] | None = None,
                  limit: int = K) -> Callable[[str, str, str], list[str]]:
    queries = queries or ARTICLES
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(itemid UNINDEXED, body, "
               "tokenize='porter unicode61 remove_diacritics 2')")
    db.executemany("INSERT INTO t VALUES (?, ?)", texts.items())

    def run(article: str, lang: str, mode: str) -> list[str]:
        words = re.findall(r"\w+", queries[article][lang])
        match = ('"' + " ".join(words) + '"') if mode == "PHRASE" else f" {mode} ".join(f'"{w}"' for w in words)
        return [r[0] for r in db.execute("SELECT itemid FROM t WHERE t MATCH ? ORDER BY bm25(t) LIMIT ?",
                                         (match, limit))]

    return run


def our_rankings(data_dir: Path, files: list[Path], database_url: str | None = None,
                 strict_words: bool = False, phrases: bool = False, queries: dict[str, dict[str, str]] | None = None,
                 limit: int = K, expand: bool = True) -> Callable[[str, str], list[str]]:
    """Our ranking of a query: what a person sees (archive.search.search, which asks
    again for half of the words when no document has them all), or with
    `strict_words` the engine's answer alone."""
    from archive.search import SearchQuery, search

    docs = _metrics_module().import_folder(files, data_dir, reuse=True)
    to_item = {d["id"]: Path(name).stem for name, d in docs.items()}
    from archive.context import Archive
    from archive.settings import Settings

    arch = Archive.open(Settings(data_dir=data_dir), migrate=False)
    backend = arch.backend
    if database_url:  # the PostgreSQL engine, indexed from the same record
        from archive import indexing
        from archive.search import open_backend

        backend = open_backend(Settings(data_dir=data_dir, database_url=database_url, search_backend="postgres"),
                               arch.backend.page_loader)  # type: ignore[attr-defined]
        with arch.db.session() as session:
            indexing.rebuild(session, backend)

    def run(article: str, lang: str) -> list[str]:
        title = (queries or ARTICLES)[article][lang]
        query = SearchQuery(text=f'"{title}"' if phrases else title, page_size=limit, snippets=False,
                            expand=expand)
        result = backend.search(query) if strict_words else search(backend, query)
        return [to_item[h.id] for h in result.hits if h.id in to_item]

    return run


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "ecthr-hudoc")
    parser.add_argument("--keep", type=Path, help="import into (or reuse) this directory")
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--database-url", help="rank with the PostgreSQL engine, indexed into this database "
                                               "(its search tables are replaced)")
    parser.add_argument("--strict-words", action="store_true",
                        help="the engine's answer alone: no second search for half of the words")
    parser.add_argument("--phrases", action="store_true",
                        help="each title as a quoted phrase (FTS5: its phrase query)")
    parser.add_argument("--split", choices=("dev", "test"),
                        help="only this half of the documents (by a hash of the item id), imported and judged alone")
    parser.add_argument("--no-expand", action="store_true", help="exact words only: no thesaurus, no concept lift")
    parser.add_argument("--aspects", action="store_true",
                        help="the aspects of conclusions HUDOC's registry names (`Degrading treatment`, `Respect "
                             "for home`, ...) as English queries, over the English documents")
    args = parser.parse_args()
    labels = _metrics_module().load_hudoc(args.corpus)
    if args.split:
        labels = [r for r in labels if _metrics_module().split_of(r["itemid"]) == args.split]
    files = [args.corpus / f"{r['itemid']}.txt" for r in labels]
    texts = {f.stem: f.read_text(encoding="utf-8", errors="replace") for f in files}
    queries, languages, limit, kept = ARTICLES, LANGUAGES, K, None
    relevant = judgments(labels)
    if args.aspects:
        # English queries judged over the English documents: the registry writes a French
        # judgment's conclusion line in French, so a French document cannot be judged here
        english = {r["itemid"] for r in labels if r["language"] == "ENG"}
        queries, relevant = aspects([r for r in labels if r["itemid"] in english])
        languages, limit, kept = ("en",), 8 * K, english
    with tempfile.TemporaryDirectory() as tmp:
        ours = our_rankings(args.keep or Path(tmp) / "data", files, args.database_url, args.strict_words,
                            args.phrases, queries, limit, not args.no_expand)
        fts = fts5_rankings(texts, queries, limit)

        def only(ranking: list[str]) -> list[str]:
            return ranking if kept is None else [d for d in ranking if d in kept]

        results = {"ours": score(lambda a, lang: only(ours(a, lang)), relevant, args.verbose, "ours", queries,
                                 languages)}
        for mode in ("PHRASE",) if args.phrases else ("AND", "OR"):
            results[f"fts5 {mode}"] = score(lambda a, lang, m=mode: only(fts(a, lang, m)), relevant, args.verbose,
                                            f"fts5 {mode}", queries, languages)
    what = "aspects of conclusions" if args.aspects else "articles"
    print(f"{len(relevant)} {what} judged by HUDOC's labels over {len(kept or labels)} documents; "
          f"{sum(len(v) for v in relevant.values())} (query, document) pairs")
    print(f"{'':10} {'lang':4} {'nDCG@10':>8} {'recall@10':>9} {'MRR':>6}")
    for name, by_lang in results.items():
        for lang, m in by_lang.items():
            print(f"{name:10} {lang:4} {m['ndcg@10']:8.3f} {m['recall@10']:9.3f} {m['mrr']:6.3f}")
    for lang in languages:
        base = max(m[lang]["ndcg@10"] for name, m in results.items() if name.startswith("fts5"))
        print(f"{lang}: ours {results['ours'][lang]['ndcg@10']:.3f} against the FTS5 baseline {base:.3f} "
              f"({results['ours'][lang]['ndcg@10'] - base:+.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
