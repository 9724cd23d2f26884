"""Mechanism and body: identifier patterns first, then phrase cues, then defaults."""
from __future__ import annotations

import re
from functools import lru_cache

from archive import taxonomy
from archive.search.analysis import fold

from . import HEADING_CHARS, SENTENCE_END, Evidence, Tagged, as_words, line_at, on_heading_line, runs_into_next
from .doctype import (COURTS, DEPUTIES_DECIDE, ECTHR_PRESS_RELEASE, PACE_AMENDMENT, PACE_RECORD, RELEASE_NUMBER,
                      THIRD_PARTY, UN_PRESS_SYMBOL, UN_RESOLUTION_LINE)
from .dates import ON_ANOTHER_TEXT
from .title import REPORTING_VERB, un_session_and_agenda

# Cues count only in the title and the header of page 1: a body named further down is
# usually cited, not the author.
HEADER_CHARS = 800
GENERIC_BODIES = frozenset({"HRC"})
# A State's ministry or mission heading its own text is its author whatever institution the
# title names ("Press Release Regarding the Participation of ... in the 28th Session of the
# UN Human Rights Council" over "Türkiye Cumhuriyeti Dışişleri Bakanlığı").
MASTHEAD_BODIES = frozenset({"Government"})
HEADING_LEAD = 20  # "Mandates of the Special Rapporteur on ..." still opens its line
# (and an NGO's or applicant's communication to the Committee of Ministers on a judgment's
# execution, "pursuant to Rule 9.2 of the Committee of Ministers' Rules")
SUBMISSION = re.compile(r"(?<!\w)(?:shadow report|alternative report|joint submission|submission to|"
                        r"parallel report|golge rapor\w*|alternatif rapor\w*|ortak sunum\w*|rapport alternatif"
                        r"|(?:rule|regle) 9\.[12])(?!\w)")

# Own-identifier patterns that name the body outright.
_UN_SYMBOL_BODIES = [
    (re.compile(r"^CAT/OP/"), "SPT"), (re.compile(r"^CAT/"), "CAT"), (re.compile(r"^CCPR/"), "CCPR"),
    (re.compile(r"^CEDAW/"), "CEDAW"), (re.compile(r"^CRC/"), "CRC"), (re.compile(r"^CERD/"), "CERD"),
    (re.compile(r"^CRPD/"), "CRPD"), (re.compile(r"^CMW/"), "CMW"), (re.compile(r"^CED/"), "CED"),
    (re.compile(r"^E/C\.12/"), "CESCR"), (re.compile(r"^A/HRC/WG\.6/"), "UPR"),
]
_SCHEME_BODIES = {"ecthr-application": "ECtHR", "cpt": "CPT", "venice": "Venice Commission",
                  "coe-commdh": "Commissioner", "coe-cm": "Committee of Ministers", "coe-ecri": "ECRI",
                  "coe-grevio": "GREVIO", "coe-greta": "GRETA", "coe-lanzarote": "Lanzarote Committee", "coe-greco": "GRECO", "coe-cg": "Congress", "eu-swd": "European Commission", "eu-sec": "European Commission",
                  "eu-com": "European Commission", "eu-join": "European Commission", "eu-ep": "European Parliament",
                  "eu-ep-question": "European Parliament", "pace": "PACE",
                  "pace-doc": "PACE",
                  "un-communication": "Special procedures", "tr-aym": "Constitutional Court"}
# an ECLI's court: the Strasbourg Court's (ECLI:CE:ECHR:...), the EU Court's (ECLI:EU:C:...);
# a national court's names no body of ours
_ECLI_BODIES = {"CE": "ECtHR", "EU": "CJEU"}
# a resolution the Security Council is named beside, the number a PACE resolution's would
# be ("Adopting Resolution 2674 (2023), Security" / "Council Extends Mandate ...", "Security
# Council resolution 2674 (2023)"), on folded text
_COUNCILS_RESOLUTION = re.compile(r"\bsecurity\s+council\s+resolution\s+\d{1,4}\s*\((?:19|20)\d\d\)"
                                  r"|\bresolution\s+\d{1,4}\s*\((?:19|20)\d\d\),?\s+(?:(?:of|by)\s+the\s+)?security\s+council\b")
