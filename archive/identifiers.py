"""Identifiers in text: UN symbols, special procedures communications, ECtHR application
numbers, ECLI, CPT, Venice Commission, Commissioner, Committee of Ministers, GRECO, GRETA,
the Lanzarote Committee, PACE (its texts adopted and its documents), the Congress of Local and
Regional Authorities,
EU references (the European Parliament's questions too), the Turkish Constitutional Court's decisions, Turkish laws.

Pure code: `find_identifiers(pages)` returns every occurrence with its page, normalised
so that "cites" and "cited by" are joins on (scheme, value).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

UN_PREFIXES = ("A", "E", "S", "CAT", "CCPR", "CEDAW", "CRC", "CERD", "CRPD", "CMW", "CED", "HRI")

# (the UN covers' months in English, French and Spanish)
COVER_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|janvier"
                "|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
                "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre")

# A UN symbol: a known first element, then at least two more slash-separated parts (a
# special session's "S-17": "A/HRC/S-17/2/Add.1").
UN_SYMBOL = re.compile(
    r"(?<![\w/])(?:" + "|".join(UN_PREFIXES) + r")(?:/(?:[A-Z]-\d+|[A-Z][A-Za-z]*\.?\d*|\d+(?:-\d+)?|[A-Z]+\.\d+))"
    r"(?:/(?:[A-Z]-\d+|[A-Z][A-Za-z]*\.?\d*|\d+(?:-\d+)?|[A-Z]+\.\d+|Add\.\d+|Corr\.\d+|Rev\.\d+)){1,8}"
    # (its end: no letter, slash or number's part after it; nor "Add" before its number, when a
    # converter ran the next word into the number, "A/HRC/35/22/Add.3Advance unedited version":
    # the symbol ends with the number, not read "A/HRC/35/22/Add"; not a month, whose day the
    # number's last digits may be: "A/HRC/35/227June 2017" is left unread)
    r"(?:(?![\w/]|\.\d)|(?<=\d)(?=[A-Z][a-z])(?!(?i:" + COVER_MONTHS + r")))"
)
_APP_NUMBER = re.compile(r"(?<![\d/.])(\d{3,6})/(\d{2})(?![\d/])")
# An application's number follows the word for it: English, French, Turkish, and the
# languages the Court's judgments are translated into on HUDOC (Italian "Ricorso n.",
# Spanish "Demanda nº", Portuguese "Queixa n.º", German "Beschwerde Nr.", Romanian
# "Cererea nr.", Polish "Skarga nr", Russian "Жалоба №", Ukrainian "Заява №", Bulgarian
# "Жалба №", Greek "Προσφυγή υπ' αριθ.", Armenian "Գանգատ թիվ", Azerbaijani "Ərizə №",
# Georgian "განაცხადი №", Croatian and Bosnian "Zahtjev br.", Serbian "Predstavka br.",
# Albanian "Kërkesa nr.", Czech "Stížnost č.", Slovak "Sťažnosť č.", Hungarian
# "Kérelem", Slovenian "Pritožba št.", Dutch "Verzoekschrift nr."); abbreviated "App. No." and,
# as third-party interveners head their submissions, "App No. 208/18"
_APP_WORDS = (r"applications?|app\.|appl\.|app(?=\s+nos?\b)|requêtes?|req\.|başvuru|başvurular|ricors[oi]|demandas?|queixas?"
              r"|\w*beschwerden?|cerer(?:ea|ile|e)|skarg[ai]|жалоб[аы]|заяв[аи]|жалб[аи]|προσφυγ(?:ή|ές|η|ες)"
              r"|գանգատ\w*|ərizə|განაცხად\w*|zahtjevi?|predstavk[ae]|kërkes(?:a|at)|stížnost|sťažnosť|kérelem"
              r"|pritožb[ae]|verzoekschrift|\bb\.\s?(?=no\b)")  # "B. No: 28749/18" (Başvuru No., as Turkish courts cite)
_APP_MARKS = (r"no:|nos?\.?|n\.?\s?[º°]|n[°o]s?\.?|nn?\.|nr\.?|№|br\.|č\.|št\.|(?:υπ['’]\s*)?αριθ\.?"
              r"|թիվ|numaras[ıi]")
_APP_CONTEXT = re.compile(rf"(?:{_APP_WORDS})\s*(?:{_APP_MARKS})?", re.IGNORECASE)
# ... or the case it is the application of, cited as the Court cites one: "Kavala v.
# Turkey, no. 28749/18", "Mamatkulov and Askarov v. Turkey [GC], nos. 46827/99 and
# 46951/99", "Öcalan v. Turkey (no. 2), nos. ...", "Kaya v. Turkey (dec.), no. ...",
# "Kaya c. Turquie, no 1234/05" (what lies between "v." and "no." holds no digit but a
# case's own number)
_CITED_CASE = re.compile(r"\b[vc]\.\s+[^;()\[\]\d]{2,80}?(?:\s*\((?:[^()\d]{1,30}|[Nn][o°]\.?\s*\d{1,2})\))*"
                         r"(?:\s*\[GC\])?\s*[,(]\s*(?:nos?\.?|n[o°]s?\.?|n\s?[º°]s?)\s*")
# what may stand between the word and its numbers: other numbers, and "and" in those languages
_APP_BETWEEN = re.compile(r"[\s\d/,;.&()]*(?:(?:and|ve|et|e|y|i|и|і|und|și|si|oraz|και|en|és|dhe|u|a)[\s\d/,;.]*)*")
_ECLI = re.compile(r"\bECLI:[A-Z]{2}:[A-Z0-9]+:\d{4}:[A-Z0-9.]+\b", re.IGNORECASE)
_PAREN_REF = {
    "cpt": re.compile(r"\bCPT/Inf\s*(?:/C)?\s*\(\s*(\d{4})\s*\)\s*(\d+)", re.IGNORECASE),
    # (and its working documents and plenary minutes: "CDL(2017)003", "CDL-PL-PV(2015)003")
    "venice": re.compile(r"\bCDL(?:-(AD|REF|PI|INF|PL-PV))?\s*\(\s*(\d{4})\s*\)\s*(\d+)", re.IGNORECASE),
    "coe-commdh": re.compile(r"\bCommDH\s*\(\s*(\d{4})\s*\)\s*(\d+)", re.IGNORECASE),
    # the Committee of Ministers' resolutions, decisions and information documents, and the
    # documents distributed at its human-rights meetings ("DH-DD(2022)45")
    # (and the agendas of its meetings, "CM/Del/OJ/DH(2009)1065"); a meeting's decision on
    # one item of its agenda by the item ("CM/Del/Dec(2024)1501/H46-34", "CM/Del/Dec(2019)1348/4.1")
    # (and its own documents, "CM(2012)168", a report or a proposal put to the Deputies; a
    # space after the slash as HUDOC's copy of a resolution has it, "CM/ ResDH (2020)174")
    "coe-cm": re.compile(r"\b(CM/ ?(?:ResDH|Res|Rec|Del/Dec|Del/OJ/DH|Del/OJ|Inf/DH)|DH-DD|CM)\s*\(\s*(\d{4})\s*\)\s*(\d+)"
                         r"(?:/((?:H46-)?\d{1,3}(?:\.\d{1,2})?)(?![\w.]|-\d))?", re.IGNORECASE),
    # ECRI's reports and conclusions ("CRI(2016)37"), GREVIO's ("GREVIO/Inf(2018)6")
    "coe-ecri": re.compile(r"(?<![\w/-])CRI\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
    "coe-grevio": re.compile(r"\bGREVIO/Inf\s*\(\s*(\d{4})\s*\)\s*(\d+)", re.IGNORECASE),
    # GRECO's evaluation and compliance reports ("GrecoEval4Rep(2016)2", "GrecoRC4(2019)10")
    "coe-greco": re.compile(r"\b(Greco(?:Eval\d?Rep|RC\d?|AdHocRep)?)\s*\(\s*(\d{4})\s*\)\s*(\d+)", re.IGNORECASE),
    # GRETA's reports on the anti-trafficking convention ("GRETA(2019)11"), and its Committee
    # of the Parties' recommendations to a State on them ("CP/Rec(2024)11")
    "coe-greta": re.compile(r"(?<![\w/])(GRETA|CP/Rec)\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
    # the Lanzarote Committee's documents ("T-ES(2017)12", its implementation reports and
    # opinions; "T-ES(2022)11_en final")
    "coe-lanzarote": re.compile(r"\bT-ES\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
    # the Congress of Local and Regional Authorities' documents, by its session and number
    # ("CG(17)10"), its session, year and number ("CG38(2020)08prov"), or its year, session and
    # number ("CG(2022)42-14final"); its chambers' ("CPL(30)2", "CPR(30)3")
    "coe-cg": re.compile(r"(?<![\w/-])(CG|CPL|CPR)(\d{1,2})?\s*\(\s*(\d{1,2}|(?:19|20)\d\d)\s*\)\s*(\d{1,3})(?:-(\d{1,3}))?"
                         r"(?=final|prov|rev|\b)"),
    "eu-swd": re.compile(r"\bSWD\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
    # (before 2012 the Commission's staff working documents were SEC documents: "SEC(2006)
    # 1390", the Turkey 2006 Progress Report)
    "eu-sec": re.compile(r"\bSEC\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
    "eu-com": re.compile(r"\bCOM\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
    # a joint communication of the Commission and the High Representative
    "eu-join": re.compile(r"\bJOIN\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
    "eu-ep": re.compile(r"\bP(\d{1,2})_TA(?:-PROV)?\s*\(\s*(\d{4})\s*\)\s*(\d+)"),
}
# EUR-Lex's CELEX number of a Commission document (sector 5, its year, its type, its
# number): "52023SC0696" is SWD(2023) 696, "DC" and "PC" COM, "JC" JOIN.
_CELEX = re.compile(r"(?:(?<=%3A)|(?<![\w]))5((?:19|20)\d\d)(SC|DC|PC|JC)(\d{4})(?:\(\d\d\))?(?!\w)")
_CELEX_SCHEMES = {"SC": ("eu-swd", "SWD"), "DC": ("eu-com", "COM"), "PC": ("eu-com", "COM"), "JC": ("eu-join", "JOIN")}
_GRECO_SERIES = {k.lower(): k for k in ("Greco", "GrecoEval1Rep", "GrecoEval2Rep", "GrecoEval3Rep", "GrecoEval4Rep",
                                         "GrecoEval5Rep", "GrecoRC1", "GrecoRC2", "GrecoRC3", "GrecoRC4", "GrecoRC5",
                                         "GrecoAdHocRep")}
_CM_SERIES = {k.lower(): k for k in ("CM/ResDH", "CM/Res", "CM/Rec", "CM/Del/Dec", "CM/Del/OJ/DH", "CM/Del/OJ", "CM/Inf/DH",
                                      "DH-DD", "CM")}
# Amnesty International's index numbers, which head its documents and cite them ("Index: EUR
# 44/5678/2017", "AI Index: EUR 44/001/2005", "Index number: EUR 44/159/1996"): the region's
# code, the country's or the theme's (44 is Türkiye), the number and the year
# (before 1996 the year in two figures, read after the label only: "(AI Index: EUR 44/86/94)")
_AMNESTY_REGIONS = ("AFR", "AMR", "ASA", "EUR", "MDE", "IOR", "POL", "ACT", "ORG", "NWS")
_AMNESTY_INDEX = re.compile(rf"\b({'|'.join(_AMNESTY_REGIONS)})\s?(\d{{2}})/(\d{{3,4}})/((?:19|20)\d\d)(?![\d/])"
                            rf"|(?<=(?i:index): )({'|'.join(_AMNESTY_REGIONS)})\s?(\d{{2}})/(\d{{2,4}})/(\d\d)(?![\d/])")
# the Ministers' Deputies' notes on an item of a meeting's agenda: the meeting, the item
# ("CM/Notes/1419/H46-32", "CM/Notes/761/4.4")
_CM_NOTES = re.compile(r"\bCM/Notes/(\d{3,4})/((?:H46-)?\d{1,3}(?:\.\d{1,2})?)(?![\w.])", re.IGNORECASE)
# A special procedures communication's reference: AL (allegation letter), UA (urgent
# appeal), OL (other letter), J for joint; the States' ISO alpha-3 codes (OTH: none).
_UN_COMMUNICATION = re.compile(r"(?<![\w/])(J?(?:AL|UA|OL)|JUAL) +((?:[A-Z]{3} +){1,3}?)(\d{1,3}) */ *((?:19|20)\d\d)(?![\w/])")
# ... and in the older form, the mandates' own codes between the kind and the State ("REFERENCE:
# UA Housing (2000-9) Food (2000-9) G/SO 214 (53-24) SYR 3/2014", until 2016): "UA SYR 3/2014"
# (not the newer form, which _UN_COMMUNICATION reads: "AL TUR 10/2020")
_UN_COMMUNICATION_OLD = re.compile(r"\b(?:REFERENCE|Reference|RÉFÉRENCE|Référence)\s*:\s*(J?(?:AL|UA|OL)|JUAL)\s+"
                                   r"(?![A-Z]{3} +\d)[^\n]{0,160}?\b([A-Z]{3}) +(\d{1,3}) */ *((?:19|20)\d\d)(?![\w/])")
_PACE = re.compile(r"\b(Resolution|Recommendation|Résolution|Recommandation)\s+(\d{3,4})\s*\((\d{4})\)")
_PACE_KIND = {"Résolution": "Resolution", "Recommandation": "Recommendation"}  # (its French texts' numbers, in English)
# The Parliamentary Assembly's working documents (its committees' reports, addenda,
# opinions): "Doc. 14282", "Doc. 14282 Add." (an addendum; "Add. 2" when there are several)
_PACE_DOC = re.compile(r"(?<![\w.])Doc\.\s?(\d{4,5})(?:\s?(Add)\.?(?:\s?(\d{1,2}))?)?(?![\w/-]|\.\d)")
# ... and its committees' documents, by the committee, the year and the number, a synopsis of
# a meeting's "CB", an agenda's "OJ", minutes' "PV" before it ("AS/Mon (2016) CB 08", "AS/Jur
# (2019) 12", "AS/Bur (2017) 45")
_PACE_COMMITTEE_DOC = re.compile(r"(?<![\w/])AS/([A-Z][a-z]{1,5})\s?\(\s?((?:19|20)\d\d)\s?\)\s?"
                                 r"((?:CB|OJ|PV)\s?)?(\d{1,3})(?![\w/])")
# The European Parliament's questions to the Commission, the Council or the High
# Representative: written ("E-004015/2020"), priority ("P-001883/2017", printed "P-001883-17"
# in 2017), oral ("O-000045/2021")
_EP_QUESTION = re.compile(r"(?<![\w/-])([EPO])-(\d{6})[/-]((?:19|20)\d\d|\d\d)(?![\w/-])")
_TR_LAW = re.compile(
    r"(?:\bLaw\s+No\.?\s*(\d{3,4})\b|\b(\d{3,4})\s+say[ıi]l[ıi]\s+(?:Kanun|Yasa)\b(?!\s+H[üu]km))", re.IGNORECASE)
_TR_DECREE = re.compile(
    r"(?:\bDecree[- ]Law\s+No\.?\s*(\d{3,4})\b|\b(\d{3,4})\s+say[ıi]l[ıi]\s+(?:Kanun\s+H[üu]km[üu]nde\s+Kararname|KHK)\b"
    r"|\bKHK\s*(?:No\.?\s*)?(\d{3,4})\b)", re.IGNORECASE)
# The Constitutional Court's decisions: an individual application by its number, year
# first ("(Başvuru Numarası: 2016/24912)" in brackets under the applicant's name: the
# Ombudsman's and the equality institution's decisions print their own "Başvuru Numarası :
# 2021/872" on a line of its own; cited "B. No: 2016/24912"; the Court has taken
# applications since 2012, and two digits after the slash would be an ECtHR number's
# year, "B. No: 2012/10"); a decision on a law by its docket and decision numbers
# ("E.2022/7, K.2022/79", as it is cited; headed "Esas Sayısı : 2022/7" / "Karar Sayısı :
# 2022/79").
# (its English translations: "(Application no. 2016/24912)", "(Application Number: 2014/6128)",
# year first, unlike an ECtHR number)
_TR_AYM = re.compile(r"(?:\(\s*Başvuru\s+Numarası\s*:\s*((?:19|20)\d\d/\d{1,6})|\bB\.\s?No\s*:?\s*(20[12]\d/(?:\d|\d{3,6}))"
                     r"|\(\s*Application\s+(?:no\.?|number)\s*:?\s*(20[12]\d/(?:\d|\d{3,6}))\s*\))"
                     r"(?![\d/])", re.IGNORECASE)
# (and the Court's English pages as its decisions database prints them in table cells: the
# number alone on its line after its label, "Application No: 2013/7800", under the Court's
# name, "CONSTITUTIONAL" / "COURT" (not another institution's application, which the label
# alone may number too))
_TR_AYM_LABEL = re.compile(r"^[^\S\n]*Application\s+(?:No|Number)\s*:\s*(20\d\d/\d{1,6})[^\S\n]*$",
                           re.IGNORECASE | re.MULTILINE)
_CONSTITUTIONAL_COURT = re.compile(r"\bconstitutional\s+court\b|\banayasa\s+mahkemesi\b", re.IGNORECASE)
# (every Turkish high court cites by "E.", "K.": the Constitutional Court's are "AYM, E. ...")
_TR_AYM_NORM = re.compile(r"\bAYM\s*,?\s*E\.\s?((?:19|20)\d\d/\d{1,4}),?\s*K\.\s?((?:19|20)\d\d/\d{1,4})(?![\d/])"
                          r"|^\s*Esas\s+Say[ıi]s[ıi]\s*:\s*((?:19|20)\d\d/\d{1,4})\s*\n\s*Karar\s+Say[ıi]s[ıi]\s*:\s*"
                          r"((?:19|20)\d\d/\d{1,4})\s*$", re.IGNORECASE | re.MULTILINE)

# Identifiers in the first characters of page 1 are the document's own.
OWN_ZONE_CHARS = 400

# What a page must contain for a scheme's pattern to have a chance: each pattern is a
# scan of the whole page, a substring test a fraction of that, and most pages have no
# reference of most schemes. Every match contains one of its scheme's needles, as is
# for case-sensitive patterns, case-folded for the others.
_NEEDLES: dict[str, tuple[str, ...]] = {
    "un-symbol": ("/",),
    "eu-swd": ("SWD",),
    "eu-sec": ("SEC",),
    "eu-com": ("COM",),
    "eu-join": ("JOIN",),
    "celex": ("SC", "DC", "PC", "JC"),
    "eu-ep": ("_TA",),
    "pace": ("Resolution", "Recommendation", "Résolution", "Recommandation"),
    "pace-doc": ("Doc.", "AS/"),
    "coe-ecri": ("CRI",),
    "coe-cg": ("CG", "CPL", "CPR"),
    "un-communication": ("AL ", "UA ", "OL "),
    "amnesty-index": _AMNESTY_REGIONS,
    "eu-ep-question": ("E-", "P-", "O-"),
}
_FOLDED_NEEDLES: dict[str, tuple[str, ...]] = {
    "ecli": ("ecli:",),
    # the context a number needs, before it
    "ecthr-application": ("application", "app.", "app no", "appl.", "requête", "req.", "başvuru", "ricors", "demanda", "v. ", "c. ", "b. no", "b.no",
                          "queixa", "beschwerde", "cerer", "skarg", "жалоб", "заяв", "жалб", "προσφυγ", "գանգատ",
                          "ərizə", "განაცხად", "zahtjev", "predstavk", "kërkes", "stížnost", "sťažnosť", "kérelem",
                          "pritožb", "verzoekschrift"),
    "cpt": ("cpt/inf",),
    "venice": ("cdl",),
    "coe-commdh": ("commdh",),
    "coe-cm": ("cm/", "dh-dd", "cm("),
    "coe-grevio": ("grevio/inf",),
    "coe-greta": ("greta", "cp/rec"),
    "coe-lanzarote": ("t-es",),
    "coe-greco": ("greco",),
    "tr-law": ("law", "sayıl", "sayil"),
    "tr-aym": ("başvuru numaras", "b. no", "b.no", "aym", "esas say", "application no", "application number"),
    "tr-decree": ("decree", "sayıl", "sayil", "khk"),
}


_ALL_SCHEMES = frozenset({*_NEEDLES, *_FOLDED_NEEDLES})


def _schemes_present(text: str) -> set[str]:
    """The schemes whose needles `text` contains (all of them may still not match)."""
    folded = text.casefold().replace("\u0307", "")  # "SAYİLİ" folds to "sayi\u0307li\u0307"
    return {scheme for scheme, needles in _NEEDLES.items() if any(n in text for n in needles)} | {
        scheme for scheme, needles in _FOLDED_NEEDLES.items() if any(n in folded for n in needles)}


@dataclass(frozen=True)
class Found:
    scheme: str
    value: str  # normalised
    raw: str
    page: int
    offset: int
    on_heading: bool = True  # on a short line, or opening its line (not running text)

    @property
    def key(self) -> tuple[str, str]:
        return (self.scheme, self.value)


_BROKEN_SYMBOL = re.compile(r"(?<=[A-Za-z0-9.])\s*/\s*\n\s*|\s*\n\s*/(?=[A-Za-z0-9])")
# What every match of _BROKEN_SYMBOL contains: a slash and a line end with only space
# between. It starts with a literal character, so the regex engine finds it by a quick
# scan (the pattern above starts with space, and is tried at every space of a page).
_BROKEN_HINT = re.compile(r"/\s*\n|\n\s*/")


def _join_broken_symbols(text: str) -> str:
    # "CAT/C/TUR/\nCO/4" and "CAT/C/TUR\n/CO/4": symbols broken at a line end; a treaty
    # body's letters spaced apart by a converter ("C AT/C/SR.2123"); a cover whose lines a
    # converter ran together ("Distr. GENERALCAT/C/SR.55713 May 2003Original: ENGLISH")
    text = unglue_cover(text)
    if any(split in text for split in _SPACED_SPLITS):
        text = _SPACED_PREFIX.sub(lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in _TREATY_PREFIXES
                                  else m.group(), text)
    return _BROKEN_SYMBOL.sub("/", text) if _BROKEN_HINT.search(text) else text


_GLUED_HINT = re.compile(r"(?i:general)(?=(?:" + "|".join(UN_PREFIXES) + r")/)")
_GLUED_SYMBOL = re.compile(r"(?<=[Gg][Ee][Nn][Ee][Rr][Aa][Ll])(?:" + "|".join(UN_PREFIXES) + r")/\S*?"
                           r"(?:(?P<digits>\d+)(?= (?:" + COVER_MONTHS + r") (?:19|20)\d\d)|(?=[^\w/.-]|$|Original\b|Orig\.))",
                           re.IGNORECASE)

_GLUED_DATE = re.compile(r"^[^\S\n]*(?:" + "|".join(UN_PREFIXES) + r")/\S*?(?P<digits>\d+)(?= (?:" + COVER_MONTHS
                         + r") (?:19|20)\d\d)", re.IGNORECASE | re.MULTILINE)


def unglue_cover(text: str) -> str:
    """A cover's symbol apart from the distribution line before it and the date after it,
    where a converter ran the lines together: "GENERALCAT/C/SR.55713 May 2003" is
    "GENERAL CAT/C/SR.557 13 May 2003". Which digits are the day is told by the symbol as
    the text cites it elsewhere ("CAT/C/SR.557/Add.1"); when it does not tell, the date is
    left on it (the symbol is then not read, rather than read wrong)."""

    def day(m: re.Match[str]) -> int | None:
        # the day's digits: the only reading that leaves the symbol a number and gives a
        # day ("HRI/CORE/TUR/20078 July 2008": 8, not 78), else the one the symbol as the
        # text cites it tells
        token, digits = m.group(), m.group("digits")
        valid = [k for k in (1, 2) if len(digits) > k and 1 <= int(token[-k:]) <= 31 and not token[-k:].startswith("0")]
        if len(valid) > 1 and "/D/" in token:
            # (a decision's or views' symbol ends in the communication's number and year:
            # "CCPR/C/96/D/1311/200421 août 2009" is CCPR/C/96/D/1311/2004 of the 21st)
            valid = [k for k in valid if re.fullmatch(r"(?:19|20)\d\d", token[:-k].rsplit("/", 1)[-1])] or valid
        if len(valid) > 1:
            elsewhere = text[:m.start()] + text[m.end():]
            valid = [k for k in valid if re.search(re.escape(token[:-k]) + r"(?![\d.])", elsewhere)]
        return valid[0] if len(valid) == 1 else None

    def split(m: re.Match[str]) -> str:
        token = m.group()
        if not m.group("digits"):  # (and apart from "Original: ENGLISH" run into it)
            return " " + token + (" " if text[m.end():m.end() + 1].isalpha() else "")
        k = day(m)
        return f" {token[:-k]} {token[-k:]}" if k else token

    def split_line(m: re.Match[str]) -> str:
        k = day(m) if _DISTRIBUTION_LINE.search(text, max(0, m.start() - 200), m.start()) else None
        return f"{m.group()[:-k]} {m.group()[-k:]}" if k else m.group()

    if _GLUED_HINT.search(text):
        text = _GLUED_SYMBOL.sub(split, text)
    # ... and a symbol run into the date on its own line under the distribution line
    # ("Distr.GENERAL" / "HRI/CORE/TUR/20078 July 2008")
    head = text[:COVER_CHARS]
    if _GLUED_DATE.search(head):
        text = _GLUED_DATE.sub(split_line, head) + text[COVER_CHARS:]
    return text


_SPACED_PREFIX = re.compile(r"(?<![\w/])([A-Z]{1,4}) ([A-Z]{1,4})(?=/[A-Z0-9])")
_TREATY_PREFIXES = frozenset({"CAT", "CCPR", "CEDAW", "CRC", "CERD", "CRPD", "CMW", "CED", "HRI"})
# (each spaced apart, "C AT/", to look for before the pattern: most texts have none)
_SPACED_SPLITS = tuple(f"{p[:k]} {p[k:]}/" for p in sorted(_TREATY_PREFIXES) for k in range(1, len(p)))


# The year and what follows an application number: starts with a literal, so found by a
# quick scan, where _APP_NUMBER (starting with a look-behind) is tried at every position.
_APP_YEAR = re.compile(r"/(\d{2})(?![\d/])")


# An application among the first hundred of its year has a number of one or two digits
# ("(Application no. 25/02)"): read only right after the word for it and its mark, where
# a date ("12/05") or a ratio cannot stand.
_SHORT_APP_BEFORE = re.compile(rf"[(\[]?(?:{_APP_WORDS})\s*(?:{_APP_MARKS})", re.IGNORECASE)
_SHORT_APP_NUMBER = re.compile(rf"(?<=[\s.:])(\d{{1,2}})/(\d{{2}})(?![\d/])")


def application_number_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, normalised value) of each match of _APP_NUMBER in `text`: a "/NN"
    year, then the digits before it checked here (3 to 6 of them, after no digit, slash
    or dot; 1 or 2 after the word for an application, see _SHORT_APP_BEFORE). The same
    matches as the regex (tested), for a fraction of the time."""
    out = []
    for m in _APP_YEAR.finditer(text):
        slash = start = m.start()
        while start and text[start - 1].isdecimal():  # what \d matches
            start -= 1
        if 3 <= slash - start <= 6 and not (start and text[start - 1] in "/."):
            out.append((start, m.end(), f"{int(text[start:slash])}/{m.group(1)}"))
        elif 1 <= slash - start <= 2 and _short_application(text, start):
            out.append((start, m.end(), f"{int(text[start:slash])}/{m.group(1)}"))
    return out


