"""Facet counts that keep each segment's values between searches.

Whoosh's FieldFacet reads every value of a facet field (every term's postings) into a
list per document, for every segment, at every search: most of a search's cost on a
quiet archive. A segment never changes once written, so its lists are kept (per
segment and field, a bounded number of them) and reused until the segment is merged
away.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from whoosh import sorting

# (segment id, field) -> the values of each document of the segment
_LISTS: OrderedDict[tuple[str, str], list[tuple[str, ...]]] = OrderedDict()
_LOCK = threading.Lock()
MAX_LISTS = 256  # 12 facet fields of about 20 segments


def segment_values(reader: Any, fieldname: str) -> list[tuple[str, ...]]:
    """The values of `fieldname` of each document of the segment `reader` reads."""
    key = (reader.segment().segment_id(), fieldname)
    with _LOCK:
        found = _LISTS.get(key)
        if found is not None:
            _LISTS.move_to_end(key)
            return found
    field = reader.schema[fieldname]
    lists: list[list[str]] = [[] for _ in range(reader.doc_count_all())]
    for btext in field.sortable_terms(reader, fieldname):
        value = field.from_bytes(btext)
        for docnum in reader.postings(fieldname, btext).all_ids():
            lists[docnum].append(value)
    values = [tuple(v) for v in lists]
    with _LOCK:
        _LISTS[key] = values
        while len(_LISTS) > MAX_LISTS:
            _LISTS.popitem(last=False)
    return values


class SegmentFacet(sorting.FacetType):
    """Counts the values of a field (a document may have several), as Whoosh's
    FieldFacet(allow_overlap=True) does, from the kept per-segment lists."""

    allow_overlap = True

    def __init__(self, fieldname: str) -> None:
        self.fieldname = fieldname

    def categorizer(self, global_searcher: Any) -> "_Categorizer":
        return _Categorizer(self.fieldname)


class _Categorizer(sorting.Categorizer):
    allow_overlap = True

    def __init__(self, fieldname: str) -> None:
        self.fieldname = fieldname
        self.values: list[tuple[str, ...]] = []

    def set_searcher(self, segment_searcher: Any, docoffset: int) -> None:
        self.values = segment_values(segment_searcher.reader(), self.fieldname)

    def keys_for(self, matcher: Any, docid: int) -> Any:
        return self.values[docid] or (None,)
