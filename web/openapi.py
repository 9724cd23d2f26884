"""The OpenAPI 3.1 description of /api/v1 (its schemas are JSON Schema 2020-12)."""
from __future__ import annotations

from typing import Any

from archive.search import FACETS, SORTS
from archive.store import LINKS
from ingest.enrich.ecthr import KINDS
from archive.search.base import MAX_PAGE_SIZE, RESULT_FACETS

NULLABLE_STRING = {"type": ["string", "null"]}

ERROR = {
    "type": "object",
    "required": ["ok", "error", "status"],
    "properties": {
        "ok": {"const": False}, "error": {"type": "string"}, "status": {"type": "integer"},
        "hint": {"type": "string"}, "position": {"type": "integer"},
    },
}
FACET_COUNTS = {
    "type": "object",
    "properties": {name: {"type": "array", "items": {
        "type": "object", "required": ["value", "count"],
        "properties": {"value": {"type": "string"}, "count": {"type": "integer", "minimum": 0}},
        "additionalProperties": False}} for name in RESULT_FACETS},
    "additionalProperties": False,
}
HIT = {
    "type": "object",
    "required": ["id", "title", "mechanism", "body", "doc_type", "language", "date", "pages"],
    "properties": {
        "id": {"type": "string"}, "title": {"type": "string"}, "mechanism": NULLABLE_STRING,
        "body": NULLABLE_STRING, "doc_type": NULLABLE_STRING, "language": NULLABLE_STRING,
        "date": NULLABLE_STRING, "symbol": NULLABLE_STRING, "score": {"type": "number"},
        "topics": {"type": "array", "items": {"type": "string"}},
        "countries": {"type": "array", "items": {"type": "string"},
                      "description": "every country the document names (ISO 3166-1 alpha-2)"},
        "subject_countries": {"type": "array", "items": {"type": "string"},
                              "description": "the countries the document is about (ISO 3166-1 alpha-2)"},
        "pages": {"type": "array", "items": {
            "type": "object", "required": ["number", "snippet", "ocr_confidence", "paragraph"],
            "properties": {"number": {"type": "integer", "minimum": 1},
                           "snippet": {"type": "string", "description": "HTML: escaped text, matches in <mark>"},
                           "ocr_confidence": {"type": ["number", "null"], "description":
                                              "mean OCR confidence (0-100) when the page's text was read by "
                                              "OCR from a scan; null for the file's own text"},
                           "paragraph": {"type": ["integer", "null"], "description":
                                         "the numbered paragraph the snippet is in (§ 45 of a judgment, "
                                         "para. 12 of a UN document); null where the text numbers none"}},
            "additionalProperties": False}},
    },
    "additionalProperties": False,
}
SEARCH_RESULT = {
    "type": "object",
    "required": ["total", "hits", "facets", "page", "page_size"],
    "properties": {
        "total": {"type": "integer", "minimum": 0}, "page": {"type": "integer"}, "page_size": {"type": "integer"},
        "took_ms": {"type": "number"}, "suggestion": NULLABLE_STRING,
        "read_as": {**NULLABLE_STRING, "description": "how a query that was not valid syntax was read (null when it was)"},
        "relaxed": {"type": "boolean", "description": "no document had all the typed words: these hits have at "
                    "least half of them, those with most first (never with strict=1)"},
        "expansions": {"type": "array", "items": {"type": "object", "required": ["term", "concept", "added"],
                                                  "properties": {"term": {"type": "string"},
                                                                 "concept": {"type": "string"},
                                                                 "added": {"type": "array",
                                                                           "items": {"type": "string"}},
                                                                 "articles": {
                                                                     "type": "array", "items": {"type": "string"},
                                                                     "description": "Convention articles protecting "
                                                                     "the concept (HUDOC notation): cases with one in "
                                                                     "issue are found too"}}}},
        "hits": {"type": "array", "items": HIT}, "facets": FACET_COUNTS,
    },
    "additionalProperties": False,
}
SUMMARY_PROPS = {"id": {"type": "string"}, "title": {"type": "string"}, "mechanism": NULLABLE_STRING,
                 "body": NULLABLE_STRING, "doc_type": NULLABLE_STRING, "symbol": NULLABLE_STRING,
                 "date": NULLABLE_STRING}
