"""A document's title: what the document calls itself, by document family.

Tried in order (the first that gives a plausible title wins; its rule is recorded as
the title's source):

1. `ecthr-heading`: an ECtHR judgment or decision, as HUDOC writes it ("CASE OF X v.
   TURKEY", "AFFAIRE X c. TURQUIE", "X v. TURKEY"): see ingest.enrich.ecthr.
2. `cover-page`: a UN document's title block, after the symbol, the distribution line,
   the date, the languages and the session and agenda lines, with its parts joined
   ("Report of the Working Group on the Universal Periodic Review: Azerbaijan").
3. `heading`: the EU Court's judgments, orders and opinions by kind, parties and case
   ("JUDGMENT OF THE COURT (Grand Chamber): X v Y (C-618/28)": see ingest.enrich.cjeu);
   the page's own title for a web page (og:title, <h1>, <title> without the
   site name), else the first heading block of page 1 after the lines every document
   of its family carries (institution names, symbols, places and dates, "Or. Engl.",
   "COMMISSION STAFF WORKING DOCUMENT"); a Constitutional Court decision on a law by
   its docket and decision numbers ("Anayasa Mahkemesi Kararı (E.2022/7, K.2022/79)");
   a Court of Cassation or Council of State decision by its court, chamber and numbers
   ("Yargıtay Ceza Genel Kurulu, E. 2017/36, K. 2020/357"); a letter or a memorandum
   ("From:", "To:") by its subject line ("Re: ...", "Konu: ..."); a Parliamentary Assembly
   document by the line under its number ("Doc. 14282"), with its kind when it is not
   the report itself ("...: Addendum to the report", "...: Amendment No. 23"); a
   heading that is only a kind of decision with the decision number under it ("KURUL
   KARARI (Karar Numarası: 2022/143)").
4. `metadata`: the file's own title (PDF /Title, DOCX core properties), when it is not a
   job number, a file name, "Microsoft Word - x.doc", "untitled", a symbol alone or an
   institution's name.
5. `first-line`: the first plausible line of text.
6. `file-name`: the file's name.

A person's title (metadata sheet, admin edit) always wins; the rules only fill titles
nobody set (see ingest.enrich.apply).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from archive.identifiers import COVER_MONTHS, UN_SYMBOL, classify, find_identifiers

from . import Evidence, Tagged
from .cjeu import BETWEEN_PARTIES
from .dates import BROWSER_HEADER, DATELINE_PLACES, DC_FIELD, MONTHS, SITE_DAY_LINE, WEEKDAYS, date_in
from .doctype import (AGENCY_CREDIT, ARABIC_CITY_DASH, DATE_BEFORE_DASH, DATELINE_ALONE, INDICTMENT, PACE_RECORD, REGISTRAR_LINE_TR,
                      RELEASE_NUMBER, UN_RESOLUTION_LINE)
from .ecthr import APPLICATION_BRACKET, Case, match_state
from .eu_languages import accompanying_pattern, masthead_pattern, resolution_opening
from .furniture import is_language_switcher

MAX_TITLE = 400
MAX_LINES = 8
# a heading's paragraph in capitals kept on one line (a DOCX's or a web page's: "OPINION ON
# THE AMENDMENTS TO THE CONSTITUTION ADOPTED BY THE GRAND NATIONAL ASSEMBLY ON 21 JANUARY
# 2017 AND TO BE SUBMITTED TO A NATIONAL REFERENDUM ON 16 APRIL 2017"), at most
CAPITALS_PARAGRAPH = 300
FULL_LINE = 40  # a heading's line at least this long may be one a PDF wrapped where it was full

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))  # (folded, as _key folds a line)
# Lines no title is (folded for comparison: see _key), by kind; each part matches a whole line.
# a document site's labels under a title ("Total Page:16", "File Type:pdf, Size:1020Kb")
_AGGREGATOR_LABELS = (r"total pages?\s*:\s*\d+|file type\s*:"
                      # (and readkong's: "Page created by ...", "CONTINUE READING", "Page content
                      # transcription", "If your browser does not render page correctly, ...")
                      r"|page created by\b|continue reading$|page content transcription$"
                      r"|if your browser does not render page correctly\b"
                      # (and SlideShare's: "SlideShare a Scribd company logo", "1 of 18",
                      # "Download to read offline")
                      r"|slideshare a scribd company logo|\d{1,4} of \d{1,4}$|download to read offline"
                      # (and vdocuments' and cupdf's: their title made of the text's first words and
                      # a later snippet, "country policy and information note turkey: kurds ·
                      # language may be the main language of...", "Top Banner", "Welcome message
                      # from author")
                      r"|.{5,200} · .{3,200}(?:\.\.\.|…)$|top banner$|welcome message from author$"
                      # (and Yumpu's: "SHOW MORE" / "SHOW LESS" (or run into one line), "Create
                      # successful ePaper yourself", "Turn your PDF publications into a flip-book ...",
                      # its count of views "27.01.2016 Views")
                      r"|show more(?: show less)?$|show less$|create successful epaper yourself$"
                      r"|turn your pdf publications into a flip-?book\b|(?:[\d./-]{6,10} \d*|\d+)\s*views$"
                      # (and a wiki host's name over its page: "FANDOM")
                      r"|fandom$")
# the kind of a site's text with its date, over its title ("Press release - 30 November 2006")
# the agencies whose name stands before the photographer's in a caption's credit
_PHOTO_AGENCIES = (r"(?:reuters|afp|ap|epa|aa|anadolu(?: agency| ajansi)?|getty(?: images)?|dha|iha|un photo|shutterstock"
                   r"|xinhua|bloomberg|sipa|anf|nurphoto|sopa images|unhcr|unicef)")
_DATED_RELEASE = (r"(?:(?:un |joint )?press release|news release|press statement|communique de presse|basin aciklamasi"
                  r"|basin bulteni)\s*[-–—|:,]?\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+[^\W\d_]+,?\s+(?:19|20)\d\d"
                  r"|[^\W\d_]+\s+\d{1,2},?\s+(?:19|20)\d\d|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d)")
# the European Parliament's document pages: its procedure side bar's references to the
# sitting's minutes and verbatim report ("PV 19/05/2021 - 2", "CRE 12/03/2019 - 16") and its
# text's downloads ("PDF 156kWORD 60k", a verbatim report's "XML 78k") (folded; furniture, and
# read by heading_title)
_EP_REFERENCE_PATTERN = r"(?:pv|cre) \d\d/\d\d/\d{4} - [\d.]+"
_EP_DOWNLOADS_PATTERN = r"(?:pdf|xml|word) \d+k ?(?:word \d+k)?"
_NOISE_PARTS = (
    # job numbers, page numbers and other bare numbers, running heads; a rule drawn in
    # characters ("_________", "* * *")
    r"ge\.\d\d-\d+.*|\*?\d{5,}\*?|\d+|[ivxlc]+|page \d+.*|\d+ ?/ ?\d+|-\s*\d+\s*-|[\s_\-–—=.*·•~]{3,}"
    # (and a paragraph's number alone, a thesaurus page's label over the paragraph it quotes:
    # "Paragraph 28", "Para. 12", "§ 45")
    r"|(?:paragraph|para\.?|paragraphe|paragraf|§)\s*\d{1,4}",
    # identifiers of the institutions' series, web and mail addresses, contents
    r"opinion no\.? ?\d+(?: ?/ ?\d+)?|cdl-\w+.*|cpt/inf.*|commdh.*|swd ?\(.*|com ?\(.*|p\d{1,2}_ta.*|(?:echr|cedh) \d+ \(\d{4}\)"
    r"|www\..*|https?://.*|.*@.*\..*|table of contents|contents|icindekiler|sommaire|table des matieres"
    # (a site's name as its address, without "www.": "Tolerance.ca", "bianet.org", "example.com.tr")
    r"|[a-z0-9][a-z0-9-]{1,40}\.(?:com|org|net|info|ca|de|fr|it|es|eu|tr|gr|ru|uk|com\.tr|org\.tr|co\.uk)"
    # (a UN agency's name or logo over its report: "unicef" / "for every child", "UN Women Türkiye")
    r"|(?:unicef|undp|unfpa|un women|un-habitat|unesco|unodc|ocha|wfp|unrwa)(?: (?:turkiye|turkey|for every child))?"
    r"|for every child"
    # (a site's label that it is a trial version, over a dossier's title: "BETA" / "2009/2769(RSP)
    # Resolution on the 2009 progress report on Turkey"; the dossier's fields under it, "Next
    # event: Indicative plenary sitting date 2023/09/11", "Progress: Procedure completed")
    r"|beta|next event\s*:.*|progress\s*:.*"
    # (the Parliamentary Assembly's part-session over its record of a sitting: "(Second part)")
    r"|\((?:first|second|third|fourth) part\)|(?:19|20)\d\d ordinary session"
    r"|\((?:premiere|deuxieme|troisieme|quatrieme) partie\)|session ordinaire de (?:19|20)\d\d"
    # (and its adopted text's web page: its number with the version, over the title, "Resolution
    # 1925 (2013) Final version", and its tools, "Print" / "Related documents", "Imprimer" /
    # "Autres documents liés")
    r"|(?:resolution|recommendation|opinion|recommandation|avis) \d{1,4} \((?:19|20)\d\d\)"
    r" (?:final version|provisional version|version finale|version provisoire)"
    r"|imprimer|(?:other )?related documents|(?:autres )?documents lies"
    # (a document site's list of others under the one shown: docplayer's "Benzer belgeler")
    r"|similar documents|benzer belgeler|documents similaires|ahnliche dokumente|documentos similares"
    # (a catalogue's links back to its results and to print the page: "Retour au resultats",
    # "Back to results", "Imprimer cette page", "Print this page"; the OHCHR's news page's
    # printout header, its image's text: "Header image for news printout")
    r"|(?:retour aux? (?:liste des )?resultats|back to (?:the )?(?:search )?results|imprimer cette page|print this page"
    r"|header image for news printout)"
    # (the stage of a case under the word JUDGMENT on the Court's cover: "(Revision)", "[Extracts]"; the note
    # "[TRANSLATION]" over a text HUDOC translated)
    r"|[(\[](?:revision|just satisfaction|merits|preliminary objections|interpretation|extracts|satisfaction equitable|fond"
    r"|exceptions preliminaires|extraits|translation|traduction)[)\]]"
    # (the parts of the Court's text, over a decision HUDOC keeps without its heading: "THE FACTS")
    r"|the facts|en fait|the law|en droit|procedure|as to the law|the circumstances of the case|les circonstances de l.espece"
    # (and the Constitutional Court's, over a decision or its summary on a law site: "Olaylar",
    # "İddialar", "Mahkemenin Değerlendirmesi", "III. OLAY VE OLGULAR")
    r"|(?:[ivx]+\. )?(?:olaylar|olay ve olgular|iddialar|mahkemenin degerlendirmesi|basvurunun (?:konusu|ozeti)"
    r"|basvuru sureci|inceleme ve gerekce)"
    # (a site's label over its breadcrumb)
    r"|breadcrumbs?|you are here\W*|buradasiniz\W*|newsroom|salle de presse"
    # a site's search page's label ("Search Results", "Arama Sonuçları")
    r"|search results?|arama sonuclari|resultats de (?:la )?recherche|suchergebnisse"
    # a secretariat's masthead over its committee's papers ("SECRETARIAT" over "AS/Mon (2016) CB 08")
    # and their addressees ("To the members of the Committee on ...", "Aux membres de la commission ...")
    r"|secretariat|secretariat general|sekretarya|to the members of .*|aux membres d.*"
    # (in the UN's other languages and German: "Строка навигации", "Fil d'Ariane", "Sie sind hier")
    r"|строка навигации|fil d.ariane|ruta de navegacion|sie sind hier\W*|vous etes ici\W*|usted esta aqui\W*"
    # ReliefWeb's tagline and the countries a report is tagged with ("World + 1 more")
    r"|informing humanitarians worldwide.*|[^\W\d_][\w' -]{1,40} \+ \d+ more"
    # (a catalogue's empty field labels over an article: "Journal Name:", "Publication Year:")
    r"|(?:journal|author|dergi|yazar) (?:name|adi)\s*:?|publication year\s*:?|yayin yili\s*:?"
    # (a newsletter's name under its publisher's: "İKTİSADİ KALKINMA VAKFI" / "E-Bülteni")
    r"|(?:e-?)?bulten(?:i)?|(?:e-?)?newsletter|bulletin|e-bulletin"
    # (a page's reading time: "Tempo di lettura stimato: 2'", "5 min read", "Okuma süresi: 3 dk";
    # after the page's kind, day and site, as the Commission's pages run them together: "News
    # article8 November 2023Representation in Cyprus25 min read")
    r"|(?:estimated )?reading time\b.*|(?:(?=.*(?:19|20)\d\d).{0,120}?)?\d+\s*min(?:ute)?s? read|tempo di lettura\b.*"
    r"|temps de lecture\b.*"
    r"|(?:geschatzte )?lesezeit\b.*|(?:tahmini )?okuma suresi\b.*|tiempo de lectura\b.*"
    # (the court a submission is filed in: "IN THE EUROPEAN COURT OF HUMAN RIGHTS")
    r"|(?:in|before) the european court of human rights|devant la cour europeenne des droits de l.?homme",
    # the UN cover's furniture: organs, distribution, languages, sessions, agenda items,
    # dates received (also in the other official languages)
    # (an older cover's masthead runs the organ's or treaty body's letters into the name:
    # "UNITED NATIONS HRI", "NATIONS UNIES CCPR")
    r"(?:united nations|nations unies)(?: (?:hri|ccpr|cerd|cat|crc|cedaw|crpd|cmw|ced|a|e|s))?"
    r"|un|onu|birlesmis milletler|a|e|s|general assembly|assemblee generale|security council"
    r"|economic and social council|conseil economique et social|human rights council|conseil des droits de l.?homme"
    r"|commission on human rights|insan haklari konseyi|genel kurul"
    # (the language of the original, "Or. Engl.", or two, "Or. Engl./Fr.", as the Venice
    # Commission's bilingual documents print them, and "Original version in French" atop the
    # Commissioner's; a Parliamentary Assembly committee's paper's line, declassified, with its
    # symbol, date and file name: "DECLASSIFIED* AS/Mon(2015) 18 rev 26 June 2015 amondoc18rev_2015")
    r"|original version in \w+|version originale en \w+|declassified\W*\s+as\s?/.*"
    # (and whom the Commissioner's report is for: "for the attention of the Committee of
    # Ministers and the Parliamentary Assembly")
    r"|for (?:the attention of )?the committee of ministers and the parliamentary assembly"
    r"|distr\.?\s*:?.*|distribution\s*:?.*|original\s*:.*|.*\boriginal\s*:\s*(?:english|french|anglais|francais)|or\.\s*\w+\.?(?:\s*/\s*\w+\.?)?|english|french|anglais|francais|arabic|spanish"
    r"|russian|chinese|espanol|(?:english|french|anglais|francais) (?:only|seulement)"
    # the same in a Turkish translation of a UN cover ("Dağıtım: Genel", "Asıl: İngilizce",
    # "İşkenceye Karşı Komite")
    r"|dagitim\s*:.*|asil\s*:.*|ingilizce|fransizca|ispanyolca|arapca|rusca|cince|(?:[\w'’-]+ ){0,8}komite(?:si)?"
    # ("Özgün dil: İngilizce", "Genel Kurulu", "Evrensel Periyodik Değerlendirme Çalışma
    # Grubu", "Sekizinci oturum", "Cenevre, 3–14 Mayıs 2010")
    r"|ozgun dil\s*:.*|genel kurulu|(?:[\w'’-]+ ){0,6}calisma grubu|(?:[\w.-]+ ){1,2}oturum(?:u)?"
    r"|cenevre\s*,?\s*\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?[a-z]*\s*(?:[-–]\s*\d{1,2}\s*)?[a-z]+\s+(?:19|20)\d\d"
    # a letter's salutation on its line, after the letter's date or not ("31 January 2014
    # Excellency,")
    r"|(?:\d{1,2} [a-z]+ (?:19|20)\d\d\s+)?(?:your )?excellency\W*"
    # the OHCHR's letterhead over a special procedures letter, its two languages' columns
    # run into one line ("NATIONS UNIES UNITED NATIONS HAUT COMMISSARIAT DES NATIONS UNIES
    # OFFICE OF THE UNITED NATIONS AUX DROITS DE L'HOMME HIGH COMMISSIONER FOR HUMAN RIGHTS")
    r"|(?:nations unies )?(?:united nations )?(?:haut commissariat des nations unies|office of the united nations"
    r"|procedures speciales du|special procedures of the)\b.*(?:high commissioner for human rights|droits de l.?homme"
    r"|human rights council)"
    r"|advance (?:(?:unedited|edited) )?version(?: distr\b.*)?|unedited version|restricted|public|confidential|embargo.*"
    r"|(?:\w+[- ])?(?:\w+-){0,2}(?:\w+ )?(?:session|session extraordinaire)|(?:provisional )?agenda items? [\d, and]+.*"
    r"|points? [\d, et]+ de l.?ordre du jour.*"
    # (Spanish and Russian: "60º período de sesiones", "Consejo Económico y Social", "20 de
    # julio de 2012", "пятьдесят шестая сессия")
    r"|\d+\s*[º°o]?\s*periodo (?:extraordinario )?de sesiones.*|[\w-]+ periodo de sesiones.*|[\w-]+ (?:[\w-]+ )?сессия.*"
    r"|consejo economico y social|asamblea general|consejo de derechos humanos|consejo de seguridad"
    r"|генеральная ассамблея|совет по правам человека|экономический и социальный совет|совет безопасности"
    r"|\d{1,2}\s*[º°o]?\s+de\s+[a-z]+\s+de\s+(?:19|20)\d\d"
    r"|\d{1,2}\s*[º°o]?\s+(?:de\s+[a-z]+\s+)?a\s+\d{1,2}\s*[º°o]?\s+de\s+[a-z]+\s+de\s+(?:19|20)\d\d",
    r"|\[date (?:received|of receipt)\b.*\]|\[date de (?:reception|receptio)\w*\b.*\]"
    # the date a State's report was received, in brackets under its title: "[12 November 2007]"
    r"|\[[^\]]{0,30}(?:19|20)\d\d\s*\]"
    r"|naciones unidas|организация объединенных наций|الامم المتحدة|联合国|(?:general assembly|security council|economic and social council|human rights council)\s+distr\b.*"
    # (Arabic and Chinese: "الجمعية العامة", "مجلس حقوق الإنسان", "البند 6 من جدول الأعمال",
    # "15 حزيران/يونيه - 3 تموز/يوليه 2020"; "大会", "人权理事会", "第四十四届会议", "议程项目6",
    # "2020年6月15日至7月3日")
    r"|الجمعية العامة|مجلس حقوق الانسان|مجلس الامن|المجلس الاقتصادي والاجتماعي|البند [\d ،و]+ من جدول الاعمال.*"
    r"|\d{1,2} [^\W\d_]+(?:/[^\W\d_]+)?(?: ?[-–] ?\d{1,2} [^\W\d_]+(?:/[^\W\d_]+)?)? (?:19|20)\d\d"
    r"|大会|人权理事会|安全理事会|经济及社会理事会|第[\w]{1,8}届(?:特别)?会议.*|(?:临时)?议程项目.*|(?:19|20)\d\d年\d{1,2}月.*"
    r"|items? [\d, and]+(?:\s*\([a-z]\))? of the (?:provisional )?agenda.*",
    # treaties and treaty bodies named on a cover (and the Council of Europe's Social Charter atop
    # its Committee's conclusions, "European Social Charter" / "European Committee of Social Rights"
    # / "Conclusions 2019" / "TURKEY", and its Governmental Committee atop its reports)
    r"international covenant on civil and political rights|convention against torture and other cruel.*"
    r"|european social charter|charte sociale europeenne|avrupa sosyal sarti|governmental committee|comite gouvernemental"
    r"|committee against torture|human rights committee|committee on the rights of the child"
    r"|committee on the elimination of (?:racial discrimination|discrimination against women)|committee on economic, social and cultural rights"
    r"|committee on the rights of persons with disabilities|committee on enforced disappearances"
    r"|subcommittee on prevention of torture(?: and other cruel.*)?|optional protocol to the.*"
    r"|(?:and other )?cruel,? inhuman or degrading treatment or punishment"
    r"|international convention on the elimination of .*|convention on the rights of .*|convention on the elimination of .*"
    r"|convencion (?:contra|sobre|internacional) .*|конвенция .*|اتفاقية .*|pacto internacional de derechos .*"
    # (and in French: "Convention internationale sur l'élimination de toutes les formes de
    # discrimination raciale", "Convention contre la torture ...", "Convention relative aux
    # droits de l'enfant")
    r"|convention (?:internationale|contre|relative|sur) .*"
    r"|международный пакт .*|комитет .*|comite (?:contra|de|sobre|para) .*|(?:ال)?لجنة .*|الدورة .*"
    # (in French: "Comité contre la torture", "Comité des droits de l'homme", "Comité pour
    # l'élimination de la discrimination raciale")
    r"|comite (?:contre la torture|des droits (?:de l.?homme|de l.?enfant|economiques.*|des personnes handicapees)"
    r"|pour l.?elimination de .*|des disparitions forcees)|pacte international relatif aux droits .*",
    # European institutions and their series' furniture
    r"(?:of the )?council of europe|conseil de l.?europe|avrupa konseyi|european union|union europeenne|avrupa birligi"
    r"|european commission|commission europeenne|avrupa komisyonu|european parliament|parlement europeen"
    r"|commission of the european communities|commission des communautes europeennes"
    # the Council of the EU's masthead and furniture ("Council of the" / "European Union",
    # "(OR. en)", "OUTCOME OF PROCEEDINGS")
    r"|council of the(?: european union)?|conseil de l.?union europeenne|avrupa birligi konseyi|\(or\. ?\w+\)"
    r"|outcome of proceedings|resultats des travaux|note|i/a item note|information note"
    # the Committee of Ministers' documents' masthead ("Ministers' Deputies" / "CM Documents")
    r"|ministers' deputies|delegues des ministres|cm documents|documents cm"
    r"|european court of human rights|cour europeenne des droits de l.?homme|avrupa insan haklari mahkemesi|echr|cedh"
    # the Court's formation over a text that is no case (an advisory opinion)
    r"|grand chamber|grande chambre|(?:first|second|third|fourth|fifth) section"
    r"|(?:premiere|deuxieme|troisieme|quatrieme|cinquieme) section"
    r"|issued by the registrar of the court|publie par le greffier de la cour"
    # (its press release's line in a Turkish translation: "Mahkeme'nin Yazı İşleri Müdürlüğü
    # tarafından yayımlanmıştır.")
    rf"|(?:mahkeme.?nin )?{REGISTRAR_LINE_TR}\.?"
    r"|european committee for the prevention of torture.*|commissioner for human rights|commissaire aux droits de l.?homme"
    r"|european commission for democracy through law.*|commission europeenne pour la democratie par le droit.*"
    r"|\(?venice commission\)?|\(?commission de venise\)?|avis n[o°]\.? ?\d+(?: ?/ ?\d+)?"
    # (and a Turkish translation's: "AVRUPA HUKUK YOLUYLA DEMOKRASİ KOMİSYONU" / "(VENEDİK
    # KOMİSYONU)", "Görüş No. 875/2017")
    r"|avrupa hukuk yoluyla demokrasi komisyonu.*|\(?venedik komisyonu\)?|gorus no\.? ?\d+(?: ?/ ?\d+)?"
    r"|european commission against racism and intolerance"
    # (GREVIO's and GRETA's names, over one line or several, not a sentence opening on one: "Group of
    # Experts on Action against Violence ... (GREVIO) launched the 2018 baseline evaluation report ...")
    r"|group of experts on action against(?: [a-z]+){1,6}(?: \((?:grevio|greta)\))?(?: [_\-–—]{3,})?"
    r"|irkcilig?[ai] ve hosgorusuzluge karsi avrupa komisyonu(?: \(ecri\))?"
    # a translation's note of its language ("Version turque", "Turkish version")
    # a decision's information form over it, its heading and its fields' labels ("KARAR BİLGİ
    # FORMU", "I. KARAR KİMLİK BİLGİLERİ", "Kararı Veren Birim", "Başvuru Adı", ...)
    r"|karar bilgi formu|karar kimlik bilgileri|karari veren birim|karar turu.*|kunye|basvuru (?:adi|no|tarihi)"
    r"|karar tarihi|resmi gazete tarihi|basvuru konusu|inceleme sonuclari|ilgili hukuk|esas \(ihlal\)|ikinci bolum|birinci bolum"
    r"|genel kurul|hak mudahale iddiasi sonuc giderim"
    # the Official Gazette's masthead, the kind of act over its title and the authority it is
    # "from" ("Resmî Gazete", "YÖNETMELİK", "Millî Savunma Bakanlığından:"); "print this page"
    r"|resmi gazete|(?:yonetmelik|kanun|teblig|genelge|yonerge|cumhurbaskanligi kararnamesi|kanun hukmunde kararname)"
    r"|.{3,80}(?:bakanligindan|baskanligindan|mudurlugunden|kurumundan|kurulundan|valiliginden)\s*:|bu sayfayi yazdir"
    r"|version (?:turque|anglaise|francaise|originale)|(?:turkish|english|french|unofficial|original) (?:version|translation)"
    r"|turkce (?:versiyon|ceviri|tercume)|gayri ?resmi (?:ceviri|tercume)"
    # a document site's furniture over a text it shows ("Download as pdf or txt", "You are on page
    # 1of 11", "You might also like")
    r"|download as (?:pdf|txt|docx?)(?: or (?:pdf|txt|docx?))*|you are on page \d+ ?of \d+|you might also like"
    # (and docplayer's and 9lib's: "Ebat: px", "Şu sayfadan göstermeyi başlat:", "Save this PDF
    # as:", "WORD PNG TXT JPG", "Transkript", "Academic year: 2022", "Copied!", "N/A", its
    # copies' in English, "Size: px", "Start display at page:", "Transcription",
    # "Protected", "Yükleniyor.... (view fulltext now)", "Tam metin", and the title again in its
    # links, 'Download "..."', 'Share "..."')
    r"|(?:ebat|size): ?px|su sayfadan gostermeyi baslat:?|start display at page:?|save this pdf as:?|word png txt jpg"
    r"|transkript|transcription|transcript|academic year: ?\d{4}"
    r"|copied!?|n/a|protected|yukleniyor\.*(?: \(view fulltext now\))?|tam metin|(?:download|share) \".{1,300}\""
    # (and studylib's uploader line over a copy: "Uploaded by İnsan Haklari"; vdocuments' lines over
    # one, "Upload: others" / "Post on 19-Mar-2020" / "7 views" / "Category:" / "Documents" / "0 download")
    r"|uploaded by\b.{0,60}|upload: ?\S{1,40}|post on \d{1,2}-[a-z]{3}-(?:19|20)\d\d|\d+ (?:views?|downloads?)"
    r"|category:|documents"
    # (and a decisions site's label over a decision's text: "İçtihat Metni", in quotation marks or not;
    # the Grand National Assembly's notice over a law as it was passed, "Uyarı: Görüntülemekte olduğunuz
    # Kanun, TBMM Genel Kurulunda kabul edildiği halidir. ...")
    r"|[\"'“]?ictihat metni[\"'”]?|uyari: goruntulemekte oldugunuz kanun\b.*"
    # a treaty's state of signature on a State's page, over its news ("Signed: 19 March 2009" /
    # "Ratified: 2 May 2016" / "Entry into Force: 1 September 2016")
    r"|(?:signed|ratified|entry into force|signature|ratification|accession|imza|onay|yururluk)\s*:.*"
    # GRETA's masthead, its letters spaced and its name over two lines or one
    r"|(?:g ?r ?e ?t ?a ?)?group of experts on action(?: against trafficking in human beings)?|g ?r ?e ?t ?a"
    r"|against trafficking in human beings"
    # GRECO's masthead, and the dates of adoption and publication its cover prints
    r"|greco|group of states against corruption|groupe d.?etats contre la corruption|(?:adoption|publication)\s*:.*"
    r"|european union agency for asylum|european asylum support office|euaa|easo"
    # the Official Journal's masthead over a text it publishes ("European flag" / "Official
    # Journal" / "of the European Union" / "Series C" / "C/2024/1760" / "22.3.2024")
    r"|european flag|official journal(?: of the european union)?|of the european union|journal officiel.*"
    r"|series [a-c]|serie [a-c]|\(?[lc]/(?:19|20)\d\d/\d+\)?"
    r"|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d"
    r"|commission staff working document|document de travail des services de la commission|communication from the commission.*"
    # EUR-Lex's page around a document: its notices, the CELEX number, the series line
    # ("SWD/2023/696 final"); the European Parliament's research service's series line
    r"|choose the experimental features you want to try|this document is an excerpt from the eur-lex website"
    r"|document \d{5}[a-z]{1,2}\d{4}(?:\(\d\d\))?|celex.*|(?:swd|com|join)/\d{4}/\d+(?: final)?|at a glance\b.*"
    # an EU document's language marks ("EN EN"), the High Representative set over lines,
    # a joint communication's addressee line
    r"|(?:en|fr|de|tr)(?: (?:en|fr|de|tr)){0,2}|high representative of the union for foreign affairs and security policy"
    r"|joint communication to the .{3,60}|join ?\(.*"
    r"|texts adopted|textes adoptes|provisional edition|edition provisoire|provisional version|version provisoire"
    r"|plenary sitting|session document|document de seance|seance pleniere"
    # the Parliament's document pages (its procedure's side bar, as a page's text gives it:
    # "Index", "Procedure : 2018/2150(INI)", "Document selected : A8-0091/2019", "Debates :",
    # "CRE 12/03/2019 - 16", "PDF 156kWORD 60k"; the sitting's "Wednesday, 13 March 2019 -
    # Strasbourg")
    r"|index|previous|next|full text|document stages in plenary|explanations of votes|verbatim report of proceedings"
    r"|video of the speeches"
    r"|procedure ?: .*|.{3,40} ?: ?[abc]\d{1,2}-\d{4}/\d{4}|(?:[^\W\d_]+ ){0,2}[^\W\d_]+ :|" + _EP_REFERENCE_PATTERN +
    r"|" + _EP_DOWNLOADS_PATTERN + r"|.{0,30}\b(?:19|20)\d\d\.? - (?:strasbourg|brussels|bruxelles|straatsburg|strasburgo|estrasburgo)"
    r"(?: (?:revised|provisional) edition)?"
    r"|parliamentary assembly|assemblee parlementaire|\d+(?:st|nd|rd|th|e|eme) (?:meeting|reunion)\b(?!.*: (?:decisions|section|rubrique)).*"
    r"|ministers.? deputies|delegues des ministres|notes on the agenda|notes sur l.?ordre du jour"
    r"|-?\s*(?:(?:annotated |draft )?agenda|ordre du jour(?: annote)?|decisions?)\d?|public information version"
    # (the older treaty-body covers' kind alone over the communication's number, "VIEWS",
    # "CONSTATATIONS", as "DECISION")
    r"|views|constatations|dictamen"
    r"|cm/(?:notes|del|inf)\b.*|dh-dd ?\(.*"
    # the masthead and notices of the documents distributed at the Committee of Ministers'
    # human-rights meetings ("DH-DD(2022)45"): the title is the communication's line
    r"|secretariat general|secretariat of the committee of ministers|secretariat du comite des ministres"
    r"|contact\s*:.*|tel\.?\s*:.*|(?:meeting|reunion)\s*:?"
    r"|document distributed under the sole responsibility of its author.*|document distribue sous la seule responsabilite.*"
    r"|information made available under rule.*|informations mises a disposition en application de la regle.*"
    # the Venice Commission's notice atop its opinions, and their language line ("Engl.only")
    r"|this document will not be distributed at the meeting.*|ce document ne sera pas distribue en seance.*"
    r"|(?:engl|fr|eng|english|french)\.? ?only"
    # the Committee of Ministers' document pages' notice ("An additional part or version of
    # this document is available.")
    r"|an(?: additional)? (?:part|version)(?: or version)? of this document is available\.?",
    # the OSCE's institutions and its election observation missions, as they head their
    # reports ("Office for Democratic Institutions and Human Rights" / "Limited Election
    # Observation Mission")
    r"(?:osce ?/? ?)?(?:odihr|office for democratic institutions and human rights)"
    r"|(?:the )?organi[sz]ation for security and co-?operation in europe|osce|osce parliamentary assembly"
    r"|(?:international |limited |special )*election (?:observation|assessment) mission|needs assessment mission",
    # Turkish institutions: the Republic, the Constitutional Court's heading, associations
    r"t\.?\s?c\.?|turkiye cumhuriyeti|anayasa mahkemesi|(?:birinci|ikinci) bolum|karar|judgment|arret|jugement"
    # (and its English pages: "REPUBLIC OF TURKEY" / "CONSTITUTIONAL COURT" / "PLENARY" or
    # "FIRST SECTION" over the applicant's name)
    r"|republic of turk(?:ey|iye)|constitutional court|plenary|(?:first|second) section"
    # (the Court's decisions database around a decision: "Bireysel Başvuru Kararları Kullanıcı
    # Kılavuzu English", its notice of editorial corrections, the citation it suggests:
    # "(Kaos Gl Derneği, B. No: 2014/18891, 23/5/2018, § …)")
    r"|(?:bireysel basvuru|norm denetimi) kararlari kullanici kilavuzu.*|kararlar bilgi bankasinda yayinlanan karar metni"
    r"|editoryal duzeltmelere tabi tutulmus olabilir\.?|\((?:[^()]*, )?(?:b\. no|aym, e\.)[^()]*§[^()]*\)"
    r"|individual application(?: turkce)?|the decisions and judgments made available via the"
    # (its press release's number over its title: "Press Release No: Individual Application 42/23")
    r"|(?:press release|basin duyurusu) no\s*:.*\d.*"
    r"|decisions/judgments database may be subject to editorial revision\.?"
    r"|genel merkez(?:i)?|(?:\w+ ){0,5}(?:dernegi|vakfi|platformu|sendikasi|federasyonu|barosu"
    # (unions and chambers: "TÜRK TABİPLERİ BİRLİĞİ", "TÜRKİYE BAROLAR BİRLİĞİ", "... KONFEDERASYONU",
    # "... ODASI", and a centre of theirs, "İNSAN HAKLARI MERKEZİ")
    r"|birligi|konfederasyonu|odasi|merkezi)"
    # the State's institutions that head their own documents: ministries and their
    # departments, the national human rights institution, the Ombudsman
    r"|(?:t\.?\s?c\.? )?(?:\w+ ){0,4}(?:bakanligi|baskanligi|mudurlugu)"
    # (and its missions abroad, their city or organisation after them: "T.C. Berlin
    # Büyükelçiliği", "Embassy of the Republic of Türkiye in Berlin", "Türkische Botschaft
    # Berlin", "Ambassade de Turquie en France"; a German page's "Mitteilungen des Türkischen
    # Aussenministeriums")
    r"|(?:t\.?\s?c\.? |turkiye cumhuriyeti )?(?:\w+ ){0,3}(?:buyukelciligi|baskonsoloslugu|daimi temsilciligi)"
    r"|(?:(?:the )?embassy of (?:the republic of )?(?:turkiye|turkey)|(?:the )?turkish embassy|turkische botschaft"
    r"|botschaft der republik turkei|ambassade de (?:la republique de )?turquie)(?: (?:in|to|at|en|au|a|in der))?(?: [\w-]+){0,3}"
    r"|mitteilungen des turkischen au(?:ss|ß)enministeriums"
    r"|(?:turkiye )?insan haklari ve esitlik kurumu|kamu denetciligi kurumu"
    # the same in English: "REPUBLIC OF TURKEY" / "MINISTRY OF FAMILY, LABOUR AND SOCIAL
    # SERVICES" / "General Directorate on the Status of Women"
    r"|(?:the )?republic of (?:turkey|turkiye)|(?:the )?ministry of (?:[\w-]+,? ){0,6}(?:affairs|justice|interior|services"
    r"|policies|policy|health|education|defence|defense|development|labour|labor|family|security|finance|trade)"
    r"|(?:the )?(?:general )?directorate[- ]?(?:general )?(?:of|on|for) (?:the )?[\w ,-]{3,60}",
    # organisations that sign their covers
    # (and the kind of their text over its title: "PUBLIC STATEMENT", "URGENT ACTION")
    # (in the languages Amnesty translates them into too: "AMNISTÍA INTERNACIONAL" / "DECLARACIÓN
    # PÚBLICA", one line or two)
    r"(?:(?:amnesty international|amnistia internacional|amnistie internationale) )?(?:public statement"
    r"|declaration publique|declaracion publica|dichiarazione pubblica|urgent action|action urgente|accion urgente"
    r"|azione urgente)"
    r"|amnesty international|amnistia internacional|amnistie internationale|human rights watch|acil eylem",
    # a journal's masthead over an article: its name ("İZMİR BAROSU DERGİSİ", "Journal of Human
    # Rights Practice", "Human Rights Law Review"), its ISSN, volume and issue ("Cilt 5 Sayı 2",
    # "Vol. 12, No. 3"), the article's kind ("Araştırma Makalesi", "Research Article")
    r"(?:[\w'.&-]+ ){0,6}dergisi|(?:the )?(?:[\w'.&-]+ ){0,6}(?:journal|law review|yearbook)"
    r"|(?:the )?(?:journal|(?:[\w'.&-]+ ){0,3}yearbook) of (?:[\w'.&,-]+ ){0,8}[\w'.&-]+|(?:e-?)?issn\b.*"
    r"|(?:cilt|vol\.?|volume)\s*:?\s*\d+\W{0,3}(?:(?:sayi|no\.?|issue|number)\s*:?\s*\d+\b.*)?"
    r"|(?:arastirma|derleme|inceleme) makalesi|(?:research|review|original|short) (?:article|paper)|makale bilgisi"
    r"|article info(?:rmation)?|hazirlayan(?:lar)?|prepared by|yazar(?:lar)?"
    # the Bundestag's prints over their title ("Deutscher Bundestag Drucksache 19/14895", "19.
    # Wahlperiode 07.11.2019", "Kleine Anfrage", "Vom 30. November 2016")
    r"|(?:deutscher bundestag )?(?:bt-)?drucksache \d+/\d+|deutscher bundestag|\d+\. wahlperiode(?: [\d.]+)?"
    r"|(?:kleine|grosse) anfrage|antwort der bundesregierung|vom \d{1,2}\. [^\W\d_]+ (?:19|20)\d\d"
    # a think tank's series line ("Europe Report N°213 20 Sep 2011", "Crisis Group Europe Briefing
    # N°88 /Brussels, 13 June 2018"); the Gazette's date and issue over an act ("Resmî Gazete
    # Tarihi: 17.05.2014 Resmî Gazete Sayısı: 29003"); a site's link to its e-application
    r"|(?:[^\W\d_]+ ){0,4}(?:report|briefing|paper|brief) n[°ºo]\.? ?\d+"
    r"(?:\s*[|/]?\s*(?:[^\W\d_]+,\s*)?\d{1,2}\s+[^\W\d_]+\.?\s+(?:19|20)\d\d)?"
    r"|resmi gazete (?:tarihi|sayisi)\s*:.*|e-basvuru|e-devlet"
    # a document site's furniture around a text (9lib's: "N/A", "Protected", "Academic year:
    # 2022", "Share "...", "Copied!", "Yükleniyor.... (view fulltext now)", "Tam metin", "(1)";
    # an author's ORCID; a site's label "Publication")
    # a site's icons' names a reader took as text ("hourSON DAKİKA", "left-arrowright-arrow",
    # "weather", "expand", "KAYNAKReuters", "Haberin Devamıadv-arrow")
    r"|(?:(?:[a-z]+-)?(?:arrow|chevron|caret)(?:-[a-z]+)*)+|weather|expand|collapse"
    r"|(?:hour|clock|time)son dakika|kaynak\s*:?\s*\w*|haberin devami\w*(?:-arrow)?"
    # a site's search box's instruction ("Arama yapmak için lütfen ... terimi girin."), its
    # empty list's notice ("Gösterilecek bir içerik yok", "No content to show")
    r"|gosterilecek (?:bir )?icerik yok|no (?:content|posts?|items?) to (?:show|display)"
    # a forum's labels over a post ("What's new", "Reaction score", "FULL MEMBER")
    r"|what.?s new|reaction score|(?:full|senior|junior|new|registered) member|joined|messages|location"
    r"|arama yapmak icin\b.*|.{0,40}\baramak istediginiz\b.*|(?:please )?(?:enter|type) (?:a |your )?search (?:term|query)\b.*"
    r"|n/a|protected|copied!?|academic year\s*:.*|share \".*\"|yukleniyor\b.*|\(view fulltext now\)|tam metin"
    r"|\(\d{1,3}\)|.*\borcid\b.*|publications?"
    # an aggregator's byline and link ("Page created by ...", "Die Seite wird erstellt ...",
    # "CONTINUE READING", "WEITER LESEN")
    r"|page created by\b.*|die seite wird erstellt\b.*|continue reading|weiter lesen|read more",
    # a web page's navigation, where its text was taken with it ("MENÜ" / "ANA SAYFA" / "x")
    r"menu|ana ?sayfa|home(?: ?page)?|skip to (?:main )?content|(?:ana )?icerige (?:gec|atla)|print|yazdir|share|paylas"
    # (a theme's words for readers of screens over a post's image, "You are currently viewing
    # Situation des droits ...", over the post's heading)
    r"|you are currently viewing\b.*"
    # (a page's particulars ending on its sharing label: "Internazionale | 13 Apr 2021 CONDIVIDI:")
    r"|[^:]{0,60}\b(?:share|condividi|partager|teilen|compartir|partilhar|delen|paylas)\s?:"
    r"|aller au contenu(?: principal)?|saltar al contenido(?: principal)?|zum inhalt springen|跳转到主要内容"
    # (and in the other languages of Europe's sites: "Till innehåll på sidan", "Gå til
    # indhold", "Siirry sisältöön", "Przejdź do treści", "Vai al contenuto", "Naar de inhoud";
    # a page's "top of page", "Back to top", its link alone, "TOP", "Haut", "Yukarı")
    r"|(?:skip|jump|go) to (?:the )?(?:main )?(?:content|navigation)|skip navigation|(?:back to |to the )?top of (?:the )?page(?: ?[↑⇑^])?"
    r"|(?:back|return|scroll|go) to top|top|haut(?: de (?:la )?page)?|retour en haut(?: de (?:la )?page)?|nach oben"
    r"|(?:volver )?arriba|yukari|basa don|sayfa basi|till innehall(?: pa sidan)?|(?:ga|hopp) til (?:hovedindhold|indhold|innhold)"
    r"|siirry (?:sisaltoon|paasisaltoon)|przejdz do (?:tresci|glownej tresci)|vai al contenuto(?: principale)?"
    r"|(?:ga )?naar (?:de )?(?:hoofd)?inhoud|passer au contenu(?: principal)?|(?:ir|pasar) al contenido(?: principal)?"
    r"|salta al contenuto(?: principale)?|(?:ir|pular|saltar) para o conteudo(?: principal)?|zum hauptinhalt(?: springen)?"
    r"|direkt zum inhalt|language switcher|(?:select|choose) (?:a |your )?language"
    r"|μεταβαση στο (?:κυριο )?περιεχομενο"
    # (the UN's meetings coverage site's banner over its pages, "In progress at UNHQ")
    r"|in progress at unhq"
    # a speech's address to the chair on its line ("Mr President,", "Madam Chair,", "Monsieur
    # le Président,", "Sayın Başkan,")
    r"|(?:mr\.?|mister|madam|madame|monsieur|sayin|distinguished|honou?rable)\s+(?:le |la |vice[- ])?"
    r"(?:president|chair\w*|presidente?|baskan\w*|high commissioner|co-chairs?|moderator)\s*[,.:!]?"
    # a site's link back to its portal and its choice of languages (the European Parliament's
    # document pages: "Go back to the Europarl portal", "Choisissez la langue de votre document :")
    r"|go back to the .{3,40} portal|(?:choose|select) the language of (?:your|the|this) document\s*:?"
    r"|choisissez la langue de votre document\s*:?|parliamentary questions|questions parlementaires"
    # a letter's addressee over it ("To the attention of Committee of Ministers of the Council
    # of Europe", "À l'attention de ...") and how it was sent ("Sent by e-mail"); an address's
    # e-mail ("E-mail: ...", a site's hidden one: "[email protected]")
    r"|(?:to|for) the attention of\b.*|a l.?attention d(?:e|u|es)\b.*|.{0,80}\bdikkatine\W*|sent by (?:e-?mail|post|fax)"
    r"|.*\be-?mail\s*:.*|.*\[email\W*protected\].*"
    # a government site's label of the kind of page over its title (GOV.UK: "Guidance",
    # "Policy paper", "Research and analysis"); a news site's section ("Politics", "Gündem",
    # "Nouvelles", "Actualités", "Noticias", "Nachrichten", "Güncel")
    r"|guidance|policy paper|research and analysis|corporate report|correspondence|official statistics|transparency data"
    r"|politics|world|europe|gundem|siyaset|dunya|ekonomi|economy|business|(?:turkey|world|europe) news"
    # (and a mission's: an embassy's "Embassy News", a delegation's "Delegation News"; a
    # Turkish mission's section of its own pages, "Büyükelçilik", "Başkonsolosluk")
    r"|(?:embassy|mission|delegation|consulate) news|buyukelcilik|baskonsolosluk|daimi temsilcilik"
    r"|nouvelles|actualites?|noticias|nachrichten|notizie|nieuws|guncel"
    # (in the archive's other languages: "العالم", "سياسة", "Мир", "Политика", "Κόσμος", "Welt", "Monde")
    r"|العالم|اخبار|سياسة|اقتصاد|عربي ودولي|دولي|мир|в мире|политика|новости|κοσμος|πολιτικη|ειδησεις"
    r"|welt|politik|monde|mundo"
    # (and a rights organisation's section for its staff's commentary: Human Rights Watch's
    # "Dispatches", "Commentary")
    r"|dispatches|commentary"
    # (and a listing's labels over its items: "Latest" / "Story", "Top stories", "Son haberler",
    # "Recent News", "Most read")
    r"|latest(?: news| stories)?|stor(?:y|ies)|top stories|featured|son haberler|one cikanlar"
    r"|recent (?:news|posts|stories|articles)|most (?:read|popular|viewed)|breaking news|top news"
    # (in French, Spanish, Italian and German: "Dernières infos", "Últimas noticias")
    r"|dernieres (?:infos|informations|nouvelles|actualites)|ultimas noticias|ultime notizie"
    r"|neueste nachrichten|aktuelle nachrichten"
    # (a site's menu run into one line from its home page's link: "HOMEPAGE ABOUT HRFT PROJECTS
    # REPORTS PRESS RELEASES ...", "Ana Sayfa Hakkımızda ...")
    r"|(?:home ?page|home|ana ?sayfa|accueil) (?:about|hakkimizda|kurumsal|a propos)\b.*"
    # (a blog template's gadget over its posts, "Header Ads")
    r"|header ads?"
    # (a site's bar: its search and home links, its menu's toggle, "Search Homepage", "Show menuHide menu")
    r"|search home ?page|(?:(?:show|hide|open|close|toggle) ?(?:the )?(?:menu|navigation) ?){1,2}"
    # (a search box's button alone, in the archive's languages and its neighbours': "Rechercher" /
    # "Rechercher" over "Dernières Infos - Turquie" and the headline)
    r"|search|rechercher|suchen|buscar|cerca|zoeken|szukaj|ara|поиск|αναζητηση|بحث"
    # (a link's note that it opens a new window, alone or run into the link's words, "Help improve
    # our website by taking this short surveyOpens in new window", the UN Geneva site's)
    r"|(?:.{0,120}?)opens in (?:a )?new (?:window|tab)"
    # ("Related Posts", "Top 5 This Week", and a theme's image placeholder, "spot_imgspot_img")
    r"|related (?:posts|news|articles|stories)|top \d{1,2} (?:this|of the) (?:week|month|day)|(?:spot_?img ?){1,3}"
    # (and the label of related articles in the archive's other languages: "ΣΧΕΤΙΚΑ ΑΡΘΡΑ", run into
    # a Greek headline's block; "İlgili Haberler", "Articles liés")
    r"|σχετικα (?:αρθρα|ειδησεις)|ilgili (?:haberler|yazilar|icerikler)|articles (?:lies|similaires)"
    r"|(?:تجاوز|تخطي) الى المحتوى(?: الرييسي)?|переити к (?:основному )?содержанию"  # (folded: "إلى", "الرئيسي", "й")
    # a news page's byline, its date before it or not ("23/02/2021 | Writer: Yıldız Tar",
    # "Author: ...", "Yazar: ..."), and its date line with the time and the site's name
    # ("18.07.2017 12:28 BİRGÜN DAİLY")
    r"|(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d\s*\|\s*)?(?:writer|author|yazar|muhabir|reporter)\s*:\s*[^|:]{2,60}"
    r"|\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d,?\s+\d{1,2}:\d\d\b[^|:]{0,40}"
    # an NGO's letterhead line of its status at the UN ("NGO in Special Consultative Status with
    # the Economic and Social Council of the United Nations")
    r"|(?:an? )?(?:ngo|non-governmental organi[sz]ation) (?:in|with) (?:special|general|roster) consultative status\b.*"
    # a news site's exchange rates ("$ DOLAR → Alış: / Satış:", "€ EURO → Alış: 35,12 / Satış: 35,40")
    r"|.{0,30}\balis\s*:.{0,30}\bsatis\s*:.{0,30}"
    # a site's accessibility toolbar ("Erişilebilirlik Menüsü", "Ekran Okuyucu", "Metni Büyüt
    # İkonu", "Disleksi Dostu", "Yüksek Doygunluk"; "Accessibility", "Screen reader", "High contrast")
    r"|erisilebilirlik(?: menusu| secenekleri| araclari)?|(?:secili alan |ekran )okuyucu|baglanti vurgula(?: ikonu)?"
    r"|metni (?:buyut|kucult|sola hizala|saga hizala|ortala)(?: ikonu)?|buyuk metin|imlec|okuma (?:kilavuzu|maskesi)"
    r"|disleksi dostu|kontrast|solgunlastirma|(?:dusuk|yuksek) doygunluk|accessibility(?: menu| options| tools)?"
    r"|screen reader|(?:high|invert) contrast|(?:increase|decrease|bigger|smaller) text|text size|dyslexia friendly"
    # (Radio Free Europe's sites' links for screen readers atop each page, "Accessibility links",
    # in Russian and Turkmen, and the Turkmen service's "Latest news" and "Live" labels)
    r"|accessibility links|ссылки доступа|seplerin elyeterliligi|sonky habar|goni efirde"
    # (a publisher's page's debug line, "Hostname: page-component-... Total loading time: 0 Render
    # date: ...", and an Italian periodical's registration with the court under its masthead,
    # "Registrazione: 5 maggio 2023 n. 68 presso il Tribunale di Roma", dates.SITE_DAY_LINE; and a
    # publisher's label over an article's title, "Article contents")
    rf"|{SITE_DAY_LINE}.*|article contents"
    # (a paper series' label and number over the paper's title: "Occasional Papers No." / "19",
    # "Working Paper No. 5", "Policy Brief Series No. 12")
    r"|(?:occasional|working|discussion|policy|research|background) (?:papers?|briefs?)(?: series)? no\.?(?: ?\d{1,4})?"
    # (a template's switches run into one line: "narrow screen resolution wide screen resolution
    # Increase font size Decrease font size Default font size default color brown color ...")
    r"|.{0,80}\b(?:increase|decrease|default) font size\b.*"
    r"|reading (?:guide|mask)|(?:low|high) saturation|highlight links|cursor|a\+ ?a-|a- ?a\+|img|image"
    # (the Council of Europe's page tools: "Diminuer la taille du texte", "Imprimer en PDF")
    r"|[•·-]?\s*(?:(?:diminuer|augmenter) la taille du texte|imprimer (?:la page|en pdf)|(?:decrease|increase) text size"
    r"|print (?:the )?page|print (?:as|to) pdf)"
    # a news site's labels over an article ("Haber", "Reklam", "Kategoriler: Gündem", "Meeting
    # Summaries") and its search box's "no results" ("• Sonuç bulunamadı")
    r"|haber(?:ler)?|reklam|advertisement|sponsored|son dakika|breaking news|meeting summar(?:y|ies)"
    # (and a Greek site's sections, "Αναλύσεις", "Απόψεις", "Ειδήσεις", "Διεθνή", "Επικαιρότητα",
    # and its weather box's image, "Weather Icon")
    r"|αναλυσεις|αποψεις|ειδησεις|διεθνη|επικαιροτητα|weather icon"
    # a text's source, a link's address after its label ("Πηγή: http://www.example.com", "Kaynak: ...")
    r"|(?:source|kaynak|πηγη|quelle|fuente|источник)\s*:\s*(?:https?://|www\.)\S+"
    # (or the agency or paper's name, "Fuente: DW", "Source: AFP")
    r"|(?:source|πηγη|quelle|fuente|fonte|источник)\s*:\s*[^\W\d_][\w&-]*(?: [\w&-]+){0,2}"
    # a site's button asking for support, its name after the verb ("Поддержать ZN.ua", "Support Example.org")
    r"|(?:поддержать|підтримати|support|donate to|soutenir|unterstutzen|destekle|destek ol)\s+[\w-]+(?:\.[\w-]+)*"
    r"\.(?:ua|ru|com|org|net|info|de|fr|tr|eu|it|es)"
    # a news site's notice of an old article's age ("Este artículo se publicó hace 7 años.", "This
    # article is more than 5 years old")
    r"|este articulo se publico hace \d+ (?:anos|meses|dias)\.?"
    r"|this article (?:is more than \d+ (?:years?|months?) old|was published (?:more than )?\d+ (?:years?|months?) ago)\.?"
    # (and an advertisement's label alone, "Ad", over a site's masthead: was "Ad euobserver"; in
    # the archive's other languages, "إعلان", "Anzeige", "Publicité", "Реклама", "Διαφήμιση")
    r"|ad|ads|اعلان|anzeige|publicite|реклама|διαφημιση"
    # (the UN's: "Compte rendu de séance", "Communiqués de presse Organes conventionnels", "En
    # cours au Siège de l'ONU", "Meetings Coverage and Press Releases")
    r"|compte rendu de seance|(?:press releases?|communiques de presse)(?: (?:treaty bodies|organes conventionnels"
    r"|special procedures|procedures speciales|human rights council|conseil des droits de l.?homme))?"
    r"|en cours au siege de l.?onu|meetings coverage(?: and press releases)?|couverture des reunions"
    r"|click (?:here )?to read\b.*|read (?:this|the) (?:article|story|page) in\b.*|haberin devami.*|devamini oku"
    # (and in Turkish, a news site's link to the story in its other languages: "Haberin İngilizcesi /
    # Kürtçesi için tıklayın")
    r"|haberin (?:ingilizcesi|kurtcesi|turkcesi|almancasi|fransizcasi)(?:\s*/\s*\w+)* icin (?:buraya )?tiklayin\.?"
    # (a blog's labelled lines over a post, "Kategori: Bilim & Akademi", "Yazan: 12:46 am")
    r"|(?:kategori(?:ler)?|categor(?:y|ies)|etiketler|tags|yazan)\s*:.*|[•·-]?\s*(?:sonuc bulunamadi|no results found)"
    r"|see related documents|back|geri|x|close|kapat|pages|sayfalar|retour|zuruck|επιστροφη|назад|indietro|volver|terug"
    # a byline's label alone on its line ("Yazan:", "By:", "Γράφει:"): one word and a colon
    r"|[^\W\d_]+ ?:"
    # sharing buttons, and a photograph's caption with its credit ("... © 2029 Example Photo")
    r"|share (?:this )?(?:via|on|to) .*|(?:share|tweet|email|e-posta|facebook|twitter|linkedin|whatsapp|telegram"
    r"|youtube|instagram)|(?:(?:twitter|facebook|whatsapp|linkedin|telegram)(?:'?[dt]a)? paylas ?){1,5}"
    # a site's account links ("Üye Girişi", "Abone ol", "Sign in", "Subscribe")
    r"|uye girisi|giris yap|kayit ol|abone ol|subscribe|sign in|log ?in|register"
    # ... and its app's banner ("Uygulamamızı İndirin" / "Kullanıcı deneyiminizi artırmak için
    # uygulamamızı indirebilirsiniz." / "Hemen İndir", "Download our app")
    r"|.*\buygulamamizi (?:hemen )?indir\w*.*|hemen indir|simdi indir"
    r"|.*\b(?:download|get) (?:our|the) (?:mobile )?app\b.*|telecharger (?:notre|l.)\s?application"
    r"|.*© ?(?:19|20)\d\d\b.*"
    # a breadcrumb ("Home / NEWS / FREEDOM OF EXPRESSION IN TURKEY ...", "Ana Sayfa > Haberler")
    # (and after the site's name: "NORMLEX Home > Country profiles > > Comments"; run together:
    # "HomeResourcesNews from the EU2016> Statement ..."); an archived site's notice ("This site
    # has been archived on 28 of April 2017"), a page's labels ("EU News 80/2016", "Main
    # results", "Statements and remarks", "Press contacts"), a document viewer's "You are on
    # page 1of 3"
    # (with arrows between its parts: "Avrupa Konseyi ⇒ Denetim Usulleri ⇒ GRECO", "Home → News → ...";
    # or before each: "» Home » Cyprus Timeline » Contact Us » Links")
    r"|(?:[⇒→»›>]\s)?[^⇒→»›>|]{1,60}(?:\s[⇒→»›>]\s[^⇒→»›>|]{1,60}){2,}"
    # (or a link home alone in brackets: "[Ana Sayfa]", "[Home]")
    r"|\[(?:ana ?sayfa|home|accueil|startseite|inicio)\]"
    r"|home\S.*>.*|this site has been archived\b.*|eu news \d+/\d{4}|main results|photo directory|chaired by .{3,60}"
    r"|statements and remarks|press contacts|you are on page \d+ ?of \d+"
    # (the document viewer's line in its other languages: "Sei sulla pagina 1di 12", "Estás en
    # la página 1de 3", "Vous êtes sur la page 1sur 5", "Sie sind auf Seite 1von 9", "Anda di halaman 1dari 18")
    r"|(?:sei sulla pagina|estas en la pagina|vous etes (?:sur|a) la page|sie sind auf seite|voce esta na pagina"
    r"|je bent op pagina|jestes na stronie|anda di halaman) \d+ ?(?:di|de|sur|von|van|z|dari) \d+"
    # a link to the file ("Download the full report", "Raporu indir", "Télécharger le PDF")
    r"|(?:download|read) (?:the )?(?:full )?(?:report|pdf|document|text|file)(?: \(pdf\))?"
    # (or to the text in full or in another language, a sentence of its own: "See the full report
    # here.", "Click to read the article in Turkish / Kurdish")
    r"|(?:see|read|view) the (?:full|whole|complete) (?:report|document|text|statement|letter|article)"
    r"(?: here| below)?\.?"
    r"|click (?:here )?to (?:read|download|see|view) (?:the |this )?(?:full )?(?:report|document|text|statement"
    r"|letter|article|pdf)\b.{0,40}"
    # (a short line that says where to click: "(A/HRC/WG.6/21/TUR/2) - 27 January 2015 - click here for
    # the report.", "Click here for the PDF version of the article")
    r"|.{0,80}\bclick here (?:for|to)\b.{0,60}"
    r"|(?:raporu|tam metni|belgeyi|pdf'?i) ?(?:indir|indirin|goruntule)(?:mek icin tiklayin)?"
    r"|telecharger (?:le |la )?(?:rapport|pdf|document)(?: complet)?"
    # a browser's header over a page printed to PDF, over the page's own heading
    rf"|{BROWSER_HEADER}"
    r"|(?:[\w.-]+ )?(?:home|ana ?sayfa|accueil|page d'accueil|startseite|inicio)\s*[/>›»|].*"
    # a site's buttons to social networks run into one line ("Facebook Twitter LinkedIn Slideshare";
    # their images' names, "Facebook icon Twitter icon e-mail icon")
    r"|(?:facebook|twitter|linkedin|slideshare|youtube|instagram|flickr|rss|whatsapp|telegram|e-?mail|x)(?: icon)?"
    r"(?:\s+(?:facebook|twitter|linkedin|slideshare|youtube|instagram|flickr|rss|whatsapp|telegram|e-?mail|x"
    r"|app ?store|google play)(?: icon)?){1,9}"
    # an aggregator's labels (ReliefWeb's "Turkey + 6 more", "News and Press Release",
    # "Originally published", "View original"), docslib's "<<", "Total Page:16", "File Type:pdf"
    r"|.{2,40} \+ \d+ more|news and press release|originally published|view original|[<>«»←→]{1,3}"
    rf"|(?:{_AGGREGATOR_LABELS}).*"
    # a site's masthead as a web page's reader gives it ("Site icon Turkish Minute"; "Just
    # Earth News | @justearthnews | 08 Jul 2017, 12:29 pm Print": short parts between bars,
    # one a handle or the time of day), its logos' text ("Logo ..."), a photograph's credit
    # ("UN Photo/ Jean Dupont", "Fotoğraf: ...")
    r"|site (?:icon|logo)\b.*|logo\b.{0,60}|(?:[\w.-]+ ){0,3}logo|fbpx\b.*|(?=.*(?:@\w|\b\d{1,2}:\d\d\b))[^|]{1,40}(?: \| [^|]{1,40}){2,}"
    r"|(?:[\w.-]+ ){0,2}photo ?/ ?[\w .-]{2,40}|(?:fotograf|foto|photo|photograph|credit)\s*:.{0,60}"
    # a photograph's caption, its credit in brackets at its end ("A view of Istanbul ... (Reuters/
    # Jane Example)", "... (Photo: AA)"): an agency's name, a slash and the photographer
    rf"|.{{8,400}}\((?:(?:fotograf|foto|photo|credit)\s*:\s*[^()]{{2,60}}|{_PHOTO_AGENCIES}\s*/\s*[^()/\d]{{2,60}})\)"
    # (or after the caption's last sentence without brackets: "(Clockwise, from top left)
    # journalists ... were detained in raids ... on October 6, 2020. Photo: Jin News")
    r"|.{8,400}[.!?] (?:fotograf|foto|photo|photograph|credit)\s*:\s*[^.:]{2,60}"
    # a news site's labels over a story ("Must read", "Editor's pick", "Most read") and an
    # image's text ("Separator"); a scraper's date field with the site's name after it
    # ("date 2031-11-10 Example Post")
    r"|must read|editor'?s picks?|most read|en cok okunan(?:lar)?|separator|dcsimg"
    # a meeting's journal's particulars over its title ("Chairmanship: Sweden", the OSCE's)
    r"|chairmanship\s*:.{0,40}"
    # the Danish Parliament's stamp on a document annexed to a committee's file
    # ("Udenrigsudvalget 2016-17" / "URU Alm.del Bilag 128" / "Offentligt")
    r"|\w+udvalget(?: (?:19|20)\d\d-\d\d)?|(?:\w{2,4},? )?alm\.? ?del\b.{0,80}|offentligt"
    r"|(?:date|tarih)\s*:?\s*(?:19|20)\d\d-\d\d-\d\d\b.{0,60}"
    # a blog's notice of the label it lists ("X etiketine sahip kayıtlar gösteriliyor. Tüm
    # kayıtları göster", "Showing posts with label X. Show all posts"), a law firm's name
    r"|.{1,60} etiketine sahip kayitlar gosteriliyor\b.*|showing posts with label\b.*"
    r"|(?:[\w&.-]+ ){1,4}(?:hukuk burosu|avukatlik (?:burosu|ortakligi)|law (?:firm|office|offices))"
    # the kind of text over its title ("UN Press Release", "Basın Açıklaması")
    r"|(?:un |joint |ohchr |echr )?(?:press release|news release|press statement)|basin (?:aciklamasi|bulteni)"
    r"|communique de presse"
    # (and with its date: "Press release - 30 November 2006", "Basın Açıklaması | 12.03.2031")
    rf"|{_DATED_RELEASE}"
    # the ILO's database of its supervisory bodies' texts (NORMLEX): its banner and name,
    # the versions a text is displayed in, its links to other comments, a template's field
    # name left unfilled ("CMNT_TITLE_CAS")
    r"|ilo-[a-z]{2}-strap|normlex|information system on international labour standards"
    r"|(?:display in|afficher en|mostrar en)\s*:.*|view all|tout voir|ver todo"
    r"|(?:other comments? on|autres? commentaires? sur|otros comentarios sobre) c\d{1,3}|[a-z]+(?:_[a-z]+){1,4}"
    # a session's line over a text ("335th Session of the ILO Governing Body",
    # "International Labour Conference 108th session (10 – 21 June 2019)")
    # (the line ends with the organ, or its name after "on", "of", "for" or "against": not a
    # heading wrapped after it, "33rd Session of the Human Rights Council Interactive" /
    # "Dialogue with the Working Group ...")
    r"|\d{1,3}(?:st|nd|rd|th) session of the (?:[\w ]{0,40} )?(?:council|assembly|committee|body|conference|commission|board"
    r"|forum|group)(?: (?:on|of|for|against) [\w ]{3,60})?"
    r"|international labour conference,? \d{1,3}(?:st|nd|rd|th) session\b.*",
    # places and dates: "Strasbourg, 5 August 2020", a date alone, a parliamentary term (the year
    # near the place: not a news item's first sentence after its dateline, "Brussels – The
    # European Commission's upcoming report ... has languished since 2018, ...")
    rf"(?:{'|'.join(DATELINE_PLACES)})\b[ ,.]*.{{0,60}}\d{{4}}.{{0,80}}"
    # (a seat alone on its line, a news item's dateline over its first paragraph, its full stop or
    # not, in the press's languages: "Straßburg.", "STRASBOURG.", "Brüssel")
    r"|(?:strasbourg|strassburg|brussels|bruxelles|brussel|geneva|geneve|genf|ankara|istanbul|strazburg|bruksel|cenevre)"
    r"[.:·]?"
    # a date alone, with its day of the week before or after it ("Tuesday, July 11, 2017",
    # "13 Temmuz 2017 Perşembe")
    rf"|(?:\d{{1,2}}[:.]\d\d,? )?(?:(?:{WEEKDAYS}) ?,? )?(?:\d{{1,2}}(?:st|nd|rd|th|er)?\s+)?(?:{_MONTH_NAMES})\.?(?:\s+\d{{1,2}})?,?\s+(?:19|20)\d\d"
    rf"(?:,? (?:{WEEKDAYS}))?(?:,? (?:saat )?\d{{1,2}}[:.]\d\d(?: ?[ap]\.?m\.?)?)?"
    # (and its weekday between the day and the year: "11 Mayıs, Cumartesi - 2024")
    rf"|\d{{1,2}}\s+(?:{_MONTH_NAMES}),?\s+(?:{WEEKDAYS})\s*[-–,]?\s*(?:19|20)\d\d"
    # (and a span of days, an event's line in a chronology: "11-16 janvier 2018")
    rf"|\d{{1,2}}\.?\s?[-–]\s?\d{{1,2}}\.?\s+(?:{_MONTH_NAMES})\.?,?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d ?[-–] ?(?:19|20)\d\d",
    # draft marks; a software's watermark ("Produced with a Trial Version of PDF
    # Annotator - www.PDFAnnotator.com", "Evaluation Warning: ...")
    r"draft|final|taslak|executive summary|version \d+(?:\.\d+)*|v\.? ?\d+\.\d+"
    # (a database's link back to its search's results: "Terug naar de zoekresultaten", "Back to
    # search results", "Retour aux résultats", "Zurück zu den Suchergebnissen")
    r"|(?:back to|terug naar|retour aux|zuruck zu(?:r| den)?)(?: the| de)? (?:search )?(?:results|zoekresultaten|resultats"
    r"|suchergebnissen?|ergebnissen?)(?: de (?:la )?recherche)?"
    r"|(?:produced|created|generated|converted|made) (?:with|by|using) .*(?:trial|evaluation|unregistered|demo)\b.*"
    r"|evaluation (?:warning|only|copy|version)\b.*",
    # the European Parliament's masthead and series in each of the Union's languages
    # ("Ευρωπαϊκό Κοινοβούλιο" / "ΚΕΙΜΕΝΑ ΠΟΥ ΕΓΚΡΙΘΗΚΑΝ"), as in English
    masthead_pattern(),
)
_NOISE = re.compile("^(?:" + "|".join(_NOISE_PARTS) + ")$")
# Institution names and boilerplate that a title never is, even if nothing else is there.
_GENERIC = re.compile(
    r"^(?:the )?(?:united nations|nations unies|general assembly|human rights council|"
    r"(?:council of europe|conseil de l'europe|avrupa konseyi)(?: ?[/|-] ?(?:council of europe|conseil de l'europe))?|"
    r"european (?:court|commission|parliament|union)(?: of human rights)?|echr|distr\.?:? general|"
    r"report|rapport|rapor|document\d*|untitled|title|slide \d+|powerpoint presentation|microsoft word.*|"
    r"sans titre|adsiz|untitled document|no title|\(untitled\)|press release|basin aciklamasi|news"
    # an office alone on its line, its holder's texts' author ("Secretary General" under the masthead)
    r"|secretary[- ]general|secretaire general|genel sekreter(?:lik)?"
    # a parliament's name and a video site's, a site's labels over a speech ("TBMM" / "YouTube")
    r"|tbmm|t\.?b\.?m\.?m\.?|turkiye buyuk millet meclisi|youtube|twitter|facebook|instagram)$")
# What office software writes into a file's title when its author wrote none, in the
# languages of the archive's documents (folded): "untitled", "Document1", "Slide 1",
# "PowerPoint Presentation", "New Microsoft Word Document", "Title", Word's "Normal"
# template, "Page 1" ("Başlıksız", "Belge1", "Slayt 1", "Sunu1", "Yeni Microsoft Word
# Belgesi"; "Ohne Titel", "Folie 1", "PowerPoint-Präsentation"; "Sans titre", "Diapositive
# 1"; "Sin título", "Presentación de PowerPoint"; "Без названия", "Слайд 1"; ...)
_PLACEHOLDER = re.compile(
    r"^(?:basliksiz|adsiz|sans titre|ohne titel|sin titulo|senza titolo|sem titulo|naamloos|bez tytulu|без названия"
    r"|без заглавие|χωρις τιτλο|baslik|titre|titel|titulo|titolo|заголовок"
    r"|(?:belge|dokument|documento|document|документ|sunu|presentation|prasentation|presentacion|presentazione"
    r"|презентация)\s*\d*"
    r"|(?:slayt|slide|diapositive|diapositiva|folie|слаид|sayfa|seite|pagina|страница) ?\d+"
    r"|(?:powerpoint[- ](?:presentation|prasentation|sunusu)|presentation powerpoint|presentacion de powerpoint"
    r"|presentazione (?:di )?powerpoint|презентация powerpoint)"
    r"|normal|template|sablon|vorlage|modele|plantilla"
    # (a template's field left as it came, "Başlık buraya yazılacak", "Title goes here"; not the
    # filler text a sample document is made of, "Lorem ipsum ...", its only words)
    r"|baslik buraya (?:yazilacak|gelecek)|(?:your )?title (?:goes )?here)$"
    # ... or names the software itself ("Yeni Microsoft Word Belgesi", "Documento de Microsoft Word")
    r"|\bmicrosoft (?:office )?(?:word|powerpoint|excel)\b")
_JOB_NUMBER = re.compile(r"\bGE\.\d\d-\d{4,}|^\d{5,}(?:\s*\(E\))?|\(E\)\s*\d{6}", re.IGNORECASE)
# A reference code on its own line ("KHD-2021-03", "Ref. 12/2020", "EUR 44/1234/2020"):
# digits, no word of four lower-case letters and at most one word of three letters or more
# standing alone ("FROM 1 TO 5 JULY 2019" is no code; "GREVIO/Inf(2017)16" is); not a year and
# a word ("2022 YILI", the year of a report).
_REFERENCE = re.compile(r"(?=.*\d)(?!(?:19|20)\d\d\s+[^\W\d_]{3,}$)(?!.*[a-zçğışöüâîû]{4})(?!(?:.*?(?:^|\s)[^\W\d_]{3,}(?=\s|$)){2})[\w./()\-:;#, ]{2,40}")
_FILE_NAME = re.compile(r"(?:^|[\\/])[\w.\- ]+\.(?:pdf|docx?|rtf|odt|txt|html?|xlsx?|pptx?|wpd|indd|qxd|png|jpe?g|gif|webp)$",
                        re.IGNORECASE)
# Where a title block ends: what follows a title on a cover or first page.
# where a Russian summary record's meeting was held, on the line under its title
# ("Краткий отчет о 2255-м заседании," / "состоявшемся во Дворце Вильсона ..."): the title
# ends there, though its line ends in a comma
_HELD_IN_PATTERN = r"состоявшемся\b"
# an article's authors' label in its record ("Author(s):", "Yazar(lar):"; _STOP, _RECORD_TITLE)
_AUTHOR_LABEL = r"authors?|author\(s\)|yazar(?:\(lar\)|lar)?"
_HELD_IN = re.compile(_HELD_IN_PATTERN, re.IGNORECASE)
# a legislation site's notice of its last updates ("En son güncellemeler 19 Temmuz 2024 iş günü
# sonunda yapılmıştır."): it ends a title, and is none (_STOP, first_line)
_UPDATES_NOTICE_PATTERN = r"(?:en )?son güncellemeler?\b"
_UPDATES_NOTICE = re.compile("^" + _UPDATES_NOTICE_PATTERN, re.IGNORECASE)
# the label of a page's last update ("Last updated: ...", "Updated on ...", "Son güncelleme"): it
# ends a title (_STOP), and is cut from a title's line (_UPDATED_TAIL)
_UPDATE_LABEL_PATTERN = (r"(?:last )?updated(?:\s+on\b|\s*:|\s+\d)|last updated\b|mis à jour le\b|dernière mise à jour\b"
                         r"|son güncelleme\b|güncelleme tarihi\b")
_STOP = re.compile(
    # (and a journal's page labels under an article's title: "Abstract and keywords", "Abstract
    # (English)", "Öz", "Keywords:", "Anahtar Kelimeler")
    r"^\(?(?:[*∗†]|\d{1,2}\.\s|[ivx]+\.\s|(?:summary|résumé|ozet|özet|öz|abstracts?|περ[ιί]ληψη)"
    r"(?:\s+(?:and|ve)\s+(?:keywords|anahtar kelimeler))?(?:\s*\([^()\n]{2,20}\))?\s*(?::|$)"
    r"|(?:key ?words|anahtar (?:kelimeler|sözcükler))\s*(?::|$)|introduction\b|contents\b|table of contents\b"
    # (the introduction's heading in the UN's other official languages: "Introducción", "Введение",
    # "مقدمة", "导言")
    r"|introducción\b|введение\b|مقدمة\s*$|导言\s*$"
    r"|" + _UPDATE_LABEL_PATTERN + "|" + _UPDATES_NOTICE_PATTERN +
    r"|adopted by (?:the )?(?:committee|commission|venice commission|working group|ecri|grevio|greco|cpt|group of experts|"
    r"plenary|council of europe|committee of ministers)\b|adopted (?:at|on|in)\b|adoptée?\b|published (?:on|in|online)\b"
    r"|publiée? le\b|date(?: (?:added|published|posted|modified|created|issued))?\s*:|copyright\b|©|all rights reserved\b|(?:ai )?index(?: number| no\.?)?\s*:"
    # (the fields of a listing's items under their headline: "Publishing date:", "What we do:")
    r"|publishing date\s*:|what we do\s*:|locations?\s*:|link\s*:"
    # (a journal article's record under its title: "Author(s): ...", "Source: ...", "Stable URL:
    # ...", JSTOR's cover page; "Yazar(lar): ...")
    rf"|(?:{_AUTHOR_LABEL})\s*:|source\s*:|published by\s*:|stable url\s*:|accessed\s*:"
    # (and a case-law site's particulars under a case's name: "Doc ref: 63465/12;23497/05 •
    # ECHR ID: 001-204885", "Document date: September 9, 2020", "ECLI:CE:ECHR:...")
    r"|doc(?:ument)? ref(?:erence)?\s*:|document date\s*:|ecli\s*:"
    # (a German judgment's sections under its heading: "Tenor", "Tatbestand", "Gründe",
    # "Entscheidungsgründe", "Leitsatz", alone on their lines)
    r"|(?:tenor|tatbestand|(?:entscheidungs)?gründe|leitsätze?|rubrum)\s*:?\s*$"
    # (what introduces the document a Commission staff working document accompanies, in
    # any of the Union's languages and Turkish, a word or two before it: "Aşağıdaki
    # belgeye eşlik eden")
    rf"|(?:[^\W\d_]+\s+){{0,2}}(?:{accompanying_pattern(folded=False)})\b"
    # (where a Russian summary record's meeting was held: _HELD_IN)
    rf"|{_HELD_IN_PATTERN}"
    # a lettered heading of the text ("A. General information"), not initials ("A. K. VE
    # DİĞERLERİ BAŞVURUSU", the Constitutional Court's name of a case)
    r"|(?-i:[A-H])\.\s+(?-i:[A-Z])(?!\.)"
    r"|note by the (?:secretar(?:iat|y-general)|(?:united nations )?high commissioner)\b|note du secr[ée]taire? g[ée]n[ée]ral\b|note du secrétariat\b"
    r"|the annex to the present report\b"
    r"|the present report\b|le présent rapport\b|this report\b|bu rapor\b|prepared by\b|submitted by\b"
    r"|présenté par\b|addressed to\b|distributed\b|the european parliament,|[–-]?\s*having regard to\b"
    # the particulars under the title of views on a communication ("Communication submitted
    # by: ...", "State party: ...")
    r"|communications? (?:submitted by|présentée? par)\s*:|alleged victims?\s*:|victimes? présumées?\s*:"
    r"|state party\s*:|état partie\s*:|date of (?:the )?communications?\s*:"
    r"|comunicaci[oó]n presentada por\s*:|presuntas? v[ií]ctimas?\s*:|estado parte\s*:|au nom de\s*:"
    r"|(?:foreword|preface|önsöz|sunuş|avant-propos|acknowledg(?:e?ments?)|teşekkür(?:ler)?)\s*$"
    r"|giriş\b|\(?başvuru (?:numarası|no)\b|karar tarihi\b|başkan\b|references?\s*:|excellency\b"
    r"|reference documents?\b|decisions$|case description\b|description de l.?affaire\b"
    # who asked the Court for an advisory opinion, and the request's number
    r"|requested by\b|demandée? par\b|\(?request no\b|\(?demande n[o°]\b"
    r"|the (?:human rights council|general assembly|security council|economic and social council|committee of ministers"
    r"|parliamentary assembly|commission on human rights)\s*,\s*$"
    # a resolution's preambular clauses ("Having considered the situation in ...", "Recalling
    # its resolutions ...")
    r"|having (?:considered|heard|examined)\b|recalling (?:its|all|also|further)\b|reaffirming (?:its|all)\b"
    # (the Parliamentary Assembly's adopted text's particulars under its title, as its site
    # lists them: "- Author(s):" / "- Parliamentary Assembly" / "- Origin")
    r"|[-–•]\s*(?:author\(s\)|auteur\(s\))\s*:"
    r"|deeply (?:concerned|regretting)\b)", re.IGNORECASE)
# What ends a title block without starting one: the full title of a Parliament
# resolution after its short title, in any of the Union's languages.
_BLOCK_END = resolution_opening(folded=False)
# a resolution's preamble opening on who resolves, a few words and a comma ("The European
# Parliament,", "Das Europäische Parlament,", "Il Parlamento europeo,")
_PREAMBLE_LINE = re.compile(r"^\s*(?:\S+\s+){0,4}\S+,\s*$")
# a visit named on a UN cover, opening its line (_VISIT_LINE) or the title (_UN_TITLE_START),
# and in the UN's other languages: "Visite en Turquie", "Visita a Turquía", "Посещение Турции",
# "زيارة إلى تركيا", "访问土耳其"
_VISIT_WORDS = r"(?:visit|mission) to\b|visite (?:en|au|aux|à)\b|visita a\b|посещение\b|زيارة\s|访问"
# How UN documents' titles begin: after the agenda item's own title, this is where the
# document's title starts.
_UN_TITLE_START = re.compile(
    r"^(?:(?:annual |interim |preliminary |final |joint |national |draft )?reports?\b|(?:oral )?update of\b|concluding observations\b|"
    r"concluding comments\b|conclusions and recommendations of\b|"
    r"compilation\b|summary (?:prepared|of|record)\b|views\b|decision\b|letter\b|note\b|list of (?:issues|themes)\b|general (?:comment|recommendation)\b|"
    r"observations\b|resolution\b|communication\b|consideration of\b|replies\b|information received\b|addendum\b|"
    r"statement\b|opinions? adopted\b|rapport\b|observations finales\b|constatations\b|" + _VISIT_WORDS + "|"
    r"initial reports?\b|(?:combined )?(?:[\w-]+,? (?:and |to )?){1,4}?periodic reports?\b"
    # (in the UN's other official languages: Spanish, Russian, Arabic)
    r"|observaciones finales\b|informes?\b|decisión\b|dictamen\b|comunicaci[oó]n\b|lista de (?:cuestiones|temas)\b|acta resumida\b"
    r"|liste des (?:points|thèmes)\b|compte rendu analytique\b"
    r"|заключительные замечания|доклад|перечень вопросов|решение\b|соображения\b|краткий отчет"
    r"|الملاحظات الختامية|تقرير|محضر موجز"
    # (Chinese names the kind at the title's end: "普遍定期审议工作组的报告", "关于土耳其第四次定期报告的结论性意见")
    r"|[\u4e00-\u9fff][^\n]{0,80}?(?:报告|结论性意见|问题清单|简要记录)\W*$)",
    re.IGNORECASE)
# the line before the agenda item's own title
_AGENDA = re.compile(r"^(?:(?:provisional )?agenda items?|items? [\d, and]+(?:\s*\([a-z]\))? of the (?:provisional )?agenda|"
                     r"points? [\d, et]+ de l.?ordre du jour|tema [\d, y]+ de la agenda|пункт [\d, и]+ повестки дня"
                     r"|البند [\d ،و]+ من جدول الا(?:ع|ٴع)مال|(?:临时)?议程项目)", re.IGNORECASE)
# the one standing agenda item of the Human Rights Council whose own title begins as a
# document's does (item 2, over the High Commissioner's and the Secretary-General's reports)
_AGENDA_ITEM_TITLE = re.compile(r"annual report of the united nations high commissioner\s+for human rights\s+and reports\s+of"
                                r"\s+the\s+office\s+of\s+the\s+high\s+commissioner\s+and\s+the\s+secretary-general\b"
                                # (the Commission on Human Rights' item of the same kind, until 2006)
                                r"|report of the united nations high commissioner\s+for human rights\s+and\s+follow-up\s+to"
                                r"\s+the\s+world\s+conference\s+on\s+human\s+rights\b",
                                re.IGNORECASE)
_CONSIDERATION = re.compile(r"^(?:consideration of (?:the )?reports|reports submitted by states parties|examen de los informes"
                            r"|informes presentados por los estados|рассмотрение докладов)\b", re.IGNORECASE)
# (also in square brackets, as a converter of a Word file writes a note's mark: "Follow-up to
# country recommendations: Turkey[*]")
_FOOTNOTE_MARK = re.compile(r"(?:\s*(?:[*∗†‡]+|\[[*∗†‡]+\])\s*,?)+\s*$|\s*[*∗]+\s*(?=:)")
# a footnote mark inside a title, after a word or a bracket: "... of the first part (public)* of ..."
_INNER_MARK = re.compile(r"(?<=[\w)])[*∗†‡]+(?=\s+\w)")
_VISIT_LINE = re.compile(r"^(?:" + _VISIT_WORDS + ")", re.IGNORECASE)
_SUBTITLE_START = re.compile(r"^(?:addendum|additif|adición|mission to|visit to|follow-up|annexe?|corrigendum|"
                             r"on (?:his|her|their|the) (?:visit|mission)|pursuant to|opinion no\b|\d+/\d+\.\s|"
                             r"report of the (?:office of the )?(?:united nations )?(?:high commissioner|secretary-general)\b)",
                             re.IGNORECASE)


def _starts_subtitle(lines: list[str], k: int) -> bool:
    """Whether a subtitle begins on `lines[k]`, its start perhaps wrapped onto the next line
    ("Report of the Office of the United Nations" / "High Commissioner for Human Rights")."""
    return any(_SUBTITLE_START.match(" ".join(lines[k:k + n]).strip()) for n in (1, 2))


def _key(line: str) -> str:
    from archive.search.analysis import fold

    return re.sub(r"\s+", " ", fold(line.strip().strip("*∗†‡ ").replace("’", "'"))).strip()


# (and an institution's name with the date beside it: "Türkiye Cumhuriyeti Dışişleri
# Bakanlığı 20.03.2018")
_PAGE_NUMBER_AT_END = re.compile(r"^\d{1,3} (?=\D)|(?<=\D) (?:\d{1,3}|\d{1,2}([./-])\d{1,2}\1(?:19|20)\d\d)$")


# an author's byline with the footnote on who they are ("Kadir EXAMPLE [1]", "Ayşe KAYA*")
_BYLINE = re.compile(r"^(?:[A-ZÇĞİÖŞÜ][a-zçğıöşüâîû]+\s+){1,3}[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ'’-]+\s*(?:\[\d{1,2}\]|[*∗†]+|\(\d\))$")


# an article's author with their academic titles ("Yrd. Doç. Dr. Vahit Example (*)", "Prof. Dr.
# Ayşe Example", "Assoc. Prof. Jane Example1")
_ACADEMIC_BYLINE = re.compile(r"^(?:(?:Prof|Doç|Doc|Yrd|Dr|Öğr|Arş|Gör|Av|Assoc|Asst|Assist|Üyesi)\.?\s+)+"
                              r"[A-ZÇĞİÖŞÜ][\w'’.-]+(?:\s+[A-ZÇĞİÖŞÜ][\w'’.-]+){0,4}\s*(?:\(\*+\)|[*∗†]+|\[\d+\]|\d)?$")


# a news page's byline and its translator's line in the archive's languages ("By Jane Example",
# "Του Haluk Example*", "Γράφει: Νίκος Example", "Μετάφραση από τα τουρκικά: Νερίνα Example",
# "Translated by ...", "Çeviri: ..."): the word for "by" or the label, then a name of two to
# five capitalised words
_BYLINE_NAME = r"[A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩΆ-ΏА-ЯЁ][\w'’.-]*"
# (and a Turkish news site's reporter after "Haber:", news, or "Muhabir:", "Haber: MELİS YILDIRIM")
_BY_NAME = re.compile(rf"^(?:(?i:by|par|por|von|door|του|της|written by|translated by|traduit par|yazan|γράφει\s*:"
                      rf"|haber\s*:|muhabir\s*:"
                      rf"|(?:translation|traduction|übersetzung|μετάφραση|çeviri|çeviren)\b[^:\n]{{0,40}}:)"
                      # (Italian's "di", in small letters only: "di Marian Demir"; "Di ..." may begin a title)
                      rf"|di)"
                      rf"\s*{_BYLINE_NAME}(?:\s+(?:{_BYLINE_NAME}|de|da|van|von|der|al|el|bin|ibn)){{1,4}}\s*[*∗†]?$"
                      # (a blog's or portal's label says whose the post is, one word will do: a
                      # handle or initials, "Written by ACM", "Posted by admin")
                      rf"|^(?i:written|posted|submitted) by\s+\w[\w.'’-]*(?:\s+{_BYLINE_NAME}){{0,4}}$")


# a country's entry in an annual report, its name and the year ("TURKEY 2022"), is no reference
_COUNTRY_AND_YEAR = re.compile(r"(?P<country>[^\W\d_][^\W\d_ .-]+(?: [^\W\d_]+){0,2}) (?:19|20)\d\d")


# a site's masthead atop its page: its name with its address, and its tagline or publisher after a
# dash or a bar ("موقع أبونا abouna.org - إعلام من أجل الإنسان | يصدر عن ...")
_DOMAIN_MASTHEAD = re.compile(r"^[^|\n]{0,60}?\b[\w-]{2,30}\.(?:org|com|net|info|am|tr|eu|de|fr|gr)\b[^\n]{0,20}?\s[-–|]\s"
                              r"[^\n]{3,}\s[-–|]\s")
# a body's name ending on the word for its kind, a letterhead's first line ("Refugee Review Tribunal",
# "Immigration and Refugee Board")
_LETTERHEAD_BODY = re.compile(r"\b(?:Tribunal|Board|Directorate|Office|Ministry|Department)$")
# a journal's ISSN on its line ("ISSN: 2974-9999", "e-ISSN ..."), under its name, the masthead
_ISSN = re.compile(r"^\W*(?:e-|print |online )?issn\b", re.IGNORECASE)
# a site's labels (its categories, its menu) run together into one word, a small letter right
# before a capital, at most two more words after it ("SubmissionsUnited Nations",
# "HaberlerGündem"); each run four letters or more, so no name of a brand ("YouTube", "WhatsApp")
_LABELS_GLUED = re.compile(r"[A-ZÇĞİÖŞÜ][a-zçğıöşü]{3,}(?:[A-ZÇĞİÖŞÜ][a-zçğıöşü]{3,})+(?:\s+[A-ZÇĞİÖŞÜ][a-zçğıöşü]+){0,2}")


# a breadcrumb of two to four short parts (25 characters at most each) between arrows, a bar after
# it or not ("SETA > Yorum |", "Anasayfa › Haberler"); one whose last part is a headline is none
_SHORT_CRUMBS = re.compile(r"[^\s>›»|][^>›»|\n]{0,24}?(?:\s+[>›»]\s+[^\s>›»|][^>›»|\n]{0,24}?){1,3}(?:\s*\|)?"
                           r"(?<=[^\s>›»|]|\|)")


def is_noise(line: str) -> bool:
    """A line of page furniture, an identifier or an institution's name."""
    if _BYLINE.match(line.strip()) or _ACADEMIC_BYLINE.match(line.strip()) or _BY_NAME.match(line.strip()):
        return True
    if _HOME_GLUED.match(line.strip()) and re.fullmatch(r"[^\W\d_]{6,40}", line.strip()):
        return True  # a breadcrumb's links run into one word: "AccueilJournalisme", "HomeNews"
    if _LABELS_GLUED.fullmatch(line.strip()):
        return True  # a page's category links run together: "SubmissionsUnited Nations"
    if _SHORT_CRUMBS.fullmatch(line.strip()):
        return True  # a site's breadcrumb of short parts, its name and a section: "SETA > Yorum |"
    if _DOMAIN_MASTHEAD.search(line.strip()):
        return True  # a site's masthead with its address and tagline: "موقع أبونا abouna.org - ... | ..."
    key = _key(line)
    # (a running head or foot with its page number: "AMNESTY INTERNATIONAL   1", "2 REPORT")
    if not key or _NOISE.match(key) or _NOISE.match(_PAGE_NUMBER_AT_END.sub("", key)) or _furniture_run_together(key):
        return True
    # (not a communication's number, which a cover may print in capitals: "COMMUNICATION NO. 538/2013")
    if _JOB_NUMBER.search(line) or (_REFERENCE.fullmatch(line.strip()) and not (
            (entry := _COUNTRY_AND_YEAR.fullmatch(line.strip())) and _is_country_line(entry.group("country")))
            and not _COMMUNICATION_NUMBER.match(line.strip())):
        return True
    # (a link's label, "Learn more"; a site's initials and name in its bar)
    if _MORE.match(line.strip()) or _named_and_abbreviated(line):
        return True
    if is_language_switcher(key) or _WEEKDAY_TIME.fullmatch(key):
        return True
    if DATELINE_ALONE.fullmatch(key) or AGENCY_CREDIT.fullmatch(key) or ARABIC_CITY_DASH.fullmatch(key):
        # (a story's dateline alone on its line: "STRASBOURG (AFP)", "ستراسبورغ (وكالات)"; an agency's credit, "ANA-MPA.")
        return True
    scheme, _ = classify(line.strip())
    return scheme != "symbol" and len(line.split()) <= 3  # "symbol": no known scheme


