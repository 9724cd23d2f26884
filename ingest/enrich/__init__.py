"""Enrichers: pure functions of (pages, metadata) returning values with evidence.

`enrich()` runs them all; the importer and `hrarchive enrich` apply the result to a
document without overwriting values a person set (see ingest.enrich.apply).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Sequence

from archive import taxonomy


# Bumped whenever the rules change what they find: `hrarchive enrich --all` re-runs them
# over every document enriched by an older version (and only those: it resumes).
RULES_VERSION = "2026.12.200"  # .200: a treaty body's dialogue headlined "Experts ... commend ..., ask about ..." is news; .199: a headline's plural verb (MEPs adopt, experts publish) is news; .198: the Committee of Ministers' news on a case about its respondent; .197: a body's news of a resolution it adopted is news; .196: the SG's report under its subject a report; .195: URGENT ACTION and Dispatches no title, a date after since no document date; .194: the HRC's decision on a review's outcome a decision; .193: a date under two lines of text below "adopted" is not the adoption; .192: a press briefing told of in running text makes no briefing; .191: a statement at the end of a visit; .190: Uyghur (Latin) needs é, ö or ü (Kurmanji typed without ê was ug); .189: a memo header is no record of fields; the Commission's answer to a question a parliamentary-question; .188: a headline telling of a call or a condemnation is news; .187: a body's news of its opinion, memorandum or report is news; .186: a treaty body's review as meeting summaries headline it is news; .185: a headline telling of a visit by its verb is news (was visit-report); .184: Zazaki by its function words zza (was ku); .183: a language told by its alphabet uses its commonest letter Turkish lacks (Laz und, was az or ku); .182: an answer of langdetect only in the text's own script (Adlam, Grantha und), Yiddish yi; .181: the Constitutional Court's English pages in table cells ("Application No: ..." under its name); .180: "Evrensel Periyodik Değerlendirme" the UPR's; .179: a State's national report to the UPR in Turkish is a state-report; .178: Türkiye's embassies heading their pages (Government, no title), "Pressemitteilung" a statement; the adoption sentence in Russian and a French meeting over two days; .177: a letter by its heading line ("Letter addressed to ...") before the visit it follows; Turkish "tarihli N. toplantısında" adoption; .176: Arabic dates (Levantine months, the UN's double names, Arabic-Indic digits) and the UN's Arabic adoption sentence; a line is in capitals only when most of its letters are; .175: a news site's section in other languages no title; a dateline with its update after a bar no browser header; .174: a Turkish headline telling of a report ("... raporuna onay vermedi") is news; .173: the High Representative by "HR/VP" and in Turkish and French (taxonomy cues of the EEAS); .172: French treaty-body covers: a meeting "séance, le ..." without "tenue" dates adoption, "Date des constatations", the older views' kind alone ("VIEWS", "CONSTATATIONS") furniture and a decision, a /D/ symbol run into its date parted at the communication's year; .171: Persian typed on a Kurdish keyboard (ە for ه) is fa; a ministry's release number in any case ("Sc-20, ..."); the Parliamentary Assembly's adopted texts as its sites print them (tools, number line, particulars, "Text adopted by the Assembly" a resolution, French numbers) and its French record of a sitting; a Parliament resolution opening on its full title ends at its preamble; an EU document's number in brackets after words is cited; .170: a body's report on its session a report (was a decision); a page's top link alone ("TOP", "Haut") and "Collectif ..." no title; a bulletin's month opening its heading before a dash dates it; .169: Turkish UN translations' meeting adoption ("... tarihinde yapılan N. toplantısında ... kabul etmiştir"); the Commission's country report typed in every EU language; a title's rest in small letters under a blank line ("on legislative and other measures ..."); the Istanbul Convention and Protocol are no mention of Türkiye; a cover title in capitals kept on one line up to 300 characters; .168: a Venice Commission opinion in Turkish translation (dateline, masthead, adoption); .167: the Committee of Ministers' decision on a case in French; .166: French state reports, Spanish/Russian lists of issues, "REPORT BY X" capitals over blocks, "s'est rendue" no delivery; .165: summary records in French and Spanish (title, subject, no adoption from "compte rendu"); .164: office software's placeholder titles in other languages refused; .163: the Parliament's page titles without series and day; its and the Commission's names in the Union's languages are cues; .162: a UN resolution's heading in Spanish and Russian; .161: the Commission's report in the Union's languages and Turkish (masthead, series, accompanying); .160: treaty bodies named in Russian and Arabic (taxonomy), CAT's Russian conclusions and recommendations; .159: Russian summary records and views (type, title, date), French convention and session lines on UN covers; document type phrases folded; .158: a name's capital set apart in an ECtHR heading ("ADEMOVİ Č") is joined; .157: a web page's date known to its month or year only gives way to its text's day within it; .156: the European Parliament's texts in the Union's 24 languages (masthead, series, resolution), its tenth term's P10_TA numbers; .155: a cited text's date in running text does not date a document; UN particulars and French meetings date adoption; Spanish communication numbers; .154: a judgment or decision whose delivery date is not read is not dated by its text; .153: Sorani in Arabic script with tatweel or Arabic kaf/yeh is ku; .152: "UN experts" (special procedures), "UN Human Rights Office" (OHCHR); .151: a bilingual heading whose State only one language names, "EU Commission" / "AB Komisyonu"; .150: a Commission decision without its heading read from its formula; the Council of Europe's masthead and Secretary General (CoE), the CEPEJ, "European Commission for/against/of ..." not the EU's, a body's short name in brackets no title, statements by "açıklaması" and "Déclaration du", a body's abbreviation as a headline's subject ("CPT publishes ..."); .149: a body's name broken across a UN title block's end; .148: no headline verb that is also a noun; .147: the European Council's masthead in capitals; .146: a State under a title read first without its mark; .145: a two-page decision's running head and number; .144: a heading over blank lines after a word that cannot end it; .143: kind, body and date read the same wrapped; .142: a body's name, a session line, a subtitle's start wrapped; .141: a date broken across lines; .140: wrapped EU headings, subject fields, first lines, capitals; .139: titles a PDF wrapped over lines; .138: older SP letters; the CHR's item; .137: news of a report's publication or response; .136: a communication's number over its decision; .135: the time before a dash is no period; .134: the CM's H46 item as a title; "ДЕЛОТО"; .133: "[TRANSLATION]", "THE FACTS" are no title; .132: a judgment's cover that lost its case line, read by its opening; .131: the OHCHR's press room section under a promotion banner; .130: a site's menu of a word or two a line is no title; .129: the Committee of Ministers' own documents (CM(2012)168); a title's line ending in a colon goes on over a blank line; .128: a Turkish translation of a UN cover: its Working Group, session and place lines are furniture, its views are a decision; .127: the Court's news and press releases by their titles ("Judgment concerning Türkiye") are statements; a "Top of page ↑" link is no title; .126: a State's national report on the European Social Charter is its report to the ECSR; a site's section as a press page's first line; .125: the Human Rights Council's agenda item 2 title is no document's, the question above a title naming no country heads it; .124: the UN's meetings coverage by its press symbol ("SC/16543"), a release dated before a dash, a title naming the Secretary-General's text are the UN's; .123: a site's skip link in more languages, its language switcher and a speech's address to the chair are no title; a Spanish text's adoption ("En su 620ª sesión, celebrada el ..., aprobó las presentes"); .122: a saved page's title bar ("X | Human Rights Watch") over its heading is no part of the title; .121: Türkiye's statement at a body's meeting is the Government's; a Working Group's opinion is about the State it wrote to; a title's empty brackets dropped; .120: "European Parliament resolution of ..." opening its line makes a resolution, however long the line; .119: a country's name and a year ("TURKEY 2022", an annual report's entry) is no reference number; .118: a text adopted "a decision on <date>" tells of another text; a decision headed by its meeting's line is adopted at the meeting; a ministry's numbered press release is the Government's by its words; .117: treaty bodies' names on French covers are furniture; the particulars under Spanish and French views end the title; "Dictamen aprobado", "Constatations adoptées" are decisions; .116: the Federal Republic of Germany (and in French and Turkish) is Germany in the gazetteer; .115: the OHCHR's logo words a cue; a cover's month alone is not the rest of a wrapped day after a period's year; .114: a State's name with a footnote mark glued to it ("Turkey[1]") is the State; .113: a UN addendum's own title right under "Addendum" without a blank line ("Information received from ... on follow-up ...", "Replies of the Government of ...") is part of the title, not another block; .112: a Turkish translation's applicants after the court's initials a law site prints over the heading ("AİHM" / "ZEKİ BAYHAN - TÜRKİYE DAVASI"); .111: the Court's factsheets and press country profiles are the Court's (cues); a cover's month alone on its line before any day dates it; a text run into one line is titled by its words before the month or day after them; a country alone under a heading title is part of it; .110: a UN addendum's own title wrapped into a line going on in small letters ("... of the Working Group" / "on Enforced ..."); .109: a non-breaking hyphen HUDOC's text spaces ("MARTIN ‑ DUPONT") is a hyphen in the ECtHR reader; .107: the old Court's judgment opening on its case without a heading ("In the case of X v. Turkey (1), The European Court of Human Rights, sitting, ...") read as the judgment it is; a heading in French and English names the case in the text's language; a French judgment's application from its origin paragraph in the singular ("se trouve une requête"), and "A son origine", "A L'UNANIMITE" without accents; .108: a decision headed by its meeting is not dated by a judgment's delivery its sentences recall, and "judgment of <date>" dates a text only where it opens its line; the Committee of Ministers' decision on an agenda item by its item ("CM/Del/Dec(2024)1501/H46-34"); .106: a report's kind alone over its author and occasion ("REPORT" / "by ..." / "Following his visit to ..."); an office's holder's name under it and "Original version" no title; an activity report a report; .105: a headline telling of a published report is news (not a press release); "the response of the ... Government" a government-response only in the title or on a heading line; .104: the Commission's older staff working documents (eu-sec: SEC(2006) 1390; "COMMISSION OF THE EUROPEAN COMMUNITIES" masthead and cue, "EN EN EN" furniture); .103: a UN symbol in brackets opening a line a sentence wraps into is cited; a meeting's record's symbol between it and its date; a label under a cut title is not joined to it; .102: a decision's "Date of present decision:" its adoption; a field's label alone on its line is no UN cover's title; a converter's space after a cover line's first capital closed; "Follow-up report on decisions" a report; .101: a meeting adopts the text itself ("the report", not "a draft resolution"), named in four words at most; a UN cover read by its session and agenda lines is the UN's; .100: the date of adoption the sentence saying "adopted" tells (the meeting it names before or after it, never the next sentence's: a UPR report was adopted on its troika's selection); a line a sentence wraps into is no line opening with "adopted"; a treaty body's copy without its masthead by its session and agenda lines, or its agenda item's title opening it; CERD's "List of themes" a list of issues; the older "Concluding comments" and "Conclusions and recommendations of the Committee" concluding observations; the committee by the article States report under; a UN symbol in brackets after words cited; a symbol run into the cover's date parted where only one reading gives a day; an application number of one or two digits after the word for it; a headline opening on a committee's name a title; .99: an organisation's name with its footnotes' marks over a title is no title; .98: a tracking pixel's "fbpx" is no title; only a short line ending in "logo" is a logo's text; the EU Delegation to Türkiye is the EEAS's; .97: Türkiye's "Permanent Representative" names the Government; "Chairmanship: ..." is no title; .96: a prosecutor's indictment by its heading (type indictment, national body Prosecutors, titled by office and numbers); "SUÇ TARİHİ VE YERİ" dates nothing; .95: a UN cover read as one line is set out again as its lines (title, symbol, subject, date); .94: a UN cover's title wrapped in the middle of a body's name over a blank line is one title; .93: a court of first instance's or appeal's decision by its heading (place, number, kind, both numbers; national body Courts); the dates of the facts in a heading ("SUÇ TARİHİ") date nothing; .92: a Court of Cassation's or Council of State's decision as case-law sites print it (the court in capitals, "DAİRE :", "ESAS NO :", "KARAR NO :", "KARAR TARİHİ :"); .91: a press release by its site's section over it ("Press releases Human Rights Council", "Communiqués de presse ..."); a tracking image's "dcsimg" is no title; .90: a parliament's stamp on an annexed document ("Udenrigsudvalget", "Alm.del Bilag", "Offentligt") and an image's file name are no title; .89: a document viewer's "You are on page 1of 12" in its other languages is no title; .88: the Lanzarote Committee (CoE body; its documents T-ES(2017)12, coe-lanzarote); a body's name over lines or after its short name is no title; a report's kind alone over its subject in capitals titled with it; .87: a State applying keeps its name's article in an ECtHR title ("UKRAINE AND THE NETHERLANDS v. RUSSIA"); .86: a UN cover run together keeps its symbol apart from its distribution line and date ("GENERALCAT/C/SR.55713 May 2003": the day told by the symbol cited again); .85: a photograph's caption with its agency's credit in brackets, a weather box (temperature and place), "Must read", "Separator", a scraper's date field are no title; a headline telling of a report ("...: report", "report finds") is news; .84: a breadcrumb's label "You are here" is no title; .83: a listing's labels ("Latest" / "Story") are no title; .82: the Ministry's numbered releases in French ("QR-54, le 5 octobre 2017, ..."); .81: a case's name printed again is preferred only as the same case, "( Application no." spaced; .80: "statement", "press release", "press briefing", "letter" type a text only in its title or on a heading line; a speech by its address to the chair; .79: a UN addendum's own title wrapped over lines, to its dates; .78: a forum's labels, a document site's page count under a cut title are no title; the CPT's nickname "Anti-Torture Committee" a cue; .77: a UN agency's name makes its text the UN's only opening a heading line; .76: a declined country name's ending begins with the letter its stem dropped or a vowel (an adjective, Greek "τουρκική", is no "Τουρκία"); .75: a first line taken as the title is running text only by a sentence's end or a verb; a series line is furniture only with a date after its number; icon names only as hyphen-joined words; a date with its weekday between day and year and an empty list's notice are no title; .74: a case's name printed more than once: the heading's, the one the application number follows; .73: the Court's name after a case's name in a law site's title is no stage of the case; .72: the Ministry of Foreign Affairs' numbered releases without their masthead are the Government's; .71: a translation's notice's "Daire Başkanlığı" is no section line; .70: a site's icons' names taken as text are no title; .69: the words that carry letters a detected language lacks are read on their own, and set aside when English (a Turkish item was Tatar for its site's "weather", "left-arrow"); .68: a UN cover run into one line keeps its masthead's symbol (after the organ's name; Turkish "Birleşmiş Milletler Genel Kurulu"); a search box's instruction is no title; .67: no title: a think tank's series line (and run into a title), the Gazette's date and issue line, a document site's furniture, an ORCID, "e-Başvuru", "Publication", an aggregator's byline, a Bundestag print's number, term, kind and askers; .66: a journal's masthead, an academic byline, "Hazırlayan" are no title; a court named with the word for its judgments or case-law is what a text is about, not its author; a founding date ("Kuruluş Tarihi", the Official Gazette's masthead; "Founded in") dates nothing; "açıklama" a statement only on a heading; .65: the Congress of Local and Regional Authorities (CoE body; its documents CG(17)10 and three-figure texts adopted since 1994, coe-cg; a report with an explanatory memorandum is a report); the EU asylum agency (EUAA/EASO, EU body); the European Parliament's questions (eu-ep-question, type parliamentary-question, titled by kind, number, addressee and subject); no title: a short line before a dated "Press release - <date>" line, an arrowed breadcrumb, "skip to content" in more languages, "top of page", the Parliament's portal link and language choice, GOV.UK's kind of page, a news section, social buttons in a line, an addressee, "Sent by e-mail", an address with its e-mail, a series line ending "Original: English"; a first-line title cut at a word with "…", and a paragraph so taken names no author, kind or subject; a letter's addressee, a list of abbreviations and a name opening a paragraph's sentence name no author; a Rule 9.2 communication is civil society's submission; .64: the EU Court's texts (CJEU, an EU body): judgments, orders, Advocates General's opinions and summaries titled by kind, parties and case, typed and dated by their heading; an ECLI names its court (ECLI:CE the ECtHR, ECLI:EU the CJEU, a national one none); a page's months in its language (CLDR); UN resolutions (a Security Council resolution by its number and adoption line, a General Assembly's by its numbered title past the committee's bracket, a copy without its number by its adoption line, a web copy by its number over it (the UN's, not PACE's for the number), none from its preamble; "Security Council Distr.: General" furniture; typed by their adoption or preamble line, the UN's); the words for a guide, news (but on a web page), a judgment, decision, recommendation, memorandum, opinion or general comment type a text only in its title or on a heading line (a short line no paragraph wraps into or out of, no sentence); a body named where a paragraph's sentence wraps into its line and goes on is cited; a visit makes the subject only in the title or on such a line; the Court of Cassation and the Council of State (national bodies) by their decisions' headings, dated by their numbers' line or their decision number's year; the Constitutional Court's decisions database (header, notice, citation) and English translations ("(Application no. 2016/24912)", its lines a cue); a third party's written comments in a case a submission, an NGO's civil society's, titled by the parties over three lines and the kind under them; a State's national report to the UPR a state-report, its comments on a visit's recommendations a government-response; type general-comment; the UN Information Service's meeting summaries statements; the treaty bodies' and special procedures' French and Spanish names, GREVIO's, GRETA's, the FCNM Advisory Committee's, FRA's and the EEAS's French names, the European Parliament's verbatim report, the Constitutional Court's English lines as cues; "Country under review:" names the subject; a UN agency's report or brief is the UN's by its name on a heading line, its name or logo no title; "2030 brief", "Issue brief" a briefing; the Parliamentary Assembly's record of a sitting ("AS (2017) CR 12": the Assembly's summary-record, titled by its sitting and day); a treaty body's spaced letters ("C AT/C/SR.2123") its symbol; no title: a site's section named by a body, a body's full name alone, a banner with its "Learn more", a list's item, "Breadcrumb", a page's reading time, a newsletter's label, "TBMM", "YouTube", an organisation's, a Turkish union's, confederation's or chamber's name over a heading, "JUDGMENT" alone, a "Back" link in the Council of Europe site's other languages, a spokesperson's answer's number and date, the European Parliament's sitting line with its weekday; .63: a Constitutional Court decision under its information form; an application's or complaint's date is no document's; an archived site's notice and its date date nothing; a date alone on its line dates the page before one inside a sentence; a link to the file ("Download the full report"); a browser's header over a web page printed to PDF; the European Council (EU body; its masthead line, cues); "Remarks by" a statement; an archived site's notice, a run-together breadcrumb, EU pages' labels, "You are on page 1of 3"; "... HAKKINDA" / "KANUN" one title; an act in the Official Gazette (title in capitals to its kind; masthead, number, kind, authority are furniture); a back arrow, "Bu sayfayı yazdır"; a translation's note of its language, ECRI's Turkish name (also a cue), "Ana içeriğe atla", "Kabul tarihi"; a title cut after a word that cannot end it completed from a line further down; a treaty body's kind of document naming no body is the committee whose symbols it cites; "Published on" states the date only at the head of its line; the European Parliament's procedure side bar on its document pages; the Council of Europe's page tools; a site's "Back" link in the page's language; an Arabic cover's committee and session lines, its summary record; the UN's page labels in French, "skip to main content" in Arabic and Russian; the UN's Spanish and Russian covers (furniture, title starts, the State under the title, "Estado parte:", "Acta resumida"); a UN cover in another language with the mark on the State's line alone, a State's report in Russian or Spanish; a UN copy without its masthead by its job number; a UN cover run together read as its lines; "Oral update of"; a special session's symbol (A/HRC/S-17/2/Add.1); a resolution only by a heading; "Advance Version Distr.: ..."; a blog's "Pages"; a byline's label alone on its line ("Yazan:", "Γράφει:") is no title; a photograph's caption printed again with its credit is no title; UNHCR (UN body); Türkiye's ministries and missions (national body Government), their masthead names the author; a ministry's press release titled without its number and date; a web page's table borders; a Secretary-General's report is a report (title wrapped over a blank line, "Distr.: General15 June 1995"); a press release by its label under the title in EU languages; a visit's report only by a heading; German, Dutch and Italian months; the ILO (UN body; its supervisory bodies' texts as NORMLEX prints them: titled by kind and convention or case, typed observation, direct-request, report, dated by the Conference session that published them and the year adopted; the database's furniture; a session's line over a text); the EU's statement at another institution's meeting is the EEAS's; a breadcrumb after a site's name; .62: the OSCE (mechanism; ODIHR, OSCE PA, RFoM, HCNM) and its election observation reports (title: State, election, kind of report); a dateline ("Warsaw 18 November 2014") dates a document before a date in its title; the Committee of Ministers' notes (CM/Notes/..., their page's title bar), agendas (CM/Del/OJ/DH), its pages' notice of another version, a meeting line and the heading under it; a text that begins as a press release or statement is one whatever judgment it names; a news site's masthead, "Site icon", a photo credit "UN Photo/ ...", "UN Press Release" over a title, a title printed twice; English months abbreviated ("08 Jul 2017") and "May 17 2018"; the Commission's decisions on applicants numbered and on applications each introduced by its own applicants, a surname in capitals printed with a small i ("BiÇER"); initials ("A. K. VE DİĞERLERİ BAŞVURUSU") are no lettered heading; a blog's label notice, a date with its day of the week, a law firm's name, an author's byline with its footnote are no title; a text naming the Court only on a heading line is no judgment for want of another kind; a news site's labels ("Haber", "Reklam", "Kategoriler: ..."), "skip to main content" in other languages, a search box's "no results"; the Official Journal's masthead; "Date:" states the document's date, and a catalogue's "2015 Apr" is a month; the Venice Commission's notice atop its opinions (its sentence left the page without a heading), "Opinion No. 865 / 2016", "Engl.only"; a title runs on into the numbers of what it names ("LAWS" / "NOS. 667-676"); a State named in a title as its ministry's or department's is the author, no subject, when another is named; a date with the time, a photo credit; an aggregator's labels; a title printed again with its date; a title naming a briefing or factsheet settles the type; a dash after a title is no period's; a logo's text; an accessibility toolbar; a section's label ("GENEL OLARAK:") ends a title, and so does a list's item ("• ..."); "img", "A+ A-"; Kurmanji months ("2 Tîrmeh 2024"); "Click to read the article in ..."; the Venice Commission's French masthead; a title in capitals runs on into a date on its own line; a record headed by fields is titled by its subject field; a site's account links and Turkish sharing buttons; .61: the UN High Commissioner is OHCHR, not the CoE Commissioner; a title in capitals and its subtitle in small letters joined with a colon; title blocks of up to eight lines; a running head with its page number is furniture; an organisation's "Submission to the ..." is a submission; a web page's navigation ("MENÜ", "Skip to main content") and a preface ("Foreword", "Önsöz") are no title; "Statement by the Spokesperson on" is the EEAS's, the UN Secretary-General's spokesperson the UN's; a title naming a statement settles the type; a date followed by the time of day is no period; EUR-Lex's page (its notices, the CELEX number as the SWD/COM/JOIN number, the one-line title without its kind and the document it accompanies); dates in figures with dashes ("06-09-2023"); "At a Glance" is no title; a paragraph's long first lines under a title are no part of it; a body's name wrapped over two heading lines; "July 2015 to December 2016" is a period; "... in South-East" / "Turkey" is one name; a title naming a memorandum settles the type; a breadcrumb is no title; GRETA (body, identifier GRETA(2019)11, its masthead; the Committee of the Parties' "Recommendation CP/Rec(...)" titled from that line); a factsheet is a briefing; an institution's name with a date beside it is furniture; "Updated on ..." / "Last updated: ..." ends a title and dates the document; a country profile is a briefing; a decision of the Court of Cassation or the Council of State titled by court, chamber and numbers ("Yargıtay Ceza Genel Kurulu, E. 2017/36, K. 2020/357"), a judgment; "Başvuru Numarası" is the Constitutional Court's only in brackets (the Ombudsman's and the equality institution's decisions were the Court's); "KURUL KARARI (Karar Numarası: ...)", a decision; a memorandum's "From:"/"To:" header makes its subject line the title (the Council of the EU's documents), its masthead furniture; sharing buttons and a photo's credit line are no title; GRECO by its report numbers (coe-greco) and full name, not "GRECO" alone ("El Greco"); "Adoption:" / "Publication:" lines; .60: the Parliamentary Assembly's documents (title under "Doc. 14282", with the kind when not the report; identifiers pace-doc; types report and amendment); a header's "see", "cf.", "voir" make an identifier cited (the pattern never matched); a date over a page number "- 2 -" is no period; an ECtHR decision heading spaced "Application no . 123/16", "and O thers"; .59: "E., K." citations are the Constitutional Court's only after "AYM"; .58: a list of issues' or concluding observations' title read without its UN masthead ends as on a cover; .57: the Constitutional Court's decisions as identifiers (tr-aym: "Başvuru Numarası: 2016/24912", "B. No: 2014/1234", "E.2022/7, K.2022/79"); .56: a Turkish translation's UN cover furniture ("Dağıtım: Genel", "Asıl: İngilizce", "... Komite"); .55: "Article 13 taken in conjunction with Protocol No. 4" (no article named) pairs with the one article of that Protocol the case decided on (13+P4-4); .54: country of origin information reports (type, the agency's name over the title); .53: a joint communication (JOIN(2023) 50: its identifier, body, and title under the EU masthead "EN EN", the High Representative over four lines); .52: "Plenary sitting" is no title; .51: a letter titled by its subject line ("Re: ...", "Konu: ..."); two countries named as often make neither the subject; .50: a UN symbol as the UN writes it ("A/HRC/37/50/Add.1", not "ADD.1"); .49: a title line in capitals ending "OF THE" goes on; .48: a Constitutional Court decision on a law titled by its numbers ("Anayasa Mahkemesi Kararı (E.2022/7, K.2022/79)"); .47: a title that lists many numbers ("Views adopted ... Nos. 3106/2018, 3107/2018, ...") and its marks " * , **"; the particulars under views end a title block; "Summary record (partial)"; a day is on its month's line ("Version 2.0" / "May 2018"); "Version 2.0" and an English ministry's masthead are no title; "decision makers" and "decision-making" make no decision; .46: a UN title ends at its footnote mark or the State it ends in when no subtitle follows (the first heading under it is the text's); "REPORTS SUBMITTED BY STATES PARTIES" heads a title; "[12 November 2007]" and "UNITED NATIONS HRI" are no title; a footnote mark inside a title; "Additif"; a title naming a monitoring procedure's kind of document settles the type; types state-report and summary-record; a summary record is about the States whose reports it considered; a shadow report or joint submission is a submission whatever review it addresses; .45: a decision's articles in issue leave out "Article 12.8 of the Constitution", a case "cited above" or "[GC]" (a sentence goes on past "v."), and an article named without "of the Convention" in a sentence on another instrument (the Social Charter, its Committee, a Covenant, a Constitution, a Code); complaints in the present tense ("The applicants invoke Article 3", "rely on"); not what was argued in the domestic proceedings ("appealed, invoking", "lodged a constitutional complaint", "the plaintiff relied on") or not relied on ("failing to rely on"); a Turkish decision's complaints leave out the Constitution's and laws' articles ("Anayasa'nın 17. maddesi") and what was argued at home ("Anayasa Mahkemesine ... bireysel başvuru", "itiraz etmiş"); .44: an accessory article "in conjunction with Article 8 and Article 1 of Protocol No. 1" (a pair with each); "Article 13 in respect of the complaint under Article 3" (13+3); "Article 18 has been violated in conjunction with Article 5 § 1" (18+5-1); a file's creation date when the text has no date; a heading ends where the file's own title printed on page 1 ends; a title line ending in a preposition goes on ("... people in" / "İstanbul"); .43: "Articles 14 and 8 taken together", "des articles 13 et 3 combinés" (the pair); the Court's advisory opinions (type, title); a word counts for the most specific term it matches; a surname after a form of address and a given name; a web page that says it is an article is typed by its title, else news; a text mostly in other letters than Latin ones is no Latin-script language; .42: a request to strike out dismissed strikes nothing out; DH-DD documents (symbol, title, type); Turkish State institutions heading their documents; the Ombudsman's decisions; CM resolutions; a cover title in capitals over blocks; a Turkish translation's separate opinions; government responses (type government-response); a UN addendum's own title; "ABD" only in capitals; a translation's case number ("(No. 2)", "(2 No'lu)", "(N. 2)", "(№ 2)") and a Turkish em dash; a negation before a finding ("not in breach of", "do not disclose a violation", "not been established that", "aucune violation"); French "a été violé", "par. 1", "manquement"; a decision on "Applications nos. 123/19 and 3 others"; Turkish translations' operative parts: "14. maddesinin 8. maddesiyle bağlantılı olarak", paragraphs listed ("1. ve 4. fıkraları", "5 § 1 ve 5 § 4"), a paragraph's letter, "ihlal bulunduğuna", "ihlal edilmiş olmadığına", "yerine getirmediğine"; a removal that "would not give rise to a violation" or "would not breach"; "has not complied with", "failed to discharge", "n'a pas satisfait à", "a failli à" Article 38 or 34; French "pris conjointement avec", "lu en combinaison avec"; "taken alone and in conjunction with"; a Protocol's article "to the Convention" taken with another; "Articles 2 or 3"; .41: conclusions in the older notation ("para. 3 (art. 5-3)"), "has been violated", French "§ 3 c)" and "n'y aurait pas", "read in the light of" another article, Article 46 § 1; a judgment headed "Proceedings under Article 46 § 4 in the case of ..."; a currency's code beside an amount is no country; French "M. Aydın" is a person; the European Commission of Human Rights' reports; the Committee of Ministers' decisions and notes at a DH meeting; "Note by the Secretariat" under a UN title is no subtitle; "Visit to Türkiye" before a special procedure's title; a lettered heading ends a title; lists of issues; the author of a report the Secretary-General transmits; the Committee of Ministers' notes titled by their case; the date of adoption from the line that states it; "Published on" says the publication's date; ECRI and GREVIO symbols; .40: application numbers of cases cited as the Court cites them; Turkish translations printed otherwise; a country's name in small letters on a Turkish page is a word; a name after a form of address is a person's; a Turkish place that is also a word needs a sure name of Türkiye beside it; the Registry's legal summaries; three applicants named as a list; a surname's small words; Turkish capitals name by name; .39: communicated cases; a text about a case is not the Court's; .38: Sorani country names on Kurdish pages; the Kurmanji shortcut wants three different function words; .37: a one-word country name in small letters is a country only in the page's own language; .36: the heading of HUDOC translations into 26 more languages (kind, title, respondent, date, formation); official names "Российская Федерация", "Česká republika"; .35: country names in the language of the page (CLDR), declined; a lower-case name on a page in another language is a word; .34: application numbers after the word for them in the languages of HUDOC's translations; .33: a decision dated by the meeting that adopted it; .32: a Turkish translation of a case titled by its English name; .31: a state under review by its formal name or after a lone footnote mark; .30: a UN masthead read last; .29: a software's watermark is no title; .28: a UN cover's date under its distribution line; a title wrapped over two blocks; "Bolivia (Plurinational State of)"; .27: a rule drawn in characters is no title; .26: formal names of states ("Hellenic Republic"); .25: page numbers "3/25" in running lines; .24: separate opinions in French ("se trouve joint"), lists without their headings; .23: a Chamber judgment referred to the Grand Chamber is the Chamber's; .22: a PDF's running heads and page numbers set aside in ECtHR texts; .21: "ANNUAL / REPORT"; .20: a UN agenda item's own title, resolutions, the SPT; .19: an extract's "(...)" before its first clause; .18: a country line with its footnote mark stuck to it ("Pakistan*"); .17: the Court's press releases; .16: UN covers in other official languages; .15: Committee of Ministers, PACE and EU covers; .14: treaty-body views (State party), special procedures letters (AL TUR 10/2020); .13: a heading block ends at running text, a sentence, a date line; .12: Turkish covers (Constitutional Court, associations); .11: CoE, EU and NGO covers; a period is not the date; .10: UN covers: "Consideration of reports", stakeholders, WGAD opinions, UPR symbols; .9: the stage of a case after its respondent ("(ARTICLE 50)"); .8: conclusions of HUDOC's extracts ("THE COURT ... 4. Holds"); decisions on lists of applications


def rules_version() -> str:
    """What an enriched document is stamped with: the rules' version and the taxonomy
    data's digest ("2026.12.44+1a2b3c4d"), so `hrarchive enrich --all` re-runs after the
    rules or the thesaurus and gazetteer change. At most 20 characters, as the column
    (`Document.enriched_version`) holds."""
    return f"{RULES_VERSION}+{taxonomy.digest()[:8]}"[:20]


# A heading line is at most this long: a body's name, a kind of document or a visit named on
# one counts; in running text it is cited (mechanism, doctype).
HEADING_CHARS = 110


# a sentence's end: a word of three letters or more and its stop ("... detained.", not "v." or "No.")
SENTENCE_END_PATTERN = r"[^\W\d_]{3,}[.!?](?:\s|$)"
SENTENCE_END = re.compile(SENTENCE_END_PATTERN)


def line_at(text: str, pos: int) -> str:
    """The line of `text` that holds position `pos`."""
    start, end = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def on_heading_line(text: str, pos: int) -> bool:
    """Whether position `pos` of `text` is on a heading line: a short line that no paragraph
    wraps into or out of (a PDF's running text is short lines too: "... following a" /
    "recommendation made by the Committee ..." / "system, and with ...")."""
    line = line_at(text, pos)
    if len(line) > HEADING_CHARS:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    before = line_at(text, start - 1).strip() if start > 0 else ""
    after = line_at(text, end + 1).strip() if end >= 0 else ""
    wraps_on = len(line.strip()) >= WRAPPED_CHARS and bool(after) and not line.rstrip().endswith(_SENTENCE_ENDS)
    # (a sentence on a line of its own: "If you need the higher resolution pictures, please contact us.")
    sentence = line.rstrip().endswith((".", "!", "?")) and len(line.split()) >= SENTENCE_WORDS
    return not (runs_into_next(before) or wraps_on or sentence)


WRAPPED_CHARS = 60  # a line at least this long, without a sentence's end, wraps into the next
SENTENCE_WORDS = 8  # a line of this many words ending in a full stop is a sentence
_SENTENCE_ENDS = (".", ":", ";", "!", "?")
# (the words a wrapped line ends in, folded: "... and the recommendations of the" / "Committee ...")
_RUNS_ON = re.compile(r"(?:,|-|\b(?:the|of|and|or|to|in|by|on|for|with|at|from|a|an|that|which|its|their|le|la|les|de|des|du"
                      r"|et|ve|ile|bir|bu|und|der|die|das|von)) *$")


def runs_into_next(line: str) -> bool:
    """Whether `line` (stripped, in any case: the rules read folded text) is part of a
    paragraph that goes on in the next line: long and without a sentence's end, or ending in
    a word that cannot end one ("... the recommendations of the")."""
    return bool(line) and not line.endswith(_SENTENCE_ENDS) and (
        len(line) >= WRAPPED_CHARS or _RUNS_ON.search(line.casefold()) is not None)


@dataclass(frozen=True)
class Evidence:
    text: str
    page: int


@dataclass
class Tagged:
    """A value found by a rule, with the evidence for it."""

    value: Any
    evidence: list[Evidence] = field(default_factory=list)
    score: float = 1.0
    rule: str = ""

    def evidence_json(self) -> list[dict[str, Any]]:
        return [{"text": e.text, "page": e.page} for e in self.evidence]


@dataclass
class Enrichment:
    title: Tagged | None = None  # rule: where the title came from (see ingest.enrich.title)
    mechanism: Tagged | None = None
    body: Tagged | None = None
    doc_type: Tagged | None = None
    published: Tagged | None = None  # value: (date, precision)
    adopted: Tagged | None = None
    countries: list[Tagged] = field(default_factory=list)  # every country named
    subject_countries: list[Tagged] = field(default_factory=list)  # what it is about
    # an ECtHR judgment or decision: its structure (ingest.enrich.ecthr.Case)
    case: Any = None
    topics: list[Tagged] = field(default_factory=list)
    own_identifiers: list[Tagged] = field(default_factory=list)  # value: (scheme, value)
    cited_identifiers: list[Tagged] = field(default_factory=list)


def enrich(pages: list[str], metadata: dict[str, Any] | None = None,
           page_languages: Sequence[str] | None = None) -> Enrichment:
    """Run every enricher over a document's pages (`page_languages`: each page's detected
    language, when known: a page's topics are read from the thesaurus terms of its
    language).

    `metadata` may hold `title` and `symbol` (a person's or a source's values, which
    guide the rules), `file_title` (the file's own metadata title), `page_title` (a
    web page's stated title), `page_date` (its stated publication date), `file_date`
    (a PDF's or DOCX's creation date) and `file_name`.
    """
    from archive.dates import parse_file_date, parse_source_date
    from archive.identifiers import unglue_cover

    from .countries import find_countries, find_subject_countries, main_language
    from .dates import find_dates, within
    from .doctype import COURTS, find_doc_type
    from .cjeu import read_eu_case
    from .ecthr import read_case
    from .identifiers import find_identifiers_tagged
    from .mechanism import TREATY_BODY_KINDS, find_mechanism, treaty_body_cited
    from .terms import split_pages
    from .title import HIGH_COURTS, find_title, high_court_decision, unflatten_un_cover
    from .topics import find_topics, topics_from_case

    meta = metadata or {}
    # (a UN cover whose lines a converter ran together, read apart by every rule: its symbol,
    # its date, "Distr. GENERALCAT/C/SR.55713 May 2003Original: ENGLISH")
    pages = [unglue_cover(page) for page in pages]
    # (and one read as a single line, set out again as its lines)
    pages = [unflatten_un_cover(pages[0]), *pages[1:]] if pages else pages
    own, cited = find_identifiers_tagged(pages, meta.get("symbol"))
    case = read_case(pages)
    eu_case = read_eu_case(pages, main_language(page_languages)) if case is None else None
    # a decision of the Court of Cassation or the Council of State headed by them and its numbers
    court_decision = high_court_decision(pages) if case is None and eu_case is None else None
    if eu_case is not None:  # the EU Court's heading (ingest.enrich.cjeu)
        found_title: Tagged | None = Tagged(eu_case.title, [Evidence(eu_case.evidence[:200], 1)], rule="heading")
    else:
        found_title = find_title(pages, meta, own, case, court_decision, main_language(page_languages))
    title = meta.get("title") or (found_title.value if found_title else "")
    # a paragraph taken as the title for want of a heading (title.first_line) names no author,
    # kind or subject as a title does: the rules read it as the page's running text (a
    # sentence's end or verb tells it from a long title: "Statement by the President of the
    # European Commission, the President of the European Council, and ... on the situation
    # in Turkey" is one)
    heading = "" if (not meta.get("title") and found_title is not None and found_title.rule == "first-line"
                     and _RUNNING_TEXT.search(found_title.value)) else title
    mechanism: Tagged | None
    body: Tagged | None
    if case is not None:
        own = _case_identifiers(case, own)
        evidence = [Evidence(case.title[:80], 1)]
        mechanism, body = Tagged("CoE", evidence, rule="ecthr"), Tagged("ECtHR", evidence, rule="ecthr")
    elif eu_case is not None:
        evidence = [Evidence(eu_case.evidence[:80], 1)]
        mechanism, body = Tagged("EU", evidence, rule="cjeu"), Tagged("CJEU", evidence, rule="cjeu")
    else:
        mechanism, body = find_mechanism(pages, heading, own)
    if court_decision is not None and (mechanism is None or mechanism.rule in ("no-official-body", "cue")):
        evidence = [Evidence(court_decision.title, 1)]
        mechanism = Tagged("national", evidence, rule="high-court")
        body = Tagged(HIGH_COURTS[court_decision.court], evidence, rule="high-court")
    result = Enrichment(title=found_title, mechanism=mechanism, body=body, own_identifiers=own,
                        cited_identifiers=cited, case=case)
    if case is not None:
        result.doc_type = Tagged(case.kind, [Evidence(case.title[:80], 1)], rule="ecthr")
    elif eu_case is not None and eu_case.kind is not None:
        result.doc_type = Tagged(eu_case.kind, [Evidence(eu_case.evidence[:80], 1)], rule="cjeu")
    else:
        # (the Court's judgments and decisions are read as cases: a text that only names the
        # Court on a heading line is about it, and no judgment for want of another kind)
        result.doc_type = find_doc_type(pages, heading, body.value if body else meta.get("body"), meta.get("page_kind"),
                                        body_default=not (body is not None and body.value in COURTS and body.rule == "cue"),
                                        web_page=bool(meta.get("page_title") or meta.get("page_date") or meta.get("page_kind")))
    if (mechanism is not None and mechanism.rule == "no-official-body" and result.doc_type is not None
            and result.doc_type.value in TREATY_BODY_KINDS and (cited_body := treaty_body_cited(cited)) is not None):
        mechanism, body = Tagged("UN", cited_body.evidence, rule="cited-symbol"), cited_body
        result.mechanism, result.body = mechanism, body
    result.published, result.adopted = find_dates(pages, main_language(page_languages))
    stated = parse_source_date(meta.get("page_date"))
    # a web page's own publication date beats dates in its text; one known to its month or
    # year only (a date the page's markup does not state, found in its text) gives way to
    # the day its text is dated within it
    if stated is not None and case is None and not (
            stated[1] in ("month", "year") and result.published is not None and result.published.value[1] == "day"
            and within(result.published.value[0], stated)):
        result.published = Tagged(stated, [Evidence(str(meta["page_date"])[:60], 1)], rule="page-metadata")
    if case is not None and case.date is not None:
        result.published = Tagged((case.date, "day"), [Evidence(case.date.isoformat(), 1)], rule="delivery")
        result.adopted = None
    elif case is not None and case.kind in ("judgment", "decision"):
        # a judgment or decision whose date of delivery is not read (a copy cut before it): the
        # dates in its text are the facts' and the proceedings' ("lodged on 6 April 2007"), none its own
        result.published = result.adopted = None
    if eu_case is not None and eu_case.date is not None:  # (else the ECLI's year)
        _delivered(result, eu_case.date, eu_case.evidence)
    if court_decision is not None:  # (the date its numbers' line gives, else its decision number's year)
        _delivered(result, court_decision.date, court_decision.title)
    created = parse_file_date(meta.get("file_date"))
    if created is not None and result.published is None and result.adopted is None:
        # no date in the text: the file's creation date, a date of last resort (a report
        # is often saved as PDF on the day it is published; a scan, on the day it was scanned)
        result.published = Tagged((created, "day"), [Evidence(str(meta["file_date"])[:40], 1)], rule="file-metadata")
    words = split_pages(pages)  # once, for both
    result.countries = find_countries(pages, title, words, page_languages)
    result.subject_countries = find_subject_countries(
        pages, heading, own, result.countries, case.respondents if case is not None else (),
        meta.get("mechanism") or (mechanism.value if mechanism else None), body.value if body else None,
        main_language(page_languages))
    result.topics = find_topics(pages, title, words, page_languages)
    decided = topics_from_case(case) if case is not None else []
    if decided:
        # what the Court decided on (or, in a decision, was asked to) first; words that
        # merely occur in a judgment (a detention case mentioning a disability) only
        # where they are frequent
        keys = {t.value for t in decided}
        result.topics = decided + [t for t in result.topics if t.value not in keys and t.score >= CASE_TOPIC_SCORE]
    return result


_RUNNING_TEXT = re.compile(rf"{SENTENCE_END_PATTERN}|\b(?:has|have|had|is|are|was|were|will|would|shall|should|can"
                           r"|could|must|did|does)\b")


def _delivered(result: Enrichment, date: tuple[Any, str], evidence: str) -> None:
    """A court's decision dated as its heading dates it: its day; else its year, before a date
    of its text in another year (the referring court's or the reviewed judgment's, the facts')."""
    if date[1] == "day" or result.published is None or result.published.value[0].year != date[0].year:
        result.published = Tagged(date, [Evidence(evidence[:80], 1)], rule="delivery")
        result.adopted = None


# In a judgment or decision (often 20,000 words and more), a topic's words must stand out
# to make it a topic of the case: a score (see topics.find_topics) of at least this.
CASE_TOPIC_SCORE = 0.6


def _case_identifiers(case: Any, own: list[Tagged]) -> list[Tagged]:
    """A case's application numbers first among its own identifiers."""
    apps = [Tagged(("ecthr-application", a), [Evidence(a, 1)], rule="ecthr") for a in case.applications]
    known = {t.value for t in apps}
    return apps + [t for t in own if t.value not in known]