def _short_application(text: str, start: int) -> bool:
    if not start or not (text[start - 1].isspace() or text[start - 1] in ".:"):
        return False
    # (the word and its mark are the last two or three words before the number: matched
    # whole, not searched for at every place before it)
    words = text[max(0, start - 40):start].split()[-3:]
    return any(_SHORT_APP_BEFORE.fullmatch(" ".join(words[-k:])) for k in (1, 2, 3) if len(words) >= k)


def application_numbers(text: str) -> list[str]:
    """ECtHR application numbers written in `text`, normalised (`06991/08` -> `6991/08`),
    in order; whatever the context (the caller knows the text is a list of them)."""
    return [value for _, _, value in application_number_spans(text)]


def _application_numbers_by_regex(text: str) -> list[tuple[int, int, str]]:
    found = list(_APP_NUMBER.finditer(text))
    found += [m for m in _SHORT_APP_NUMBER.finditer(text) if _short_application(text, m.start())]
    return sorted((m.start(), m.end(), f"{int(m.group(1))}/{m.group(2)}") for m in found)


# The parts of a UN symbol the UN writes in small letters after a capital: "Add.1",
# "Corr.2", "Rev.1", "Amend.1", "Sub.2", "Suppl.3" ("A/HRC/37/50/Add.1").
_UN_SMALL_PARTS = re.compile(r"(?<=/)(ADD|CORR|REV|AMEND|SUB|SUPPL)(?=\.)")


