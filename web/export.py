"""Exports of any search: CSV and JSON Lines (every match, streamed, without a row cap;
the first SNIPPET_ROWS with their best page and its snippet), and BibTeX and RIS of one
results page (what a researcher picks for a bibliography)."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from typing import Iterator

from flask import Blueprint, Response, request, stream_with_context
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from archive.models import Document, DocumentTopic
from archive.search import search
from archive.search.plan import relaxable
from archive.spreadsheet import neutralise
from ingest.enrich.ecthr import KINDS

from . import absolute_url, get_archive
from .params import query_from_args

bp = Blueprint("export", __name__)
COLUMNS = ["id", "title", "mechanism", "body", "doc_type", "symbol", "date", "language", "subject_countries",
           "countries", "conclusions", "topics", "page_count", "url", "best_page", "snippet"]
CHUNK = 500
# the first matches that get their best page and a snippet (the search page's work,
# 100 hits at a time; an export of every match stays one query for the rest)
SNIPPET_ROWS = 200


def _best_pages(query) -> dict[str, tuple[int, str]]:  # type: ignore[no-untyped-def]
    """Public id -> (best page, its snippet as plain text) of the first SNIPPET_ROWS
    matches of a query with words."""
    import html
    import re

    if not query.text.strip():
        return {}
    out: dict[str, tuple[int, str]] = {}
    for page in range(1, SNIPPET_ROWS // 100 + 1):
        result = get_archive().backend.search(replace(query, page=page, page_size=100, facets=()))
        for h in result.hits:
            if h.pages:
                out[h.id] = (h.pages[0].number, html.unescape(re.sub(r"</?mark>", "", h.pages[0].snippet)))
        if page * 100 >= result.total:
            break
    return out


def _rows(ids: list[str], base_url: str, best: dict[str, tuple[int, str]] | None = None) -> Iterator[dict]:
    best = best or {}
    archive = get_archive()
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        with archive.db.session() as session:
            docs = {d.public_id: d for d in session.scalars(
                select(Document).where(Document.public_id.in_(chunk), Document.deleted_at.is_(None),
                                       Document.visibility == "public")
                .options(selectinload(Document.topics).selectinload(DocumentTopic.topic)))}
            for pid in chunk:
                d = docs.get(pid)
                if d is None:
                    continue
                yield {"id": d.public_id, "title": d.title, "mechanism": d.mechanism, "body": d.body,
                       "doc_type": d.doc_type, "symbol": d.symbol,
                       "date": d.date.isoformat() if d.date else None, "language": d.language,
                       "subject_countries": d.subject_countries or [], "countries": d.countries or [],
                       "conclusions": [f"{c['article']}:{c['outcome']}" if c.get("article") else c["outcome"]
                                       for c in d.conclusions or []],
                       "topics": [t.topic.key for t in d.topics],
                       "page_count": d.page_count, "url": f"{base_url}documents/{d.public_id}",
                       "best_page": best[pid][0] if pid in best else None,
                       "snippet": best[pid][1] if pid in best else None}


def _ids() -> tuple[list[str], dict[str, tuple[int, str]]]:
    """Every public match of the request's query, in order, and the best pages of the first."""
    archive = get_archive()
    query = replace(query_from_args(request.args, archive.settings.page_size), visibility="public")
    ids = archive.backend.all_ids(query)
    if not ids and relaxable(query):  # what the results page shows then (archive.search.search)
        query = replace(query, relaxed=True)
        ids = archive.backend.all_ids(query)
    return ids, _best_pages(query)


@bp.route("/search.csv")
def search_csv():  # type: ignore[no-untyped-def]
    (ids, best), base = _ids(), absolute_url("/")

    excel = request.args.get("excel") in ("1", "true", "yes")

    def generate() -> Iterator[str]:
        buf = io.StringIO()
        if excel:  # a byte-order mark: Excel then reads UTF-8 (ç, ğ, ı, İ, ş) instead of the local code page
            buf.write("\ufeff")
        writer = csv.writer(buf)
        writer.writerow(COLUMNS)
        for row in _rows(ids, base, best):
            writer.writerow([neutralise(";".join(v) if isinstance(v, list) else v) for v in row.values()])
            if buf.tell() > 65536:
                yield buf.getvalue()
                buf.seek(0)
                buf.truncate()
        yield buf.getvalue()

    return Response(stream_with_context(generate()), mimetype="text/csv",
                    headers={"Content-Disposition": "attachment; filename=hrarchive-search.csv"})


