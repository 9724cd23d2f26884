"""The interface language, its strings, and dates per language.

English is written in the code and templates (`_("...")`); other languages come from
gettext catalogues, `web/translations/<lang>/LC_MESSAGES/messages.po`, which
translators edit (`make translations` extracts new strings with pybabel and merges them
in; the .po is read as it is, no compiled .mo to keep in step). The language comes
from `?lang=`, then the `lang` cookie (set when someone switches), then the browser's
Accept-Language, then English.
"""
from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from flask import g, request

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

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim",
           "Kasım", "Aralık"],
}


def current_language() -> str:
    if "lang" not in g:
        chosen = request.args.get("lang")
        if chosen not in LANGUAGES:
            chosen = request.cookies.get(COOKIE)
        if chosen not in LANGUAGES:
            chosen = request.accept_languages.best_match(LANGUAGES, default="en")
        g.lang = chosen
    return g.lang  # type: ignore[no-any-return]


@lru_cache(maxsize=None)
def catalogue(lang: str) -> dict[str, str]:
    """The translations of `lang` from web/translations/<lang>/LC_MESSAGES/messages.po
    (translated, not fuzzy entries), read once per process."""
    from babel.messages.pofile import read_po

    path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        return {m.id: m.string for m in read_po(f) if m.id and m.string and not m.fuzzy}


def gettext(text: str) -> str:
    lang = current_language()
    return catalogue(lang).get(text, text) if lang != "en" else text


def format_date(value: dt.date | str | None, precision: str | None = "day") -> str:
    """A date as people write it in the interface language, at its precision."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    months = MONTHS[current_language()]
    if precision == "year":
        return str(value.year)
    if precision == "month":
        return f"{months[value.month - 1]} {value.year}"
    return f"{value.day} {months[value.month - 1]} {value.year}"
