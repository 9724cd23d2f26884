"""Document type from the title and the head of the first page."""
from __future__ import annotations

import re
from functools import lru_cache

from archive import taxonomy
from archive.search.analysis import fold

from . import Evidence, Tagged, as_words, on_heading_line
from .dates import DATELINE_PLACES
from .eu_languages import accompanying_pattern, country_report_title, preamble_line, resolution_opening

# An amendment tabled in the Parliamentary Assembly, headed by the number of the report it
# amends ("Amendment No. 23 | Doc. 14282 | 24 April 2017"); also the body's cue (mechanism).
PACE_AMENDMENT = re.compile(r"^\s*amendment no\. ?\d+\s*\|\s*doc\. ?\d{4,5}", re.IGNORECASE | re.MULTILINE)
# Its record of a sitting, by its symbol on a line of its own ("AS (2017) CR 12"); also the
# body's cue (mechanism) and its title's mark (title: "Twelfth sitting, Tuesday 25 April 2017 ...")
PACE_RECORD = re.compile(r"^\s*AS\s*\((?:19|20)\d\d\)\s*CR\s*\d+\s*$", re.IGNORECASE | re.MULTILINE)

# a third party's intervention in a case before a court, over folded text
THIRD_PARTY = re.compile(r"\bthird[- ]party (?:intervention|interveners?|submissions?|comments|observations)\b"
                         r"|\bwritten (?:submissions|comments|observations) (?:on behalf of|of|by|submitted by) the interven"
                         r"|\bamicus curiae (?:brief|submission)|\bintervention en (?:qualite de )?tiers|\btierce intervention\b"
                         r"|\bucuncu taraf (?:mudahale|gorus)")

# a UN organ's resolution by the line that says it adopted it or the preamble's opening line,
# over folded text (also the mechanism's cue: a copy without the masthead is the UN's)
UN_RESOLUTION_LINE = re.compile(r"^adopted by the (?:security council|general assembly|economic and social council) at its \d+"
                                r"|^[^\S\n]*the (?:security council|general assembly|economic and social council),[^\S\n]*$",
                                re.MULTILINE)

# a treaty body's general comment or recommendation by its heading (in the title or on a
# heading line: a concluding observation "recalls its general recommendation No. 35")
GENERAL_COMMENT = re.compile(r"^(?:general comment|general recommendation|observation generale|recommandation generale"
                             r"|observacion general|recomendacion general|genel yorum|genel tavsiye)s? "
                             r"(?:no\.?|n[o°]|nº|numara(?:li)?)?\s*\d+", re.MULTILINE)

# (not "decision-making", "decision makers")
# someone's statement by its title's last word in Turkish ("Genel Sekreter'in referandum sonucuna
# ilişkin açıklaması") or its first in French
# ("Déclaration du Secrétaire Général ...", not "Déclaration universelle ..." nor "... des droits"), and
# organisations' joint one in English ("Joint declaration on the state of emergency in Turkey") and in
# Turkish, its title's last words ("... Gözlemci Misyonları Ortak Bildirisi;")
STATEMENT_OF = re.compile(r"\baciklamasi\W*$|\bortak bildiri(?:si)?\W*$"
                          r"|^\W*(?:declaration (?:du|de la|de l'|conjointe|commune)|joint declaration)\b", re.MULTILINE)
# (nor a court's decisions in the plural, what a study is on: "... Prohibition of Discrimination in
# Turkish Constitutional Court Decisions")
_DECISION = re.compile(r"(?<!\w)(?:decision(?![\w-]|\s+mak)|(?<!court\s)(?<!court\s\s)(?<!court's\s)(?<!court’s\s)"
                       r"decisions(?![\w-]|\s+mak))")

# a news headline that tells of a report ("Turkey has secret torture sites ...: report",
# "Prisons overcrowded, report finds", "...: Rapor"): news, not the report (in a title or on a
# heading line only)
NEWS_OF_A_REPORT = re.compile(r"(?:[:–—]|\s-)\s*(?:new )?(?:report|study|survey|rapor)\s*$"
                              # (what a report does told in it or by it: "Freedom House reduces Turkey's
                              # status to 'not free' in annual report", "In Freedom House report, Turkey
                              # is also a 'not free country' this year")
                              r"|\w \S+ .+\bin (?:its |their |an? )?(?:annual|latest|new|yearly) report\s*$"
                              r"|^in (?:[\w'’.-]+ ){1,4}report,"
                              # (or a country's place in another's report, whose it is said: "Turkey in the
                              # 2022 World Report of Human Rights Watch"; not a report's heading,
                              # "Recommendations made in the report")
                              r"|^[^\W\d_][\w'’ -]{1,40}? in the (?:[\w'’.-]+ ){0,4}?report (?:of|by) [^\W\d_]"
                              # (or before it, at the headline's end: "Turkey no longer even 'Partly Free'
                              # concludes Freedom House report", "..., says Amnesty report")
                              r"|(?<=\S )(?:says|finds|concludes|warns|claims)\s+(?:[\w'’-]+\s+){0,4}?(?:report|study|survey)\W*$"
                              # (not a report's words of itself: "This report documents ...", "The present
                              # report highlights ...", "Our study finds ...")
                              r"|(?<!\bthis )(?<!\bpresent )(?<!\bour )\b(?:report|study|survey)s?(?: (?:of|by|from)(?: [\w'’-]+){1,5}?)?"
                              r" (?:says|finds|shows|reveals"
                              r"|claims|warns|suggests"
                              # ("US State Department annual report details Turkey's human rights abuses", "The
                              # report of the Foreign Affairs Committee underlines that ...")
                              r"|details|documents|highlights|exposes|accuses|critici[sz]es|slams|underlines|stresses)\b"
                              # (a reaction to a report, by the one it is on or another: "Turkiye regrets
                              # report by OSCE election observation mission", "Ankara rejects EU report")
                              r"|(?<=\w )(?:regrets|rejects|slams|dismisses|critici[sz]es|responds to|reacts to)\s+"
                              r"(?:[\w'’-]+\s+){0,4}?(?:reports?|rapports?)\b"
                              # ("CPT publishes report on Turkey", "HRW launches 2022 World Report", "Il
                              # Comitato anti-tortura pubblica due rapporti sulla Turchia", "...
                              # publishes two reports on ...", "Le
                              # Comité ... publie deux rapports", "Turkey authorises publication of report
                              # by ...", "La Turquie autorise la publication d'un rapport ...", "Turkish
                              # response to report by ...", "Réponse de la Turquie à un rapport ...")
                              # (and of a body's opinion, memorandum, conclusions or resolution: "Venice
                              # Commission adopts opinion on ...", "Commissioner publishes memorandum", "ECRI
                              # publishes its sixth report on ...", "Committee of Ministers adopts interim
                              # resolution in the ... case", "PACE adopts resolution on ...", "MEPs adopt
                              # resolution on ...")
                              # (and of one handed to a body: "bianet Submits Istanbul Convention Shadow Report
                              # to GREVIO", "... presents its report to ...")
                              # (not a noun in a list: "International protection issues and recommendations
                              # from ... bodies", "Press releases and reports")
                              r"|(?:\b(?:publishes|(?:releases|(?<!\bof )issues)(?!\s+(?:and|or|of|in|for)\b)|launches|unveils|adopts|submits|presents|publie|adopte|pubblica|pubblicano"
                              r"|veroffentlicht|veroffentlichen)|(?<=\w )(?<!\ba )(?<!\bthe )(?<!\bto )"
                              r"(?:adopt|publish)"
                              # (or in the past, before the text it names: "GREVIO published its
                              # Evaluation Report on Turkey", "... a publié son rapport"; not "Report
                              # published by ..."; four words between at most: "EASO publishes Country
                              # of Origin Information reports on ...")
                              # (the subject's acronym in brackets before it: "... (GREVIO) launched the 2018 baseline
                              # evaluation report ...")
                              r"|(?<=[\w)] )(?:published|released|launched|unveiled|adopted|issued|a publie|a adopte)(?=\s+(?:its|their|a|an|the"
                              r"|son|sa|ses|un|une|le|la|les)\s))\s+(?:[\w-]+\s+){0,4}?"
                              r"(?:reports?|rapports?|rapport[oi]|berichte?|opinions?|avis|memorandum|conclusions|resolutions?|recommendations?"
                              r"|declarations?)\b"
                              # (a treaty body's meeting on a State's report, as the UN's meeting summaries
                              # headline it: "Committee against Torture considers report of Turkey",
                              # "... reviews the initial report of ...", "... concludes review of ...",
                              # "Le Comité ... examine le rapport de ...")
                              r"|\b(?:considers|reviews|examines|examine|examinent)\s+(?:[\w-]+\s+){0,4}?(?:reports?|rapports?)\b"
                              r"|\bconclude[sd]? (?:its |the )?(?:consideration|review|examination) of\b"
                              r"|\b(?:authori[sz]es|autorise) (?:the |la )?publication (?:of (?:a |the |its )?reports?|d.un rapport)\b"
                              r"|\bresponse to (?:a )?reports? by\b|\breponse de (?:la |l.)?\w+ a un rapport\b"
                              # (a Turkish headline's report in a case a sentence gives it, "Türkiye işkence
                              # raporuna onay vermedi", "... Komitesi raporlarına yayın izni", "AB raporunda
                              # ..."; a report's own title names it "... Raporu", one on another's report,
                              # "... raporuna ilişkin", is the kind it names, and an extract is "... yıllık
                              # raporundan: ...")
                              r"|\brapor(?:u|lari)?n(?:a|u|da)\b(?!\s+(?:iliskin|dair|yonelik|karsi))"
                              # (a headline saying a report was published or asking what it says:
                              # "Avrupa Komisyonu 2023 Türkiye Raporu Yayınlandı", "AB'nin Türkiye Raporu ne
                              # diyor?", "2016 İlerleme Raporu Neler Söylüyor?", "CPT report on Turkey
                              # published", "... report made public")
                              r"|\brapor(?:u|lari)?\s+(?:yayinlandi|yayimlandi|aciklandi|ne(?:ler)?\s+(?:diyor|soyluyor)|ortaya koydu"
                              r"|gosterdi)\b"
                              # (or asking what it holds, words between: "AB'nin Türkiye raporu ana bulguları
                              # neleri içeriyor?", "... raporunun öne çıkan başlıkları neler?")
                              # (not a report's own question of itself, "Bu raporda neler var?")
                              r"|(?<!\bbu )\brapor\w*[^\S\n]+(?:[\w'’]+[^\S\n]+){0,4}?(?:ne|neler|neleri|nelerdir)"
                              r"(?:[^\S\n]+[\w'’]+)?[^\S\n]*\?"
                              # (or what it did to someone, the headline's last words: "CPT raporu
                              # Türkiye’yi yalanladı", "... raporu hükümeti eleştirdi"; or where it was
                              # adopted: "... BAŞLIKLI RAPOR AVRUPA KONSEYİ PARLAMENTERLER MECLİSİ’NDE KABUL EDİLDİ")
                              r"|\brapor(?:u|lari)?\s+(?:[\w'’-]+\s+){1,4}?(?:yalanladi|dogruladi|elestirdi|uyardi|belgeledi"
                              r"|ortaya koydu|kabul edildi)\W*$"
                              # (and a decision, a decree, a regulation or a law published, the headline's last
                              # words: "10 İl için resmi karar yayımlandı!", "OHAL kararı Resmi Gazete'de
                              # yayımlandı", news of it, not the text)
                              r"|\b(?:karar(?:i|lari)?|kararname(?:si)?|genelge(?:si)?|yonetmelig?i?|kanun(?:u)?)\s+"
                              r"(?:[\w'’-]+\s+){0,3}?(?:yayinlandi|yayimlandi)\W*$"
                              # (or translated: "... İkinci Periyodik Raporu Türkçe’ye çevrildi!")
                              r"|\brapor(?:u|lari)?\s+(?:turkce|kurtce|ingilizce)\W{0,2}y?e\s+cevrildi\b"
                              r"|\breports?\b(?:\s+[\w-]+){0,5}\s+(?:published|released|made public)\W*$",
                              re.MULTILINE)

