"""Turkish translations of judgments and decisions of the European Court of Human Rights
(the Ministry of Justice's, and others on HUDOC), read as ingest.enrich.ecthr reads the
English and French texts, into the same Case.

What the translations print (the Ministry's published format):

- the heading: the section ("İKİNCİ BÖLÜM", "BÜYÜK DAİRE", "4. DAİRE"), then
  "KAYA VE DİĞERLERİ / TÜRKİYE DAVASI" (also "X -TÜRKİYE DAVASI", "X/Türkiye Davası",
  "X v. TÜRKİYE DAVASI", and "X - TÜRKİYE" in capitals without "DAVASI" when the
  application follows at once; a case's number, "(No. 2)" or "(2 No'lu)", before or after
  "DAVASI"), "(Başvuru no. 12345/08)" (or "No."), "KARAR" (or
  "KARARIN ÖZET ÇEVİRİSİ"), "STRAZBURG", the date;
  a decision: "KARAR" (or "KABUL EDİLEBİLİRLİK HAKKINDA KARAR"), "Başvuru no. 12345/08",
  "Ali KAYA / Türkiye", without "DAVASI";
- the operative part: "BU GEREKÇELERLE, MAHKEME, OYBİRLİĞİYLE, 1. Başvurunun kabul
  edilebilir olduğuna; 2. Sözleşme'nin 10. maddesinin ihlal edildiğine; ... karar
  vermiştir.", with "ihlal edilmediğine" for no violation, "6. maddesinin 1. fıkrası"
  (6-1), "1 No'lu Protokol'ün 1. maddesi" (P1-1), "8. maddesiyle bağlantılı olarak 14.
  maddesinin" (14+8), "ayrıca incelenmesine gerek olmadığına" (undecided);
- the delivery: "... 21 Ocak 2014 tarihinde yazılı olarak bildirilmiştir";
- the separate opinions annexed: "Yargıç X'in kısmen muhalif görüşü ... eklenmiştir".

The title is the case's name as the Court titles it in English, as HUDOC titles every
language version of a case ("CASE OF KAYA AND OTHERS v. TURKEY" for "KAYA VE DİĞERLERİ /
TÜRKİYE DAVASI"; a decision's "KAYA v. TURKEY" for "Ali KAYA / Türkiye"): one case has one
name in the archive whatever the language of its text. The translation's own heading is
in its text. The language is `tr`.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Callable

from archive.search.analysis import fold

from .dates import MONTHS, first_date

COURT = "avrupa insan haklari mahkemesi"
_CAPS = "A-ZÇĞİIÖŞÜÂÎÛ"
_SEPARATOR = r"(?:\s*[/\-–—]\s*|\s+v\.\s+)"
# the case's number, before or after "DAVASI": "(No. 2)", "(No.2)", "(No: 2)", "(2 No'lu)"
_NUMBER = r"(?:\s*\(\s*(?:No\s*[.:]?\s*(?P<number>\d{1,2})|(?P<number_tr>\d{1,2})\s*No['’]?\s*lu)\s*\))"
# the heading's section line, which the applicants' names follow (not a ministry's department
# in the translation's notice over it: "... İnsan Hakları Daire Başkanlığı tarafından ...")
_SECTION_WORDS = "BÖLÜM|DAİRE|DAIRE|KOMİTE"
# (a full stop after it where a document site's title runs the heading's lines together: "İKİNCİ DAİRE.
# AHMET YILDIRIM v. TÜRKİYE. (Başvuru no. 3111/10) KARAR STRAZBURG. 18 Aralık 2012")
_SECTION = re.compile(rf"\b(?:{_SECTION_WORDS}|MAHKEMESİ|Bölüm|Daire|Komite)\.?\s+(?=[{_CAPS}])(?!Başkan|BAŞKAN)")
_APPLICATION_WORD = r"\bBaşvuru\s+(?:[nN][oO]|[nN]umaras)"  # "Başvuru no.", "Başvuru No:", "Başvuru numarası"
# the section's line ("İKİNCİ DAİRE", "4. DAİRE", "BÜYÜK DAİRE")
_SECTION_LINE = rf"(?:\d{{1,2}}\.|[{_CAPS}]{{3,12}})\s+(?:{_SECTION_WORDS})"
# "KAYA / TÜRKİYE DAVASI", then "(Başvuru no. ...)", or without DAVASI when the
# application follows at once ("KAYA - TÜRKİYE (Başvuru No. 1234/10)"), or under the section's
# line ("ÇAMDERELİ - TÜRKİYE" / "İKİNCİ DAİRE" / "(Başvuru no. 28433/02)"); the names never
# run over another "- TÜRKİYE" (a law site's "AİHM" / "ÇAMDERELİ - TÜRKİYE" / "İçtihat Metni" over
# the heading)
_CASE = re.compile(rf"(?<!\w)(?P<names>(?!T[ÜU]RK[İI]YE\b)[{_CAPS}](?:(?!{_SEPARATOR}T[ÜU]RK[İI]YE\b).){{0,200}}?){_SEPARATOR}(?P<state>[{_CAPS}][^\s/(]{{2,30}}(?:\s[^\s/(]{{2,30}})?)"
                   rf"(?:{_NUMBER.replace('number', 'before')})?"
                   rf"(?:\s+(?:DAVASI|Davası)\b{_NUMBER.replace('number', 'after')}?(?=.{{0,100}}?{_APPLICATION_WORD})"
                   rf"|(?=\s*(?:{_SECTION_LINE}\s*)?\(\s*{_APPLICATION_WORD}))")
_DECISION = re.compile(rf"{_APPLICATION_WORD}\w*\s*[.:]?\s*[\d/ ,ve]+?\s+(?P<names>[{_CAPS}].{{0,200}}?){_SEPARATOR}"
                       rf"(?P<state>Türkiye|TÜRKİYE|[{_CAPS}][a-zçğıöşü]{{2,20}}|[{_CAPS}]{{3,20}})\b")
_DECISION_WORD = re.compile(r"\bKABUL EDİLEBİLİRLİ\w*|\bKARAR\b")

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = rf"(\d{{1,2}})\s+({_MONTH})\s+((?:19|20)\d\d)"
_STRAZBURG = re.compile(rf"\b(?:strazburg|strasbourg|karar tarihi)\s*[,:]?\s*{_DATE}")
_NOTIFIED = re.compile(rf"{_DATE}\s+tarihinde[^.]{{0,80}}?\b(?:bildirilmistir|teblig edilmistir|okunmustur|aciklanmistir)")
_SITTING = re.compile(rf"{_DATE}\s+tarihinde[^.]{{0,80}}?\b(?:toplan\w*|bir araya gel\w*)")

_OPERATIVE = re.compile(r"\b(?:bu gerekcelerle|bu nedenlerle|bu sebeplerle),?\s+(?:avrupa insan haklari )?mahkeme\b")
_OPERATIVE_END = re.compile(r"\bkarar vermistir\b|\bkarar verir\b|\bhukmeder\b")
_VIOLATION = re.compile(r"\bihlal (?:edildigine|edilmis oldugun[au]|oldugun[au])|\bihlali(?:ne| oldugun[au])\b"
                        r"|\bihlal(?:in)? bulundugun[au]|\byerine getirmedigin[ea]\b")  # "bir ihlal bulunduğuna"; obligations "yerine getirmediğine"
_NO_VIOLATION = re.compile(r"\bihlal (?:edilmedigine|edilmemis oldugun[au]|edilmis olmadigin[au]|olmadigin[au])"
                           r"|\bihlali olmadigin[au]\b|\bihlal(?:in)? bulunmadigin[au]|\byerine getirdigin[ea]\b")
_UNDECIDED = re.compile(r"\bgerek (?:olmadigina|bulunmadigina|gorulmedigine)|\bgerek yoktur\b|\bincelenmesine gerek\b")
# "10. maddesi", "6. maddesinin 1. fıkrası", "6 § 1. maddesi", "1 No'lu Protokol'ün 1. maddesi",
# "10. ve 11. maddeleri", "5 § 1 ve 5 § 4 maddeleri", "5. maddesinin 1. ve 4. fıkraları", "3. fıkrasının
# ve 4. fıkrasının", "6. maddesinin 3 (c) fıkrası" (folded)
_ITEM = r"\d+\s*(?:§\s*\d+\s*)?\.?\s*(?:,|ve)\s*"
_PARA_ITEM = r"\d+\s*\.?\s*(?:\(?[a-e]\)\s*)?(?:(?:fikra|paragraf)\w*\s*)?(?:,|ve)\s*"
_ARTICLE = re.compile(
    r"(?:(?P<protocol>\d+)\s*(?:no\.?\s*'?\s*lu|nolu|numarali)\s+(?:ek\s+)?protokol\S*\s+)?"
    rf"(?P<list>(?:{_ITEM})*)(?P<article>\d+)\s*(?:§\s*(?P<para_sign>\d+))?\s*\.?\s*madde\w*"
    rf"(?:\s+(?P<paras>(?:{_PARA_ITEM})*)(?P<para>\d+)\s*\.?\s*(?:\(?(?P<letter>[a-e])\)\s*)?(?:fikra|paragraf)\w*)?")
_PARA_NUMBER = re.compile(r"(\d+)\s*\.?\s*(?:\(?([a-e])\))?")
_WITH = re.compile(r"^\s*(?:ile\s+)?(?:baglantili olarak|birlikte ele alindiginda|ile birlikte|ile bagl?antili)\s+")


def is_turkish_case(folded_head: str) -> bool:
    return COURT in folded_head or "aihm" in folded_head


def heading(flat: str) -> tuple[str, str, list[str], str | None] | None:
    """(kind, the applicants as the Court's English title names them, respondents, the
    case's number when it has one) of a Turkish translation's heading, or None."""
    from .ecthr import HEAD_CHARS, match_state

    top = flat[:HEAD_CHARS]
    if not re.search(r"DAVASI|Davası|\bKARAR\b", top) or not is_turkish_case(fold(flat[:20000])):
        return None  # (the first test is cheap: most documents stop there)
    start = 0  # after the section line: "AVRUPA İNSAN HAKLARI MAHKEMESİ İKİNCİ DAİRE", its last word
    section = _SECTION.search(top)
    first = _CASE.search(top)
    if section is not None and first is not None and first.end() <= section.start():
        section = None  # (the section named in the text under the heading: "... Mahkemesi (İkinci Bölüm), ...")
    while section is not None:
        start = section.end()
        section = _SECTION.match(top, start) or _SECTION.search(top, start, start + 25)
    case = first if start == 0 else _CASE.search(top, start)
    if case and "DAVASI" not in case.group(0).upper() and not case.group("state").isupper():
        case = None  # without "DAVASI", only a heading in capitals: not "Kavala / Türkiye (Başvuru no. ...) kararı"
    if case:
        found = match_state(case.group("state"))
        if found:
            number = next((n for n in case.group("before", "before_tr", "after", "after_tr") if n), None)
            return "judgment", _applicants(case.group("names")), [found[0]], number
    decision = _DECISION.search(top)
    if decision and _DECISION_WORD.search(top[:decision.start()]):
        found = match_state(decision.group("state"))
        if found:
            return "decision", _applicants(decision.group("names")), [found[0]], None
    return None


# the application's number as the translation's heading gives it, "(Başvuru no. 21377/03)", or its
# first paragraph, "... aleyhine açılan (21377/03 no'lu) davanın ..."
_APPLICATION = re.compile(rf"\(\s*{_APPLICATION_WORD}\w*\s*[.:]?\s*(?P<heading>[^()]{{4,200}})\)"
                          r"|\baçılan\s+\((?P<origin>[^()]{4,200}?)\s*no['’]?\s*lu\)")


def application_numbers(flat: str) -> list[str]:
    """The application numbers of a translation's heading, or of its first paragraph where the
    heading lost them (a document site's copy: "(Başvuru no /03)"), within the head."""
    from archive.identifiers import application_numbers as numbers

    from .ecthr import HEAD_CHARS

    matches = list(_APPLICATION.finditer(flat[:HEAD_CHARS * 2]))
    found = [n for m in matches for n in numbers(m.group("heading") or "")] \
        or [n for m in matches for n in numbers(m.group("origin") or "")]
    return list(dict.fromkeys(found))


def _applicants(names: str) -> str:
    """The applicants as the Court's English titles name them: "YILMAZ VE DİĞERLERİ" is
    YILMAZ AND OTHERS, "Mehmet DEMİR" is DEMİR (by surnames, as English decisions are)."""
    from .ecthr import surnames

    names = re.sub(r"\s+", " ", names).strip(" -–/")
    # (a law site's lines over the heading, the court's initials last: "... Arama Yardımı" /
    # "AİHM" / "ZEKİ BAYHAN - TÜRKİYE DAVASI": what comes before the applicants)
    names = re.sub(r"^.*\b(?:AİHM|AIHM|ECHR|ECtHR|CEDH)\s+(?=\S)", "", names)
    # (a stray full stop after the last name, not an initial's: "ERCÜMENT YILDIZ. - TÜRKİYE DAVASI")
    names = re.sub(r"(?<=[^\W\d_]{2})\.$", "", names)
    names = re.sub(r"\b(?:ve|VE)\s+(?:diğerleri|Diğerleri|DİĞERLERİ)\b", "and Others", names)
    names = re.sub(r"\b(?:ve|VE)\b", "and", names)
    # in Turkish capitals a dotted i is İ ("Demir" is DEMİR): marking each i so tells
    # ecthr.upper the name is Turkish, and a word that was not in capitals stays so
    return surnames(names.replace("i", "İ"), french=False)


# the respondent States whose name in the Court's English titles is not the gazetteer's
# usual one
_COURT_NAMES = {"GB": "the United Kingdom", "NL": "the Netherlands", "CZ": "the Czech Republic",
                "MD": "the Republic of Moldova", "RU": "Russia"}
RENAMED = dt.date(2022, 6, 1)  # Turkey is Türkiye in the Court's English texts from then


def title(kind: str, applicants: str, respondents: list[str], date: dt.date | None, number: str | None = None) -> str:
    """The case's English title, as HUDOC gives every language version of it: "CASE OF
    X v. TURKEY" for a judgment, "X v. TURKEY" for a decision, "(No. 2)" after it for a
    case's second judgment; Türkiye by the name the Court used on the day of delivery
    (TÜRKİYE when that is not known)."""
    from archive.taxonomy import country_name

    from .ecthr import upper

    def state(code: str) -> str:
        if code == "TR":
            return "TURKEY" if date is not None and date < RENAMED else "TÜRKİYE"
        return upper(_COURT_NAMES.get(code) or country_name(code, "en"))

    name = f"{applicants} v. {' AND '.join(state(code) for code in respondents)}" + (f" (No. {number})" if number else "")
    return f"CASE OF {name}" if kind == "judgment" else name


def delivery_date(folded: str, kind: str) -> dt.date | None:
    """The date of delivery, from the folded text."""
    head, tail = folded[:6000], folded[-3000:]
    order = ([_SITTING.search(head), _STRAZBURG.search(head), _NOTIFIED.search(tail)] if kind == "decision"
             else [_STRAZBURG.search(head), _NOTIFIED.search(tail), _SITTING.search(head)])
    return first_date(order)


def _references(clause: str, pair: Callable[[str, str], str]) -> list[str]:
    """Article codes named in a folded clause, an article taken with another joined."""
    out: list[str] = []
    matches = list(_ARTICLE.finditer(clause))
    i = 0
    while i < len(matches):
        m = matches[i]
        if i + 1 < len(matches) and (_WITH.match(clause[m.end():]) or _with_before_finding(clause, matches[i + 1])):
            # "8. maddesiyle bağlantılı olarak 14. maddesinin", and "14. maddesinin 8. maddesiyle
            # bağlantılı olarak ihlal edildiğine"
            out.append(pair(_codes(m)[-1], _codes(matches[i + 1])[-1]))
            i += 2
            continue
        out += _listed(m) + _codes(m)
        i += 1
    return out


def _with_before_finding(clause: str, m: re.Match[str]) -> bool:
    """An article followed by "ile bağlantılı olarak" and then the finding (no article
    after it): the article the one before it is taken with."""
    w = _WITH.match(clause[m.end():])
    return w is not None and re.match(r"\s*(?:bir\s+)?ihlal", clause[m.end() + w.end():]) is not None


def _codes(m: re.Match[str]) -> list[str]:
    """The codes of one reference: the article, or each of its paragraphs."""
    article = m.group("article")
    base = f"P{m.group('protocol')}-{article}" if m.group("protocol") else article
    if m.group("para_sign"):
        return [f"{base}-{m.group('para_sign')}"]
    if not m.group("para"):
        return [base]
    paras = [(n, letter) for n, letter in _PARA_NUMBER.findall(m.group("paras") or "")]
    paras.append((m.group("para"), m.group("letter") or ""))
    return [f"{base}-{n}" + (f"-{letter}" if letter else "") for n, letter in paras]


def _listed(m: re.Match[str]) -> list[str]:
    """The articles listed before the last ("10. ve 11. maddeleri": 10; "5 § 1 ve 5 § 4
    maddeleri": 5-1)."""
    prefix = f"P{m.group('protocol')}-" if m.group("protocol") else ""
    return [prefix + n + (f"-{para}" if para else "")
            for n, para in re.findall(r"(\d+)\s*(?:§\s*(\d+))?", m.group("list") or "")]


def _operative(folded: str) -> re.Match[str] | None:
    """Where the operative part begins: the last "bu gerekçelerle, Mahkeme" (the words
    also end paragraphs of the reasoning)."""
    found = list(_OPERATIVE.finditer(folded))
    return found[-1] if found else None


_POINT_NUMBER = re.compile(r"^\s*\d{1,2}\s*\.\s*")


def conclusions(flat: str, folded: str, pair: Callable[[str, str], str]) -> list[tuple[str | None, str, str]]:
    """The operative part's conclusions as (article, outcome, the point's text), from
    the text and its folded form."""
    start = _operative(folded)
    if start is None:
        return []
    end_m = _OPERATIVE_END.search(folded, start.end())
    span = slice(start.end(), end_m.end() if end_m else start.end() + 8000)
    operative = folded[span]
    # the evidence quotes the text as written where folding kept its length (as it does
    # for Turkish, written with precomposed letters)
    original = flat[span].split(";") if len(folded) == len(flat) else None
    out: list[tuple[str | None, str, str]] = []
    for i, clause in enumerate(operative.split(";")):  # each point ends with a semicolon
        clause = _POINT_NUMBER.sub("", clause).strip(" ,.")
        if not clause:
            continue
        evidence = (_POINT_NUMBER.sub("", original[i]).strip(" ,.") if original else clause)[:300]
        if re.search(r"\b(?:talebi|itirazi)\w*\s+(?:\w+\s+){0,2}redd", clause):
            continue  # the Government's request to strike out, or objection, dismissed ("talebinin reddine")
        if re.search(r"\b(?:kayittan|listeden) (?:dusur|cikar)", clause):  # "kayıttan düşürülmesine / çıkarılmasına"
            out.append((None, "struck-out", evidence))
        if re.search(r"\bkabul edilemez", clause):
            out.append((None, "inadmissible", evidence))
        if re.search(r"\bkabul edilebilir(?! olmadig)", clause):
            out.append((None, "admissible", evidence))
        if _UNDECIDED.search(clause):
            continue
        outcome = "no-violation" if _NO_VIOLATION.search(clause) else "violation" if _VIOLATION.search(clause) else None
        if outcome:
            out += [(code, outcome, evidence) for code in _references(clause, pair)]
    return out


# the separate opinions the translation says are annexed, after the operative part: "...
# Mahkeme İçtüzüğü'nün 74 § 2 maddesi uyarınca, Yargıç Kūris'in kısmen muhalif görüşü işbu
# karara eklenmiştir", "Yargıçlar Sajó ve Tsotsoria'nın ortak muhalefet şerhi"
_OPINION = re.compile(
    r"\b(?:Yargıçlar|Yargıç|Hâkimler|Hâkim|Hakimler|Hakim)\s+[^;.()\n]{2,120}?['’](?:n?[ıiuü]n)\s+"
    r"(?:(?:ortak|kısmen|kismen|kısmi)\s+)*(?:(?:muhalif|ayrık|ayrı|mutabık|katılan|farklı)(?:\s+kalan)?\s+(?:görüşü|görüşleri|gerekçesi|oyu)"
    r"|muhalefet şerhi)")
_ANNEXED = re.compile(r"\b(?:ekte|eklenmi\w*|ekli|ilişikte|ilişik)\b")


def opinions(flat: str, folded: str) -> list[str]:
    """The separate opinions annexed, as the translation names them."""
    start = _operative(folded)
    if start is None:
        return []
    zone = flat[start.end():start.end() + 12000]
    out: list[str] = []
    for m in _OPINION.finditer(zone):
        if _ANNEXED.search(zone, m.end(), m.end() + 200) or _ANNEXED.search(zone, max(0, m.start() - 200), m.start()):
            text = re.sub(r"\s+", " ", m.group())
            if text not in out:
                out.append(text)
    return out


_FORMATIONS = ((re.compile(r"\bbuyuk daire\b"), "Grand Chamber"), (re.compile(r"\bkomite\b"), "Committee"),
               (re.compile(r"\bdaire\b"), "Chamber"))


def formation(folded: str) -> str | None:
    """Grand Chamber, Committee or Chamber, from the heading and the sitting ("Daire
    halinde toplanan", "Komite halinde"), in the folded text."""
    head = folded[:4000]
    sitting = re.search(r"\b(?:buyuk daire|komite|daire) halinde\b", head)
    zone = sitting.group() if sitting else head[:600]
    for rx, name in _FORMATIONS:
        if rx.search(zone):
            return name
    return None


# a sentence saying what a complaint was made under ("Başvuran, Sözleşme'nin 10. maddesine
# dayanarak ... şikâyet etmektedir"), folded
_COMPLAINT = re.compile(r"\b(?:dayanarak|uyarinca|kapsaminda|cercevesinde)\b.{0,200}?\b(?:sikayet|iddia|ileri sur)\w*")


# an article of another law, named before it ("Anayasa'nın 17. maddesi", "Ceza Muhakemesi
# Kanunu'nun 100. maddesi"), folded
_OTHER_LAW = re.compile(r"\b(?:anayasa|kanun|yasa|tuzuk|yonetmelik|tck|cmk|hmk)\w*(?:'\w+)?\s+$")
# what was argued before the Constitutional Court or on appeal at home ("Anayasa
# Mahkemesine bireysel başvuruda bulunarak", "itiraz etmiş", "temyiz etmiş")
_DOMESTIC = re.compile(r"\banayasa mahkemesi\w*(?:'\w+)?\s+(?:\w+\s+){0,2}bireysel basvuru|"
                       r"\b(?:itiraz|temyiz)\s+(?:etmis|etti|ederek)\w*")


def _without_other_laws(sentence: str) -> str:
    """The sentence with the articles of other laws blanked out."""
    for m in _ARTICLE.finditer(sentence):
        if _OTHER_LAW.search(sentence[max(0, m.start() - 60):m.start()]):
            sentence = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
    return sentence


def complaint_articles(folded: str, pair: Callable[[str, str], str]) -> list[tuple[str, str]]:
    """(article code, sentence) of the articles a decision's complaints were made under,
    before its operative part, in the folded text: not a cited case's ("davası"), nor
    what was argued at home, nor another law's articles."""
    operative = _operative(folded)
    reasoning = folded[:operative.start()] if operative else folded
    out: list[tuple[str, str]] = []
    for sentence in re.split(r"(?<=[a-z)][.;])\s+", reasoning):  # not after "10."
        if "basvuran" in sentence and _COMPLAINT.search(sentence) and "davasi" not in sentence \
                and not _DOMESTIC.search(sentence):
            out += [(code, sentence[:300]) for code in _references(_without_other_laws(sentence), pair)]
    return out