def normalise(scheme: str, raw: str) -> str:
    """The canonical form of an identifier, for matching across documents: a UN symbol as
    the UN writes it, whatever the case it was typed or printed in ("a/hrc/37/50/ADD.1"
    is A/HRC/37/50/Add.1)."""
    compact = re.sub(r"\s+", "", raw)
    if scheme == "un-symbol":
        return _UN_SMALL_PARTS.sub(lambda m: m.group(1).capitalize(), compact.upper().rstrip("."))
    if scheme == "ecli":
        return compact.upper().rstrip(".")
    return compact


def find_identifiers(pages: list[str], *, prefilter: bool = True) -> list[Found]:
    """Every identifier occurrence in `pages` (page numbers are 1-based).

    `prefilter=False` runs every pattern over every page (the reference the needles
    are tested against)."""
    out: list[Found] = []
    joined: list[str] = []
    for number, original in enumerate(pages, start=1):
        text = _join_broken_symbols(original)
        joined.append(text)
        present = _schemes_present(text) if prefilter else _ALL_SCHEMES
        if "un-symbol" in present:
            for m in UN_SYMBOL.finditer(text):
                raw = m.group().rstrip(".")
                if raw.count("/") >= 2:
                    out.append(Found("un-symbol", normalise("un-symbol", raw), raw, number, m.start()))
        for m in _ECLI.finditer(text) if "ecli" in present else ():
            out.append(Found("ecli", normalise("ecli", m.group()), m.group(), number, m.start()))
        numbers = (application_number_spans if prefilter else _application_numbers_by_regex)(text) \
            if "ecthr-application" in present else ()
        for start, end, value in numbers:
            window = text[max(0, start - 120):start]
            ctx = [*_APP_CONTEXT.finditer(window), *_CITED_CASE.finditer(window)]
            # the keyword must be close, with only numbers, separators and "and"/"ve"/"et" between
            if ctx and _APP_BETWEEN.fullmatch(window[max(m.end() for m in ctx):]):
                out.append(Found("ecthr-application", value, text[start:end], number, start))
        for scheme, rx in _PAREN_REF.items():
            for m in rx.finditer(text) if scheme in present else ():
                g = m.groups()
                if scheme == "cpt":
                    value = f"CPT/Inf({g[0]}){int(g[1])}"
                elif scheme == "venice":
                    value = f"CDL{'-' + g[0].upper() if g[0] else ''}({g[1]}){int(g[2]):03d}"
                elif scheme == "coe-commdh":
                    value = f"CommDH({g[0]}){int(g[1])}"
                elif scheme == "coe-cm":
                    series = _CM_SERIES.get(g[0].lower().replace(" ", ""), g[0])
                    item = f"/{g[3].upper()}" if g[3] and series == "CM/Del/Dec" else ""
                    value = f"{series}({g[1]}){int(g[2])}{item}"
                elif scheme == "coe-ecri":
                    value = f"CRI({g[0]}){int(g[1])}"
                elif scheme == "coe-grevio":
                    value = f"GREVIO/Inf({g[0]}){int(g[1])}"
                elif scheme == "coe-greco":
                    value = f"{_GRECO_SERIES.get(g[0].lower(), g[0])}({g[1]}){int(g[2])}"
                elif scheme == "coe-greta":
                    value = f"{g[0]}({g[1]}){int(g[2])}"
                elif scheme == "coe-lanzarote":
                    value = f"T-ES({g[0]}){int(g[1])}"
                elif scheme == "coe-cg":
                    value = f"{g[0]}{g[1] or ''}({g[2]}){int(g[3]):02d}" + (f"-{int(g[4]):02d}" if g[4] else "")
                elif scheme == "eu-ep":
                    value = f"P{g[0]}_TA({g[1]}){int(g[2]):04d}"
                else:
                    value = f"{scheme[3:].upper()}({g[0]}){int(g[1])}"
                out.append(Found(scheme, value, m.group(), number, m.start()))
        for m in _AMNESTY_INDEX.finditer(text) if "amnesty-index" in present else ():
            code, country, serial, year = (g for g in m.groups() if g is not None)
            out.append(Found("amnesty-index", f"{code} {country}/{serial}/{year}", m.group(), number, m.start()))
        for m in _CM_NOTES.finditer(text) if "coe-cm" in present else ():
            out.append(Found("coe-cm", f"CM/Notes/{m.group(1)}/{m.group(2).upper()}", m.group(), number, m.start()))
        for m in _CELEX.finditer(text) if "celex" in present else ():
            scheme, series = _CELEX_SCHEMES[m.group(2)]  # (shown as the Commission prints the number)
            out.append(Found(scheme, f"{series}({m.group(1)}){int(m.group(3))}", f"{series}({m.group(1)}) {int(m.group(3))}",
                             number, m.start()))
        for m in _UN_COMMUNICATION.finditer(text) if "un-communication" in present else ():
            value = f"{m.group(1)} {' '.join(m.group(2).split())} {int(m.group(3))}/{m.group(4)}"
            out.append(Found("un-communication", value, m.group(), number, m.start()))
        for m in _UN_COMMUNICATION_OLD.finditer(text) if "un-communication" in present else ():
            value = f"{m.group(1)} {m.group(2)} {int(m.group(3))}/{m.group(4)}"
            out.append(Found("un-communication", value, m.group()[m.start(1) - m.start():], number, m.start(1)))
        for m in _PACE.finditer(text) if "pace" in present else ():
            value = f"{_PACE_KIND.get(m.group(1), m.group(1))} {m.group(2)} ({m.group(3)})"
            # (the Assembly's texts have had four figures since 1993; the Congress, founded in
            # 1994, numbers its own alike with fewer: "Recommendation 397 (2017)")
            congress = len(m.group(2)) < 4 and int(m.group(3)) >= 1994
            out.append(Found("coe-cg" if congress else "pace", value, m.group(), number, m.start()))
        for m in _EP_QUESTION.finditer(text) if "eu-ep-question" in present else ():
            year = m.group(3) if len(m.group(3)) == 4 else f"20{m.group(3)}"
            out.append(Found("eu-ep-question", f"{m.group(1)}-{m.group(2)}/{year}", m.group(), number, m.start()))
        for m in _PACE_DOC.finditer(text) if "pace-doc" in present else ():
            value = f"Doc. {m.group(1)}" + (f" Add.{' ' + m.group(3) if m.group(3) else ''}" if m.group(2) else "")
            out.append(Found("pace-doc", value, m.group(), number, m.start()))
        for m in _PACE_COMMITTEE_DOC.finditer(text) if "pace-doc" in present else ():
            kind = f"{m.group(3).strip()} " if m.group(3) else ""
            value = f"AS/{m.group(1)} ({m.group(2)}) {kind}{int(m.group(4)):02d}"
            out.append(Found("pace-doc", value, m.group(), number, m.start()))
        for m in _TR_LAW.finditer(text) if "tr-law" in present else ():
            out.append(Found("tr-law", f"Law {m.group(1) or m.group(2)}", m.group(), number, m.start()))
        for m in _TR_AYM.finditer(text) if "tr-aym" in present else ():
            out.append(Found("tr-aym", m.group(1) or m.group(2) or m.group(3), m.group(), number, m.start()))
        for m in _TR_AYM_LABEL.finditer(text, 0, OWN_ZONE_CHARS) if "tr-aym" in present else ():
            if _CONSTITUTIONAL_COURT.search(text, 0, m.start()):
                out.append(Found("tr-aym", m.group(1), m.group().strip(), number, m.start() + m.group().index(m.group().strip())))
        for m in _TR_AYM_NORM.finditer(text) if "tr-aym" in present else ():
            docket, decision = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            out.append(Found("tr-aym", f"E.{docket}, K.{decision}", m.group().strip(), number, m.start()))
        for m in _TR_DECREE.finditer(text) if "tr-decree" in present else ():
            out.append(Found("tr-decree", f"Decree-Law {m.group(1) or m.group(2) or m.group(3)}", m.group(),
                             number, m.start()))
    return sorted((_with_line(f, joined[f.page - 1]) for f in out), key=lambda f: (f.page, f.offset))