# a headline telling of a visit, by its verb ("Anti-torture Committee visits Türkiye", "UN expert
# to visit Turkey", "... carries out ad hoc visit to ...", "... concludes visit", "Le Comité ...
# se rend en Turquie", "... effectue une visite", "... Türkiye'yi ziyaret etti"): news, whatever
# its text says of the visit (or of a mission: "... conclude fact-finding mission to Turkey"); a
# visit's report names it ("Report ... on the visit to Turkey carried out by ...", "Visits to ...
# carried out by ...", "Ziyaret Raporu"), no verb before it, and a request or an invitation to
# visit is none
_VISIT_VERB = (r"(?:carries out|conducts|concludes|ends|completes|begins|starts|pays|undertakes|wraps up"
               r"|(?:to|will) (?:carry out|conduct|pay|undertake|conclude|begin)"
               # (the plural after its subject, "UN experts conclude visit to ..."; not "end",
               # "start" or "complete", which "the end of the visit" has, nor a noun's "the conduct
               # of the visit")
               r"|(?<!\bthe )(?<!\bof )(?<!\ba )(?:carry out|conduct|pay|undertake|conclude|begin|wrap up)"
               r"|(?:is|are) (?:carrying out|conducting))")
NEWS_OF_A_VISIT = re.compile(r"\bvisits (?!to\b|of\b|by\b|in\b|and\b|(?:carried|undertaken|conducted|made|paid|were|was|are|since|during|on|at|from|for)\b)\w"
                             r"|(?<!\binvitation )(?<!\brequest )(?<!\brequests )\b(?:to|will) visit\b|\bis visiting\b"
                             rf"|\b{_VISIT_VERB}\s+(?:(?:an?|its|his|her|their|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?:visit|mission)\b"
                             # (a visit postponed, cancelled or refused: "Government Postpones Visit by UN
                             # Torture Rapporteur", "... cancels visit of ...")
                             r"|\b(?:postpones?|postponed|cancels?|cancell?ed|delays|refuses|blocks)\s+(?:(?:an?|its|his|her"
                             r"|their|the)\s+)?(?:[\w-]+\s+){0,2}?visits?\b"
                             r"|\bse rend(?:ra)? (?:en|au|aux|a)\b"
                             r"|\b(?:effectue|effectuera|acheve|termine|entame|commence)\s+(?:une |sa |son )?(?:\w+ ){0,2}?visite\b"
                             r"|\bziyaret (?:etti|edecek|ediyor|gerceklestirdi|gerceklestirecek|gerceklestiriyor)\b"
                             r"|\bziyaretini (?:tamamladi|sonlandirdi|bitirdi)\b")

# a headline telling what someone called for, urged, condemned or welcomed, the verb after its
# subject ("UN experts call on Turkey to release ...", "Commissioner calls on Türkiye to ...",
# "... expresses concern over ...", "... appelle la Turquie à ...", "... kınadı"; and "Experts of
# the Committee ... commend Turkey for ..., ask about ...", as the UN's meeting summaries
# headline a dialogue, and "... holds interactive dialogue on ..."; and after a comma, "...
# imprisonment of two journalists in Turkey, urges their release"); not a call for input or
# submissions opening a title, nor "A call for justice"
NEWS_OF_A_CALL = re.compile(r"(?<=[\w,] )(?<!\ba )(?<!\ban )(?<!\bthe )(?:calls? (?:on|upon|for)|urges?|condemns?|welcomes|deplores|denounces"
                            r"|commends?|praises?|asks? about|raises? questions"
                            # ("UN experts seek release of all rights defenders ...")
                            r"|(?:seeks?|demands?) (?:the )?(?:immediate |urgent )?release"
                            r"|(?:expresses|voices|raises) (?:\w+ )?concerns?"
                            # (not "persons concerned by the measures", those the measures affect)
                            r"|(?:(?:deeply |seriously |gravely )?alarmed|(?:deeply |seriously |gravely )concerned) "
                            r"(?:about|at|by|over)|concerned (?:about|at|over)"
                            r"|appelle(?:nt)? (?:a|la|le|les|l.)|(?:exhorte|condamne|deplore|denonce)(?:nt)?)\b"
                            r"|\b(?:cagri (?:yapti|yapiyor)|cagrisinda bulundu|kinadi|memnuniyetle karsiladi)\b"
                            # (and in Arabic, Spanish, Italian and German, the verb after its subject: "المحكمة
                            # الأوروبية لحقوق الإنسان تدين تركيا", "El TEDH condena a Turquía", "... condanna la
                            # Turchia", "... verurteilt die Türkei")
                            r"|(?<=\w )(?:تدين|يدين|ادانت|دانت|تطالب|يطالب|condena(?:n)?|condanna(?:no)?|verurteilt|verurteilen)\b"
                            # (and in the passive, in Portuguese, Spanish and Italian: "Turquia condenada a
                            # indemnizar jornalistas curdos", "Turchia condannata per ...")
                            r"|(?<=\w )(?:condenad[oa]s?|condannat[oaie])\b"
                            # (and in Turkish and Kurmanji, what a court did, "... Türkiye'yi tazminata mahkum
                            # etti", "DMME ... Tirkiye mehkûm kir")
                            r"|(?<=\w )(?:mahkum etti|mehkum kir)\b"
                            # (a body's meeting, as the UN's meeting summaries headline it: "Human Rights
                            # Council holds interactive dialogue on ...", "... holds general debate on ...")
                            r"|(?<=\w )holds? (?:an? )?(?:interactive |general |urgent )?(?:dialogue|debate|discussion)s?\b"
                            # (someone's speech to a body, told by its verb after the speaker: "Turkish Dep FM
                            # Bozay addresses Human Rights Council"; not a speech's own "Address by ... to ...")
                            r"|(?<=\w )addresse?s (?:the )?(?:[\w'’-]+ ){0,4}?(?:council|assembly|committee|parliament|session"
                            r"|conference|summit)\b")
NEWS_HEADLINES = (NEWS_OF_A_REPORT, NEWS_OF_A_VISIT, NEWS_OF_A_CALL)
# a news site's label opening a headline ("LAST MINUTE NEWS: Statement from the Ministry ...",
# "BREAKING: ...", "SON DAKİKA: ...", "SON DAKİKA HABERİ | ..."): news, whatever kind of text the
# headline names (folded)
NEWS_LABEL = re.compile(r"^\W*(?:breaking(?: news)?|last minute(?: news)?|son dakika(?: haberi)?|flash news|just in)\s*[:|!–—-]")

# the Committee of Ministers' Deputies' decisions, opening a line of their own ("The Deputies,"
# / "1. recalled ..." under a group of cases, "- 4 cases against Turkey"; "Les Délégués"), on
# folded text or not
DEPUTIES_DECIDE = re.compile(r"^(?:the deputies|les d[ée]l[ée]gu[ée]s),?$", re.IGNORECASE | re.MULTILINE)

# a news agency's dateline opening a line, the place and the agency before a dash: a wire
# story, whatever kind of text it tells of ("STRASBOURG (İHA) - Avrupa Parlamentosu Genel
# Kurulu'nda ... Türkiye Raporu tartışıldı", "ISTANBUL (Reuters) - ...", the Kurdish networks'
# "Dusseldorf (Rûdaw) - ...", and an older wire's "GENEVA (Reuter)–A UN human rights report ...",
# its dash against the story's first word) (folded)
# the wire agencies a dateline names in brackets (folded)
WIRE_AGENCIES = (r"aa|ap|afp|reuters?|iha|dha|anf|ma|dpa|anka|efe|ansa|xinhua|upi|ips|cna|ria novosti|tass|bianet"
                 r"|rudaw|k24|kurdistan24|anha|hawar|jinnews|agence europe|tak")
AGENCY_DATELINE = re.compile(r"^[^\W\d_][^\W\d_ .'’-]{1,30}(?: [^\W\d_][^\W\d_.'’-]{1,30}){0,2},?"
                             # (the day between, as Reuters prints it: "ISTANBUL, March 3 (Reuters) - ...", or in
                             # figures, as Agence Europe does, "Bruxelles, 26/11/2013 (Agence Europe) - ...";
                             # or the region, as Kurdistan24 does: "ERBIL, Kurdistan Region (Kurdistan24) – ...")
                             # (or with the year's two figures, as a Cypriot agency prints it: "Ankara, 16 Mayıs 23
                             # (TAK): ...", a colon after the agency)
                             r"(?: [a-z]{3,9}\.? \d{1,2},?| \d{1,2} [a-z]{3,9}\.?(?: \d\d)?,?| \d{1,2}/\d{1,2}/(?:19|20)\d\d,?"
                             r"| [^\W\d_]{3,20} region,?)?"
                             rf" \((?:{WIRE_AGENCIES})\)\s*(?:[-–—]|:(?=\s))(?:\s|(?=[^\W\d_]))",
                             re.MULTILINE)

# ... or a Turkish agency's, the place alone in brackets before a dash ("(ANKARA)- ...",
# "(DİYARBAKIR) – ..."), a place in Türkiye or one a dateline names; or its news desk's,
# in Turkish, Kurdish or English ("HABER MERKEZİ - ...", "NAVENDA NÛÇEYAN - ...", "NEWS CENTER
# - ...") (folded)
_PLACE_DATELINE = re.compile(r"^\((?P<place>[^\W\d_]{3,20}(?: [^\W\d_]{3,20})?)\)[^\S\n]*[-–—][^\S\n]", re.MULTILINE)
# (the agency in brackets after the desk or not: "NAVENDA NÛÇEYAN (K24) - ...")
_DESK_DATELINE = re.compile(r"^\(?(?:haber merkezi|navenda nuceyan|news cent(?:er|re)|news desk)\)?(?:[^\S\n]*\([^()\n]{2,30}\))?"
                            r"[^\S\n]*[-–—][^\S\n]", re.MULTILINE)
# ... or the place in capitals before a colon or a dash opening the story's first paragraph,
# as the Gulf's and South Asia's English press and Turkish agencies print it ("ISTANBUL: Three
# journalists ... were detained ...", "CENEVRE– BM İşkenceyi Önleme Alt Komitesi uzmanları
# ..."; not folded: a line of a report's opening on a place, "Istanbul: 35 prisons", or a
# heading in capitals, "ANKARA – ISTANBUL", is none)
_CAPITALS_DATELINE = re.compile(r"^(?P<place>[A-ZÇĞİÖŞÜÂÎÛ]{3,20}(?: [A-ZÇĞİÖŞÜÂÎÛ]{3,20})?)[^\S\n]*(?::|[-–—])"
                                r"[^\S\n]*(?=[^\W\d_][^\n]{80})", re.MULTILINE)
# ... or a Turkish agency's name alone before a dash opening the story, the dash ending its
# line or not ("İHA -" / "Adalet Bakanlığı’ndan yapılan açıklamada, ...", "DHA - ...",
# "ANKA - ..."), a paragraph after it (folded; not a list of abbreviations, "AA – Anadolu Ajansı")
_AGENCY_ALONE = re.compile(r"^\(?(?:iha|dha|aa|anka|ilke|anf|ma|jinnews|mezopotamya ajansi|anadolu ajansi|ihlas haber"
                           r" ajansi|demiroren haber ajansi)\)?[^\S\n]*[-–—][^\S\n]*\n?(?=[^\W\d_][^\n]{80})", re.MULTILINE)
# ... or a re-publisher's, the agencies and the day in the brackets after the place ("MOSCOW
# (UrduPoint News / Sputnik - 05th August, 2020) Turkey appreciates ...") (folded)
_AGENCIES_AND_DAY = re.compile(r"^[^\W\d_][^\W\d_ .'’-]{1,30}(?: [^\W\d_][^\W\d_.'’-]{1,30}){0,2} \([^()\n]{2,60}?"
                               r"[^\S\n]+[-–—][^\S\n]+\d{1,2}(?:st|nd|rd|th)?[^\S\n]+[a-z]{3,9},?[^\S\n]+(?:19|20)\d\d\)",
                               re.MULTILINE)
# ... or an Arabic one, the place and the agency in brackets before a dash, or the place, a dash
# and the agency before a colon ("أنقرة (زمان التركية) – ...", "القاهرة (رويترز) - ...", "جنيف - (أ
# ش أ): ...") (folded)
_ARABIC_DATELINE = re.compile(r"^[\u0621-\u064a]{2,20}(?: [\u0621-\u064a]{2,20}){0,2}[^\S\n]*"
                              r"(?:\((?:[\u0621-\u064a]{1,20} ?){1,4}\)[^\S\n]*[-–—]"
                              r"|[-–—][^\S\n]*\((?:[\u0621-\u064a]{1,20} ?){1,4}\)[^\S\n]*:)", re.MULTILINE)