# the Council of the EU's own formulas: its meetings ("2678th Council Meeting", "2840th
# EXTERNAL RELATIONS Council meeting"), its press releases' numbers ("12514/05 (Presse 241)")
# and its conclusions ("The Council held an exchange of views ... and adopted the following
# conclusions:"), its documents' sender ("OUTCOME OF PROCEEDINGS" / "From: General Secretariat of
# the Council" / "To: Delegations")
_EU_COUNCILS_OWN = re.compile(r"\b\d{3,4}(?:st|nd|rd|th)\s+(?:[A-Z][A-Za-z ]{2,60}\s+)?Council\s+[Mm]eeting\b"
                              r"|\b\d{4,5}/\d\d\s+\(Presse\s+\d+\)"
                              r"|(?:^|\n)From:[^\S\n]+General Secretariat of the Council\b"
                              r"|\bThe Council\b(?!\s+of\s+Europe)[^.\n]{0,120}?\badopted the following conclusions\b")
_SUPERVISION = re.compile(r"\bMinisters['’] Deputies\b|\bsupervision of the execution\b|\bexecution of the judgments?\b"
                         r"|^\d+(?:st|nd|rd|th) meeting\b.*\(DH\)"
                         # (the Deputies' decisions: the Committee of Ministers', whatever else the text names)
                         rf"|{DEPUTIES_DECIDE.pattern}"
                         # (and in French: "Délégués des Ministres", "Surveillance de l'exécution des
                         # arrêts", "1492e réunion, 6-8 mars 2024 (DH)")
                         r"|\bd[ée]l[ée]gu[ée]s des ministres\b|\bsurveillance de l['’]ex[ée]cution\b"
                         r"|\bex[ée]cution des arr[êe]ts\b|^\d+(?:e|[èe]me|re) r[ée]union\b.*\(DH\)", re.IGNORECASE | re.MULTILINE)
_TRANSMITS = re.compile(r"\bhas the honou?r to transmit to the (?:General Assembly|Human Rights Council|Security Council)"
                        r"\s+(?:the\s+)?(?:\w+\s+)?reports?\s+(?:of|by)\s+(?P<author>[^.,;]{3,160})", re.IGNORECASE)
_UN_SECRETARY_GENERAL = re.compile(r"\b(?:United Nations|UN) Secretary-General\b|\bSecretary-General of the United Nations\b"
                                   r"|\bSpokes(?:person|man|woman) for the Secretary-General\b"
                                   r"|\bBM Genel Sekreter(?:i)?\b", re.IGNORECASE)
# ... and a text the title says is theirs, the UN's office written with its hyphen ("Report
# of the Secretary-General on his mission of good offices in Cyprus"; the Council of Europe's,
# NATO's and the OSCE's is a "Secretary General")
_SECRETARY_GENERALS_TEXT = re.compile(r"(?:report|note|letter|statement|remarks|message|address)\s+(?:of|by)\s+the\s+"
                                      r"Secretary-General\b(?!\s+of\s+(?!the\s+United\s+Nations))", re.IGNORECASE)
# the EU's statement at another institution's meeting ("EU Statement" under the lines of the
# International Labour Conference or a Human Rights Council session that name where it was
# made; "Statement on behalf of the European Union"): the EU's, made by its External Action
# Service's delegations, whatever body the lines above it name
# (after a few codes in capitals at most: "ILO 108 CAS EU Statement on Turkey"; not "Türkiye
# rejects EU statement", a news item's)
_EU_STATEMENT = re.compile(r"^(?:(?:[A-Z0-9]{2,10} ){0,4}(?:EU|European Union|EUROPEAN UNION) (?:[Ss]tatement|STATEMENT"
                           r"|[Ii]ntervention|INTERVENTION)\b.{0,80}"
                           r"|(?:[Ss]tatement|STATEMENT) (?:by|of|on behalf of|BY|OF|ON BEHALF OF) (?:the|THE) "
                           r"(?:European Union|EUROPEAN UNION)(?: and its Member States| AND ITS MEMBER STATES)?\W*)$",
                           re.MULTILINE)
# the European Commission's summary of its yearly report on a country of its enlargement policy,
# as its representations and the press print it under its own title ("Key findings of the 2023
# Report on Türkiye"; "of the 2016 Progress Report on ..."), the Commission named nowhere above
_COMMISSION_KEY_FINDINGS = re.compile(r"^\W*key findings of the (?:19|20)\d\d (?:progress )?report on\b", re.IGNORECASE)
# the UN's agencies, funds and programmes by their names on a heading line
_UN_AGENCY = re.compile(r"(?<!\w)(?:UNICEF|unicef|UNDP|UNFPA|UN Women|UN-Habitat|UNESCO|UNODC|OCHA|WFP|UNRWA|UNOPS"
                        r"|United Nations (?:Children's Fund|Development Programme|Population Fund|Office for the Coordination"
                        r" of Humanitarian Affairs)|World Food Programme)(?!\w)")