HEADING_CHARS = 110


def _with_line(f: Found, text: str) -> Found:
    """`f` with whether it stands on a heading line of its page's `text` (broken
    symbols joined, as found)."""
    start = text.rfind("\n", 0, f.offset) + 1
    end = text.find("\n", f.offset)
    length = (end if end >= 0 else len(text)) - start
    # (a long line is no heading past its first characters, whatever precedes the identifier:
    # the citing words are looked for only where they can matter, so a page run into one
    # line of 200,000 characters is read once, not once per identifier)
    short = length <= HEADING_CHARS or f.offset - start <= 20
    on_heading = short and _CITING.search(text, start, f.offset) is None and not _cited_in_brackets(f, text, start)
    return Found(f.scheme, f.value, f.raw, f.page, f.offset, on_heading)


# Words that make an identifier in a header a reference to another document ("* Previously
# issued under document symbol A/HRC/WG.6/7/L.10"); an amendment to a Parliamentary
# Assembly report is headed by the report's number ("Amendment No. 23 | Doc. 14282 |
# 24 April 2017"), not its own; nor is a list of the resolutions a text follows up
# ("Interim Resolutions ResDH(2005)113; CM/ResDH(2007)26" over the Deputies' decision).
_CITING = re.compile(r"(?:previously issued|issued under|reissued|replaces|formerly|supersedes|\bsee\b|\bcf\.|\bamendment no\b|"
                     r"\bvoir\b|précédemment|publié sous|\bresolutions\b|\brésolutions\b)", re.IGNORECASE)