def _furniture_run_together(key: str) -> bool:
    """Pieces of a cover's furniture joined on one line, as a copy's text layer joins the
    lines of a cover ("Opinion No. 875/2017 Or. Engl.": the opinion's number and the language
    of its original): every piece of the line is furniture by itself, and one is a number, a
    symbol or a date (not two names of a body, "European Social Charter Governmental Committee",
    which a document site titles its copy with)."""
    words = key.split()
    if not 2 <= len(words) <= 12 or not any(ch.isdigit() for ch in key):
        return False
    ends = {0}  # where a run of furniture from the line's start can end
    for j in range(1, len(words) + 1):
        if any(i in ends and _NOISE.fullmatch(" ".join(words[i:j])) for i in range(j)):
            ends.add(j)
    return len(words) in ends


# a site's bar, its parts ("KHRP | Kurdish Human Rights Project"), and the small words its name's
# initials pass over ("Office of the ...", "... ve ...")
_NAME_PARTS = re.compile(r"\s+[|–—-]\s+")
_SMALL_WORDS = frozenset("of for and the on in to de des du la le et ve ile için icin".split())


def _named_and_abbreviated(line: str) -> bool:
    """A site's name as its bar gives it, its initials and its name ("KHRP | Kurdish Human Rights
    Project", "İHD - İnsan Hakları Derneği"): furniture, not a title."""
    parts = _NAME_PARTS.split(line.strip())
    if len(parts) != 2:
        return False
    for short, name in (parts, parts[::-1]):
        words = [w for w in re.findall(r"[^\W\d_]+", name) if w.casefold() not in _SMALL_WORDS]
        if 2 <= len(short) <= 8 and short.isalpha() and short.isupper() and len(words) == len(short) \
                and _key("".join(w[0] for w in words)) == _key(short):
            return True
    return False