# ... or an Arabic paper's, a known city, a dash and the paper or the channel alone on the line
# over the story ("أنقرة - مصر اليوم", "أبوظبي - سكاي نيوز عربية") (folded; shared with the title
# rules: such a line is no title, and the paper's name no country the story is about)
_ARABIC_CITIES = ("انقرة|اسطنبول|استانبول|جنيف|ستراسبورغ|بروكسل|القاهرة|ابوظبي|دبي|بيروت|دمشق|بغداد|اربيل|لندن|باريس"
                  "|واشنطن|نيويورك|موسكو|برلين|عمان|الرياض|الدوحة|الكويت")
ARABIC_CITY_DASH = re.compile(rf"^(?:{_ARABIC_CITIES})[^\S\n]*[-–—][^\S\n]*[\u0621-\u064a]{{2,20}}(?: [\u0621-\u064a]{{2,20}}){{0,3}}"
                              r"[^\S\n]*$", re.MULTILINE)
# ... or the place and the agency (or "agencies") in brackets alone on the line over the story,
# in Arabic or in Latin letters ("ستراسبورغ (وكالات)" / "دانت المحكمة ...", "STRASBOURG (AFP)" /
# "The Court ...") (folded; shared with the title rules: such a line is no title)
_AGENCY_NAMES = (rf"agencies|agences|ajanslar|anadolu|{WIRE_AGENCIES}"
                 r"|وكالات|رويترز|ا ?ف ?ب|د ?ب ?ا|ا ?ش ?ا|الاناضول|سبوتنيك|شينخوا|وام|واس|قنا|كونا|بترا|سانا")
DATELINE_ALONE = re.compile(rf"^[^\W\d_]{{2,20}}(?: [^\W\d_]{{2,20}}){{0,2}}[^\S\n]*\((?:{_AGENCY_NAMES})\)[^\S\n]*$",
                            re.MULTILINE)

# ... or the Spanish and Latin American press's, the place (its country after a slash or in
# brackets, the agency in brackets) before a full stop and a dash ("ESTRASBURGO/Francia.- ...",
# "Estrasburgo (Francia) (EuroEFE).- ...") (folded)
_POINT_DASH_DATELINE = re.compile(r"^[^\W\d_]{3,30}(?: [^\W\d_]{2,30}){0,2}(?:[^\S\n]*/[^\S\n]*[^\W\d_]{3,30}"
                                  r"|[^\S\n]*\([^()\n]{2,30}\)){0,2}[^\S\n]*\.[-–—][^\S\n]", re.MULTILINE)

# ... or an Italian or Spanish agency's, the place, the day and the month's name, short or
# not (CLDR's, and "sep", which the Spanish press writes besides CLDR's "sept"), the agency in
# brackets, before a dash ("Roma, 20 mar. - ...", "Milano, 3 apr. (askanews) - ...", "Madrid,
# 20 mar (EFE).- ...", the dash ending its line or not: "ESTAMBUL, 8 Jul. (EUROPA PRESS) -" / "Amnistía
# Internacional ha exigido ...") (folded); not a day's line, its weekday first: the European Parliament's
# "Tuesday, 12 September 2023 - Strasbourg"
@lru_cache(maxsize=1)
def _day_month_dateline() -> re.Pattern[str]:
    from .dates import cldr_months, cldr_weekdays

    months = sorted({*cldr_months(("it", "es"), ("wide", "abbreviated")), "sep"}, key=len, reverse=True)
    weekdays = "|".join(cldr_weekdays(("en", "it", "es")))
    return re.compile(rf"^(?!(?:{weekdays})\b)[^\W\d_]{{3,20}}(?: [^\W\d_]{{2,20}}){{0,2}}, \d{{1,2}} "
                      rf"(?:{'|'.join(map(re.escape, months))})(?![a-z])\.?(?: (?:19|20)\d\d)?"
                      r"(?:[^\S\n]*\([^()\n]{2,30}\))?[^\S\n]*\.?[-–—](?:[^\S\n]|$)", re.MULTILINE)


# ... or the place in capitals and its country in brackets before a dash, as the Italian and
# Spanish press print it ("ISTANBUL (Turchia) – Orhan ... sono stati arrestati ..."), or the
# place in small letters and the agency or paper in brackets ("Istanbul (AsiaNews) – ...")
# (a place's name not in capitals, one or two words, as the Turkish, Italian and German press
# write it: "Istanbul", "İstanbul", "Straßburg"; shared with the datelines below)
_CASED_PLACE = r"[A-ZÄÖÜÇĞİŞÂÎÛ][a-zäöüßçğıışâîûé]{2,20}(?: [A-ZÄÖÜÇĞİŞÂÎÛ][a-zäöüßçğıışâîûé]{2,20})?"
_PLACE_COUNTRY_DATELINE = re.compile(rf"^(?P<place>[A-ZÇĞİÖŞÜÂÎÛ]{{3,20}}(?: [A-ZÇĞİÖŞÜÂÎÛ]{{3,20}})?|{_CASED_PLACE})"
                                     r"[^\S\n]+\([^()\d\n]{3,30}\)[^\S\n]*[-–—][^\S\n]", re.MULTILINE)


# ... or the reporter's byline and the place before a dash opening the story's first paragraph,
# as Turkish news sites print it ("Ayşe Örnek, İstanbul - 12th case hearing of 46 journalists
# ... was held at ...")
_BYLINE_PLACE_DATELINE = re.compile(r"^[A-ZÇĞİÖŞÜ][a-zçğıöşü]{1,20}(?: [A-ZÇĞİÖŞÜ][a-zçğıöşü]{1,20}){1,2},[^\S\n]+"
                                    rf"(?P<place>{_CASED_PLACE})"
                                    r"[^\S\n]*[-–—][^\S\n]*(?=\w[^\n]{80})", re.MULTILINE)


# ... or the German press's, the place (not in capitals) before a full stop or a dash opening the
# story ("Straßburg. Der Europäische Gerichtshof ...", "Straßburg - Der Europäische ...") or alone on
# its line before it ("Straßburg." / "Der Europäische ..."), a place a dateline names or one in Türkiye
_TITLE_PLACE_DATELINE = re.compile(rf"^(?P<place>{_CASED_PLACE})"
                                   r"(?:\.[^\S\n]*\n(?:[^\S\n]*\n)?(?=[^\W\d_][^\n]{80})"
                                   r"|(?:\.|[^\S\n]+[-–—])[^\S\n]+(?=[A-ZÄÖÜ][^\n]{80}))", re.MULTILINE)


# ... or a correspondent's at the United Nations, its name in capitals before a dash opening the
# story in small letters ("UNITED NATIONS – UN human rights office on Tuesday expressed ..."; not a
# cover's masthead, "UNITED NATIONS – NATIONS UNIES ...") (not folded)
_UN_DATELINE = re.compile(r"^UNITED NATIONS[^\S\n]*[-–—][^\S\n]*(?=[^\n]{0,30}?\b[a-z]{3,}\b[^\n]{60})", re.MULTILINE)


# ... or the agency credited on a line of its own in the story's head, alone or after "Source:", as a
# site prints a wire story it took ("ANA-MPA." over a story; "ΑΠΕ-ΜΠΕ" or "Πηγή: ΑΠΕ-ΜΠΕ" under a short
# one, "Kaynak: AA") (folded; not a photograph's credit, "Photo: AFP", nor the shortest initials
# that are also words, "MA")
AGENCY_CREDIT = re.compile(r"^[^\S\n]*(?:(?:source|kaynak|πηγη|fuente|quelle|fonte)[^\S\n]*:[^\S\n]*)?"
                            r"(?:afp|reuters|ap|aa|dha|iha|anka|dpa|efe|ansa|xinhua|anf|ana-mpa|απε-μπε|απε|κυπε"
                            r"|anadolu ajansi|anadolu agency)\.?[^\S\n]*$", re.MULTILINE)


# ... or the agency a sentence closes on, after a comma, as the story it reported: "EU foreign
# policy chief ... called for the release of ..., Agence France-Presse reported.", "...,
# Anadolu News Agency reports." (folded)
_AGENCY_REPORTED = re.compile(r", (?:the )?(?:agence france-presse|afp|reuters|(?:the )?associated press|ap|dpa|xinhua|efe"
                              r"|ansa|anadolu(?: news)? agency|anadolu ajansi|anka|dha|iha|bianet)"
                              # (and what it is: "..., the Bianet news website reported on Monday.")
                              r"(?: news agency| news website| news portal| website| daily| newspaper)?"
                              r" (?:reported|reports)(?: on \w+)?\.")


# ... or the Russian and Ukrainian press's, the place in capitals, the day and the month, then the
# agency or its correspondent between slashes or after a dash ("СТРАСБУРГ, 8 октября. /Корр.
# ИТАР-ТАСС .../.", "МОСКВА, 8 окт — РИА Новости.") (not folded); or the agency the story cites
# ("..., передает AFP", "Про це повідомляє AFP"; Greek "σύμφωνα με το AFP") (folded)
_CYRILLIC_DATELINE = re.compile(r"^[А-ЯЁІЇЄҐ]{3,20}(?:[- ][А-ЯЁІЇЄҐ]{2,20})?,[^\S\n]+\d{1,2}[^\S\n]+[а-яёіїєґ]{3,10}\.?"
                                r"(?:[^\S\n]+\d{4})?\.?[^\S\n]*(?:/|[-–—])", re.MULTILINE)
_AGENCY_CITED = re.compile(r"\b(?:передает|сообщает|передає|повідомляє|пишет|пише)[^\S\n]+(?:агентство[^\S\n]+"
                           r"|агенція[^\S\n]+)?(?:afp|reuters|ap|dpa|тасс|риа новости|интерфакс|франс[- ]пресс"
                           r"|рейтер|укринформ|укрінформ)(?!\w)"
                           # (and in Greek, "σύμφωνα με το AFP", the agency a story follows)
                           r"|\bσυμφωνα με (?:το|τα|την) (?:afp|reuters|ap|dpa|απε|απε-μπε|κυπε|αθηναικο πρακτορειο)(?!\w)"
                           # (and in English, someone speaking to an agency: "..., told CNA that ...",
                           # "Speaking to the Cyprus News Agency, ...", "... told Reuters")
                           r"|\b(?:told|speaking to|in an interview with) (?:the )?(?:agence france-presse|afp|reuters"
                           r"|associated press|dpa|cna|cyprus news agency|anadolu(?: news)? agency|xinhua|efe|ansa|bianet)(?!\w)"
                           # (and in Turkish, to an agency's reporter: "... AA muhabirine, ... söyledi")
                           r"|\b(?:aa|dha|iha|anka|anf|ilke|sputnik|mezopotamya ajansi|anadolu ajansi)(?:'?(?:nin|in))?"
                           r"\s+muhabirine\b"
                           # (or as its story has it: "MA’nın haberine göre; ...")
                           r"|\b(?:aa|dha|iha|anka|anf|ma|ilke|bianet|sputnik|mezopotamya ajansi|anadolu ajansi)"
                           r"'?(?:nin|nun|in|un)\s+haberine gore\b"
                           # (and in Persian, the formula opening a story, "according to the report of":
                           # "به گزارش کردپرس، ...")
                           r"|(?:^|[\s\-–])به گزارش\s+\S+")


def agency_dateline(head: str, raw: str = "") -> re.Match[str] | None:
    """A news agency's dateline in `head` (folded) or `raw` (the same text not folded):
    AGENCY_DATELINE's, a place's alone in brackets or in capitals before a colon or a dash, a
    reporter's byline and place before a dash, a German one's place before a full stop or a
    dash, a news desk's, a Turkish agency's name alone, a
    re-publisher's, an Arabic, a Spanish, an Italian or a Russian one, a correspondent's at the
    United Nations, an agency credited on a line of its own, the place and the agency
    alone on their line; or a sentence closing on the agency that reported it, or citing it in
    Russian, Ukrainian or Greek."""
    if m := AGENCY_DATELINE.search(head) or _DESK_DATELINE.search(head) or _AGENCY_ALONE.search(head) \
            or _AGENCIES_AND_DAY.search(head) or _AGENCY_REPORTED.search(head) \
            or _ARABIC_DATELINE.search(head) or ARABIC_CITY_DASH.search(head) or _POINT_DASH_DATELINE.search(head) or _day_month_dateline().search(head) \
            or DATELINE_ALONE.search(head) or _AGENCY_CITED.search(head) or _CYRILLIC_DATELINE.search(raw) \
            or _UN_DATELINE.search(raw) or AGENCY_CREDIT.search(head):
        return m
    return next((m for rx, text in ((_PLACE_DATELINE, head), (_CAPITALS_DATELINE, raw), (_PLACE_COUNTRY_DATELINE, raw),
                                    (_BYLINE_PLACE_DATELINE, raw), (_TITLE_PLACE_DATELINE, raw))
                 for m in rx.finditer(text)
                 if (place_name := fold(m.group("place"))) in DATELINE_PLACES
                 or ((place := taxonomy.gazetteer().get(place_name)) is not None and place.is_turkish_place)), None)