# the schemes whose documents print their own number alone on a line (or after the UN's
# name), never in brackets after words
_OWN_NOT_IN_BRACKETS = frozenset({"un-symbol", "eu-swd", "eu-com", "eu-join", "eu-sec"})


_LINK_PROMPT = re.compile(r"\bclick here\b|\bread (?:the |more\b)|\bdownload (?:the |here\b)", re.IGNORECASE)


def _cited_in_brackets(f: Found, text: str, start: int) -> bool:
    """A UN symbol or an EU document's number in brackets after words on its line cites
    another document: a title naming the report it is about ("List of themes in relation to
    the combined fourth to sixth periodic reports of Turkey (CERD/C/TUR/4-6)"), a
    resolution's preamble ("– having regard to the Commission's 2015 report on Turkey
    (SWD(2015)0216)"); a UN document prints its own symbol alone, or after "United Nations"
    and its organ's name, and a Commission document its number alone ("SWD(2023) 696 final")."""
    if f.scheme not in _OWN_NOT_IN_BRACKETS or text[f.offset - 1:f.offset] != "(":
        return False
    if len(re.findall(r"[^\W\d_]{2,}", text[start:f.offset])) >= 3:
        return True
    # (or opening a line that links to it: "(A/HRC/WG.6/21/TUR/2) - 27 January 2015 - click here
    # for the report.", an NGO's page on the document)
    end = text.find("\n", f.offset)
    if _LINK_PROMPT.search(text, f.offset, end if end >= 0 else len(text)):
        return True
    # (or opening a line a paragraph's sentence wraps into: "... considered the initial report
    # of Turkey" / "(CCPR/C/TUR/1) at its 2927th ... meetings")
    before = text[max(0, start - 200):max(0, start - 1)].rsplit("\n", 1)[-1].rstrip()
    return start > 0 and len(before) >= 50 and before[-1:].isalpha()