# a day of the week and the time, a news site's clock ("Pazar 16:37", "Monday 10:02")
_WEEKDAY_TIME = re.compile(rf"(?:{WEEKDAYS}),?\s+\d{{1,2}}[:.]\d\d")


def _is_section(line: str) -> bool:
    """A site's section named by a body, its texts' kind before it or not ("Special
    Procedures", "Press releases Special Procedures" over a UN news page)."""
    key = re.sub(r"^(?:press releases?|news|statements?|publications|meeting summaries|press statements of the) ", "",
                 _key(line))
    # (the body named after its organisation's name: "Press statements of the OSCE Representative
    # on Freedom of the Media")
    return key in _institution_names() or re.sub(r"^(?:osce|un|united nations|council of europe|eu) ", "", key) \
        in _institution_names()


def _splits_a_name(line: str, following: str) -> bool:
    """Whether a body's name runs from the end of `line` into `following` (neither holds it
    whole): "Report of the Working Group on the Universal" / "Periodic Review"."""
    first, second = _key(line), _key(following)
    joined = f"{first} {second}"
    return any(len(name.split()) >= 2 and name in joined and name not in first and name not in second
               and joined.index(name) < len(first) < joined.index(name) + len(name)
               for name in _institution_names())


def _is_institution(text: str) -> bool:
    """Whether `text` is a body's name, perhaps after its short name ("LANZAROTE COMMITTEE
    Committee of the Parties to the Council of Europe Convention on the Protection of
    Children against Sexual Exploitation and Sexual Abuse")."""
    key, names = _key(text), _institution_names()
    key = re.sub(r"\s+of the council of europe$", "", key)  # ("Commissioner for Human Rights of the Council of Europe")
    # its short name in brackets, under it or after it ("EUROPEAN COMMISSION AGAINST RACISM AND
    # INTOLERANCE" / "(ECRI)")
    short = re.fullmatch(r"(?:(?P<name>.+?)\s*)?\((?P<short>[^()]+)\)", key)
    if short and short.group("short") in names and (not short.group("name") or _is_institution(short.group("name"))):
        return True
    # (a committee's full name with its short name in brackets, as the Parliamentary Assembly's
    # papers print it: "Committee on the Honouring of Obligations and Commitments by Member States
    # of the Council of Europe (Monitoring Committee)")
    if re.fullmatch(r"(?:committee|commission) (?:on|for|of) .+ \((?:[\w-]+ ){0,3}(?:committee|commission)\)", key):
        return True
    # (its office in a country, whose site prints the office's name: "European Commission
    # Representation in Cyprus", "Delegation of the European Union to Türkiye")
    office = re.fullmatch(r"(?P<name>.+?) (?:representation|delegation|office) (?:in|to) (?P<place>.+)", key) \
        or re.fullmatch(r"(?:representation|delegation|office) of (?:the )?(?P<name>.+?) (?:in|to) (?P<place>.+)", key)
    if office and _is_institution(office.group("name")) and _is_country_line(office.group("place")):
        return True
    return key in names or any(key.startswith(name + " ") and key[len(name) + 1:] in names
                               for name in names if len(name) <= 40 and key.startswith(name))


def _printed_twice(lines: list[str], start: int) -> str | None:
    """A headline printed twice in a row (blank lines between or not) within a few lines
    after `start`, when running text comes first: a page's title and its heading, as a
    saved page gives them under the site's name and tagline; or first, under a site's
    section."""
    written = [(k, x) for k, x in enumerate(lines[start:start + 30], start) if x]
    # (or right under the first line, a site's section: "ΚΥΠΡΟΣ" / the headline twice)
    if len(written) > 1 and written[0][1] == written[1][1] and 20 <= len(written[0][1]) <= MAX_TITLE \
            and not is_prose(written[0][1]) and is_plausible(written[0][1]):
        return written[0][1]
    if not written or not is_prose(written[0][1]):
        return None
    return next((x for (_, x), (_, y) in zip(written, written[1:])
                 if x == y and 20 <= len(x) <= MAX_TITLE and not is_prose(x) and is_plausible(x)), None)


def _bulleted_menu(lines: list[str], start: int) -> int:
    """The index past a site's menu of bulleted items of a word or two from `start` on
    ("• Röportaj" / "• Ekonomİ" / "• Polİtİka"), three items at least; 0 if none is there."""
    end, count = start, 0
    for at in range(start, min(len(lines), start + 40)):
        line = lines[at]
        if not line:
            continue
        if line[:1] in "•▪►" and len(line[1:].split()) <= 2:
            end, count = at + 1, count + 1
            continue
        break
    return end if count >= 3 else 0


def _institution_over_blanks(lines: list[str], start: int) -> int | None:
    """The index past a body's name set over lines with blank lines between them, as a
    cover's masthead is extracted ("Committee of the Parties" / "" / "to the Council of
    Europe Convention" / "" / "on Action against Trafficking in Human Beings"), if the
    lines from `start` on spell one whole; None otherwise."""
    names, key = _institution_names(), ""
    for at in range(start, min(len(lines), start + 12)):
        if not lines[at]:
            continue
        key = f"{key} {_key(lines[at])}".strip()
        if key in names:
            return at + 1 if at > start + 1 else None  # (one line, or two unbroken: read as a block is)
        if not any(name.startswith(key + " ") for name in names):
            return None
    return None


@lru_cache(maxsize=1)
def _institution_names() -> frozenset[str]:
    """The taxonomy's bodies' names, folded as _key folds a line."""
    from archive import taxonomy

    # (and their full names among the cues, in other languages too: "Groupe d'experts sur la lutte
    # contre la violence à l'égard des femmes ..."; not a cue that names a kind of text,
    # "Conclusions of the European Council")
    return frozenset(_key(name) for body in taxonomy.load().bodies.values()
                     for name in (body.key, body.label_en, body.label_tr, *body.abbreviations,
                                  *(cue for cue in body.cues if len(cue.split()) >= 4
                                    and not re.search(r"(?i)\b(?:statement|conclusions|report|document|execution)", cue)))
                     if name)


def is_plausible(title: str) -> bool:
    """Whether `title` can stand as a document's title (not a job number, file name,
    "Microsoft Word - x.doc", "untitled", a symbol alone or an institution's name)."""
    t = title.strip()
    if len(t) < 4 or len(t) > 600:
        return False
    letters = sum(c.isalpha() for c in t)
    # mostly other than letters: a number, a code, a date; not a long title that lists
    # numbers ("Views adopted ... concerning communications Nos. 3106/2018, 3107/2018, ...")
    if letters < 4 or (letters < len(t) * 0.5 and letters < 60):
        return False
    key = _key(t)
    if (_GENERIC.match(key) or _PLACEHOLDER.search(key) or _JOB_NUMBER.search(t) or _FILE_NAME.search(t)
            or _SYMBOL_ALONE.fullmatch(t)):
        return False
    return not is_noise(t)


# a symbol alone, whatever body's: one word of three parts or more between slashes, a number
# among them, whatever words it ends on ("GB.341/INS/13/5/Decision", the ILO Governing Body's
# decision's, over its title "Decision concerning the Reports of ...")
_SYMBOL_ALONE = re.compile(r"(?=\S*\d)[^\s/]+(?:/[^\s/]+){2,}")


def _lines(page: str) -> list[str]:
    # (a table's borders around a web page's cells: "| OHCHR Press Briefing Note - Turkey |", "| ||";
    # a site's "Back" link run into the title under it: "Retour Le Comité anti-torture ...";
    # a full stop or a comma alone on its line, a site's empty field, is none: "... daxuyanî da" / ".";
    # nor is a row of a table's cells, "| Role | Committee | Rapporteur |", or its head's rule)
    return ["" if _STRAY_STOP.fullmatch(line) else line
            for line in ("" if _TABLE_ROW.fullmatch(raw.strip()) else _BACK.sub("", re.sub(r"\s+", " ", raw).strip(" \t|"))
                         for raw in page.split("\n"))]


_STRAY_STOP = re.compile(r"[.,;·•]{1,2}")
# three cells or more between bars, as the extraction prints a web page's table (or a copy that
# lost the first bar: "Role | Committee | Rapporteur | Shadows |"), or the rule under its head
_TABLE_ROW = re.compile(r"\|(?:[^|\n]*\|){3,}|[^|\n]+(?:\|[^|\n]*){2,}\|")


# (and a back arrow before it: "< < Kanal İstanbul ..."; not a title in guillemets, closed at its
# end: "«Velkommen til Kafkas hus»")
_BACK = re.compile(r"^(?:[<«‹]\s*){1,3}(?=\w)(?![^»›\n]*[»›]\W{0,2}$)|"
                   r"^(?:Back|Retour|Zurück|Επιστροφή|Назад|Indietro|Volver|Terug|Powrót|Späť|Zpět|Nazaj|Natrag|Atrás|Voltar"
                   r"|Tilbage|Tillbaka|Takaisin|Vissza|Atpakaļ|Atgal|Tagasi|Înapoi)\s+(?=[«“\"]?\s?[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯÇĞİÖŞÜ])")


# how a line ends that the next one continues: a hyphen, comma or colon, or a word that
# cannot end a title (an article, a preposition, a conjunction, "v." between a case's
# parties) in the languages of the archive's documents, as a PDF breaks a long title where
# its line is full ("... examine le rapport de la" / "Turquie")
_CONTINUED = ("-", ",", ":", " of", " on", " the", " and", " to", " for", " in", " at", " by", " with", " from",
              " against", " concerning", " an", " or", " as", " into", " between", " among", " throughout",
              " within", " under", " over", " upon", " about", " regarding", " towards", " v.", " vs.",
              " de", " des", " du", " en", " sur", " et", " à", " le", " la", " les", " l'", " l’", " d'", " d’",
              " au", " aux", " par", " pour", " dans", " avec", " contre", " c.",
              " und", " der", " die", " das", " von", " zu", " zur", " zum", " für", " mit", " im",
              " del", " della", " dei", " delle", " di", " da", " y", " el", " los", " las", " con", " para", " por",
              " ve", " ile", " bir", " için", " veya",
              # ("... İNFAZI HAKKINDA" / "KANUN": a Turkish title's kind on the line after it)
              *{" " + word.casefold() for word in ("hakkında", "HAKKINDA", "dair", "DAİR", "ilişkin", "İLİŞKİN",
                                                   # ("... 12 Mart 2014 tarihli" / "Avrupa Parlamentosu İlke Kararı")
                                                   "tarihli", "TARİHLİ")})


def _runs_on(line: str) -> bool:
    """Whether the next line continues `line`: it ends in a word that cannot end a title
    ("... in", "... OF THE", as a title in capitals writes it), a hyphen, comma or colon,
    or inside brackets ("ORDER OF THE GENERAL COURT (First Chamber, Extended" /
    "Composition)")."""
    line = line.rstrip()
    return line.casefold().endswith(_CONTINUED) or line.count("(") > line.count(")")


def _wrapped_rest(line: str) -> bool:
    """Whether `line`, under another line of a block, is that line's rest, as a PDF wraps a
    long title: it begins with a word in small letters ("addressed to it in connection
    with ...", "session (2024)"), not with "v." or "c." between a case's parties."""
    return re.match(r"[^\W\d_]{2}", line) is not None and line[:1].islower()