LINKED = {"type": "array", "description": f"at most {LINKS} documents (cited_by: newest first)",
          "items": {"type": "object", "required": ["id", "title", "via"],
                    "properties": {**SUMMARY_PROPS, "via": {"type": "string"}}}}
DOCUMENT = {
    "type": "object",
    "required": ["id", "title", "topics", "identifiers", "cites", "cited_by"],
    "properties": {
        **SUMMARY_PROPS,
        "title_source": {"enum": ["person", "sheet", "source", "ecthr-heading", "cover-page", "heading",
                                  "metadata", "first-line", "file-name", None],
                         "description": "where the title came from"},
        "language": NULLABLE_STRING, "languages": {"type": "array", "items": {"type": "string"}},
        "subject_countries": {"type": "array", "items": {"type": "string"},
                              "description": "what the document is about: state under review, State party, "
                                             "respondent, state visited (ISO 3166-1 alpha-2)"},
        "countries": {"type": "array", "items": {"type": "string"},
                      "description": "every country the document names (ISO 3166-1 alpha-2)"},
        "conclusions": {"type": "array", "items": {
            "type": "object", "required": ["article", "outcome"],
            "properties": {"article": {"type": ["string", "null"],
                                       "description": "HUDOC notation: 3, 6-1, P1-1, 14+8"},
                           "outcome": {"enum": ["violation", "no-violation", "admissible", "inadmissible",
                                                "struck-out"]}},
            "additionalProperties": False},
            "description": "an ECtHR judgment's or decision's conclusions"},
        "ecthr": {"type": ["object", "null"], "description": "an ECtHR judgment's or decision's structure",
                  "properties": {"kind": {"enum": list(KINDS)},
                                 "formation": NULLABLE_STRING,
                                 "respondents": {"type": "array", "items": {"type": "string"}},
                                 "applications": {"type": "array", "items": {"type": "string"}},
                                 "opinions": {"type": "array", "items": {"type": "string"}},
                                 "articles": {"type": "array", "items": {"type": "string"},
                                              "description": "articles in issue, HUDOC notation (HUDOC's "
                                                             "Article filter): the articles decided on and a "
                                                             "decision's complaints"},
                                 "date": NULLABLE_STRING}},
        "date_precision": NULLABLE_STRING, "published": NULLABLE_STRING, "adopted": NULLABLE_STRING,
        "topics": {"type": "array", "items": {"type": "object", "required": ["key", "label", "score"], "properties": {
            "key": {"type": "string"}, "label": {"type": "string"}, "score": {"type": "number"},
            "assigned_by": {"enum": ["rule", "person"]},
            "evidence": {"type": "array", "items": {"type": "object"}}}}},
        "identifiers": {"type": "array", "items": {"type": "object", "required": ["scheme", "value", "own"],
                                                   "properties": {"scheme": {"type": "string"},
                                                                  "value": {"type": "string"},
                                                                  "raw": {"type": "string"},
                                                                  "page": {"type": ["integer", "null"]},
                                                                  "own": {"type": "boolean"}}}},
        "cites": LINKED, "cited_by": LINKED,
        "provenance": {"type": "object", "additionalProperties": {"type": "string"}},
        "same_case": {"type": "array", "description": "the other documents of an ECtHR case (sharing an "
                                                      f"application number), in the order of the proceedings; "
                                                      f"at most {LINKS}",
                      "items": {"type": "object", "required": ["id", "title"], "properties": SUMMARY_PROPS}},
        "language_versions": {"type": "array", "description": "the same text in other languages",
                              "items": {"type": "object", "required": ["id", "language"],
                                        "properties": {"id": {"type": "string"}, "language": {"type": "string"}}}},
        "web_page": {"type": ["object", "null"], "description": "what a web page states about itself",
                     "properties": {"author": {"type": "string"}, "site_name": {"type": "string"},
                                    "canonical_url": {"type": "string"},
                                    "date": {"type": "string", "description": "its stated publication date, as written"},
                                    "kind": {"type": "string", "enum": ["article"],
                                             "description": "it says it is an article (og:type, JSON-LD @type)"}},
                     "additionalProperties": False},
        "page_count": {"type": "integer"}, "text_status": {"type": "string"}, "source_url": NULLABLE_STRING,
        "file": NULLABLE_STRING,
    },
    "additionalProperties": False,
}
PAGES = {"type": "object", "required": ["id", "pages"], "properties": {
    "id": {"type": "string"},
    "pages": {"type": "array", "items": {"type": "object", "required": ["number", "text"], "properties": {
        "number": {"type": "integer"}, "text": {"type": "string"},
        "ocr_confidence": {"type": ["number", "null"]}}}}}}
