"""The metadata sheet: a CSV keyed by file name or relative path.

Values from the sheet win over detected ones. See the README for the columns.
"""
from __future__ import annotations

import csv
import os
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TypedDict, TypeVar

from archive import taxonomy
from archive.dates import parse_date
from archive.search.analysis import fold

from .errors import MetadataSheetError

COLUMNS = {
    "file": "file name or path relative to the imported folder (required)",
    "title": "document title",
    "date": "publication date: YYYY, YYYY-MM or YYYY-MM-DD",
    "mechanism": "UN, CoE, EU, national or civil-society",
    "body": "body within the mechanism, e.g. CAT, UPR, ECtHR, CPT, Venice Commission",
    "type": "document type, e.g. concluding-observations, judgment, report, briefing, news",
    "language": "ISO 639-1 code (en, tr, fr, ku, ...)",
    "symbol": "the document's own identifier, e.g. CAT/C/TUR/CO/4 or 7469/06",
    "countries": "ISO 3166 alpha-2 codes or country names separated by ';' (TR;SY)",
    "topics": "legal-topic keys separated by ';' (the list: /api/v1/topics)",
    "visibility": "public (default) or restricted",
    "password": "password that opens an encrypted PDF",
    "source_url": "where the document was published",
}
VISIBILITIES = ("public", "restricted")
# Longest values the record keeps (a longer one is most likely a shifted column).
MAX_LENGTHS = {"title": 500, "body": 80, "symbol": 200, "type": 60, "source_url": 2000}


def resolve_mechanism(value: str) -> str:
    """The mechanism key for a sheet or command-line value (`UN`, `Council of Europe`, ...)."""
    tax = taxonomy.load()
    key = tax.resolve_mechanism(value)
    if key is None:
        raise ValueError(f"{value!r} is not one of {', '.join(tax.mechanisms)}")
    return key


class BodyOfAnotherMechanism(ValueError):
    """A body named under a mechanism it does not belong to (CAT under CoE)."""

    def __init__(self, body: str, mechanism: str, chosen: str) -> None:
        super().__init__(f"{body} is a body of {mechanism}, not of {chosen}")
        self.body, self.mechanism, self.chosen = body, mechanism, chosen


def resolve_body(value: str, mechanism: str | None = None) -> tuple[str, str]:
    """The (body key, its mechanism) for a key, label or abbreviation (`CAT`, `Committee
    against Torture`, `İşkenceye Karşı Komite`); `mechanism`, when given, must be its own.
    Civil society has no list of bodies: there the body is the organisation, as written."""
    body = taxonomy.load().resolve_body(value)
    if body is None and mechanism == "civil-society":
        return value.strip(), mechanism
    if body is None:
        raise ValueError(f"{value!r} is not a known body (the list: /api/v1/mechanisms; an organisation's "
                         "name needs the mechanism civil-society)")
    if mechanism and body.mechanism != mechanism:
        raise BodyOfAnotherMechanism(body.key, body.mechanism, mechanism)
    return body.key, body.mechanism


def resolve_type(value: str) -> str:
    """A document type as the archive spells types: lower case, words joined by '-'."""
    slug = re.sub(r"[\s_]+", "-", value.strip().lower())
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]*", slug) or len(slug) > MAX_LENGTHS["type"]:
        raise ValueError(f"{value!r} is not a document type such as concluding-observations, judgment "
                         "or briefing (letters, digits and '-', at most 60)")
    return slug


def resolve_language(value: str) -> str:
    code = value.strip().lower()
    if not re.fullmatch(r"[a-z]{2,3}", code):
        raise ValueError(f"{value!r} is not a language code such as en, tr, fr or ku")
    return code


def resolve_countries(value: str) -> list[str]:
    """ISO 3166 alpha-2 codes for codes or country names (English, Turkish, French)."""
    codes: list[str] = []
    places = taxonomy.gazetteer()
    for item in _split(value):
        if re.fullmatch(r"[A-Za-z]{2}", item):
            code = item.upper()
        else:
            place = places.get(fold(item))
            if place is None or place.is_turkish_place:
                raise ValueError(f"{item!r} is neither an ISO 3166 two-letter code nor a country name we know")
            code = place.code
        if code not in codes:
            codes.append(code)
    return codes


def resolve_topics(value: str) -> list[str]:
    keys = _split(value)
    unknown = [k for k in keys if k not in taxonomy.load().topics]
    if unknown:
        raise ValueError(f"unknown topic(s) {', '.join(map(repr, unknown))} (the list: /api/v1/topics)")
    return list(dict.fromkeys(keys))


class Defaults(TypedDict):
    mechanism: str | None
    body: str | None
    doc_type: str | None
    language: str | None


def resolve_defaults(mechanism: str | None = None, body: str | None = None, doc_type: str | None = None,
                     language: str | None = None) -> Defaults:
    """Defaults for a whole import (command-line options, the upload form), checked and
    spelled like sheet values. Raises ValueError starting with the option's name."""
    try:
        out = Defaults(mechanism=_checked("mechanism", mechanism, resolve_mechanism), body=None,
                       doc_type=_checked("type", doc_type, resolve_type),
                       language=_checked("language", language, resolve_language))
        if body:
            out["body"], body_mechanism = _checked(
                "body", body, lambda v: resolve_body(v, out["mechanism"])) or (None, None)
            out["mechanism"] = out["mechanism"] or body_mechanism
    except _BadCell as exc:
        # (chained to the check's own error, which says what is wrong in a structured way)
        raise ValueError(f"{exc.column}: {exc.message}") from exc.cause
    return out