# a mandate holder's statement at the end of a visit, by its title or heading ("End of Mission
# Statement by ... on her visit to Turkey", "Preliminary observations ... at the end of his visit
# to Turkey", "... on the conclusion of his official visit to ...", "Preliminary Observations on
# official visit to Turkey by ...", "Observations préliminaires ... visite"); in a visit's report
# the words tell what the delegation did "at the end of the visit" (folded)
END_OF_MISSION = re.compile(r"\bend[- ]of[- ](?:mission|visit) statement\b"
                            r"|\b(?:at|on) the (?:end|conclusion) of (?:his|her|their|its) (?:\w+ )?(?:visit|mission)\b"
                            r"|\bpreliminary (?:observations|findings|conclusions|remarks)\b[^\n]{0,60}?\b(?:visit|mission)\b"
                            r"|\b(?:observations|conclusions) preliminaires\b[^\n]{0,60}?\b(?:visite|mission)\b")

# a UN cover's visit in its other languages, opening a heading line or the title ("Visita a
# Turquía", "Посещение Турции", "زيارة إلى تركيا", "访问土耳其"), or a Spanish title's own "... sobre su
# visita a Turquía" (folded; not a headline telling of a visit, "... تقريرها عن زيارة السجون")
UN_VISIT_OTHER_LANGUAGES = re.compile(r"^\W*(?:(?:visita|mision) a|посещение|زيارة الى)(?!\w)|^\W*访问"
                                      r"|\bsobre su (?:visita|mision) a\b", re.MULTILINE)

# the ECtHR's press release on a judgment or decision, by its opening formula, wherever its
# text is copied without the Registrar's heading ("In today's Chamber judgment in the case of
# ...", "The European Court of Human Rights has today notified in writing its judgment ...",
# "La Cour ... a communiqué aujourd'hui par écrit son arrêt dans l'affaire ...", "Dans son
# arrêt de chambre, rendu ce jour dans l'affaire ..."): a statement, the Court's, not the
# judgment (folded)
ECTHR_PRESS_RELEASE = re.compile(r"^\W*in today's (?:chamber |grand chamber |committee )?(?:judgment|decision)s? in the case"
                                 r"|\bhas today notified in writing its (?:[\w-]+ ){0,2}?(?:judgment|decision)"
                                 r"|\ba communique aujourd'hui par ecrit (?:son|sa|ses) (?:[\w-]+ ){0,2}?(?:arret|decision)"
                                 r"|^\W*dans (?:son|sa) (?:arret|decision)(?: de (?:grande )?chambre| de comite)?,? rendue?"
                                 r" (?:ce jour|aujourd'hui)", re.MULTILINE)

# a public prosecutor's indictment: the word opening its line, alone or before a colon (its
# heading, "İDDİANAME", often spaced, "İ D D İ A N A M E"; a title "İddianame: ..."); not a news
# item's "... hakkında iddianame hazırladı"
INDICTMENT = re.compile(r"^\W*(?:iddianame|indictment|i d d i a n a m e)\s*(?::|$)", re.MULTILINE)

# a press release's dateline (RULES, `statement`; in French and German too, "(New York, le 14
# juillet 2017) –La ...", "(Berlin, 14. Juli 2017) –", the dash run into the text or not)
PRESS_DATELINE = re.compile(r"^(?:[a-z][a-z.'-]{1,20}(?: [a-z][a-z.'-]{1,20}){0,2}(?: ?/ ?[a-z][a-z.'-]{1,20}"
                            r"(?: [a-z][a-z.'-]{1,20}){0,2}){0,3} \(\d{1,2} [a-z]{3,9} (?:19|20)\d\d\)[^\S\n]*[-–—][^\S\n]"
                            r"|\([a-z][a-z.'-]{1,20}(?: [a-z][a-z.'-]{1,20}){0,2}, (?:[a-z]{3,9}\.? \d{1,2}, "
                            r"|(?:le )?\d{1,2}(?:er|\.)? [a-z]{3,9} )(?:19|20)\d\d\)[^\S\n]*[-–—][^\S\n]?)", re.MULTILINE)

# The UN's meetings coverage and press releases, by their own symbol on a line of their own
# atop the text ("SC/15187" under "9252nd Meeting (AM)", "GA/12845", "GA/SHC/4321",
# "SG/SM/21890", "DSG/SM/1800", "ECOSOC/7100"), folded
UN_PRESS_SYMBOL = re.compile(r"^[^\S\n]*(?:sc|ga(?:/(?:shc|ef|ab|dis|spd|col|pal|l))?|sg/(?:sm|a|t)|dsg/sm|ecosoc|obv)"
                             r"/\d{3,5}(?:-[a-z]{2,5}/\d{2,5})*[^\S\n]*$", re.MULTILINE)

# A release's date before a dash, ahead of its kind ("11 January 2031 - Press Release ..."),
# read in the text folded or as printed
DATE_BEFORE_DASH = r"\d{1,2} [^\W\d_]{3,9} (?:19|20)\d\d\s*[-–—]\s*"
# a ministry's press release numbered and dated before its title ("No: 79, 20 March 2018,
# Press Release Regarding ..."; "No: 79, 20 Mart 2018, ... Hk."): the number and date are no part of it
# (and its spokesperson's answers and statements, "QA-20, 13 April 2017, Statement of the
# Spokesperson ...", "SC-72, ...", in French "QR-54, le 5 octobre 2017, Déclaration du ...";
# a dash after the number, "No: 230 - 9 décembre 2009, Communiqué de Presse ..."; in Russian,
# "ВО-95, 6 октября 2020 г. Ответ Пресс-секретаря ...", the year's "г." ending it)
RELEASE_NUMBER = (r"(?P<prefix>(?i:QA|QR|SC|No|ВО))\s*[-:]\s*\d+\s*[,–-]\s*(?:le\s+)?\d{1,2}(?:er)?\s+[^\W\d_]+\s+"
                  r"(?:19|20)\d\d(?:\s*,|\s*г\.\s*,?)")
# (a site's press room, named over its releases, folded)
_PRESS_ROOM = r"(?:press releases|communiques de presse|comunicados de prensa)"
# a statement's address to the press and the public, in Turkish, English and Kurdish (folded)
_TO_PRESS_AND_PUBLIC = r"(?:basina ve kamuoyuna|to (?:the )?press and (?:the )?public(?: opinion)?|ji capemeni u raya gisti re)"

# A guide's words, a title's or a heading line's only (HEADING_ONLY), in Turkish with a
# compound's suffix too, as a title names it ("Ayrımcılık Yasağı Eğitim Rehberi", "Uygulama
# Kılavuzu"); not a site's accessibility toolbar's reading guide ("Okuma Kılavuzu", "Reading
# Guide", a line among "Ekran Okuyucu", "Okuma Maskesi", ...: a ministry's news was a toolkit)
GUIDE_WORDS = (re.compile(r"(?<!okuma )(?<!reading )(?<!\w)(?:toolkit|handbook|guide|rehber|rehberi|rehberleri|el kitabi"
                          r"|kilavuz|kilavuzu|kilavuzlari)(?!\w)"),)

# the line over the Court's press release in a Turkish translation ("Mahkeme'nin Yazı İşleri
# Müdürlüğü tarafından yayımlanmıştır."; "issued by the Registrar of the Court"), folded
REGISTRAR_LINE_TR = r"yazi isleri mudur(?:lugu|u) tarafindan (?:yayimlanmistir|yayinlanmistir)"

# the European Parliament's resolution in Turkish translation ("... tarihli Avrupa Parlamentosu
# İlke Kararı"), a heading's only (a news item tells of "Avrupa Parlamentosu ilke kararı" too);
# its two words run together as a copy of the PDF gives them too ("Avrupa Parlamentosu İlkeKararı")
EP_RESOLUTION_TR = re.compile(r"(?<!\w)avrupa parlamentosu ilke ?karari(?!\w)")

# (type, phrases or patterns over folded text), most specific first.
# a parliament's question by its kind, every one of them only on a heading (see HEADING_ONLY)
PARLIAMENTARY_QUESTION = ("question for written answer", "question for oral answer", "soru onergesi",
                          "question avec demande de reponse ecrite", "skriftlig fraga", "kleine anfrage",
                          # (and the Federal Government's answer to one, "Antwort der Bundesregierung")
                          "antwort der bundesregierung",
                          # (and the Commission's answer to one, heading its page: "Answer given by Mr ...
                          # on behalf of the European Commission")
                          re.compile(r"^\W*(?:answer given by .{3,90}? on behalf of the (?:european )?commission"
                                     r"|reponse donnee par .{3,90}? au nom de la commission"
                                     r"|antwort von .{3,90}? im namen der (?:europaischen )?kommission"
                                     # (the Dutch House's: "Vragen van het lid X (SP) aan de Minister van ...")
                                     r"|vragen van (?:het lid|de leden))\b", re.MULTILINE))
# a written question in the United Kingdom's Parliament, its formula opening a line however
# long ("To ask Her Majesty's Government what assessment they have made of ...", "To ask
# the Secretary of State for Foreign ... Affairs, what ...")
ASKED = re.compile(r"^\W*to ask (?:(?:her|his) majesty\W?s government|the (?:secretary of state|minister|prime minister"
                   r"|chancellor|attorney general)\b)", re.MULTILINE)