# A UN cover page names its symbol on the line "United Nations <symbol>", sometimes below
# the title block, past the first characters of the page.
# (also after the organ's name, as a reader runs a cover's lines together, and in a Turkish
# translation: "United Nations General Assembly A/HRC/WG.6/8/TUR/3 Distr.: General ...",
# "Birleşmiş Milletler Genel Kurulu A/HRC/WG.6/8/TUR/3 Dağıtım: Genel ...")
_UN_SYMBOL_LINE = re.compile(r"^\s*(?:United Nations|Nations Unies|Birleşmiş Milletler)"
                             r"(?:\s+(?:General Assembly|Human Rights Council|Economic and Social Council|Security Council"
                             r"|Assemblée générale|Conseil des droits de l'homme|Genel Kurulu?|İnsan Hakları Konseyi))?"
                             r"\s+(\S+)", re.MULTILINE)


COVER_CHARS = 2500
# the schemes whose documents print their own number on a heading line below a web site's
# furniture, which can run past the first characters (the European Parliament's question
# pages: a link back to its portal and its 24 languages, a line each, over "E-004015/2020"; the
# Constitutional Court's application number in brackets under the applicant's name, "(Başvuru
# Numarası: 2021/21481)", below a decisions site's information form on the decision)
_OWN_BELOW_FURNITURE = frozenset({"eu-ep-question", "tr-aym"})


