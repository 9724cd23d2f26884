"""A second set of real text in many languages, labelled by others: the translations in
the message catalogues a Debian system installs (`/usr/share/locale/<locale>/LC_MESSAGES/
*.mo`, from GTK, GLib, coreutils, bash and the like), each locale's text written by its
translators and labelled by the locale's name.

    .venv/bin/python bench/catalogues.py [DIR]     # lists the locales and their text's size

A locale's text is its translated messages that read as prose (four words or more; none
with a command's options, "--x", "[...]", "x=y"; placeholders, markup and keyboard
accelerators taken out), about 2,000 characters of them, in the order of their
catalogue's name and English original. Locales of English (the catalogues' source
language) are left out. bench/metadata_eval.py measures language detection on these next
to the UDHR translations, on the same two halves (by a hash of the locale's name).
"""
from __future__ import annotations

import gettext
import re
import sys
from dataclasses import dataclass
from pathlib import Path

DEFAULT_DIR = Path("/usr/share/locale")
TEXT_CHARS = 2000
MIN_CHARS = 400  # a locale with less translated text than this is left out


@dataclass(frozen=True)
class Catalogue:
    key: str  # the locale's name: `fr`, `sr@latin`, `zh_TW`
    text: str


_OPTIONS = re.compile(r"(?:^|\s)--?\w|[\[\]=|/\\]|\w\.\w")
_NOISE = re.compile(r"%[-#0-9.$*]*[a-zA-Z]|\{[^}]*\}|<[^>]+>|[_&](?=\w)|\\[nt]")


def _messages(mo: Path) -> list[str]:
    try:
        with mo.open("rb") as f:
            catalog = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
    except Exception:  # a catalogue gettext cannot parse (a malformed header) is left out
        return []
    out = []
    for msgid, msgstr in sorted((k, v) for k, v in catalog.items() if isinstance(k, str)):
        if not msgid or not isinstance(msgstr, str) or msgstr == msgid or _OPTIONS.search(msgstr):
            continue
        text = " ".join(_NOISE.sub("", msgstr).split())
        if len(text.split()) >= 4:
            out.append(text)
    return out


def load_catalogues(folder: Path = DEFAULT_DIR) -> list[Catalogue]:
    """One item per locale with enough translated text; English locales are left out."""
    out = []
    for locale in sorted(p.name for p in folder.iterdir() if (p / "LC_MESSAGES").is_dir()) if folder.is_dir() else []:
        if re.split(r"[_@.]", locale)[0] == "en":
            continue
        messages = list(dict.fromkeys(m for mo in sorted((folder / locale / "LC_MESSAGES").glob("*.mo"))
                                      for m in _messages(mo)))
        parts, size = [], 0
        for m in messages:
            parts.append(m if m[-1] in ".!?。" else m + ".")
            size += len(m) + 1
            if size >= TEXT_CHARS:
                break
        if size >= MIN_CHARS:
            out.append(Catalogue(locale, " ".join(parts)))
    return out


def expected_code(item: Catalogue, macro: dict[str, str]) -> str:
    """The code an archive should give a locale's language: its language subtag, or the
    macrolanguage `macro` names for it (bench/udhr.py's MACRO: `nb` is `no`, `ckb` `ku`)."""
    primary = re.split(r"[_@.]", item.key)[0].lower()
    return macro.get(primary, primary)


if __name__ == "__main__":
    for item in load_catalogues(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR):
        print(f"{item.key:14} {len(item.text):5}")