RULES: list[tuple[str, tuple[str | re.Pattern[str], ...]]] = [
    # a text that begins by saying it is a press release or a statement, whatever judgment
    # or decision it is about (a ministry's "No: 402, 2 December 2021, Press Release Regarding
    # the Decision ... on the Execution of the ECtHR Judgment ...")
    # (or by its date before a dash: "11 January 2031 - Press Release regarding ...")
    # (the Ministry's Russian pages too: "ВО-95, 6 октября 2020 г. Ответ Пресс-секретаря ...")
    ("statement", (re.compile(rf"^(?:no\s*:?\s*\d+\s*,\s*(?:[^,\n]{{4,30}},\s*)?|{DATE_BEFORE_DASH}|{RELEASE_NUMBER}\s*)?"
                              r"(?:press release|press statement"
                              r"|(?:joint )?statement(?! of (?:the )?facts)|basin aciklamasi|communique de presse"
                              r"|pressemitteilung|comunicato stampa|comunicado de prensa"
                              r"|заявление|пресс-релиз|ответ пресс-секретаря)\b"),)),
    # ... or that says so on a line of its own under its title, in the languages a
    # Parliament's or a Commission's press room writes ("MEPs call on ..." / "Sporočilo za
    # javnost"), whatever resolution it reports
    # (and the UN Information Service's summaries of a meeting, "for use of the information
    # media; not an official record": "HUMAN RIGHTS COMMITTEE CONSIDERS REPORT OF ..." / "Meeting
    # Summaries"; blank lines between)
    # (or as the site's section over it, with the body whose section it is: "Press releases
    # Human Rights Council", "Communiqués de presse Conseil des droits de l'homme")
    # (five lines above it at most: a headline a narrow column wraps over three lines)
    # (and a Turkish statement's address to the press and the public, "BASINA VE KAMUOYUNA", as
    # its English and Kurdish versions write it, "To Press and Public Opinion", "JI ÇAPEMENÎ Û
    # RAYA GIŞTÎ RE")
    # (and the section's name in the plural, a bullet before it: "• Basın Açıklamaları", Amnesty's Turkish
    # section's press releases)
    ("statement", (re.compile(r"\A(?>[^\n]*\n\s*){0,5}(?:[•·▪][^\S\n]*)?(?:press release|communique de presse"
                              r"|basin (?:aciklamasi|aciklamalari|bulteni)"
                              rf"|{_TO_PRESS_AND_PUBLIC}"
                              r"|pressemitteilung|comunicato stampa|comunicado de (?:prensa|imprensa)|persbericht"
                              r"|sporocilo za javnost|tiskova zprava|komunikat prasowy|δελτιο τυπου"
                              r"|meeting summar(?:y|ies)|compte rendu de seance"
                              rf"|{_PRESS_ROOM}(?:[^\S\n]+[^\W\d_][^\n\d.…]{{0,60}})?)"
                              r"[^\S\n]*(?:\n|\Z)"),
                   # (the address opening the title's line, before a dash or a semicolon: "To Press
                   # and Public Opinion; Torture is Absolutely Prohibited!")
                   re.compile(rf"\A\W*(?:{_TO_PRESS_AND_PUBLIC})[^\S\n]*[-–—;:]"))),
    # (further down, under a site's promotion banner, where the section names the OHCHR's or
    # the Council's press room: "Countdown to Human Rights Day" / "Get to know ..." / "Learn
    # more" / "Press releases Special Procedures")
    ("statement", (re.compile(rf"\A(?>[^\n]*\n\s*){{0,8}}{_PRESS_ROOM}[^\S\n]+"
                              r"(?:special procedures|treaty bodies|human rights council|high commissioner|procedures speciales"
                              r"|organes conventionnels|conseil des droits de l.?homme|haut-commissaire|procedimientos especiales"
                              r"|organos de tratados|consejo de derechos humanos|alto comisionado)[^\S\n]*(?:\n|\Z)"),)),
    ("statement", (UN_PRESS_SYMBOL,)),
    # a press release's dateline opening its first paragraph, as the UN's and NGOs' releases
    # print it: the place or places and the day in brackets before a dash ("GENEVA / ANKARA (14
    # November 2016) – ...", "(Istanbul, June 4, 2021) – ..."), folded; a news agency's names
    # the agency in the brackets (AGENCY_DATELINE, news)
    ("statement", (PRESS_DATELINE,)),
    # the Court's press releases and news by their titles, never a judgment's own ("Judgment
    # concerning Türkiye", "Grand Chamber judgment concerning ...", "Forthcoming judgments and
    # decisions", "Judgments and decisions of 12 March 2024"; in French, "Arrêt concernant la
    # Turquie", "Arrêts et décisions du 12 mars 2024", "Annonce d'arrêts et décisions",
    # "Arrêts et décisions à venir"); the States it concerns follow "concerning", a list of
    # names, not what a decision is on ("Decision concerning the Reports of the two Committees
    # set up to examine the representation ..., 1948 (No. 87) ...", the ILO Governing Body's)
    ("statement", (re.compile(r"\A(?:forthcoming |grand chamber )?(?:judgments?|decisions?)(?: and decisions)?"
                              r" (?:concerning (?=(?:(?:the )?[a-z'-]+(?: [a-z'-]+){0,3}(?:, | and |$))+$)"
                              r"|of \d{1,2} [a-z]+ (?:19|20)\d\d$)|\Aforthcoming (?:judgments|hearings)\b"
                              r"|\A(?:arrets?|decisions?)(?: de grande chambre)?(?: et ?decisions)? (?:concernant|a venir)\b"
                              r"|\Aarrets et ?decisions du \d{1,2}(?:er)? [a-z]+ (?:19|20)\d\d$"
                              r"|\Aannonce d\W?arrets(?: et ?decisions)?\b|\Aaudiences a venir\b",
                              re.MULTILINE),)),
    # the Court's press releases, which name the judgment they announce
    ("statement", ("issued by the registrar of the court", "publie par le greffier de la cour",
                   re.compile(rf"\b{REGISTRAR_LINE_TR}"))),
    # the Court's advisory opinions (Protocol No. 16), which no "judgment" in their text makes judgments
    ("opinion", ("advisory opinion", "avis consultatif")),
    # the Parliamentary Assembly's documents by the line that heads them: a committee's
    # report or its addendum ("Report | Doc. 14282 | 07 April 2017", or "Doc. 14282" on a
    # line of its own atop a PDF), and the amendments tabled to its draft resolution
    ("amendment", (PACE_AMENDMENT,)),
    ("summary-record", (PACE_RECORD,)),
    ("report", (re.compile(r"^(?:(?:report|addendum to the report|information report)\s*\|\s*)?doc\. ?\d{4,5}"
                           r"(?: ?add\.?(?: ?\d{1,2})?)?\s*(?:\|.*)?$", re.MULTILINE),)),
    # a government's answer to a monitoring body: to a CPT visit report (which it names),
    # a treaty body's list of issues or concluding observations, a special rapporteur's
    # report, a UPR's recommendations, ECRI's, GREVIO's or the Commissioner's report
    ("government-response", (
        "response of the turkish government", "responses of the turkish government", "response of the government of",
        "reponse du gouvernement", "reponses du gouvernement", "turk hukumetinin yaniti", "turk hukumetinin cevabi",
        "comments of the turkish authorities", "comments by the turkish authorities", "comments of the government of",
        "comments by the government of", "comments submitted by the government", "comments submitted by the authorities",
        "comments submitted by turkey", "comments submitted by turkiye", "commentaires du gouvernement",
        # (the State's own heading over them: "Turkey's Final Comments on GREVIO's Report ...")
        re.compile(r"\b(?:turkey|turkiye)'s (?:final )?comments on\b"),
        # (a State's comments on a visit's recommendations: "Comments of Turkey on the
        # recommendations and observations addressed to it in connection with the Subcommittee visit")
        re.compile(r"^comments (?:of|by|from) (?!civil society|non-governmental|the (?:committee|subcommittee|working group"
                   r"|special rapporteur|secretariat))[\w'’() -]{2,60}? on the (?:recommendations|report|concluding observations"
                   r"|observations|findings)\b"),
        "comments by the state on the report", "comments of the state on the report",
        "to the list of issues", "a la liste de points", "a la liste des points",
        "replies presented by the state under review", "reponses presentees par l'etat examine",
        re.compile(r"information received from (?!civil society|non-governmental|national human rights)"
                   r"[\w'’(). -]{2,60}? on follow-up to the concluding observations"),
        # a State's communication to the Committee of Ministers on a judgment's execution (its
        # action plan or report): "Communication from Türkiye (14/01/2022) concerning the case ..."
        re.compile(r"communication (?:from|de la|du|des|de l'|de) (?!an? ngos?\b|ngos?\b|une? ong\b|ong\b|the applicants?\b"
                   r"|l[ae]s? requerant|non-governmental|civil society|(?:a |an |the )?national human rights|the secretariat"
                   r"|(?:a |an )?(?:international )?organi[sz]ation)[\w'’ -]{3,40}?\(\d\d/\d\d/\d{4}\)"))),
    # others' communications to it under Rule 9: NGOs', an applicant's, a national institution's
    ("submission", (re.compile(r"communication (?:from|d['’]une?|de l['’]|des?) (?:an? ngos?\b|ngos?\b|ong\b|the applicants?\b"
                               r"|requerant|non-governmental|civil society|(?:a |the )?national human rights)"),)),
    # a civil society report to a monitoring body, whatever body or review it addresses
    ("submission", ("shadow report", "alternative report", "joint submission", "golge rapor",
                    # "Amnesty International Submission to the UN Universal Periodic Review"
                    "submission to the",
                    # (its words of itself in running text: "This submission is made by ...")
                    "this submission", "the present submission",
                    # a third party's written comments in a case before the Court (an NGO's, the
                    # Commissioner's: "Third party intervention by the ... under Article 36")
                    THIRD_PARTY)),
    # a committee's own report on how States followed its concluding observations up
    ("report", ("report on follow-up to the concluding observations", "rapport sur la suite donnee aux observations finales",
                # (an institution's account of its own work, whatever visits it lists)
                "activity report", "rapport d'activite", "faaliyet raporu",
                # ("First general report on GREVIO's activities", "27th General Report of the CPT", not
                # a Secretary-General's report)
                re.compile(r"(?<![\w-])general report (?:on|of)\b|\breport on (?:the |its |\w+'s )activities\b"),
                # (and on its decisions on complaints: "Follow-up report on decisions relating to
                # communications submitted under article 22 of the Convention")
                "follow-up report on decisions", "follow-up report on views",
                # (and its report on a session: "Report of the Human Rights Council on its
                # thirty-first session", whatever resolutions and decisions its contents list;
                # a title or a page opening on it)
                re.compile(r"^(?:report|rapport|informe) (?:of|du|de la|de l'|del|de) (?:the )?[^\n]{3,120}? (?:on (?:the work "
                           r"of )?its|sur (?:les travaux de )?sa|sobre (?:la labor realizada en )?su) [\w-]+(?: [\w-]+){0,2}"
                           r" (?:session|periodo de sesiones)\b"))),
    # a treaty body's general comment or recommendation on a right or an article ("General
    # comment No. 37 (2020) on the right of peaceful assembly (article 21)", "General
    # recommendation No. 35 on gender-based violence against women")
    ("general-comment", (GENERAL_COMMENT,)),
    ("concluding-observations", ("concluding observations", "observations finales", "sonuc gozlemleri",
                                 "observaciones finales", "заключительные замечания", "الملاحظات الختامية", "结论性意见",
                                 # (their older names: CEDAW's and CESCR's "Concluding comments of the
                                 # Committee ...", CAT's "Conclusions and recommendations of the Committee
                                 # against Torture", a UPR report's "Conclusions and/or recommendations" not)
                                 "concluding comments",
                                 re.compile(r"\bconclusions and recommendations of the committee\b"),
                                 # (and the Russian: "Выводы и рекомендации Комитета против пыток")
                                 "выводы и рекомендации комитета")),
    # (a State's national report to the review in Turkish, the UN's translation of its cover's
    # formula or the Ministry's own title: "... Uyarınca Sunulan Ulusal Rapor", "Üçüncü Dönem
    # Ulusal Raporu"; the review's name beside it)
    ("state-report", ("uyarinca sunulan ulusal rapor", re.compile(r"\bdonem(?:i)? ulusal raporu\b"))),
    # (the Council's decision adopting a review's outcome, "Decision adopted by the Human Rights
    # Council on 16 July 2020" / "44/104. Outcome of the universal periodic review: Turkey", and
    # its resolutions, whatever review they cite)
    ("decision", (re.compile(r"^\W*(?:decision adopted by the human rights council|decision adoptee par le conseil des "
                             r"droits de l.homme)\b", re.MULTILINE),)),
    ("resolution", (re.compile(r"^\W*(?:resolution adopted by the human rights council|resolution adoptee par le conseil "
                               r"des droits de l.homme)\b", re.MULTILINE),)),
    # (in the UN's official languages too: "Examen Periódico Universal", "Доклад Рабочей группы по
    # универсальному периодическому обзору", "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل")
    ("upr-report", ("report of the working group on the universal periodic review", "universal periodic review",
                    "examen periodique universel", "examen periodico universal", "evrensel periyodik inceleme",
                    "evrensel periyodik degerlendirme",
                    # (folded: "й" is "и")
                    re.compile(r"(?<!\w)универсальн(?:ы[йи]|ого|ому|ом) периодическ(?:и[йи]|ого|ому|ом) обзор(?:а|у|е)?(?!\w)"
                               r"|(?<!\w)(?:ب|ل)?الاستعراض الدوري الشامل(?!\w)"),
                    # (and Chinese, no spaces between its words: "普遍定期审议工作组的报告")
                    "普遍定期审议")),
    # the ILO's Committee of Experts' comments on a State's application of a convention, and its
    # Committee on Freedom of Association's reports on a case ("Definitive Report - Report No 6")
    ("observation", (re.compile(r"^(?:observation|observacion) \(ceacr\)"),)),
    ("direct-request", (re.compile(r"^(?:direct request|demande directe|solicitud directa) \(ceacr\)"),)),
    # the European Committee of Social Rights' findings on a State's reports, by their cycle
    # opening a line ("Conclusions 2019", "Conclusions XX-3 (2014)", "Conclusions XVIII-1"; not a
    # report on them, "REPORT CONCERNING CONCLUSIONS XVIII-2", nor the Council's "Council conclusions")
    ("conclusions", (re.compile(r"^\W*conclusions (?:(?:19|20)\d\d|[xvi]{1,6}(?:-\d)?)\b", re.MULTILINE),)),
    ("report", (re.compile(r"\b(?:report|rapport|informe)\s*[-–]\s*(?:report|rapport|informe) n[o°]\.? ?\d+"),)),
    ("interim-resolution", ("interim resolution",)),
    # the Committee of Ministers' supervision of the Court's judgments: the Ministers'
    # Deputies' notes for a human-rights meeting, and their decisions at it ("1451st
    # meeting, 6-8 December 2022 (DH)"), which name the judgment they supervise
    ("briefing", ("notes on the agenda",)),
    # (or by the Deputies' decisions opening a line of their own, DEPUTIES_DECIDE)
    ("decision", ("(dh)", DEPUTIES_DECIDE)),
    # their resolutions on a judgment's execution ("Resolution CM/ResDH(2021)432 Execution of
    # the judgment ..."; HUDOC's copy, "Resolution CM/ ResDH (2020)174"): interim ones are above
    ("resolution", (re.compile(r"cm/ ?resdh"),)),
    # an act of the State by the kind its title ends on, where a page prints it without the
    # Official Gazette's marks (an embassy's page of the Council of Ministers' decision declaring
    # a state of emergency, "... İlişkin Bakanlar Kurulu Kararı"; a decree having force of law, a
    # presidential decree or decision, a law or regulation "hakkında" or "dair" something)
    ("legislation", (re.compile(r"(?:bakanlar kurulu karari|cumhurbaskani karari|cumhurbaskanligi kararnamesi"
                                r"|kanun hukmunde kararname|(?:hakkinda|dair) (?:kanun|yonetmelik))$"),)),
    # the Ombudsman's decisions: a recommendation to the administration, or a rejection
    ("recommendation", ("tavsiye karari", "kismen tavsiye")),
    ("decision", ("ret karari", "kurul karari")),  # (the equality institution's board decides: "KURUL KARARI")
    # (a criminal judgeship of peace's decision on a miscellaneous matter: an access ban, a
    # detention order, "DEĞİŞİK İŞ KARARI")
    ("decision", ("degisik is karari",)),
    # a text on a judgment or decision, by the word for it opening its title ("Analysis: the Grand
    # Chamber judgment in ...", "Commentary on the judgment of ...", "Case note: X v. Turkey",
    # "Commentaire de l'arrêt ...", "Note sous l'arrêt ...", "... Kararının Değerlendirmesi"): an
    # analysis, not the judgment its title names
    ("briefing", (re.compile(r"^(?:legal |case )?(?:analysis|commentary|case note|case comment)\b"
                             r"|^comments? on (?:the |a |this )?(?:[\w'-]+ ){0,3}?(?:judgment|decision|ruling)\b"
                             r"|^(?:commentaire|note) (?:de l'|sous l'|sur l')(?:arret|avis|decision)\b"
                             r"|\bkararin(?:in)? (?:degerlendirilmesi|incelenmesi|analizi)$"
                             r"|\bkarar (?:incelemesi|degerlendirmesi|notu|analizi)$"),)),
    # the ECtHR's press release on a judgment or decision by its opening formula (ECTHR_PRESS_RELEASE)
    ("statement", (ECTHR_PRESS_RELEASE,)),
    ("judgment", ("judgment", "arret", "karar tarihi", "bireysel basvuru karari", "for these reasons, the court",
                  # (a German court's judgment as it is cited, in its title: "VG Example, Urteil vom
                  # 29.11.2030 - 11 K 1763/30")
                  re.compile(r"^[^\n,]{2,80}, (?:(?:teil|end)?urteil) vom \d|^urteil vom [^\n,]{0,40}gericht|^urteil vom \d"),
                  # (a Dutch court's ruling, its formula or its citation as titled: "uitspraak van de
                  # enkelvoudige kamer", "Rechtbank Den Haag, 01-03-2031, ECLI:NL:RBDHA:2031:2305")
                  re.compile(r"\buitspraak van de (?:enkelvoudige|meervoudige) kamer\b|^[^\n,]{2,80}, [^\n,]{4,30}, ecli:nl:"),
                  # a decision of the Court of Cassation or the Council of State, as it is titled
                  re.compile(r"^(?:yargitay|danistay)\b[^\n]{0,60}, e\. (?:19|20)\d\d/[\d-]+, k\. (?:19|20)\d\d/\d+$"))),
    ("decision", ("decision on admissibility", "decision on the merits",
                  _DECISION, "views adopted", "constatations adoptees", "dictamen aprobado", "dictamen adoptado",
                  # (the older covers' kind alone on its line, over the communication's number:
                  # "VIEWS" / "Communication No. 1311/2004", "CONSTATATIONS")
                  re.compile(r"^(?:views|constatations|dictamen)$", re.MULTILINE),
                  "decision sur la recevabilite", "kabul edilemezlik",
                  # (... and a German court's order: "OVG Example, Beschluss vom 21.08.2030 - 5 ZB 30.1226")
                  re.compile(r"^[^\n,]{2,80}, (?:(?:vorlage)?beschluss|gerichtsbescheid) vom \d|^beschluss vom [^\n,]{0,40}gericht"),
                  # (a UK tribunal's older heading for its decision, "DETERMINATION AND REASONS")
                  "determination and reasons",
                  # (a Turkish translation of views: "... Komite tarafından Seçmeli Protokol altında kabul edilen görüşler")
                  "kabul edilen gorusler",
                  # (and the Russian: "Соображения, принятые Комитетом ...", "Соображения Комитета по
                  # правам человека ...", "Решение, принятое Комитетом ...")
                  "соображения, принятые", "соображения комитета", "решение, принятое комитетом")),
    ("opinion", ("opinion on", "avis sur", "gorus", "opinions adopted by the working group")),
    # a treaty body's questions to a State party ("List of issues prior to submission of the
    # second periodic report of Turkey"; the State's replies to them are its response,
    # above), and the themes CERD sends one before its dialogue ("List of themes in relation
    # to the combined fourth to sixth periodic reports of Turkey")
    ("list-of-issues", ("list of issues", "list of themes", "liste de points", "liste des points", "liste des themes",
                        "lista de temas", "lista de cuestiones", "перечень вопросов")),
    # the record of a treaty body's meeting ("Summary record of the 960th meeting"), which
    # names the report it considered
    ("summary-record", ("summary record", "compte rendu analytique", "acta resumida", "краткий отчет", "محضر موجز",
                        # (a committee's synopsis or minutes of its meeting, opening a line: "Synopsis of
                        # the meeting held in Paris on 9 November 2016", "Synthèse de la réunion ...")
                        re.compile(r"^\W*(?:synopsis|minutes) of the meetings?\b|^\W*synthese de la reunion\b"
                                   # (the European Parliament's record of a sitting's debates, its
                                   # heading: "Verbatim report of proceedings" / "Tuesday, 22
                                   # November 2016 - Strasbourg", "Compte rendu in extenso des débats")
                                   r"|^\W*verbatim report of proceedings\b|^\W*compte rendu in extenso des debats\b"
                                   # (the Turkish parliament's record of a committee's meeting, its
                                   # particulars' first line: "Komisyon Adı:İnsan Haklarını İnceleme
                                   # Komisyonu" / "Konu:..." / "Tarih:03/07/2019")
                                   r"|^\W*komisyon adi\s*:",
                                   re.MULTILINE))),
    # a State's own report to a treaty body ("Fourth periodic reports of States parties due
    # in 2014: Turkey", "Fifth periodic report submitted by Turkey under article 19 ...",
    # the core document that forms part of every report)
    ("state-report", (re.compile(r"\b(?:initial|periodic) reports? (?:of states parties|submitted by (?!non-governmental"
                                 r"|civil society|the special|the working group|the office|the secretary))"),
                      # (in the UN's other official languages: "Объединенные четвертый−шестой
                      # периодические доклады государств-участников", "informes periódicos")
                      re.compile(r"\b(?:периодическ\w*|первоначальн\w*) доклад\w* государств\w*-участник"
                                 r"|\binformes? (?:periodicos?|inicial(?:es)?) (?:de los estados partes|presentados? por)"
                                 # (and in French: "Rapports initiaux des États parties", "Rapport
                                 # périodique soumis par ...")
                                 r"|\brapports? (?:periodiques?|initia(?:l|ux)) (?:des etats parties|soumis par|presentes? par)"),
                      "core document forming part of the reports of states parties", "common core document",
                      # (and its national report to the universal periodic review)
                      "national report submitted in accordance with", "rapport national presente conformement",
                      # (and to the European Committee of Social Rights)
                      "national report on the implementation of the european social charter",
                      "rapport national sur l'application de la charte sociale europeenne",
                      "rapports periodiques des etats parties", "rapport initial soumis par", "rapport periodique soumis par",
                      re.compile(r"\bdocument de base (?:commun )?faisant partie integrante des rapports"))),
    # a letter by its heading line ("Letter addressed to Mr ..., Minister of Foreign Affairs" /
    # "by ..., Commissioner for Human Rights" / "Following his visit to Turkey"): the letter
    # written after a visit, not the visit's report
    ("statement", (re.compile(r"^\W*(?:letter|lettre) (?:addressed |adressee )?(?:to|from|a|de la|du|de)\b", re.MULTILINE),
                   END_OF_MISSION)),
    ("visit-report", ("report to the turkish government", "report to the government", "on the visit to", "visit to", "mission to", "periodic visit", "ad hoc visit",
                      # (Turkish "ziyareti", "the visit", only with the report's word after it: "...
                      # Türkiye Ziyareti Raporu"; alone on a heading it is an institution's news of a
                      # visit it received, "... Hakkında Değerlendirme Ziyareti")
                      "report following the visit", "ziyaret raporu", "ziyareti raporu", "visite",
                      UN_VISIT_OTHER_LANGUAGES)),
    # a report the Secretary-General transmits (whatever resolution it was asked for in)
    ("report", ("note by the secretary-general", "note by the secretariat", "note du secretaire general",
                # the Secretary-General's own reports ("Report of the Secretary-General on the United
                # Nations operation in Cyprus"; or under their subject, "United Nations operation in
                # Cyprus" / "Report of the Secretary-General"), whatever Security Council resolution
                # they answer
                re.compile(r"(?:^|:\s)(?:report|rapport) (?:of|by|du) (?:the )?secretar(?:y|e)[- ]general\b"))),
    # (a UN organ's resolution by the line that says it adopted it, at the head of its line,
    # "Adopted by the Security Council at its 3547th meeting, on 23 June 1995", or by its
    # preamble's opening line, "The Security Council,")
    # a report whose draft resolution or recommendation comes with its explanatory memorandum
    # (the Congress's and the Parliamentary Assembly's: "A. Draft recommendation" / "B.
    # Explanatory memorandum", in its contents or as a heading), not the text it proposes
    ("report", (re.compile(r"^\W*(?:(?:[a-z]|[ivx]+)\.\s*)?(?:explanatory memorandum|expose des motifs)\b", re.MULTILINE),)),
    # a parliament's question to a government or an institution, by its kind on its heading
    # ("Question for written answer E-004015/2031", "Yazılı Soru Önergesi", "Skriftlig fråga
    # 2030/31:622"; in a news item's sentence, "an MP's soru önergesi" is none)
    ("parliamentary-question", (*PARLIAMENTARY_QUESTION, ASKED)),
    # (and the European Parliament's, its long line opening on it: "European Parliament
    # resolution of 13 September 2023 on the 2022 Commission report on Türkiye (...)", in any
    # of the Union's languages: "Entschließung des Europäischen Parlaments vom ...")
    ("resolution", ("resolution", "resolucion", "резолюция", "karar tasarisi", UN_RESOLUTION_LINE,
                    resolution_opening(folded=True), EP_RESOLUTION_TR,
                    # (its preamble's first line, the Parliament's name alone: "The European Parliament,")
                    preamble_line(folded=True))),
    ("recommendation", ("recommendation", "tavsiye karari")),
    # a public prosecutor's indictment, by its kind in its title or on a heading line ("İ D D
    # İ A N A M E" spaced, as indictments print it; a news item telling of one is none)
    ("indictment", (INDICTMENT,)),
    ("judgment-or-resolution", ("karar",)),
    ("memorandum", ("memorandum",)),
    # (the mandates a letter is from, opening its first line: "Mandates of the Special Rapporteur
    # on ...; the Working Group ..."; not a text telling of "communications sent by the mandate of
    # the Special Rapporteur")
    ("communication", ("joint communication", "allegation letter", "urgent appeal", "communication from",
                       # (an NGO's urgent appeal by its formula: the FIDH/OMCT Observatory "requests your
                       # urgent intervention in the following situation in Turkey", "vous prie d'intervenir
                       # de toute urgence", "solicita su intervención urgente")
                       "requests your urgent intervention", "vous prie d'intervenir de toute urgence",
                       "solicita su intervencion urgente",
                       re.compile(r"^\W*mandates? of the (?:special rapporteur|working group|independent expert)\b",
                                  re.MULTILINE))),
    ("submission", ("submission", "shadow report", "alternative report", "golge rapor")),
    ("statement", ("statement", "press release", "press briefing", "council conclusions", "lettre", "letter", "remarks by",
                   # (an NGO's public statement in the languages it translates it into: Amnesty's
                   # "DÉCLARATION PUBLIQUE", "DECLARACIÓN PÚBLICA", "DICHIARAZIONE PUBBLICA")
                   "declaration publique", "declaracion publica", "dichiarazione pubblica",
                   "aciklama", "basin aciklamasi", STATEMENT_OF,
                   # (a spokesperson's comment, as the OHCHR heads one: "Comment by UN Human Rights
                   # Office Spokesperson ... on ...", opening a line)
                   re.compile(r"^\W*comments? by\b", re.MULTILINE),
                   # (an organisation's press statement opening on what it responds to and who said
                   # it: "Responding to news that the ... authorities have issued detention orders
                   # against ..., John Example, Amnesty International's Director for Europe said:")
                   re.compile(r"^\W*responding to (?:the )?(?:news|reports?|today's|the (?:verdict|decision|ruling|judgment"
                              r"|arrests?|detentions?|sentences?|sentencing|conviction))\b[^\n]{0,300}?\bsaid\s*:", re.MULTILINE),
                   # a speech, opening on its address to the chair ("Mr. President," / "Madam Chair,",
                   # "Monsieur le Président,", "Sayın Başkan,")
                   re.compile(r"^\W*(?:mr\.?|madam|madame|monsieur(?: le)?|sayin) (?:vice[- ])?(?:president|chair"
                              r"|chairperson|chairman|president|baskan)\w*\s*,", re.MULTILINE))),
    # (not a press briefing a news item tells of: "..., told a press briefing in Geneva")
    ("briefing", (re.compile(r"(?<!\bpress )\bbriefing\b"), "bilgi notu", "note on", "policy brief", "brifing", "factsheet", "fact sheet", "country profile", "country note",
                  "fiche thematique", "bilgi formu",
                  # ("Gender equality in the labour market: 2030 brief", "Issue brief"; not "a brief history")
                  re.compile(r"\b(?:(?:19|20)\d\d|issue|thematic|advocacy|information|legal|technical|research) brief\b"))),
    ("news", ("news", "haber", NEWS_OF_A_REPORT)),
    ("toolkit", GUIDE_WORDS),
    # (the Parliamentary Assembly's adopted text, its page saying so under its title, whatever
    # committee report its origin cites: "Text adopted by the Assembly on 22 April 2021")
    ("resolution", ("text adopted by the assembly", "texte adopte par l'assemblee")),
    ("country-report", ("report", "rapor", "raporu", "raporlari", "rapport", "summary of stakeholders",
                        # (the Commission's country report in any of the Union's languages: "Bericht
                        # 2023 über die Türkei" under its series)
                        country_report_title(),
                        # country of origin information for asylum decisions (EUAA, the UK Home Office)
                        "country of origin information", "country policy and information note",
                        # (the US Department of State's annual series, its name in the plural: "2022
                        # Country Reports on Human Rights Practices: Turkey")
                        "country reports on human rights practices",
                        "conclusions on the implementation", "evaluation report")),
]
_BODY_DEFAULTS = {"ECtHR": "judgment", "Venice Commission": "opinion", "CPT": "visit-report", "PACE": "resolution"}