@dataclass
class SheetRow:
    file: str
    line: int
    title: str | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    mechanism: str | None = None
    body: str | None = None
    doc_type: str | None = None
    language: str | None = None
    symbol: str | None = None
    countries: list[str] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    visibility: str | None = None
    password: str | None = None
    source_url: str | None = None

    def fields_set(self) -> dict[str, object]:
        """The metadata this row sets (not the password)."""
        out: dict[str, object] = {}
        for name in ("title", "mechanism", "body", "doc_type", "language", "symbol", "visibility", "source_url"):
            if getattr(self, name):
                out[name] = getattr(self, name)
        if self.date:
            out["published_date"] = self.date
            out["published_precision"] = self.date_precision
        if self.countries:
            out["countries"] = self.countries
        if self.topics:
            out["topics"] = self.topics
        return out


def _split(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[;,]", value) if v.strip()]


def forget_passwords(path: Path) -> bool:
    """Rewrite a kept metadata sheet without its `password` column (once its import has
    used them: a sheet kept for retries must not keep PDF passwords on disk). Returns
    whether there was one. The sheet is replaced atomically, readable by its owner only."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return False
    reader = csv.reader(io.StringIO(text, newline=""))
    rows = list(reader)
    if not rows:
        return False
    header = [h.strip().lower() for h in rows[0]]
    if "password" not in header:
        return False
    drop = header.index("password")
    out = io.StringIO()
    writer = csv.writer(out)
    for row in rows:
        writer.writerow([cell for i, cell in enumerate(row) if i != drop])
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(out.getvalue())
    os.replace(tmp, path)
    return True


def read_sheet(path: Path) -> dict[str, SheetRow]:
    """Read a metadata sheet; keys are the `file` values with '/' separators.

    Raises MetadataSheetError naming the row and column of any bad value.
    """
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise MetadataSheetError(f"cannot read metadata sheet {path}: {exc.strerror}") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MetadataSheetError(f"{path}: the metadata sheet must be UTF-8 (save it as 'CSV UTF-8')") from exc
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey=_EXTRA)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise MetadataSheetError(f"{path}: the header row needs a 'file' column; columns: {', '.join(COLUMNS)}")
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        raise MetadataSheetError(
            f"{path}: unknown column(s) {', '.join(unknown)}; known columns: {', '.join(COLUMNS)}"
        )
    rows: dict[str, SheetRow] = {}
    for rec in reader:
        line = reader.line_num
        if rec.get(_EXTRA):
            raise MetadataSheetError(
                f"{path}, line {line}: {len(header) + len(rec[_EXTRA])} cells for {len(header)} columns "
                "(a value with a comma that is not in quotes?)")
        rec = {(k or "").strip().lower(): (v or "").strip() for k, v in rec.items() if k}
        name = rec.get("file", "").replace("\\", "/").strip("/")
        if not name:
            continue
        row = SheetRow(file=name, line=line)
        try:
            _fill_row(row, rec)
        except _BadCell as exc:
            raise MetadataSheetError(f"{path}, line {line}, column {exc.column!r}: {exc.message}") from exc
        if name in rows:
            raise MetadataSheetError(f"{path}, line {line}: {name!r} is listed twice (first on line {rows[name].line})")
        rows[name] = row
    return rows


_EXTRA = "\x00extra"  # where csv puts cells beyond the header's


class _BadCell(Exception):
    def __init__(self, column: str, message: str, cause: ValueError | None = None) -> None:
        self.column, self.message, self.cause = column, message, cause


T = TypeVar("T")


def _checked(column: str, value: str | None, check: Callable[[str], T]) -> T | None:
    """`check(value)` for a value given (None for an empty one); raises _BadCell naming the column."""
    if not value:
        return None
    try:
        return check(value)
    except ValueError as exc:
        raise _BadCell(column, str(exc), exc) from None


def _fill_row(row: SheetRow, rec: dict[str, str]) -> None:
    """Check and set one row's values; raises _BadCell naming the column."""
    for column, limit in MAX_LENGTHS.items():
        if len(rec.get(column) or "") > limit:
            raise _BadCell(column, f"{len(rec[column])} characters; at most {limit} (a shifted column?)")
    row.title = rec.get("title") or None
    row.symbol = rec.get("symbol") or None
    row.password = rec.get("password") or None
    row.mechanism = _checked("mechanism", rec.get("mechanism"), resolve_mechanism)
    row.doc_type = _checked("type", rec.get("type"), resolve_type)
    row.language = _checked("language", rec.get("language"), resolve_language)
    row.countries = _checked("countries", rec.get("countries"), resolve_countries) or []
    row.topics = _checked("topics", rec.get("topics"), resolve_topics) or []
    if rec.get("body"):
        row.body, mechanism = _checked("body", rec["body"], lambda v: resolve_body(v, row.mechanism)) or (None, None)
        row.mechanism = row.mechanism or mechanism
    row.source_url = _checked("source_url", rec.get("source_url"), _web_address)
    row.date, row.date_precision = _checked("date", rec.get("date"), parse_date) or (None, None)
    row.visibility = _checked("visibility", rec.get("visibility"), _visibility)


def _web_address(value: str) -> str:
    if not re.fullmatch(r"https?://\S+", value):
        raise ValueError(f"{value!r} is not an http(s) address")
    return value


def _visibility(value: str) -> str:
    if value.lower() not in VISIBILITIES:
        raise ValueError(f"{value.lower()!r} is not public or restricted")
    return value.lower()


def lookup(sheet: dict[str, SheetRow], keys: tuple[str, ...]) -> SheetRow | None:
    """The row for a file: by locator, by path inside its zip, then by bare file name."""
    for key in keys:
        row = sheet.get(key.replace("\\", "/"))
        if row is not None:
            return row
    return None