def split_own_and_cited(found: list[Found], own_symbol: str | None = None,
                        cover_symbols: frozenset[str] = frozenset(),
                        reference_lines: frozenset[str] = frozenset()) -> tuple[list[Found], list[Found]]:
    """The document's own identifier (the symbol it was given, else the symbol a UN cover
    page prints beside "United Nations" (`cover_symbols`, see cover_symbols()), else the
    first identifier in the header of page 1) and the identifiers it cites.

    A document has one identity: a CM resolution's header also names the judgment it
    executes, which is a citation. The one exception is an ECtHR judgment's ECLI next to
    its application number. Occurrences of the own identifier elsewhere are not citations.
    """
    own: dict[str, Found] = {}
    if own_symbol:
        scheme, value = classify(own_symbol)
        own[scheme] = Found(scheme, value, own_symbol, 1, 0)
    header = [f for f in found if f.page == 1 and f.on_heading and f.scheme not in ("tr-law", "tr-decree")
              and f.offset < (COVER_CHARS if f.scheme in _OWN_BELOW_FURNITURE else OWN_ZONE_CHARS)]
    # (the masthead's symbol even where a reader ran the cover's lines into one)
    cover = [f for f in found if f.page == 1 and f.scheme == "un-symbol" and f.offset < COVER_CHARS
             and f.raw in cover_symbols]
    # a special procedures letter prints its own reference after "REFERENCE:", below the
    # list of mandates, which can run past the header's first characters
    cover += [f for f in found if f.page == 1 and f.scheme == "un-communication" and f.offset < COVER_CHARS
              and f.raw in reference_lines]
    if cover:
        header = cover + [f for f in header if f is not cover[0]]
    # a PACE document's number alone on its line ("Doc. 10274") under the recommendation it
    # replies to ("Recommendation 1662 (2004)"); a text adopted cites its report's in a sentence
    if header and header[0].scheme == "pace" and (doc := next((f for f in header if f.scheme == "pace-doc"
                                                               and f.raw in reference_lines), None)):
        header = [doc] + [f for f in header if f is not doc]
    if not own and header:
        own[header[0].scheme] = header[0]
    if "ecthr-application" in own:
        ecli = next((f for f in header if f.scheme == "ecli"), None)
        if ecli:
            own["ecli"] = ecli
    own_keys = {f.key for f in own.values()}
    cited: dict[tuple[str, str], Found] = {}
    for f in found:
        if f.key not in own_keys and f.key not in cited:
            cited[f.key] = f
    return list(own.values()), list(cited.values())


