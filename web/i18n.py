"""The interface language, its strings, and dates per language.

English is written in the code and templates (`_("...")`); other languages come from
gettext catalogues through Flask-Babel: translators edit
`web/translations/<lang>/LC_MESSAGES/messages.po`, and `make translations` extracts new
strings (pybabel extract), merges them in (update) and compiles the `.mo` files the
application reads (compile; a test fails when a `.mo` is not in step with its `.po`).
Dates and numbers are formatted by Babel with the language's CLDR data. The language
comes from `?lang=`, then the `lang` cookie (set when someone switches), then the
browser's Accept-Language, then English.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from flask import g, request

if TYPE_CHECKING:
    from flask import Flask

LANGUAGES = ("en", "tr")
TRANSLATIONS = Path(__file__).parent / "translations"
COOKIE = "lang"


def N_(text: str) -> str:
    """Marks a string for the catalogue without translating it (pybabel's N_)."""
    return text


# Strings the code passes to gettext as values (facet labels, sort names, operators,
# statuses, ...): marked here so that `make translations` (pybabel) finds them.
DYNAMIC = (
    N_('English'),
    N_('Turkish'),
    N_('French'),
    N_('Kurdish'),
    N_('Azerbaijani'),
    N_('Legal topic'),
    N_('Country'),
    N_('Article'),
    N_('Conclusion'),
    N_('Finding'),
    N_('Art.'),
    N_('Violation'),
    N_('No violation'),
    N_('Admissible'),
    N_('Inadmissible'),
    N_('Struck out'),
    N_('Grand Chamber'),
    N_('Chamber'),
    N_('Committee'),
    N_('Commission'),
    N_('Plenary'),
    N_('any of'),
    N_('all of'),
    N_('none of'),
    N_('relevance'),
    N_('newest'),
    N_('Added since'),
    N_('Added until'),
    N_('oldest'),
    N_('title'),
    N_('Countries'),
    N_('no text layer'),
    N_('needs password'),
    N_('web'),
    N_('command line'),
    N_('Reports and briefings, newest first'),
    N_('Something went wrong on our side; please try again later'),
    N_('Not found'),
    N_('Switch to'),
    N_('Details'),
    N_('Wrong email or password, or the account is disabled.'),
)

# Codes the admin area shows (run kinds and statuses, item outcomes, job statuses,
# visibility), each with its label; the interface language's label comes from the catalogue.
STATE_LABELS = {
    "ingested": N_("ingested"), "updated": N_("updated"), "duplicate": N_("duplicate"),
    "skipped": N_("skipped"), "needs_password": N_("needs password"), "no_text_layer": N_("no text layer"),
    "unsupported": N_("unsupported"), "failed": N_("failed"), "interrupted": N_("interrupted"),
    "running": N_("running"), "done": N_("done"), "stopped": N_("stopped"), "queued": N_("queued"),
    "import": N_("import"), "upload": N_("upload"), "retry": N_("retry"), "pipeline": N_("pipeline"),
    "ocr": N_("OCR"), "public": N_("public"), "restricted": N_("restricted"),
    "admin": N_("admin"), "editor": N_("editor"),
    # an OCR run's outcome for a document
    "read": N_("pages read"), "nothing": N_("no text found"),
    # audit log actions
    "edit": N_("edit"), "delete": N_("delete"), "restore": N_("restore"), "replace-file": N_("replace file"),
    "user-add": N_("add user"), "user-enable": N_("enable user"), "user-disable": N_("disable user"),
    "user-password": N_("set password"), "login": N_("log in"), "login-failed": N_("failed log in"),
    "logout": N_("log out"), "logout-everywhere": N_("log out everywhere"),
}
# What an item's outcome means and what to do about it, in the interface language; the
# recorded reason (the technical detail, in English) is shown after it.
OUTCOME_HINTS = {
    "needs_password": N_("The PDF is encrypted: give its password in the metadata sheet and retry."),
    "no_text_layer": N_("A scan without text: it is kept, and OCR can read it."),
    "unsupported": N_("Not a format the archive reads (PDF, DOCX, HTML, plain text)."),
    "failed": N_("Could not be read or saved: see the detail, then retry."),
    "duplicate": N_("The same file is already in the archive."),
    "interrupted": N_("The run stopped before this item: retry, or run the same command again."),
}


# English dates and numbers as the Court and the UN write them (2 December 2026, 1,234)
BABEL_LOCALES = {"en": "en_GB", "tr": "tr"}
# a date at each precision, as a CLDR skeleton (the locale orders the parts)
SKELETONS = {"day": "yMMMMd", "month": "yMMMM", "year": "y"}


def current_language() -> str:
    if "lang" not in g:
        chosen = request.args.get("lang")
        if chosen not in LANGUAGES:
            chosen = request.cookies.get(COOKIE)
        if chosen not in LANGUAGES:
            chosen = request.accept_languages.best_match(LANGUAGES, default="en")
        g.lang = chosen
    return g.lang  # type: ignore[no-any-return]


def babel_locale() -> str:
    """The Babel locale of the interface language (Flask-Babel's locale selector)."""
    return BABEL_LOCALES[current_language()]


def init_app(app: "Flask") -> None:
    """Flask-Babel for `app`: catalogues from web/translations, the language chosen by
    `current_language` (templates get `_` from the application's context processor)."""
    from flask_babel import Babel

    Babel(app, configure_jinja=False, locale_selector=babel_locale,
          default_translation_directories=str(TRANSLATIONS))


def gettext(text: str, **variables: object) -> str:
    """`text` in the interface language; `%(name)s` placeholders filled from `variables`."""
    from flask_babel import gettext as translate

    return translate(text, **variables)  # type: ignore[no-any-return]


def format_date(value: dt.date | str | None, precision: str | None = "day") -> str:
    """A date as people write it in the interface language, at its precision
    ("2 December 2026", "2 Aralık 2026"; "December 2026"; "2026")."""
    from babel.dates import format_skeleton

    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        value = value.date()
    return format_skeleton(SKELETONS.get(precision or "day", "yMMMMd"), value, locale=babel_locale())


def state_label(code: str | None) -> str:
    """The label of an admin code (outcome, status, kind) in the interface language."""
    if not code:
        return ""
    return gettext(STATE_LABELS.get(code, code.replace("_", " ")))


def outcome_hint(code: str | None) -> str:
    return gettext(OUTCOME_HINTS[code]) if code in OUTCOME_HINTS else ""


def format_number(value: int | float | None) -> str:
    """A count as the interface language writes it (1,234 / 1.234)."""
    from babel.numbers import format_decimal

    return "" if value is None else format_decimal(value, locale=babel_locale())
