"""The metadata sheet: a CSV keyed by file name or relative path.

Values from the sheet win over detected ones. See the README for the columns.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from archive.dates import parse_date

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
    "countries": "ISO 3166 alpha-2 codes separated by ';' (TR;SY)",
    "topics": "legal-topic keys separated by ';'",
    "visibility": "public (default) or restricted",
    "password": "password that opens an encrypted PDF",
    "source_url": "where the document was published",
}
VISIBILITIES = ("public", "restricted")


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
    reader = csv.DictReader(text.splitlines())
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "file" not in header:
        raise MetadataSheetError(f"{path}: the header row needs a 'file' column; columns: {', '.join(COLUMNS)}")
    unknown = [h for h in header if h and h not in COLUMNS]
    if unknown:
        raise MetadataSheetError(
            f"{path}: unknown column(s) {', '.join(unknown)}; known columns: {', '.join(COLUMNS)}"
        )
    rows: dict[str, SheetRow] = {}
    for line, rec in enumerate(reader, start=2):
        rec = {(k or "").strip().lower(): (v or "").strip() for k, v in rec.items() if k}
        name = rec.get("file", "").replace("\\", "/").strip("/")
        if not name:
            continue
        row = SheetRow(file=name, line=line)
        for col in ("title", "mechanism", "body", "symbol", "password", "source_url"):
            setattr(row, col, rec.get(col) or None)
        row.doc_type = rec.get("type") or None
        if rec.get("language"):
            row.language = rec["language"].lower()
        if rec.get("date"):
            try:
                row.date, row.date_precision = parse_date(rec["date"])
            except ValueError as exc:
                raise MetadataSheetError(f"{path}, line {line}, column 'date': {exc}") from exc
        if rec.get("visibility"):
            vis = rec["visibility"].lower()
            if vis not in VISIBILITIES:
                raise MetadataSheetError(
                    f"{path}, line {line}, column 'visibility': {vis!r} is not public or restricted"
                )
            row.visibility = vis
        row.countries = [c.upper() for c in _split(rec.get("countries", ""))]
        row.topics = _split(rec.get("topics", ""))
        if name in rows:
            raise MetadataSheetError(f"{path}, line {line}: {name!r} is listed twice (first on line {rows[name].line})")
        rows[name] = row
    return rows


def lookup(sheet: dict[str, SheetRow], keys: tuple[str, ...]) -> SheetRow | None:
    """The row for a file: by locator, by path inside its zip, then by bare file name."""
    for key in keys:
        row = sheet.get(key.replace("\\", "/"))
        if row is not None:
            return row
    return None