# Türkiye's Ministry of Foreign Affairs numbers and dates its press releases and its
# spokesperson's answers and statements before their title ("QA-20, 13 April 2017, Statement
# of the Spokesperson ...", "SC-72, ...", "No: 79, 20 March 2018, Press Release Regarding ...":
# a number so only with the Ministry named), a copy without its masthead too
_MINISTRY_RELEASE = re.compile(rf"^\s*{RELEASE_NUMBER}", re.MULTILINE)
_MINISTRY = re.compile(r"\bMinistry of Foreign Affairs\b|\bDışişleri Bakanlığı|\bМинистерств\w* иностранных дел\b", re.IGNORECASE)
# Türkiye's own statement at a body's meeting, on a line of its own ("Statement by Turkey as
# concerned country" under "33rd Session of the Human Rights Council Interactive Dialogue with
# the Working Group on ...", "Statement by the Delegation of Türkiye"): the Government's, not
# the body's whose meeting it was
_STATEMENT_BY_TURKEY = re.compile(r"^[^\S\n]*(?:statement|intervention|remarks)\s+(?:by|of)\s+(?:the\s+(?:delegation|permanent\s+"
                                  r"mission|republic)\s+of\s+(?:the\s+republic\s+of\s+)?)?(?:turkey|türkiye)\b[^\n]{0,60}$",
                                  re.IGNORECASE | re.MULTILINE)
# Türkiye's mission abroad heading its page, a line of its own: "T.C. Berlin Büyükelçiliği",
# "Türkiye Cumhuriyeti Cenevre Başkonsolosluğu" (the Government's; in other languages, the
# taxonomy's cues: "Embassy of the Republic of Türkiye", "Türkische Botschaft"); or the
# Republic's name over the mission's, as an embassy's page prints them ("Türkiye Cumhuriyeti" /
# "Darüsselam Büyükelçiliği")
_TURKISH_MISSION = re.compile(r"^[^\S\n]*(?:T\.\s?C\.|Türkiye Cumhuriyeti|TÜRKİYE CUMHURİYETİ)(?:[^\S\n]+|[^\S\n]*\n\s*)"
                              r"(?:[^\W\d_]+[^\S\n]+){0,3}"
                              r"(?:Büyükelçiliği|BÜYÜKELÇİLİĞİ|Başkonsolosluğu|BAŞKONSOLOSLUĞU|Daimi Temsilciliği"
                              r"|DAİMİ TEMSİLCİLİĞİ)[^\S\n]*$", re.MULTILINE)
# (its own words after the number and date: "No: 41, 2 February 2022, Press Release Regarding ...")
_RELEASE_WORDS = re.compile(r"\s*(?:Press Release|Statement|Basın Açıklaması|Açıklama|Communiqué de presse)\b", re.IGNORECASE)
_LINE_OPENING = re.compile(r"[^\S\n]*(?:[•·▪-][^\S\n]*)?")
# the European Council's masthead, a line of its own over its pages ("European Council" /
# "• 18/03/2016" / "• Statements and remarks"; or in capitals)
_EUROPEAN_COUNCIL = re.compile(r"^[^\S\n]*(?:[•·-][^\S\n]*)?(?:European Council|EUROPEAN COUNCIL)[^\S\n]*$", re.MULTILINE)
# the Council of Europe's masthead, a line of its own (in one of its languages, or two of them
# side by side), and its Secretary General: a text of the organisation's though no body of
# ours names it (the Secretary General's statement, a secretariat's report)
_COE_MASTHEAD = re.compile(r"^[^\S\n]*(?:Council of Europe|COUNCIL OF EUROPE|Conseil de l['’]Europe|CONSEIL DE L['’]EUROPE"
                           r"|Avrupa Konseyi|AVRUPA KONSEYİ)(?:[^\S\n]*[/|-]?[^\S\n]*(?:Conseil de l['’]Europe"
                           r"|CONSEIL DE L['’]EUROPE))?[^\S\n]*$", re.MULTILINE)
_COE_SECRETARY_GENERAL = re.compile(r"\bSecretary General of the Council of Europe\b|\bCouncil of Europe Secretary General\b"
                                    r"|\bSecrétaire Général du Conseil de l['’]Europe\b|\bAvrupa Konseyi Genel Sekreteri\b",
                                    re.IGNORECASE)
