"""`json-api` sources: a JSON endpoint returning a list of results, paginated.

    items = "results"                 # dotted path to the list in each response
    url_template = "https://example.org/doc/{itemid}"   # or fields.url
    [source.fields]                   # item field -> dotted path in one result
    url = "links.pdf"
    title = "docname"
    date = "judgementdate"
    language = "languageisocode"
    symbol = "appno"

Pagination: `page_param` (e.g. "page" or "start") from `page_start` in steps of
`page_step` (1 for page numbers, the page size for offsets), with optional
`page_size_param`/`page_size`, up to `max_pages`; or `next` = dotted path to the next
page's URL in the response. Extra query parameters go in `params`. Stops at an empty page.
"""
from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit, parse_qsl

from ..errors import SourcesFileError
from ..fetch import Fetcher
from . import SourceConfig, SourceItem

_PLACEHOLDER = re.compile(r"\{([A-Za-z0-9_.]+)\}")


def pick(data: Any, path: str) -> Any:
    """The value at a dotted path ("a.b.0.c"); None when it is not there."""
    for part in path.split(".") if path else []:
        if isinstance(data, dict):
            data = data.get(part)
        elif isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        else:
            return None
    return data


def _with_params(url: str, params: dict[str, Any]) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.update({k: str(v) for k, v in params.items()})
    return urlunsplit(parts._replace(query=urlencode(query)))


def list_items(source: SourceConfig, fetcher: Fetcher) -> list[SourceItem]:
    o = source.options
    max_pages = int(o.get("max_pages", 5))
    page_param, page = o.get("page_param"), int(o.get("page_start", 1))
    step = int(o.get("page_step", 1))
    items: list[SourceItem] = []
    url: str | None = source.url
    for _ in range(max_pages):
        if url is None:
            break
        params: dict[str, Any] = dict(o.get("params", {}))
        if page_param:
            params[page_param] = page
        if o.get("page_size_param") and o.get("page_size"):
            params[o["page_size_param"]] = o["page_size"]
        request_url = _with_params(url, params) if params else url
        response = fetcher.get(request_url, delay=source.delay)
        try:
            data = json.loads(response.body)
        except ValueError as exc:
            raise SourcesFileError(f"source '{source.name}': {request_url} did not return JSON ({exc})") from exc
        results = pick(data, o.get("items", ""))
        if not isinstance(results, list):
            raise SourcesFileError(f"source '{source.name}': no list at '{o.get('items', '')}' in the "
                                   f"response of {request_url}")
        if not results:
            break
        for result in results:
            items.append(_item(source, result, response.url))
        if o.get("next"):
            nxt = pick(data, o["next"])
            url = urljoin(response.url, nxt) if isinstance(nxt, str) and nxt else None
        elif page_param:
            page += step
        else:
            break
    return [i for i in items if i.url]


def _item(source: SourceConfig, result: Any, base: str) -> SourceItem:
    fields: dict[str, str] = source.options.get("fields", {})
    template = source.options.get("url_template")
    if template:
        def fill(m: re.Match[str]) -> str:
            value = pick(result, m.group(1))
            return "" if value is None else str(value)
        url = _PLACEHOLDER.sub(fill, template)
    else:
        value = pick(result, fields.get("url", ""))
        url = urljoin(base, value) if isinstance(value, str) and value else ""
    values = {k: pick(result, path) for k, path in fields.items() if k != "url"}
    text = {k: str(v) for k, v in values.items() if v not in (None, "")}
    return SourceItem(url=url, title=text.pop("title", None), date=text.pop("date", None),
                      language=(text.pop("language", "") or "").split("-")[0].lower() or None, metadata=text)