@bp.route("/search.jsonl")
def search_jsonl():  # type: ignore[no-untyped-def]
    (ids, best), base = _ids(), absolute_url("/")

    def generate() -> Iterator[str]:
        for row in _rows(ids, base, best):
            yield json.dumps(row, ensure_ascii=False) + "\n"

    return Response(stream_with_context(generate()), mimetype="application/x-ndjson",
                    headers={"Content-Disposition": "attachment; filename=hrarchive-search.jsonl"})


SELECTION_MAX = 100


def _page_documents() -> list[Document]:
    """The public documents chosen on a results page (`id`, repeated, at most 100), or
    else the whole results page, in order."""
    archive = get_archive()
    ids = list(dict.fromkeys(request.args.getlist("id")))[:SELECTION_MAX]
    if not ids:
        query = replace(query_from_args(request.args, archive.settings.page_size), visibility="public",
                        snippets=False, facets=())
        ids = [h.id for h in search(archive.backend, query).hits]
    with archive.db.session() as session:
        docs = {d.public_id: d for d in session.scalars(
            select(Document).where(Document.public_id.in_(ids), Document.deleted_at.is_(None),
                                   Document.visibility == "public"))}
        session.expunge_all()  # plain values from here on
    return [docs[i] for i in ids if i in docs]


_BIBTEX_SPECIAL = {c: "\\" + c for c in "&%$#_{}"}
_BIBTEX_SPECIAL.update({"\\": "\\textbackslash{}", "~": "\\textasciitilde{}", "^": "\\textasciicircum{}"})


def _bib(value: str) -> str:
    return "".join(_BIBTEX_SPECIAL.get(c, c) for c in value)


@bp.route("/search.bib")
def search_bibtex():  # type: ignore[no-untyped-def]
    """BibTeX of one results page (same parameters as the search page, `page`, `page_size`)."""
    base, out = absolute_url("/"), []
    for d in _page_documents():
        fields = {"title": d.title, "author": "{" + _bib(d.body or d.mechanism or "hrarchive") + "}",
                  "year": str(d.date.year) if d.date else "", "month": str(d.date.month) if d.date else "",
                  "number": d.symbol or "", "language": d.language or "",
                  "url": f"{base}documents/{d.public_id}", "note": d.doc_type or ""}
        body = ",\n".join(f"  {k} = {{{v if k == 'author' else _bib(v)}}}" for k, v in fields.items() if v)
        out.append(f"@misc{{{d.public_id},\n{body}\n}}\n")
    return Response("\n".join(out), mimetype="application/x-bibtex",
                    headers={"Content-Disposition": "attachment; filename=hrarchive-search.bib"})


_RIS_TYPES = {**dict.fromkeys(KINDS, "CASE"), "news": "NEWS", "report": "RPRT", "country-report": "RPRT",
              "visit-report": "RPRT", "upr-report": "RPRT", "concluding-observations": "RPRT", "briefing": "RPRT",
              "legislation": "STAT"}


@bp.route("/search.ris")
def search_ris():  # type: ignore[no-untyped-def]
    """RIS (Zotero, EndNote, Mendeley) of one results page."""
    base, out = absolute_url("/"), []
    for d in _page_documents():
        lines = [("TY", _RIS_TYPES.get(d.doc_type or "", "GEN")), ("TI", d.title), ("AU", d.body or d.mechanism or ""),
                 ("PY", str(d.date.year) if d.date else ""), ("DA", d.date.strftime("%Y/%m/%d") if d.date else ""),
                 ("M1", d.symbol or ""), ("LA", d.language or ""), ("UR", f"{base}documents/{d.public_id}")]
        out.append("".join(f"{tag}  - {' '.join(value.split())}\r\n" for tag, value in lines if value) + "ER  - \r\n")
    return Response("\r\n".join(out), mimetype="application/x-research-info-systems",
                    headers={"Content-Disposition": "attachment; filename=hrarchive-search.ris"})
