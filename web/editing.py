"""Editing a document's metadata by hand: validation, locking, before/after for the audit log.

Every field a person changes is added to `locked_fields` (provenance "person"), so
re-enrichment and pipelines never overwrite it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from archive import store, taxonomy
from archive.dates import format_date, parse_date
from archive.identifiers import classify
from archive.models import VISIBILITIES, Document, Identifier

from .i18n import N_
from .i18n import current_language
from .i18n import gettext as _

# How the admin pages name the fields (translated there)
FIELD_LABELS = {"title": N_("Title"), "symbol": N_("Symbol"), "doc_type": N_("Document type"),
                "mechanism": N_("Mechanism"), "body": N_("Body"), "language": N_("Language"),
                "countries": N_("Countries"), "published_date": N_("Publication date"),
                "adopted_date": N_("Adoption date"), "topics": N_("Topics"), "identifiers": N_("Identifiers"),
                "visibility": N_("Visibility")}
EDITABLE = ("title", "symbol", "doc_type", "mechanism", "body", "language", "countries", "published_date",
            "adopted_date", "topics", "identifiers", "visibility")


@dataclass
class Edit:
    changes: dict[str, dict[str, Any]] = field(default_factory=dict)  # field -> {"before", "after"}
    errors: dict[str, str] = field(default_factory=dict)


def current_values(doc: Document) -> dict[str, str]:
    """The form's values for `doc`, as text."""
    return {
        "title": doc.title or "", "symbol": doc.symbol or "", "doc_type": doc.doc_type or "",
        "mechanism": doc.mechanism or "", "body": doc.body or "", "language": doc.language or "",
        "countries": ", ".join(doc.countries or []),
        "published_date": format_date(doc.published_date, doc.published_precision),
        "adopted_date": format_date(doc.adopted_date, doc.adopted_precision),
        "topics": ", ".join(sorted(t.topic.key for t in doc.topics)),
        "identifiers": "\n".join(i.raw or i.value for i in doc.identifiers if i.is_own),
        "visibility": doc.visibility,
    }


def _split(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[,;\n]", value) if v.strip()]


def body_mismatch(body: str, body_mechanism: str, chosen: str) -> str:
    """What to say when a body is chosen under a mechanism it does not belong to (the
    edit form and the upload form never switch the mechanism behind the person's back)."""
    m = taxonomy.load().mechanisms[body_mechanism]
    return _("%(body)s is a body of %(name)s (%(key)s), not of %(chosen)s: choose the mechanism %(key)s, "
             "or another body", body=body, key=body_mechanism, chosen=chosen,
             name=m.label_tr if current_language() == "tr" and m.label_tr else m.label_en)


def apply_edit(session: Session, doc: Document, form: dict[str, str]) -> Edit:
    """Validate `form` and apply what changed to `doc` (nothing is applied if any value is bad)."""
    tax = taxonomy.load()
    before = current_values(doc)
    edit = Edit()
    wanted = {k: (form.get(k) or "").strip() for k in EDITABLE if k in form}
    wanted = {k: v.replace("\r\n", "\n") for k, v in wanted.items()}
    changed = {k: v for k, v in wanted.items() if v != before[k]}
    parsed: dict[str, Any] = {}
    for name, value in changed.items():
        if name == "title":
            if not value:
                edit.errors[name] = _("a document needs a title")
            parsed[name] = value[:500]
        elif name in ("symbol", "doc_type"):
            parsed[name] = value[:200 if name == "symbol" else 60] or None
        elif name == "mechanism":
            if value and value not in tax.mechanisms:
                edit.errors[name] = _("choose one of %(keys)s", keys=", ".join(tax.mechanisms))
            parsed[name] = value or None
        elif name == "body":
            body = tax.resolve_body(value) if value else None
            if value and body is None and wanted.get("mechanism", before["mechanism"]) == "civil-society":
                parsed[name] = value[:80]  # civil society has no list of bodies: the organisation
                continue
            if value and body is None:
                edit.errors[name] = _("not a known body (an organisation's name needs the mechanism civil-society)")
            parsed[name] = body.key if body else None
        elif name == "language":
            if value and not re.fullmatch(r"[a-z]{2,3}", value):
                edit.errors[name] = _("a language code such as en, tr, fr or ku")
            parsed[name] = value or None
        elif name == "countries":
            codes = [c.upper() for c in _split(value)]
            bad = [c for c in codes if not re.fullmatch(r"[A-Z]{2}", c)]
            if bad:
                edit.errors[name] = _("ISO 3166 two-letter codes, separated by commas (not %(bad)s)", bad=", ".join(bad))
            parsed[name] = codes
        elif name in ("published_date", "adopted_date"):
            try:
                parsed[name] = parse_date(value) if value else (None, None)
            except ValueError:
                edit.errors[name] = _("'%(value)s' is not a date written YYYY, YYYY-MM or YYYY-MM-DD (such as "
                                      "2016-06-02)", value=value)
        elif name == "topics":
            keys = _split(value)
            unknown = [k for k in keys if k not in tax.topics]
            if unknown:
                edit.errors[name] = _("unknown topic(s): %(keys)s", keys=", ".join(unknown))
            parsed[name] = keys
        elif name == "identifiers":
            parsed[name] = [line.strip() for line in value.split("\n") if line.strip()]
        elif name == "visibility":
            if value not in VISIBILITIES:
                edit.errors[name] = _("one of %(keys)s", keys=", ".join(VISIBILITIES))
            parsed[name] = value
    # the body the document will have (changed now, or kept) against the mechanism it will have
    body = parsed["body"] if "body" in parsed else before["body"] or None
    body_mechanism = tax.mechanism_of(body) if body and ("body" in parsed or "mechanism" in parsed) else None
    mechanism = wanted.get("mechanism", before["mechanism"]) or None
    if body_mechanism and mechanism and body_mechanism != mechanism and "body" not in edit.errors:
        # never switch the mechanism behind the person's back: say what does not fit
        edit.errors["body"] = body_mismatch(body, body_mechanism, mechanism)
    elif body_mechanism and not mechanism:  # no mechanism yet: the body's is the only one that fits
        parsed["mechanism"] = body_mechanism
        changed["mechanism"] = body_mechanism
    if edit.errors:
        return edit
    locked = set(doc.locked_fields or [])
    extra = dict(doc.extra or {})
    provenance = dict(extra.get("provenance", {}))
    for name, value in parsed.items():
        if name in ("published_date", "adopted_date"):
            setattr(doc, name, value[0])
            setattr(doc, name.replace("_date", "_precision"), value[1])
            locked.add(name.replace("_date", "_precision"))
        elif name == "topics":
            store.set_topics(session, doc, value, assigned_by="person")
        elif name == "identifiers":
            doc.identifiers[:] = [i for i in doc.identifiers if not i.is_own]
            for raw in value:
                scheme, normalised = classify(raw)
                doc.identifiers.append(Identifier(scheme=scheme, value=normalised, raw=raw, page=None, is_own=True))
        elif name == "language":
            doc.language, doc.languages = value, [value] if value else []
        else:
            setattr(doc, name, value)
        locked.add(name)
        provenance[name] = "person"
        edit.changes[name] = {"before": before[name], "after": changed[name]}
    doc.locked_fields = sorted(locked)
    extra["provenance"] = provenance
    doc.extra = extra
    if edit.changes:
        store.touch(doc)
    return edit
