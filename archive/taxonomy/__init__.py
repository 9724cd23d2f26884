"""Taxonomies as data plus pure loaders: mechanisms and bodies, the legal-topic
thesaurus, and the gazetteer of countries and Turkish places."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Iterable

from ..search.analysis import fold

HERE = Path(__file__).resolve().parent
# the data the enrichment rules read: editing any of them calls for `hrarchive enrich --all`
DATA_FILES = ("mechanisms.json", "topics.json", "countries.tsv", "tr_places.txt")


@lru_cache(maxsize=1)
def digest() -> str:
    """A digest of the taxonomy's data files (hex): documents enriched with other data
    are stale."""
    h = hashlib.sha256()
    for name in DATA_FILES:
        h.update((HERE / name).read_bytes())
    return h.hexdigest()


def term_specificity(words: tuple[str, ...], open_end: bool) -> tuple[bool, int]:
    """How specific a term is where several match the same words (the larger, the more):
    one written out before one that only begins a word, then the longer last word
    ("kürtaj" before the Kurdish issue's "kürt*")."""
    return (not open_end, len(words[-1]))


@dataclass(frozen=True)
class Body:
    key: str
    mechanism: str
    label_en: str
    label_tr: str
    abbreviations: tuple[str, ...]
    cues: tuple[str, ...]


@dataclass(frozen=True)
class Mechanism:
    key: str
    label_en: str
    label_tr: str
    label_fr: str
    bodies: tuple[Body, ...]
    country: str | None = None  # the state whose institutions these are (national mechanism)


@dataclass(frozen=True)
class Topic:
    key: str
    parent: str | None
    labels: dict[str, str]
    terms: dict[str, tuple[str, ...]]
    instruments: tuple[str, ...]


@dataclass
class Taxonomy:
    mechanisms: dict[str, Mechanism] = field(default_factory=dict)
    bodies: dict[str, Body] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    # Convention article (HUDOC notation: 3, P1-1) -> the concept it protects
    echr_articles: dict[str, str] = field(default_factory=dict)

    def mechanism_of(self, body: str | None) -> str | None:
        b = self.resolve_body(body)
        return b.mechanism if b else None

    @cached_property
    def _body_index(self) -> dict[str, Body]:
        index: dict[str, Body] = {}
        for b in self.bodies.values():
            for name in (b.key, b.label_en, b.label_tr, *b.abbreviations):
                index.setdefault(fold(name), b)
        return index

    def resolve_body(self, value: str | None) -> Body | None:
        """The body called `value` (key, label or abbreviation; case and accents ignored)."""
        if not value:
            return None
        return self._body_index.get(fold(value))

    def resolve_mechanism(self, value: str | None) -> str | None:
        if not value:
            return None
        f = fold(value)
        for m in self.mechanisms.values():
            if f in {fold(m.key), fold(m.label_en), fold(m.label_tr), fold(m.label_fr)}:
                return m.key
        aliases = {"coe": "CoE", "council of europe": "CoE", "ngo": "civil-society", "civil society": "civil-society",
                   "un": "UN", "united nations": "UN", "eu": "EU", "european union": "EU", "national": "national",
                   "organization for security and co-operation in europe": "OSCE",
                   "avrupa guvenlik ve isbirligi teskilati": "OSCE"}
        return aliases.get(f)

    def topic_label(self, key: str, lang: str = "en") -> str:
        t = self.topics.get(key)
        return (t.labels.get(lang) or t.labels.get("en") or key) if t else key

    def articles_of(self, concepts: Iterable[str]) -> list[str]:
        """The Convention articles (HUDOC notation) that protect `concepts`, in article
        order of `echr_articles` (`torture`: 3; `death-penalty`: P6-1 and P13-1). A
        concept without an article of its own is protected by its nearest broader
        concept's (`private-life`: 8, as `privacy`; `coup-attempt`: 15, as `emergency`)."""
        own = set(self.echr_articles.values())
        wanted = set()
        for concept in concepts:
            chain = [concept, *self.topic_ancestors(concept)]
            wanted.add(next((c for c in chain if c in own), concept))
        return [article for article, concept in self.echr_articles.items() if concept in wanted]

    def topic_ancestors(self, key: str) -> list[str]:
        out = []
        t = self.topics.get(key)
        while t and t.parent:
            out.append(t.parent)
            t = self.topics.get(t.parent)
        return out


@lru_cache(maxsize=1)
def load() -> Taxonomy:
    """The taxonomy shipped with the archive (cached)."""
    tax = Taxonomy()
    data = json.loads((HERE / "mechanisms.json").read_text(encoding="utf-8"))
    for m in data["mechanisms"]:
        bodies = tuple(
            Body(b["key"], m["key"], b["label_en"], b.get("label_tr", ""), tuple(b.get("abbreviations", [])),
                 tuple(b.get("cues", [])))
            for b in m["bodies"]
        )
        tax.mechanisms[m["key"]] = Mechanism(m["key"], m["label_en"], m.get("label_tr", ""), m.get("label_fr", ""), bodies,
                                             m.get("country"))
        for b in bodies:
            tax.bodies[b.key] = b
    topics = json.loads((HERE / "topics.json").read_text(encoding="utf-8"))
    tax.echr_articles = {k: v for k, v in topics.get("echr_articles", {}).items() if k != "about"}
    for t in topics["topics"]:
        tax.topics[t["key"]] = Topic(t["key"], t.get("parent"), dict(t["label"]),
                                     {k: tuple(v) for k, v in t["terms"].items()}, tuple(t.get("instruments", [])))
    return tax


@dataclass(frozen=True)
class Place:
    code: str  # ISO 3166 alpha-2
    name: str
    is_turkish_place: bool = False


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166-1 alpha-2
    alpha3: str
    names: dict[str, tuple[str, ...]]  # language -> names, the usual one first


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """ISO 3166-1 alpha-2 code -> Country, from countries.tsv."""
    out: dict[str, Country] = {}
    for line in (HERE / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, en, tr, fr, alpha3 = line.split("\t")
        names = {lang: tuple(n.strip() for n in cell.split("|") if n.strip())
                 for lang, cell in (("en", en), ("tr", tr), ("fr", fr))}
        out[code] = Country(code, alpha3, names)
    return out


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Folded place name -> Place: countries (English, Turkish, French) and Turkish places."""
    out: dict[str, Place] = {}
    for country in countries().values():
        for names in country.names.values():
            for name in names:
                out.setdefault(fold(name), Place(country.code, name))
    for line in (HERE / "tr_places.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        for name in line.split():
            out.setdefault(fold(name), Place("TR", name, is_turkish_place=True))
    return out


@lru_cache(maxsize=1)
def _alpha3() -> dict[str, str]:
    return {c.alpha3: c.code for c in countries().values()}


def alpha2_of(alpha3: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of an alpha-3 code (`TUR` -> `TR`), None if unknown."""
    return _alpha3().get(alpha3.upper())


def country_name(code: str, lang: str = "en") -> str:
    """The name of an ISO 3166 alpha-2 code in `lang` (en, tr, fr; English if there is
    none in that language; the code itself if unknown)."""
    country = countries().get(code)
    if country is None:
        return code
    return (country.names.get(lang) or country.names["en"])[0]


def term_words(term: str, lang: str = "en") -> tuple[tuple[str, ...], bool]:
    """A thesaurus term as folded words, and whether its last word is open-ended.

    A trailing * matches any word ending; Turkish terms always do, since Turkish adds
    case and possessive suffixes to the last word (ifade özgürlüğü -> özgürlüğünün).
    Words are split the way the search tokenizer splits them (ill-treatment -> ill,
    treatment; d'expression -> d, expression).
    """
    from ..search.analysis import words

    return tuple(words(term.rstrip("*"))), term.endswith("*") or lang == "tr"