# "European Commission" beginning another European commission's name ("... for Democracy through
# Law", "... for the Efficiency of Justice", "... against Racism and Intolerance", "... of Human
# Rights"), not the EU's: its own cue, where we know the body, names it at the same place
_OTHER_COMMISSION = re.compile(r"\s+(?:for|against|of|pour|contre)\s+(?:the\s+|l['’]\s*|la\s+|le\s+)?[^\W\d_]{3,}")
_ECTHR_CASE = re.compile(r"\b(?:CASE OF|AFFAIRE)\s+.{2,120}?\s+(?:v\.|c\.)\s+T(?:URKEY|ÜRKİYE|URQUIE)", re.IGNORECASE | re.DOTALL)


@lru_cache(maxsize=2)
def _cue_patterns(digest: str) -> list[tuple[str, str, re.Pattern[str]]]:
    """(body, cue, pattern over folded text) for every cue of the taxonomy (`digest`: its
    data's, so a changed taxonomy is compiled anew); a name may wrap over two heading
    lines ("Office of the United Nations High Commissioner" / "for Human Rights")."""
    return [(body.key, cue, re.compile(as_words(r"\s+".join(map(re.escape, fold(cue).split())), cue)))
            for body in taxonomy.load().bodies.values() for cue in body.cues]


# a headline's subject, a body by its short name before the verb telling what it did ("CPT
# publishes report on Turkey", "GREVIO publie son rapport ..."): the body's own news
_HEADLINE_SUBJECT = re.compile(r"^\W*(?P<name>[^\W\d_][\w-]{2,9})\s+")
# ... or one of its officials, named after its short name in the possessive ("OSCE PA’s Sanchez
# Amor expresses concern over ...", "UN’s Jane Example urges ...")
_HEADLINE_OFFICIAL = re.compile(r"^\W*(?P<name>[A-ZÇĞİÖŞÜ][\w-]{1,9}(?: [A-Z]{2,5})?)['’]s\s+(?:[A-ZÀ-ÝÇĞİÖŞÜ][\w'’.-]+\s+){1,3}")


@lru_cache(maxsize=2)
def _abbreviated_bodies(digest: str) -> dict[str, str]:
    """The taxonomy's short names that are abbreviations (two capitals at least: "CPT",
    "ECtHR", "AİHM", or words all in capitals, "OSCE PA"; not "Council" or "Commission", words of
    other names too, nor "Venice Commission"), by body."""
    return {abbreviation: body.key for body in taxonomy.load().bodies.values() for abbreviation in body.abbreviations
            if (" " not in abbreviation or all(part.isupper() for part in abbreviation.split()))
            and sum(c.isupper() for c in abbreviation) >= 2}


def _in_title_or_heading(rx: re.Pattern[str], head: str, title: str) -> re.Match[str] | None:
    """The first match of `rx` in `head` (the title, then page 1's head) that is in the title
    or on a heading line, a short one (not a paragraph's sentence citing it)."""
    return next((m for m in rx.finditer(head) if m.start() <= len(title)
                 or len(line_at(head, m.start())) <= HEADING_CHARS), None)


# the UN named before a body's name (folded): the UN's body, though its name in a language's
# press is the one of a Council of Europe body ("BM İşkenceyi Önleme Komitesi", the UN's
# Subcommittee on Prevention of Torture, not the European Committee, the CPT)
# (not "un", folded: French, Spanish and Italian's article, "un comité")
_UN_BEFORE = re.compile(r"(?:\bbm|birlesmis milletler|united nations|nations unies|\bonu)\s+$")


# "adopted by" before a body's name in a title on another text (dates.ON_ANOTHER_TEXT: "Opinion on
# the Amendments to the Constitution Adopted by the Grand National Assembly ..."): the body is
# that text's author, not the title's (folded)
_ADOPTED_BY = re.compile(r"\badopted by (?:the )?$")
# ... and a body named as the one a dialogue was held with, at a session where a State or an NGO
# speaks ("31st Session of the Human Rights Council Interactive Dialogue with the High
# Commissioner for Human Rights", over a delegation's "Mr. President, ..."; nor the shorter name
# inside the interlocutor's, the Council of Europe's "Commissioner for Human Rights"): its
# interlocutor (folded)
_DIALOGUE_WITH = re.compile(r"\b(?:interactive )?dialogue with (?:the )?(?:[\w-]+ ){0,2}$")
# ... or a body a resolution's recital or citation names, opening its line ("Aa. whereas the
# Parliamentary Assembly of the Council of Europe (PACE) and ... were invited to observe ...",
# "– having regard to the report of the Commissioner ...", an amendment's text on a tracker's
# page): cited, not the text's author (folded)
_RECITAL = re.compile(r"(?:^|\n)[^\S\n]*(?:[\w.()–-]{1,5}[^\S\n]+)?(?:whereas|having regard to|considerant que)[^\S\n]+"
                      r"(?:the[^\S\n]+)?$")
