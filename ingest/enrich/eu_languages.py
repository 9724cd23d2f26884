"""The European Parliament's and the European Commission's texts in the Union's 24
official languages (and the Commission's in Turkish).

The Parliament publishes every text it adopts in all of them, each version laid out as
the English one: its name and the parliamentary term over the text ("Ευρωπαϊκό
Κοινοβούλιο" / "2014-2019"), the series ("ΚΕΙΜΕΝΑ ΠΟΥ ΕΓΚΡΙΘΗΚΑΝ", texts adopted; or the
provisional edition's mark), the text's number ("P8_TA(2015)0228"), its short title
("Έκθεση προόδου του 2014 για την Τουρκία"), then its full title, which opens on what
the text is and who adopted it ("Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 10ης Ιουνίου
2015 σχετικά με ...").

The title rules read the short title in every language as in English (the masthead and
series lines are furniture; the full title ends the title's block), and the document
type rules read a resolution from its full title's opening. The words are the
Parliament's own, as its texts print them; a language's line that is not in this table
is read as any other line.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from archive.search.analysis import fold


@dataclass(frozen=True)
class ParliamentWords:
    code: str  # ISO 639-1
    name: str  # the Parliament's name on its masthead
    adopted: str  # the series: "TEXTS ADOPTED"
    provisional: str  # the provisional edition's mark
    resolution: str  # how a resolution's full title opens (a pattern: the date stands inside some)


LANGUAGES = (
    ParliamentWords("bg", "Европейски парламент", "Приети текстове", "Временна редакция",
                    r"Резолюция на Европейския парламент\b"),
    ParliamentWords("cs", "Evropský parlament", "Přijaté texty", "Prozatímní vydání", r"Usnesení Evropského parlamentu\b"),
    ParliamentWords("da", "Europa-Parlamentet", "Vedtagne tekster", "Foreløbig udgave", r"Europa-Parlamentets beslutning\b"),
    ParliamentWords("de", "Europäisches Parlament", "Angenommene Texte", "Vorläufige Ausgabe",
                    r"Entschließung des Europäischen Parlaments\b"),
    ParliamentWords("el", "Ευρωπαϊκό Κοινοβούλιο", "Κείμενα που εγκρίθηκαν", "Προσωρινή έκδοση",
                    r"Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου\b"),
    ParliamentWords("en", "European Parliament", "Texts adopted", "Provisional edition",
                    r"European Parliament (?:legislative )?resolution of\b"),
    ParliamentWords("es", "Parlamento Europeo", "Textos aprobados", "Edición provisional",
                    r"Resolución del Parlamento Europeo\b"),
    ParliamentWords("et", "Euroopa Parlament", "Vastuvõetud tekstid", "Esialgne väljaanne",
                    r"Euroopa Parlamendi .{0,50}?\bresolutsioon\b"),
    ParliamentWords("fi", "Euroopan parlamentti", "Hyväksytyt tekstit", "Väliaikainen painos",
                    r"Euroopan parlamentin .{0,50}?\bpäätöslauselma\b"),
    ParliamentWords("fr", "Parlement européen", "Textes adoptés", "Édition provisoire",
                    r"Résolution du Parlement européen du\b"),
    ParliamentWords("ga", "Parlaimint na hEorpa", "Téacsanna arna nglacadh", "Eagrán sealadach",
                    r"Rún ó Pharlaimint na hEorpa\b"),
    ParliamentWords("hr", "Europski parlament", "Usvojeni tekstovi", "Privremeno izdanje",
                    r"Rezolucija Europskog parlamenta\b"),
    ParliamentWords("hu", "Európai Parlament", "Elfogadott szövegek", "Ideiglenes változat",
                    r"Az Európai Parlament .{0,50}?\bállásfoglalása\b"),
    ParliamentWords("it", "Parlamento europeo", "Testi approvati", "Edizione provvisoria",
                    r"Risoluzione del Parlamento europeo\b"),
    # (Lithuanian and Latvian put the date first: "2015 m. birželio 10 d. Europos Parlamento rezoliucija")
    ParliamentWords("lt", "Europos Parlamentas", "Priimti tekstai", "Laikina redakcija",
                    r"(?:\d{4} m\. .{0,30}?\s)?Europos Parlamento .{0,20}?\brezoliucija\b"),
    ParliamentWords("lv", "Eiropas Parlaments", "Pieņemtie teksti", "Provizorisks izdevums",
                    r"Eiropas Parlamenta .{0,50}?\brezolūcija\b"),
    ParliamentWords("mt", "Parlament Ewropew", "Testi adottati", "Edizzjoni provviżorja",
                    r"Riżoluzzjoni tal-Parlament Ewropew\b"),
    ParliamentWords("nl", "Europees Parlement", "Aangenomen teksten", "Voorlopige uitgave",
                    r"Resolutie van het Europees Parlement\b"),
    ParliamentWords("pl", "Parlament Europejski", "Teksty przyjęte", "Wydanie tymczasowe",
                    r"Rezolucja Parlamentu Europejskiego\b"),
    ParliamentWords("pt", "Parlamento Europeu", "Textos aprovados", "Edição provisória",
                    r"Resolução do Parlamento Europeu\b"),
    ParliamentWords("ro", "Parlamentul European", "Texte adoptate", "Ediție provizorie",
                    r"Rezoluția Parlamentului European\b"),
    ParliamentWords("sk", "Európsky parlament", "Prijaté texty", "Predbežné vydanie",
                    r"Uznesenie Európskeho parlamentu\b"),
    ParliamentWords("sl", "Evropski parlament", "Sprejeta besedila", "Začasna izdaja",
                    r"Resolucija Evropskega parlamenta\b"),
    ParliamentWords("sv", "Europaparlamentet", "Antagna texter", "Preliminär utgåva",
                    r"Europaparlamentets resolution\b"),
)


@dataclass(frozen=True)
class CommissionWords:
    code: str  # ISO 639-1
    name: str  # the Commission's name on its masthead
    staff_document: str  # the series: "COMMISSION STAFF WORKING DOCUMENT"
    accompanying: str  # what introduces the document a staff working document accompanies
    report: str  # the word a country report's title names it by ("Türkiye 2023 Report")


# The Commission's country reports open the same way in every language: its name, the
# place and date, the number ("SWD(2023) 696 final"), the series, the report's title
# ("Türkiye 2023 Report"), then "Accompanying the document" and the communication it goes
# with, whose title is another document's. Turkish is here too: the Commission's report on
# Türkiye is published in Turkish ("KOMİSYON ÇALIŞMA BELGESİ" / "Türkiye 2023 Raporu").
COMMISSION_LANGUAGES = (
    CommissionWords("bg", "Европейска комисия", "Работен документ на службите на Комисията", "придружаващ документа",
                    "Доклад"),
    CommissionWords("cs", "Evropská komise", "Pracovní dokument útvarů Komise", "Průvodní dokument k", "Zpráva"),
    CommissionWords("da", "Europa-Kommissionen", "Arbejdsdokument fra Kommissionens tjenestegrene", "Ledsagedokument til",
                    "Rapport"),
    CommissionWords("de", "Europäische Kommission", "Arbeitsunterlage der Kommissionsdienststellen", "Begleitunterlage zu",
                    "Bericht"),
    CommissionWords("el", "Ευρωπαϊκή Επιτροπή", "Έγγραφο εργασίας των υπηρεσιών της Επιτροπής", "που συνοδεύει το έγγραφο",
                    "Έκθεση"),
    CommissionWords("en", "European Commission", "Commission staff working document", "Accompanying the document",
                    "Report"),
    CommissionWords("es", "Comisión Europea", "Documento de trabajo de los servicios de la Comisión",
                    "que acompaña al documento", "Informe"),
    CommissionWords("et", "Euroopa Komisjon", "Komisjoni talituste töödokument", "Kaaskiri dokumendile", "aruanne"),
    CommissionWords("fi", "Euroopan komissio", "Komission yksiköiden valmisteluasiakirja", "oheisasiakirja",
                    "raportti"),
    CommissionWords("fr", "Commission européenne", "Document de travail des services de la Commission",
                    "accompagnant le document", "Rapport"),
    CommissionWords("hr", "Europska komisija", "Radni dokument službi Komisije", "Popratni dokument uz", "Izvješće"),
    CommissionWords("hu", "Európai Bizottság", "Bizottsági szolgálati munkadokumentum", "Kísérő dokumentum",
                    "jelentés"),
    CommissionWords("it", "Commissione europea", "Documento di lavoro dei servizi della Commissione",
                    "che accompagna il documento", "Relazione"),
    CommissionWords("lt", "Europos Komisija", "Komisijos tarnybų darbinis dokumentas", "pridedamas prie", "ataskaita"),
    CommissionWords("lv", "Eiropas Komisija", "Komisijas dienestu darba dokuments", "Pavaddokuments", "ziņojums"),
    CommissionWords("nl", "Europese Commissie", "Werkdocument van de diensten van de Commissie", "bij het document",
                    "Verslag"),
    CommissionWords("pl", "Komisja Europejska", "Dokument roboczy służb Komisji", "towarzyszący dokumentowi",
                    "Sprawozdanie"),
    CommissionWords("pt", "Comissão Europeia", "Documento de trabalho dos serviços da Comissão", "que acompanha o documento",
                    "Relatório"),
    CommissionWords("ro", "Comisia Europeană", "Document de lucru al serviciilor Comisiei", "care însoțește documentul",
                    "Raport"),
    CommissionWords("sk", "Európska komisia", "Pracovný dokument útvarov Komisie", "Sprievodný dokument k", "Správa"),
    CommissionWords("sl", "Evropska komisija", "Delovni dokument služb Komisije", "Spremni dokument k", "Poročilo"),
    CommissionWords("sv", "Europeiska kommissionen", "Arbetsdokument från kommissionens avdelningar", "Följedokument till",
                    "Rapport"),
    CommissionWords("tr", "Avrupa Komisyonu", "Komisyon Çalışma Belgesi", "eşlik eden", "Rapor"),
)


def masthead_pattern() -> str:
    """The masthead and series lines in every language, folded, as one alternation (for a
    pattern of furniture lines matched against folded lines)."""
    words = {fold(w) for lang in LANGUAGES for w in (lang.name, lang.adopted, lang.provisional)}
    words |= {fold(w) for lang in COMMISSION_LANGUAGES for w in (lang.name, lang.staff_document)}
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def accompanying_pattern(folded: bool) -> str:
    """What introduces the document a staff working document accompanies, at a line's start
    in any language (its line may say more: "Aşağıdaki belgeye eşlik eden", "Begleitunterlage
    zum Dokument"), as a pattern's alternation."""
    words = sorted((fold(lang.accompanying) if folded else lang.accompanying) for lang in COMMISSION_LANGUAGES)
    return "|".join(re.escape(w) for w in words)


@lru_cache(maxsize=1)
def country_report_title() -> re.Pattern[str]:
    """A staff working document titled as a country report in any language, folded: the
    series, then, on one line of the title under it, the word for report and a year, in
    either order ("Bericht 2023 über die Türkei", "Türkiye 2023 Raporu", "Sprawozdanie za
    2023 r. dotyczące Turcji")."""
    series = "|".join(re.escape(fold(lang.staff_document)) for lang in COMMISSION_LANGUAGES)
    report = "|".join(re.escape(fold(w)) for w in sorted({lang.report for lang in COMMISSION_LANGUAGES}))
    year = r"(?<!\d)(?:19|20)\d\d(?!\d)"
    return re.compile(rf"(?:{series})\s*\n(?:[^\S\n]*\n){{0,3}}[^\n]{{0,80}}"
                      rf"(?:(?<!\w)(?:{report})\w*[^\n]{{0,60}}{year}|{year}[^\n]{{0,60}}(?<!\w)(?:{report})\w*)")


@lru_cache(maxsize=2)
def preamble_line(folded: bool) -> re.Pattern[str]:
    """The line a text the Parliament adopts opens its preamble with, its name alone before a
    comma, an article before it in some languages ("The European Parliament,", "Il
    Parlamento europeo,", "Parlament Europejski,"), in any language: where a copy lost the
    full title (a page titled "Texts adopted - 2019-2020 Reports on Turkey - ...")."""
    names = "|".join(re.escape(fold(lang.name) if folded else lang.name) for lang in LANGUAGES)
    return re.compile(rf"^[^\S\n]*(?:[^\W\d_]{{1,4}}[^\S\n]+)?(?:{names})[^\S\n]*,[^\S\n]*$",
                      re.MULTILINE | re.IGNORECASE)


@lru_cache(maxsize=2)
def resolution_opening(folded: bool) -> re.Pattern[str]:
    """A line that opens on a resolution's full title, in any language (`folded`: matched
    against folded text; else against the text as written, any case). Only at a line's
    start, its dash or spaces before it: a preamble's "– having regard to its resolution of
    ..." cites another."""
    alternatives = "|".join(fold(lang.resolution) if folded else lang.resolution for lang in LANGUAGES)
    return re.compile(rf"^[^\S\n]*(?:[–-][^\S\n]*)?(?:{alternatives})", re.MULTILINE | re.IGNORECASE)