MECHANISMS = {"type": "object", "required": ["mechanisms"], "properties": {"mechanisms": {"type": "array", "items": {
    "type": "object", "required": ["key", "bodies"], "properties": {
        "key": {"type": "string"}, "label_en": {"type": "string"}, "label_tr": {"type": "string"},
        "bodies": {"type": "array", "items": {"type": "object", "required": ["key"]}}}}}}}
TOPICS = {"type": "object", "required": ["topics"], "properties": {"topics": {"type": "array", "items": {
    "type": "object", "required": ["key", "labels"], "properties": {
        "key": {"type": "string"}, "parent": NULLABLE_STRING, "labels": {"type": "object"},
        "instruments": {"type": "array", "items": {"type": "string"}}}}}}}
FACETS_ONLY = {"type": "object", "required": ["total", "facets"], "properties": {
    "total": {"type": "integer"}, "relaxed": {"type": "boolean"}, "facets": FACET_COUNTS},
    "additionalProperties": False}


def _search_parameters() -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {"name": "q", "in": "query", "schema": {"type": "string"}, "description": "query (see /help)"},
        {"name": "sort", "in": "query", "schema": {"enum": list(SORTS)}},
        {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1}},
        {"name": "page_size", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE}},
        {"name": "year_from", "in": "query", "schema": {"type": "integer"}},
        {"name": "year_to", "in": "query", "schema": {"type": "integer"}},
        {"name": "added_from", "in": "query", "schema": {"type": "string", "format": "date"},
         "description": "documents that came into the archive on or after this day (UTC)"},
        {"name": "added_to", "in": "query", "schema": {"type": "string", "format": "date"},
         "description": "documents that came into the archive on or before this day (UTC)"},
        {"name": "expand", "in": "query", "schema": {"enum": ["0", "1"]},
         "description": "cross-language expansion through the thesaurus (default 1)"},
        {"name": "strict", "in": "query", "schema": {"enum": ["0", "1"]},
         "description": "1: a query that is not valid syntax is a 400 error with a hint (for tools); "
                        "default 0: it is read leniently and `read_as` says how"},
    ]
    for facet in FACETS:
        params.append({"name": facet, "in": "query", "explode": True,
                       "schema": {"type": "array", "items": {"type": "string"}},
                       "description": f"filter by {facet} (repeat, or separate values with |)"})
        params.append({"name": f"{facet}_op", "in": "query", "schema": {"enum": ["any", "all", "none"]}})
    return params


def _responses(schema: dict[str, Any], not_found: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
        "400": {"description": "bad parameters or query syntax",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
    }
    if not_found:
        out["404"] = {"description": "no such public document",
                      "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return out


def spec() -> dict[str, Any]:
    doc_id = {"name": "public_id", "in": "path", "required": True, "schema": {"type": "string"}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "hrarchive API", "version": "1",
                 "description": "Search and read the public documents of the archive. Restricted "
                                "documents never appear."},
        "paths": {
            "/api/v1/search": {"get": {"summary": "Search (the parameters of the search page)",
                                       "parameters": _search_parameters(),
                                       "responses": _responses({"$ref": "#/components/schemas/SearchResult"})}},
            "/api/v1/facets": {"get": {"summary": "Facet counts only, for a search",
                                       "parameters": _search_parameters(),
                                       "responses": _responses(FACETS_ONLY)}},
            "/api/v1/documents/{public_id}": {"get": {"summary": "One document with topics, identifiers, citations",
                                                      "parameters": [doc_id],
                                                      "responses": _responses({"$ref": "#/components/schemas/Document"}, True)}},
            "/api/v1/documents/{public_id}/pages": {"get": {"summary": "The text of a document, page by page",
                                                            "parameters": [doc_id],
                                                            "responses": _responses(PAGES, True)}},
            "/api/v1/mechanisms": {"get": {"summary": "Mechanisms and their bodies",
                                           "responses": _responses(MECHANISMS)}},
            "/api/v1/topics": {"get": {"summary": "The legal-topic thesaurus", "responses": _responses(TOPICS)}},
        },
        "components": {"schemas": {"SearchResult": SEARCH_RESULT, "Document": DOCUMENT, "Error": ERROR}},
    }