# a body's name followed by a colon and a number: a row of a news item's list of counts
# ("Türkiye Büyük Millet Meclisi: 32 kişi" / "Yargıtay Başkanlığı: 183 kişi", the dismissed)
_TALLY = re.compile(r"[^\S\n]*:[^\S\n]*\d")


# a text that names its author as its own in its first sentence, where a copy lost its masthead ("1. The
# present report of the Office of the United Nations High Commissioner for Human Rights (OHCHR) provides
# ...") (folded)
_PRESENT_REPORT_OF = re.compile(r"\bthe present (?:report|document) (?:of|by|is submitted by) (?:the )?$")


def _cue_body(pages: list[str], title: str) -> Tagged | None:
    """The body whose cue phrase appears earliest in the title or first pages."""
    zone = fold(title) + "\n" + (fold(pages[0][:HEADER_CHARS]) if pages else "")
    # a list of abbreviations spells out the bodies a text cites ("ABBREVIATIONS" / "ECtHR
    # European Court of Human Rights")
    listed = _ABBREVIATIONS.search(zone, len(title))
    zone = zone[:listed.start()] if listed else zone
    found: list[tuple[int, int, str, str]] = []
    for key, cue, rx in _cue_patterns(taxonomy.digest()):
        for m in rx.finditer(zone):
            if key in _COURTS and _JUDGMENTS_OF.match(zone, m.end()):
                continue
            if key == "European Commission" and _OTHER_COMMISSION.match(zone, m.end()):
                continue  # "Avrupa İnsan Hakları Mahkemesi Kararları Işığında ...": about them
            if _TALLY.match(zone, m.end()):
                continue  # a row of a list's count, "Türkiye Büyük Millet Meclisi: 32 kişi": named, no author
            if _DIALOGUE_WITH.search(zone, max(0, m.start() - 40), m.start()):
                continue  # the interlocutor of a dialogue a statement was made at, not its speaker
            if _RECITAL.search(zone, max(0, m.start() - 40), m.start()):
                continue  # a body a recital names, cited
            if m.start() <= len(title) and (by := _ADOPTED_BY.search(zone, 0, m.start())) \
                    and ON_ANOTHER_TEXT.search(zone, 0, by.start()):
                continue  # the adopter of the text the title is on: "Opinion on the Amendments ... Adopted by the Grand National Assembly"
            if _UN_BEFORE.search(zone, max(0, m.start() - 30), m.start()) and taxonomy.load().mechanism_of(key) == "CoE":
                continue  # the UN's body, its name like a European one's: "BM İşkenceyi Önleme Komitesi"
            if _is_heading(zone, m.start(), len(title), m.end()) or _PRESENT_REPORT_OF.search(zone, max(0, m.start() - 40),
                                                                                               m.start()):
                found.append((m.start(), -len(cue), key, cue))
                break
    # A parent body named in every header (the Human Rights Council above a UPR report
    # or a Special Rapporteur's report) gives way to a more specific one.
    specific = [f for f in found if f[2] not in GENERIC_BODIES]
    if specific:
        found = specific
    found = [f for f in found if f[2] in MASTHEAD_BODIES] or found
    if not found:
        return None
    # earlier wins; at the same place, the longer (more specific) cue wins
    _, _, key, cue = min(found)
    return Tagged(key, [Evidence(cue, 1)], rule="cue")