def _goes_on_in_small_letters(previous: str, line: str) -> bool:
    """Whether `line` is the rest of `previous` in small letters (_wrapped_rest); a line of
    furniture only under a full line, one a PDF wrapped (FULL_LINE): "by Türkiye" /
    "adopted at the 40th meeting ..." is a title's end and its adoption. Who adopted it
    ("adopted by the Committee at its 106th session") is never the title's rest, nor is an
    author's byline, "by" and a name alone on its line ("RELIGIOUS MINORITIES IN TURKEY: 'AN
    ENDANGERED SPECIES'?" / "by Nanore Barsoumian")."""
    return _wrapped_rest(line) and not _ADOPTED_BY.match(line) and not _BY_NAME.match(line) \
        and (len(previous) >= FULL_LINE or not _STOP.match(line))


def join_wrapped(lines: list[str], small_letters: bool = True) -> list[str]:
    """`lines` with each line a PDF wrapped where it was full joined to the one it goes on
    from: after a word that cannot end a title or inside brackets (_runs_on; not after a
    comma or a colon, which end a list's items and a label, unless inside brackets: "(First
    Chamber," / "Extended Composition)"), and, with `small_letters`, a line going on in
    small letters (_goes_on_in_small_letters). An empty line joins nothing."""
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        if previous and line and ((_runs_on(previous) and (not previous.endswith((",", ":"))
                                                            or previous.count("(") > previous.count(")")))
                                  or (small_letters and _goes_on_in_small_letters(previous, line))):
            out[-1] = f"{previous} {line}"
        else:
            out.append(line)
    return out


def _join(parts: list[str]) -> str:
    """A title block's lines as one title: wrapped lines joined with a space, a subtitle
    (after a footnote mark, a country's name, "Addendum", "Mission to ...") with ': '."""
    out = ""
    for i, part in enumerate(parts):
        clean = _INNER_MARK.sub("", _FOOTNOTE_MARK.sub("", part)).strip()
        if not clean:
            continue
        if not out:
            out = clean
            continue
        previous = parts[i - 1]
        subtitle = (_FOOTNOTE_MARK.search(previous) is not None or _starts_subtitle(parts, i)
                    or (i == 1 and _VISIT_LINE.match(previous) is not None)  # "Visit to Türkiye: Report of ..."
                    or _is_country_line(clean) or _is_country_line(previous)  # "TURKEY: OPINION ON ..."
                    # ("Country Policy and Information Note" / "Turkey: Kurdish political parties")
                    or (_COI_SERIES.fullmatch(previous.strip()) is not None and _opens_on_country(clean))
                    or re.fullmatch(r"[“\"«].+[”\"»]", previous.strip()) is not None  # "“In Custody”: Police ..."
                    or _ADDENDUM.fullmatch(previous.strip()) is not None  # "Addendum: Mission to Turkey"
                    # "Cinquième cycle d'évaluation: Prévention de la corruption ..."
                    or _ROUND.fullmatch(previous.strip()) is not None
                    # "987th (DH) meeting, 13-14 February 2007: Decisions adopted at the meeting"
                    or _MEETING_LINE.match(previous) is not None
                    # a title in capitals, then its subtitle in small letters ("WEATHERING THE
                    # STORM" / "Defending human rights in Turkey's climate of fear")
                    # (not a wrapped line of capitals: "... COMMISSION STAFF" / "WORKING DOCUMENT. Turkey ...")
                    or (_in_capitals(previous) and clean[:1].isupper() and not _in_capitals(clean)
                        and not _in_capitals(clean.split()[0]) and _in_capitals(out)))
        if clean[:1].islower() or _runs_on(previous) or (_DIRECTION_END.search(previous) and _is_country_line(clean)) \
                or _capitals_go_on(previous, clean):
            # ("... situation in South-East" / "Turkey": one name; a title in capitals wrapped
            # before a preposition: "REPORT TO THE TURKISH GOVERNMENT" / "ON THE VISIT TO ...")
            subtitle = False
        out += (": " if subtitle and not out.endswith(":") else " ") + clean
    return re.sub(r"\s+", " ", out).strip(" :;,")[:MAX_TITLE]


# a line of capitals that goes on the line above it, as a preposition or a conjunction begins it
_CAPITALS_GOING_ON = re.compile(r"^(?:ON|OF|AND|FOR|BY|TO|IN|AT|FROM|WITH|AGAINST|CONCERNING|DE|DU|DES|ET|AU|AUX|SUR)\s")


def _capitals_go_on(previous: str, line: str) -> bool:
    """Whether a line of capitals goes on the line of capitals above it, as a preposition or
    a conjunction begins it ("... TWO MEMBERS OF THE WORKING GROUP" / "ON ENFORCED OR ...")."""
    return _in_capitals(previous) and _CAPITALS_GOING_ON.match(line) is not None


# a meeting of the Ministers' Deputies ("987th (DH) meeting, 13-14 February 2007", "1238e réunion,
# 14 octobre 2015")
_MEETING_LINE = re.compile(r"^\d+(?:st|nd|rd|th|e|ème) (?:\(DH\) )?(?:meeting|réunion)\b.*\d{4}\)?$", re.IGNORECASE)
# ... and the decisions it adopted, the heading under its line ("Decisions adopted"), or the
# section of its annotated agenda a document gives ("Section 4.1", "Rubrique 4.1")
_MEETINGS_PART = re.compile(r"(?:decisions adopted|décisions adoptées)(?: at the meeting| lors de la réunion)?"
                            r"|(?:section|rubrique) \d{1,2}(?:\.\d{1,2})?", re.IGNORECASE)
_DIRECTION_END = re.compile(r"\b(?:north|south|east|west|(?:north|south)-?(?:east|west))(?:ern)?\W*$", re.IGNORECASE)


def _in_capitals(text: str) -> bool:
    return sum(c.isalpha() for c in text) >= 3 and text.isupper()


def _is_country_line(line: str) -> bool:
    clean = line.strip(" *∗†‡.")  # "Pakistan*": the footnote mark stuck to the name
    # the UN's names with a part in brackets: "Bolivia (Plurinational State of)",
    # "China (including Hong Kong, China and Macao, China)"
    clean = re.sub(r"\s*\([^()]{2,60}\)$", "", clean) or clean
    found = match_state(clean)
    if found is None:  # a formal name the gazetteer lacks: "Republic of the Marshall Islands"
        clean = _FORMAL.sub("", clean)
        found = match_state(clean)
    if found is not None and found[1] >= len(clean) - 1:
        return True
    from .countries import named_in_un_language

    return named_in_un_language(clean) is not None  # ("Turquía", "Турция", "تركيا" on the UN's covers)


def _names_a_country(title: str) -> bool:
    from .countries import find_countries

    return bool(find_countries([], title))


# a country of origin information series' title, which names no country: its country and
# subject stand on the line under it ("EASO Country of Origin Information Report" / "Turkey
# Country Focus", the UK Home Office's "Country Policy and Information Note" / "Turkey:
# Gülenist movement")
_COI_SERIES = re.compile(r"(?:[A-Z]{3,5}\s+)?(?:country of origin information|country policy and information"
                         r"|country information|COI)\s+(?:report|note|query response|brief)", re.IGNORECASE)


def _opens_on_country(line: str) -> bool:
    """Whether a line opens on a country's name, before a colon or a dash or its series'
    word ("Turkey: Gülenist movement", "Türkiye - Security situation", "Turkey Country Focus")."""
    name = re.split(r"\s*[:–—]\s*|\s+-\s+", line.strip(), maxsplit=1)[0]
    return _is_country_line(re.sub(r"\s+country\b.*$", "", name, flags=re.IGNORECASE))


_FORMAL = re.compile(r"^(?:the )?(?:republic|kingdom|state|principality|grand duchy|federation|commonwealth)"
                     r" of (?:the )?", re.IGNORECASE)


# a line that is a sentence ("Beautiful is better than ugly."): four words or more, a
# full stop at the end that closes no abbreviation
_SENTENCE = re.compile(r"^(?:\S+\s+){3,}\S*[^\W\d_]{3,}\.$")


def is_prose(line: str) -> bool:
    """A line of running text, not of a heading: long, of words, with a sentence's
    punctuation inside ("Lorem ipsum dolor sit amet, consetetur ...") or at its end."""
    return (len(line) >= 60 and len(re.findall(r"\b[^\W\d_]{2,}\b", line)) >= 8
            and (re.search(r"[^\W\d_]{3,}\.\s+[A-ZÇĞİÖŞÜ]|[^\W\d_]{3,}\.$", line) is not None
                 or len(re.findall(r"[,;]\s+[^\W\d_A-ZÇĞİÖŞÜ]", line)) >= 2))


# a section's label under a title ("GENEL OLARAK:", "Key findings:"): no part of it
_SECTION_LABEL = re.compile(r"^(?:[^\W\d_]+ ){1,3}[^\W\d_]+:$")
# a date inside a title in capitals ("ADOPTÉES PAR LA GRANDE ASSEMBLÉE NATIONALE" / "LE 21
# JANVIER 2017"), which is no reference code
_DATED = re.compile(rf"\b(?:{_MONTH_NAMES})\s+(?:19|20)\d\d\b")
# the numbers of what the line above names ("LAWS" / "NOS. 667-676")
_NUMBERS_OF = re.compile(r"^(?:nos?\.|n[o°]s?\b|numbers?)\s*\d", re.IGNORECASE)


_AGGREGATOR_LABEL = re.compile(_AGGREGATOR_LABELS)
# a title's year or years wrapped onto a line of their own ("... STRAZBURG. 21 Ocak" /
# "2014"; "Mass Prosecution of Lawyers in Turkey" / "(2016-2020)")
_DATE_REST = re.compile(r"^\(?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\)?$")
# ... or a date broken across lines, as a narrow column breaks it ("... meeting, on 23" /
# "June 1995"; "Week of January" / "15"): a line ending in a day or a month, the next
# beginning with a month, a day or a year (folded)
_DATE_HEAD = re.compile(rf"(?:\b\d{{1,2}}|\b(?:{_MONTH_NAMES}))$")
_DATE_TAIL = re.compile(rf"^(?:(?:{_MONTH_NAMES})\b|(?:19|20)\d\d\b|\d{{1,2}}(?:st|nd|rd|th)?\b,?)")


def _date_goes_on(previous: str, line: str) -> bool:
    """Whether `line` is the rest of a date `previous` ends in (see _DATE_HEAD)."""
    return _DATE_HEAD.search(_key(previous)) is not None and _DATE_TAIL.match(_key(line)) is not None


# a special procedures letter's heading, the mandates that sent it, however long the list
# and whether or not a full stop ends it ("Mandates of the Special Rapporteur on ...; and the
# Special Rapporteur on the human right to safe drinking water and sanitation.")
_MANDATES = re.compile(r"^(?:mandates? of the|mandats? d[ue]s?|mandatos? de)\b", re.IGNORECASE)


def _bracketed_symbol(line: str) -> bool:
    """Whether `line` is a UN symbol in brackets, alone: the document a title is on, wrapped
    onto a line of its own ("... periodic reports of Türkiye" / "(CERD/C/TUR/4-6)")."""
    m = re.fullmatch(r"\((?P<symbol>\S+)\)\s*[*∗†‡]*", line.strip())
    return m is not None and UN_SYMBOL.fullmatch(m.group("symbol")) is not None


# an organisation whose body's name a title may wrap to the next line ("Third party
# intervention by the Council of Europe" / "Commissioner for Human Rights")
_PARENT_AT_END = re.compile(r"\b(?:council of europe|united nations|european union|osce|un|eu)$", re.IGNORECASE)


# the heading of a text's first part, which a title that lost its last word runs into ("Report
# of the Secretary-General on the United Nations operation in" / "I. Introduction")
_PART_HEADING = re.compile(r"(?:[IVX]{1,4}\.\s+[A-Z]|(?:\d{1,2}|[A-H])\.\s+(?:Introduction|INTRODUCTION)\b)")


def _label_in_capitals(previous: str, line: str) -> bool:
    """Whether `line` is a page's section label in capitals under a heading in small letters
    ("Supporting the Implementation ... in Turkey" / "INFORMATION"): one word, not a State's
    name nor a kind of document ("ADDENDUM", "CORRIGENDUM")."""
    return re.fullmatch(r"[^\W\d_]{4,}", line) is not None and line.isupper() and any(c.islower() for c in previous) \
        and not _is_country_line(line) and not _KIND_LINE.match(line) and not _ADDENDUM.fullmatch(line) \
        and _key(line) not in ("annex", "annexe")


def _block(lines: list[str], start: int) -> list[str]:
    """The title block starting at `start`: lines up to a blank line, a stop line, a
    footnote or MAX_LINES."""
    out: list[str] = []
    blank = False
    for line in lines[start:]:
        if not line:
            # (a title's line ending in a colon goes on over one blank line: "Article 3 of
            # the European Convention on Human Rights:" / "" / "A PRACTITIONER'S HANDBOOK";
            # not a field's label, "Summary:")
            if out and (blank or not out[-1].endswith(":") or _SECTION_LABEL.match(out[-1])):
                break
            blank = bool(out)
            continue
        if blank and (_STOP.match(line) or is_noise(line) or _DATED.search(_key(line))):
            break  # (... but not into furniture or a date: "Note :" / "" / "Version 2.0 September 2018")
        blank = False
        if out and not re.search(r"\w", line):
            break  # (a line of signs alone is no title's rest: "... - endorsed by" / "←", a page's arrows)
        if out and line.startswith(":"):
            # (a field's value on the line under its label ends the title before the label:
            # "RET KARARI" / "ŞİKAYETÇİ" / ":F.Y.", the Ombudsman's fields under its decision's kind)
            if len(out) > 1:
                out.pop()
            break
        # ("... people in" / "İstanbul"; "ON EMERGENCY DECREE LAWS" / "NOS. 667-676"; a
        # wrapped title's rest in small letters: "Comments of Turkey on the recommendations" /
        # "addressed to it in connection with ...")
        continued = bool(out) and (_runs_on(out[-1]) or _NUMBERS_OF.match(line) is not None
                                   or _goes_on_in_small_letters(out[-1], line) or _DATE_REST.match(line) is not None
                                   or _date_goes_on(out[-1], line) or _capitals_go_on(out[-1], line)
                                   or _bracketed_symbol(line)
                                   or (_PARENT_AT_END.search(out[-1]) is not None and _is_institution(line))) \
            and not _AGGREGATOR_LABEL.match(_key(line)) and not _HELD_IN.match(line) \
            and not _PART_HEADING.match(line)
        # ("... carried out by The" / "Total Page:16"; "... operation in" / "I. Introduction")
        if out and not continued and (_STOP.match(line) or is_noise(line) or _SECTION_LABEL.match(line)
                                      or line[:1] in "•▪►" or _LIST_DASH.match(line)  # (a list's items under a title)
                                      or _label_in_capitals(out[-1], line)):
            break
        # (a title's last line, after a line that cannot end it, is no running text though it
        # ends in a full stop: "... Tehlikeli Bir" / "Gerileme Yaratacak ... Hakkında.")
        wrapped = bool(out) and _runs_on(out[-1]) and len(line) <= 120
        running = not _MANDATES.match(line) and (
            (not wrapped and (len(line) > 200 or (out and len(line) > 80)) and line.endswith("."))
            or (out and (is_prose(line) or (not wrapped and _SENTENCE.search(line)))))
        if running:
            while len(out) > 1 and len(out[-1]) >= 80:
                out.pop()  # the long lines before running text are that paragraph's first ones
            break
        if len(out) >= 2 and out[-1][:1].islower() and re.search(r"[^\W\d_]{3}\.$", out[-1]) and line[:1].isupper():
            break  # (a sentence wrapped in a narrow column ends there, the next begins: "... izin" / "vermedi." / "Avrupa ...")
        if out and _BLOCK_END.match(out[0]) and (_PREAMBLE_LINE.match(line) or line[:1] in "–-"):
            break  # (a resolution's full title opening the text ends at its preamble: "Le Parlement européen," / "– vu ...")
        if out and (_BLOCK_END.match(line) or _key(line) == _key(out[0])
                    or (len(out[0].split()) >= 3 and _key(line).startswith(_key(out[0]) + " "))):
            break  # (a web page's title printed again under its standfirst, or with its date)
        out.append(line)
        if len(out) >= MAX_LINES or sum(map(len, out)) > MAX_TITLE:
            break
    return out


# A cover whose lines a reader ran together, as some PDF readers and web copies give it
# ("Human Rights Council Twenty-seventh session Agenda item 4 Human rights situations that
# require the Council's attention Report of the Independent International Commission ...*
# Summary The present report ..."): the session, the agenda item, the item's own title, the
# document's title (from its first capital that begins as UN titles begin) and the summary.
_INLINE_AGENDA = re.compile(r"\s(?P<item>(?:provisional )?agenda items? \d+(?:(?:,| and) \d+)*(?:\s*\([a-z]\))?)\s+",
                            re.IGNORECASE)
_INLINE_SUMMARY = re.compile(r"(?<=\S)\s+(?=(?:[*∗†]+\s+)?Summary\s+[A-Z])|(?<=[*∗†])\s+(?=Summary\s+[A-Z])")


# A UN cover read as one line (a web page's text, a scraper that runs lines together:
# "GE.14-13150 *1413150* Human Rights Council Twenty-sixth session Agenda item 6 Universal
# Periodic Review Report of the Working Group on the Universal Periodic Review* Yemen * The
# annex ... United Nations A/HRC/26/8 General Assembly Distr.: General 7 April 2014 Original:
# English"): where its lines began, before the masthead's parts, the session, the agenda item,
# the title, the symbol and the date, and after the footnote marks and a sentence's end.
# (and in a Turkish translation's: "17 Şubat 2010")
_TURKISH_MONTHS = "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"
_COVER_DATE = re.compile(rf"\b\d{{1,2}}(?: de)? (?:{COVER_MONTHS}|{_TURKISH_MONTHS})(?: de)? (?:19|20)\d\d(?!\d)")
# what begins a line of a UN cover: the masthead's parts, the distribution and language
# lines, the session, the agenda item, a summary record's particulars, a resolution's
# preamble, a numbered paragraph
_FLAT_COVER_LINE = re.compile(
    r"(?:United Nations|UNITED NATIONS|Nations Unies|Naciones Unidas|Организация Объединенных Наций|الأمم المتحدة"
    r"|General Assembly|Human Rights Council|Economic and Social Council|Security Council|Distr\.|Original\s*:"
    r"|(?:English|French|Spanish|Arabic|Russian|Chinese)(?:, \w+)*(?: and \w+)? only\b|(?:English|Español|Français|Русский)"
    r"(?= Original)|[A-Z][a-z]+(?:-[a-z]+)? (?:session|meeting)\b|(?:Provisional )?[Aa]genda items? \d"
    r"|Items? \d+(?:(?:,| and) \d+)* of the provisional agenda"
    r"|Held at\b|Chair(?:person|man)\s*:|Opinion No\.|(?:Addendum|Additif|Adición)(?=\s+[A-ZÀ-Ý])"
    r"|REPORT OF|CONCLUDING OBSERVATIONS|LIST OF ISSUES|SUMMARY RECORD|RESOLUTION \d|GE\.\d\d-\d"
    # (a Turkish translation's: "Birleşmiş Milletler Genel Kurulu A/HRC/WG.6/8/TUR/3 Dağıtım: Genel 17 Şubat 2010
    # İngilizce Özgün dil: İngilizce/ Fransızca İnsan Hakları Konseyi Evrensel Periyodik Değerlendirme Çalışma Grubu
    # Sekizinci oturum Cenevre, 3–14 Mayıs 2010 5/1 sayılı İnsan Hakları Konseyi kararının ... hazırlanan özet
    # Türkiye* ...": the Council's name there only as a heading's, not in the title)
    r"|Birleşmiş Milletler(?=\s+(?:Genel Kurulu|Ekonomik|[A-Z]+/))|Genel Kurulu?\b(?=\s+[A-Z]+/)|Dağıtım\s*:|Özgün dil\s*:"
    r"|İnsan Hakları Konseyi(?=\s+(?:Evrensel|[A-ZÇĞİÖŞÜ][a-zçğıöşü]+\s+oturum))"
    r"|Evrensel Periyodik Değerlendirme Çalışma Grubu|[A-ZÇĞİÖŞÜ][a-zçğıöşü]+(?:[- ][a-zçğıöşü]+)? oturum\b|Cenevre,"
    r"|\d{1,2}/\d{1,2} sayılı)")
# ... and what begins the text under it, a blank line before it: a numbered paragraph, the
# contents, the meeting's opening, a resolution's preamble
_FLAT_COVER_TEXT = re.compile(r"\d{1,3}\.\s?[A-ZА-Я]|[IVX]{1,4}\.\s[A-Z]|Contents\b|CONTENTS\b|The meeting was called\b"
                              r"|The (?:General Assembly|Security Council|Human Rights Council),")
# what ends one: a footnote mark, the language of the original, the job number, a year run
# into the next line's word, a sentence, an addendum's word before its own title ("Additif
# Suite donnée aux recommandations: Turquie*")
_FLAT_COVER_LINE_END = re.compile(r"[*∗]+(?=\s*[A-Z\d])|\bOriginal\s*:\s*[^\W\d_]+|\bGE\.\d\d-\d{5}|(?:19|20)\d\d(?=[A-Z])"
                                  r"|\bÖzgün dil\s*:\s*[^\W\d_]+(?:\s*/\s*[^\W\d_]+)?"
                                  r"|\b(?:Addendum|Additif|Adición)(?=\s+[A-ZÀ-Ý])"
                                  r"|[a-z]{3}[.;](?=\s+[A-Z])")
_AFTER_DISTRIBUTION = re.compile(r"(?:General|GENERAL|general|générale|reservada|restricted|Distr\.:?|Genel)\s*$")


# an older cover's agenda item and its title in capitals, run into the document's title in
# small letters ("Item 8 of the provisional agenda QUESTION OF THE HUMAN RIGHTS OF ALL PERSONS
# SUBJECTED TO ANY FORM OF DETENTION OR IMPRISONMENT Promotion and protection of ...")
_FLAT_AGENDA_CAPITALS = re.compile(r"(?:Items? \d+(?:(?:,| and) \d+)* of the provisional agenda|(?:Provisional )?[Aa]genda items? \d+)"
                                   r"(?P<caps>\s+(?:[A-Z][A-Z'’,()-]*\s+){2,}[A-Z][A-Z'’)-]*)\s+(?=[A-Z][a-z])")
# how far down page 1 a UN cover read as one line may begin (under a document site's furniture)
FLAT_COVER_LEAD = 300
# ... and a European body's, which must open on its place and date: under a document site's
# furniture that prints a long title twice ("TURKEY JOINT OPINION ON ..." / "Size: px" / "Start
# display at page:" / "Download \"TURKEY JOINT OPINION ON ...\"" / "Transcription")
FLAT_EUROPEAN_COVER_LEAD = 600


def _flat_line(lines: list[str], lead: int = FLAT_COVER_LEAD) -> int | None:
    """The index of page 1's first long line (a cover read as one line), when no more than
    `lead` characters of a document site's furniture stand over it."""
    long = next((i for i, line in enumerate(lines) if len(line) >= 200), None)
    return None if long is None or len("\n".join(lines[:long])) > lead else long


def unflatten_un_cover(page: str) -> str:
    """Page 1 with a UN cover read as one line (a web page's text, a scraper that runs lines
    together: "GE.14-13150 *1413150* Human Rights Council Twenty-sixth session Agenda item 6
    Universal Periodic Review Report of the Working Group on the Universal Periodic Review*
    Yemen * The annex ... United Nations A/HRC/26/8 General Assembly Distr.: General 7 April
    2014 Original: English") set out again as its lines: where the masthead's parts, the
    distribution line, the session, the agenda item, the title (as UN titles begin), a
    summary record's particulars, a resolution's preamble and a numbered paragraph begin;
    around a symbol, a date after the distribution line, a footnote mark and a rule; after a
    sentence's end. Any other page as it is. (The cover is the page's first long line: a
    document site's copy has its furniture over it, "Size: px" / "Start display at page:" /
    "Transcription" / "1 UNITED NATIONS E Economic and Social Council Distr. GENERAL ...".)"""
    lines = page.lstrip().split("\n")
    long = _flat_line(lines)
    if long is None:
        return page
    first = lines[long]
    if ("Distr" not in first[:1500] and "Dağıtım" not in first[:1500]) or not UN_SYMBOL.search(first[:1500]):
        return page
    head, tail = first[:1500], first[1500:]
    above = "".join(line + "\n" for line in lines[:long])
    rest = "\n" + "\n".join(lines[long + 1:]) if long + 1 < len(lines) else ""
    cuts: set[int] = set()
    paragraphs: set[int] = set()
    for m in re.finditer(r"(?<=\s)\S", head):
        at = head[m.start():]
        if _FLAT_COVER_TEXT.match(at):
            paragraphs.add(m.start())
        elif (_FLAT_COVER_LINE.match(at) or (m.group()[0].isupper() and _UN_TITLE_START.match(at))) \
                and not re.search(r"\b(?:the|of|by|for)\s+$", head[:m.start()], re.IGNORECASE):
            cuts.add(m.start())  # (not inside a name: "Note by the" / "United Nations High Commissioner")
    for m in UN_SYMBOL.finditer(head):  # (and its closing bracket: "(CRC/C/TUR/2-3)")
        cuts.update((m.start(), m.end() + (head[m.end():m.end() + 1] == ")")))
    for m in _COVER_DATE.finditer(head):
        if _AFTER_DISTRIBUTION.search(head[:m.start()]) or any(head[:m.start()].rstrip().endswith(x.group())
                                                               for x in UN_SYMBOL.finditer(head[:m.start()])):
            cuts.update((m.start(), m.end()))
    for m in _FLAT_COVER_LINE_END.finditer(head):
        cuts.add(m.end())
    for m in _FLAT_AGENDA_CAPITALS.finditer(head):
        cuts.update((m.start("caps"), m.end("caps")))
    for m in _AGENDA_ITEM_TITLE.finditer(head):  # (the item's title, and what follows it)
        cuts = {c for c in cuts if not m.start() < c < m.end()} | {m.end()}
    for m in re.finditer(r"_{5,}", head):  # a rule drawn in characters
        cuts.update((m.start(), m.end()))
    edges = [0, *sorted(c for c in cuts | paragraphs if 0 < c < len(head)), len(head)]
    out: list[str] = []
    for a, b in zip(edges, edges[1:]):
        if head[a:b].strip():
            out += [""] * (a in paragraphs) + _state_apart(head[a:b].strip())
    return above + "\n".join(out) + tail + rest


_EUROPEAN_SEATS = "Strasbourg|Brussels|Bruxelles"  # (where a European body's cover is dated)
# where a line of a European body's cover begins, on a cover read as one line: its date and
# place, its adoption and publication, its secretariat's address, the language of its
# original, its opinion's number, its contents
_FLAT_EUROPEAN_LINE = re.compile(
    rf"(?:Adopted (?:on|by|at)|Published on|Adopté (?:le|par)|Publié le|(?:{_EUROPEAN_SEATS}),"
    r"|TABLE OF CONTENTS|Table of contents|CONTENTS|Contents|FOREWORD|Foreword|EXECUTIVE SUMMARY|Executive summary"
    r"|(?:[A-Z]{3,8} )?Secretariat\b|Tel\.|E-mail|www\.|Or\. [A-Z][a-z]+\.|Opinion No\.|Avis n"
    # (a page's number between dashes, "- 2 -"; the CPT's note under its report's title, "The
    # Turkish Government has requested the publication of this report ...", or under the
    # Government's response, "... has authorised the publication of this response")
    r"|-\s\d{1,3}\s-(?=\s)|The (?:[A-Z][a-z]+ )?Government has (?:requested|authori[sz]ed)\b"
    r"|Le Gouvernement (?:[a-zé]+ )?a (?:demandé|autorisé)\b|Note\s*:"
    # (the Venice Commission's masthead and the State under it, its rapporteurs and its notice;
    # GREVIO's and GRECO's names under their reports' titles; the Commission's masthead and its
    # staff's document under the languages' "EN EN")
    r"|EUROPEAN COMMISSION FOR DEMOCRACY|COMMISSION EUROPÉENNE POUR LA DÉMOCRATIE|On the basis of comments by"
    r"|(?:JOINT |INTERIM |FINAL |URGENT )?OPINION ON\b|AVIS (?:CONJOINT |INTÉRIMAIRE |URGENT )?SUR\b"
    r"|Sur la base des commentaires de|This document will not be distributed|Ce document ne sera pas distribué"
    r"|Group of Experts on Action against|Group of States against Corruption"
    r"|EUROPEAN COMMISSION(?= Brussels|$)|COMMISSION STAFF WORKING (?:DOCUMENT|PAPER))")
# ... and where one ends: the language of its original ("Or. Engl."), the Venice Commission's name
_FLAT_EUROPEAN_LINE_END = re.compile(r"\bOr\. [A-Z][a-z]+\.|\((?:VENICE COMMISSION|COMMISSION DE VENISE)\)|^EN EN\b")
# a Council of Europe or EU cover's place and date opening the line, a page's number before them
_FLAT_COVER_DATELINE = re.compile(rf"(?:\d{{1,3}}\s+)?(?:{_EUROPEAN_SEATS})(?:\s/\s[A-Z][a-z]{{2,20}})?,?\s+\d{{1,2}}\s+(?:{COVER_MONTHS})\s+(?:19|20)\d\d\s+(?=[A-ZÀ-Ý\d(])")
_FINAL = re.compile(r"\s+final\b")


def _with_final(text: str, end: int) -> int:
    """Where a reference ending at `end` ends with the Commission's "final" after its number."""
    final = _FINAL.match(text, end)
    return final.end() if final else end


# the schemes of the references that open a cover: the Council of Europe's and the EU's, and a
# UN symbol on a copy without the UN's masthead and distribution line (unflatten_un_cover's)
_COVER_SCHEMES = ("cpt", "venice", "coe-", "eu-", "un-symbol")


def unflatten_cover_by_reference(page: str) -> str:
    """Page 1 with a cover read as one line, its reference first: a Council of Europe or EU
    body's (a document site's text of a PDF: "CRI(2011)5 ECRI REPORT ON TURKEY (fourth
    monitoring cycle) Adopted on 10 December 2010 Published on 8 February 2011 ECRI
    Secretariat ... TABLE OF CONTENTS ..."), or a UN document's copy opening on its symbol
    ("A/55/280/Add.1 Interim report of the Special Rapporteur ... Situation in Turkey Contents
    ..."), set out again as its lines: around its own references, and where its date, its
    adoption and publication, its secretariat's address, its original's language, a page's
    number and its contents begin. The cover may follow a few short lines (a document site's
    title and particulars over it, "Total Page:16" / "File Type:pdf"). Any other page as it
    is."""
    lines = page.split("\n")
    at = next((k for k, line in enumerate(lines[:5]) if len(line) >= 200), None)
    if at is None:
        # (under a document site's furniture, as unflatten_un_cover reads it: "Size: px" / "Start
        # display at page:" / "Download ..." / "Transcription" / "1 Strasbourg, 13 March 2017 ...")
        at = _flat_line(lines, FLAT_EUROPEAN_COVER_LEAD)
        if at is None:
            return page
    head, tail = lines[at][:1500], lines[at][1500:]
    dated = _FLAT_COVER_DATELINE.match(head) is not None
    # (its own references open it; one cited further on stays in its sentence: "The
    # Government's response is set out in document CPT/Inf (2015) 7.")
    # (a UN symbol opening the line: after the masthead, "Birleşmiş Milletler Genel Kurulu
    # A/HRC/WG.6/8/TUR/3 Dağıtım: Genel ...", it is unflatten_un_cover's, which knows its lines)
    found = find_identifiers([head])
    refs = {f.key for f in found
            if f.scheme.startswith(_COVER_SCHEMES) and f.offset <= (0 if f.scheme == "un-symbol" else 80)}
    # (or its place and date first, a page's number before them, where a copy lost the reference:
    # "1 Strasbourg, 13 March 2017 Opinion No. 852 / 2016 Or. Engl. EUROPEAN COMMISSION FOR ...")
    if not refs and not dated:
        return page
    # (and wherever it is printed again: GREVIO's "... (GREVIO) GREVIO/Inf(2018)6 Published on ...")
    # (with the word that ends the Commission's number: "SEC(2011) 1201 final")
    cuts = {end for f in found if f.key in refs for end in (f.offset, _with_final(head, f.offset + len(f.raw)))}
    cuts |= {m.start() for m in _FLAT_EUROPEAN_LINE.finditer(head) if m.start() == 0 or head[m.start() - 1] == " "}
    cuts |= {m.end() for m in _FLAT_EUROPEAN_LINE_END.finditer(head)}
    edges = [0, *sorted(c for c in cuts if 0 < c < len(head)), len(head)]
    cover = [head[a:b].strip() for a, b in zip(edges, edges[1:]) if head[a:b].strip()]
    return "\n".join([*lines[:at], "\n".join(cover) + tail, *lines[at + 1:]])


def _state_apart(line: str) -> list[str]:
    """A title line that ends with the State and its footnote mark, the State on a line of
    its own, as the cover prints it ("... Universal Periodic Review Tonga *")."""
    mark = _FOOTNOTE_MARK.search(line)
    if mark is None or not (_UN_TITLE_START.match(line) or _TURKISH_TITLE_KIND.search(line, 0, mark.start())):
        return [line]
    words = line[:mark.start()].split()
    for k in range(min(4, len(words) - 3), 0, -1):
        if _is_country_line(" ".join(words[-k:])) and not _runs_on(" ".join(words[:-k])):
            return [" ".join(words[:-k]), " ".join(words[-k:]) + line[mark.start():]]
    return [line]


# (a Turkish translation's title names its kind at its end, before the State: "... tarafından hazırlanan
# özet Türkiye*", "... Çalışma Grubu raporu Türkiye*")
_TURKISH_TITLE_KIND = re.compile(r"\b(?:özet|raporu?|derleme(?:si)?|gözlemleri|sonuç gözlemleri)\s+(?:\S+\s+){0,3}\S+\s*$")


# a State's name run into the word before it, a small letter then its capital, to the line's end
_GLUED_STATE = re.compile(r"(?<=[a-zà-ÿçğışöü])[A-ZÀ-ÞÇĞİŞÖÜ][^\s*]*(?:\s+[^\s*]+){0,4}$")


# a converter's space after a line's first capital ("F ollow-up report on ..."; not "A" or
# "I", which are words)
_SPLIT_INITIAL = re.compile(r"^([B-HJ-Z]) (?=[a-z]{2,})")


# a footnote mark between two words, where a text converter lost the line break after the
# title's mark ("... de la Turquie*adoptée par le Comité à sa quarante-neuvième session")
_GLUED_MARK = re.compile(r"(?<=[^\W\d_])[*∗]+(?=[^\W\d_])")


def _unwrap_cover(lines: list[str]) -> list[str]:
    out: list[str] = []
    for glued in lines:
        if _GLUED_MARK.search(glued):  # (the title's line ends at its mark)
            first, rest = _GLUED_MARK.split(glued, maxsplit=1)
            out += _unwrap_cover([first + "*"]) + _unwrap_cover([rest])
            continue
        line = _SPLIT_INITIAL.sub(r"\1", glued)
        m = _INLINE_AGENDA.search(line)
        if m is None or len(line) < 40:
            # (the State run into the title's last word: "... against TortureTurkey")
            state = _GLUED_STATE.search(line) if _UN_TITLE_START.match(line) else None
            out += [line[:state.start()], state.group()] if state and _is_country_line(state.group()) else [line]
            continue
        rest = line[m.end():]
        own = _AGENDA_ITEM_TITLE.match(rest)  # (item 2's title, which begins as a report's)
        item = [m.group("item")] + ([rest[:own.end()]] if own else [])
        rest = rest[own.end():] if own else rest
        title_at = next((k.start() for k in re.finditer(r"(?<=\s)[A-Z]", rest) if _UN_TITLE_START.match(rest[k.start():])),
                        None)
        parts = [line[:m.start()], *item] + ([rest[:title_at], rest[title_at:]] if title_at is not None else [rest])
        parts[-1:] = _INLINE_SUMMARY.split(parts[-1], maxsplit=1)
        out += [part.strip() for part in parts if part.strip()]
    return out