COURTS = frozenset({"ECtHR", "Constitutional Court", "Court of Cassation", "Council of State", "Courts"})


# a document page's label for its language menu, whatever kind the document is ("Choose a
# language to view report", "Choisir une langue pour afficher le rapport", Amnesty International's
# pages on its urgent actions and statements as on its reports): no phrase of the text (folded)
_VIEWER_LABEL = re.compile(r"^\W*(?:choose a language to view (?:the |this )?report|choisir une langue pour afficher le rapport"
                           r"|(?:elige|elegir|selecciona|seleccionar) (?:un |el )?idioma para ver el informe)\W*$", re.MULTILINE)


def find_doc_type(pages: list[str], title: str, body: str | None = None, page_kind: str | None = None,
                  body_default: bool = True, web_page: bool = False) -> Tagged | None:
    """The document type with the phrase that decided it, or None.

    Rules are tried in order of specificity over the title alone, where the title names
    a kind in TITLE_DECIDES; then over the title and the head of page 1 together, so a
    specific phrase on the page beats a generic word in the title ("Report" over "Mission
    to Turkey"). A web
    page that says it is an article (`page_kind`, from og:type or JSON-LD) is typed by
    its title, else `news`: its text tells of decisions and reports, it is none of them.
    `body_default=False`: the body's usual kind is no guess for this text (one that names
    the Court on a heading line but is none of its judgments or decisions). `web_page`: a
    page from the web, whose running text naming news ("told JIS News") makes it news; a
    document's naming it ("the grim news which comes every day") does not.
    """
    heading_only = HEADING_ONLY - {"news"} if web_page else HEADING_ONLY
    folded_title = fold(title)
    if label := NEWS_LABEL.match(folded_title):
        return Tagged("news", [Evidence(label.group(), 1)], rule="phrase")
    head = _VIEWER_LABEL.sub("", fold(pages[0][:1500])) if pages else ""
    # what follows "Accompanying the document" (in any of the Union's languages) is another
    # document's title
    head = re.split(rf"\b(?:{accompanying_pattern(folded=True)})\b", head)[0]
    # a headline telling of a report ("CPT publishes report on Turkey"), a visit or a call is news,
    # whatever kind its title names or visit or response its text tells of, unless it heads a
    # press release ("Press release - 30 November 2006")
    headline = next((m for rx in NEWS_HEADLINES if (m := rx.search(folded_title))), None) \
        or agency_dateline(head, pages[0][:1500] if pages else "")
    # otherwise the title names what the document is when it names one of the kinds that are
    # documents of a monitoring procedure: "List of issues prior to submission of the
    # fifth periodic report" is a list of issues, though its first paragraph cites the
    # "previous concluding observations" and another the "universal periodic review"
    found = _first_rule(body, (folded_title,), heading_only)
    if found is not None and found.value in TITLE_DECIDES and (headline is None or found.value == "statement"):
        return found
    told = Tagged("news", [Evidence(headline.group(), 1)], rule="phrase") if headline else None
    found = _first_rule(body, (folded_title,) if page_kind == "article" else (folded_title, head), heading_only)
    if told is not None and (found is None or found.value != "statement"):
        return told
    # a text that tells of a report's publication is news of it, not the report, whatever its
    # title names (and so is one no phrase typed: "... raporunu bugün yayımladı"); one that
    # tells of a report otherwise, its title naming none ("... according to a report by
    # Freedom House", "the report says"), too; and one that calls itself an article ("Bu
    # yazıda ..."), whatever report it is on
    about = None
    if found is None or found.value == "country-report":
        about = REPORT_PUBLISHED.search(head)
        if about is None and found is not None:
            about = _ARTICLES_OWN_WORDS.search(head) or (
                None if _REPORT_WORD.search(folded_title) or _REPORTS_OWN_WORDS.search(head)
                else REPORT_TOLD_OF.search(head))
    if (found is None or found.value in ("upr-report", "country-report")) and about is None:
        # (and one its lead dates by a weekday: "... said Tuesday that ...", whatever review or
        # report it tells of: "The Universal Periodic Review ... ended on Thursday in Geneva")
        about = NEWS_WEEKDAY.search(head[:NEWS_LEAD_CHARS])
    if found is None and about is None:
        # (and a Turkish lead closing on what someone said or stated, in the third person: "...
        # gelişmelere ilişkin açıklamada bulundu.", "... vurguladı.", "... bildirdi.")
        about = _REPORTED_TR.search(head[:NEWS_LEAD_CHARS])
    if about is not None:
        return Tagged("news", [Evidence(about.group(), 1)], rule="phrase")
    if found is not None:
        return found
    if body in _BODY_DEFAULTS and body_default:
        return Tagged(_BODY_DEFAULTS[body], [], rule="body-default")
    if page_kind == "article":
        return Tagged("news", [Evidence("article", 1)], rule="page-metadata")
    return None