def _is_heading(zone: str, pos: int, title_len: int, end: int | None = None) -> bool:
    """A cue (at `pos`, to `end`) counts in the title or on a heading line: a short line, or
    the start of one.

    "The Committee against Torture (CAT/C/TUR/CO/4) found..." in running text cites the
    body; "Committee against Torture" on a line of its own names the author. A name that
    a paragraph's sentence wraps into and goes on after ("... As in the past" / "European
    Court of Human Rights judgments on ...", as a PDF's text gives an NGO's report) is
    cited; not the name alone under a long line (a cover's "Committee against Torture" under
    the Convention's name), nor the one that opens a text's formula ("... d'Exemple," / "La
    Cour européenne des droits de l'homme, siégeant en ...").
    """
    if pos <= title_len:
        return True
    start = zone.rfind("\n", 0, pos) + 1
    line = line_at(zone, pos)
    if _ADDRESSEE.search(line):  # the body a letter is addressed to is no author
        return False
    if len(line) > HEADING_CHARS and SENTENCE_END.search(line):
        return False  # a paragraph's sentence opening on the name tells what the body did
    if start > 0 and end is not None and _SENTENCE_GOES_ON.match(zone, end) \
            and runs_into_next(line_at(zone, start - 1).strip()):
        return False
    return len(line) <= HEADING_CHARS or pos - start <= HEADING_LEAD


# A court's name followed by the word for its judgments or case-law names what a text is about
# (a journal's article "Avrupa İnsan Hakları Mahkemesi Kararları Işığında İfade Özgürlüğü", "...
# Mahkemesi'nin içtihatları", "European Court of Human Rights case-law on ..."): a court's own
# texts are read by their headings (ingest.enrich.ecthr, .cjeu, title.high_court_decision).
_COURTS = COURTS | {"CJEU"}
_JUDGMENTS_OF = re.compile(r"(?:'\w+)?\s+(?:karar\w*|ictihat\w*|judgments?|decisions|case-law|case law|jurisprudence"
                           r"|rulings?)(?!\w)")
_ABBREVIATIONS = re.compile(r"^\W*(?:list of |liste des )?(?:abbreviations|acronyms|abreviations|sigles|kisaltmalar)"
                            r"(?: (?:and|et|ve) (?:acronyms|abbreviations|acronymes|sigles))?\W*$", re.MULTILINE)
# (folded: "To the attention of the Committee of Ministers", "À l'attention du Comité des
# Ministres", "To: ...", "Bakanlar Komitesi'nin dikkatine")
_ADDRESSEE = re.compile(r"^\W*(?:(?:to|for) the attention of|a l.?attention d|to\s*:)|\bdikkatine\W*$")
_SENTENCE_GOES_ON = re.compile(r"[^\S\n]+[^\W\d_]")  # (folded: " judgments on ...", not ", sitting" or " 28.02.2031")


def is_submission_to_a_body(pages: list[str], title: str) -> Evidence | None:
    """Shadow reports and submissions name the body they are addressed to, not their author."""
    zone = fold(title) + "\n" + (fold(pages[0][:HEADER_CHARS]) if pages else "")
    m = SUBMISSION.search(zone)
    return Evidence(m.group(), 1) if m else None


def body_from_identifiers(own: list[Tagged]) -> Tagged | None:
    for tag in own:
        scheme, value = tag.value
        if scheme == "un-symbol":
            for rx, key in _UN_SYMBOL_BODIES:
                if rx.search(value):
                    return Tagged(key, tag.evidence, rule="identifier")
        elif scheme in _SCHEME_BODIES:
            return Tagged(_SCHEME_BODIES[scheme], tag.evidence, rule="identifier")
        elif scheme == "ecli" and (court := _ECLI_BODIES.get(value.split(":")[1].upper() if value.count(":") > 1 else "")):
            return Tagged(court, tag.evidence, rule="identifier")
    return None


# A treaty body's kinds of document: one that names no body is the committee whose symbols
# it cites (concluding observations read without their cover, as an index's copy gives them:
# "Concluding observations on the seventh periodic report of Turkey*" citing "CEDAW/C/TUR/7").
TREATY_BODY_KINDS = frozenset({"concluding-observations", "list-of-issues", "summary-record"})


def treaty_body_cited(cited: list[Tagged]) -> Tagged | None:
    """The one treaty body whose UN symbols `cited` holds, if one."""
    bodies: dict[str, Tagged] = {}
    for tag in cited:
        scheme, value = tag.value
        key = next((key for rx, key in _UN_SYMBOL_BODIES if rx.search(value)), None) if scheme == "un-symbol" else None
        if key is not None and key != "UPR":
            bodies.setdefault(key, Tagged(key, tag.evidence, rule="cited-symbol"))
    return next(iter(bodies.values())) if len(bodies) == 1 else None


