"""Sources: the sources file, and adapters that turn one source into items to fetch.

Each adapter module (feed, listing, sitemap, json-api, urls) has
`list_items(source, fetcher) -> list[SourceItem]`; it fetches listings, never the
documents themselves (the pipeline does that, with conditional GET).
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from archive.models import VISIBILITIES
from archive import taxonomy

from ..errors import SourcesFileError
from ..fetch import FetchOptions, Fetcher

KINDS = ("feed", "listing", "sitemap", "json-api", "urls")
DEFAULT_KEYS = ("mechanism", "body", "doc_type", "language", "visibility")
COMMON_KEYS = {"name", "kind", "url", "enabled", "max_items", "include", "exclude", "defaults", "delay",
               "follow_documents", "document_pattern", "description"}
KIND_KEYS: dict[str, set[str]] = {
    "feed": set(),
    "listing": {"link_pattern", "next_pattern", "max_pages"},
    "sitemap": {"since", "max_sitemaps"},
    "json-api": {"items", "fields", "url_template", "page_param", "page_start", "page_step", "page_size_param",
                 "page_size", "max_pages", "next", "params"},
    "urls": {"urls", "file"},
}
FETCH_KEYS = {"user_agent": str, "connect_timeout": float, "read_timeout": float, "total_timeout": float,
              "retries": int, "backoff": float, "delay": float, "max_mb": float, "max_redirects": int,
              "respect_robots": bool}


@dataclass
class SourceItem:
    """One thing to fetch, with what the listing said about it."""

    url: str
    title: str | None = None
    date: str | None = None  # as the source wrote it; parsed by the pipeline
    language: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)  # symbol, doc_type, ... from a JSON API


@dataclass
class SourceConfig:
    name: str
    kind: str
    url: str = ""
    enabled: bool = True
    max_items: int = 100
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    defaults: dict[str, str] = field(default_factory=dict)
    delay: float | None = None
    follow_documents: bool = True
    document_pattern: str = r"\.(pdf|docx?)(\?|$)"
    options: dict[str, Any] = field(default_factory=dict)  # the kind's own keys

    def wants(self, url: str) -> bool:
        """Whether `url` passes the include and exclude patterns."""
        if self.include and not any(re.search(p, url) for p in self.include):
            return False
        return not any(re.search(p, url) for p in self.exclude)

    def as_json(self) -> dict[str, Any]:
        return {"url": self.url, "max_items": self.max_items, "include": self.include, "exclude": self.exclude,
                "defaults": self.defaults, **self.options}


@dataclass
class SourcesFile:
    path: Path
    sources: list[SourceConfig]
    fetch: FetchOptions

    def named(self, names: list[str]) -> list[SourceConfig]:
        """The sources with these names, in that order. Raises SourcesFileError for an unknown name."""
        by_name = {s.name: s for s in self.sources}
        unknown = [n for n in names if n not in by_name]
        if unknown:
            raise SourcesFileError(f"no source named {', '.join(unknown)} in {self.path} "
                                   f"(known: {', '.join(by_name) or 'none'})")
        return [by_name[n] for n in names]


def _fail(where: str, message: str) -> SourcesFileError:
    return SourcesFileError(f"{where}: {message}")


def _patterns(where: str, key: str, value: Any) -> list[str]:
    values = [value] if isinstance(value, str) else value
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise _fail(where, f"'{key}' must be a regular expression or a list of them")
    for v in values:
        try:
            re.compile(v)
        except re.error as exc:
            raise _fail(where, f"'{key}' has an invalid regular expression {v!r}: {exc}") from exc
    return list(values)


def _source(raw: Any, index: int, path: Path) -> SourceConfig:
    where = f"{path}, source #{index + 1}"
    if not isinstance(raw, dict):
        raise _fail(where, "each [[source]] must be a table")
    name = raw.get("name")
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,119}", name):
        raise _fail(where, "'name' is required: letters, digits, '.', '_' or '-', up to 120 characters")
    where = f"{path}, source '{name}'"
    kind = raw.get("kind")
    if kind not in KINDS:
        raise _fail(where, f"'kind' must be one of {', '.join(KINDS)}, got {kind!r}")
    unknown = sorted(set(raw) - COMMON_KEYS - KIND_KEYS[kind])
    if unknown:
        raise _fail(where, f"unknown key(s) {', '.join(unknown)} for kind '{kind}' (see the README)")
    url = raw.get("url", "")
    if kind != "urls" or url:
        if not isinstance(url, str) or not re.match(r"https?://[^/\s]+", url):
            raise _fail(where, f"'url' must be an http(s) URL, got {url!r}")
    if kind == "urls" and not raw.get("urls") and not raw.get("file"):
        raise _fail(where, "kind 'urls' needs 'urls' (a list) or 'file' (a text file, one URL per line)")
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise _fail(where, "'enabled' must be true or false")
    max_items = raw.get("max_items", 100)
    if not isinstance(max_items, int) or isinstance(max_items, bool) or max_items < 1:
        raise _fail(where, f"'max_items' must be a positive whole number, got {max_items!r}")
    defaults = raw.get("defaults", {})
    if not isinstance(defaults, dict):
        raise _fail(where, "'defaults' must be a table")
    bad = sorted(set(defaults) - set(DEFAULT_KEYS))
    if bad:
        raise _fail(where, f"unknown default(s) {', '.join(bad)}; allowed: {', '.join(DEFAULT_KEYS)}")
    defaults = {k: str(v) for k, v in defaults.items()}
    tax = taxonomy.load()
    if "mechanism" in defaults:
        mechanism = tax.resolve_mechanism(defaults["mechanism"])
        if mechanism is None:
            raise _fail(where, f"defaults.mechanism {defaults['mechanism']!r} is not one of "
                               f"{', '.join(tax.mechanisms)}")
        defaults["mechanism"] = mechanism
    if "body" in defaults:
        body = tax.resolve_body(defaults["body"])
        if body is None:
            raise _fail(where, f"defaults.body {defaults['body']!r} is not a known body "
                               "(the list: /api/v1/mechanisms)")
        defaults["body"] = body.key
        defaults.setdefault("mechanism", body.mechanism)
    if "visibility" in defaults and defaults["visibility"] not in VISIBILITIES:
        raise _fail(where, f"defaults.visibility must be one of {', '.join(VISIBILITIES)}")
    delay = raw.get("delay")
    if delay is not None and (not isinstance(delay, (int, float)) or delay < 0):
        raise _fail(where, "'delay' must be a number of seconds")
    options = {k: raw[k] for k in KIND_KEYS[kind] if k in raw}
    if isinstance(options.get("file"), str):  # relative to the sources file
        options["file"] = str((path.parent / Path(options["file"]).expanduser()).resolve())
    for key in ("link_pattern", "next_pattern"):
        if key in options:
            _patterns(where, key, options[key])
    if kind == "json-api":
        if not isinstance(options.get("fields"), dict) or not (options["fields"].get("url") or
                                                                options.get("url_template")):
            raise _fail(where, "kind 'json-api' needs a [fields] table with 'url' (or 'url_template')")
    if kind == "urls" and "urls" in options:
        if not isinstance(options["urls"], list) or not all(isinstance(u, str) for u in options["urls"]):
            raise _fail(where, "'urls' must be a list of URLs")
    document_pattern = raw.get("document_pattern", SourceConfig.document_pattern)
    _patterns(where, "document_pattern", document_pattern)
    return SourceConfig(
        name=name, kind=kind, url=url, enabled=enabled, max_items=max_items,
        include=_patterns(where, "include", raw.get("include", [])),
        exclude=_patterns(where, "exclude", raw.get("exclude", [])),
        defaults=defaults, delay=float(delay) if delay is not None else None,
        follow_documents=bool(raw.get("follow_documents", True)), document_pattern=document_pattern,
        options=options)


def _fetch_options(raw: Any, path: Path) -> FetchOptions:
    if raw is None:
        return FetchOptions()
    where = f"{path}, [fetch]"
    if not isinstance(raw, dict):
        raise _fail(where, "must be a table")
    kwargs: dict[str, Any] = {}
    for key, value in raw.items():
        kind = FETCH_KEYS.get(key)
        if kind is None:
            raise _fail(where, f"unknown key '{key}' (allowed: {', '.join(FETCH_KEYS)})")
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise _fail(where, f"'{key}' must be a {kind.__name__}")
        if key == "max_mb":
            kwargs["max_bytes"] = int(float(value) * 1024 * 1024)  # type: ignore[arg-type]
        else:
            kwargs[key] = value
    return FetchOptions(**kwargs)


def load_sources(path: Path) -> SourcesFile:
    """Read and validate a sources file. Raises SourcesFileError naming the source and field."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise SourcesFileError(f"no sources file at {path}; copy sources.example.toml there "
                               "or set HRARCHIVE_SOURCES_FILE") from exc
    except tomllib.TOMLDecodeError as exc:
        raise SourcesFileError(f"{path} is not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"source", "fetch"})
    if unknown:
        raise SourcesFileError(f"{path}: unknown top-level key(s) {', '.join(unknown)}; "
                               "use [fetch] and [[source]] tables")
    raw_sources = data.get("source", [])
    if not isinstance(raw_sources, list):
        raise SourcesFileError(f"{path}: sources are [[source]] tables")
    sources = [_source(raw, i, path) for i, raw in enumerate(raw_sources)]
    seen: set[str] = set()
    for s in sources:
        if s.name in seen:
            raise SourcesFileError(f"{path}: two sources are named '{s.name}'")
        seen.add(s.name)
    return SourcesFile(path=path, sources=sources, fetch=_fetch_options(data.get("fetch"), path))


def adapter(kind: str) -> Callable[[SourceConfig, Fetcher], list[SourceItem]]:
    from . import feed, jsonapi, listing, sitemap, urls

    return {"feed": feed.list_items, "listing": listing.list_items, "sitemap": sitemap.list_items,
            "json-api": jsonapi.list_items, "urls": urls.list_items}[kind]


def list_source_items(source: SourceConfig, fetcher: Fetcher) -> list[SourceItem]:
    """The source's items that pass its patterns, first `max_items`, without repeats.

    Raises FetchError when the listing cannot be fetched, SourcesFileError when it
    cannot be read as the kind says.
    """
    items: list[SourceItem] = []
    seen: set[str] = set()
    for item in adapter(source.kind)(source, fetcher):
        if item.url in seen or not source.wants(item.url):
            continue
        seen.add(item.url)
        items.append(item)
        if len(items) >= source.max_items:
            break
    return items