def _adoption_line(lines: list[str]) -> str | None:
    """A UN resolution's line saying who adopted it, with its date wrapped under it, as the
    title of a copy without its number ("Adopted by the Security Council at its 3547th
    meeting, on 23" / "June 1995"), or None."""
    at = next((k for k, line in enumerate(lines) if UN_RESOLUTION_LINE.match(_key(line))
               and _key(line).startswith("adopted")), None)
    if at is None:
        return None
    line = lines[at]
    for more in _written(lines[at + 1:at + 4])[:2]:  # (or over two lines: "... at its 3547th" / "meeting, on 23 June" / "1995")
        if not (_wrapped_rest(more) or re.fullmatch(rf"(?:{_MONTH_NAMES})\.?\s+(?:19|20)\d\d", _key(more))
                or _date_goes_on(line, more)):
            break
        line += " " + more
    return line


_UN_RESOLUTION = re.compile(r"^resolution\s+(\d{1,4})\s*\(((?:19|20)\d\d)\)$", re.IGNORECASE)


_RESOLUTION_ADOPTED = re.compile(r"^(?:resolution adopted by|résolution adoptée par|resolución aprobada por)\b", re.IGNORECASE)
# (the adoption's date, whole, at the line's end: "... on 18 December 2019", "... le 18 décembre 2019")
_ADOPTED_ON_DATE = re.compile(rf"\s(?:on|le|el)\s+\d{{1,2}}(?:er)?\s+(?:de\s+)?[^\W\d_]+\s+(?:de\s+)?(?:19|20)\d\d$")
_RESOLUTION_NUMBER = re.compile(r"^(?:S-)?\d{1,3}/\d{1,4}\.\s+\w")


# the contents under a cover's title (an entry of which, "Information received by the Special
# Rapporteur", begins as a UN title does)
_CONTENTS = re.compile(r"(?:table of )?contents\b", re.IGNORECASE)


def _opens_in_capital(line: str) -> bool:
    """Whether `line` opens on a capital letter, or on a letter of a script without capitals
    (Arabic, Chinese: a UN cover's lines in those languages begin anew all the same)."""
    first = line[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def un_cover_title(pages: list[str]) -> str | None:
    """The title block of a UN document's cover page: of the blocks of lines between the
    cover's furniture (after the agenda item's own title, if any), the first that begins
    as UN titles begin ("Report", "Concluding observations", ...), else the first."""
    lines = _unwrap_cover(_lines(pages[0])[:80])
    # a Security Council resolution's title is its number and the line that says who
    # adopted it, as the UN's library titles it ("RESOLUTION 1251 (1999)" / "Adopted by the
    # Security Council at its 4018th meeting," / "on 29 June 1999")
    at = next((k for k, line in enumerate(lines[:40]) if _UN_RESOLUTION.match(line)), None)
    m = _UN_RESOLUTION.match(lines[at]) if at is not None else None
    if at is not None and m:
        title = f"Resolution {m.group(1)} ({m.group(2)})"
        after = _written(lines[at + 1:at + 6])
        if after and after[0].lower().startswith("adopted by"):
            adopted = after[:2] if after[0].endswith(",") else after[:1]
            title += " adopted" + " ".join(adopted)[len("adopted"):]
        return title
    # ... or, on a copy without its number, that line alone (see _adoption_line)
    adoption = _adoption_line(lines[:10])
    if adoption:
        return adoption
    # a resolution of the General Assembly or the Council: the line saying who adopted it
    # and its own numbered title under it, past "[on the report of the Third Committee
    # (A/74/399/Add.3)]" ("Resolution adopted by the General Assembly on 18 December 2019:
    # 74/168. Situation of human rights in ...")
    at = next((k for k, line in enumerate(lines[:60]) if _RESOLUTION_ADOPTED.match(line)), None)
    numbered = next((k for k in range(at + 1, min(at + 10, len(lines))) if _RESOLUTION_NUMBER.match(lines[k])),
                    None) if at is not None else None
    if at is not None and numbered is not None:
        # (its date wrapped: "... by the General Assembly on 18 December" / "2019")
        dated = " ".join([lines[at], *_written(lines[at + 1:numbered])[:1]])
        dated = dated if _ADOPTED_ON_DATE.search(dated) and not _ADOPTED_ON_DATE.search(lines[at]) else lines[at]
        return dated.rstrip(" :") + ": " + _join(_block(lines, numbered) or [lines[numbered]])
    start = 0
    for i, line in enumerate(lines):  # past the agenda item's own title
        if _AGENDA.match(_key(line)) or _AGENDA.match(line):
            start = i + 1
            break
    blocks: list[tuple[int, list[str]]] = []
    i = start
    agenda_title = start > 0
    while i < len(lines):
        line = lines[i]
        if line and (_AGENDA.match(_key(line)) or _AGENDA.match(line)):  # (again: a site's header had it)
            agenda_title = True
            i += 1
            continue
        if blocks and _CONTENTS.match(line):  # the cover ends where its contents begin
            break
        if not line or is_noise(line) or _STOP.match(line):
            i += 1
            continue
        block = _block(lines, i)
        if not block or (len(block) == 1 and block[0].endswith(":")):  # running text, a field's label
            i += 1
            continue
        if agenda_title and (end := _agenda_item_title_end(lines, i)):
            agenda_title = False
            i = end
            continue
        if agenda_title and not _UN_TITLE_START.match(block[0]):
            # the first block after "Agenda item 3" is that item's own title, up to the
            # first line that begins anew ("... reports of special rapporteurs and
            # representatives" / "Situation of human rights in ..."): never the title
            agenda_title = False
            i += next((k for k in range(1, len(block)) if _opens_in_capital(block[k])
                       and not _runs_on(block[k - 1])), len(block))
            continue
        agenda_title = False
        # the agenda item's own title runs into the document's without a blank line; a
        # special procedure's newer covers put the visit first: "Visit to Türkiye" /
        # "Report of the Special Rapporteur on ...", one title
        # (not the addendum's own title under "Addendum": "Concluding observations on ..." /
        # "Addendum" / "Information received from Turkey on follow-up to ...")
        split = next((k for k in range(1, len(block))
                      if _opens_in_capital(block[k]) and _UN_TITLE_START.match(block[k]) and not _starts_subtitle(block, k)
                      and not (k == 1 and _VISIT_LINE.match(block[0]))
                      and not _ADDENDUM.fullmatch(block[k - 1].strip(" *∗†‡"))),
                     len(block))
        split = _title_end(block[:split])
        blocks.append((i, block[:split]))
        i += max(1, split)
    # "Consideration of reports submitted by States parties under article 19 ..." heads
    # the document's own title ("Concluding observations ...", "Fourth periodic reports
    # ...") as an agenda item's title does: the title only when no other block is one
    preferred = sorted((b for b in blocks if _UN_TITLE_START.match(b[1][0])),
                       key=lambda b: _CONSIDERATION.match(b[1][0]) is not None)
    # in any language, the cover's title carries the footnote mark ("...de Turquía*")
    # that says when and by whom it was adopted
    marked = []
    for n, (i, block) in enumerate(blocks):
        if _FOOTNOTE_MARK.search(block[-1]) and not _UN_TITLE_START.match(block[0]):
            if n and len(block) == 1 and len(_FOOTNOTE_MARK.sub("", block[0]).split()) <= 3:
                # the State alone on its line carries the mark ("Объединенные четвертый−шестой
                # периодические доклады ..." / "Турция *"): the title is the block above and it
                above = blocks[n - 1][1]
                block = above[:-1] + [above[-1] + "*"] + block  # (joined as a subtitle)
                i -= len(block) - 1
            marked.append((i, block))
    for i, block in preferred + marked + blocks:
        if block[0][:1].islower():  # the rest of a wrapped name ("and Other Cruel, ...")
            continue
        # the communication's number alone on the older covers, over the decision or views
        # adopted on it: the title is both ("Communication No. 538/2013: Decision adopted
        # by the Committee at its fifty-fourth session (...)")
        following = next((b for k, b in blocks if k > i), None)
        if len(block) == 1 and _COMMUNICATION_NUMBER.match(block[0]) and following and _ADOPTED_ON_IT.match(following[0]):
            continue
        number = _communication_number(blocks, i)
        # the question a report is on, on its line above a title that names no country
        # ("Question of human rights in Cyprus" / "Report of the Office of the United Nations
        # High Commissioner for Human Rights*"): the title's first part
        question = next((b for k, b in blocks if k + len(b) == i or (k + len(b) == i - 1 and not lines[i - 1])), None)
        if question and len(question) == 1 and not _UN_TITLE_START.match(question[0]) \
                and _names_a_country(question[0]) and not _names_a_country(" ".join(block)) \
                and not _FOOTNOTE_MARK.search(question[0]):
            block = [question[0] + "*", *block]
            i -= 1
        # a subtitle after a blank line: the state under review, "Addendum", "Mission to"
        end = i + len(block)
        rest = [(k, line) for k, line in enumerate(lines[end:end + 3], end) if line]
        if len(block) == 1 and _VISIT_LINE.match(block[0]) and rest and _UN_TITLE_START.match(rest[0][1]) \
                and not _VISIT_LINE.match(rest[0][1]) and not _STOP.match(rest[0][1]):
            # the visit over the report's title, a blank line between ("Visit to Türkiye" / "" /
            # "Report of the Special Rapporteur on ...*"): one title, as without the blank line
            report = _block(lines, rest[0][0])
            block, end = block + report, rest[0][0] + len(report)
            rest = [(k, line) for k, line in enumerate(lines[end:end + 3], end) if line]
        if rest and not _FOOTNOTE_MARK.search(block[-1]) and not is_noise(rest[0][1]) and not _STOP.match(rest[0][1]) \
                and (rest[0][1][:1].islower() or (_runs_on(block[-1]) and block[-1][-1:].isalpha()
                                                  and rest[0][1][:1].isalpha())):
            # a title wrapped over a blank line ("Report of the Secretary-General on the United
            # Nations" / "operation in Cyprus"): its rest begins in small letters
            block, end = block + [rest[0][1]], rest[0][0] + 1
            rest = [(k, line) for k, line in enumerate(lines[end:end + 3], end) if line]
        if rest and not _FOOTNOTE_MARK.search(block[-1]) and _splits_a_name(" ".join(block), rest[0][1]):
            # ... or in the middle of a body's name, as a text extracted with a blank line
            # between all its lines prints it ("... the Working Group on the Universal" /
            # "Periodic Review"; begun on an earlier line of the block: "... United Nations
            # High Commissioner" / "for" / "" / "Human Rights")
            block, end = block + [rest[0][1]], rest[0][0] + 1
            rest = [(k, line) for k, line in enumerate(lines[end:end + 3], end) if line]
        if rest and not _FOOTNOTE_MARK.search(block[-1]) and _ends_the_title(rest[0][1]):
            block, end = block + [rest[0][1]], rest[0][0] + 1
        # (a footnote mark on a line of its own belongs to the title above it)
        after = _written(lines[end:end + 4])
        if after and (_is_country_line(after[0]) or _starts_subtitle(after, 0)):
            block = block + [after[0]]
            if not _FOOTNOTE_MARK.search(block[-2]):
                block[-2] += "*"  # joined as a subtitle
            block += _addendum(_written(lines[end:end + 12]))
        # (a site's title of its copy, the symbol before a dash, "S/2007/328 – Report of the
        # Secretary-General on ...", where the cover printed none: the title after it)
        title = _SYMBOL_BEFORE_DASH.sub("", _join(block))
        # (never a paragraph nor a list's item: a site's copy prints the title above the session
        # and agenda lines, the report's first paragraphs under them, "On 15 January 2019, the
        # Human Rights Council selected ...", "(a) A national report submitted ...")
        if is_plausible(title) and not _SENTENCE.match(block[0]) and not _LIST_ITEM.match(title):
            return f"{_FOOTNOTE_MARK.sub('', number)}: {title}" if number else title
    return None


_SYMBOL_BEFORE_DASH = re.compile(r"^(?=\S*\d)[A-Z][^\s/]*(?:/[^\s/]+){2,}\s+[–—-]\s+(?=[A-Z])")


# a site's stamp under an article's headline, its day with the weekday and the time ("Thursday,
# 04 November 2010 15:23", as a content management system prints it; folded)
_STAMP = re.compile(rf"(?:{WEEKDAYS}),?\s+(?:\d{{1,2}}\.?\s+(?:{_MONTH_NAMES})|(?:{_MONTH_NAMES})\s+\d{{1,2}},?)\s+(?:19|20)\d\d"
                    r"(?:,?\s+\d{1,2}[:.]\d\d(?:\s?[ap]\.?m\.?)?)?")


def headline_over_stamp(pages: list[str]) -> str | None:
    """An article's headline on the line right over its stamp (see _STAMP), where the page
    has no heading before its text begins, a site's tagline over its menu being a sentence
    ("... This is the legacy website of ..." / ... / "KHRP Raises Ongoing Concerns about
    torture for UN Committee Against Torture Review of Turkey" / "Thursday, 04 November 2010
    15:23"): the headline, not the tagline."""
    lines = _lines(pages[0])[:60]
    for k in range(1, len(lines)):
        line = lines[k - 1]
        if _STAMP.fullmatch(_key(lines[k])) and len(line.split()) >= 3 and len(line) <= 200 and not is_noise(line) \
                and not is_prose(line) and is_plausible(line):
            return line
    return None


# a list's item or a numbered paragraph ("(a) A national report ...", "12. The delegation ...")
_LIST_ITEM = re.compile(r"\([a-z]{1,3}\)\s|\d{1,3}\.\s")


# A communication's number alone on its line ("Communication No. 538/2013", "Communications
# Nos. 2028/2011 and 2029/2011", "Comunicación núm. 2980/2029") and what is adopted on it
_COMMUNICATION_NUMBER = re.compile(r"^(?:communications?|comunicaci[oó]n(?:es)?)\s+(?:n[o°º]s?|núm)\.?\s*\d+/\d{4}"
                                   r"(?:(?:,|\s+and|\s+y|\s+et)\s+\d+/\d{4})*(?:\s*[*∗†‡]+\s*,?)*$", re.IGNORECASE)
_ADOPTED_ON_IT = re.compile(r"^(?:decision|views|décision|constatations|dictamen|decisión)\s+(?:adopt|aprobad)",
                            re.IGNORECASE)


def _communication_number(blocks: list[tuple[int, list[str]]], start: int) -> str | None:
    """The communication's number alone in the block before the one at line `start`, when
    that block is the decision or views adopted on it."""
    at = next((n for n, (k, _) in enumerate(blocks) if k == start), None)
    if not at or not _ADOPTED_ON_IT.match(blocks[at][1][0]):
        return None
    before = blocks[at - 1][1]
    return before[0] if len(before) == 1 and _COMMUNICATION_NUMBER.match(before[0]) else None


def _agenda_item_title_end(lines: list[str], start: int) -> int | None:
    """Where the Council's item 2 title (_AGENDA_ITEM_TITLE) starting at `start` ends, past
    its last line, however its lines wrap, blank lines between; None if no such title starts
    there."""
    ahead = [k for k in range(start, min(start + 12, len(lines))) if lines[k]][:6]
    item = _AGENDA_ITEM_TITLE.match(" ".join(lines[k] for k in ahead))
    if item is None:
        return None
    return next(k for n, k in enumerate(ahead, 1) if len(" ".join(lines[j] for j in ahead[:n])) >= item.end()) + 1


# the line under a title that says who adopted it, when ("adopted by the Committee at its
# forty-ninth session", "adoptée par le Comité ...", "aprobada por el Comité ...")
_ADOPTED_BY = re.compile(r"^(?:adopted|adopt[ée]es?|aprobad[ao]s?|adoptad[ao]s?)\s+(?:by|par|por)\s", re.IGNORECASE)


def _title_end(block: list[str]) -> int:
    """Where a UN title ends within a block of lines read without a blank line after it:
    after a line with the title's footnote mark or one ending in the State's name ("List
    of issues ... of Turkey*"; before the line saying who adopted it, in small letters too),
    unless a subtitle follows (the State, "Addendum", "Mission
    to ...") or the line runs on. What follows is the text's first heading ("Specific
    information on the implementation of articles 1-16 ...", "Constitutional and
    legislative framework"), not part of the title."""
    for k in range(1, len(block)):
        previous, line = block[k - 1], block[k]
        ends = _FOOTNOTE_MARK.search(previous) is not None or _ends_with_state(previous)
        if ends and _ADOPTED_BY.match(line):  # (in small letters, no rest of the title)
            return k
        if not ends or line[:1].islower() or line[:1] in "([" or _runs_on(previous.rstrip(" *∗†‡")):
            continue
        if k == 1 and _VISIT_LINE.match(previous):  # "Visit to Türkiye" / "Report of ...": one title
            continue
        if _is_country_line(line) or _starts_subtitle(block, k) or _ADDENDUM.fullmatch(line.strip(" *∗†‡")):
            continue
        return k
    return len(block)


def _ends_with_state(line: str) -> bool:
    """Whether a line ends in a State's name after "of", "on", "in" or "to" ("... periodic
    report of Turkey", "Compilation on Türkiye")."""
    words = line.strip(" *∗†‡.").split()
    return any(len(words) > n and words[-n - 1].lower() in ("of", "on", "in", "to")
               and _is_country_line(" ".join(words[-n:])) for n in range(1, min(5, len(words))))


def _written(lines: list[str]) -> list[str]:
    """The lines with something on them besides footnote marks."""
    return [line for line in lines if line and line.strip("*∗†‡ ")]


_ADDENDUM = re.compile(r"(?:addendum|corrigendum|additif|rectificatif|adición|добавление)\W*", re.IGNORECASE)


def _addendum(after: list[str]) -> list[str]:
    """An addendum's own title under the report's ("Turkey" / "Addendum" / "Views on
    conclusions and/or recommendations ... presented by the State under review";
    "Addendum" / "Mission to Turkey"): "Addendum" and the line after it, after the
    subtitle `after[0]` already taken."""
    k = 0 if _ADDENDUM.fullmatch(after[0].strip()) else 1
    if len(after) > k + 1 and _ADDENDUM.fullmatch(after[k].strip()) and not is_prose(after[k + 1]):
        out = after[1:k + 2]
        # (wrapped over lines: "Report on the visit to Turkey by two members of the Working
        # Group on" / "Enforced or Involuntary Disappearances" / "(20-26 September 1998)";
        # or "... of the Working Group" / "on Enforced ...": a line going on in small letters)
        more = after[k + 2:k + 6]
        for n, line in enumerate(more[:3]):
            # (or a line the next one goes on from in small letters: "... of the Working" /
            # "Group" / "on Enforced ...")
            if not (_runs_on(out[-1]) or line[:1].islower() or _PERIOD_LINE.fullmatch(line.strip())
                    or _capitals_go_on(out[-1], line)
                    or (n + 1 < len(more) and _wrapped_rest(more[n + 1]))) or is_prose(line):
                break
            out.append(line)
        return out
    return []


_PERIOD_LINE = re.compile(r"\([^()]{0,40}(?:19|20)\d\d[^()]{0,10}\)\W*")


def _ends_the_title(line: str) -> bool:
    """The rest of a title wrapped over two blocks (a blank line within it, as pdfminer
    reads some covers: "Report of the Working Group on the Universal" / "Periodic
    Review*"): a few words ending in the footnote mark the title carries, not a country,
    a subtitle or another title."""
    return (_FOOTNOTE_MARK.search(line) is not None and len(line.split()) <= 4 and not _is_country_line(line)
            and not _SUBTITLE_START.match(line) and not _UN_TITLE_START.match(line) and not is_noise(line))


# A copyright or translation notice before the heading ("© T.C. Adalet Bakanlığı, 2014.
# Bu gayriresmi çeviri ...", "© Ministero della Giustizia ... Permission to re-publish
# this translation ..."): never a title, nor are its wrapped lines.
_NOTICE = re.compile(r"^(?:©|\(c\)\s|copyright\b|permission to re-?publish)", re.IGNORECASE)


# A line that names the kind of document ("REPORT", "OPINION ON THE ..."): on a cover,
# the title starts there, after the author's or institution's name.
_KIND_LINE = re.compile(r"^(?:report|opinion|rapport|avis|rapor|memorandum|mémorandum)\b(?!\s*(?:by|of the|prepared))"
                        r"|^recommendation\s+[A-Z]{2,3}/Rec\s*\(", re.IGNORECASE)


# ... or the kind and its author on one line, in capitals ("REPORT BY DUNJA MIJATOVIĆ" /
# "COMMISSIONER FOR HUMAN RIGHTS ..." / "FOLLOWING HER VISIT TO TURKEY"; "RAPPORT DE DUNJA
# MIJATOVIĆ" / ... / "SUITE À SA VISITE EN TURQUIE")
_KIND_BY = re.compile(r"^(?:report|rapport|rapor)\s+(?:by|de|du|of)\s", re.IGNORECASE)


# words that say what kind of report a report is, on the line above "REPORT"
_KIND_WORDS = frozenset("annual interim final preliminary joint shadow alternative special country thematic monitoring "
                        "fact-finding mission progress activity activities general evaluation baseline periodic national "
                        "follow-up research legal policy situation".split())


# a report's kind alone, its subject under it in capitals ("2nd implementation report" /
# "PROTECTION OF CHILDREN AGAINST SEXUAL ABUSE IN THE CIRCLE OF TRUST" / "THE STRATEGIES")
_BARE_KIND = re.compile(r"^(?:(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth)\s+)?"
                        r"(?:(?:" + "|".join(sorted(_KIND_WORDS)) + r"|implementation|assessment)\s+){0,3}"
                        r"(?:report|rapport|rapor|raporu)$", re.IGNORECASE)


def _is_holders_name(line: str) -> bool:
    """A person's name in capitals alone on its line: two or three words of letters."""
    words = line.split()
    return 2 <= len(words) <= 3 and all(w.replace("-", "").replace("'", "").isalpha() and w.isupper() for w in words) \
        and not _KIND_WORDS.intersection(_key(line).split()) and not _is_country_line(line)


_BY = re.compile(r"^(?:by|par)\s+\S")  # (and in French: "RAPPORT" / "par Ayşe Örnek" / ...)
# an office one person holds, named over its holder's name (folded)
_OFFICE = re.compile(r"\b(?:commissioner|high commissioner|special rapporteur|secretary general|ombudsman|president)\b"
                     r"|\bof the council of europe$")
_FOLLOWING = re.compile(r"^(?:following|on|after|suite à|à la suite de|après)\s+(?:his|her|the|its|sa|son|la|leur)\b",
                        re.IGNORECASE)


def _by_author(lines: list[str], start: int) -> str:
    """The author and occasion under a report's kind alone ("REPORT" / "by Nils Muižnieks" /
    "Commissioner for Human Rights of the Council of Europe" / "Following his visit to
    Turkey" / "from 1 to 5 July 2013"), joined with commas; "" when no "by" line follows."""
    at = next((k for k in range(start, min(start + 3, len(lines))) if lines[k]), None)
    if at is None or not _BY.match(lines[at]):
        return ""
    parts = _block(lines, at) or [lines[at]]
    end = at + len(parts)
    nxt = next((k for k in range(end, min(end + 3, len(lines))) if lines[k]), None)
    if nxt is not None and _FOLLOWING.match(lines[nxt]):
        parts = parts + [_join(_block(lines, nxt) or [lines[nxt]])]
    out = _join(parts[:1])
    for previous, part in zip(parts, parts[1:]):  # (a line wrapped where it was full goes on with a space)
        # (or in the middle of a body's name: "... Commissioner for Human" / "Rights of the Council of Europe")
        out += (" " if _runs_on(previous) or _wrapped_rest(part) or _splits_a_name(previous, part) else ", ") + part
    return out


def _subject_in_capitals(lines: list[str], start: int) -> str:
    """The blocks in capitals under a line (at most three, each a block of short lines,
    joined with colons), up to the first line that is not in capitals."""
    blocks: list[list[str]] = [[]]
    for line in lines[start:start + 12]:
        if not line:
            if blocks[-1]:
                blocks.append([])
            continue
        if sum(c.isalpha() for c in line) < 2 or not line.isupper() or len(line) > 120 or is_noise(line):
            break
        blocks[-1].append(line)
    return ": ".join(_join(b) for b in blocks[:3] if b)


def _capitals_after(lines: list[str], start: int) -> list[str]:
    """A cover's title set in capitals over blocks, after a word or a country standing
    alone ("REPORT" / "BY DUNJA MIJATOVIĆ" / "COMMISSIONER FOR HUMAN RIGHTS" / "OF THE
    COUNCIL OF EUROPE" / "FOLLOWING HER VISIT TO TURKEY"; "TURKEY" / "OPINION ON THE
    AMENDMENTS TO THE CONSTITUTION"): the lines in capitals that follow, across blank
    lines and institutions' names, up to a line that is not in capitals ("Strasbourg, 19
    February 2020") or a reference ("CDL-AD(2017)005")."""
    out: list[str] = []
    blanks = 0
    for line in lines[start:]:
        if not line:
            blanks += 1
            if blanks > 2:
                break
            continue
        blanks = 0
        if sum(c.isalpha() for c in line) < 2 or not line.isupper() or len(line) > CAPITALS_PARAGRAPH \
                or (_REFERENCE.fullmatch(line) and not (_NUMBERS_OF.match(line) or _DATED.search(_key(line)))) \
                or (_STOP.match(line) and not is_noise(line)):
            break
        out.append(line)
        if len(out) >= 2 * MAX_LINES or sum(map(len, out)) > MAX_TITLE:
            break
    return out


# a document page's title bar, its identifier and its title: "CM/Notes/761/4.4 / Turkey
# and the European Court of Human Rights"
_IDENTIFIER_AND_TITLE = re.compile(r"^(?P<identifier>\S{6,40}) / (?P<title>\S.{6,})$")


_MEMBERS = re.compile(r"^(?:(?:der|des) (?:Abgeordneten|Fraktion)|und (?:der|die) Fraktion)\b")
_MORE = re.compile(r"^(?:learn more|read more|find out more|more|daha fazla(?: bilgi)?|devamını oku|en savoir plus)\W*$",
                   re.IGNORECASE)


_DATED_RELEASE_LINE = re.compile(_DATED_RELEASE)
_WEATHER = re.compile(r"^-?\d{1,2}(?:[.,]\d)?\s*°?\s*[CF]$")  # a temperature ("6.6 C", "-3 °C", "12°C")
# a think tank's series and number run into the title's line ("Turkey and the PKK: Saving the
# Peace Process Europe Report N°234 | 6 November 2014")
_SERIES_TAIL = re.compile(r"\s+(?:Crisis Group\s+)?(?:(?:Middle East|Latin America|North Africa|Central Asia|[A-Z][\w&-]*)\s+)?"
                          r"(?:Report|Briefing|Paper|Brief)\s+N[°ºo]\.?\s?\d+"
                          r"(?:\s*[|/,]?\s*(?:[^\W\d_]+,\s*)?\d{1,2}\s+[^\W\d_]+\.?\s+(?:19|20)\d\d)?\s*$")

# a note's version and its month run into the title's line, as a document site prints its cover
# ("Country Policy and Information Note Turkey: Kurds Version 3.0 February 2020"), and a site's
# name after them ("... Version 2.0 September 2018 - Refworld")
_VERSION_TAIL = re.compile(rf"\s+(?:[-–|,]\s+)?version\s+\d{{1,2}}(?:\.\d{{1,2}}){{0,2}},?"
                           rf"(?:\s+(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\s+(?:19|20)\d\d)?(?:\s+[-–|]\s+\S+(?:\s\S+){{0,2}})?\s*$",
                           re.IGNORECASE)

# a list's dash before a heading ("- 4 cases against Turkey")
_LIST_DASH = re.compile(r"[-–] \w")
# a news page's time stamp run into its headline ("... on Loizidou vs Turkey case2003-11-13 10:10:27")
# the date of a page's last update after its title's line ("... Last updated: 10/07/24")
_UPDATED_TAIL = re.compile(r"\s+(?:" + _UPDATE_LABEL_PATTERN + r").*$", re.IGNORECASE)
# (and the story after it, a line a page ran together: "DMME’yê ... neheq kir 2019-06-27 12:44:56
# MÊRDÎN – DMME’yê ...")
_TIMESTAMP_TAIL = re.compile(r"\s*(?:19|20)\d\d-\d\d-\d\d,?\s+\d{1,2}:\d\d(?::\d\d)?(?:\s.*)?$", re.DOTALL)
# a site's section after a dash or a bar ("Last minute: EU statement “...” – News", "... - Haberler")
_SECTION_TAIL = re.compile(r"\s+[-–|]\s+(?i:news|haberler|haber|blog|actualités|nachrichten|noticias|notizie|новости"
                           r"|ειδήσεις|أخبار)\s*$")

# a page's title, the site's name after a dash or a bar ("TBMM Cezaevleri Raporunu
# Değerlendirdi - Son Dakika")
_SITE_AFTER = re.compile(r"\s+[-–|]\s+(?:\S+\s+){0,3}\S+$")


def _without_sites_name(title: str, lines: list[str]) -> str | None:
    """A page title's headline without the site's name after a dash or a bar, when the page
    prints the headline alone on a line of its own under it."""
    m = _SITE_AFTER.search(title)
    headline = title[:m.start()] if m else ""
    return headline if len(headline.split()) >= 3 and headline in lines and is_plausible(headline) else None


# a site's breadcrumb, its first link its home page's ("Home » Esteri", "Ana Sayfa > Gündem"), folded
_BREADCRUMB = re.compile(r"(?:[\w.-]+ )?(?:home|ana ?sayfa|accueil|page d'accueil|startseite|inicio)\s*[/>›»|]\s*\S")


def breadcrumbs_last_part(pages: list[str]) -> str | None:
    """The last part of a site's breadcrumb opening the page, where it names the page's text
    in words ("Home > 1. The principles of Europe's electoral heritage > TÜRKIYE - Opinion on the
    Amendments to the Constitution ...", six words at least): a page with no heading of its own
    (a thesaurus's paragraph under "Paragraph 28") is titled by it, not by its first paragraph."""
    lines = [line.strip() for line in (pages[0] if pages else "").split("\n")[:8] if line.strip()][:3]
    for line in lines:
        if not _BREADCRUMB.match(_key(line)):
            continue
        last = re.split(r"\s[>›»/]\s", line)[-1].strip()
        if last != line and 6 <= len(last.split()) and len(last) <= MAX_TITLE and is_plausible(last):
            return last
    return None


def _under_a_breadcrumb(title: str, lines: list[str]) -> str | None:
    """The headline right under a site's breadcrumb ("Home » Esteri" / "La Cedu condanna la
    Turchia ..."), where the title was read above it, from the site's bar and banners ("Icona
    app" / "Leggi TPI direttamente dalla nostra app ..." / "Installa"), printed once."""
    crumb = next((k for k, line in enumerate(lines) if line and _BREADCRUMB.match(_key(line))), None)
    start = next((k for k, line in enumerate(lines) if line and title.startswith(line)), None)
    if crumb is None or start is None or start > crumb or lines[start] in lines[crumb + 1:]:
        return None
    after = [k for k, line in enumerate(lines[crumb + 1:], start=crumb + 1) if line][:3]
    under = _first_heading(["\n".join(lines[crumb + 1:])])
    return under if (under and len(under.split()) >= 4 and after and under.startswith(lines[after[0]])
                     and not _key(under).startswith(_key(title)) and is_plausible(under)) else None


def _printed_twice_under_a_label(title: str, lines: list[str]) -> str | None:
    """The headline a news page prints twice (over its byline and under it) below a first
    heading of three words at most, the site's section ("Human Rights" over "Human Rights
    Under Siege: ... World Report 2024", twice; "THE OBJECTIVE" / "España" over "El Tribunal
    Europeo de Derechos Humanos condena a Turquía ...", twice)."""
    # (the heading may be joined from its lines: a site's name and section, "THE OBJECTIVE" /
    # "España", titled "THE OBJECTIVE: España")
    at = next((k for k, line in enumerate(lines) if line and (line == title or title.startswith(f"{line}: "))), None)
    if len(title.split()) > 3 or at is None:
        return None
    # (the two alike but for their quotation marks: "Watch’s" / "Watch's")
    keys = Counter(_key(line) for line in lines if len(line.split()) >= 4)
    return next((line for line in lines[at + 1:] if len(line.split()) >= 4 and keys[_key(line)] == 2
                 and not line.endswith(".") and not is_prose(line) and not is_noise(line) and is_plausible(line)), None)


def _under_a_country_section(title: str, lines: list[str]) -> str | None:
    """The headline under a site's section that is a country's name alone (a news site's
    "Турция" over "Резан Сарыджа: доклад ООН ...", or after a section's label, "Dernières Infos
    - Turquie"): a sentence-like heading of four words or
    more, not in capitals (a report's "TÜRKİYE" over its "GENEL DEĞERLENDİRME" keeps its
    country), nor another name of the country ("TURKEY" / "Republic of Turkey"), and over
    the story's first paragraph (a country's page of facts, "Турция" / "ВСТУПЛЕНИЕ В СИЛУ
    Европейской конвенции ..." / "18 мая 1954 г.", keeps its country). The section may have
    been joined to the site's name over it, three words at most ("Cyprus Mail" / "Cyprus",
    titled "Cyprus Mail: Cyprus"); the story's byline may stand between the headline and its
    first paragraph, and a photograph's caption under it ("By Source: Cyprus News Agency" /
    "UN Secretary-General Antonio Guterres")."""
    site, colon, section = title.rpartition(": ")
    if colon and (len(site.split()) > 3 or site not in lines):
        return None
    # (or a site's section label before it: "Dernières Infos - Turquie", "Latest news | Turkey")
    label, bar, country = section.rpartition(" - " if " - " in section else " | ")
    labelled = bool(bar) and is_noise(label) and _is_country_line(country)
    if section not in lines or not (labelled or _is_country_line(section)):
        return None
    at = lines.index(section)
    if colon and lines[:at] and lines[:at][-1] != site:
        return None
    under = _first_heading(["\n".join(lines[at + 1:])])
    if not under or len(under.split()) < 4 or _in_capitals(under) or _is_country_line(under) or not is_plausible(under):
        return None
    after = [line for line in lines[at + 1:] if line][:6]
    k = 0
    while k < len(after) and after[k] in under:
        k += 1
    if 0 < k < len(after) - 1 and _BY.match(after[k].casefold()):
        k += 2 if k + 2 < len(after) and len(after[k + 1].split()) <= 6 and not is_prose(after[k + 1]) else 1
    return under if 0 < k < len(after) and is_prose(after[k]) else None


def _printed_thrice(lines: list[str], title: str) -> str | None:
    """A heading printed three times at the head of a page whose first heading is printed
    once (a catalogue's record: the site's name, then the document's title as the page's
    title, the record's and the document's own)."""
    counts = Counter(line for line in lines if len(line.split()) >= 3)
    return next((line for line, n in counts.most_common(1) if n >= 3 and line != title and lines.count(title) == 1
                 and not line.endswith(".") and not is_prose(line) and not is_noise(line) and is_plausible(line)), None)


# a breadcrumb's first link run into the next, a capital after it with no space between ("Ana
# SayfaHABERLER...", "HomeNews...")
_HOME_GLUED = re.compile(r"^(?i:ana ?sayfa|home|accueil|startseite|inicio)(?=[^\W\d_])(?=[^\W\d_a-zçğıöşü])")


def _run_into(title: str, lines: list[str]) -> str | None:
    """The headline a page prints alone twice under a first line that ends with it: the
    site's breadcrumb run into it ("Home sigmalive.com (Κύπρος) Έκθεση ...: Στη φυλακή ...";
    not a title's part before a colon or a dash, "Turkey: ..." over "...", nor a title joined
    from its lines, "REPORT" / "on the ...")."""
    if title not in lines:
        return None
    # (once is enough under a breadcrumb its reader ran together: "Ana SayfaHABERLERAf Örgütü'nden
    # Türkiye'ye kınama" over "Af Örgütü’nden Türkiye’ye kınama")
    crumbs = _HOME_GLUED.match(title) is not None
    if crumbs and title.endswith(("...", "…")):
        # (the headline cut under a breadcrumb run into it, printed whole further down:
        # "AccueilJournalismeTURQUIE. Tollé après ... pour un reportage..." over "TURQUIE. Tollé
        # après ... pour un reportage sur les inondations")
        core = _key(title.rstrip(".… "))
        for line in lines:
            key = _key(line)
            at = core.find(key[:30]) if len(line.split()) >= 3 and line != title and len(key) >= 30 else -1
            if at > 0 and key.startswith(core[at:]) and is_plausible(line):
                return line
    # (or once, right under it, after a site's section of two words at most: "Middle East Turkey
    # court sentences ..." over "Turkey court sentences ...")
    at = lines.index(title)
    below = next((line for line in lines[at + 1:] if line), "")
    if len(below.split()) >= 4 and title.endswith(f" {below}") and len(title[:-len(below)].split()) <= 2 \
            and not title[:-len(below)].rstrip().endswith((":", "-", "–", "|")) and is_plausible(below):
        return below
    return next((line for line in lines if len(line.split()) >= 3 and line != title
                 and (title.endswith(f" {line}") or (crumbs and _key(title).endswith(_key(line))))
                 and (lines.count(line) >= 2 or crumbs) and not title[:-len(line)].rstrip().endswith((":", "-", "–", "|"))
                 and is_plausible(line)), None)


def _reprinted_first_line(title: str, lines: list[str]) -> str | None:
    """The headline a page prints again alone further down, which a heading block joined
    with the lines under its first print (a photograph's caption and credit, the site's
    section: "Prigione di Imrali ...: doppia condanna della Ue ad Ankara" / "Giornalisti
    arrestati in Turchia – LaPresse" / "Europa", then the headline again): four words at
    least, no sentence."""
    first = next((line for line in lines if line), "")
    if first == title or not title.startswith(f"{first} ") or len(first.split()) < 4 or lines.count(first) < 2:
        return None
    return first if not is_prose(first) and not is_noise(first) and is_plausible(first) else None


def _reprinted_without_its_section(title: str, lines: list[str]) -> str | None:
    """The headline a page prints again alone, further down, without the section its first
    print ran into: a label in capitals before a colon, on the headline's own line
    ("TÜRKİYE-AB GÜNDEMİ: 2023 Türkiye Raporu: ..." / "2023 Türkiye Raporu: ...", four words at
    least; not a heading in capitals over a subtitle on a line of its own), or the site's
    section glued to it, no space between ("ŚwiatTurcja łamie prawa człowieka" / "Turcja łamie
    prawa człowieka", three words at least)."""
    for line in lines:
        if not line or line == title or not title.endswith(line):
            continue
        prefix, words = title[:-len(line)], len(line.split())
        glued = prefix[-1:].isalpha() and line[:1].isupper() and words >= 3
        label = prefix[:-2] if prefix.endswith(": ") else ""
        labelled = bool(label) and _in_capitals(label) and len(label.split()) <= 5 and words >= 4 \
            and title in lines and not is_prose(line)
        if glued or labelled:
            return line if is_plausible(line) else None
    return None


# the words no title ends with (_CONTINUED's words, not its marks)
_DANGLING_WORDS = tuple(word for word in _CONTINUED if word.startswith(" "))


def _whole_of_cut(title: str, lines: list[str]) -> str | None:
    """The heading a page title a site cut off is the start of (cut after a word no title ends
    with, _CONTINUED's, or at dots: "Concluding observations - Office of the High Commissioner
    on", "Report of the Special Rapporteur on the promotion and ..."): the first heading of the
    page that begins with the title's words before the site's name ("Concluding observations
    on the initial report of Turkey")."""
    cut = title.rstrip().casefold()
    dangling = cut.endswith(("...", "…", *_DANGLING_WORDS))
    head = title.split(" - ")[0].rstrip(" .…") if dangling else title
    if len(head.split()) < (2 if dangling else 6):
        return None
    at = next((k for k, line in enumerate(lines) if line != title and len(line) > len(head)
               and re.match(re.escape(head) + r"\b", line, re.IGNORECASE)), None)
    if at is None:
        return None
    # (a title the site cut at a length, six words at least, is the start of a line that goes on:
    # the cover's whole title, set out as its line, "... (CPT) from 10 to 23 May 2017")
    if dangling:
        whole = _first_heading(["\n".join(lines[at:])])
    else:
        whole = lines[at]
        # (not the headline printed again with the sharing buttons run into it, "... Facebook
        # Twitter", nor with the site's name after a bar or a dash, "... | Human Rights Watch")
        rest = whole[len(head):]
        if len(whole) > MAX_TITLE or is_prose(whole) or len(whole.split()) < len(head.split()) + 2 \
                or is_noise(rest) or re.match(r"\s*[|–—-]\s", rest):
            return None
    return whole if whole and _key(whole).startswith(_key(head)) and is_plausible(whole) else None


# the EEAS's dateline under a statement's headline ("Brussels, 04/07/2020 - 09:12, UNIQUE
# ID: 200704_1")
_EEAS_DATELINE = re.compile(r"^[^\W\d_][^\d,]{1,40},\s*\d{1,2}/\d{1,2}/(?:19|20)\d\d\s*-\s*\d{1,2}:\d\d,\s*unique id\s*:",
                            re.IGNORECASE)


def _over_eeas_dateline(lines: list[str]) -> str | None:
    """The headline over the EEAS's dateline: the lines just above it, not the name of the
    site that printed the statement over them (a delegation's, a mission's: "European Union
    Training Mission" / "in Central African Republic")."""
    at = next((k for k, line in enumerate(lines) if _EEAS_DATELINE.match(line)), None)
    if not at:
        return None
    end = at
    while end and not lines[end - 1]:
        end -= 1
    start = end
    while start and lines[start - 1]:
        start -= 1
    headline = " ".join(lines[start:end])
    return headline if headline and is_plausible(headline) else None


def _meeting_over(title: str, lines: list[str]) -> str | None:
    """The meeting line over a title that is the decisions it adopted or a section of its
    agenda, a rule, blank lines or the list of the file's parts between ("1084th meeting, 5
    May 2010" / "Decisions adopted"; "1059th meeting (DH), ..." / "- Annotated agenda" / "-
    Decisions" / "Section 4.1": every meeting's are headed so, the meeting tells them apart)."""
    if not _MEETINGS_PART.fullmatch(title) or title not in lines:
        return None
    at = lines.index(title)
    above = [line for line in lines[max(0, at - 8):at] if line and not re.fullmatch(r"[_—–-]{3,}", line)
             and not line.startswith(("- ", "– "))]
    return above[-1] if above and _MEETING_LINE.match(above[-1]) else None


# the European Parliament's document pages, in any of its languages: the procedure's side bar
# ("Edellinen" / "Seuraava" / "Koko teksti" / "Menettely : 2019/2176(INI)" / "Elinkaari
# istunnossa" / ...) ends on the text's downloads ("PDF 211kWORD 75k"), over the sitting's
# day and place ("Keskiviikko 19. toukokuuta 2021 - Bryssel") and the text's title (folded)
# (a verbatim report's item under the sitting, its number before it: "8.28. 2013 progress report
# on Turkey (B7-0241/2014) (vote)")
_EP_DOWNLOADS = re.compile(_EP_DOWNLOADS_PATTERN)
_EP_REFERENCE = re.compile(_EP_REFERENCE_PATTERN)
_EP_SITTING = re.compile(r".{0,40}\b(?:19|20)\d\d\.?,? - [^\W\d_]+(?: [^\W\d_]+){0,2}")
_EP_ITEM_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.\s+(?=\S)")


def heading_title(pages: list[str]) -> str | None:
    """The first heading block of page 1 after the page furniture; on a site's page whose
    text's kind and date head its title ("Press release - 30 November 2006"), what stands
    before that line is the site's (a logo's word, its menu: "LB New" / "About GRECO")."""
    lines = _lines(pages[0])[:60]  # (read once for the checks below)
    if any(_EP_REFERENCE.fullmatch(_key(line)) for line in lines[:40]):  # (the European Parliament's side bar)
        sitting = next((k for k, line in enumerate(lines[:45]) if _EP_SITTING.fullmatch(_key(line))), None)
        below = "\n".join(lines[sitting + 1:]).strip() if sitting is not None else ""
        if below and (under := _first_heading([_EP_ITEM_NUMBER.sub("", below)])):
            return under
        # (a motion's kind in capitals over the downloads, its date and numbers under them: "PREDLOG
        # RESOLUCIJE" / "PDF 385kWORD 148k" / "5.4.2016" / "PE579.859v01-00")
        downloads = next((k for k, line in enumerate(lines[:40]) if _EP_DOWNLOADS.fullmatch(_key(line))), 0)
        kind = lines[downloads - 1] if downloads else ""
        if kind.isupper() and is_plausible(kind):
            return kind
    title = _first_heading(pages)
    if not title:
        return title
    if len(title.split()) <= 3:  # (only a short line is looked at again)
        release = next((k for k, line in enumerate(lines[:40]) if _DATED_RELEASE_LINE.fullmatch(_key(line))), None)
        if release is not None and title in lines[:release]:
            under = _first_heading(["\n".join(lines[release + 1:])])
            if under:
                return under
    if (over := _over_eeas_dateline(lines[:40])) is not None:
        return over
    if (meeting := _meeting_over(title, lines[:40])) is not None and is_plausible(f"{meeting}: {title}"):
        return f"{meeting}: {title}"
    if (m := _SERIES_TAIL.search(title) or _TIMESTAMP_TAIL.search(title) or _SECTION_TAIL.search(title)
            or _VERSION_TAIL.search(title)) \
            and is_plausible(title[:m.start()]):
        return title[:m.start()]
    # (a rapporteur's field a reader ran into the title's line: "... visit to Turkey (30 April – 4
    # May 2015) Rapporteur: Ms Josette Durrieu, France, Socialist Group")
    if (m := re.search(r"\s+(?:Co-?)?[Rr]apporteurs?\s*:\s", title)) and is_plausible(title[:m.start()]):
        return title[:m.start()]
    if headline := _without_sites_name(title, lines[:40]):
        return headline
    if under := _under_a_country_section(title, lines[:40]):
        return under
    # (a site's country section before a bar on the headline's line: "TURQUÍA | El Tribunal
    # Europeo de Derechos Humanos condena a Turquía ...")
    if (barred := re.fullmatch(r"([^|]{2,40}?)\s+\|\s+([^|]+)", title)) and _is_country_line(barred.group(1)) \
            and len(barred.group(2).split()) >= 4 and is_plausible(barred.group(2)):
        return barred.group(2)
    if thrice := _printed_thrice(lines[:40], title):
        return thrice
    if twice := _printed_twice_under_a_label(title, lines[:40]):
        return twice
    if crumbs := _under_a_breadcrumb(title, lines[:40]):
        return crumbs
    if under := _run_into(title, lines[:40]):
        return under
    if first := _reprinted_first_line(title, lines[:40]):
        return first
    if again := _reprinted_without_its_section(title, lines[:40]):
        return again
    if whole := _whole_of_cut(title, lines[:40]):
        return whole
    # (a headline a page prints twice, one line under the other, joined into one: "Amnesty
    # International prangert Folter ... an Amnesty International prangert Folter ... an")
    if (doubled := re.fullmatch(r"(.{12,}?):? \1", title)) and is_plausible(doubled.group(1)):
        return doubled.group(1)
    # (a list's dash before a heading: the Deputies' group of cases, "- 4 cases against Turkey")
    return title[2:] if _LIST_DASH.match(title) else title


# a verb a news headline goes on with after the body it tells of, in English, French and
# Spanish ("... WOMEN" / "EXAMINES REPORT OF TURKEY"); not one that is also a noun a title
# may begin with ("Issues", "Visits", "Reviews", "Releases")
REPORTING_VERB = re.compile(
    r"^(?:examines|considers|concludes|opens|closes|hears|adopts|discusses|begins|urges|welcomes|receives|elects"
    r"|launches|publishes|expresses|condemns|deplores|completes|commends|carries out|conducts|visits|calls|pays"
    r"|examine|entend|conclut|ouvre|clôt|adopte|effectue|mène|visite|appelle"
    r"|achève|publie|examina|concluye|abre|cierra|adopta|publica|escucha)\s+\S", re.IGNORECASE)


def _first_heading(pages: list[str]) -> str | None:
    lines = _lines(pages[0])[:60]
    in_notice = False
    holder_next = False
    skip = 0
    for i, line in enumerate(lines):
        bar = _IDENTIFIER_AND_TITLE.match(line) if i < 3 else None
        if bar and classify(bar.group("identifier"))[0] != "symbol" and is_plausible(bar.group("title")):
            return bar.group("title")
        # a saved page's title bar, the site's name after a bar, over the page's own heading
        # ("Turkey | Human Rights Watch" / "World Report 2023" / "Turkey" / "Events of 2022")
        # (or a site's section and the country it is on after the bar: "Derechos Humanos y Defensa de
        # la defensa | TURQUIA" over "Abusive Mass Detentions against Lawyers Must Cease")
        site = _SITE_BAR.match(line) if i < 3 else None
        if site and (_is_organisation(site.group("site")) or _is_institution(site.group("site"))
                     or _is_country_line(site.group("site"))) \
                and _heading_follows(lines, i + 1):
            continue
        in_notice = bool(line) and (in_notice or _NOTICE.match(line) is not None)
        if skip:
            skip -= 1
            continue
        if line and UN_RESOLUTION_LINE.match(_key(line)):
            # a resolution's text from its adoption line or its preamble on ("The Security
            # Council," / "Having considered ...", no title), its number over it if any
            numbered = next((m for m in map(_UN_RESOLUTION.match, reversed(_written(lines[max(0, i - 3):i]))) if m), None)
            adoption = _adoption_line(lines[i:i + 3])
            if numbered and adoption:
                return f"Resolution {numbered.group(1)} ({numbered.group(2)}) adopted{adoption[len('adopted'):]}"
            return adoption
        if _WEATHER.match(line) and i + 1 < len(lines) and 0 < len(lines[i + 1].split()) <= 4:
            skip = 1  # a site's weather box: the temperature and the place ("6.6 C" / "Frankfurt am Main")
            continue
        if holder_next and line and _is_holders_name(line):
            holder_next = False
            continue  # the office holder's name under the body's ("... OF THE COUNCIL OF EUROPE" / "DUNJA MIJATOVIĆ")
        holder_next = holder_next and not line
        # (a list's item begins no title: "• European Council" / "• Brussels" by a page's text;
        # a body's name is a headline's subject when a verb begins the next line: "COMMITTEE ON
        # THE RIGHTS OF PERSONS WITH DISABILITIES" / "CONSIDERS THE REPORT OF TURKEY")
        headline = i + 1 < len(lines) and REPORTING_VERB.match(lines[i + 1]) is not None and _is_institution(line)
        # (a numbered text's kind and number, a line of their own, begin its title when what it
        # is on follows: "Recommendation CP/Rec(2024)11" / "" / "on the implementation of ...")
        numbered_kind = _NUMBERED_KIND.fullmatch(line) is not None and _goes_on(next((x for x in lines[i + 1:i + 3] if x), ""))
        # (an applicant known by initials, over the application's number, heads a court's
        # judgment, as a name does: "D.Ö." / "(Application no. 2014/1291)" is "D.Ö. Application",
        # as the Constitutional Court heads its judgments, "TANSEL ÇÖLAŞAN APPLICATION", "D.Ö.
        # BAŞVURUSU"; the initials alone are too short a title)
        if _INITIALS.fullmatch(line) and (number := _APPLICATION_UNDER.match(next((x for x in lines[i + 1:i + 3] if x), ""))):
            return f"{line.strip()} {'Başvurusu' if number.group(1) else 'Application'}"
        if not (headline or numbered_kind) and (not line or in_notice or is_noise(line) or _STOP.match(line) or _is_section(line)
                            or line[:1] in "•▪►"):
            holder_next = holder_next or (bool(line) and _OFFICE.search(_key(line)) is not None)
            continue
        if i and lines[i - 1] and _wrapped_rest(line):
            continue  # the rest of a line passed over, wrapped ("... | EU Delegation" / "to Turkey")
        if _EU_KIND.match(line) and _ACCOMPANYING.search(line) and _eu_title(line) != line:
            return _eu_title(line)  # EUR-Lex's one line
        if len(line) > 200 or is_prose(line):  # the text has begun: the page has no heading
            return None
        # a name set over a few short lines ("HUMAN / RIGHTS / WATCH")
        skip = next((k - 1 for k in (4, 3, 2) if all(0 < len(x) <= 20 for x in lines[i:i + k])
                     and len(lines[i:i + k]) == k and is_noise(" ".join(lines[i:i + k]))), 0)
        if skip:
            continue
        block = _treaty_body_title(_block(lines, i))
        if len(block) == 1 and _ROUND.fullmatch(block[0].strip()):
            continue
        # a title going on over a blank line after a word that cannot end it, as an extractor
        # that puts a blank line between a large heading's lines gives it ("Report of the
        # Special Rapporteur on the" / "" / "independence of judges ..."); `gap` counts the
        # blank lines crossed (from a line ending in a letter, not in a comma, a colon, a hyphen
        # or a full stop, and not into a bracket: "ECRI REPORT ON" / "" / "(fifth monitoring cycle)"),
        # or over to what a numbered text is on ("Recommendation CP/Rec(2024)11" / "" / "on the
        # implementation of ...")
        gap = 0

        def below() -> int:
            """The index of the line under the block as read: its lines and the blank lines
            crossed (the block grows or shrinks as it is read)."""
            return i + len(block) + gap

        def next_after_blank() -> str:
            return lines[below() + 1] if below() + 1 < len(lines) else ""

        while len(block) < MAX_LINES and ((re.search(r"[^\W\d_]$", block[-1]) and _runs_on(block[-1]))
                                          or (re.search(r"[^\W_)]$", block[-1]) and _goes_on(next_after_blank()))):
            at = below()
            if at + 1 >= len(lines) or lines[at] or not lines[at + 1] or lines[at + 1][:1] in "([" \
                    or is_noise(lines[at + 1]) or _STOP.match(lines[at + 1]) or is_prose(lines[at + 1]) \
                    or _ROUND.fullmatch(lines[at + 1].strip()):
                break
            block, gap = block + _block(lines, at + 1), gap + 1
        menu = next((k for k, x in enumerate(block + [""]) if not (_MENU_ITEM.match(x) and not x.isupper())), 0)
        if menu >= 4:
            skip = menu - 1  # a site's menu, a word or two a line ("News" / "Reports" / "Visits" / "Letters")
            continue
        items = _bulleted_menu(lines, below())
        if len(block) == 1 and len(block[0].split()) <= 3 and items:
            skip = items - i - 1  # a menu's label over its items ("Kısa ve öz" / "• Röportaj" / "• Ekonomi")
            continue
        if len(block) == 1 and _ISSN.match(next((x for x in lines[below():below() + 4] if x), "")):
            continue  # a journal's name over its ISSN ("GIUSTIZIA INSIEME" / "ISSN: 2974-9999"), its masthead
        if _MEMBERS.match(block[0]):  # a parliamentary question's askers ("der Abgeordneten ... der Fraktion ...")
            skip = below() - i - 1
            continue
        if len(block) == 1 and _is_organisation(block[0]) and _heading_follows(lines, i + 1):
            continue  # an organisation's name over its report's title ("HUMAN RIGHTS FOUNDATION OF TURKEY")
        if any(_MORE.match(x) for x in [x for x in lines[below():below() + 6] if x][:2]):
            # a site's banner, its link under it ("Countdown to ..." / "Get to know ..." / "Learn more")
            skip = below() - i - 1
            continue
        if block and (_KIND_LINE.fullmatch(block[0]) or _KIND_BY.match(block[0]) or _is_country_line(block[0])) \
                and all(b.isupper() for b in block):
            block += _capitals_after(lines, below())
        # (not a wrapped line's rest: "The Group of States against Corruption (GRECO) publishes" /
        # "report on Turkey")
        kind = next((k for k in range(1, len(block)) if _KIND_LINE.match(block[k]) and block[k][:1].isupper()
                     and not _runs_on(block[k - 1])), None)
        if kind is not None:  # the author's name before "REPORT" is not the title; a country is,
            while kind > 0 and _KIND_WORDS.issuperset(_key(block[kind - 1]).split()):
                kind -= 1  # and so is what kind of report it is ("ANNUAL / REPORT")
            block = [b for b in block[:kind] if _is_country_line(b)] + block[kind:]
        if len(block) == 1 and _section_over_headline(block[0], lines, below()):
            continue  # a site's section over a headline and its day ("Human Rights" / "... Report has been published")
        after = [(k, x) for k, x in enumerate(lines[below():below() + 8], below()) if x]
        if len(block) == 1 and (case := _case_of_parties(block[0], lines, below())):
            return case
        if len(block) == 1 and (submitted := _submission_on_case(block[0], lines, below())):
            return submitted
        title = _eu_title(_join(block))
        if _SUBMISSION_KIND.match(title) and (case := _case_under_submission(lines, below())) and is_plausible(title):
            return f"{title}: {case}"
        if _is_institution(title):  # a body's name over a few lines, its short name before it or not
            skip = below() - i - 1
            holder_next = _OFFICE.search(_key(title)) is not None
            continue
        if len(block) == 1 and (end := _institution_over_blanks(lines, i)) is not None:
            skip = end - i - 1
            holder_next = _OFFICE.search(_key(title)) is not None
            continue
        if _BARE_KIND.match(title) and (by := _by_author(lines, below())):
            return f"{title} {by}"
        if is_plausible(title):
            if _BARE_KIND.match(title) and (subject := _subject_in_capitals(lines, below())):
                return f"{title}: {subject}"
            if not _is_caption(title, pages[0]):
                # a site's name over its tagline, the page's headline printed twice further
                # down ("Expression Interrupted" / "Türkiye’de ifade özgürlüğüne ..." / "ANALİZ |
                # Gazeteciye dokunmak ..." twice): the headline
                if len(title.split()) <= 3 and (twice := _printed_twice(lines, below())):
                    return twice
                # the country a profile or a report is of, alone on the line under its
                # title ("Press country profile" / "Türkiye"), is part of it
                under = _written(lines[below():below() + 2])
                # the title printed again under it with its subject after a colon, and the date
                # of its last update ("Country Report" / "Country Report: Türkiye Last updated:
                # 10/07/24"): that line, without the update
                longer = _UPDATED_TAIL.sub("", under[0]) if under and under[0].startswith(title + ":") else ""
                if len(longer) > len(title) + 2 and is_plausible(longer):
                    return longer
                if under and _COI_SERIES.fullmatch(title) and _opens_on_country(under[0]) and not _names_a_country(title):
                    return f"{title}: {under[0]}"
                if under and _is_country_line(under[0]) and not _names_a_country(title):
                    # (not a body's letterhead, its seat's country in capitals and the text's kind
                    # in capitals under it: "Refugee Review Tribunal" / "AUSTRALIA" / "RRT RESEARCH
                    # RESPONSE", whose country is the body's, not the text's subject)
                    seat = next((k for k in range(below(), min(len(lines), below() + 3)) if lines[k] == under[0]), None)
                    kind_line = next((x for x in lines[seat + 1:seat + 4] if x), "") if seat is not None else ""
                    if seat is not None and _LETTERHEAD_BODY.search(title) and under[0].isupper() \
                            and kind_line.isupper() and len(kind_line.split()) >= 2:
                        skip = seat - i
                        continue
                    return f"{title}: {_FOOTNOTE_MARK.sub('', under[0])}"  # (without its mark: "Tonga ∗")
                return _completed(title, lines[below():])
            skip = below() - i - 1
    return None


def _section_over_headline(line: str, lines: list[str], at: int) -> bool:
    """Whether `line`, a few words not in capitals, is a site's section over a headline and the
    headline's day alone on its line under it ("Human Rights" / "LGBTI+ Human Rights Report has
    been published" / "Monday, July 8, 2030"): no title, the headline is."""
    rest = [x for x in lines[at:at + 8] if x][:2]
    return (len(line.split()) <= 3 and not line.isupper() and re.fullmatch(r"[^\W\d_]+(?:[ &'’-]+[^\W\d_]+)*", line) is not None
            and len(rest) == 2 and len(rest[0].split()) >= 4 and not rest[0].endswith((".", ":"))
            and is_noise(rest[1]) and date_in(rest[1]) is not None)


# what a title is on, in small letters, opening the block under it: the title's rest, set
# apart by a blank line ("GREVIO’s (Baseline) Evaluation Report" / "" / "on legislative and
# other measures giving effect to the provisions of ...", "Rapport d'évaluation de référence
# du GREVIO" / "" / "sur les mesures d'ordre législatif ...")
_SUBJECT_GOES_ON = re.compile(r"(?:on|sur|concerning|regarding|relating to|relatif|relative|relatifs|relatives|sobre)\s")


# a monitoring body's round or cycle on a line of its own, the series of its report: the start
# of the title right under it ("FOURTH EVALUATION ROUND" / "Corruption prevention in respect of
# ...") and the subtitle right under a title ("... by Türkiye" / "Second evaluation round"), but
# alone, a blank line around it, no title ("1st evaluation round" / "" / "GRETA carries out ...")
# nor a title's rest ("... by" / "" / "First evaluation round")
_ROUND = re.compile(r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|joint first and second|\d+(?:st|nd|rd|th))"
                    r"\s+(?:round\s+)?(?:evaluation|monitoring|compliance)\s+(?:round|cycle)"
                    r"|(?:premier|deuxième|troisième|quatrième|cinquième|sixième|septième|\d+e)\s+cycle\s+"
                    r"(?:d['’]évaluation|de monitoring|de suivi)", re.IGNORECASE)