# A treaty body's agenda item names the article of its treaty States report under, which
# tells the committee where no other line names it (a copy without the cover's masthead):
# "Consideration of reports submitted by States parties under article 18 of the Convention",
# and so does a State party's report by its own title ("Eighth periodic report submitted by
# Turkey under article 18 of the Convention, due in 2020", its copy without the cover)
_REPORTING_BODIES = {("convention", "9"): "CERD", ("convention", "18"): "CEDAW", ("convention", "19"): "CAT",
                     ("convention", "29"): "CED", ("convention", "35"): "CRPD", ("convention", "44"): "CRC",
                     ("convention", "73"): "CMW", ("covenant", "40"): "CCPR", ("covenant", "16"): "CESCR"}
_REPORTING_ARTICLE = re.compile(r"\breports?(?:, comments and information)? submitted by (?:states parties|[^\W\d_][^\d,;:()]{1,60}?)"
                                r"\s+under\s+"
                                r"articles?\s+(?P<article>9|18|19|29|35|44|73|40|16)(?:\s+and\s+17)?\s+of\s+the\s+"
                                r"(?P<treaty>convention|covenant)\b")


def find_mechanism(pages: list[str], title: str, own: list[Tagged]) -> tuple[Tagged | None, Tagged | None]:
    """(mechanism, body) with evidence.

    A document that names no official body in its header or identifiers (an NGO report,
    a news item, a submission addressed to a body) is civil society's, with no body.
    """
    tax = taxonomy.load()
    submission = is_submission_to_a_body(pages, title)
    if submission:
        return Tagged("civil-society", [submission], rule="submission"), None
    body = body_from_identifiers(own)
    head = title + "\n" + (pages[0][:HEADER_CHARS] if pages else "")
    folded = fold(head)
    # a third party's written comments in a case before the Court are the intervener's (an
    # NGO's: the application number is the case's), unless a body's own identifier says whose
    if (body is None or body.value == "ECtHR") and (m := THIRD_PARTY.search(folded)):
        return Tagged("civil-society", [Evidence(m.group(), 1)], rule="submission"), None
    if body is not None and body.rule == "identifier" and body.value == "PACE" and (
            UN_RESOLUTION_LINE.search(folded) or _COUNCILS_RESOLUTION.search(folded)):
        body = None  # "Resolution 2931 (2030)" numbers the Security Council's too: adopted by it, it is the UN's
    if body is not None and body.value == "ECtHR":
        # the Committee of Ministers' decision on a case is headed by the case's name
        # and application number ("H46-33 Kavala v. Türkiye (Application No. 28749/18)")
        cm = _SUPERVISION.search(head)
        if cm:
            body = Tagged("Committee of Ministers", [Evidence(cm.group(), 1)], rule="cue")
    if body is None and (m := PACE_AMENDMENT.search(head) or PACE_RECORD.search(head)):  # (the report it amends)
        body = Tagged("PACE", [Evidence(m.group(), 1)], rule="cue")
    if body is None and (m := _EU_STATEMENT.search(head)):
        body = Tagged("EEAS", [Evidence(m.group().strip()[:80], 1)], rule="cue")
    if body is None and (m := _MINISTRY_RELEASE.search(head)) \
            and (m.group("prefix").casefold() != "no" or _MINISTRY.search(head) or _RELEASE_WORDS.match(head, m.end())):
        body = Tagged("Government", [Evidence(m.group().strip()[:80], 1)], rule="cue")
    if body is None and (m := _TURKISH_MISSION.search(head)):
        body = Tagged("Government", [Evidence(m.group().strip(), 1)], rule="cue")
    if body is None and (m := _STATEMENT_BY_TURKEY.search(head)):
        body = Tagged("Government", [Evidence(m.group().strip(), 1)], rule="cue")
    if body is None and (m := _COMMISSION_KEY_FINDINGS.match(title)):
        body = Tagged("European Commission", [Evidence(m.group().strip(), 1)], rule="cue")
    if body is None and (m := _EUROPEAN_COUNCIL.search(head)):
        body = Tagged("European Council", [Evidence(m.group().strip(), 1)], rule="cue")
    if body is None and (m := _EU_COUNCILS_OWN.search(head)):
        body = Tagged("Council of the EU", [Evidence(m.group(), 1)], rule="cue")
    if body is None and (m := DEPUTIES_DECIDE.search(head)):
        body = Tagged("Committee of Ministers", [Evidence(m.group(), 1)], rule="cue")
    if body is None and (m := ECTHR_PRESS_RELEASE.search(folded)):  # (the Court's, its sentence in running text)
        body = Tagged("ECtHR", [Evidence(m.group().strip(), 1)], rule="cue")
    if body is None:
        m = _ECTHR_CASE.search(head)
        if m:
            body = Tagged("ECtHR", [Evidence(m.group()[:80], 1)], rule="case-title")
    if body is None:
        body = _cue_body(pages, title)
    if body is None and (m := next((m for m in (_HEADLINE_SUBJECT.match(title), _HEADLINE_OFFICIAL.match(title))
                                    if m and REPORTING_VERB.match(title[m.end():])), None)) \
            and (key := _abbreviated_bodies(taxonomy.digest()).get(m.group("name"))):
        body = Tagged(key, [Evidence(m.group().strip(), 1)], rule="headline")
    if body is None and (m := _REPORTING_ARTICLE.search(folded)) \
            and (committee := _REPORTING_BODIES.get((m.group("treaty"), m.group("article")))):
        body = Tagged(committee, [Evidence(m.group(), 1)], rule="cue")
    if body is None:
        # An A/HRC symbol without a more specific cue is a Human Rights Council document.
        for tag in own:
            if tag.value[0] == "un-symbol" and tag.value[1].startswith("A/HRC/"):
                body = Tagged("HRC", tag.evidence, rule="identifier")
                break
    if body is None and pages:
        # the Secretary-General's note transmitting a report to the General Assembly: its
        # author is the report's ("... has the honour to transmit to the General Assembly
        # the report of the Special Rapporteur on ...")
        m = _TRANSMITS.search(pages[0][:HEADER_CHARS * 3])
        author = _cue_body([m.group("author")], "") if m else None
        body = Tagged(author.value, [Evidence(m.group()[:120], 1)], rule="transmitted") if m and author else None
    if body is None:
        if not (title.strip() or any(p.strip() for p in pages)):
            return None, None
        un = next((tag for tag in own if tag.value[0] == "un-symbol"), None)
        if un is not None:  # a UN document whose body is not named: the UN's all the same
            return Tagged("UN", un.evidence, rule="identifier"), None
        if pages and un_session_and_agenda(pages[0]):  # (... and one read as a UN cover without its symbol)
            return Tagged("UN", [], rule="cover"), None
        # the Secretary-General's words, or their spokesperson's ("Statement attributable to
        # the Spokesperson for the Secretary-General"): the UN's, though no body of ours
        sg = _in_title_or_heading(_UN_SECRETARY_GENERAL, head, title) or _SECRETARY_GENERALS_TEXT.match(title)
        if sg is not None:
            return Tagged("UN", [Evidence(sg.group(), 1)], rule="cue"), None
        # a UN agency's report or brief, its name heading it (UNICEF's, UNDP's, UN Women's,
        # OCHA's, ...): the UN's, though no body of ours
        # (its name opening a heading line: "Practicum of the UNESCO Chair of the University ..."
        # names a university's chair, not the agency's text)
        agency = next((m for m in _UN_AGENCY.finditer(head) if m.start() <= len(title)
                       or (on_heading_line(head, m.start()) and _LINE_OPENING.fullmatch(head, head.rfind("\n", 0, m.start()) + 1,
                                                                                         m.start()))), None)
        if agency is not None:
            return Tagged("UN", [Evidence(agency.group(), 1)], rule="cue"), None
        # a UN organ's resolution, its preamble opening on the organ's name ("The Security
        # Council," / "Having considered the situation in Cyprus ...")
        organ = UN_RESOLUTION_LINE.search(folded)
        if organ is not None:
            return Tagged("UN", [Evidence(organ.group().strip(), 1)], rule="cue"), None
        # the UN's meetings coverage or press release by its own symbol ("SC/15187")
        press = UN_PRESS_SYMBOL.search(folded)
        if press is not None:
            return Tagged("UN", [Evidence(press.group().strip(), 1)], rule="cue"), None
        # the Council of Europe's masthead or its Secretary General: the CoE's, though no body of ours
        coe = _in_title_or_heading(_COE_SECRETARY_GENERAL, head, title) or _COE_MASTHEAD.search(head)
        if coe is not None:
            return Tagged("CoE", [Evidence(coe.group().strip(), 1)], rule="cue"), None
        return Tagged("civil-society", [], rule="no-official-body"), None
    mech_key = tax.mechanism_of(body.value)
    mechanism = Tagged(mech_key, body.evidence, rule=body.rule) if mech_key else None
    return mechanism, body