# A story's lead telling what someone did on a weekday, as the press writes it (folded): "The
# European Court of Human Rights said Tuesday that Turkey acted unlawfully ...", "... on Tuesday
# ruled that ...", "Turkey was condemned on Tuesday by ...", "... today condemned Turkey ...": news,
# where no phrase named another kind (not a meeting "held on Tuesday", a record's)
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY = rf"(?:{_WEEKDAY_NAMES})"
_DID = (r"(?:said|says|ruled|rules|found|condemned|ordered|announced|stated|told|declared|decided|urged|called|warned"
        r"|criticized|criticised|rejected|sentenced|detained|arrested|released|confirmed|fined|convicted|acquitted"
        r"|ended|began|opened|closed)")
NEWS_WEEKDAY = re.compile(rf"\b{_DID},? (?:on |last |this )?{_WEEKDAY}\b|\bon {_WEEKDAY},? {_DID}\b|\btoday {_DID}\b"
                          # (and in Arabic, "today" and the weekday: "أدانت المحكمة ...، اليوم الثلاثاء، تركيا ...")
                          r"|\bاليوم،?[^\S\n]*[\"“«]?(?:الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعة|السبت|الاحد)\b"
                          # (and "this" weekday in Spanish, French and Portuguese: "El Tribunal ... condenó este
                          # martes a Turquía", "ce mardi", "nesta terça-feira")
                          r"|\beste (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b"
                          r"|\bce (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
                          r"|\bnest[ae] (?:segunda|terca|quarta|quinta|sexta)-feira\b|\bneste (?:sabado|domingo)\b"
                          # (and in Turkish, the day before yesterday, or the weekday's "günü" before what was
                          # announced or decided: "... şikayeti önceki gün (9 Aralık) karara bağlayan AİHM", "AİHM
                          # Salı günü açıkladığı kararda ..."; not a monitoring report's "Pazar günü gözaltına alınan")
                          r"|\bonceki gun\b|\b(?:pazartesi|sali|carsamba|persembe|cuma|cumartesi|pazar) gunu (?:\w+ ){0,3}?"
                          r"(?:acikla|duyur|bildir|karar ver|karara bagla|kinad|yayimla|yayinla)\w*"
                          # (and in Russian and Ukrainian, "on" the weekday: "... суд ... во вторник признал
                          # Турцию ...", "у вівторок"; folded, "й" is "и")
                          r"|\bв(?:о)? (?:понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)\b"
                          r"|\b[ув] (?:понеділок|вівторок|середу|четвер|п['’]?ятницю|суботу|неділю)\b"
                          # (and Polish: "... uznał w czwartek Turcję winną ...", "W wydanym we wtorek orzeczeniu")
                          r"|\bwe? (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele)\b"
                          # (and in Greek, what was done today: "Το Ευρωπαϊκό Δικαστήριο ... καταδίκασε σήμερα την
                          # Τουρκία", "Η Τουρκία καταδικάστηκε σήμερα από ..."; not its weekdays, which are also
                          # ordinals, "την τρίτη περιοδική έκθεση")
                          r"|\b(?:καταδικασε|καταδικαστηκε|καταδικαστηκαν|αποφασισε|ανακοινωσε|δηλωσε|επεβαλε) σημερα\b")
NEWS_LEAD_CHARS = 800
# a Turkish sentence closing on a verb of saying in the third person's past, as a news agency
# reports a statement (folded): "HRW ... gelişmelere ilişkin açıklamada bulundu.", "açıklama
# yaptı.", "vurguladı.", "dikkat çekti.", "ifade etti.", "kaydetti.", "belirtti.", "bildirdi."
_REPORTED_TR = re.compile(r"\b(?:aciklamada bulundu|aciklama yapti|vurguladi|dikkat cekti|ifade etti|kaydetti|belirtti"
                          r"|bildirdi)\.(?=\s|$)")