_INITIALS = re.compile(r"(?:[A-ZÇĞİÖŞÜ]\.\s?){1,4}")
_APPLICATION_UNDER = re.compile(r"\((?:Applications?|(Başvuru))\s+(?:n[o°]s?\b|Number|Numarası)", re.IGNORECASE)
_NUMBERED_KIND = re.compile(r"(?:Recommendation|Resolution|Decision|Opinion|Recommandation|Résolution|Décision|Avis)"
                            r"\s+[^\s\d]*\d\S*")


# a party's role under its name in a pleading's heading ("Applicants", "Respondent", "Intervener",
# "(Third-party interveners)"), folded
_PARTY_ROLE = re.compile(r"\(?(?:the )?(?:applicants?|respondents?(?: (?:state|government))?|(?:third[- ]party )?interveners?"
                         r"|requerante?s?|(?:gouvernement )?defendeur|tiers intervenants?|basvurucu(?:lar)?)\)?[\s,;:]*")


def _separator(line: str, after_role: bool) -> bool:
    """Whether `line` stands between two parties: "v.", "c.", ...; "- and -" with its dashes, or
    "and" under a party's role."""
    key = _key(line)
    bare = key.strip(" -–—")
    return key in BETWEEN_PARTIES or (bare in ("and", "et", "ve") and (bare != key or after_role))


def _case_of_parties(first: str, lines: list[str], start: int) -> str | None:
    """A case's parties set over lines in a pleading's heading, from the first party (`first`)
    on, with the submission's kind under them if it has one: "AYŞE EXAMPLE" / "v." / "TÜRKİYE" /
    "WRITTEN SUBMISSIONS ON BEHALF OF THE INTERVENERS", or as English pleadings print them,
    each party's role under its name and another party, an intervener, after the respondent
    ("A. B." / "Applicants" / "- and –" / "Romania" / "Respondent" / "- and –" / "Example
    Watch" / "Intervener" / "WRITTEN SUBMISSIONS ON BEHALF OF THE" / "INTERVENER")."""
    after = [(k, x) for k, x in enumerate(lines[start:start + 24], start) if x]
    rest = [(k, x) for k, x in after if not _PARTY_ROLE.fullmatch(_key(x))]  # (the parties' roles dropped)
    role_first = bool(after) and _PARTY_ROLE.fullmatch(_key(after[0][1])) is not None  # ("Applicants" / "- and –")
    # (a party is named in letters: not a video's length after a slash, "... Global Update" / "/" / "34:19")
    if len(rest) < 2 or not _separator(rest[0][1], role_first) or _separator(rest[1][1], True) or len(rest[1][1]) > 60 \
            or not re.search(r"[^\W\d_]{2}", rest[1][1]):
        return None
    case = f"{first} v. {rest[1][1]}"
    k = 2
    while k + 1 < len(rest) and _separator(rest[k][1], True):
        k += 2  # another party: an intervener, an organisation's name or not
    while k < len(rest) and is_noise(rest[k][1]):
        k += 1  # (a rule drawn in characters)
    if k >= len(rest):
        return case
    under = _block(lines, rest[k][0])
    at = rest[k][0] + len(under)
    while under and len(under) < 3 and _runs_on(under[-1]):  # ("... ON BEHALF OF THE" / "" / "INTERVENER")
        nxt = next((j for j in range(at, min(len(lines), at + 4)) if lines[j]), None)
        if nxt is None or is_noise(lines[nxt]):
            break
        more = _block(lines, nxt)
        under, at = under + more, nxt + len(more)
    return f"{case}: {_join(under)}" if under and len(under) <= 3 and not is_prose(under[0]) else case


# A judgment or a tribunal's decision headed by its parties after "Between", each party's role
# under its name, as common-law courts head theirs: "Between" / "MD" / "(anonymity direction
# made)" / "Appellant" / "and" / "SECRETARY OF STATE FOR THE HOME DEPARTMENT" / "Respondent"
# (the UK's tribunals), "BETWEEN:" / "NESIM EXAMPLE" / "Applicant" / "and" / "THE MINISTER OF" /
# "CITIZENSHIP AND IMMIGRATION" / "Respondent" (Canada's Federal Court): titled "MD v. SECRETARY
# OF STATE FOR THE HOME DEPARTMENT", not by the site's bar, the court's name or the docket's line
# over it. Folded keys.
_BETWEEN = re.compile(r"between\s*:?\s*[-–]?")
_LITIGANTS = r"appellants?|applicants?|claimants?|petitioners?|plaintiffs?|respondents?|defendants?"
_LITIGANT_ROLE = re.compile(rf"\(?(?:the )?(?:{_LITIGANTS})(?:\s*/\s*(?:{_LITIGANTS}))?\)?[\s,;:.]*")
PARTIES_LINES = 80


def parties_title(pages: list[str]) -> str | None:
    """The parties of a judgment headed "Between" / party / role / "and" / party / role
    (_BETWEEN), "first v. second"; None if page 1's first lines have no such heading."""
    lines = _lines(pages[0])[:PARTIES_LINES] if pages else []
    at = next((i for i, line in enumerate(lines) if line and _BETWEEN.fullmatch(_key(line))), None)
    if at is None:
        return None
    rest = [line for line in lines[at + 1:at + 40] if line]
    first, k = _litigant(rest, 0)
    if first is None or k >= len(rest) or not _separator(rest[k], True):
        return None
    second, k = _litigant(rest, k + 1)
    # (a pleading's intervener after the respondent, or its kind under the parties, "WRITTEN
    # SUBMISSIONS ON BEHALF OF THE INTERVENER": the heading reader's, _case_of_parties)
    if second is None or (k < len(rest) and (_separator(rest[k], True) or _SUBMISSION_KIND.match(rest[k]))):
        return None
    return f"{first} v. {second}"


def _litigant(lines: list[str], start: int) -> tuple[str | None, int]:
    """The party named from lines[start] down to its role's line, and the index after that
    line: its name's lines joined, or the first party's and "and others" when a plural role
    names several ("SEREF EXAMPLE" / "AYSE EXAMPLE" / "Applicants"); (None, start) if no role
    follows a name within a few lines."""
    names: list[str] = []
    for k in range(start, min(len(lines), start + 8)):
        line = lines[k]
        key = _key(line)
        if _LITIGANT_ROLE.fullmatch(key):
            if not names:
                break
            plural = key.rstrip(" ,;:.)").endswith("s")
            parties: list[str] = []
            for name in names:
                # (a name wrapped over lines: "THE MINISTER OF" / "CITIZENSHIP AND IMMIGRATION")
                if parties and (not plural or _runs_on(parties[-1]) or re.match(r"(?:and|&)\s", name, re.IGNORECASE)):
                    parties[-1] += " " + name
                else:
                    parties.append(name)
            return parties[0] + (" and others" if len(parties) > 1 else ""), k + 1
        if line.startswith("(") and line.endswith(")"):
            continue  # an order under the name, "(ANONYMITY ORDER MADE)"
        if len(line) > 120 or is_prose(line) or _separator(line, True):
            break
        names.append(line)
    return None, start


# a case's name on a line of its own ("TANER KILIÇ v. TURKEY", "X c. TURQUIE"), the line of its
# application's number ("App No. 208/18", "Application no. 12345/19 and 2 others"), and a
# submission's kind opening a line ("Third Party Intervention: ...", "WRITTEN COMMENTS ...")
_CASE_LINE = re.compile(r"[^\W\d_].{0,80}?\s(?:v|vs|c)\.\s+[^\W\d_].{1,60}")
_APPLICATION_LINE = re.compile(r"\(?(?:app(?:lication)?s?|requêtes?)\.?\s*(?:nos?\.?|n[o°]s?\.?|no:)\s*\d{1,6}/\d\d\b.{0,60}",
                               re.IGNORECASE)
_SUBMISSION_KIND = re.compile(r"(?:third[- ]party (?:intervention|interveners?|submissions?|comments)"
                              r"|written (?:submissions|comments|observations)|amicus curiae"
                              r"|observations (?:écrites|en tant que tiers)|tierce intervention)\b", re.IGNORECASE)


