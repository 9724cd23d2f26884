"""Applying an Enrichment to a document without overwriting what a person set.

`doc.locked_fields` lists the fields a person set (metadata sheet, admin edit); rules
never change them. `doc.extra["provenance"]` records where each value came from and
`doc.extra["evidence"]` the evidence for rule-made values.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from archive import store
from archive.identifiers import classify
from archive.models import Document, DocumentTopic, Identifier

from . import Enrichment, Tagged, rules_version

# Preference among own identifiers for the document's displayed symbol.
SYMBOL_SCHEMES = ("un-symbol", "ecthr-application", "un-communication", "cpt", "venice", "coe-commdh", "coe-cm",
                  "coe-ecri", "coe-grevio", "coe-greta", "coe-lanzarote", "coe-greco", "coe-cg", "eu-swd", "eu-sec", "eu-com", "eu-join", "eu-ep",
                  "eu-ep-question", "tr-aym", "pace", "pace-doc", "amnesty-index", "ecli")


def _set(doc: Document, field: str, value: Any, tag: Tagged | None, provenance: dict[str, str],
         evidence: dict[str, Any]) -> None:
    if field in (doc.locked_fields or []) or value is None:
        return
    setattr(doc, field, value)
    provenance[field] = f"rule:{tag.rule}" if tag else "rule"
    if tag and tag.evidence:
        evidence[field] = tag.evidence_json()


def apply_enrichment(session: Session, doc: Document, result: Enrichment,
                     defaults: dict[str, str | None] | None = None) -> None:
    """Write `result` onto `doc` (fields a person set stay as they are).

    `defaults` (a source's or the import's --mechanism/--body/--type) fill what
    neither a person nor a rule decided.
    """
    extra = dict(doc.extra or {})
    provenance: dict[str, str] = dict(extra.get("provenance", {}))
    evidence: dict[str, Any] = dict(extra.get("evidence", {}))
    for field in doc.locked_fields or []:
        if provenance.get(field) != "sheet":
            provenance[field] = "person"
    if result.title and (provenance.get("title") not in ("source",) or not doc.title):
        _set(doc, "title", result.title.value, result.title, provenance, evidence)
    _set(doc, "mechanism", result.mechanism.value if result.mechanism else None, result.mechanism, provenance, evidence)
    _set(doc, "body", result.body.value if result.body else None, result.body, provenance, evidence)
    # "a page that says it is an article is news" yields to a source's or the run's type
    weak_type = result.doc_type is not None and result.doc_type.rule == "page-metadata" and bool(
        (defaults or {}).get("doc_type") or provenance.get("doc_type") in ("default", "source"))
    if not weak_type:
        _set(doc, "doc_type", result.doc_type.value if result.doc_type else None, result.doc_type, provenance, evidence)
    # the date a web page stated is not replaced by one found in its text (a page
    # imported before its stated date was kept with it has only this record of it)
    stated = provenance.get("published_date") == "rule:page-metadata"
    if result.published and (not stated or result.published.rule == "page-metadata"):
        date, precision = result.published.value
        _set(doc, "published_date", date, result.published, provenance, evidence)
        if doc.published_date == date:
            doc.published_precision = precision
    if result.adopted:
        date, precision = result.adopted.value
        _set(doc, "adopted_date", date, result.adopted, provenance, evidence)
        if doc.adopted_date == date:
            doc.adopted_precision = precision
    if result.countries:
        _set(doc, "countries", [c.value for c in result.countries], result.countries[0], provenance, evidence)
        evidence["countries"] = {c.value: c.evidence_json() for c in result.countries}
    if "subject_countries" not in (doc.locked_fields or []):
        doc.subject_countries = [c.value for c in result.subject_countries]
        if result.subject_countries:
            provenance["subject_countries"] = f"rule:{result.subject_countries[0].rule}"
            evidence["subject_countries"] = {c.value: c.evidence_json() for c in result.subject_countries}
        else:
            provenance.pop("subject_countries", None)
    case = result.case
    if "conclusions" not in (doc.locked_fields or []):
        doc.conclusions = [c.as_json() for c in case.conclusions] if case is not None else []
    if case is not None:
        extra["ecthr"] = case.info()
        evidence["conclusions"] = [{"text": c.text, "article": c.article, "outcome": c.outcome}
                                   for c in case.conclusions]
    else:
        extra.pop("ecthr", None)
        evidence.pop("conclusions", None)
    for field, value in (defaults or {}).items():
        if value and not getattr(doc, field) and field not in (doc.locked_fields or []):
            setattr(doc, field, value)
            provenance[field] = "default"
    # Identifiers: the ones rules found are replaced; a person's own symbol stays.
    own = sorted(result.own_identifiers,
                 key=lambda t: SYMBOL_SCHEMES.index(t.value[0]) if t.value[0] in SYMBOL_SCHEMES else 99)
    if own and "symbol" not in (doc.locked_fields or []):
        doc.symbol = own[0].evidence[0].text if own[0].evidence else own[0].value[1]
        provenance["symbol"] = "rule:header"
    # A person who edited the identifiers owns the document's own ones; rules then only
    # refresh the identifiers it cites.
    person_owns = "identifiers" in (doc.locked_fields or [])
    doc.identifiers[:] = [i for i in doc.identifiers if i.is_own] if person_owns else []
    seen: set[tuple[str, str, bool]] = {(i.scheme, i.value, True) for i in doc.identifiers}
    identifiers: list[dict[str, Any]] = []
    if doc.symbol and not person_owns:
        scheme, value = classify(doc.symbol)
        identifiers.append(dict(scheme=scheme, value=value, raw=doc.symbol, page=1, is_own=True))
        seen.add((scheme, value, True))
    rule_made = [(result.cited_identifiers, False)] if person_owns else [(own, True), (result.cited_identifiers, False)]
    for tags, is_own in rule_made:
        for tag in tags:
            scheme, value = tag.value
            if (scheme, value, True) in seen or (scheme, value, is_own) in seen:
                continue
            seen.add((scheme, value, is_own))
            ev = tag.evidence[0] if tag.evidence else None
            identifiers.append(dict(scheme=scheme, value=value, raw=ev.text if ev else value,
                                    page=ev.page if ev else None, is_own=is_own))
    if not store.insert_children(session, doc, "identifiers", identifiers):
        doc.identifiers.extend(Identifier(**row) for row in identifiers)
    # Topics: rule-assigned ones are replaced; a person's stay.
    if "topics" not in (doc.locked_fields or []):
        kept = [t for t in doc.topics if t.assigned_by == "person"]
        kept_keys = {t.topic.key for t in kept}
        if len(kept) < len(doc.topics):
            doc.topics[:] = kept
            session.flush()  # the rows go before new ones with the same keys come
        topics = [(store.ensure_topic(session, tag.value), dict(score=tag.score, evidence=tag.evidence_json(),
                                                                assigned_by="rule"))
                  for tag in result.topics if tag.value not in kept_keys]
        if not store.insert_children(session, doc, "topics",
                                     [dict(row, topic_id=topic.id) for topic, row in topics]):
            doc.topics.extend(DocumentTopic(topic=topic, **row) for topic, row in topics)
    extra["provenance"] = provenance
    extra["evidence"] = evidence
    doc.extra = extra
    doc.enriched_version = rules_version()