_DISTRIBUTION_LINE = re.compile(r"\bDistr\b", re.IGNORECASE)


def cover_symbols(first_page: str) -> frozenset[str]:
    """What stands after "United Nations" at the start of a line of page 1, and a symbol
    alone on its line within three lines of the distribution line ("Distr.: General"):
    the cover's masthead, wherever a PDF reader puts it (pypdf gives some covers' masthead
    after their title and footnotes)."""
    page = first_page[:COVER_CHARS]
    out = {m.group(1) for m in _UN_SYMBOL_LINE.finditer(page)}
    lines = page.split("\n")
    for i, line in enumerate(lines):
        if _DISTRIBUTION_LINE.search(line):
            out.update(near.strip() for near in lines[max(0, i - 3):i + 4]
                       if "/" in near and len(near.split()) == 1)
    return frozenset(out)


_REFERENCE_LINE = re.compile(r"\b(?:REFERENCE|Reference|RÉFÉRENCE|Référence)\s*:\s*(.{4,40})")


def reference_lines(first_page: str) -> frozenset[str]:
    """The communication references printed after "REFERENCE:" on page 1 (as find_identifiers
    gives them: in the older form, from the kind to the number), and a PACE document's number
    alone on its line ("Doc. 10274")."""
    head = first_page[:COVER_CHARS]
    return frozenset([m.group() for r in _REFERENCE_LINE.finditer(head) for m in _UN_COMMUNICATION.finditer(r.group(1))]
                     + [m.group()[m.start(1) - m.start():] for m in _UN_COMMUNICATION_OLD.finditer(head)]
                     + [line.strip() for line in head.split("\n") if _PACE_DOC.fullmatch(line.strip())])


def classify(identifier: str) -> tuple[str, str]:
    """(scheme, normalised value) of a single identifier typed or given in a sheet."""
    text = identifier.strip()
    found = find_identifiers([f"Application no. {text}" if _APP_NUMBER.fullmatch(text) else text])
    for f in found:
        if f.offset <= 20:
            return f.scheme, f.value
    # a UN symbol typed in small letters ("a/hrc/37/50/add.1")
    for f in find_identifiers([text.upper()]):
        if f.scheme == "un-symbol" and f.offset == 0 and len(f.raw) == len(text):
            return f.scheme, f.value
    return "symbol", normalise("symbol", text)