def _submission_on_case(case: str, lines: list[str], start: int) -> str | None:
    """A submission to a court titled by the case it is made in and its own kind under the
    case's name (past the application's number): "TANER KILIÇ v. TURKEY" / "App No. 208/18" /
    "Third Party Intervention: The ... and the International Commission of Jurists" is that
    intervention in that case, not the Court's judgment, which the case's name alone titles."""
    if not _CASE_LINE.fullmatch(case):
        return None
    after = [k for k in range(start, min(len(lines), start + 8)) if lines[k]][:2]
    if after and _APPLICATION_LINE.fullmatch(lines[after[0]]):
        after = after[1:]
    if not after or not _SUBMISSION_KIND.match(lines[after[0]]):
        return None
    under = _block(lines, after[0])
    return f"{case}: {_join(under)}" if len(under) <= 3 and not is_prose(under[0]) else None


def _case_under_submission(lines: list[str], start: int) -> str | None:
    """The case a submission's title names under it, on the line under its application's
    number: "Third party intervention by the ... Commissioner for Human Rights" / "under Article
    36, paragraph 3, of the European Convention on Human Rights" / "Application No. 28749/18" /
    "Ali KAYA v. Türkiye" (a title every such submission shares, alone)."""
    after = [x for x in lines[start:start + 10] if x][:4]
    number = next((k for k, x in enumerate(after) if _APPLICATION_LINE.fullmatch(x)), None)
    if number is None or number + 1 >= len(after):
        return None
    case = after[number + 1]
    return case if _CASE_LINE.fullmatch(case) and not is_prose(case) else None


def _goes_on(line: str) -> bool:
    """Whether `line`, under a blank line, goes on with the title above it: what it is on, or
    the State it is of ("... against Trafficking in Human Beings" / "" / "by Türkiye")."""
    by = re.fullmatch(r"(?:by|par)\s+(.+)", line)
    return _SUBJECT_GOES_ON.match(line) is not None or (by is not None and _is_country_line(by.group(1)))


_SITE_BAR = re.compile(r"^[^|]{2,120}\s\|\s(?P<site>[^|]{3,60})$")
_MENU_ITEM = re.compile(r"^[A-ZÇĞİÖŞÜ][\w'’-]{1,20}(?: [\w'’-]{2,20})?$")


# An organisation's name on a line of its own: a few words in capitals or with capitals, one
# of them a word organisations are named by, perhaps its initials in brackets ("Media and Law
# Studies Association (MLSA)", "Stockholm Center for Freedom", "Committee to Protect
# Journalists"); not "Freedom of Association", a subject.
# (the words that name one anywhere in the name, and those that do only at its end: "Freedom
# House", "PEN International", not "House Rules" or "International Law in Practice")
_ORGANISATION_WORDS = re.compile(
    r"\b(?:association|foundation|cent(?:er|re)|institute|network|platform|federation|confederation|coalition"
    r"|initiative|league|organi[sz]ation|observatory|collectif)\b"
    r"|\b(?:watch|international|house|borders|journalists|jurists|lawyers|society|movement|alliance|forum|trust|agency"
    # (and Turkish names' last words: "ERMENI HABER AJANSI", "... Vakfı", "... Derneği", "... Birliği")
    r"|ajans[ıi]|vakf[ıi]|derne[ğg]i|sendikas[ıi]|platformu|birli[ğg]i|federasyonu|konfederasyonu)"
    r"(?:\s+\([A-ZÇĞİÖŞÜ]{2,10}\))?$", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-ZÇĞİÖŞÜ0-9][\w'’&.-]*|of|for|and|the|in|on|to|de|du|des|la|le|&|-|–|\([A-ZÇĞİÖŞÜ]{2,10}\))$")


def _is_organisation(line: str) -> bool:
    """Whether `line` is an organisation's name (see _ORGANISATION_WORDS), its footnotes'
    marks after it or not ("Human Rights Foundation of Turkey Documentation Center[1][2]")."""
    line = re.sub(r"(?:\s*\[\d{1,2}\])+$", "", line)
    words = line.split()
    return (1 <= len(words) <= 8 and all(_NAME_WORD.match(w) for w in words) and _ORGANISATION_WORDS.search(line) is not None
            and not re.match(r"(?i)(?:freedom|right|rights|the right) (?:of|to)\b", line))


def _heading_follows(lines: list[str], start: int) -> bool:
    """Whether a heading block (not running text) follows within a few lines, past furniture."""
    following = next((k for k in range(start, min(start + 6, len(lines))) if lines[k] and not is_noise(lines[k])), None)
    if following is None:
        return False
    block = _block(lines, following)
    return bool(block) and not is_noise(block[0]) and not _STOP.match(block[0]) and is_plausible(_join(block))


def _completed(title: str, after: list[str]) -> str:
    """A title cut after a word that cannot end it, as a reader lost its last word ("ECRI
    REPORT ON" / "(fifth monitoring cycle)"), from a line further down that prints it whole
    ("ECRI REPORT ON TURKEY (fifth monitoring cycle)"); an applicant's name as the case's."""
    # (and an applicant's name in a decision's information form: the Constitutional Court's
    # name of the case is printed further down, "AZZE DENİZ AKŞAR" / "AZZE DENİZ AKŞAR BAŞVURUSU")
    named = re.fullmatch(r"(.+?)(\s*\(\d+\))?", title)
    case = f"{named.group(1)} BAŞVURUSU{named.group(2) or ''}" if named else None
    if case and case in after[:120]:
        return case
    if not _runs_on(title):
        return title
    # (that line perhaps wrapped: "ECRI REPORT ON TURKEY (fifth monitoring" / "cycle)"; a
    # document site's title of it capitalises each word, "... on the Visit to Turkey Carried out by
    # The", the line as the cover prints it)
    whole = next((line for line in join_wrapped(after)
                  if line.casefold().startswith(title.casefold() + " ") and len(line) <= MAX_TITLE), None)
    return whole or title


def _is_caption(title: str, page: str) -> bool:
    """Whether `title` is a photograph's caption: printed again further down with its credit
    ("Turkey's new president ... on August 28, 2014" / "... on August 28, 2014 © 2014 Agence
    France-Presse")."""
    return re.search(re.escape(title[:120]) + r"[^\n]{0,200}?\s©", page) is not None


# EUR-Lex prints a Commission document's title on one line, after its kind and before
# the document it accompanies: "COMMISSION STAFF WORKING DOCUMENT Türkiye 2023 Report
# Accompanying the document Communication from the Commission ...".
_EU_KIND = re.compile(r"^(?:(?:JOINT )?(?:COMMISSION )?STAFF WORKING (?:DOCUMENT|PAPER)|DOCUMENT DE TRAVAIL DES SERVICES DE LA "
                      r"COMMISSION)\s+(?=\S)")
_ACCOMPANYING = re.compile(rf"\s+(?:{accompanying_pattern(folded=False)})\b.*$", re.IGNORECASE | re.DOTALL)


def _eu_title(title: str) -> str:
    """A title without the EU document's kind before it and the other document it accompanies."""
    # (and the full stop a document site's title puts before it: "... PROGRESS REPORT. Accompanying the document")
    trimmed = _ACCOMPANYING.sub("", _EU_KIND.sub("", title))
    trimmed = trimmed.rstrip(".") if trimmed != title else trimmed
    return trimmed if is_plausible(trimmed) else title


_TREATY_TITLE = re.compile(r"^(?:list of issues|concluding observations)\b", re.IGNORECASE)


def _treaty_body_title(block: list[str]) -> list[str]:
    """A treaty body's title read without its UN masthead (a DOCX whose first-page header
    is not the masthead): from the line that begins it, past the agenda's "Consideration
    of reports ...", to where it ends (_title_end), not into the text's first heading."""
    start = next((k for k, line in enumerate(block) if _TREATY_TITLE.match(line)), None)
    if start is None or (start and not _CONSIDERATION.match(block[0])):
        return block
    block = block[start:]
    return block[:_title_end(block)]


def ended_by_file_title(pages: list[str], heading: str | None, file_title: str | None) -> str | None:
    """The heading, ended where the file's metadata title ends when page 1 prints that
    title whole on lines of its own and the heading begins as it does: where a heading
    ends the text does not say when the first paragraph follows without a blank line
    ("... en Turquie" / "La Commissaire exprime ...") or a title wraps onto a line that
    reads as a country ("... institutions in" / "Turkey")."""
    if not heading or not file_title or not is_plausible(file_title) or len(file_title.split()) < 3:
        return heading
    printed = re.compile(r"(?:^|\n)[ \t]*" + r"\s+".join(map(re.escape, file_title.split())) + r"[ \t*∗]*(?:\n|$)",
                         re.IGNORECASE)
    if not printed.search(pages[0][:1500]):
        return heading
    h, f = _words(heading), _words(file_title)
    return file_title if h.startswith(f) or f.startswith(h) else heading


def _words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


# A letter is titled by its subject line ("Re: ...", "Subject: ...", "Objet : ...",
# "Konu: ..."), not by its letterhead or the addressee's address: a line of page 1's first
# ones, in a page that greets its addressee ("Dear ...", "Sayın ...", "Excellency").
_SUBJECT = re.compile(r"^\s*(?:re|subject|objet|konu|betreff)\s*:\s*(?P<subject>\S.{3,})$", re.IGNORECASE)
_SALUTATION = re.compile(r"^\s*(?:dear\b|sayın\b|sayin\b|excellency\b|your excellency\b|madame\b|monsieur\b"
                         r"|mesdames\b|ladies and gentlemen\b|to whom it may concern\b|değerli\b)", re.IGNORECASE)
LETTER_LINES = 50
LETTER_CHARS = 3000  # how far into page 1 a letter read as one line greets its addressee
# ... or in a memorandum's header, "From:" and "To:" above the subject (the Council of
# the EU's documents: "From: General Secretariat of the Council" / "To: Delegations" /
# "Subject: Enlargement ... Process" / "- Council conclusions")
_FROM = re.compile(r"^\s*(?:from|de|kimden)\s*:", re.IGNORECASE)
_TO = re.compile(r"^\s*(?:to|à|a|kime)\s*:", re.IGNORECASE)
_FIELD = re.compile(r"^[^\W\d_][^\W\d_ .'’]*(?: [^\W\d_]+){0,2}\s*:\s*\S")
# ... or in a letter read as one line (a document site's text of its PDF), the subject after the
# greeting, up to the sentence its body opens on ("... Dear Mr. Example, Re: International law
# obligations to release Mr. A and Ms. B We write on behalf of ...")
_FLAT_SUBJECT = re.compile(r"(?:^|\s)(?:Dear|Excellency|Your Excellency)\b[^,\n]{0,80},\s+(?:Re|Subject)\s*:\s*"
                           r"(?P<subject>[^\n]{4,300}?)\s+(?=(?:We|I)\s+(?:write|are writing|am writing|would like|wish)\b"
                           r"|On behalf of\b|We,? the undersigned\b)")


# The Federal Government's answer to a Bundestag question, its print read as one line (a site's text of
# the print: "... Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten ... – Drucksache
# 19/14895 – Türkeipolitik der Bundesregierung V o r b e m e r k u n g d e r F r a g e s t e l l e r ..."):
# the question's subject, between the question's print number and the askers' preliminary remark (its
# letters spaced) or the questions
_BUNDESTAG_ANSWER = re.compile(r"\bAntwort der Bundesregierung auf die (?:Kleine|Große) Anfrage\b[^\n]{0,600}?"
                               r"[–-]\s*Drucksache\s+\d{1,2}/\d{1,6}\s*[–-]\s+(?P<subject>[^\n]{5,250}?)\s+"
                               r"(?=V\s?o\s?r\s?b\s?e\s?m\s?e\s?r\s?k\s?u\s?n\s?g|Wir fragen die Bundesregierung)")
BUNDESTAG_HEAD = 1500


def bundestag_answer_title(pages: list[str]) -> str | None:
    """"Türkeipolitik der Bundesregierung: Antwort der Bundesregierung" for the Federal Government's
    answer to a Bundestag question read as one line (_BUNDESTAG_ANSWER)."""
    m = _BUNDESTAG_ANSWER.search(pages[0][:BUNDESTAG_HEAD]) if pages else None
    return f"{m.group('subject')}: Antwort der Bundesregierung" if m else None


def letter_subject(pages: list[str]) -> str | None:
    """A letter's or a memorandum's subject line, with the lines it runs on into; also a
    record headed by fields, one of them its subject ("Komisyon Adı: ..." / "Konu: ..." /
    "Dönemi: 27" / "Tarih: 03/07/2019", a parliamentary committee's minutes)."""
    lines = [line for line in _lines(pages[0])[:LETTER_LINES] if line] if pages else []
    memo = any(_FROM.match(line) for line in lines[:25]) and any(_TO.match(line) for line in lines[:25])
    # (a memorandum's "From:", "To:" and "Subject:" are no record of fields: the paragraph
    # under its subject, "Delegations will find attached ...", is none of the subject)
    fields = not memo and sum(_FIELD.match(line) is not None for line in lines[:8]) >= 3
    memo = memo or fields
    flat = _FLAT_SUBJECT.search(pages[0][:LETTER_CHARS]) if pages else None
    if not memo and not any(_SALUTATION.match(line) for line in lines):
        return flat.group("subject") if flat else None
    for i, line in enumerate(lines):
        m = _SUBJECT.match(line)
        if m:
            parts = [m.group("subject")]
            for more in lines[i + 1:i + 4]:
                # (in a record of fields, any line that is no field goes on the one above:
                # "Konu:... Hazırladığı" / "Sincan Ceza İnfaz Kurumları ..." / "Dönemi:27")
                if _SALUTATION.match(more) or not (_runs_on(parts[-1]) or more[:1].islower() or more[:1] in "-–"
                                                   or (fields and not _FIELD.match(more))):
                    break
                parts.append(more)
            # (a heading in capitals right under a short subject goes with it: "Re: Dr. Ayşe Örnek" /
            # "TURKEY VIOLATES INTERNATIONAL HUMAN RIGHTS OBLIGATIONS", the subject a name alone)
            under = lines[i + len(parts)] if i + len(parts) < len(lines) else ""
            if len(" ".join(parts).split()) <= 5 and under.isupper() and len(under.split()) >= 3 \
                    and not _SALUTATION.match(under):
                parts[-1] += ":"
                parts.append(under)
            return " ".join(parts)[:MAX_TITLE]
    return flat.group("subject") if flat else None


# A journal article's record of fields, its title the first ("Başlık: A Comparative Study of
# ... Yazar(lar):ULUSOY, Demet Cilt: 44 Sayı: 0 Sayfa: 051-148 DOI: ... Yayın Tarihi: 2013", as
# Ankara University's journals head their articles' PDFs and document sites copy them; "Title:
# ... Author(s): ..."): the title is the field's value, up to its authors' label
_RECORD_TITLE = re.compile(r"^(?:başlık|baslik|BAŞLIK|title|makale adı|MAKALE ADI)\s*:\s*(?P<title>\S.*?)\s*"
                           rf"(?:\n\s*)?(?:{_AUTHOR_LABEL})\s*:", re.IGNORECASE | re.MULTILINE)


# ... and a repository's Dublin Core record, as DSpace shows an item in full, each field's name
# run into its value or a bar between ("dc.contributor.authorExample, Ayşe" / ... /
# "dc.titleAvrupa İnsan Hakları Mahkemesi kararlarının ..." / "dc.typemasterThesis"): titled by
# its "dc.title", not by its first field; its language's code after the value left out
_DC_TITLE = re.compile(r"^[^\S\n]*dc\.title[^\S\n]*[:|]?[^\S\n]*(?P<title>\S[^\n|]*?)"
                       r"(?:[^\S\n]*\|?[^\S\n]*[a-z]{2}_[A-Z]{2}|(?:[^\S\n]+\|?|\|)[^\S\n]*(?:tr|en|fr|de|ku|ar|ru|es|it))?"
                       r"[^\S\n]*$", re.MULTILINE)


def dublin_core_title(pages: list[str]) -> str | None:
    """A Dublin Core record's title field (_DC_TITLE), in a page of three such fields at least."""
    head = pages[0][:8000] if pages else ""
    m = _DC_TITLE.search(head)
    return m.group("title") if m and len(DC_FIELD.findall(head)) >= 3 and len(m.group("title")) <= MAX_TITLE else None


def journal_record_title(pages: list[str]) -> str | None:
    """The title field of a journal article's record heading its first page (_RECORD_TITLE)."""
    head = "\n".join(_lines(pages[0])[:12]) if pages else ""
    m = _RECORD_TITLE.search(head)
    return m.group("title") if m and len(m.group("title")) <= MAX_TITLE else None


# A parliament's question to a government or an institution: its kind and number, whom it
# asks, then its subject line (the European Parliament's: "Question for written answer
# E-004015/2031" / "to the Commission" / "Rule 138" / "<member>" / "Subject: ..."; in
# French "Question avec demande de réponse écrite")
_QUESTION = re.compile(r"^(?:(?:priority )?question for (?:written|oral) answer|question (?:prioritaire )?avec demande "
                       r"de réponse (?:écrite|orale))\b", re.IGNORECASE)
_ADDRESSED = re.compile(r"^(?:to|à|au|aux) (?:the |la |le |l')?\w", re.IGNORECASE)
QUESTION_LINES = 40
# In any of the Union's languages the European Parliament's question is known by its number
# (its own identifier, on the kind's line or alone over it: "P-001631/2020" / "Interrogazione
# prioritaria con richiesta di risposta scritta"), whom it asks by the line over the Rule's
# ("alla Commissione" / "Articolo 138 del regolamento"), its subject by the one label before a
# colon ("Oggetto: ...", "Θέμα: ...", "Betrifft: ...")
_RULE_LINE = re.compile(r"\b\d{2,3}\b")
_LABELLED = re.compile(r"^\s*[^\W\d_]{2,12}\s*:\s*(?P<subject>\S.{3,})$")


def question_title(pages: list[str], own: Sequence[Tagged] = ()) -> str | None:
    """A parliamentary question titled "<kind and number> <to whom>: <subject>"."""
    lines = [line for line in _lines(pages[0])[:QUESTION_LINES] if line] if pages else []
    start = next((i for i, line in enumerate(lines) if _QUESTION.match(line)), None)
    subject_line = _SUBJECT
    number = next((t.evidence[0].text for t in own if t.value[0] == "eu-ep-question" and t.evidence), None)
    if start is None and number:
        at = [i for i, line in enumerate(lines) if number in line]
        # (the kind's line, else the line under the number alone)
        start = next((i for i in at if lines[i].strip() != number), None)
        if start is None and at and at[0] + 1 < len(lines) and not _LABELLED.match(lines[at[0] + 1]):
            start = at[0] + 1
        subject_line = _LABELLED
    if start is None:
        return None
    after = lines[start + 1:start + 3]
    asked = len(after) == 2 and len(after[0]) <= 90 and not re.search(r"\d", after[0]) and _RULE_LINE.search(after[1])
    if subject_line is _LABELLED and not asked:
        return None  # (no question's lines under the number: the Commission's answer, "E-004567/2021(ASW)")
    addressed = asked or (len(after) == 2 and _ADDRESSED.match(after[0]))
    kind = lines[start] + (f" {number}" if number and number not in lines[start] else "") + (f" {after[0]}" if addressed else "")
    subject = next((m.group("subject") for line in lines[start + 1:start + 12] if (m := subject_line.match(line))), None)
    return f"{kind}: {subject}" if subject else kind


# The Parliamentary Assembly's documents: its web pages head the title with the
# document's kind, number and date on one line ("Report | Doc. 14282 | 07 April 2017",
# "Addendum to the report | Doc. 14282 Add. | 24 April 2017", "Amendment No. 23 | Doc.
# 14282 | ..."); its PDFs print the number and the date on lines of their own, the kind
# under the title ("Doc. 14282" / "07 April 2017" / "The functioning of ..." / "Report1").
# Under the title: the kind, the committee, its rapporteurs, the amendment's signatories.
_PACE_NUMBER = r"Doc\.\s?\d{4,5}(?:\s?Add\.?(?:\s?\d{1,2})?)?"
_PACE_HEAD = re.compile(rf"^(?:(?P<kind>[^|]{{3,60}}?)\s*\|\s*)?{_PACE_NUMBER}(?:\s*\|\s*[^|]{{6,40}})?$")
# (and in French: "Commission pour le respect des obligations ... (Commission de suivi)", "Origine - ...",
# "Résumé")
_PACE_AFTER_TITLE = re.compile(r"^(?:(?:report|addendum(?: to the report)?|opinion|information report|motion for a "
                               r"(?:resolution|recommendation)|reply to recommendation|rapport|avis)\s*\d{0,2}"
                               r"|(?:general )?(?:committee|commission) (?:on|for|pour|de|des|du|sur)\b.*"
                               r"|(?:co-?)?rapporteurs?\s*:.*"
                               r"|signatories\s*:.*|author\(?s?\)?\s*:.*|origine?\b.*|summary|résumé|contents|sommaire)$",
                               re.IGNORECASE)
_PACE_REPORT_KINDS = frozenset({"report", "rapport", ""})


_SITTING = re.compile(r"^(?:de la |du )?(?:[\w-]+ ){0,2}(?:sitting|séance|seance)$", re.IGNORECASE)


def pace_record_title(pages: list[str]) -> str | None:
    """The Parliamentary Assembly's record of a sitting by its sitting and day ("Twelfth
    sitting, Tuesday 25 April 2017 at 10.00 a.m.") under its symbol ("AS (2017) CR 12")."""
    if not pages or not PACE_RECORD.search(pages[0][:1000]):
        return None
    lines = _written(_lines(pages[0])[:40])
    at = next((k for k, line in enumerate(lines) if _SITTING.match(line)), None)
    if at is None:
        return None
    day = lines[at + 1] if at + 1 < len(lines) and re.search(r"(?:19|20)\d\d", lines[at + 1]) else ""
    # (in French, the record's kind over it: "COMPTE RENDU" / "de la douzième séance")
    sitting = f"Compte rendu {lines[at]}" if lines[at][:3].lower() in ("de ", "du ") else lines[at]
    return f"{sitting}, {day}" if day else sitting


# The Committee of Ministers' item on a case at its human rights meetings, as its decisions
# and notes head it ("H46-34 Kavala v. Türkiye (Application No. 28749/18)" / "Supervision
# of the execution of the European Court's judgments"), at a line's start or after the
# meeting's "(DH)" where a page runs them into one line; it ends before the documents it
# refers to, the decisions or the case's description
_CM_ITEM = re.compile(r"(?:^|(?<=\(DH\))[ \t]+)(?=H46-\d{1,3}\s)", re.MULTILINE)
_CM_ITEM_END = re.compile(r"(?:Supervision of the execution of the European Court['’]s judgments|Surveillance de "
                          r"l['’]exécution des arrêts de la Cour européenne)|\s(?:Reference documents?|Documents? de "
                          r"référence|Decisions|Décisions|Case description|Description de l['’]affaire)\b|\n\s*\n")
_CM_APPLICATION = re.compile(APPLICATION_BRACKET, re.IGNORECASE)


def cm_item_title(pages: list[str]) -> str | None:
    """The case an item of the Committee of Ministers' human rights meetings is on, with the
    words under it ("Supervision of the execution of the European Court's judgments")."""
    head = pages[0][:1500] if pages else ""
    start = _CM_ITEM.search(head)
    if not start:
        return None
    text = head[start.end():start.end() + 500]
    end = _CM_ITEM_END.search(text)
    if not end:
        return None
    item = text[:end.end() if end.group().startswith(("Supervision", "Surveillance")) else end.start()]
    return re.sub(r"\s+", " ", item).strip() if _CM_APPLICATION.search(item) else None


def pace_title(pages: list[str]) -> str | None:
    """A Parliamentary Assembly document's title, after its number (and date), up to
    the kind or committee under it; an addendum's, an opinion's or an amendment's with
    its kind ("The functioning of democratic institutions in Turkey: Amendment No. 23")."""
    lines = [line for line in _lines(pages[0])[:20] if line] if pages else []
    for i, line in enumerate(lines[:6]):
        head = _PACE_HEAD.match(line)
        if head is None:
            continue
        parts: list[str] = []
        for more in lines[i + 1:i + 6]:
            # (up to the line saying when it was adopted: "Reply from the Committee of Ministers" /
            # "adopted at the 894th meeting ...")
            if _PACE_AFTER_TITLE.match(more) or is_prose(more) or len(parts) == 3 or (parts and _STOP.match(more)):
                break
            if not parts and is_noise(more):  # the date under the number
                continue
            parts.append(more)
        kind = re.sub(r"\s+", " ", head.group("kind") or "").strip()
        title = _join(parts)
        if kind.casefold() not in _PACE_REPORT_KINDS:
            title += f": {kind}"
        # a reply under the number, what it replies to above ("Honouring of obligations and
        # commitments by Turkey" / "Recommendation 1662 (2004)" / "Doc. 10274" / "Reply from
        # the Committee of Ministers"): both
        above = [line for line in lines[:i] if not is_noise(line)]
        if re.match(r"(?:interim )?reply\b", title, re.IGNORECASE) and above and is_plausible(" – ".join(above)):
            title = f"{' – '.join(above)}: {title}"
        return title if parts and is_plausible(title) else None
    return None


# An election observation mission's reports and statements (the OSCE's ODIHR's, and
# others' in their form) are named by the State, the election and the kind of report,
# which their covers print on lines of their own: "REPUBLIC OF TURKEY" / "PRESIDENTIAL
# ELECTION 10 August 2014" / "OSCE/ODIHR Limited Election Observation Mission Final
# Report"; "Republic of Turkey – Parliamentary Elections, 1 November 2015" / "STATEMENT OF
# PRELIMINARY FINDINGS AND CONCLUSIONS".
_ELECTION_LINE = re.compile(r"\b(?:elections?|referendum|by-elections?|élections?|seçim\w*|referandum\w*)\b"
                            r"(?=.*\b(?:19|20)\d\d\b)", re.IGNORECASE)
_MISSION_REPORT = re.compile(r"^(?:[\w/ ]{0,30}\b(?:election|needs assessment)\b[\w ]{0,40}\bmission\b.{0,30}\breport"
                             r"|(?:(?:interim|final|preliminary) )?report|statement of preliminary findings(?: and conclusions)?"
                             r"|(?:interim|final) (?:rapor|raporu)|ara rapor(?:u)?)$", re.IGNORECASE)
ELECTION_LINES = 12


def election_report_title(pages: list[str]) -> str | None:
    """"REPUBLIC OF TURKEY, PRESIDENTIAL ELECTION 10 August 2014: OSCE/ODIHR Limited Election
    Observation Mission Final Report": the State (when on the line above), the election
    and the kind of report, from a cover that prints them on lines of their own."""
    lines = [line for line in _lines(pages[0])[:30] if line][:ELECTION_LINES] if pages else []
    for i, line in enumerate(lines):
        if len(line) > 120 or is_prose(line) or not _ELECTION_LINE.search(line):
            continue
        report = next((clean for more in lines[i + 1:i + 3]
                       if _MISSION_REPORT.match(clean := _FOOTNOTE_MARK.sub("", re.sub(r"(?<=\D)\d$", "", more)).strip())),
                      None)
        if report is None:
            continue
        state = lines[i - 1] if i and _is_country_line(lines[i - 1]) else ""
        title = f"{state + ', ' if state else ''}{line.rstrip(' ,:')}: {report}"
        return title if is_plausible(title) else None
    return None


# The ILO's supervisory bodies' texts, as its database prints them: the kind of text on a
# line ("Observation (CEACR) - adopted 2023, published 112nd ILC session (2024)", "Direct
# Request (CEACR) - ...", "Individual Case (CAS) - Discussion: 2019, ...", the Committee on
# Freedom of Association's "Definitive Report - Report No 6, 1953") and what it is about on
# the next ("Freedom of Association and Protection of the Right to Organise Convention,
# 1948 (No. 87) - Türkiye (Ratification: 1993)", "Case No 50 (Türkiye) - Complaint date: ...";
# in Spanish "Convenio sobre ..., 1948 (núm. 87) - Türkiye (Ratificación : 1993)").
_ILO_KIND = re.compile(r"^(?:(?:observation|direct request|individual case|demande directe|cas individuel|solicitud directa"
                       r"|observación|caso individual)\s*\((?:ceacr|cas)\)|[\w ]{0,60}\b(?:report|rapport|informe)\s*[-–]\s*"
                       r"(?:report|rapport|informe) (?:no|n[o°])\.? ?\d+)(?!\w)", re.IGNORECASE)
_ILO_SUBJECT = re.compile(r"\b(?:convention|convenio)\b.*\((?:no\.?|n[o°]\.?|núm\.)\s*\d+\)"
                          r"|^(?:case|cas|caso) (?:no|n[o°]|núm)\.?\s*\d+\s*\(", re.IGNORECASE)


def ilo_title(pages: list[str]) -> str | None:
    """"Observation (CEACR) - adopted 2023, published 112nd ILC session (2024): Freedom of
    Association ... Convention, 1948 (No. 87) - Türkiye (Ratification: 1993)": the kind of
    text and, on the next line, the convention and State or the case it is on."""
    lines = [line for line in _lines(pages[0])[:40] if line] if pages else []
    for i, line in enumerate(lines[:20]):
        if _ILO_KIND.match(line) and i + 2 < len(lines) and not _ILO_SUBJECT.search(lines[i + 1]) \
                and (_runs_on(line) or _wrapped_rest(lines[i + 1]) or _ILO_SUBJECT.search(lines[i + 2])):
            # ("... 112nd ILC" / "session (2024)"; "... adopted 1995, published" / "82nd ILC
            # session (1995)" over the convention's line)
            line = f"{line} {lines[i + 1]}"
            lines = lines[:i] + [line] + lines[i + 2:]
        if _ILO_KIND.match(line) and i + 1 < len(lines) and _ILO_SUBJECT.search(lines[i + 1]):
            title = f"{line.rstrip(' :')}: {lines[i + 1]}"
            return title if is_plausible(title) else None
    return None


# A German court's decision as it is cited, the court, the kind, its day and the file's number
# ("BVerwG, Urteil vom 30.04.2031 - 1 C 6.30", "VG Example, Beschluss vom 29.11.2030 - 11 K
# 1763/30"): the line a law site cites it by ("Zitieren als: ...", under "Zitiervorschlag" or
# not), without what the site adds after it ("- asyl.net: M18455", "[ECLI:...]"); or a case-law
# database's fields ("Gericht: Bundesverwaltungsgericht" / "Urteil verkündet am 30.04.2031" /
# "Aktenzeichen: BVerwG 1 C 6.30") set in that form. Not by the site's name or the court's alone.
_GERMAN_KIND = r"Urteil|Beschluss|Gerichtsbescheid|Vorlagebeschluss|Teilurteil|Endurteil"
_GERMAN_DAY = r"\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d"
_GERMAN_CITATION = re.compile(rf"(?:Zitieren als\s*:\s*|Zitiervorschlag\s*:?\s*)?(?P<court>[A-ZÄÖÜ][^\n,:]{{1,80}}),\s+"
                              rf"(?P<kind>{_GERMAN_KIND})\s+(?:vom|v\.)\s+(?P<day>{_GERMAN_DAY})\s*[-–]\s*(?P<number>[^\n\[]+?)"
                              r"(?:\s*[-–]\s*[\w.-]+\.(?:net|de|org|com)\b.*|\s*\[.*|\s+Titel\s*:.*)?")
_GERMAN_COURT_FIELD = re.compile(r"Gericht\s*:\s*(?P<court>\S.{1,80})")
_GERMAN_KIND_FIELD = re.compile(rf"(?P<kind>{_GERMAN_KIND})\s+(?:verkündet\s+am|vom)\s+(?P<day>{_GERMAN_DAY})")
_GERMAN_NUMBER_FIELD = re.compile(r"Aktenzeichen\s*:\s*(?P<number>\S.{1,60})")
GERMAN_COURT_LINES = 40
# (a Swiss federal court's heading: the file's number over the kind and its day, under the
# court's name in the four languages: "Bundesverwaltungsgericht" / ... / "Abteilung V" /
# "E-2378/2031" / "Urteil vom 5. März 2031")
_SWISS_NUMBER = re.compile(r"[A-F]-\d{1,5}/(?:19|20)\d\d")
_SWISS_KIND = re.compile(rf"(?P<kind>Urteil|Zwischenentscheid|Teilurteil|Entscheid|Beschluss)\s+vom\s+"
                         rf"(?P<day>\d{{1,2}}\.\s*[^\W\d_]+\s+(?:19|20)\d\d|{_GERMAN_DAY})")


def german_court_title(pages: list[str]) -> str | None:
    """A German-language court's decision titled as it is cited: by its citation's line
    (_GERMAN_CITATION), a case-law database's fields, or a Swiss federal court's heading
    (_SWISS_NUMBER over _SWISS_KIND); None otherwise."""
    lines = [line for line in _lines(pages[0])[:GERMAN_COURT_LINES] if line] if pages else []
    for k, line in enumerate(lines):
        # (not the court below's, under its label: "Vorinstanz:" / "VG Example, Urteil vom ...")
        if (m := _GERMAN_CITATION.fullmatch(line)) and not (k and re.fullmatch(
                r"(?:Vorinstanz|Instanzenzug|vorgehend|nachgehend)\s*:?", lines[k - 1], re.IGNORECASE)):
            number = m.group("number").rstrip(" -–")
            return f"{m.group('court').strip()}, {m.group('kind')} vom {m.group('day')} - {number}"
    found: dict[str, re.Match[str]] = {}
    for line in lines:
        for key, rx in (("court", _GERMAN_COURT_FIELD), ("kind", _GERMAN_KIND_FIELD), ("number", _GERMAN_NUMBER_FIELD)):
            if key not in found and (m := rx.fullmatch(line)):
                found[key] = m
    if len(found) == 3:
        return (f"{found['court'].group('court').strip()}, {found['kind'].group('kind')} vom {found['kind'].group('day')}"
                f" - {found['number'].group('number').strip()}")
    for k, line in enumerate(lines[:25]):
        number = next((x for x in reversed(lines[max(0, k - 3):k]) if _SWISS_NUMBER.fullmatch(x)), None)
        if number and (m := _SWISS_KIND.fullmatch(line)):
            court = lines[0] if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]*gericht", lines[0]) else None
            return f"{court + ', ' if court else ''}{m.group('kind')} vom {m.group('day')} - {number}"
    return None


# A French court's decision as it is cited, alone on its first line: the court, the day and the
# number ("CNDA, 10 mai 2031, n°24008374", "CE, 10 octobre 2030, n° 412345", "Conseil d'État, 3
# juin 2030, n° 456789"), as a lawyer's page heads its note on it
_FRENCH_CITATION = re.compile(r"(?P<court>CNDA|CE|Cass\.?(?: [\w.]+)?|Conseil d['’][ÉE]tat|Cour nationale du droit d['’]asile"
                              r"|CAA [A-ZÉ][\w-]+|TA [A-ZÉ][\w-]+|CEDH)"
                              r",\s+\d{1,2}(?:er)?\s+[^\W\d_]{3,9}\s+(?:19|20)\d\d,\s+n[°o]\s?\d[\d./-]*(?:\s?[A-Z])?")


# ... and a decision as Juricaf heads it, its country, court, chamber, day and number after a
# section sign ("§ France, Conseil d'État, 5 / 7 ssr, 29 décembre 2000, 216121")
_JURICAF_CITATION = re.compile(r"§\s+(?P<citation>[A-ZÉ][^,\n]{2,30}, [^\n]{5,120}?, \d{1,2}(?:er)? [^\W\d_]{3,9} (?:19|20)\d\d,"
                               r" [\w./-]+)")


