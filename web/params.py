"""Reading search parameters from a request (shared by the page, API and exports)."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlencode

from werkzeug.datastructures import MultiDict

from archive.errors import InvalidQuery
from archive.search import FACETS, SORTS, FacetFilter, SearchQuery
from archive.search.base import MAX_PAGE_SIZE

OPERATORS = ("any", "all", "none")
# Values one facet filter may take: a person picks a few; more is a machine, and each
# value costs work per request.
MAX_FILTER_VALUES = 50


def _int(args: MultiDict, name: str, default: int | None, lo: int, hi: int) -> int | None:
    raw = args.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise InvalidQuery(f"parameter {name} must be a whole number, got {raw!r}") from exc
    if not lo <= value <= hi:
        raise InvalidQuery(f"parameter {name} must be between {lo} and {hi}, got {value}")
    return value


def _day(args: MultiDict, name: str) -> str | None:
    raw = args.get(name, "").strip()
    if not raw:
        return None
    try:
        return dt.date.fromisoformat(raw).isoformat()
    except ValueError as exc:
        raise InvalidQuery(f"parameter {name} must be a date written YYYY-MM-DD, got {raw!r}") from exc


def query_from_args(args: MultiDict, default_page_size: int = 20) -> SearchQuery:
    """Build a SearchQuery from request arguments. Raises InvalidQuery."""
    filters: dict[str, FacetFilter] = {}
    for facet in FACETS:
        values = tuple(v for raw in args.getlist(facet) for v in raw.split("|") if v.strip())
        if facet == "doc_type":
            values += tuple(v for v in args.getlist("type") if v.strip())
        if len(values) > MAX_FILTER_VALUES:
            raise InvalidQuery(f"too many values for {facet} ({len(values)}; at most {MAX_FILTER_VALUES})")
        op = args.get(f"{facet}_op", "any")
        if op not in OPERATORS:
            raise InvalidQuery(f"parameter {facet}_op must be one of {', '.join(OPERATORS)}, got {op!r}")
        if values:
            filters[facet] = FacetFilter(values, op)  # type: ignore[arg-type]
    sort = args.get("sort", "relevance") or "relevance"
    if sort not in SORTS:
        raise InvalidQuery(f"parameter sort must be one of {', '.join(SORTS)}, got {sort!r}")
    year_from = _int(args, "year_from", None, 1000, 9999)
    year_to = _int(args, "year_to", None, 1000, 9999)
    if year_from is not None and year_to is not None and year_from > year_to:
        raise InvalidQuery(f"the from-year ({year_from}) is after the to-year ({year_to})",
                           hint="swap the two years, or leave one empty")
    return SearchQuery(
        text=args.get("q", ""),
        filters=filters,
        year_from=year_from,
        year_to=year_to,
        added_from=_day(args, "added_from"),
        added_to=_day(args, "added_to"),
        sort=sort,
        page=_int(args, "page", 1, 1, 10_000) or 1,
        page_size=_int(args, "page_size", default_page_size, 1, MAX_PAGE_SIZE) or default_page_size,
        expand=args.get("expand", "1") not in ("0", "false", "no", "off"),
        strict=args.get("strict", "0") in ("1", "true", "yes", "on"),
    )


def url_args(args: MultiDict, **changes: object) -> str:
    """The query string of `args` with `changes` applied (None removes a key)."""
    md = MultiDict(args)
    for key, value in changes.items():
        md.poplist(key)
        if value is None:
            continue
        if isinstance(value, (list, tuple)):
            for v in value:
                md.add(key, v)
        else:
            md.add(key, value)
    if "page" not in changes:
        md.poplist("page")
    return urlencode(list(md.items(multi=True)))