# A report told of in the third person, in running text (folded): "according to a report by
# ...", "according to TİHV's 2022 Treatment Centers Report",
# ...", "the report says", "an OSCE report revealed", "... released its annual report", "... has
# published two reports on Turkey", "Presenting the report on its visit ...", "Rapora göre"
REPORT_TOLD_OF = re.compile(r"\baccording to (?:(?:the )?[\w-]+'s|a|the|its|their) (?:[\w-]+ ){0,3}?report\b"
                            # (or published before it said so: "A report published in May by the Human
                            # Rights Foundation of Turkey (TİHV) found ...")
                            r"|\b(?:the|an?) (?:[\w-]+ ){0,2}?report (?:(?:published|released|issued) [^.\n]{0,80}?)?"
                            r"(?:says|said|notes|noted|states|stated|finds|found|shows|showed"
                            r"|reveals|revealed|underlines|underlined|stresses|stressed|highlights|highlighted|warns|warned)\b"
                            r"|\b(?:released|published|launched|issued|unveiled) (?:its|their|a|an|the|two|three|four|\d)"
                            r" (?:[\w-]+ ){0,3}?reports?\b"
                            r"|\bpresent(?:ing|ed) (?:its|their|her|his|the) (?:[\w-]+ ){0,3}?report\b"
                            # (what someone did in a report just out: "... highlighted hate speech ... in a
                            # recently released report")
                            r"|\bin (?:a|its|their|the) (?:recently|newly|just) (?:released|published|issued) (?:[\w-]+ ){0,2}?report\b"
                            # (or in its latest one: "In its latest report on Turkey's application of the
                            # European Charter ..., the Congress welcomes ...")
                            r"|\bin (?:its|their|his|her) (?:latest|newest|most recent) (?:[\w-]+ ){0,2}?report\b"
                            # (a report a body adopted, told as news: "The 42nd Session of the Congress ...
                            # adopted a report underlining ...")
                            r"|\badopted (?:a|two|three|\d) (?:[\w-]+ ){0,3}?reports?\b"
                            # (what someone declared in a report: "Turkey declared in the report of the
                            # Working Group that it rejected ...", news of a review on an NGO's site)
                            # (and what someone concluded in one: "... today concluded in its final report on
                            # the criminal trial of 27 Turkish lawyers that ...")
                            r"|\b(?:declared|stated|said|noted|explained|wrote|found|concluded) in (?:the|its|their|a)"
                            r" (?:[\w-]+ ){0,3}?report\b"
                            # (a report released on a day a news item names by its weekday or as today: "In
                            # its annual report released Tuesday, the US Commission ... notes that ...")
                            r"|\breports? (?:was |were )?(?:released|published|issued|unveiled) (?:on |last |this )?"
                            rf"(?:{_WEEKDAY_NAMES}|today|yesterday)\b"
                            # (a report someone criticised, "The Foreign Ministry criticized the ... election
                            # observer mission's report on ...", "Turkiye decried, on Tuesday, a report by ...")
                            r"|\b(?:criticized|criticised|condemned|decried|denounced|slammed)\b,?(?: [\w'’(),-]+){0,12}?"
                            r" reports?\b"
                            # (what a report set out, "as outlined in Human Rights Watch's World Report 2024")
                            r"|\bas (?:outlined|described|set out|detailed|documented|highlighted) in\b[^.\n]{0,80}?\breports?\b"
                            # ("rapora göre", "... yıllık raporuna göre", and after a name, its suffix after an
                            # apostrophe: "BİA Medya Gözlem Raporu’na göre")
                            r"|\brapor(?:u|lari)?'?n?a gore\b"
                            # (and in French, whose "rapport" types a country report: "Selon un rapport du
                            # Conseil de l'Europe, ...")
                            r"|\bselon (?:un|le|son|leur|ce) (?:[\w'-]+ ){0,3}?rapport\b"
                            # (the report someone published, "(HRW) yayınlanan raporunda", "... bu yıl
                            # 28. defa yayınladığı 643 sayfalık Dünya Raporu'nda"; what was said in it,
                            # "... Dünya Raporu'nda ... dikkat çekti", "... raporunda ... belirtildi")
                            r"|\b(?:yayinlanan|yayimlanan|yayinladigi|yayimladigi)\s+(?:[\w'’.-]+\s+){0,4}?rapor"
                            r"|\brapor(?:u|lari)?'?nda\b[^.\n]{0,200}?\b(?:belirtildi|denildi|vurgulandi|ifade edildi"
                            r"|dikkat cekti|yer verildi)\b")
# ... and its publication by the one who published it, which makes news of a text even where
# its title names the report ("TİHV'den Dikkat Çeken Rapor: ..." over "Türkiye İnsan Hakları
# Vakfı (TİHV) 2022 Yılı Tedavi Merkezleri Raporu’nu yayımladı", "... released its annual
# report"): a report's own first page tells of none
REPORT_PUBLISHED = re.compile(r"\b(?:released|published|launched|issued|unveiled) (?:the (?:[\w-]+ ){0,2}(?:edition|version|update) of )?"
                              r"(?:its|their) (?:[\w-]+ ){0,6}?reports?\b"
                              # (its name quoted between: "released its “Human Rights Defenders at Risk in
                              # 2017” report")
                              r"|\b(?:released|published|launched|issued|unveiled) (?:its|their) [“\"«](?:[\w-]+ ){0,8}[\w-]+[”\"»]"
                              r" reports?\b"
                              # (or today, the news of it: "The Commissioner ... published today a
                              # memorandum on the human rights implications of ...")
                              r"|\b(?:released|published|issued|unveiled) today (?:a|an|its|their|his|her|the) (?:[\w-]+ ){0,4}?"
                              r"(?:reports?|memorandum|opinion)\b"
                              # (or its adoption today, a news item's time: "The European Parliament is
                              # adopting today its annual report on Turkey")
                              r"|\b(?:is adopting|adopts|adopted|will adopt) (?:today|this week|on (?:monday|tuesday"
                              r"|wednesday|thursday|friday)) (?:its|their) (?:[\w-]+ ){0,4}?reports?\b"
                              # (or its publication to come: "The report, which will be released on
                              # Wednesday in Brussels, is also expected to ...")
                              r"|\breports?,? (?:which |that )?(?:will be|is to be|is due to be|is expected to be)"
                              r" (?:released|published|issued|unveiled|presented|made public)\b"
                              # (in the past or the perfect: "... Ülke Raporları’nı 8 Kasım’da açıklamıştır", "...
                              # raporunu düzenlenen bir basın toplantısıyla açıkladı", "... Raporu”nu kamuoyu ile
                              # paylaştı", a quotation mark closing the report's name before its suffix)
                              r"|\brapor(?:u|lari)[\"”']?n[iu],? (?:[\w']+ ){0,5}?(?:(?:acikla|yayimla|yayinla)(?:di|mistir|mis)"
                              r"|paylas(?:ti|mistir|mis))\b"
                              # (or a report, undetermined: "... değerlendiren 2 rapor yayımladı"; or one
                              # prepared, "... bir rapor hazırladı", "... yanıtları raporlaştırdı")
                              r"|\brapor (?:yayimla|yayinla|acikla|hazirla)(?:di|mistir|mis)\b|\braporlastir(?:di|mistir|mis)\b"
                              # (or in the passive: "\"Türkiye Raporu\" kamuoyuyla paylaşıldı", "... Raporu
                              # hazırlanarak kamuoyu ile paylaşıldı")
                              r"|\brapor(?:u|lari)[\"”'’]?\s+(?:[\w']+\s+){0,2}?(?:kamuoyu(?:yla| ile)\s+)?(?:paylasildi|yayimlandi"
                              r"|yayinlandi|aciklandi)\b"
                              # (in Kurdish, shared with the public: "Rapora ÎHD’ê ... bi raya giştî re parve kir")
                              r"|\brapor\w*\b[^.\n]{0,150}?\bbi raya gisti re parve kir\b")
_REPORT_WORD = re.compile(r"\b(?:report|rapor|rapport|bericht|informe)")
# ... and an article's or a column's words of itself, in Turkish ("Bu yazıda ... değerlendirilmiştir"):
# one on a report, whatever its title names, is no report (folded; not a paper's "bu çalışmada")
_ARTICLES_OWN_WORDS = re.compile(r"\bbu yazi(?:miz)?da\b")
# ... and a report's words of itself ("This report follows a two-part monitoring visit ...",
# "the present report", "Bu raporda ...", "le présent rapport"): its summary's "The report
# notes with satisfaction ..." tells of itself, not of another's report (folded)
_REPORTS_OWN_WORDS = re.compile(r"\b(?:this|the present) report\b|\bbu rapor(?:da|un)?\b|\b(?:le present|ce) rapport\b")


# The kinds a title settles, whatever the first page's text cites.
TITLE_DECIDES = frozenset({"government-response", "submission", "concluding-observations", "upr-report", "list-of-issues",
                           "summary-record", "state-report", "visit-report", "opinion", "statement",
                           "memorandum", "briefing", "observation", "direct-request", "report", "general-comment",
                           "parliamentary-question", "indictment", "legislation"})


# Words that name a visit's report or a resolution only in the title or on a heading line:
# in running text they tell of a visit ("... paid a solidarity visit to the newspaper", a
# news article) or cite a resolution ("submitted pursuant to Council resolution S-17/1").
# So are the words for news ("haber verdi" is "informed"; a speech tells of "the grim news
# which comes every day"), the words for a guide (a
# text that will "guide police officers" or cites "the Ministry's handbook", "El Kitabı", is
# none), and the words for a court's or a body's kinds of decision: an NGO's report that tells
# how "the court decided" ("karar verdi"), what "the judgment" said or "a recommendation" of
# a committee, or cites "a memorandum of understanding", is none of them.
HEADING_ONLY = frozenset({"visit to", "mission to", "ziyareti raporu", "visite", UN_VISIT_OTHER_LANGUAGES, "resolution", "resolucion", "резолюция", "news", "haber",
                          *GUIDE_WORDS,
                          "judgment", "arret", "karar", "recommendation", "memorandum", "gorus", "opinion on",
                          # (the Ombudsman's kind heads its decision, "TAVSİYE KARARI"; a news item tells
                          # of the European Parliament's report "ve buna bağlı tavsiye kararı")
                          "tavsiye karari", "kismen tavsiye", EP_RESOLUTION_TR,
                          # ("açıklama" is an explanation too: "Düşünceyi Açıklama", "açıklama yaptı"; a
                          # news item tells what someone "said in a statement" or "a press release")
                          "aciklama", STATEMENT_OF, END_OF_MISSION, "statement", "press release", "press briefing", "letter", "lettre",
                          "declaration publique", "declaracion publica", "dichiarazione pubblica",
                          # (a news item tells that a working group does not require remedies to be exhausted
                          # "to declare a submission admissible")
                          "submission",
                          _DECISION, GENERAL_COMMENT, NEWS_OF_A_REPORT, *PARLIAMENTARY_QUESTION, INDICTMENT,
                          # (a news item tells that a report was published "together with the response of
                          # the Turkish Government": the response heads its own cover)
                          "response of the turkish government", "responses of the turkish government",
                          "response of the government of", "reponse du gouvernement", "reponses du gouvernement"})


@lru_cache(maxsize=None)
def _cue_pattern(cue: str) -> re.Pattern[str]:
    """A phrase as a whole-word pattern on folded text: the phrase folded too ("Краткий
    отчет" is "краткии отчет" folded, its й a и with a mark)."""
    return re.compile(as_words(re.escape(fold(cue)), cue))


def _first_rule(body: str | None, zones: tuple[str, ...], heading_only: frozenset[object] = HEADING_ONLY) -> Tagged | None:
    """The first rule whose phrase one of `zones` holds, with the phrase (those in
    `heading_only` only in the first zone, the title, or on a heading line)."""
    for doc_type, cues in RULES:
        if doc_type == "government-response" and body in COURTS:
            continue  # a court's text quotes the government, it does not answer for it
        for cue in cues:
            rx = cue if isinstance(cue, re.Pattern) else _cue_pattern(cue)
            found = next((m for k, z in enumerate(zones) for m in rx.finditer(z)
                          if k == 0 or cue not in heading_only or on_heading_line(z, m.start())), None)
            if found:
                if doc_type == "judgment-or-resolution":  # Turkish "karar"
                    doc_type = "judgment" if body in COURTS else "resolution"
                if doc_type == "country-report" and body == "UPR":
                    doc_type = "upr-report"
                return Tagged(doc_type, [Evidence(found.group(), 1)], rule="phrase")
    return None