def french_court_title(pages: list[str]) -> str | None:
    """A French court's decision by the citation on page 1's first line (_FRENCH_CITATION), or
    a francophone court's as Juricaf heads it (_JURICAF_CITATION); None otherwise."""
    lines = [line for line in _lines(pages[0])[:12] if line] if pages else []
    if lines and _FRENCH_CITATION.fullmatch(lines[0]):
        return lines[0]
    return next((m.group("citation") for line in lines if (m := _JURICAF_CITATION.fullmatch(line))), None)


# A Dutch court's ruling under its ECLI and the case-law database's fields, each label over its
# value ("ECLI:NL:RBDHA:2031:2305" / "Instantie" / "Rechtbank Den Haag" / "Datum uitspraak" /
# "01-03-2031"), titled as it is cited, the court, the day and the ECLI ("Rechtbank Den Haag,
# 01-03-2031, ECLI:NL:RBDHA:2031:2305"), not by the court's name alone or the site's links
_DUTCH_LABELS = {"instantie": "court", "datum uitspraak": "day"}
DUTCH_COURT_LINES = 40


def dutch_court_title(pages: list[str], own: list[Tagged]) -> str | None:
    """A Dutch court's ruling by its court, day and own ECLI, or None."""
    ecli = next((t.value[1] for t in own if t.value[0] == "ecli" and t.value[1].startswith("ECLI:NL:")), None)
    if ecli is None or not pages:
        return None
    lines = [line for line in _lines(pages[0])[:DUTCH_COURT_LINES] if line]
    fields: dict[str, str] = {}
    for label, value in zip(lines, lines[1:]):
        key = _DUTCH_LABELS.get(_key(label).rstrip(" :"))
        if key and key not in fields and len(value) <= 80 and _key(value) not in _DUTCH_LABELS:
            fields[key] = value
    if "court" not in fields:
        return None
    return ", ".join(x for x in (fields["court"], fields.get("day"), ecli) if x)


# The Official Gazette prints an act's title in capitals, over lines a reader may part with
# blank lines, ending in the act's kind ("ASKERLİK YÜKÜMLÜLÜĞÜNÜ YERİNE GETİRİRKEN ÖLEN VEYA
# ENGELLİ" / "HALE GELENLERE TAZMİNAT ÖDENMESİ HAKKINDA YÖNETMELİK"), under its masthead,
# the kind alone and the authority it is from.
_GAZETTE = re.compile(r"^\s*Resm[îi] Gazete\s*$", re.MULTILINE | re.IGNORECASE)
_ACT_END = re.compile(r"\b(?:YÖNETMELİK|KANUN|TEBLİĞ|GENELGE|YÖNERGE|KARARNAME|KARAR|ESASLAR)(?:İ|I)?$")
GAZETTE_LINES = 6


def gazette_title(pages: list[str]) -> str | None:
    """"ASKERLİK YÜKÜMLÜLÜĞÜNÜ ... HAKKINDA YÖNETMELİK": an act's title in the Official Gazette."""
    if not pages or not _GAZETTE.search(pages[0][:600]):
        return None
    parts: list[str] = []
    for line in (line for line in _lines(pages[0])[:40] if line):
        if not parts and (is_noise(line) or not _in_capitals(line)):
            continue
        if not _in_capitals(line):
            break
        parts.append(line)
        if _ACT_END.search(line) or len(parts) >= GAZETTE_LINES:
            break
    title = " ".join(parts)
    return title if parts and _ACT_END.search(parts[-1]) and is_plausible(title) else None


# An act's particulars as a translation into English prints them beside or under its title:
# its number, then the day it was passed ("LAW ON FOREIGNERS AND INTERNATIONAL PROTECTION Law
# No : 6458 Acceptance Date : 4/4/2013", "Law No. 3713" / "Date of Adoption: 12 April 1991"),
# as the Turkish legislation site prints a law's ("Kanun Numarası : 3713" / "Kabul Tarihi :
# 12/4/1991"); not a story that names a law by its number ("Law Nr. 6458 on Foreigners ... has
# been published")
# (and as the Grand National Assembly's own page of a law prints them, under its notice: "Kanun No.
# 6458" / "Kabul Tarihi : 4/4/2013")
_ACT_PARTICULARS = re.compile(
    r"\b(?P<kind>Law|Act|Code|Decree(?:[- ]Law)?|Regulation|By-?Law|Kanun)\s+(?:No|Nr|Number|Numarası)\b\.?\s*:?\s*"
    r"\d{1,5}\s*(?:Acceptance Date|Date of (?:Adoption|Acceptance|Enactment)|(?:Adoption|Enactment) Date|Kabul Tarihi)\s*:",
    re.IGNORECASE)
# (its title: in capitals, naming the act's kind: "ANTI-TERROR LAW", "... KORUMA KANUNU", not the
# legislature's name over the particulars, "GRAND NATIONAL ASSEMBLY OF TURKEY")
_ACT_KIND = re.compile(r"\b(?:LAW|ACT|CODE|DECREE|REGULATION|BY-LAW)\b|\bKANUNU?$")
# (nor the act's first part under it: "PART ONE", "CHAPTER ONE", "SECTION ONE", "ARTICLE 1")
_ACT_PART = re.compile(r"^(?:PART|CHAPTER|SECTION|ARTICLE|TITLE)\b", re.IGNORECASE)
ACT_HEAD = 800  # how far into page 1 the particulars stand


def act_particulars(pages: list[str]) -> re.Match[str] | None:
    """An act's particulars in page 1's head (_ACT_PARTICULARS): a translation's into English, or
    the Grand National Assembly's own page's in Turkish."""
    return _ACT_PARTICULARS.search(pages[0][:ACT_HEAD]) if pages else None


def act_particulars_title(pages: list[str]) -> str | None:
    """An act's title by its particulars (_ACT_PARTICULARS; a translation into English, the
    Assembly's own page): the capitals before them on their line, else the capitals lines over
    them, else those under the day it was passed ("LAW ON FOREIGNERS" / "AND INTERNATIONAL
    PROTECTION")."""
    particulars = act_particulars(pages)
    if particulars is None:
        return None
    head = pages[0][:ACT_HEAD]
    same_line = head[head.rfind("\n", 0, particulars.start()) + 1:particulars.start()].strip()
    if _in_capitals(same_line) and _ACT_KIND.search(same_line):
        return same_line
    over = [line for line in _lines(head[:particulars.start()]) if line]
    block: list[str] = []
    for line in reversed(over):
        if not _in_capitals(line):
            break
        block.insert(0, line)
    if block and _ACT_KIND.search(" ".join(block)):
        return " ".join(block[-GAZETTE_LINES:])
    under = [line for line in _lines(pages[0][particulars.end():particulars.end() + ACT_HEAD]) if line][1:]
    block = []
    for line in under:
        if not _in_capitals(line) or _ACT_PART.match(line) or len(block) >= GAZETTE_LINES:
            break
        block.append(line)
    title = " ".join(block)
    return title if block and _ACT_KIND.search(title) else None


# The Official Gazette's marks on an act it publishes: its masthead alone on a line
# ("Resmî Gazete"), or with the Republic's initials ("T.C. Resmî Gazete Kuruluş Tarihi : ..."),
# the legislation site's line of the Gazette's date and issue over an act ("Resmî Gazete
# Tarihi: 17.05.2014 Resmî Gazete Sayısı: 29003"), a law's particulars ("Yayımlandığı
# R.Gazete : Tarih : 12/4/1991 Sayı : 20843")
_GAZETTE_MARK = re.compile(r"^\s*Resm[îi] Gazete\.?\s*$|^\s*T\.\s?C\.\s[^\n]{0,12}?Resm[îi] Gazete\b"
                           r"|^\s*Resm[îi] Gazete Tarihi\s*:|^\s*Yayımlandığı\s+R(?:esm[îi])?\.?\s?Gazete\s*(?:Tarihi\s*)?:",
                           re.MULTILINE | re.IGNORECASE)
# ... and what tells a law, the Grand National Assembly's, from the executive's acts (a decree,
# a regulation, a communiqué, a circular, an international agreement's approval): the
# Gazette's legislative section, a law's number on the legislation site, a title ending in
# "KANUN" or "KANUNU" that is no decree having force of law ("KANUN HÜKMÜNDE KARARNAME")
_LEGISLATIVE = re.compile(r"^\s*YASAMA BÖLÜMÜ\s*$|^\s*Kanun Numarası\s*:|^\s*KANUN\s*$", re.MULTILINE)
_LAWS_TITLE = re.compile(r"\bKANUNU?$")
# ... and the Gazette's judicial section and its announcements: no act of the State's
# legislators (a court's decision is read as one; an announcement is none)
_NO_ACT = re.compile(r"^\s*(?:YARGI BÖLÜMÜ|İLÂN BÖLÜMÜ|İLAN BÖLÜMÜ|ANAYASA MAHKEMESİ KARARI)\s*$|Anayasa Mahkemesi Başkanlığından",
                     re.MULTILINE)


@dataclass(frozen=True)
class GazetteAct:
    issuer: str  # "Parliament" (a law) or "Government" (the taxonomy's national bodies)
    evidence: str


def gazette_act(pages: list[str], title: str) -> GazetteAct | None:
    """An act published in the Official Gazette, by the Gazette's marks on page 1's head
    (_GAZETTE_MARK), with who made it: the Grand National Assembly for a law, the executive
    for the rest (`title`: the act's, as read). A court's decision and an announcement
    in the Gazette are none (the Constitutional Court's is read by norm_review_title)."""
    head = pages[0][:800] if pages else ""
    mark = _GAZETTE_MARK.search(head)
    if mark is None and (particulars := act_particulars(pages)) is not None:
        # (a translation into English, the Assembly's own page: a law, an act or a code is the legislature's)
        law = particulars.group("kind").lower() in ("law", "act", "code", "kanun")
        return GazetteAct("Parliament" if law else "Government", particulars.group().strip()[:80])
    if mark is None or _NO_ACT.search(pages[0][:1500]):
        return None
    upper = title.strip().upper()
    law = _LEGISLATIVE.search(head) is not None or (_LAWS_TITLE.search(upper) is not None and "HÜKMÜNDE" not in upper)
    return GazetteAct("Parliament" if law else "Government", mark.group().strip()[:80])


# The Constitutional Court's decisions on a law (norm review: "ANAYASA MAHKEMESİ KARARI",
# "Anayasa Mahkemesi Başkanlığından:") have no name but the docket and decision numbers
# they are cited by, which their heading gives ("Esas Sayısı : 2022/7" / "Karar Sayısı :
# 2022/79") and which are their own identifier (`tr-aym`, archive.identifiers).
_CONSTITUTIONAL_COURT = re.compile(r"\bANAYASA MAHKEMES[İI]\b|\bAnayasa Mahkemesi\b")


def norm_review_title(pages: list[str], own: list[Tagged]) -> str | None:
    """"Anayasa Mahkemesi Kararı (E.2022/7, K.2022/79)" for a Constitutional Court decision
    on a law headed by the Court's name, from its own docket and decision numbers."""
    numbers = next((t.value[1] for t in own if t.value[0] == "tr-aym" and t.value[1].startswith("E.")), None)
    court = _CONSTITUTIONAL_COURT.search(pages[0][:800]) if pages and numbers else None
    if court is None or court.start() > pages[0].find("Esas"):
        return None
    return f"Anayasa Mahkemesi Kararı ({numbers})"


# The Court of Cassation's and the Council of State's decisions have no name either: they
# are cited by the court, the chamber and the docket and decision numbers their heading
# gives ("Yargıtay Ceza Genel Kurulu, E. 2017/36 K. 2020/357 T. 09.07.2020"; "Ceza Genel
# Kurulu" / "Esas No: 2020/255" / "Karar No: 2022/365"), which are mostly figures.
_CHAMBER = (r"(?:\(Kapatılan\)\s*)?(?:\d{1,2}\.\s*(?:Ceza|Hukuk|İdari Dava|Vergi Dava)?\s*|(?:Ceza|Hukuk|İdari Dava|Vergi Dava)\s*)"
            r"(?:Genel Kurulu|Daireleri Kurulu|Dairesi|Daire(?!\w))")  # (the Council of State's "5. Daire")
# (case-law sites print the court in capitals and its numbers under labels: "YARGITAY KARARI" /
# "DAİRE : 16. Ceza Dairesi" / "ESAS NO : 2020/82" / "KARAR NO : 2020/4391" / "KARAR TARİHİ :
# 24.09.2020")
# (a dash between the court and its chamber, as a decisions site heads one: "Yargıtay - 16. Ceza Dairesi")
_HIGH_COURT = re.compile(rf"\b(?P<court>Yargıtay|Danıştay|YARGITAY|DANIŞTAY)\b(?:[^\S\n]+[-–][^\S\n]+|[\s,])*(?P<chamber>{_CHAMBER})?")
_CHAMBER_LINE = re.compile(rf"^(?:(?i:daire)\s*:\s*)?(?P<chamber>{_CHAMBER})$")
_CHAMBER_BEFORE = re.compile(rf"^(?P<chamber>{_CHAMBER})[\s,]*$", re.MULTILINE)
_DOCKET = re.compile(r"(?:\b(?i:esas)\s*(?i:no|sayısı)\s*:\s*|\bE\.\s*|(?<!\S))((?:19|20)\d\d/[\d-]+)(?:\s+Esas\b|\s*E\.)?")
_DECISION_NO = re.compile(r"(?:\b(?i:karar)\s*(?i:no|sayısı)\s*:\s*|\bK\.\s*)((?:19|20)\d\d/\d+)"
                          r"|((?:19|20)\d\d/\d+)\s*(?:Karar\b|K\.)")
_MISC_NO = re.compile(r"\b(?:DEĞİŞİK\s+İŞ|Değişik\s+İş|değişik\s+iş)\s*(?:NO|No|no|NUMARASI|Numarası|SAYISI|Sayısı)\s*:\s*"
                      r"((?:19|20)\d\d/\d+)")
_DECISION_DATE_LINE = re.compile(r"^\s*(?i:karar)\s+(?i:tarihi)\s*:\s*(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d)\b",
                                 re.MULTILINE)
HIGH_COURT_LINES = 8


@dataclass(frozen=True)
class HighCourtDecision:
    court: str  # "Yargıtay", "Danıştay"
    title: str
    date: tuple[dt.date, str]  # the decision's: "T. 09.07.2020" after its numbers, else the year of its number


HIGH_COURTS = {"Yargıtay": "Court of Cassation", "Danıştay": "Council of State",  # (the taxonomy's national bodies)
               "local": "Courts", "prosecutor": "Prosecutors"}
# a court of first instance or of appeal, by its place, number and kind, in capitals or not
# ("İSTANBUL" / "13. AĞIR CEZA MAHKEMESİ", "Ankara Bölge Adliye Mahkemesi 3. Ceza Dairesi",
# "İstanbul 10. Sulh Ceza Hakimliği")
_PLACE = r"(?<![\w.])(?P<place>[A-ZÇĞİÖŞÜ][A-Za-zÇĞİÖŞÜçğıöşüâî]{2,})"  # (a city's name, "İSTANBUL", "Ankara")
_LOCAL_COURT = re.compile(
    _PLACE + r"\s+(?:(?P<number>\d{1,2})\s*\.\s*)?"
    r"(?P<kind>(?i:(?:çocuk ağır ceza|ağır ceza|asliye ceza|asliye hukuk|asliye ticaret|sulh ceza|sulh hukuk|idare|vergi"
    r"|iş|çocuk|aile|bölge adliye|bölge idare)\s+(?:mahkemesi|hakimliği|hâkimliği)))"
    r"(?:\s+(?P<chamber>\d{1,2}\s*\.\s*(?i:ceza|hukuk|idari dava|vergi dava)\s+(?i:dairesi)))?(?![\w'’])")


def _tr_title(text: str) -> str:
    """Turkish words in capitals as a name is written ("İSTANBUL" is İstanbul, "AĞIR CEZA
    MAHKEMESİ" Ağır Ceza Mahkemesi; "I" is ı, "İ" is i)."""
    from archive.search.analysis import turkish_lower

    def word(w: str) -> str:
        lower = turkish_lower(w)
        return {"i": "İ", "ı": "I"}.get(lower[0], lower[0].upper()) + lower[1:]
    return " ".join(word(w) for w in text.split())
_DECIDED_ON = re.compile(r"^[\s,]*T\.\s*(\d{1,2})[./](\d{1,2})[./]((?:19|20)\d\d)\b")


def high_court_decision(pages: list[str]) -> HighCourtDecision | None:
    """The court, title and date of a Court of Cassation's or Council of State's decision
    whose first lines name the court and give both numbers, or None (a text that cites such
    a decision in its sentences is not titled by it): "Yargıtay Ceza Genel Kurulu, E.
    2017/36, K. 2020/357"."""
    raw = _lines(pages[0])[:30] if pages else []
    lines = [line for line in raw[:20] if line][:HIGH_COURT_LINES]
    if not lines or any(is_prose(line) for line in lines[:2]):
        return None
    head = "\n".join(line for line in lines if len(line) <= 200)
    courts = list(_HIGH_COURT.finditer(head))
    if not courts:
        return _local_court_decision(head, "\n".join(line for line in [line for line in raw if line][:14] if len(line) <= 200))
    court = next((m for m in courts if m.group("chamber")), courts[0])
    docket = _DOCKET.search(head, court.end()) or _DOCKET.search(head)
    decision = _DECISION_NO.search(head, docket.end()) if docket else None
    if docket is None or decision is None:
        return None
    # (the chamber the docket's line opens with, as the court's site heads a decision: "Ceza Genel
    # Kurulu 2019/104 E. , 2021/296 K.", over the chamber whose judgment it reviewed, "Yargıtay
    # Dairesi : 16. Ceza Dairesi")
    on_docket = _CHAMBER_BEFORE.search(head, head.rfind("\n", 0, docket.start()) + 1, docket.start())
    chamber = court.group("chamber") or (on_docket.group("chamber") if on_docket else "") \
        or next((m.group("chamber") for m in map(_CHAMBER_LINE.match, lines) if m), "")
    found = "Yargıtay" if court.group("court").lower().startswith("y") else "Danıştay"
    name = " ".join(f"{found} {chamber}".split())
    number = decision.group(1) or decision.group(2)
    date: tuple[dt.date, str] = (dt.date(int(number[:4]), 1, 1), "year")
    date = _day(_DECIDED_ON.match(head, decision.end()) or _DECISION_DATE_LINE.search(head)) or date
    return HighCourtDecision(found, f"{name}, E. {docket.group(1)}, K. {number}", date)


def _day(m: re.Match[str] | None) -> tuple[dt.date, str] | None:
    """The day a match of day, month and year (groups 1 to 3) names, if it is one."""
    try:
        return (dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))), "day") if m else None
    except ValueError:
        return None


def _local_court_decision(head: str, longer: str) -> HighCourtDecision | None:
    """A court of first instance's or appeal's decision, headed by the court and both its
    numbers ("T.C." / "İSTANBUL" / "13. AĞIR CEZA MAHKEMESİ" / "GEREKÇELİ KARAR" / "ESAS NO :
    2019/133" / "KARAR NO : 2020/77"): "İstanbul 13. Ağır Ceza Mahkemesi, E. 2019/133, K. 2020/77";
    else a prosecutor's indictment, read from the `longer` head (its kind stands lower)."""
    court = _LOCAL_COURT.search(" ".join(head.split("\n")))
    if court is None:
        return _indictment(longer)
    number = f"{court.group('number')}. " if court.group("number") else ""
    chamber = " " + _tr_title(re.sub(r"\s*\.\s*", ". ", court.group("chamber"))) if court.group("chamber") else ""
    name = f"{_tr_title(court.group('place'))} {number}{_tr_title(court.group('kind'))}{chamber}"
    docket = _DOCKET.search(head)
    decision = _DECISION_NO.search(head, docket.end()) if docket else None
    if (docket is None or decision is None) and (misc := _MISC_NO.search(head)):
        # (a criminal judgeship of peace's decision numbered as a miscellaneous matter, its date
        # on its line: "DEĞİŞİK İŞ NO : 2023/1234 D. İş", "KARAR TARİHİ : 12/05/2023"; an access
        # ban, a detention order)
        value = misc.group(1)
        date = _day(_DECISION_DATE_LINE.search(head)) or (dt.date(int(value[:4]), 1, 1), "year")
        return HighCourtDecision("local", f"{name}, {value} D. İş", date)
    if docket is None or decision is None:
        return None
    value = decision.group(1) or decision.group(2)
    date = _day(_DECISION_DATE_LINE.search(head)) or (dt.date(int(value[:4]), 1, 1), "year")
    return HighCourtDecision("local", f"{name}, E. {docket.group(1)}, K. {value}", date)


# A public prosecutor's indictment, headed by the office and its numbers and by its kind,
# often spaced ("T.C." / "İSTANBUL" / "CUMHURİYET BAŞSAVCILIĞI" / "Soruşturma No : 2019/12345"
# / "İddianame No : 2020/90" / "İ D D İ A N A M E")
_PROSECUTOR = re.compile(_PLACE + r"\s+(?i:cumhuriyet\s+başsavcılığı)(?![\w'’])")
_INVESTIGATION_NO = re.compile(r"\b(?i:soruşturma)\s*(?i:no|numarası)\s*:\s*((?:19|20)\d\d/[\d-]+)")
_INDICTMENT_NO = re.compile(r"\b(?i:iddianame)\s*(?i:no|numarası)\s*:\s*((?:19|20)\d\d/[\d-]+)")


def _key_lines(text: str) -> str:
    """`text` folded line by line, as doctype's patterns read it."""
    return "\n".join(_key(line) for line in text.split("\n"))


def _indictment(head: str) -> HighCourtDecision | None:
    """A public prosecutor's indictment ("İddianame: İstanbul Cumhuriyet Başsavcılığı,
    Soruşturma No. 2019/12345, İddianame No. 2020/90"), by its office and its kind on a line
    of its own (a news item telling of an indictment is none)."""
    office = _PROSECUTOR.search(" ".join(head.split("\n")))
    if office is None or not INDICTMENT.search(_key_lines(head)):
        return None
    number = _INDICTMENT_NO.search(head) or _INVESTIGATION_NO.search(head)
    if number is None:
        return None
    numbers = [f"{label} No. {m.group(1)}" for label, rx in (("Soruşturma", _INVESTIGATION_NO), ("İddianame", _INDICTMENT_NO))
               if (m := rx.search(head))]
    title = ", ".join([f"İddianame: {_tr_title(office.group('place'))} Cumhuriyet Başsavcılığı", *numbers])
    return HighCourtDecision("prosecutor", title, (dt.date(int(number.group(1)[:4]), 1, 1), "year"))


# A Turkish institution's decision headed only by its kind ("KURUL KARARI", "TAVSİYE
# KARARI") is told from the institution's others by the decision number under it.
_BARE_DECISION = re.compile(r"^(?:[^\W\d_]+ )?KARARI?$")
_COLON = re.compile(r"\s*:\s*")
_DECISION_NUMBER = re.compile(r"^\s*Karar\s+(?:Numarası|No|Sayısı)\s*:?\s*((?:19|20)\d\d/\d+)\s*$", re.MULTILINE)


def numbered_decision(title: str | None, pages: list[str]) -> str | None:
    """"KURUL KARARI (Karar Numarası: 2022/143)" for a heading that is only the kind of decision."""
    if not title or not pages or not _BARE_DECISION.match(title):
        return title
    number = _DECISION_NUMBER.search("\n".join(_lines(pages[0])[:20]))
    if number is None:
        return title
    return f"{title} ({_COLON.sub(': ', number.group().strip())})"


FIRST_LINE_CHARS = 300
# A text run into one line (a document site's copy): its title, then the month or day it is
# dated ("Factsheet – Roma and Travellers February 2018 This factsheet does not ..."), a
# sentence opening after it; not a date the title ends on ("... events of 15 July 2016")
_DATE_AFTER_TITLE = re.compile(rf"^(?P<title>\S.{{10,200}}?[^\W\d_]{{2}}\W?)\s+"
                               rf"(?:\d{{1,2}}\s+)?(?:{_MONTH_NAMES})\s+(?:19|20)\d\d\s+(?-i:(?=[A-Z]))", re.IGNORECASE)
_DATE_TOLD = frozenset("of on in since from to until by for at de du des le la en au".split())  # "... events of 15 July 2016"


# a long line's opening words in capitals, three at least, before a word in small letters
# (not a case's name the line goes on with, "... TANER KILIÇ v. App No. ...")
_CAPITALS_OPENING = re.compile(r"((?:[A-ZÇĞİÖŞÜÂÎÛ0-9'’.,&-]+ ){2,}[A-ZÇĞİÖŞÜÂÎÛ0-9'’.&-]*[A-ZÇĞİÖŞÜÂÎÛ]) "
                               r"(?![vc]\.)(?=[A-ZÇĞİÖŞÜÂÎÛ]?[a-zçğıöşüâîû])")


def first_line(pages: list[str]) -> str | None:
    """The first plausible line of the first pages; a longer one (a paragraph, where the
    text has no heading) up to its last word within FIRST_LINE_CHARS, with "…"."""
    for page in pages[:2]:
        lines = join_wrapped(_lines(page), small_letters=False)  # (a line wrapped after "and", "of", ...)
        for line in lines:
            line = re.sub(r"^[•▪►·]\s*", "", line)  # (a list's bullet before it: "• Komcivîna herî mezin ...")
            if _HOME_GLUED.match(line) and (whole := _run_into(line, lines[:40])):
                return whole  # (a breadcrumb run into a cut headline, printed whole below it)
            # (nor a site's notice of its last updates: "En son güncellemeler ... yapılmıştır.")
            if len(line) > 8 and not _NOTICE.match(line) and not _UPDATES_NOTICE.match(line) \
                    and is_plausible(line[:FIRST_LINE_CHARS]):
                if len(line) <= FIRST_LINE_CHARS:
                    versioned = _VERSION_TAIL.search(line)
                    return line[:versioned.start()] if versioned and is_plausible(line[:versioned.start()]) else line
                # (a cover run into one line, its heading in capitals first: "AYRIMCILIK YASAĞI
                # EĞİTİM REHBERİ İdil Işıl Gül - Ulaş Karan ...")
                if (capitals := _CAPITALS_OPENING.match(line)) and is_plausible(capitals.group(1)):
                    return capitals.group(1)
                # (a page run into one line, its headline, time stamp and story: "DMME’yê ... neheq
                # kir 2019-06-27 12:44:56   MÊRDÎN – ...")
                stamped = _TIMESTAMP_TAIL.search(line[:FIRST_LINE_CHARS])
                if stamped and len(line[:stamped.start()].split()) >= 3 and is_plausible(line[:stamped.start()]):
                    return line[:stamped.start()]
                dated = _DATE_AFTER_TITLE.search(line[:FIRST_LINE_CHARS])
                words = dated.group("title").split() if dated else []
                if dated and len(words) >= 3 and "(" not in dated.group("title") and words[-1].lower() not in _DATE_TOLD:
                    return dated.group("title")  # a page run into one line: its title, then its date
                cut = line[:FIRST_LINE_CHARS + 1].rsplit(" ", 1)[0].rstrip(" ,;:-–(")
                return (cut if len(cut) > FIRST_LINE_CHARS // 2 else line[:FIRST_LINE_CHARS]) + "…"
    return None


_RELEASE_NUMBER = re.compile(rf"^{RELEASE_NUMBER}\s*(?=\S.{{12}})"
                             # (a ministry's release dated before a dash: "11 January 2031 - Press
                             # Release regarding ...")
                             rf"|^{DATE_BEFORE_DASH}(?=(?i:press release|press statement|statement)\b)")


# a UN body's session and the agenda item, the lines a UN cover prints above the title,
# on a copy without the masthead and the symbol (a text taken from the document's body,
# as the OHCHR's document store serves it): "Sixty-fourth session" / "4-22 July 2016" /
# "Item 4 of the provisional agenda"
_SESSION_LINE = re.compile(r"^(?:[\w-]+ ){1,2}session(?: \(resumed\))?$|^\d{1,3}(?:st|nd|rd|th) session$", re.IGNORECASE)


def un_session_and_agenda(page: str) -> bool:
    """Whether `page` opens as a UN document's cover without its masthead (see _SESSION_LINE)."""
    # (the first 40 lines only: called for every document, by the title and the mechanism)
    lines = [line for line in _lines("\n".join(page.split("\n", 40)[:40])) if line][:12]
    session = next((k for k, line in enumerate(lines) if _SESSION_LINE.match(line)), None)
    if session is not None and any(_AGENDA.match(line) for line in lines[session + 1:session + 6]):
        return True
    # ... or an older treaty-body text that opens on its agenda item's title ("CONSIDERATION
    # OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 19 OF THE CONVENTION" /
    # "Conclusions and recommendations of the Committee against Torture" / "TURKEY")
    return any(_CONSIDERATION.match(line) and "article" in line.lower() for line in lines[:3])


# the parts of a page's title ("Texts adopted - 2014 progress report on Turkey - Wednesday,
# 10 June 2015"), as sites set them apart
_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+")
_EU_SERIES = re.compile(masthead_pattern())


def _without_series_and_date(title: str, language: str | None) -> str:
    """A page's title without the series it opens on and the date it ends on, as the European
    Parliament titles its pages in every language ("Testi approvati - Relazioni 2019 e 2020
    sulla Turchia - Mercoledì 19 maggio 2021" is "Relazioni 2019 e 2020 sulla Turchia"): a
    first part that is the Parliament's or the Commission's masthead or series ("Texts
    adopted", "Testi approvati"), then a last part that is a date with its day of the week
    at most (its months in the page's language). Other titles stay as they are ("Press
    release - ...", which tells the document's kind; "Statement - 10 December 2019")."""
    text = title.strip()
    separators = list(_TITLE_PARTS.finditer(text))
    if not separators:
        return title
    if not _EU_SERIES.fullmatch(_key(text[:separators[0].start()])):
        return title
    start, end = separators[0].end(), len(text)
    separators = separators[1:]
    last = text[separators[-1].end():] if separators else ""
    if last and re.search(r"\b(?:19|20)\d\d\b", last) and date_in(last, language) \
            and len(re.findall(r"[^\W\d_]+", last)) <= 3:
        end = separators[-1].start()
    trimmed = text[start:end]
    return trimmed if (start, end) != (0, len(text)) and is_plausible(trimmed) else title


# a link's address after its words, no part of a title (find_title)
_TRAILING_ADDRESS = re.compile(r"[\s:–-]*[(\[<]?\bhttps?://\S+[)\]>]?\s*$")
# ... and a photograph's caption in square brackets after a headline, its credit at its end
# ("... on freedoms of expression [Special Rapporteur ... David Kaye. UN Photo/Jean Dupont]")
_TRAILING_CAPTION = re.compile(rf"\s*\[[^\[\]]{{0,300}}\b(?:photo|foto|fotoğraf|{_PHOTO_AGENCIES})\s*[/:][^\[\]/]{{2,60}}\]\s*$",
                               re.IGNORECASE)

# ... and the citation a library adds to a UN document's title, its symbol and year ("Concluding
# Observations of the Committee on the Rights of the Child, Turkey, U.N. Doc. CRC/C/TUR/CO/2-3
# (2012).", the University of Minnesota's human rights library)
# a report series' issue run into the title's line on a copy ("April 2001 Vol.13, No.2 (D) Small Group Isolation
# in F-type ...", Human Rights Watch's numbering of its reports)
_ISSUE_HEAD = re.compile(r"^(?:[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d\s+)?Vol\.\s?\d{1,3},?\s+No\.\s?\d{1,3}\s*(?:\([A-Z]\))?\s+(?=\S)")
_TRAILING_CITATION = re.compile(r",?\s*U\.\s?N\.\s?Doc\.\s*[A-Z][\w./-]*(?:\s*\((?:19|20)\d\d\))?\.?\s*$")


def find_title(pages: list[str], meta: dict[str, Any], own: list[Tagged], case: Case | None,
               court_decision: HighCourtDecision | None = None, language: str | None = None) -> Tagged | None:
    """The title by the rules above, with its rule (the title's source) and evidence
    (`court_decision`: the Turkish high court's decision the pages are, read once by the
    caller with high_court_decision; `language`: the pages', for the dates a web page's
    title may end on)."""
    if case is not None:
        return Tagged(case.title, [Evidence(case.title, 1)], rule="ecthr-heading")
    candidates: list[tuple[str, str | None]] = []
    court = None
    if pages and pages[0].strip():
        page_title = _without_series_and_date(meta.get("page_title") or "", language)
        if page_title:
            candidates.append(("heading", page_title))
        # (or its job number, "GE.10-14495", on a copy without the masthead; not a correspondent's
        # dateline, "UNITED NATIONS – UN human rights office on Tuesday ...")
        is_un = any(t.value[0] == "un-symbol" for t in own) or re.search(
            r"^\s*(?:united nations|nations unies)\b(?!\s*[-–—]\s)|^\s*GE\.\d\d-\d{4,}", pages[0][:600],
            re.IGNORECASE | re.MULTILINE) \
            or un_session_and_agenda(pages[0])
        if is_un:
            candidates.append(("cover-page", un_cover_title(pages)))
        # (a court's name and its numbers are mostly figures, which is_plausible takes for a code)
        # (a German, Dutch or French court's decision as it is cited is mostly figures too)
        court = court_decision.title if court_decision else german_court_title(pages) or dutch_court_title(pages, own) \
            or french_court_title(pages)
        candidates.append(("heading", cm_item_title(pages) or norm_review_title(pages, own) or court or parties_title(pages)
                                      or question_title(pages, own)
                                      or letter_subject(pages) or journal_record_title(pages) or dublin_core_title(pages)
                           or bundestag_answer_title(pages)
                           or pace_title(pages)
                           or pace_record_title(pages)
                           or election_report_title(pages) or ilo_title(pages) or gazette_title(pages)
                           or act_particulars_title(pages)
                           or _without_series_and_date(numbered_decision(
                               ended_by_file_title(pages, heading_title(pages), meta.get("file_title")), pages) or "",
                               language)))
    candidates.append(("metadata", meta.get("file_title")))
    if pages:
        candidates.append(("heading", breadcrumbs_last_part(pages)))
        candidates.append(("heading", headline_over_stamp(pages)))
        candidates.append(("first-line", first_line(pages)))
    for rule, title in candidates:
        # (a link's address after its words: "Link to Full Report on Turkey: http://www.state.gov/...")
        title = _ISSUE_HEAD.sub("", _TRAILING_CITATION.sub("", _TRAILING_CAPTION.sub("", _TRAILING_ADDRESS.sub("", title)))) \
            if title else title
        if title and (is_plausible(title) or title == court):
            title = re.sub(r"\s+", " ", re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", title)).strip()[:MAX_TITLE]
            title = _RELEASE_NUMBER.sub("", title)
            title = re.sub(r"\s*\(\s*\)$", "", title)  # (a document site's copy lost the State: "concerning A. B. ()")
            return Tagged(title, [Evidence(title[:200], 1)], rule=rule)
    name = (meta.get("file_name") or "").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    if stem:
        return Tagged(stem[:MAX_TITLE], [], rule="file-name")
    return None
