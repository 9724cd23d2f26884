"""Titles by document family and subject countries, on cover pages laid out as the
institutions lay them out (texts written for these tests). The yardstick on real
documents is tests/ingest/test_metadata_eval.py."""
import datetime as dt

import pytest

from archive.identifiers import classify, find_identifiers
from ingest.enrich import enrich
from ingest.enrich.language import detect_language
from ingest.enrich.title import is_noise, is_plausible, unflatten_cover_by_reference, unflatten_un_cover

UPR_COVER = """GE.14-12578
*1412578*
Human Rights Council
Twenty-sixth session
Agenda item 6
Universal Periodic Review
Report of the Working Group on the Universal
Periodic Review*
Azerbaijan

* The annex to the present report is circulated as received.
United Nations A/HRC/24/13

General Assembly Distr.: General
12 July 2013

Original: English
Introduction
1. The Working Group on the Universal Periodic Review held its sixteenth session. Türkiye, France and
Germany made recommendations. Türkiye welcomed the efforts of Azerbaijan.
"""

TREATY_COVER = """United Nations CAT/C/TUR/CO/4
Convention against Torture
and Other Cruel, Inhuman
or Degrading Treatment
or Punishment
Distr.: General
2 June 2016
Original: English
Committee against Torture
Concluding observations on the fourth periodic report of Turkey*
* Adopted by the Committee at its fifty-seventh session.
1. The Committee considered the fourth periodic report of Turkey. It notes the cooperation of Greece.
"""

RAPPORTEUR_COVER = """UNITED
NATIONS
A
General Assembly
Distr.
GENERAL
A/HRC/4/26/Add.2
16 November 2006
Original: ENGLISH
HUMAN RIGHTS COUNCIL
Fourth session
Item 2 of the provisional agenda
IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTION 60/251 OF 15 MARCH 2006
ENTITLED "HUMAN RIGHTS COUNCIL"
Report of the Special Rapporteur on the promotion and protection of human rights
and fundamental freedoms while countering terrorism
Addendum
Mission to Turkey*

* The summary is circulated in all official languages.
"""

EU_REPORT = """EUROPEAN COMMISSION
Brussels, 6.10.2020
SWD(2020) 355 final
COMMISSION STAFF WORKING DOCUMENT
Turkey 2020 Report
Accompanying the document
COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT
"""

CPT_REPORT = """CPT/Inf (2020) 22
Report to the Turkish Government
on the visit to Turkey
carried out by the European Committee for the Prevention of Torture
from 6 to 17 May 2019

The Turkish Government has requested the publication of this report. Strasbourg, 5 August 2020
"""

NGO_REPORT = """KHD-2021-03
Gözaltında işkence ve kötü muamele raporu: Diyarbakır, Van ve İstanbul

Bu rapor, Diyarbakır, Van ve İstanbul'da gözaltına alınan kişilerin anlatımlarına dayanmaktadır. Diyarbakır
Emniyet Müdürlüğü'nde ve Van'da yaşananlar anlatılmaktadır. İstanbul'da da benzer tanıklıklar var.
"""

TRANSLATED_REPORT = """© Example Rights Network, 2022. Translated by volunteers; this translation is not
an official version of the report.

Prison conditions in Türkiye after the state of emergency

This report describes visits to prisons in 2021.
"""


# Older and other UN layouts (written for these tests in the institutions' layouts).
OLD_TREATY_COVER = """UNITED
NATIONS CAT
Convention against Torture
and Other Cruel, Inhuman
or Degrading Treatment
or Punishment
Distr.
GENERAL
CAT/C/TUR/CO/3
20 January 2011
Original: ENGLISH
COMMITTEE AGAINST TORTURE
Forty-fifth session
CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES
UNDER ARTICLE 19 OF THE CONVENTION
Concluding observations of the Committee against Torture
TURKEY
1. The Committee considered the third periodic report of Turkey at its meetings in November 2010.
"""

STATE_PARTY_REPORT = """United Nations CAT/C/TUR/4
Convention against Torture
and Other Cruel, Inhuman
or Degrading Treatment
or Punishment
Distr.: General
19 March 2015
Original: English
Committee against Torture
Consideration of reports submitted by States parties
under article 19 of the Convention
Fourth periodic reports of States parties due in 2014
Turkey*
[Date received: 30 January 2015]
* The present document is being issued without formal editing.
"""

# a transmittal note in one long line on the cover (it ended the title reader with an IndexError)
RAPPORTEUR_NOTE = """United Nations A/HRC/35/22/Add.3
General Assembly Distr.: General
7 June 2017
Original: English
Human Rights Council
Thirty-fifth session
Agenda item 3
Promotion and protection of all human rights, civil,
political, economic, social and cultural rights,
including the right to development
The Secretariat has the honour to transmit to the Human Rights Council the report of the Special Rapporteur on \
freedom of expression on his mission to Turkey from 14 to 18 November 2016, which is reproduced below in full.
Report of the Special Rapporteur on the promotion and
protection of the right to freedom of opinion and
expression on his mission to Turkey*
* The present report was submitted after the deadline.
"""

WGAD_OPINION = """United Nations A/HRC/WGAD/2018/42
General Assembly Distr.: General
11 September 2018
Original: English
Human Rights Council
Working Group on Arbitrary Detention
Opinions adopted by the Working Group on Arbitrary Detention
at its eighty-second session, 20–24 August 2018
Opinion No. 42/2018 concerning Ali Demir (Turkey)
1. The Working Group on Arbitrary Detention was established by the Commission on Human Rights.
"""

UPR_STAKEHOLDERS = """United Nations A/HRC/WG.6/35/TUR/3
General Assembly Distr.: General
4 November 2019
Original: English
Human Rights Council
Working Group on the Universal Periodic Review
Thirty-fifth session
Summary of Stakeholders’ submissions on Turkey*
Report of the Office of the United Nations High Commissioner for Human Rights
* The present document was not edited before being sent to translation services.
"""


# Council of Europe, EU and NGO covers (written for these tests in those layouts)
COMMISSIONER_COVER = """CommDH(2020)1
English only
COMMISSIONER FOR HUMAN RIGHTS
OF THE COUNCIL OF EUROPE
Ayşe Example
REPORT
FOLLOWING HER VISIT TO TURKEY
FROM 1 TO 5 JULY 2019
Strasbourg, 19 February 2020
TABLE OF CONTENTS
"""

VENICE_COVER = """Strasbourg, 13 March 2017
CDL-AD(2017)005
Opinion No. 875/2017
Or. Engl.
EUROPEAN COMMISSION FOR DEMOCRACY THROUGH LAW
(VENICE COMMISSION)
TURKEY
OPINION
ON THE AMENDMENTS TO THE CONSTITUTION
ADOPTED BY THE GRAND NATIONAL ASSEMBLY ON 21 JANUARY 2017
Adopted by the Venice Commission
at its 110th Plenary Session
"""

ECRI_COVER = """CRI(2016)37
ECRI REPORT ON TURKEY
(fifth monitoring cycle)
Adopted on 29 June 2016
Published on 4 October 2016
European Commission against Racism and Intolerance
"""

PARLIAMENT_TEXT = """European Parliament
2019-2024
TEXTS ADOPTED
P9_TA(2021)0243
2019-2020 Commission Reports on Turkey
European Parliament resolution of 19 May 2021 on the 2019-2020 Commission Reports on Turkey (2019/2176(INI))
The European Parliament,
– having regard to the Commission communication of 6 October 2020,
"""

NGO_COVER = """HUMAN
RIGHTS
WATCH
“In Custody”
Police Torture and Abductions in Turkey
Copyright © 2017 Human Rights Watch
All rights reserved.
"""

NGO_STATEMENT = """AMNESTY INTERNATIONAL
PUBLIC STATEMENT
Date: 10 May 2021
Index number: EUR 44/4096/2021
TURKEY: END THE DETENTION OF HUMAN RIGHTS DEFENDERS
Amnesty International calls on the authorities to release the detained defenders immediately.
"""


# a report's cover in capitals over short lines, its subtitle in small letters, and the
# report's running foot with its page number ("AMNESTY INTERNATIONAL   1") under them
NGO_REPORT_COVER = """SILENCED
 ON THE
STREETS
Peaceful protest under pressure in Turkey
                                        AMNESTY INTERNATIONAL   1
Students at a campus
    gathering in Ankara, May
    2019, surrounded by police.
"""

NGO_UPR_SUBMISSION = """TURKEY
AN ESCALATING
CRACKDOWN ON CIVIL
SOCIETY AND THE
PRESS
Updated Amnesty International
Submission to the UN Universal
Periodic Review, January 2020
CONTENTS
Introduction ..................................................2
"""

# Turkish covers (written for these tests in those layouts)
CONSTITUTIONAL_COURT = """TÜRKİYE CUMHURİYETİ
ANAYASA MAHKEMESİ
GENEL KURUL
KARAR
AYŞE DEMİR BAŞVURUSU (2)
(Başvuru Numarası: 2016/12345)
Karar Tarihi: 11/1/2018
Başkan : Ali Yargıç
I. BAŞVURUNUN KONUSU
1. Başvuru, başvurucunun tutuklanması nedeniyle kişi hürriyeti ve güvenliği hakkının ihlal edildiği iddiasına ilişkindir.
"""

TURKISH_NGO_COVER = """ÖRNEK HAKLAR DERNEĞİ
GENEL MERKEZ
TÜRKİYE İNSAN HAKLARI İHLALLERİ RAPORU
Giriş
Bu rapor, yıl boyunca Türkiye'de yaşanan insan hakları ihlallerini derlemektedir.
"""

# A treaty body's views on an individual communication, and a special procedures letter
TREATY_VIEWS = """United Nations CCPR/C/125/D/2980/2017
International Covenant on
Civil and Political Rights
Distr.: General
3 May 2019
Original: English
Human Rights Committee
Views adopted by the Committee under article 5 (4) of the
Optional Protocol, concerning communication No. 2980/2017*, **
Communication submitted by: Ali Yılmaz (represented by counsel)
Alleged victim: The author
State party: Turkey
Date of communication: 12 May 2017 (initial submission)
1. The author of the communication is Ali Yılmaz, a national of Turkey born in 1975. He was held in Germany.
"""

SPECIAL_PROCEDURES_LETTER = """Mandates of the Special Rapporteur on the promotion and protection of the right to freedom of opinion and
expression; the Special Rapporteur on the situation of human rights defenders and the Working Group on
Arbitrary Detention
REFERENCE:
AL TUR 10/2020
12 August 2020
Excellency,
We have the honour to address you in our capacity as Special Rapporteurs, pursuant to Human Rights Council
resolutions 43/4 and 43/16. We recall our earlier letter AL TUR 5/2019 and the reply of Germany.
"""

# The Committee of Ministers' texts on the execution of a judgment, PACE, the European Commission
CM_RESOLUTION = """Interim Resolution CM/ResDH(2022)21
Execution of the judgment of the European Court of Human Rights
Kavala against Türkiye
(Adopted by the Committee of Ministers on 2 February 2022
at the 1423rd meeting of the Ministers' Deputies)
Application
Case
28749/18
KAVALA
"""

CM_DECISION = """1443rd meeting, 7-9 June 2022 (DH)
H46-33 Kavala v. Türkiye (Application No. 28749/18)
Supervision of the execution of the European Court's judgments
Reference document
CM/Inf/DH(2022)12
Decisions
The Deputies
1. recalled the Court's finding that the applicant's detention pursued an ulterior purpose;
"""

PACE_RESOLUTION = """Resolution 2156 (2017)
Provisional version
The functioning of democratic institutions in Turkey
Parliamentary Assembly
1. The Parliamentary Assembly notes that Turkey has been a member of the Council of Europe since 1950.
"""

# A committee's report to the Assembly as its PDF prints it (the kind under the title, with
# its footnote number), and the Assembly's web pages of an addendum and an amendment
PACE_REPORT = """http://assembly.coe.int
Doc. 15001
12 March 2021
Freedom of assembly of local councillors in Turkey
Report1
Committee on the Honouring of Obligations and Commitments by Member States of the Council of Europe (Monitoring Committee)
Co-rapporteurs: Ms Anna EXAMPLE, Norway, Group of the European People's Party, and Mr Bo SAMPLE, Estonia, Socialist Group
Summary
The committee is concerned that elected local councillors in Turkey have been removed from office.
A. Draft resolution2
1. The Assembly recalls its earlier texts on local democracy in Turkey.
"""

PACE_ADDENDUM = """Print
See related documents
Addendum to the report | Doc. 15001 Add. | 20 April 2021
Freedom of assembly of local councillors in Turkey
Committee on the Honouring of Obligations and Commitments by Member States of the Council of Europe (Monitoring Committee)
Co-rapporteur : Ms Anna EXAMPLE, Norway, EPP/CD
Origin - Addendum approved by the committee on 20 April 2021. 2021 - Second part-session
1. Since the committee adopted its report, two more councillors were removed from office.
"""

PACE_AMENDMENT = """See related documents
Amendment No. 7 | Doc. 15001 | 21 April 2021
Freedom of assembly of local councillors in Turkey
Signatories: Mr Bo SAMPLE, Estonia, SOC ; Ms Cy EXAMPLE, Greece, EC
Origin - 2021 - Second part-session
In the draft resolution, after paragraph 3, insert the following paragraph:
"The Assembly asks the authorities to reinstate the councillors."
"""

COMMISSION_REPORT = """EUROPEAN
COMMISSION
Brussels, 12.10.2022
SWD(2022) 333 final
COMMISSION STAFF WORKING DOCUMENT
Türkiye 2022 Report
Accompanying the document
Communication from the Commission to the European Parliament, the Council and the Committee of the Regions
"""

# The same treaty-body cover in Spanish and Russian (written for these tests in the UN's layout)
TREATY_COVER_ES = """Naciones Unidas CAT/C/TUR/CO/4
Convención contra la Tortura
y Otros Tratos o Penas Crueles,
Inhumanos o Degradantes
Distr. general
2 de junio de 2016
Español
Original: inglés
Comité contra la Tortura
Observaciones finales sobre el cuarto informe periódico de Turquía*
* Aprobadas por el Comité en su 57º período de sesiones.
"""

TREATY_COVER_RU = """Организация Объединенных Наций CAT/C/TUR/CO/4
Конвенция против пыток
и других жестоких, бесчеловечных
или унижающих достоинство видов
обращения и наказания
Distr.: General
2 June 2016
Russian
Original: English
Комитет против пыток
Заключительные замечания по четвертому периодическому докладу Турции*
* Приняты Комитетом на его пятьдесят седьмой сессии.
"""

# The Court's press release on a judgment (written for these tests in its layout)
COURT_PRESS_RELEASE = """issued by the Registrar of the Court
ECHR 424 (2019)
10.12.2019
Detention of a publisher breached his rights
In today’s Chamber judgment1 in the case of Demir v. Turkey (application no. 12345/18) the European Court of Human
Rights held, unanimously, that there had been a violation of Article 5 § 1 of the European Convention.
"""

# The 2008 layout: the state under review after a blank line, its footnote mark stuck to it
UPR_COVER_2008 = """UNITED
NATIONS

A

General Assembly

Distr.
GENERAL

A/HRC/8/99
4 June 2008

Original: ENGLISH

HUMAN RIGHTS COUNCIL
Eighth session
Agenda item 6

UNIVERSAL PERIODIC REVIEW

Report of the Working Group on the Universal Periodic Review

Azerbaijan*

_________________________

* Previously issued under the document symbol A/HRC/WG.6/2/L.99.
"""

# A Human Rights Council resolution, a report of the Secretary-General, the SPT's visit report
HRC_RESOLUTION = """United Nations A/HRC/RES/35/2
General Assembly Distr.: General
13 July 2017
Original: English
Human Rights Council
Thirty-fifth session
Agenda item 3
Promotion and protection of all human rights, civil,
political, economic, social and cultural rights,
including the right to development
Resolution adopted by the Human Rights Council on 22 June 2017
35/2. The right to education
The Human Rights Council,
Reaffirming all previous resolutions of the Human Rights Council on the right to education,
"""

SECRETARY_GENERAL_REPORT = """United Nations A/75/289
General Assembly Distr.: General
6 August 2020
Original: English
Seventy-fifth session
Item 72 (c) of the provisional agenda*
Promotion and protection of human rights: human rights
situations and reports of special rapporteurs and representatives
Situation of human rights in Example
Report of the Secretary-General
Summary
"""

SPT_REPORT = """United Nations CAT/OP/TUR/1
Optional Protocol to the
Convention against Torture
and Other Cruel, Inhuman or
Degrading Treatment or Punishment
Distr.: General
2 March 2018
Original: English
Subcommittee on Prevention of Torture and Other
Cruel, Inhuman or Degrading Treatment or Punishment
Visit to Turkey undertaken from 15 to 24 October 2015: recommendations and
observations addressed to the State party
Report of the Subcommittee*
"""

# the kind of report on the line above "REPORT" belongs to the title; the author's name does not
NGO_ANNUAL_REPORT = """ÖRNEK HAKLAR VAKFI
ANNUAL
REPORT
ON HUMAN RIGHTS IN TURKEY

This report covers the year.
"""

# a special procedure's newer cover: the visit first, then the report and its author
VISIT_FIRST_COVER = RAPPORTEUR_NOTE.split("The Secretariat has the honour")[0] + """Visit to Türkiye
Report of the Special Rapporteur on the human rights of migrants, Ayşe Yılmaz*
Summary
The Special Rapporteur conducted an official visit to Türkiye from 21 to 30 November 2022.
"""

# the title's footnote mark, then the text's first lettered heading on the next line
LIST_OF_ISSUES = """United Nations CCPR/C/TUR/QPR/2
International Covenant on
Civil and Political Rights
Distr.: General
30 April 2019
Original: English
Human Rights Committee
List of issues prior to submission of the second periodic report of Turkey*
A. General information
Please provide information on significant developments in the legal and institutional framework.
"""


# the Secretary-General's note transmitting a Special Rapporteur's report to the General
# Assembly: the author named only in the transmittal's running text
GA_NOTE = SECRETARY_GENERAL_REPORT.replace("Situation of human rights in Example\nReport of the Secretary-General\nSummary\n", """\
Extrajudicial, summary or arbitrary executions
Note by the Secretary-General
The Secretary-General has the honour to transmit to the General Assembly the report of the Special Rapporteur on \
extrajudicial, summary or arbitrary executions, Ayşe Yılmaz, submitted in accordance with General Assembly resolution 75/189.
""")


def title_of(text, **meta):
    r = enrich([text], meta)
    return r.title.value, r.title.rule


@pytest.mark.parametrize("text, title, rule", [
    (UPR_COVER, "Report of the Working Group on the Universal Periodic Review: Azerbaijan", "cover-page"),
    (UPR_COVER_2008, "Report of the Working Group on the Universal Periodic Review: Azerbaijan", "cover-page"),
    (TREATY_COVER, "Concluding observations on the fourth periodic report of Turkey", "cover-page"),
    (RAPPORTEUR_COVER, "Report of the Special Rapporteur on the promotion and protection of human rights "
                       "and fundamental freedoms while countering terrorism: Addendum: Mission to Turkey", "cover-page"),
    (EU_REPORT, "Turkey 2020 Report", "heading"),
    (CPT_REPORT, "Report to the Turkish Government on the visit to Turkey carried out by the European Committee "
                 "for the Prevention of Torture from 6 to 17 May 2019", "heading"),
    (NGO_REPORT, "Gözaltında işkence ve kötü muamele raporu: Diyarbakır, Van ve İstanbul", "heading"),
    # a copyright or translator's notice (and its wrapped lines) is never the title
    (TRANSLATED_REPORT, "Prison conditions in Türkiye after the state of emergency", "heading"),
    # "Consideration of reports ..." heads the title as an agenda item's title does
    (OLD_TREATY_COVER, "Concluding observations of the Committee against Torture: TURKEY", "cover-page"),
    (STATE_PARTY_REPORT, "Fourth periodic reports of States parties due in 2014: Turkey", "cover-page"),
    (RAPPORTEUR_NOTE, "Report of the Special Rapporteur on the promotion and protection of the right to freedom "
                      "of opinion and expression on his mission to Turkey", "cover-page"),
    # "Note by the Secretariat" under the title says who transmitted the report, not what it is
    (RAPPORTEUR_NOTE.replace("expression on his mission to Turkey*\n", "expression on his mission to Turkey*\n\n"
                             "Note by the Secretariat\n"),
     "Report of the Special Rapporteur on the promotion and protection of the right to freedom of opinion and "
     "expression on his mission to Turkey", "cover-page"),
    (RAPPORTEUR_NOTE.replace("expression on his mission to Turkey*\n", "expression on his mission to Turkey\n\n"
                             "Note by the Secretary-General*\n"),
     "Report of the Special Rapporteur on the promotion and protection of the right to freedom of opinion and "
     "expression on his mission to Turkey", "cover-page"),
    (VISIT_FIRST_COVER, "Visit to Türkiye: Report of the Special Rapporteur on the human rights of migrants, "
                        "Ayşe Yılmaz", "cover-page"),
    # (a blank line between every line, as some extractions give a cover: was "Visit to Türkiye" alone)
    ("\n\n".join(VISIT_FIRST_COVER.split("\n")), "Visit to Türkiye: Report of the Special Rapporteur on the human "
                                                  "rights of migrants, Ayşe Yılmaz", "cover-page"),
    (LIST_OF_ISSUES, "List of issues prior to submission of the second periodic report of Turkey", "cover-page"),
    # the line under the title saying who adopted it, in small letters, is no rest of it, nor
    # is it where a converter ran it into the title's mark ("...Turquie*adoptée par ...")
    (LIST_OF_ISSUES.replace("Turkey*\n", "Turkey*\nadopted by the Committee at its 125th session (4-29 March 2019)\n"),
     "List of issues prior to submission of the second periodic report of Turkey", "cover-page"),
    (LIST_OF_ISSUES.replace("List of issues prior to submission of the second periodic report of Turkey*\n",
                            "Liste de points établie avant la soumission du deuxième rapport périodique de la Turquie*"
                            "adoptée par le Comité à sa 125e session (4-29 mars 2019)\n"),
     "Liste de points établie avant la soumission du deuxième rapport périodique de la Turquie", "cover-page"),
    (WGAD_OPINION, "Opinions adopted by the Working Group on Arbitrary Detention at its eighty-second session, "
                   "20–24 August 2018: Opinion No. 42/2018 concerning Ali Demir (Turkey)", "cover-page"),
    (UPR_STAKEHOLDERS, "Summary of Stakeholders’ submissions on Turkey: Report of the Office of the United Nations "
                       "High Commissioner for Human Rights", "cover-page"),
    # the author's name before "REPORT" is not part of the title; a period's dates are
    (COMMISSIONER_COVER, "REPORT FOLLOWING HER VISIT TO TURKEY FROM 1 TO 5 JULY 2019", "heading"),
    (VENICE_COVER, "TURKEY: OPINION ON THE AMENDMENTS TO THE CONSTITUTION ADOPTED BY THE GRAND NATIONAL ASSEMBLY "
                   "ON 21 JANUARY 2017", "heading"),
    (ECRI_COVER, "ECRI REPORT ON TURKEY (fifth monitoring cycle)", "heading"),
    (PARLIAMENT_TEXT, "2019-2020 Commission Reports on Turkey", "heading"),
    (NGO_COVER, "“In Custody”: Police Torture and Abductions in Turkey", "heading"),
    (NGO_STATEMENT, "TURKEY: END THE DETENTION OF HUMAN RIGHTS DEFENDERS", "heading"),
    # (was "SILENCED ON THE STREETS Peaceful protest ... AMNESTY INTERNATIONAL 1 Students at ...")
    (NGO_REPORT_COVER, "SILENCED ON THE STREETS: Peaceful protest under pressure in Turkey", "heading"),
    # the title over eight lines, not cut after six ("... THE PRESS: Updated Amnesty International")
    (NGO_UPR_SUBMISSION, "TURKEY: AN ESCALATING CRACKDOWN ON CIVIL SOCIETY AND THE PRESS: Updated Amnesty International "
                         "Submission to the UN Universal Periodic Review, January 2020", "heading"),
    # the court's and the association's names are no titles
    (CONSTITUTIONAL_COURT, "AYŞE DEMİR BAŞVURUSU (2)", "heading"),
    (TURKISH_NGO_COVER, "TÜRKİYE İNSAN HAKLARI İHLALLERİ RAPORU", "heading"),
    (NGO_ANNUAL_REPORT, "ANNUAL REPORT ON HUMAN RIGHTS IN TURKEY", "heading"),
])
def test_titles_by_family(text, title, rule):
    assert title_of(text, file_title="GE.13-12484 (E) 050413 080413") == (title, rule)


@pytest.mark.parametrize("candidate", [
    "GE.09-13626", "GE.13-12484 (E) 050413 080413", "0612865", "untitled", "Microsoft Word - rapor_son.doc",
    "United Nations", "General Assembly", "Human Rights Council", "Distr.: General", "ECHR", "A/HRC/44/14",
    "CAT/C/TUR/CO/4", "report_final_v2.pdf", "C:\\Users\\x\\Desktop\\brief.docx", "*1412578*", "",
    # what office software writes when no one wrote a title, in other languages (were titles)
    "Başlıksız", "Belge1", "Slayt 1", "Sunu1", "Yeni Microsoft Word Belgesi", "Ohne Titel", "Folie 1",
    "PowerPoint-Präsentation", "Dokument1", "Diapositive 1", "Présentation PowerPoint", "Sin título",
    "Presentación de PowerPoint", "Documento de Microsoft Word", "Без названия", "Слайд 1", "Χωρίς τίτλο", "Başlık",
    "Normal",
])
def test_metadata_titles_that_are_not_titles(candidate):
    assert not is_plausible(candidate)
    # a file whose only text is no title falls back to its file name
    assert title_of("", file_title=candidate, file_name="brief-2021.pdf") == ("brief-2021", "file-name")


def test_file_metadata_title_when_the_page_has_none():
    assert title_of("", file_title="Turkey: Events of 2020") == ("Turkey: Events of 2020", "metadata")
    # (a title that only begins as a placeholder does is one)
    for title in ("Normal operations of the courts in 2020", "Presentation of the annual report on Türkiye"):
        assert title_of("", file_title=title) == (title, "metadata")
    # a web page's own title is its heading
    assert title_of("Some text of the page that is long enough to be read.", page_title="Gezi trial verdict")[1] == "heading"


# a PDF reader's text of a cover whose first paragraph follows the title without a blank line
LETTER_NO_GAP = """CommDH(2019)10
Lettre de la Commissaire aux droits de l'homme
concernant les défenseurs des droits humains en Turquie
La Commissaire aux droits de l'homme exprime sa préoccupation concernant la
détention prolongée de défenseurs des droits humains en Turquie et demande leur
libération.
"""
WRAPPED_ONTO_A_COUNTRY = """Resolution 2156 (2017)
Resolution on the functioning of democratic institutions in
Turkey
The Assembly decides to reopen the monitoring procedure in respect of Turkey, citing
the mass dismissals and detentions under the state of emergency.
"""
TITLE_OVER_TWO_LINES = """Einführung in die
Geometrie und Topologie
0. Auflage, 31. Dezember 2016 Martin Thoma
"""


@pytest.mark.parametrize("text, title", [
    # a line that ends in a preposition goes on: a place, a country on the next line is the title's end
    ("FPO-LGBTI-2022\nPride march bans and the rights of LGBTI+ people in\nİstanbul\n\nSince 2015 the governor's "
     "office has banned the march.", "Pride march bans and the rights of LGBTI+ people in İstanbul"),
    ("Resolution 2156 (2017)\nResolution on the functioning of democratic institutions in\nTurkey\n\nThe Assembly "
     "decides to reopen the monitoring procedure.", "Resolution on the functioning of democratic institutions in Turkey"),
    ("Rapport sur la liberté des médias en\nTurquie\n\nLe rapport examine la situation.",
     "Rapport sur la liberté des médias en Turquie"),
])
def test_a_title_line_ending_in_a_preposition_goes_on(text, title):
    assert title_of(text) == (title, "heading")


@pytest.mark.parametrize("text, file_title, title", [
    (LETTER_NO_GAP, "Lettre de la Commissaire aux droits de l'homme concernant les défenseurs des droits humains "
     "en Turquie", "Lettre de la Commissaire aux droits de l'homme concernant les défenseurs des droits humains "
     "en Turquie"),
    (WRAPPED_ONTO_A_COUNTRY, "Resolution on the functioning of democratic institutions in Turkey",
     "Resolution on the functioning of democratic institutions in Turkey"),
    # the metadata names only the second line of the printed title: the heading stays whole
    (TITLE_OVER_TWO_LINES, "Geometrie und Topologie", "Einführung in die Geometrie und Topologie"),
    # a metadata title the page does not print on lines of its own ends nothing
    (LETTER_NO_GAP, "Lettre de la Commissaire", None),
])
def test_a_heading_ends_where_the_files_own_title_printed_on_the_page_ends(text, file_title, title):
    got, rule = title_of(text, file_title=file_title)
    assert rule == "heading"
    if title is None:  # the heading rule alone: the first paragraph runs on into it
        assert got.startswith("Lettre de la Commissaire aux droits de l'homme concernant") and len(got) > 120
    else:
        assert got == title

@pytest.mark.parametrize("text, subjects, rule", [
    (UPR_COVER, ["AZ"], "title"),  # Türkiye, France and Germany only spoke
    (TREATY_COVER, ["TR"], "symbol"),  # CAT/C/TUR/...: the State party
    (RAPPORTEUR_COVER, ["TR"], "visit"),
    (CPT_REPORT, ["TR"], "visit"),
    (EU_REPORT, ["TR"], "title"),
    (NGO_REPORT, ["TR"], "title"),  # Turkish places are places in Türkiye
    (UPR_STAKEHOLDERS, ["TR"], "symbol"),  # A/HRC/WG.6/35/TUR/3: the State under review
    (WGAD_OPINION, ["TR"], "title"),
])
def test_subject_countries_apart_from_countries_mentioned(text, subjects, rule):
    r = enrich([text])
    assert [t.value for t in r.subject_countries] == subjects
    assert r.subject_countries[0].rule == rule


def test_a_country_named_most_is_the_subject_only_when_it_dominates():
    text = "Türkiye " * 5 + "The report describes detentions. Ankara and Istanbul prisons. Germany once."
    r = enrich(["Annual note\n\n" + text])
    assert [t.value for t in r.subject_countries] == ["TR"] and r.subject_countries[0].rule == "mentions"
    mixed = "France. Germany. Spain. Italy. Greece. Türkiye. Portugal. Austria."
    assert enrich(["A comparative note\n\n" + mixed]).subject_countries == []


def test_a_publishers_postal_address_is_not_what_a_page_is_about():
    # a monitoring body's report whose copy lost the country's name from its cover: the
    # secretariat's address on its head names France, the contents Türkiye
    report = ("Group of Experts\n\nGROUP(2030)11\n\nReport concerning the implementation of the Convention by\n\n"
              "Adopted on 10 July 2030\n\nSecretariat of the Convention Council of Europe F-67075 Strasbourg Cedex "
              "France www.coe.int\n\nTable of contents\n\nI. The situation in Türkiye ...... 11 II. The legal framework "
              "in Türkiye ...... 12 III. Implementation of the Convention by Türkiye ...... 18\n")
    assert [(t.value, t.rule) for t in enrich([report]).subject_countries] == [("TR", "mentions")]
    # (a year is no postcode: "In 2030 in Germany ..." opens a page about Germany)
    page = "Energy note\n\nBis 2045 soll in Deutschland die Wärmeplanung umgesetzt werden. Deutschland plant.\n"
    assert [t.value for t in enrich([page], None, ["de"]).countries] == ["DE"]


@pytest.mark.parametrize("text, subjects", [
    # a Turkish news item naming only İstanbul, twice (was no subject: fewer than three mentions)
    ("Erişim engeli ifade özgürlüğünü ihlal etti\n\nMahkeme, bir sitedeki yayın nedeniyle verilen erişim engeli "
     "kararını ifade özgürlüğüne aykırı bularak dosyayı İstanbul 7. Sulh Ceza Hâkimliği'ne gönderdi. Karar, İstanbul'da "
     "görülen davada oybirliğiyle alındı.\n", ["TR"]),
    # an opinion naming Turkey once besides its title
    ("Avis sur les mesures prévues dans les décrets-lois d'urgence\n\nLa Commission examine les décrets-lois adoptés "
     "depuis juillet en Turquie et leur effet sur la liberté des médias.\n", ["TR"]),
    # another country named alone once or twice stays no subject, and so does Türkiye named
    # beside another as often
    ("Annual meeting of the network\n\nThe members met in Berlin, Germany, and discussed the rights of journalists and "
     "the protection of sources.\n", []),
    ("Note on the talks\n\nThe delegations of Türkiye and Greece met to discuss the rights of minorities.\n", [])])
def test_turkiye_the_only_country_a_text_names_is_its_subject(text, subjects):
    """Türkiye, the archive's country, the only country a text names, however few times, is
    what it is about."""
    assert [t.value for t in enrich([text]).subject_countries] == subjects


def test_a_working_groups_opinion_is_an_opinion():
    # its page cites the resolution that set the Working Group up: not a resolution
    r = enrich([WGAD_OPINION.replace("by the Commission on Human Rights", "by resolution 1991/42")])
    assert (r.doc_type.value, r.body.value) == ("opinion", "Special procedures")


@pytest.mark.parametrize("text, date", [
    (COMMISSIONER_COVER, "2020-02-19"),  # not the last day of the visit
    (CPT_REPORT, "2020-08-05"),
    (VENICE_COVER, "2017-03-13"),
    (NGO_STATEMENT, "2021-05-10"),
    (NGO_COVER, None),  # only a year
    # (a period written with commas, "from December 13, 2030, to June 12, 2031": neither day
    # dates the text; was its first day)
    ("Two reports on the peacekeeping force\n\nThe United Nations has released two reports. These reports cover "
     "the period from December 13, 2030, to June 12, 2031.\n", None),
])
def test_the_date_of_a_document_is_not_the_end_of_a_period_it_reports_on(text, date):
    r = enrich([text])
    assert (r.published.value[0].isoformat() if r.published else None) == date


@pytest.mark.parametrize("text, date", [
    # a day something happened on, inside an English sentence, dates no text (was the day of
    # an arrest, of elections, of a coup)
    ("Teacher detained\n\nMs. A. B. is a teacher, born in 1985. She was arrested on 20 September 2030 at her home "
     "by police officers.\n", None),
    ("Key findings of the report\n\nThe presidential system remained in place. Presidential and parliamentary "
     "elections took place on 14 May 2030. A second round was held two weeks later.\n", None),
    # ("on" after a comma inside the sentence: was the day of the state of emergency)
    ("Report on his mission\n\n24. In the aftermath of the failed coup, on 20 July 2030, the Government declared a "
     "state of emergency.\n", None),
    # ... but the day the text came out, and a sentence opening on its day, still do
    ("Annual report\n\nThe annual report of the Foundation was published on 12 May 2030. It covers 17 prisons.\n",
     "2030-05-12"),
    ("Defenders charged\n\nOn 8 October 2030, the Public Prosecutor charged eleven defenders.\n", "2030-10-08"),
    # (and a year in brackets ending the title dates a text nothing else dates)
    ("Committee on the Elimination of Discrimination Against Women, Concluding Observations: Exampleland (2031).\n\n"
     "251. The Committee considered the report of Exampleland at its meetings, held on 3 and 4 February.\n",
     "2031-01-01"),
])
def test_a_day_an_english_sentence_says_something_happened_on_dates_no_text(text, date):
    r = enrich([text])
    assert (r.published.value[0].isoformat() if r.published else None) == date


@pytest.mark.parametrize("text, language, date", [
    # a day a French, Spanish or Italian sentence says something happened on, the article after
    # a word ("arrêté le", "detenido el", "arrestato il"): was the item's date
    ("Un journaliste libéré\n\nLe journaliste, arrêté le 12 mars 2030 à Istanbul, a été libéré hier.\n", "fr", None),
    ("Liberan a un periodista\n\nEl periodista, detenido el 12 de marzo de 2030 en Estambul, fue liberado ayer.\n",
     "es", None),
    ("Giornalista liberato\n\nIl giornalista, arrestato il 12 marzo 2030 a Istanbul, è stato liberato ieri.\n",
     "it", None),
    # ... but the day the text came out, a dateline's and a sentence opening on its day still do
    ("Rapport annuel\n\nCe rapport, publié le 12 mai 2030, couvre 17 prisons.\n", "fr", "2030-05-12"),
    ("Comunicado\n\nMadrid, el 12 de mayo de 2030\n\nLa organización pide la liberación de los periodistas.\n", "es",
     "2030-05-12"),
    ("Quatre journalistes libérés\n\nLa cour a ordonné leur libération. Le 12 mars 2030, à l’issue de l’audience, les "
     "journalistes sont sortis.\n", "fr", "2030-03-12"),
    # a day a Greek sentence says something happened on, the article after a word ("το πρωί της
    # 25ης Ιουνίου 2030", "... του πραξικοπήματος της 15ης Ιουλίου 2030"): was the item's date
    ("Τρεις καταδίκες για την Παραδειγμανία\n\nΗ πρώτη υπόθεση αφορούσε τη χρήση βίας που άσκησαν το πρωί της 25ης "
     "Ιουνίου 2030 άνδρες των δυνάμεων ασφαλείας.\n", "el", None),
    ("Νέα καταδίκη\n\nΟ δικαστής συνελήφθη την επομένη του αποτυχημένου πραξικοπήματος της 15ης Ιουλίου 2030.\n", "el",
     None),
    # ... but the day the text came out and a dateline's still do
    ("Ανακοίνωση\n\nΗ έκθεση δημοσιεύθηκε στις 12 Μαΐου 2030 και καλύπτει 17 φυλακές.\n", "el", "2030-05-12"),
    ("Ανακοίνωση\n\nΑθήνα, 14 Μαΐου 2030\n\nΗ οργάνωση ζητά την απελευθέρωση των δημοσιογράφων.\n", "el", "2030-05-14"),
    # ... and the day a text of the Union is cited by, after its kind or its author's name ("Ψήφισμα
    # του Ευρωπαϊκού Κοινοβουλίου της 7ης Ιουνίου 2030"): a regulation's day it cites dated it
    ("Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 7ης Ιουνίου 2030 σχετικά με την έκθεση της Επιτροπής 2029 για την "
     "Παραδειγμανία.\n\nΤο Ευρωπαϊκό Κοινοβούλιο,\n\n– έχοντας υπόψη τον κανονισμό (ΕΕ) 2029/1529 του Ευρωπαϊκού "
     "Κοινοβουλίου και του Συμβουλίου, της 15ης Σεπτεμβρίου 2029, για τη θέσπιση του Μηχανισμού,\n", "el", "2030-06-07"),
])
def test_a_day_a_romance_or_greek_sentence_says_something_happened_on_dates_no_text(text, language, date):
    r = enrich([text], None, [language])
    assert (r.published.value[0].isoformat() if r.published else None) == date


@pytest.mark.parametrize("text, date", [
    # a day a Turkish sentence says something happened on, "tarihinde" after it and a word before
    # it on its line: was the item's date
    ("Gazeteci serbest bırakıldı\n\nGazeteci Ayşe Örnek, 12 Mart 2030 tarihinde İstanbul’da gözaltına alınmış ve "
     "tutuklanmıştı. Mahkeme dün tahliyesine karar verdi.\n", None),
    # (and the locative suffix after the year: "... 3 Ekim 2025'te ... başlamıştı", was the item's date)
    ("AB raporu\n\nBilindiği gibi Örnekistan 3 Ekim 2025'te Birlik ile üyelik müzakerelerine başlamıştı.\n", None),
    ("AB raporu\n\nBilindiği gibi Örnekistan 3 Ekim 2025’te Birlik ile üyelik müzakerelerine başlamıştı.\n", None),
    # ... but the day the text came out, a meeting's, and a sentence opening on its day still do
    ("Rapor\n\nDernek, 12 Mart 2030 tarihinde yayımlanan raporunda cezaevlerini anlattı.\n", "2030-03-12"),
    ("Rapor\n\nDernek, raporunu 12 Mart 2030'da yayımladı.\n", "2030-03-12"),
    ("Kurul kararı\n\nKurul, 12 Mart 2030 tarihinde yapılan toplantısında başvuruyu inceledi.\n", "2030-03-12"),
    ("Açıklama\n\n12 Mart 2030 tarihinde gözaltına alınan gazeteciler serbest bırakılmalıdır.\n", "2030-03-12"),
])
def test_a_day_a_turkish_sentence_says_something_happened_on_dates_no_text(text, date):
    r = enrich([text], None, ["tr"])
    assert (r.published.value[0].isoformat() if r.published else None) == date


@pytest.mark.parametrize("text, date", [
    # a day inside a quotation is the speaker's, not the text's (news quoting a rapporteur: was
    # the day of the coup attempt he spoke of)
    ("Visit postponed\n\nThe visit of the rapporteur was postponed.\n“In light of the arrests made since the "
     "events of 15 July 2030, my visit is of utmost importance”, he said.\n", None),
    ("Visite reportée\n\nLe rapporteur a déclaré : « les arrestations du 15 juillet 2030 nous inquiètent ».\n",
     None),
    # ... but a day after the quotation closed still dates it, as before
    ("Visit postponed\n\n“My visit is of utmost importance”, he said in Geneva. The statement of 12 October 2030 "
     "followed a letter.\n", "2030-10-12"),
])
def test_a_day_inside_a_quotation_dates_no_text(text, date):
    r = enrich([text])
    assert (r.published.value[0].isoformat() if r.published else None) == date


def test_views_on_a_communication_are_about_the_state_party():
    r = enrich([TREATY_VIEWS])
    assert r.title.value == ("Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning "
                             "communication No. 2980/2017")  # its footnote marks "*, **" dropped
    assert [(t.value, t.rule) for t in r.subject_countries] == [("TR", "state-party")]


def test_an_older_special_procedures_letter_under_the_ohchrs_letterhead():
    """A letter of 2012 as a document site gives it: the OHCHR's letterhead in two columns
    run into one line, the mandates in one line ending in a full stop, the reference in its
    older form, the mandates' own codes before the State ("UA G/SO 214 (33-27) Health
    (2002-7) TUR 4/2031"), the salutation after the date. It was titled by the letterhead
    (or "31 January 2031 Excellency"), had no identifier and no subject."""
    letter = ("NATIONS UNIES UNITED NATIONS HAUT COMMISSARIAT DES NATIONS UNIES OFFICE OF THE UNITED NATIONS AUX DROITS "
              "DE L’HOMME HIGH COMMISSIONER FOR HUMAN RIGHTS\n\nPROCEDURES SPECIALES DU SPECIAL PROCEDURES OF THE CONSEIL "
              "DES DROITS DE L’HOMME HUMAN RIGHTS COUNCIL\n\nMandates of the Special Rapporteur on the right to food; the "
              "Special Rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical "
              "and mental health; and the Special Rapporteur on torture and other cruel, inhuman or degrading treatment "
              "or punishment.\n\nREFERENCE: UA G/SO 214 (33-27) Health (2002-7) TUR 4/2031\n\n31 January 2031  "
              "Excellency,\n\nWe have the honour to address you in our capacity as Special Rapporteurs.\n")
    r = enrich([letter])
    assert r.title.value.startswith("Mandates of the Special Rapporteur on the right to food; the Special Rapporteur")
    assert [t.value for t in r.own_identifiers] == [("un-communication", "UA TUR 4/2031")]
    assert [t.value for t in r.subject_countries] == ["TR"]
    assert (r.mechanism.value, r.doc_type.value) == ("UN", "communication")


def test_a_special_procedures_letter_by_its_reference():
    r = enrich([SPECIAL_PROCEDURES_LETTER])
    assert [t.value for t in r.own_identifiers] == [("un-communication", "AL TUR 10/2020")]
    assert ("un-communication", "AL TUR 5/2019") in [t.value for t in r.cited_identifiers]
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("UN", "Special procedures", "communication")
    assert [(t.value, t.rule) for t in r.subject_countries] == [("TR", "symbol")]
    assert r.title.value.startswith("Mandates of the Special Rapporteur on the promotion and protection of the right "
                                    "to freedom of opinion and expression; the Special Rapporteur on the situation")
    assert r.title.value.endswith("Working Group on Arbitrary Detention")
    assert r.published.value[0].isoformat() == "2020-08-12"


@pytest.mark.parametrize("text, title, body, doc_type", [
    (CM_RESOLUTION, "Execution of the judgment of the European Court of Human Rights Kavala against Türkiye",
     "Committee of Ministers", "interim-resolution"),
    # headed by the case and its application number, yet the Committee of Ministers'
    (CM_DECISION, "H46-33 Kavala v. Türkiye (Application No. 28749/18) Supervision of the execution of the "
                  "European Court's judgments", "Committee of Ministers", "decision"),
    # which name the judgment they supervise
    (CM_DECISION + "2. urged the authorities to abide by the Court's judgment;\n",
     "H46-33 Kavala v. Türkiye (Application No. 28749/18) Supervision of the execution of the "
     "European Court's judgments", "Committee of Ministers", "decision"),
    (PACE_RESOLUTION, "The functioning of democratic institutions in Turkey", "PACE", "resolution"),
    # a committee's report: not "The functioning ... Report1 Committee on ... Co-rapporteurs: ...",
    # a `resolution` (its draft resolution), about Turkey, Norway and Estonia (its rapporteurs')
    (PACE_REPORT, "Freedom of assembly of local councillors in Turkey", "PACE", "report"),
    (PACE_ADDENDUM, "Freedom of assembly of local councillors in Turkey: Addendum to the report", "PACE", "report"),
    (PACE_AMENDMENT, "Freedom of assembly of local councillors in Turkey: Amendment No. 7", "PACE", "amendment"),
    # a resolution on a judgment's execution is no judgment (it was typed one)
    ("Resolution CM/ResDH(2021)432\nExecution of the judgment of the European Court of Human Rights\nKavala against "
     "Türkiye\n(Adopted by the Committee of Ministers on 2 December 2021 at the 1419th meeting of the Ministers' "
     "Deputies)\n\nApplication No. 28749/18\nJudgment final on 28/05/2020\n",
     "Execution of the judgment of the European Court of Human Rights Kavala against Türkiye", "Committee of Ministers",
     "resolution"),
    # the communication it accompanies is another document
    (COMMISSION_REPORT, "Türkiye 2022 Report", "European Commission", "country-report"),
])
def test_council_of_europe_and_eu_texts(text, title, body, doc_type):
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == (title, body, doc_type)
    assert [t.value for t in r.subject_countries] == ["TR"]


def test_a_parliamentary_assembly_addendum_is_adopted_when_the_committee_approved_it():
    """"Origin - Addendum approved by the committee on 20 April 2021" is its adoption (it had
    none; with a paragraph telling of another text "adopted on" a day of the committee's
    earlier meeting, it took that one's)."""
    assert enrich([PACE_ADDENDUM]).adopted.value == (dt.date(2021, 4, 20), "day")
    later = PACE_ADDENDUM.replace("1. Since the committee", "1. At its meeting on 8 March 2021, the committee approved "
                                  "a report, in the light of the opinions of the Venice Commission adopted on 10 and 11 "
                                  "March 2021.\n2. Since the committee")
    assert enrich([later]).adopted.value == (dt.date(2021, 4, 20), "day")


def test_parliamentary_assembly_documents_by_their_numbers():
    """A report's number is its own; an addendum's is the report's with "Add."; an
    amendment is headed by the number of the report it amends, which it cites; a later
    text citing "Doc. 15001" links to the report."""
    own = lambda text: [t.value for t in enrich([text]).own_identifiers]  # noqa: E731
    assert own(PACE_REPORT) == [("pace-doc", "Doc. 15001")]
    assert own(PACE_ADDENDUM) == [("pace-doc", "Doc. 15001 Add.")]
    amendment = enrich([PACE_AMENDMENT])
    assert amendment.own_identifiers == []
    assert ("pace-doc", "Doc. 15001") in [t.value for t in amendment.cited_identifiers]
    later = enrich(["Resolution 2380 (2021)\nFreedom of assembly of local councillors in Turkey\nParliamentary Assembly\n"
                    "1. The Assembly refers to the report of its Monitoring Committee (Doc. 15001)."])
    assert ("pace-doc", "Doc. 15001") in [t.value for t in later.cited_identifiers]
    assert classify("Doc. 15001 Add. 2") == ("pace-doc", "Doc. 15001 Add. 2")


@pytest.mark.parametrize("text, title, mechanism, body, doc_type", [
    (GA_NOTE, "Extrajudicial, summary or arbitrary executions", "UN", "Special procedures", "report"),
    # a GA document whose author is not named is the UN's all the same, not civil society's
    (GA_NOTE.replace("the report of the Special Rapporteur on extrajudicial", "a report on extrajudicial"),
     "Extrajudicial, summary or arbitrary executions", "UN", None, "report"),
    # "prior to submission" does not make a list of issues a submission
    (LIST_OF_ISSUES, "List of issues prior to submission of the second periodic report of Turkey", "UN", "CCPR",
     "list-of-issues"),
    (LIST_OF_ISSUES.replace("CCPR/C/TUR/QPR/2", "CCPR/C/TUR/Q/1/Add.1").replace(
        "List of issues prior to submission of the second periodic report of Turkey*",
        "Replies of Turkey to the list of issues*"), "Replies of Turkey to the list of issues", "UN", "CCPR",
     "government-response"),
])
def test_un_documents_author_and_type(text, title, mechanism, body, doc_type):
    r = enrich([text])
    assert (r.title.value, r.mechanism.value, r.body and r.body.value, r.doc_type.value) == (title, mechanism, body, doc_type)


UPR_ADDENDUM = """United Nations\tA/HRC/44/14/Add.1
General Assembly\tDistr.: General
1 July 2020

Original: English

Human Rights Council
Forty-fourth session
30 June–17 July 2020
Agenda item 6
Universal periodic review

Report of the Working Group on the Universal Periodic Review*

Turkey

Addendum

Views on conclusions and/or recommendations, voluntary commitments and replies presented by the State under review

1. Turkey has examined the 320 recommendations it received.
"""

FOLLOW_UP = """United Nations\tCAT/C/TUR/FCO/4
Convention against Torture
and Other Cruel, Inhuman
or Degrading Treatment
or Punishment\tDistr.: General
12 September 2017

Original: English

Committee against Torture

Information received from Turkey on follow-up to the concluding observations*

[Date received: 15 May 2017]
"""


@pytest.mark.parametrize("text, title, doc_type, subjects", [
    # the government's answer to a CPT visit report (which names the visit: it was a visit report)
    (CPT_REPORT.replace("CPT/Inf (2020) 22\nReport to the Turkish Government\non the visit to Turkey",
                        "CPT/Inf (2020) 23\nResponse of the Turkish Government\nto the report on the visit to Turkey"),
     "Response of the Turkish Government to the report on the visit to Turkey carried out by the European Committee "
     "for the Prevention of Torture from 6 to 17 May 2019", "government-response", ["TR"]),
    # the State's replies to a UPR's recommendations: the addendum's own title after the report's
    (UPR_ADDENDUM, "Report of the Working Group on the Universal Periodic Review: Turkey: Addendum: Views on "
                   "conclusions and/or recommendations, voluntary commitments and replies presented by the State "
                   "under review", "government-response", ["TR"]),
    # the report itself: no addendum
    (UPR_ADDENDUM.replace("/Add.1", "").split("\nAddendum")[0] + "\n\nIntroduction\n1. The Working Group held its session.",
     "Report of the Working Group on the Universal Periodic Review: Turkey", "upr-report", ["TR"]),
    # the State's follow-up to concluding observations (not the concluding observations)
    (FOLLOW_UP, "Information received from Turkey on follow-up to the concluding observations", "government-response",
     ["TR"]),
    # the committee's own report on follow-up, about no one State, is a report (was concluding observations)
    (FOLLOW_UP.replace("CAT/C/TUR/FCO/4", "CAT/C/68/2").replace(
        "Information received from Turkey on follow-up to the concluding observations",
        "Report on follow-up to the concluding observations of the Committee against Torture"),
     "Report on follow-up to the concluding observations of the Committee against Torture", "report", []),
    # an addendum's title on a cover with blank lines
    (RAPPORTEUR_COVER.replace("countering terrorism\nAddendum\nMission", "countering terrorism\n\nAddendum\n\nMission"),
     "Report of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms "
     "while countering terrorism: Addendum: Mission to Turkey", "visit-report", ["TR"]),
])
def test_a_governments_response_and_an_addendums_own_title(text, title, doc_type, subjects):
    r = enrich([text])
    assert (r.title.value, r.doc_type.value) == (title, doc_type)
    assert [t.value for t in r.subject_countries] == subjects


COMMISSIONER_BY_COVER = """CommDH(2020)1

REPORT

BY DUNJA MIJATOVIĆ

COMMISSIONER FOR HUMAN RIGHTS
OF THE COUNCIL OF EUROPE

FOLLOWING HER VISIT TO TURKEY
FROM 1 TO 5 JULY 2019

Strasbourg, 19 February 2020

Summary
Commissioner Dunja Mijatović visited Turkey from 1 to 5 July 2019.
"""

COMMISSIONER_TITLE = ("REPORT BY DUNJA MIJATOVIĆ COMMISSIONER FOR HUMAN RIGHTS OF THE COUNCIL OF EUROPE FOLLOWING HER "
                      "VISIT TO TURKEY FROM 1 TO 5 JULY 2019")
VENICE_TITLE = "TURKEY: OPINION ON THE AMENDMENTS TO THE CONSTITUTION ADOPTED BY THE GRAND NATIONAL ASSEMBLY ON 21 JANUARY 2017"


@pytest.mark.parametrize("text, title", [
    # a title in capitals set over blocks, through the institution's name (was "BY DUNJA MIJATOVIĆ")
    (COMMISSIONER_BY_COVER, COMMISSIONER_TITLE),
    (COMMISSIONER_BY_COVER.replace("\n\n", "\n", 5), COMMISSIONER_TITLE),  # the same without blank lines
    # the country alone above the opinion's title, blocks apart (was "TURKEY")
    (VENICE_COVER.replace("\nTURKEY\nOPINION", "\n\nTURKEY\n\nOPINION").replace("2017\nAdopted", "2017\n\nAdopted"),
     VENICE_TITLE),
    (VENICE_COVER, VENICE_TITLE),
    # its title in capitals one paragraph on one line, as a DOCX or a web page keeps it, of
    # more than 120 characters (was "TURKEY")
    (VENICE_COVER.replace("\nTURKEY\nOPINION\nON THE AMENDMENTS TO THE CONSTITUTION\nADOPTED BY THE GRAND NATIONAL "
                          "ASSEMBLY ON 21 JANUARY 2017\n", "\n\nTURKEY\n\nOPINION ON THE AMENDMENTS TO THE CONSTITUTION "
                          "ADOPTED BY THE GRAND NATIONAL ASSEMBLY ON 21 JANUARY 2017 AND TO BE SUBMITTED TO A NATIONAL "
                          "REFERENDUM ON 16 APRIL 2017\n\n"),
     VENICE_TITLE + " AND TO BE SUBMITTED TO A NATIONAL REFERENDUM ON 16 APRIL 2017"),
])
def test_a_cover_title_in_capitals_over_blocks(text, title):
    r = enrich([text])
    assert (r.title.value, [t.value for t in r.subject_countries]) == (title, ["TR"])


TIHEK_VISIT = """TÜRKİYE İNSAN HAKLARI VE EŞİTLİK KURUMU

ULUSAL ÖNLEME MEKANİZMASI
İZMİR KADIN KAPALI CEZA İNFAZ KURUMU
ZİYARET RAPORU

Ziyaret Tarihi: 12-13 Mart 2019

1. GİRİŞ
Türkiye İnsan Hakları ve Eşitlik Kurumu, Ulusal Önleme Mekanizması sıfatıyla cezaevini ziyaret etmiştir.
"""

OMBUDSMAN_DECISION = """T.C.
KAMU DENETÇİLİĞİ KURUMU

TAVSİYE KARARI

Başvuru Numarası : 2021/1234
Karar Tarihi : 15/03/2021

BAŞVURUNUN KONUSU
Başvuru, idarenin işleminin hukuka aykırı olduğu iddiasına ilişkindir.
"""

IHD_REPORT = """İNSAN HAKLARI DERNEĞİ

2022 YILI
TÜRKİYE İNSAN HAKLARI İHLALLERİ RAPORU

Ankara, 10 Aralık 2022

GİRİŞ
İnsan Hakları Derneği olarak bu yıl da Türkiye'deki insan hakları ihlallerini raporladık.
"""


@pytest.mark.parametrize("text, title, doc_type", [
    # the institution heading its document is no title (was the title)
    (TIHEK_VISIT, "ULUSAL ÖNLEME MEKANİZMASI İZMİR KADIN KAPALI CEZA İNFAZ KURUMU ZİYARET RAPORU", "visit-report"),
    (OMBUDSMAN_DECISION, "TAVSİYE KARARI", "recommendation"),  # (was typed judgment, from "Karar Tarihi")
    (OMBUDSMAN_DECISION.replace("TAVSİYE KARARI", "RET KARARI"), "RET KARARI", "decision"),
    (TIHEK_VISIT.replace("TÜRKİYE İNSAN HAKLARI VE EŞİTLİK KURUMU", "T.C. ADALET BAKANLIĞI\nİNSAN HAKLARI DAİRE BAŞKANLIĞI"),
     "ULUSAL ÖNLEME MEKANİZMASI İZMİR KADIN KAPALI CEZA İNFAZ KURUMU ZİYARET RAPORU", "visit-report"),
    # the year over a report's title is part of it (it was taken for a reference code)
    (IHD_REPORT, "2022 YILI TÜRKİYE İNSAN HAKLARI İHLALLERİ RAPORU", "country-report"),
])
def test_turkish_institutions_covers(text, title, doc_type):
    r = enrich([text])
    assert (r.title.value, r.doc_type.value) == (title, doc_type)


ADVISORY_OPINION = """GRAND CHAMBER

ADVISORY OPINION
concerning the review of a domestic court's refusal to recognise a foreign
adoption order made in favour of a same-sex couple

Requested by the Example Supreme Court

(Request no. P16-2031-004)

STRASBOURG

12 March 2032

This opinion is final. It may be subject to editorial revision.

In the matter of a request by the Example Supreme Court for an advisory opinion,
The European Court of Human Rights, sitting as a Grand Chamber composed of:
"""
AVIS_CONSULTATIF = """GRANDE CHAMBRE

AVIS CONSULTATIF
relatif au contrôle par une juridiction interne du refus de reconnaître une adoption
prononcée à l'étranger

Demandé par la Cour suprême d'Exemple

(Demande no P16-2031-004)

STRASBOURG

12 mars 2032

Dans le cadre d'une demande d'avis consultatif présentée par la Cour suprême d'Exemple,
La Cour européenne des droits de l'homme, siégeant en une Grande Chambre composée de :
"""


@pytest.mark.parametrize("text, title", [
    (ADVISORY_OPINION, "ADVISORY OPINION concerning the review of a domestic court's refusal to recognise a foreign "
                       "adoption order made in favour of a same-sex couple"),
    (AVIS_CONSULTATIF, "AVIS CONSULTATIF relatif au contrôle par une juridiction interne du refus de reconnaître une "
                       "adoption prononcée à l'étranger"),
])
def test_an_advisory_opinion_of_the_court(text, title):
    """Protocol No. 16's advisory opinions: titled from "ADVISORY OPINION" to the court that
    asked (was "GRAND CHAMBER ADVISORY OPINION ... Requested by ... (Request no. ...)"), an
    `opinion` of the Court (was a `judgment`)."""
    r = enrich([text])
    assert (r.title.value, r.doc_type.value, r.body.value) == (title, "opinion", "ECtHR")


DH_DD = """SECRETARIAT GENERAL
SECRETARIAT OF THE COMMITTEE OF MINISTERS
SECRÉTARIAT DU COMITÉ DES MINISTRES

Contact: A. Person
Tel: 03 88 41 00 00

DH-DD(2022)45

Date: 14/01/2022

Document distributed under the sole responsibility of its author, without prejudice to the legal or factual situation \
or the legal position of the Committee of Ministers.

Meeting:
1423rd meeting (February 2022) (DH)

Communication from Türkiye (14/01/2022) concerning the case of Kavala v. Türkiye (Application No. 28749/18)

Information made available under Rule 8.2a of the Rules of the Committee of Ministers for the supervision of the \
execution of judgments.
"""


@pytest.mark.parametrize("source, doc_type", [
    ("Türkiye", "government-response"), ("the authorities", "government-response"),
    ("an NGO (Human Rights Association)", "submission"), ("the applicant", "submission"),
])
def test_documents_distributed_at_the_committee_of_ministers_human_rights_meetings(source, doc_type):
    """A DH-DD document: the Secretariat's masthead and notices are no title (it was
    titled by them), the meeting's "(DH)" makes no decision of it, and the case's name
    makes no Court text of it; a State's communication is its response, others' are
    submissions."""
    r = enrich([DH_DD.replace("Communication from Türkiye", f"Communication from {source}")])
    assert r.title.value == (f"Communication from {source} (14/01/2022) concerning the case of Kavala v. Türkiye "
                             "(Application No. 28749/18)")
    assert (r.doc_type.value, r.body.value, r.mechanism.value) == (doc_type, "Committee of Ministers", "CoE")
    assert [t.value for t in r.own_identifiers] == [("coe-cm", "DH-DD(2022)45")]
    assert r.published.value == (dt.date(2022, 1, 14), "day")


def test_the_committee_of_ministers_notes_on_a_case():
    notes = CM_DECISION.replace("1443rd meeting", "Ministers' Deputies\nNotes on the Agenda\nCM/Notes/1443/H46-33\n"
                                "1443rd meeting").split("Decisions")[0] + "Case description\nThe judgment found ...\n"
    r = enrich([notes])
    assert (r.body.value, r.doc_type.value) == ("Committee of Ministers", "briefing")
    # titled by the case, as the decisions are, not by the series' masthead and symbol
    assert r.title.value == ("H46-33 Kavala v. Türkiye (Application No. 28749/18) Supervision of the execution of the "
                             "European Court's judgments")
    assert [t.value for t in r.subject_countries] == ["TR"]
    # the same run into lines joined by a page's table ("... judgments Reference document
    # CM/Inf/DH(2022)12 |"): not titled by the documents it refers to
    flat = enrich([" |\n".join(notes.split("\n")[:4]) + " |\n" + " ".join(notes.split("\n")[4:])])
    assert flat.title.value == r.title.value


@pytest.mark.parametrize("masthead", ["", "MINISTERS' DEPUTIES Decisions CM/Del/Dec(2022)1443/H46-33 9 June 2022 "])
def test_the_committee_of_ministers_decision_on_a_case_in_one_line(masthead):
    """A decision as a page runs it into one line: the item follows the meeting's "(DH)".
    It had no title at all (or the masthead, the symbol and the meeting before it)."""
    r = enrich([masthead + " ".join(CM_DECISION.split())])
    assert (r.title.value, r.doc_type.value) == ("H46-33 Kavala v. Türkiye (Application No. 28749/18) Supervision of "
                                                 "the execution of the European Court's judgments", "decision")


# a UPR report's cover in the UN's six languages, its lines without a blank line between them
# and the introduction's heading under the State's name (_upr_cover)
_UPR_COVERS = {
    "en": ("United Nations", "General Assembly", "Human Rights Council", "Forty-fourth session", "15 June–3 July 2020",
           "Agenda item 6", "Universal periodic review", "Report of the Working Group on the Universal Periodic Review*",
           "Turkey", "Introduction"),
    "es": ("Naciones Unidas", "Asamblea General", "Consejo de Derechos Humanos", "44º período de sesiones",
           "15 de junio a 3 de julio de 2020", "Tema 6 de la agenda", "Examen periódico universal",
           "Informe del Grupo de Trabajo sobre el Examen Periódico Universal*", "Turquía", "Introducción"),
    "ru": ("Организация Объединенных Наций", "Генеральная Ассамблея", "Совет по правам человека", "Сорок четвертая сессия",
           "15 июня – 3 июля 2020 года", "Пункт 6 повестки дня", "Универсальный периодический обзор",
           "Доклад Рабочей группы по универсальному периодическому обзору*", "Турция", "Введение"),
    "ar": ("الأمم المتحدة", "الجمعية العامة", "مجلس حقوق الإنسان", "الدورة الرابعة والأربعون",
           "15 حزيران/يونيه - 3 تموز/يوليه 2020", "البند 6 من جدول الأعمال", "الاستعراض الدوري الشامل",
           "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*", "تركيا", "مقدمة"),
    "zh": ("联合国", "大会", "人权理事会", "第四十四届会议", "2020年6月15日至7月3日", "议程项目6", "普遍定期审议",
           "普遍定期审议工作组的报告*", "土耳其", "导言"),
}


def _upr_cover(language: str) -> str:
    masthead, assembly, council, session, dates, item, item_title, title, state, introduction = _UPR_COVERS[language]
    return "\n".join([masthead, "A/HRC/44/14", assembly, "Distr.: General", "23 March 2020", "Original: English", council,
                      session, dates, item, item_title, title, state, introduction,
                      "1. The Working Group held its thirty-fifth session from 20 to 31 January 2020."]) + "\n"


@pytest.mark.parametrize("language, title", [
    ("en", "Report of the Working Group on the Universal Periodic Review: Turkey"),
    ("es", "Informe del Grupo de Trabajo sobre el Examen Periódico Universal: Turquía"),
    ("ru", "Доклад Рабочей группы по универсальному периодическому обзору: Турция"),
    ("ar", "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل: تركيا"),
    ("zh", "普遍定期审议工作组的报告: 土耳其"),
], ids=["en", "es", "ru", "ar", "zh"])
def test_a_upr_reports_cover_in_the_uns_languages(language, title):
    """The cover's title and the State under it, whatever the language: not the introduction's
    heading under it ("...: Turquía: Introducción", "...: Турция: Введение"), nor, in Arabic
    and Chinese, the General Assembly's name ("الجمعية العامة") or the Council's and its session
    ("人权理事会 第四十四届会议"): the organs, sessions, agenda items and dates of those covers
    are furniture, and their lines, in scripts without capitals, begin anew as capitals do."""
    r = enrich([_upr_cover(language)])
    assert (r.title.value, r.title.rule, r.doc_type.value, r.body.value) == (title, "cover-page", "upr-report", "UPR")


@pytest.mark.parametrize("visit, report, title", [
    ("Visite en Turquie", "Rapport du Rapporteur spécial sur la torture*",
     "Visite en Turquie: Rapport du Rapporteur spécial sur la torture"),
    ("Посещение Турции", "Доклад Специального докладчика по вопросу о пытках*",
     "Посещение Турции: Доклад Специального докладчика по вопросу о пытках"),
    ("", "Informe del Relator Especial sobre la tortura sobre su visita a Turquía*",
     "Informe del Relator Especial sobre la tortura sobre su visita a Turquía"),
], ids=["fr", "ru", "es"])
def test_a_special_rapporteurs_visit_on_a_cover_in_another_language(visit, report, title):
    """The visit over the report's title is part of it in French and Russian, as in English
    (was left out: the report's title alone, a `country-report` in French, untyped and the
    Council's in Russian), and the visit names the kind in each language ("Visite en",
    "Посещение", "visita a"); the Rapporteur in Russian is the special procedures' cue."""
    cover = "\n".join(["A/HRC/37/50/Add.1", "Distr.: General", "18 December 2017", "Original: English",
                       "Agenda item 3", "Promotion and protection of all human rights, civil,",
                       "political, economic, social and cultural rights,", "including the right to development",
                       *([visit] if visit else []), report, "1. The Special Rapporteur visited the country in 2016."])
    r = enrich([cover])
    assert (r.title.value, r.doc_type.value, r.body.value) == (title, "visit-report", "Special procedures")


def test_concluding_observations_in_chinese():
    """A phrase in a script written without spaces is found inside a run of letters: "结论性意见"
    ends "关于土耳其第四次定期报告的结论性意见" (was untyped: the phrase was looked for as a word)."""
    r = enrich(["联合国\nCAT/C/TUR/CO/4\nDistr.: General\n2 June 2016\nChinese\nOriginal: English\n禁止酷刑委员会\n"
                "关于土耳其第四次定期报告的结论性意见*\n1. 委员会审议了土耳其的第四次定期报告。\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == ("关于土耳其第四次定期报告的结论性意见", "concluding-observations",
                                                              "CAT")


@pytest.mark.parametrize("text, title", [
    (TREATY_COVER_ES, "Observaciones finales sobre el cuarto informe periódico de Turquía"),
    (TREATY_COVER_RU, "Заключительные замечания по четвертому периодическому докладу Турции"),
])
def test_a_un_cover_in_another_official_language(text, title):
    """The title is the block that carries the cover's footnote mark, whatever the language."""
    r = enrich([text])
    assert (r.title.value, r.title.rule, r.doc_type.value, r.body.value) == (title, "cover-page", "concluding-observations", "CAT")
    assert r.published.value == (dt.date(2016, 6, 2), "day") and [t.value for t in r.subject_countries] == ["TR"]


def test_the_courts_press_release_on_a_judgment():
    r = enrich([COURT_PRESS_RELEASE])
    assert (r.title.value, r.body.value, r.doc_type.value) == (
        "Detention of a publisher breached his rights", "ECtHR", "statement")  # not a judgment
    assert [(t.value, t.rule) for t in r.subject_countries] == [("TR", "respondent")]
    assert r.published.value[0].isoformat() == "2019-12-10"


@pytest.mark.parametrize("text, title", [
    # its press release in a Turkish translation (was titled by its line "issued by the
    # Registrar", civil society's, untyped)
    ("Mahkeme'nin Yazı İşleri Müdürlüğü tarafından yayımlanmıştır.\nAİHM 424 (2030)\n10.12.2030\n"
     "Bir yayıncının tutukluluğu haklarını ihlal etti:\nDava, bir yayıncının tutuklanması ve tutukluluğunun devam etmesi "
     "ile ilgilidir. Örnek / Türkiye davasının bugünkü Daire kararında, Mahkeme oybirliğiyle ihlal bulmuştur.\n",
     "Bir yayıncının tutukluluğu haklarını ihlal etti"),
    # the English line with no Court named in the text (was civil society's)
    ("issued by the Registrar of the Court\nECHR 424 (2030)\n10.12.2030\nDetention of a publisher breached his "
     "rights\nToday's Chamber judgment found a violation of the publisher's right to liberty.\n",
     "Detention of a publisher breached his rights")])
def test_the_courts_press_release_by_its_registrars_line(text, title):
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == (title, "ECtHR", "statement")


@pytest.mark.parametrize("text", [
    "In today's Chamber judgment in the case of Örnek v. Exampleland (application no. 12345/29) the European Court of "
    "Human Rights held, unanimously, that there had been a violation of Article 10 of the Convention.\nThe case "
    "concerned the applicant's conviction.\n",
    "The European Court of Human Rights has today notified in writing its Chamber judgment in the case of Örnek v. "
    "Exampleland (application no. 12345/29). The Court held unanimously that there had been a violation of Article 10.\n",
    "La Cour européenne des droits de l'homme a communiqué aujourd'hui par écrit son arrêt dans l'affaire Örnek c. "
    "Examplelande (requête no 12345/29).\nLa Cour dit, à l'unanimité, qu'il y a eu violation de l'article 10.\n",
    "Dans son arrêt de chambre, rendu ce jour dans l’affaire Örnek c. Examplelande (requête no 12345/29), la Cour "
    "européenne des droits de l’homme dit, à l’unanimité, qu’il y a eu violation de l’article 10.\n",
])
def test_the_courts_press_release_by_its_opening_formula(text):
    """The Court's press release copied without the Registrar's heading, by its opening
    formula: a statement, the Court's (was untyped; the first, the Court named in its running
    text, civil society's)."""
    r = enrich([text])
    assert (r.doc_type.value, r.body.value, r.case) == ("statement", "ECtHR", None)


@pytest.mark.parametrize("text, title", [
    # the resolution's preamble ("The Human Rights Council,") is not its title
    (HRC_RESOLUTION, "Resolution adopted by the Human Rights Council on 22 June 2017: 35/2. The right to education"),
    # the agenda item's own title runs into the document's
    (SECRETARY_GENERAL_REPORT, "Situation of human rights in Example: Report of the Secretary-General"),
    # the Subcommittee's name, wrapped, is furniture
    (SPT_REPORT, "Visit to Turkey undertaken from 15 to 24 October 2015: recommendations and observations "
                 "addressed to the State party"),
])
def test_un_resolutions_and_reports_after_their_agenda_item(text, title):
    assert title_of(text) == (title, "cover-page")


def test_the_secretary_generals_report_under_its_subject_is_a_report():
    """"Report of the Secretary-General" under the report's subject (the title's second part)
    was a country report by "report"; opening the title it was already a `report`."""
    assert enrich([SECRETARY_GENERAL_REPORT]).doc_type.value == "report"
    r = enrich(["United Nations\n\nS/2031/3\n\nSecurity Council\n\nDistr.: General\n3 January 2031\n\nUnited Nations "
                "operation in Cyprus\n\nReport of the Secretary-General\n\nI. Introduction\n\n1. The present report covers "
                "developments from 13 June to 12 December 2030.\n"])
    assert (r.title.value, r.doc_type.value) == ("United Nations operation in Cyprus: Report of the Secretary-General",
                                                 "report")


ITEM_2 = ("Annual report of the United Nations High Commissioner\nfor Human Rights and reports of the Office of the\n"
          "High Commissioner and the Secretary-General")


@pytest.mark.parametrize("text", [
    # its lines with blank lines between, as a PDF reader gives them
    ("United Nations A/HRC/61/44\n\nGeneral Assembly Distr.: General\n\n20 January 2031\n\nOriginal: English\n\nHuman "
     "Rights Council\n\nSixty-first session\n\nAgenda item 2\n\n" + ITEM_2.replace("\n", "\n\n") + "\n\nQuestion of human "
     "rights in Cyprus\n\nReport of the Office of the United Nations High Commissioner for\n\nHuman Rights*\n\n"
     "Summary\n\nThe present report covers the period from 1 December 2029 to 30 November 2030.\n"),
    # a document site's header naming the agenda item before the cover, which names it again
    ("Document Type: Final Report\nDate: 2031 Feb\nAgenda Item: Item2: " + ITEM_2.replace("\n", " ") + "\nGE.31-01803(E)\n"
     "Human Rights Council Sixty-first session\n24 February–20 March 2031\nAgenda item 2\n" + ITEM_2 + "\nQuestion of human "
     "rights in Cyprus\nReport of the Office of the United Nations High Commissioner for\nHuman Rights*\nSummary\n"
     "The present report covers the period from 1 December 2029 to 30 November 2030.\n"),
    # the cover's lines run together after its masthead
    ("Question of Human Rights in Cyprus\nTotal Page:16\nUnited Nations A/HRC/61/44 General Assembly Distr.: General 20 "
     "January 2031 Original: English Human Rights Council Sixty-first session 24 February–20 March 2031 Agenda item 2 "
     + ITEM_2.replace("\n", " ") + " Question of human rights in Cyprus Report of the Office of the United Nations High "
     "Commissioner for Human Rights* Summary The present report covers the period from 1 December 2029 to 30 November "
     "2030.\n"),
])
def test_the_councils_agenda_item_2_is_no_title(text):
    """Item 2's own title begins as a report's ("Annual report of the United Nations High
    Commissioner ..."): it was the title of the reports under it, the question they are on
    lost; the question heads the report's title, which names no country."""
    r = enrich([text])
    assert (r.title.value, r.title.rule) == (
        "Question of human rights in Cyprus: Report of the Office of the United Nations High Commissioner for Human "
        "Rights", "cover-page")
    assert [t.value for t in r.subject_countries] == ["CY"]


CHR_COVER = ("Distr.\nGENERAL\nE/CN.4/2031/7\n3 August 2030\nOriginal: ENGLISH\nCOMMISSION ON HUMAN RIGHTS\nSixty-fifth "
             "session\nItems 4 and 18 of the provisional agenda\nREPORT OF THE UNITED NATIONS HIGH COMMISSIONER FOR HUMAN "
             "RIGHTS AND FOLLOW-UP TO THE WORLD CONFERENCE ON HUMAN RIGHTS\nCOOPERATION OF STATES WITH THE SPECIAL "
             "PROCEDURES\nNote by the United Nations High Commissioner for Human Rights\nThe High Commissioner has the "
             "honour to transmit the report of the meeting of special rapporteurs held in Geneva in June 2030.\n")


@pytest.mark.parametrize("text", [CHR_COVER, " ".join(CHR_COVER.split())])
def test_the_commission_on_human_rights_item_on_the_high_commissioners_report_is_no_title(text):
    """The Commission on Human Rights' item of the kind the Council's item 2 is ("Report of
    the United Nations High Commissioner for Human Rights and follow-up to the World
    Conference on Human Rights") was the title of the documents under it; run into one line,
    the cover was cut inside the item's title and inside "Note by the" / "United Nations
    High Commissioner", and the document was titled "Note by the"."""
    assert title_of(text) == ("COOPERATION OF STATES WITH THE SPECIAL PROCEDURES", "cover-page")


def test_the_question_above_a_title_that_names_the_country_is_not_repeated():
    r = enrich(["United Nations A/HRC/61/45\n\nGeneral Assembly Distr.: General\n\n2 May 2031\n\nHuman Rights Council\n\n"
                "Sixty-second session\n\nAgenda item 4\n\nHuman rights situations that require the Council's attention\n\n"
                "Situation of human rights in Belarus\n\nReport of the Special Rapporteur on the situation of human rights in "
                "Belarus*\n\nSummary\n\nThe present report covers the year 2030.\n"])
    assert r.title.value == "Report of the Special Rapporteur on the situation of human rights in Belarus"


def test_resolutions_of_the_security_council_and_the_general_assembly():
    """A Security Council resolution was titled "Security Council Distr.: General" (its
    masthead's line run together) or by its number's next line; a copy without the
    masthead was civil society's, a `statement` for the statement its preamble recalls; a
    General Assembly resolution was titled by the line every resolution has, its own title
    under the bracket that names the committee's report left out."""
    r = enrich(["S/RES/2931 (2030)\n\nUnited Nations\n\nS/RES/2931 (2030)\n\nSecurity Council Distr.: General\n\n"
                "29 June 2030\n\nRESOLUTION 2931 (2030)\n\nAdopted by the Security Council at its 9876th meeting,\n\n"
                "on 29 June 2030\n\nThe Security Council,\n\nWelcoming the report of the Secretary-General of 8 June 2030 "
                "(S/2030/657) on the United Nations operation in Cyprus,\n\n1. Decides to extend the mandate of the "
                "Force for a further period ending 31 January 2031;\n"])
    assert (r.title.value, r.title.rule, r.doc_type.value, r.mechanism.value) == (
        "Resolution 2931 (2030) adopted by the Security Council at its 9876th meeting, on 29 June 2030", "cover-page",
        "resolution", "UN")
    assert [t.value for t in r.own_identifiers][:1] == [("un-symbol", "S/RES/2931")]
    r = enrich(["The Security Council,\nHaving considered the situation in Cyprus at the request of the\nGovernment of "
                "the Republic of Cyprus,\nHaving heard the statement made by the representative of Cyprus,\nRecalling its "
                "resolutions 2901 (2029) and 2915 (2030),\n1. Calls upon all States to respect the sovereignty of the "
                "Republic of Cyprus;\n"])
    assert (r.doc_type.value, r.mechanism.value, r.title.value) == ("resolution", "UN", "The Security Council,")
    # a web copy numbered as the Parliamentary Assembly numbers its resolutions was the
    # Assembly's (its number read as PACE's): adopted by the Security Council, the UN's
    r = enrich(["Security Council\n\nResolution 2931 (2030)\n\nAdopted by the Security Council at its 9876th meeting, "
                "on 29 June 2030\n\nThe Security Council,\n\nWelcoming the report of the Secretary-General,\n"])
    assert (r.title.value, r.mechanism.value, r.body, r.doc_type.value) == (
        "Resolution 2931 (2030) adopted by the Security Council at its 9876th meeting, on 29 June 2030", "UN", None,
        "resolution")
    r = enrich(["Resolution 2156 (2030)\n\nThe functioning of democratic institutions in Example\n\nAuthor(s): "
                "Parliamentary Assembly\n\nText adopted by the Assembly on 25 April 2030.\n"])
    assert (r.mechanism.value, r.body.value) == ("CoE", "PACE")
    # a copy without its number: its adoption line, the date wrapped under it
    r = enrich(["Adopted by the Security Council at its 9876th meeting, on 23\nJune 2030\nThe Security Council,\n"
                "Welcoming the report of the Secretary-General on the United Nations operation in Cyprus of 15 June 2030 "
                "(S/2030/488),\n1. Decides to extend the mandate of the Force;\n"])
    assert (r.doc_type.value, r.mechanism.value, r.title.value) == (
        "resolution", "UN", "Adopted by the Security Council at its 9876th meeting, on 23 June 2030")
    r = enrich(["United Nations A/RES/84/168\n\nGeneral Assembly Distr.: General\n3 January 2030\n\nEighty-fourth session\n"
                "Agenda item 70 (c)\nHuman rights questions: human rights situations and reports of special rapporteurs and "
                "representatives\n\nResolution adopted by the General Assembly on 18 December 2029\n\n[on the report of the "
                "Third Committee (A/84/399/Add.3)]\n\n84/168. Situation of human rights in the Example region, Ukraine\n\n"
                "The General Assembly,\n\nGuided by the Charter of the United Nations,\n"])
    assert (r.title.value, r.doc_type.value, r.adopted.value) == (
        "Resolution adopted by the General Assembly on 18 December 2029: 84/168. Situation of human rights in the "
        "Example region, Ukraine", "resolution", (dt.date(2029, 12, 18), "day"))
    assert [t.value for t in r.subject_countries] == ["UA"]


# A UPR report's cover as PDFium reads it (pypdf reads the same PDF in another order): the
# masthead's letters run together, and the rule drawn above the footnote is a line of text.
UPR_COVER_PDFIUM = """GE.09UNITED
NATIONS A
General Assembly Distr.
GENERAL
A/HRC/10/76
8 January 2009
Original: ENGLISH
HUMAN RIGHTS COUNCIL
Tenth session
Agenda item 6
UNIVERSAL PERIODIC REVIEW
Report of the Working Group on the Universal Periodic Review *
Israel
_________________________
*Previously issued under document symbol A/HRC/WG.6/3/L.8. The annex to the present report is circulated as
received."""


def test_a_rule_drawn_in_characters_is_no_part_of_a_title():
    """All 254 real UPR reports read through PDFium: 41 had ": ___________" at the end of
    their title (pypdf leaves the rule out); none now."""
    assert title_of(UPR_COVER_PDFIUM) == ("Report of the Working Group on the Universal Periodic Review: Israel", "cover-page")


# The same kind of cover as pypdf reads some reports (the masthead last, the footnotes
# before it) and as pdfminer reads others (a blank line inside the wrapped title).
UPR_COVER_FOOTNOTES_FIRST = """GE.14-06716 (E)
Human Rights Council
Twenty-seventh session
Agenda item 6
Universal Periodic Review
Report of the Working Group on
the Universal Periodic Review**
Dominica

* Reissued for technical reasons on 4 July 2014.
** The annex to the present report is circulated as received.
United Nations A/HRC/27/9*

General Assembly Distr.: General
26 June 2014

Original: English"""
UPR_COVER_PDFMINER = """United Nations

General Assembly

A/HRC/14/7

Distr.: General
15 March 2010

Original: English

Human Rights Council
Fourteenth session
Agenda item 6
Universal Periodic Review

Report of the Working Group on the Universal

Periodic Review*

Bolivia (Plurinational State of)

* Previously issued under document symbol A/HRC/WG.6/7/L.6."""


def test_a_un_covers_date_is_under_its_distribution_line_not_in_a_footnote():
    r = enrich([UPR_COVER_FOOTNOTES_FIRST])
    assert r.published.value == (dt.date(2014, 6, 26), "day")
    assert r.title.value == "Report of the Working Group on the Universal Periodic Review: Dominica"


def test_a_un_title_wrapped_over_two_blocks_and_a_country_named_with_brackets():
    """The 254 real UPR reports read through pdfminer (a label-free check of the readers
    on a third extractor's layout): 193 titles stopped at "... on the Universal" or lost
    the state under review; 3 are left, where pdfminer splits the title elsewhere."""
    r = enrich([UPR_COVER_PDFMINER])
    assert r.title.value == "Report of the Working Group on the Universal Periodic Review: Bolivia (Plurinational State of)"
    assert [t.value for t in r.subject_countries] == ["BO"]
    assert r.published.value == (dt.date(2010, 3, 15), "day")


def test_real_un_covers_read_alike_through_two_pdf_readers(corpus):
    """Every sixth of the 254 real UPR reports, read by pypdf and by PDFium (the import's
    first fallback), which order and space a cover's lines differently: the same title,
    date, symbol and state under review. PDFium reads the rule above a cover's footnote
    as a line of underscores; 41 of the 254 titles ended in it."""
    from ingest.extract.pdf import extract_pdf_pdfium, extract_pdf_pypdf

    def fields(pages):
        r = enrich(pages[:3])
        return (r.title.value, r.published.value if r.published else None,
                [t.value for t in r.own_identifiers][:1], [t.value for t in r.subject_countries])

    reports = sorted((corpus / "upr-reports").glob("*.pdf"))
    assert len(reports) == 254
    differ = []
    for path in reports[::6]:
        data = path.read_bytes()
        if fields(extract_pdf_pypdf(data).pages) != fields(extract_pdf_pdfium(data).pages):
            differ.append(path.name)
    assert differ == []


@pytest.mark.parametrize("line, title", [
    ("Concluding observations of the Committee against TortureCzech Republic",
     "Concluding observations of the Committee against Torture: Czech Republic"),
    ("Concluding observations of the Committee on the Rights of the ChildSlovakia",
     "Concluding observations of the Committee on the Rights of the Child: Slovakia"),
    # (a word in capitals inside a name is no State: "McExample")
    ("Concluding observations of the Committee on the McExample Questions",
     "Concluding observations of the Committee on the McExample Questions"),
])
def test_a_un_covers_state_run_into_its_title(line, title):
    """A copy that lost the line break between a cover's title and its State ("... against
    TortureTurkey", a document site's copy) was titled with the two run together; the State
    is set apart as a cover prints it."""
    r = enrich([f"Convention against Torture\nCommittee against Torture\nCAT/C/EXL/CO/3\n20 January 2031\n{line}\n"
                "1. The Committee considered the third periodic report at its 959th and 960th meetings.\n"])
    assert (r.title.value, r.title.rule) == (title, "cover-page")


def test_a_upr_report_a_site_titles_above_its_cover():
    """ReliefWeb's copy of a UPR Working Group's report prints its title, with its symbol in
    brackets, above the session and agenda lines and the report's first paragraphs: it was
    titled by a paragraph ("On 15 January 2030, the Human Rights Council selected ...") and
    about no country; its title is the line above, and the State under review is the one the
    first paragraph names."""
    r = enrich(["Report of the Working Group on the Universal Periodic Review (A/HRC/99/8)\nHuman Rights Council\n"
                "Ninety-ninth session\n24 February–20 March 2031\nAgenda item 6\nUniversal periodic review\n"
                "Introduction 1. The Working Group on the Universal Periodic Review, established in accordance with "
                "Human Rights Council resolution 5/1, held its ninetieth session from 4 to 15 November 2030. The review "
                "of Tonga was held at the 5th meeting, on 6 November 2030. At its 10th meeting, held on 8 November "
                "2030, the Working Group adopted the report on Tonga.\nOn 15 January 2030, the Human Rights Council "
                "selected the following group of rapporteurs (troika) to facilitate the review of Tonga: Brazil, "
                "Rwanda and Saudi Arabia.\n(a) A national report submitted in accordance with paragraph 15 (a) "
                "(A/HRC/WG.6/90/TON/1);\n"])
    assert r.title.value == "Report of the Working Group on the Universal Periodic Review (A/HRC/99/8)"
    assert [t.value for t in r.subject_countries] == ["TO"]
    assert (r.doc_type.value, r.body.value) == ("upr-report", "UPR")


def test_a_un_cover_whose_masthead_a_pdf_reader_gives_last():
    """pypdf gives some covers' masthead (symbol, distribution line, date) after their
    title and footnotes: the symbol alone on its line beside "Distr." is still the
    document's own, and the cover is still read as a UN cover."""
    lines = RAPPORTEUR_COVER.split("\n")
    cut = lines.index("Original: ENGLISH")
    reordered = "\n".join(lines[cut:] + [""] + lines[:cut])
    assert reordered.startswith("Original: ENGLISH\nHUMAN RIGHTS COUNCIL") and reordered.endswith("16 November 2006")
    r, original = enrich([reordered]), enrich([RAPPORTEUR_COVER])
    assert [t.value for t in r.own_identifiers][:1] == [("un-symbol", "A/HRC/4/26/Add.2")]
    assert (r.title.value, r.title.rule) == (original.title.value, "cover-page")
    assert original.title.value.endswith("while countering terrorism: Addendum: Mission to Turkey")


@pytest.mark.parametrize("tail, state, code", [
    ("Report of the Working Group on the Universal Periodic Review\n\n∗\nCzech Republic", "Czech Republic", "CZ"),
    ("Report of the Working Group on the Universal\n\nPeriodic Review*\n\nRepublic of the Marshall Islands",
     "Republic of the Marshall Islands", "MH"),
])
def test_the_state_under_review_after_a_lone_footnote_mark_or_by_its_formal_name(tail, state, code):
    """As pdfminer reads two of the real UPR covers: the footnote mark on a line of its
    own; a formal name the gazetteer lacks ("Republic of the Marshall Islands")."""
    cover = UPR_COVER_PDFMINER.split("Report of the Working Group")[0] + tail + "\n\n* The annex is circulated as received."
    r = enrich([cover])
    assert r.title.value == f"Report of the Working Group on the Universal Periodic Review: {state}"
    assert [t.value for t in r.subject_countries] == [code]


# Treaty-body documents as a PDF or DOCX reader gives them: no blank line after the title,
# the text's first heading or paragraph right under it (written for these tests in the
# Committees' layouts).
QUESTIONS_PRIOR = """United Nations CAT/C/TUR/QPR/9
Convention against Torture
and Other Cruel, Inhuman or Degrading Treatment or Punishment
Distr.: General
3 March 2031
Original: English
Committee against Torture
List of issues prior to submission of the ninth periodic report of Türkiye*
Specific information on the implementation of articles 1-16 of the Convention
Questions on the follow-up to the previous cycle
1. In its previous concluding observations, the Committee asked the State party for information on three matters.
"""

QUESTIONS_CEDAW = """United Nations CEDAW/C/TUR/Q/11
Convention on the Elimination
of All Forms of Discrimination
against Women
Distr.: General
9 July 2031
Original: English
Committee on the Elimination of Discrimination against Women
Eighty-ninth session
Item 4 of the provisional agenda
Consideration of reports submitted by States parties under article 18 of the Convention
List of issues and questions in relation to the eleventh periodic report of Türkiye
Legislative framework
1. In its national report for the universal periodic review, the State party announced a new equality bill.
"""

STATE_REPORT_OLD = """UNITED NATIONS CERD
International Convention on the Elimination
of all Forms of Racial Discrimination
Distr.
GENERAL
CERD/C/TUR/9
12 May 2031
Original: ENGLISH
COMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATION
REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 9 OF THE CONVENTION
Ninth periodic reports of States parties due in 2030
Addendum
Türkiye*
[2 February 2031]
* The present document is issued without formal editing.
1. The present report answers the Committee's concluding observations of 2026 point by point.
"""

CORE_DOCUMENT = """UNITED NATIONS HRI
International Human Rights Instruments
Distr.
GENERAL
HRI/CORE/TUR/2031
8 July 2031
Original: ENGLISH
CORE DOCUMENT FORMING PART OF THE REPORTS OF STATES PARTIES
TÜRKİYE*
[22 February 2031]
* The present document is issued without formal editing.
"""

SUMMARY_RECORD = """United Nations CAT/C/SR.2900
Convention against Torture
and Other Cruel, Inhuman or Degrading Treatment or Punishment
Distr.: General
18 April 2031
Original: English
Committee against Torture
Ninety-ninth session
Summary record of the first part (public)* of the 2900th meeting
Held at the Palais Wilson, Geneva, on Wednesday, 3 April 2031, at 3 p.m.
Chair: Ms. Example
Contents
Consideration of reports submitted by States parties under article 19 of the Convention (continued)
Ninth periodic report of Türkiye
"""

ADDITIF = """Nations Unies A/HRC/70/37/Add.4
Assemblée générale Distr. générale
6 mai 2031
Français
Original: anglais
Conseil des droits de l’homme
Soixante-dixième session
Point 3 de l’ordre du jour
Promotion et protection de tous les droits de l’homme, civils,
politiques, économiques, sociaux et culturels,
y compris le droit au développement
Rapport de la Rapporteuse spéciale sur les exécutions extrajudiciaires, sommaires ou arbitraires
Additif
Suite donnée aux recommandations: Türkiye*
Résumé
"""


VIEWS_MANY = """United Nations CCPR/C/150/D/4101/2029-4105/2029
International Covenant on Civil and Political R ights
Distr.: General
18 December 2031
Original: English
Human Rights Committee
Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning communications \
Nos. 4101/2029, 4102/2029, 4103/2029, 4104/2029 and 4105/2029 * , **
Communication submitted by:A.B., C.D., E.F., G.H. and I.J.
Alleged victims:The authors
State party:Türkiye
Date of communications:19 January 2029 (initial submissions)
"""


@pytest.mark.parametrize("text, title, doc_type", [
    # a title that lists many numbers is a title all the same; its marks " * , **" are no part of it
    (VIEWS_MANY, "Views adopted by the Committee under article 5 (4) of the Optional Protocol, concerning "
                 "communications Nos. 4101/2029, 4102/2029, 4103/2029, 4104/2029 and 4105/2029", "decision"),
    (SUMMARY_RECORD.replace("of the first part (public)*", "(partial)*"), "Summary record (partial) of the 2900th meeting",
     "summary-record"),
    # the title ends at the footnote mark or the State's name: the headings under it are the text's
    (QUESTIONS_PRIOR, "List of issues prior to submission of the ninth periodic report of Türkiye", "list-of-issues"),
    (QUESTIONS_PRIOR.replace("Türkiye*", "Türkiye"),
     "List of issues prior to submission of the ninth periodic report of Türkiye", "list-of-issues"),
    # its first paragraph cites the "concluding observations" and the "universal periodic
    # review": the title says what it is
    (QUESTIONS_CEDAW, "List of issues and questions in relation to the eleventh periodic report of Türkiye",
     "list-of-issues"),
    # a State's own report, on an older cover: "REPORTS SUBMITTED BY STATES PARTIES" heads
    # its title as "Consideration of reports" does; the date received in brackets is no title
    (STATE_REPORT_OLD, "Ninth periodic reports of States parties due in 2030: Addendum: Türkiye", "state-report"),
    # the masthead "UNITED NATIONS HRI" is no title
    (CORE_DOCUMENT, "CORE DOCUMENT FORMING PART OF THE REPORTS OF STATES PARTIES: TÜRKİYE", "state-report"),
    # a footnote mark inside the title is no part of it
    (SUMMARY_RECORD, "Summary record of the first part (public) of the 2900th meeting", "summary-record"),
    # "Additif" is an addendum's subtitle, as "Addendum" is
    (ADDITIF, "Rapport de la Rapporteuse spéciale sur les exécutions extrajudiciaires, sommaires ou arbitraires: "
              "Additif: Suite donnée aux recommandations: Türkiye", "country-report"),
])
def test_treaty_body_documents_read_without_a_blank_line_after_their_title(text, title, doc_type):
    r = enrich([text])
    assert (r.title.value, r.title.rule, r.doc_type.value) == (title, "cover-page", doc_type)
    assert [t.value for t in r.subject_countries] == ["TR"]


def test_a_civil_society_submission_to_a_review_is_a_submission():
    """A coalition's "Joint Submission" to the Universal Periodic Review is theirs, not
    a UPR report (before, the review's name, tried first, made it one)."""
    text = ("ÖRNEK HAKLAR PLATFORMU\nJoint Submission to the Universal Periodic Review of Türkiye\n\n"
            "Fourth Cycle, 2030\nThis submission covers the freedom of assembly and the rights of detainees.\n")
    r = enrich([text])
    assert (r.title.value, r.doc_type.value) == ("Joint Submission to the Universal Periodic Review of Türkiye", "submission")
    assert r.mechanism.value == "civil-society"
    # one organisation's "Submission to the UN Universal Periodic Review" under its title
    r = enrich([NGO_UPR_SUBMISSION])
    assert (r.doc_type.value, r.mechanism.value) == ("submission", "civil-society")


def test_a_government_notes_heading_lines_version_and_month():
    """A note headed by its series and version, dated by a month ("Version 2.0" / "May
    2031": not 0 May, the version's "0" was read as the day, which hid the month); a
    ministry's masthead in English; "decision makers" makes no decision."""
    note = ("Country Policy and Information Note\nTürkiye: Women fearing gender-based violence\nVersion 2.0\nMay 2031\n"
            "Preface\nThis note gives decision makers country information and guidance on handling claims.\n")
    r = enrich([note])
    assert r.title.value == "Country Policy and Information Note: Türkiye: Women fearing gender-based violence"
    assert r.published.value == (dt.date(2031, 5, 1), "month")
    assert r.doc_type is None or r.doc_type.value != "decision"
    ministry = ("REPUBLIC OF TÜRKİYE\nMINISTRY OF FAMILY, LABOUR AND SOCIAL SERVICES\n"
                "General Directorate on the Status of Women\nWOMEN IN TÜRKİYE\nANKARA\n")
    assert enrich([ministry]).title.value == "WOMEN IN TÜRKİYE"


@pytest.mark.parametrize("text", [
    "ANAYASA MAHKEMESİ KARARI\nEsas Sayısı : 2031/12\nKarar Sayısı : 2031/88\nKarar Tarihi : 21/6/2031\n"
    "R.G. Tarih - Sayı : 1/7/2031 - 39999\nİTİRAZ YOLUNA BAŞVURAN: Örnek 2. Asliye Hukuk Mahkemesi\n",
    "Anayasa Mahkemesi Başkanlığından:\nEsas Sayısı : 2031/12\nKarar Sayısı : 2031/88\nKarar Günü : 21.6.2031\n"
    "İTİRAZ YOLUNA BAŞVURAN : Örnek 2. İdare Mahkemesi\nİTİRAZIN KONUSU : Bir kanunun bir maddesinin iptali istemidir.\n",
])
def test_a_constitutional_court_decision_on_a_law_by_its_numbers(text):
    """A decision on a law (norm review) has no name but its docket and decision numbers,
    by which it is cited ("AYM, E.2031/12, K.2031/88"); before, its heading lines ran
    together into the title ("Anayasa Mahkemesi Başkanlığından: Esas Sayısı : ... İTİRAZ
    YOLUNA BAŞVURAN : ...")."""
    r = enrich([text])
    assert (r.title.value, r.title.rule) == ("Anayasa Mahkemesi Kararı (E.2031/12, K.2031/88)", "heading")
    assert (r.body.value, r.doc_type.value, r.published.value) == ("Constitutional Court", "judgment",
                                                                    (dt.date(2031, 6, 21), "day"))


def test_a_title_in_capitals_runs_on_after_of_the():
    """An older UPR cover sets its title in capitals over lines: a line ending "OF THE"
    goes on (the next, "ANNEX TO ...", was joined as a subtitle, "Annex", before)."""
    cover = ("UNITED\nNATIONS A\nGeneral Assembly\nDistr.\nGENERAL\nA/HRC/WG.6/8/TUR/1\n19 February 2031\n"
             "Original: ENGLISH\nHUMAN RIGHTS COUNCIL\nWorking Group on the Universal Periodic Review\nEighth session\n"
             "NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A) OF THE\n"
             "ANNEX TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1*\nTurkey\n"
             "* The present document was not edited before being sent to translation.\n")
    assert enrich([cover]).title.value == ("NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A) OF THE ANNEX "
                                           "TO HUMAN RIGHTS COUNCIL RESOLUTION 5/1: Turkey")


LETTER = """Örnek Lawyers' Network
NGO in Special Consultative Status with the Economic and Social Council of the United Nations
12 Example Street, Victoria BC, Canada
17 July 2031
Mr. Ali Yılmaz
Minister of Justice
Ankara, Türkiye
Dear Minister,
Re: International law obligations to release four human rights defenders
held in pre-trial detention since 2030
We write on behalf of our network about four defenders held in Türkiye and in Canada's consular records.
"""

KONU = """ÖRNEK HAKLAR DERNEĞİ
Genel Merkez
Sayı: 2031/145
Tarih: 12.03.2031
ADALET BAKANLIĞINA
ANKARA
Konu: Cezaevlerinde çıplak arama uygulamalarına ilişkin başvurumuz hakkında
Sayın Bakan,
Derneğimize son aylarda ulaşan başvurular bu uygulamanın yaygınlaştığını göstermektedir.
"""


@pytest.mark.parametrize("text, title", [
    (LETTER, "International law obligations to release four human rights defenders held in pre-trial detention "
             "since 2030"),
    (KONU, "Cezaevlerinde çıplak arama uygulamalarına ilişkin başvurumuz hakkında"),
])
def test_a_letter_is_titled_by_its_subject_line(text, title):
    """Before, the letterhead or the addressee's address was the title ("Örnek Lawyers'
    Network NGO in Special Consultative Status ...", "Tarih: 12.03.2031 ADALET BAKANLIĞINA")."""
    assert title_of(text) == (title, "heading")
    # without a greeting it is no letter: a line "Konu:" or "Re:" alone does not make the
    # title (nor does it with one other field: "Tarih: ..."), unless the page is headed by
    # fields ("Sayı: ...", "Tarih: ...", "Konu: ...": an official letter's header)
    ungreeted = text.replace("Sayın Bakan,\n", "").replace("Dear Minister,\n", "")
    assert not title_of(ungreeted.replace("Sayı: 2031/145\n", ""))[0].startswith(title[:30])
    assert title_of(ungreeted)[0].startswith(title[:30]) == ("Sayı:" in text)


def test_a_letter_read_as_one_line_is_titled_by_its_subject():
    """A document site's text of a letter runs its lines into one ("... Ankara, Türkiye Dear
    Minister, Re: International law obligations ... since 2030 We write on behalf of ..."): it
    was titled by its file's name; the subject after the greeting, to the sentence the letter
    opens on, titles it. Without the greeting, "Re:" in a line makes no title."""
    flat = " ".join(line for line in LETTER.split("\n") if line)
    assert title_of(flat) == ("International law obligations to release four human rights defenders held in "
                              "pre-trial detention since 2030", "heading")
    assert not title_of(flat.replace("Dear Minister, ", ""))[0].startswith("International law obligations")


def test_two_countries_named_as_often_make_neither_the_subject():
    """Canada (the letterhead) and Türkiye (the addressee) three times each: neither makes
    up most of the countries named (before, the first of the two was the subject)."""
    r = enrich([LETTER])
    assert sorted(t.value for t in r.countries) == ["CA", "TR"]
    assert r.subject_countries == []


def test_a_parliament_committee_reports_masthead_is_no_title():
    """The European Parliament's session documents are headed "Plenary sitting" (and the
    term, the A8 number, the date): the title is the report's ("REPORT" / "on the ...")."""
    cover = ("European Parliament\n2029-2034\nPlenary sitting\nA10-0091/2031\n26.2.2031\nREPORT\n"
             "on the 2030 Commission Report on Türkiye\n(2030/2150(INI))\nCommittee on Foreign Affairs\n"
             "Rapporteur: Ayşe Example\nMOTION FOR A EUROPEAN PARLIAMENT RESOLUTION\n"
             "on the 2030 Commission Report on Türkiye\nThe European Parliament,\n")
    assert title_of(cover) == ("REPORT on the 2030 Commission Report on Türkiye", "heading")


def test_an_eu_joint_communication_under_its_masthead():
    """The Commission's and the High Representative's joint communication, as pypdf reads
    its cover: the language marks, both authors set over several short lines, the
    addressee line are no title (before: "EN EN EUROPEAN COMMISSION HIGH REPRESENTATIVE OF
    THE UNION FOR FOREIGN AFFAIRS AND"); JOIN(2031) 12 is its own identifier."""
    cover = ("EN EN\nEUROPEAN\nCOMMISSION\nHIGH REPRESENTATIVE\nOF THE UNION FOR\nFOREIGN AFFAIRS AND\nSECURITY POLICY\n"
             "Brussels, 29.11.2031\nJOIN(2031) 12 final\nJOINT COMMUNICATION TO THE EUROPEAN COUNCIL\n"
             "State of play of EU-Türkiye political, economic and trade relations\n1\nI. INTRODUCTION\n"
             "The European Council invited the High Representative and the Commission to report on relations.\n")
    r = enrich([cover])
    assert (r.title.value, r.title.rule) == ("State of play of EU-Türkiye political, economic and trade relations", "heading")
    assert [t.value for t in r.own_identifiers][:1] == [("eu-join", "JOIN(2031)12")]
    assert (r.mechanism.value, r.body.value) == ("EU", "European Commission")
    assert [t.value for t in r.subject_countries] == ["TR"]


def test_country_of_origin_information_reports():
    """Reports for asylum decisions: the agency's name over the title is its author, not
    part of the title; a Country Policy and Information Note is a country report."""
    euaa = ("European Union Agency for Asylum\nTürkiye\nCountry Focus\nCountry of Origin Information Report\n"
            "October 2031\nManuscript completed in October 2031\n")
    r = enrich([euaa])
    assert (r.title.value, r.doc_type.value) == ("Türkiye: Country Focus Country of Origin Information Report",
                                                 "country-report")
    cpin = ("Country Policy and Information Note\nTürkiye: Kurdish political parties\nVersion 4.0\nFebruary 2031\n"
            "Executive summary\nThis note gives decision makers country information on political parties.\n")
    r = enrich([cpin])
    assert (r.title.value, r.doc_type.value) == ("Country Policy and Information Note: Türkiye: Kurdish political parties",
                                                 "country-report")
    assert [t.value for t in r.subject_countries] == ["TR"]


def test_a_turkish_translation_of_a_un_cover():
    """A Turkish translation keeps the cover's layout: its distribution, original-language
    and Committee lines are furniture, as in English (before, "Asıl: İngilizce İşkenceye
    Karşı Komite" ran into the title)."""
    cover = ("Birleşmiş Milletler\nCAT/C/TUR/CO/9\nİşkenceye ve Diğer Zalimane, İnsanlık Dışı veya Onur Kırıcı Muamele "
             "veya Cezaya Karşı Sözleşme\nDağıtım: Genel\n2 Haziran 2031\nAsıl: İngilizce\nİşkenceye Karşı Komite\n"
             "Türkiye’nin dokuzuncu periyodik raporuna ilişkin sonuç gözlemleri*\n"
             "1. Komite, Türkiye’nin dokuzuncu periyodik raporunu iki toplantısında değerlendirmiştir.\n")
    r = enrich([cover])
    assert (r.title.value, r.title.rule) == ("Türkiye’nin dokuzuncu periyodik raporuna ilişkin sonuç gözlemleri",
                                             "cover-page")
    assert (r.doc_type.value, r.published.value) == ("concluding-observations", (dt.date(2031, 6, 2), "day"))


def test_a_turkish_translation_of_a_un_cover_names_its_working_group_session_and_place():
    """The Working Group's name, the session and the place and dates of a Turkish
    translation's cover ran into the title ("Evrensel Periyodik İnceleme Çalışma Grubu
    Kırk sekizinci oturum Cenevre, 3–14 Mayıs 2030 Paydaşların ...")."""
    r = enrich(["Birleşmiş Milletler\nA/HRC/WG.6/48/TUR/3\nGenel Kurulu\nDağıtım: Genel\n17 Şubat 2030\nÖzgün dil: "
                "İngilizce\nİnsan Hakları Konseyi\nEvrensel Periyodik İnceleme Çalışma Grubu\nKırk sekizinci oturum\n"
                "Cenevre, 3–14 Mayıs 2030\nPaydaşların sunumlarının özeti\nTürkiye*\nBu rapor, evrensel periyodik inceleme "
                "için 25 paydaşın sunumlarının özetini içermektedir.\n"])
    assert (r.title.value, r.title.rule) == ("Paydaşların sunumlarının özeti: Türkiye", "cover-page")


def test_a_turkish_translation_of_views_on_a_communication():
    r = enrich(["Birleşmiş Milletler CCPR/C/140/D/4321/2029\nİnsan Hakları Komitesi\n4321/2029 sayılı bildirimle ilgili "
                "olarak, Komite tarafından Seçmeli Protokol altında kabul edilen görüşler*\nBaşvuranlar: Ayşe Örnek\nTaraf "
                "devlet: Türkiye\nGörüşlerin Kabul Tarihi: 26 Mart 2031\n1.1 Başvurunun yazarı 1970 doğumludur.\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (
        "4321/2029 sayılı bildirimle ilgili olarak, Komite tarafından Seçmeli Protokol altında kabul edilen görüşler",
        "decision", "CCPR")
    assert [t.value for t in r.subject_countries] == ["TR"]


@pytest.mark.parametrize("text", [
    # the masthead lost (a DOCX whose first-page header held it): the heading reader
    QUESTIONS_CEDAW.split("Eighty-ninth session\n", 1)[1],
    QUESTIONS_PRIOR.split("Committee against Torture\n", 1)[1].replace("ninth", "eleventh", 1),
])
def test_a_treaty_body_title_without_its_masthead(text):
    """Without the UN masthead no cover reader runs; the heading reader ends a list of
    issues' title where the UN cover reader does, and leaves the agenda's "Consideration
    of reports ..." above it out (before: all of it, to the text's first heading)."""
    title = title_of(text)[0]
    assert title.startswith("List of issues") and title.endswith("periodic report of Türkiye")


@pytest.mark.parametrize("text, title", [
    # a web page's navigation taken with its text (was "MENÜ ANA SAYFA")
    ("MENÜ\nANA SAYFA\nx\n2030 – Yıllık Hak İhlalleri Raporu\n", "2030 – Yıllık Hak İhlalleri Raporu"),
    ("Skip to main content\nHome\nPrint\nShare\nDetention of lawyers in Türkiye\n", "Detention of lawyers in Türkiye"),
    # a preface under the title is not part of it (was "... Raporu ÖNSÖZ", "... Turkey Foreword")
    ("2030 Yılı Cezaevleri Raporu\nÖNSÖZ\nBu rapor yıl boyunca derlenen başvurulara dayanır.\n", "2030 Yılı Cezaevleri Raporu"),
    ("Prisons in Turkey\nForeword\nThis report draws on the complaints we received.\n", "Prisons in Turkey"),
    # a ministry's name with the date beside it, under the title (was joined to it)
    ("Press Release Regarding the Report on Türkiye\nTürkiye Cumhuriyeti Dışişleri Bakanlığı 20.03.2030\n"
     "The report published today ignores the threats the country faces, and the authorities reject it.\n",
     "Press Release Regarding the Report on Türkiye"),
])
def test_navigation_and_a_preface_are_no_title(text, title):
    assert title_of(text) == (title, "heading")


# EUR-Lex's page of a Commission document, as its text is taken (its notices, the CELEX
# number, the title on one line, then the document)
EUR_LEX_PAGE = """Choose the experimental features you want to try
This document is an excerpt from the EUR-Lex website
Document 52030SC0701
COMMISSION STAFF WORKING DOCUMENT Türkiye 2030 Report Accompanying the document Communication from the Commission to the European Parliament, the Council, the European Economic and Social Committee and the Committee of the Regions 2030 Communication on EU Enlargement policy
SWD/2030/701 final
Brussels, 6.11.2030
SWD(2030) 701 final
COMMISSION STAFF WORKING DOCUMENT
Türkiye 2030 Report
Accompanying the document
Communication from the Commission to the European Parliament, the Council, the European Economic and Social Committee and the Committee of the Regions
{COM(2030) 690 final} - {SWD(2030) 690 final}
Table of Contents
1. Introduction
"""


def test_a_commission_document_as_eur_lex_gives_it():
    """Was titled by EUR-Lex's notice ("Choose the experimental features ..."), about no
    country, with no identifier of its own (the CELEX number is its SWD number)."""
    r = enrich([EUR_LEX_PAGE])
    assert (r.title.value, r.body.value, r.doc_type.value) == ("Türkiye 2030 Report", "European Commission", "country-report")
    assert [t.value for t in r.own_identifiers] == [("eu-swd", "SWD(2030)701")]
    assert ("eu-com", "COM(2030)690") in [t.value for t in r.cited_identifiers]
    assert [t.value for t in r.subject_countries] == ["TR"]
    assert r.published.value == (dt.date(2030, 11, 6), "day")
    assert classify("52030JC0050") == ("eu-join", "JOIN(2030)50")
    # the European Parliament's research service: its series line, a date with dashes
    brief = enrich(["2029 report on Türkiye\nAt a Glance 06-09-2030\nTürkiye has long been a key partner of the EU."])
    assert (brief.title.value, brief.published.value) == ("2029 report on Türkiye", (dt.date(2030, 9, 6), "day"))


def test_a_title_ends_before_a_paragraph_wrapped_over_long_lines():
    """A PDF reader's cover: the title, then the publisher's paragraph without a blank
    line, wrapped over lines that end without a full stop until its last (was the title
    and the paragraph's first line, "... Law Composed of 60 judges ... the International")."""
    cover = ("Pre-trial Detention Judges and International Law\n"
             "Composed of sixty judges and lawyers from many regions of the world, the International\n"
             "Association of Example Jurists promotes human rights through the rule of law, by using its\n"
             "legal expertise to develop and strengthen national and international justice systems.\n"
             "© Example Association of Jurists, 2030\n")
    assert title_of(cover) == ("Pre-trial Detention Judges and International Law", "heading")


def test_an_office_report_with_its_name_and_title_wrapped():
    """A thematic report of the High Commissioner's Office as a PDF reader gives its cover:
    the Office's name over two lines (was no body), a title wrapped before the country
    ("... in South-East: Turkey", a subtitle), the period it covers (its first month was
    the date)."""
    cover = ("Office of the United Nations High Commissioner\nfor Human Rights\n"
             "Report on the human rights situation in South-East\nTurkey\nJanuary 2029 to June 2030\n"
             "September 2030\nContents\nI. EXECUTIVE SUMMARY..........2\n")
    r = enrich([cover])
    assert r.title.value == "Report on the human rights situation in South-East Turkey: January 2029 to June 2030"
    assert (r.mechanism.value, r.body.value) == ("UN", "OHCHR")
    assert r.published.value == (dt.date(2030, 9, 1), "month")
    assert [t.value for t in r.subject_countries] == ["TR"]


def test_a_memorandum_titled_so_is_one_and_a_breadcrumb_is_no_title():
    """The Commissioner's memorandum on a visit was a `visit-report` (its first paragraph
    tells of the visit); a web page's breadcrumb ran into its title."""
    memo = ("Strasbourg, 15 February 2030\nCommDH(2030)5\nOriginal version\n"
            "Memorandum on freedom of assembly in\nTürkiye\n"
            "1. The Commissioner for Human Rights of the Council of Europe conducted a visit to Türkiye from 6 to 14 "
            "April 2029, during which she travelled to Ankara and Diyarbakır.\n")
    r = enrich([memo])
    assert (r.title.value, r.doc_type.value, r.body.value) == ("Memorandum on freedom of assembly in Türkiye",
                                                               "memorandum", "Commissioner")
    page = ("Home / NEWS / FREEDOM OF ASSEMBLY IN TÜRKİYE: OBSERVATIONS ON THE BANS\n"
            "FREEDOM OF ASSEMBLY IN TÜRKİYE: OBSERVATIONS ON THE BANS\n"
            "The platform and its members have been placing a special emphasis on the freedom of assembly, which is a "
            "right that many others depend on, and on its limits.\n")
    assert title_of(page) == ("FREEDOM OF ASSEMBLY IN TÜRKİYE: OBSERVATIONS ON THE BANS", "heading")


def test_the_anti_trafficking_conventions_monitoring():
    """GRETA's report (was titled "G R E T A: Group of Experts on Action against Trafficking
    in Human Beings", about no country, no body) and the Committee of the Parties'
    recommendation that follows it (was titled by the Committee's name)."""
    report = ("G R E T A\nGroup of Experts on Action\nagainst Trafficking in Human Beings\nGRETA(2030)11\n"
              "Report concerning the implementation\nof the Council of Europe Convention\non Action against Trafficking\n"
              "in Human Beings by\nTürkiye\nSecond evaluation round\nAdopted on 10 July 2030\nPublished on 8 October 2030\n")
    r = enrich([report])
    assert r.title.value == ("Report concerning the implementation of the Council of Europe Convention on Action "
                             "against Trafficking in Human Beings by Türkiye: Second evaluation round")
    assert (r.mechanism.value, r.body.value, [t.value for t in r.subject_countries]) == ("CoE", "GRETA", ["TR"])
    assert [t.value for t in r.own_identifiers] == [("coe-greta", "GRETA(2030)11")]
    assert r.published.value == (dt.date(2030, 10, 8), "day")
    recommendation = ("Committee of the Parties\nto the Council of Europe Convention\non Action against Trafficking in "
                      "Human Beings\nRecommendation CP/Rec(2030)11\non the implementation of the Council of Europe "
                      "Convention\non Action against Trafficking in Human Beings\nby Türkiye\nadopted at the 40th meeting "
                      "of the Committee of the Parties\non 29 November 2030\n")
    r = enrich([recommendation])
    assert r.title.value == ("Recommendation CP/Rec(2030)11 on the implementation of the Council of Europe Convention "
                             "on Action against Trafficking in Human Beings by Türkiye")
    assert (r.body.value, r.doc_type.value) == ("GRETA", "recommendation")
    # a person of the same name is no body
    assert enrich(["Greta Example visits Türkiye\nThe activist met students in Istanbul."]).body is None


@pytest.mark.parametrize("cover, title, published", [
    # the date a guide or profile was last updated ends its title and dates it (was
    # "... Right to liberty and security Updated on 31 August 2030"; a profile's "Last
    # updated: January 2031" lost to the date a convention was ratified, on a line below)
    ("Guide on Article 5\nof the European Convention\non Human Rights\nRight to liberty and security\n"
     "Updated on 31 August 2030\nThis Guide has been prepared by the Registry and does not bind the Court.\n",
     "Guide on Article 5 of the European Convention on Human Rights Right to liberty and security",
     (dt.date(2030, 8, 31), "day")),
    ("Press country profile\nTürkiye\nLast updated: January 2031\nTürkiye ratified the Convention on 18 May 1954\n"
     "National Judge: Ayşe Example\n", "Press country profile: Türkiye", (dt.date(2031, 1, 1), "month")),
])
def test_the_date_of_an_update_ends_a_title_and_dates_it(cover, title, published):
    r = enrich([cover])
    assert (r.title.value, r.published.value) == (title, published)


@pytest.mark.parametrize("cover, title", [
    # a country of origin information series' title names no country: the country and the
    # subject on the line under it, a blank line between or none, are the title's rest (was
    # the series alone, "EASO Country of Origin Information Report", or the two lines run
    # together, "... Note Exampleland: ...")
    ("EASO Country of Origin Information Report\n\nTürkiye Country Focus\n\nNovember 2030\n\nThis report was "
     "drafted by the COI sector.\n", "EASO Country of Origin Information Report: Türkiye Country Focus"),
    ("Country Policy and Information Note\n\nTürkiye: Example movement\n\nVersion 3.0\n\nMarch 2030\n\nPreface\n\n"
     "This note provides country of origin information for decision makers.\n",
     "Country Policy and Information Note: Türkiye: Example movement"),
    ("Country Policy and Information Note\nTürkiye: Example political parties\nVersion 2.0\nFebruary 2030\n\n"
     "Preface\n\nThis note provides country of origin information.\n",
     "Country Policy and Information Note: Türkiye: Example political parties"),
    ("Country of Origin Information Report\n\nTürkiye - Security situation\n\nMarch 2030\n\nThis report was drafted "
     "by the COI sector.\n", "Country of Origin Information Report: Türkiye - Security situation"),
    # (not a line under it that names no country first)
    ("Country of Origin Information Report\n\nMarch 2030\n\nThis report was drafted by the COI sector on "
     "Türkiye.\n", "Country of Origin Information Report"),
])
def test_a_country_of_origin_series_title_takes_the_country_under_it(cover, title):
    assert enrich([cover]).title.value == title


@pytest.mark.parametrize("text, title", [
    # a line of signs alone under a title is no part of it (was "... countering terrorism - —")
    ("|\nRemarks of the Special Rapporteur on the promotion and protection of human rights\nand fundamental freedoms "
     "while countering terrorism, A. Example |\nSpecial Rapporteur on counter-terrorism |\n- |\n— |\n2031-03-10 |\n"
     "— |\n|\nThe Special Rapporteur criticized Exampleland for its broad definitions of terrorism.\n",
     "Remarks of the Special Rapporteur on the promotion and protection of human rights and fundamental freedoms "
     "while countering terrorism, A. Example Special Rapporteur on counter-terrorism"),
    # ... and a video's length after a slash names no party to a case (was "... Global Update v. 34:19:
    # Statements | HRC", the slash read as the Turkish "X / TÜRKİYE")
    ("HRC60 - HC Example Global Update\n/\n34:19\n/\nMP4\n/\n2.2 GB\n\nStatements | HRC\n\nHRC60 - HC Example "
     "Global Update\n\nStatement by the High Commissioner\n", "HRC60 - HC Example Global Update"),
    # a news theme's widget labels and image placeholders over the headline (was "Top 5 This Week")
    ("Friday, April 11, 2031\nspot_imgspot_img\n\nTop 5 This Week\n\nspot_img\n\nRelated Posts\n\nExampleland's Rule "
     "of Law Index Plummets to Historic Lows\n\n\nExampleland's rule of law metrics have fallen to the lowest "
     "levels since 1980, according to data published by a research institute.\n",
     "Exampleland's Rule of Law Index Plummets to Historic Lows"),
    # the label of related articles in Greek, under a headline (was run into it)
    ("Έκθεση που \"καίει\" την Παραδειγματία!\nΣΧΕΤΙΚΑ ΑΡΘΡΑ\nΣύμφωνα με την έκθεση, η Παραδειγματία είναι λιγότερο "
     "ελεύθερη από ποτέ όσον αφορά τα πολιτικά δικαιώματα.\n", "Έκθεση που \"καίει\" την Παραδειγματία!"),
    # a blog template's gadget over a post ("Header Ads", was the title)
    ("Header Ads\n\nÖRNEK PARTİ AVUKATLARI STRAZBURG'A GİDEREK DAVA AÇTILAR\n\n\nParti avukatları olağanüstü hal "
     "uygulamalarına karşı başvuruda bulundu.\n", "ÖRNEK PARTİ AVUKATLARI STRAZBURG'A GİDEREK DAVA AÇTILAR"),
    # a site's bar: its search and home links, its name, its menu's toggle (were run together as the title)
    ("Search Homepage\nexamplenet-Bağımsız İletişim Ağı\nShow menuHide menu\nDate published: 13 December 2030 16:33\n"
     "3 min Read\n\nCPJ: Exampleland Remains World's Worst Jailer\n\nIn its annual prison census, the Committee found "
     "262 journalists behind bars around the world.\n", "CPJ: Exampleland Remains World's Worst Jailer"),
    # a site's menu run into one line from its home page's link (was the title)
    ("MENU\nHOMEPAGE ABOUT EXF PROJECTS REPORTS PRESS RELEASES SCIENTIFIC STUDIES DOCUMENTATION\nx\n\n2030 – Treatment "
     "Centres Report\n\nINTRODUCTION and OVERVIEW\n\nThis year again we share our treatment services with you.\n",
     "2030 – Treatment Centres Report"),
])
def test_signs_and_widgets_make_no_title(text, title):
    assert enrich([text]).title.value == title


def test_a_title_printed_again_under_it_with_its_subject_is_that_line():
    """A page's title printed again under it with its subject after a colon and the date of
    its last update ("Country Report" / "Country Report: Türkiye Last updated: 10/07/30") was
    titled "Country Report"; it is the longer line without the update."""
    page = ("\nCountry Report\n\nCountry Report: Türkiye Last updated: 10/07/30\n\n\nThe original report was researched and "
            "drafted by an example organisation and edited by its partner.\n")
    assert enrich([page]).title.value == "Country Report: Türkiye"


def test_a_links_note_that_it_opens_a_new_window_is_no_title():
    """The UN Geneva site's links say they open a new window, alone on a line or run into the
    link's words ("Help improve our website by taking this short surveyOpens in new
    window"): the page was titled "Opens in new window"."""
    page = ("Skip to main content\nOpens in new window\n\nHelp improve our website by taking this short surveyOpens in "
            "new window\n\n\nPress Release\nAdopts Concluding Observations on Reports of Exampleland and Otherland\n\n"
            "The Committee today concluded its session and adopted its concluding observations on the reports of "
            "Exampleland and Otherland.\n")
    assert enrich([page]).title.value == "Adopts Concluding Observations on Reports of Exampleland and Otherland"


def test_a_news_printouts_header_image_is_no_title():
    """The OHCHR's old news pages print the text of their header's image first ("Header
    image for news printout"), which titled them."""
    r = enrich(["Header image for news printout\n\n\nGeneva, 23 February 2030\n\nThe Special Rapporteur "
                "concluded a one-week visit to Exampleland today.\n\nThe Special Rapporteur visited two provinces.\n"])
    assert r.title.value == "The Special Rapporteur concluded a one-week visit to Exampleland today."


@pytest.mark.parametrize("text, title, body, date", [
    # a case-law site's page: the software's name, the chamber, the numbers on lines of their own
    ("Örnek Yazılım\nCeza Genel Kurulu\nEsas No: 2029/255\nKarar No: 2030/365\nKarar Tarihi: 22.06.2030\n"
     "\"İçtihat Metni\"\nYargıtay Dairesi : 15. Ceza Dairesi\nSanık hakkında verilen hükmün temyiz edilmesi üzerine "
     "dosyayı inceleyen Daire, temyiz isteminin reddine karar vermiştir.\n",
     "Yargıtay Ceza Genel Kurulu, E. 2029/255, K. 2030/365", "Court of Cassation", (dt.date(2030, 6, 22), "day")),
    # the court, the chamber and the numbers on one line, with the decision's date
    ("Yargıtay 3. Ceza Dairesi, E. 2029/36 K. 2030/357 T. 09.07.2030\nKararı Veren Mahkeme : Ağır Ceza\n"
     "Sanık hakkında açılan kamu davasında yapılan yargılama sonucunda, hapis cezasıyla cezalandırılmasına karar "
     "verilmiştir.\n", "Yargıtay 3. Ceza Dairesi, E. 2029/36, K. 2030/357", "Court of Cassation",
     (dt.date(2030, 7, 9), "day")),
    # no date of its own: the year of its decision number, not the date of the judgment it reviews
    ("Danıştay Onuncu Daire\nDanıştay 10. Dairesi\nEsas No: 2029/1234\nKarar No: 2030/567\n"
     "Davacı tarafından, Ankara 5. İdare Mahkemesinin 11.09.2027 tarihli kararının bozulması istenilmektedir.\n",
     "Danıştay 10. Dairesi, E. 2029/1234, K. 2030/567", "Council of State", (dt.date(2030, 1, 1), "year")),
    # the Council of State's chamber as its site writes it, "5. Daire" (was "Danıştay, E. ...")
    ("Danıştay 5. Daire, Esas No: 2029/2330, Karar No: 2030/1033\nDanıştay 5. Daire Başkanlığı 2029/2330 E. , "
     "2030/1033 K.\n\"İçtihat Metni\"\nT.C.\nD A N I Ş T A Y\nBEŞİNCİ DAİRE\nEsas No : 2029/2330\nKarar No : 2030/1033\n"
     "İstemin Özeti : Davacı tarafından, idare mahkemesi kararının bozulması istenilmektedir.\n",
     "Danıştay 5. Daire, E. 2029/2330, K. 2030/1033", "Council of State", (dt.date(2030, 1, 1), "year")),
    # the chamber that decided on the numbers' line, over the chamber whose judgment it reviewed
    # and a chamber alone on its line (was "Yargıtay Ceza Dairesi")
    ("KARAR: ÖRGÜT ÜYELİĞİ HÜKMÜNÜN BOZULMASI\n\nCeza Genel Kurulu 2029/104 E. , 2030/296 K.\n\n“İçtihat Metni”\n\n"
     "Yargıtay Dairesi : 16. Ceza Dairesi Mahkemesi\nCeza Dairesi\nSayısı : 12 – 36\n\nSanık hakkında kurulan hükmün "
     "temyiz edilmesi üzerine dosyayı inceleyen Daire, hükmün onanmasına karar vermiştir.\n",
     "Yargıtay Ceza Genel Kurulu, E. 2029/104, K. 2030/296", "Court of Cassation", (dt.date(2030, 1, 1), "year")),
])
def test_a_court_of_cassation_or_council_of_state_decision_by_its_numbers(text, title, body, date):
    """Were titled by the software's name ("Örnek Yazılım Ceza Genel Kurulu") or the line
    under the heading: the heading itself, mostly figures, was taken for a code; and were
    civil society's, dated by the date of the judgment they review."""
    r = enrich([text])
    assert (r.title.value, r.doc_type.value) == (title, "judgment")
    assert (r.mechanism.value, r.body.value, r.published.value) == ("national", body, date)


def test_a_text_citing_a_court_of_cassation_decision_is_not_titled_by_it():
    text = ("İfade özgürlüğü ve Yargıtay\nYargıtay 16. Ceza Dairesi 29.11.2029 tarihli 2029/2257 E. ve 2029/5509 K. "
            "sayılı kararında, savunma hakkının kısıtlandığını ve bunun adil yargılanma hakkını ihlal ettiğini, "
            "kararın bu nedenle bozulması gerektiğini belirtmiştir.\n")
    assert enrich([text]).title.value == "İfade özgürlüğü ve Yargıtay"


def test_a_turkish_institutions_decision_is_its_own_not_the_constitutional_courts():
    """The equality institution's board decision and the Ombudsman's decision print their
    own "Başvuru Numarası : 2030/872" on a line of its own: it was read as a Constitutional
    Court application (identifier tr-aym, body Constitutional Court, type judgment),
    whose number stands in brackets under the applicant's name. A heading that is only the
    kind of decision ("KURUL KARARI") takes the decision number under it."""
    board = ("TÜRKİYE İNSAN HAKLARI VE EŞİTLİK KURUMU\nKURUL KARARI\nBaşvuru Numarası : 2030/872\n"
             "Toplantı Tarihi/Sayısı : 1.3.2031/170\nKarar Numarası : 2031/143\nBaşvuran : A… B…\n"
             "Muhatap Kurum/Kişi : Örnek Site Yönetimi\nI. BAŞVURUNUN KONUSU\n1. Başvuranın havuza girmesine izin "
             "verilmeyerek inanç temelinde ayrımcılık yapıldığı iddiasına ilişkindir.\n")
    r = enrich([board])
    assert (r.title.value, r.body.value, r.doc_type.value) == (
        "KURUL KARARI (Karar Numarası: 2031/143)", "National human rights institution", "decision")
    assert r.own_identifiers == []
    r = enrich([OMBUDSMAN_DECISION])
    assert (r.title.value, r.body.value, r.own_identifiers) == ("TAVSİYE KARARI", "Ombudsman", [])


def test_a_fields_value_under_its_label_ends_the_title():
    """The Ombudsman's rejection, each field's label on a line and its value under it after a
    colon ("ŞİKAYETÇİ" / ":A.B."), was titled by its kind and the fields run together."""
    text = ("T.C.\nKAMU DENETÇİLİĞİ KURUMU\nŞİKAYET NO\n: 04.2030.1870\nKARAR TARİHİ : 10/03/2031\nRET KARARI\n"
            "ŞİKAYETÇİ\n:A.B.\nŞİKAYET EDİLEN İDARE\n: Örnek Kurumu Başkanlığı\nŞİKAYETİN KONUSU\n: Hizmet borçlanması\n"
            "I. USÛL\n1. Şikayet başvurusu Kurumumuza posta yoluyla yapılmıştır.\n")
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == ("RET KARARI", "Ombudsman", "decision")


def test_a_headline_printed_again_without_its_sections_label():
    """A foundation's bulletin ran its section's label into the headline's first print
    ("TÜRKİYE-AB GÜNDEMİ: 2031 Exampleland Raporu: ...") and printed it again without it."""
    text = ("ÖRNEK VAKFI\nE-Bülteni\n1-15 KASIM 2031\n\nTÜRKİYE-AB GÜNDEMİ: 2031 Exampleland Raporu: Komisyondan "
            "Eleştiriler Devam Ediyor\n\n2031 Exampleland Raporu: Komisyondan Eleştiriler Devam Ediyor\n\nKomisyon "
            "Üyesi, 2031 Genişleme Politikası Tebliği ve Aday Ülke Raporları’nı 8 Kasım 2031 tarihinde yayımladı.\n")
    assert enrich([text]).title.value == "2031 Exampleland Raporu: Komisyondan Eleştiriler Devam Ediyor"
    # (a heading in capitals over its subtitle, the subtitle on a line of its own, stays whole)
    text = ("THE COMMITTEE HAS DECIDED THAT EXAMPLELAND IS UNFAIR\nInternational Covenant on Civil and Political "
            "Rights-Human Rights Committee\n\nHuman Rights Committee\nViews adopted by the Committee under the "
            "Optional Protocol, concerning communication No. 2980/2030\n")
    assert enrich([text]).title.value.startswith("THE COMMITTEE HAS DECIDED")


def test_a_council_of_the_eu_document_by_its_subject_line():
    """The Council's outcome of proceedings was titled "Council of the European Union" (its
    masthead over two lines): a memorandum's header ("From:", "To:") makes its "Subject:"
    line the title, with the line that continues it."""
    text = ("Council of the\nEuropean Union\nBrussels, 13 December 2030\n(OR. en)\n15935/30\nCOEST 912\nELARG 120\n"
            "OUTCOME OF PROCEEDINGS\nFrom: General Secretariat of the Council\nTo: Delegations\n"
            "No. prev. doc.: 15465/30\nSubject: Enlargement and Stabilisation and Association Process\n"
            "- Council conclusions\nDelegations will find in the annex the Council conclusions on enlargement, as "
            "adopted by the General Affairs Council at its meeting held on 13 December 2030.\n")
    r = enrich([text])
    assert r.title.value == "Enlargement and Stabilisation and Association Process - Council conclusions"
    assert (r.body.value, r.doc_type.value, r.published.value) == ("Council of the EU", "statement",
                                                                   (dt.date(2030, 12, 13), "day"))


def test_a_short_council_header_is_no_record_of_fields():
    """With "From:", "To:" and "Subject:" among its first eight lines, the Council's header
    was read as a record of fields, whose subject runs on over any line that is no field:
    the title took in the paragraph under it and a heading ("... - Council conclusions
    Delegations will find attached ... Exampleland")."""
    text = ("Council of the European Union\n\nBrussels, 13 December 2030\n(OR. en)\n\n15935/30\n\n"
            "OUTCOME OF PROCEEDINGS\n\nFrom: General Secretariat of the Council\nTo: Delegations\n\n"
            "Subject: Enlargement and Stabilisation and Association Process\n- Council conclusions\n\n"
            "Delegations will find attached the Council conclusions on enlargement, as adopted by the Council at its "
            "3923rd meeting held on 13 December 2030.\n\nExampleland\n\n40. Exampleland remains a candidate country.\n")
    assert enrich([text]).title.value == "Enlargement and Stabilisation and Association Process - Council conclusions"


def test_sharing_buttons_and_a_photo_credit_are_no_title():
    # (was "World Report 2030: Türkiye: Events of 2029 Share this via Facebook Share this via
    # Twitter Police detain protesters ... © 2029 Example Photo")
    page = ("World Report 2030\nTürkiye\nEvents of 2029\nShare this via Facebook\nShare this via Twitter\n"
            "Police detain protesters in Istanbul, March 2029. © 2029 Example Photo\n"
            "The government continued its crackdown on critics and opponents throughout the year, and the courts kept "
            "many in detention.\n")
    assert title_of(page) == ("World Report 2030: Türkiye: Events of 2029", "heading")


def test_greco_by_its_reports_not_by_a_name_like_its_own():
    """GRECO was named by its abbreviation alone, so a heading naming a painter or a person
    called Greco made a document GRECO's; its reports are now known by their numbers
    ("GrecoRC4(2030)10") and its full name, its cover's masthead and adoption line are no
    title, and "Publication:" dates the report ("Adoption:" is when it was adopted)."""
    assert enrich(["El Greco exhibition opens in Istanbul\nThe museum shows the paintings."]).body is None
    cover = ("Adoption: 18 October 2030\nPublication: 22 November 2030\nGrecoRC4(2030)10\nFOURTH EVALUATION ROUND\n"
             "Corruption prevention in respect of members of parliament, judges and prosecutors\n"
             "INTERIM COMPLIANCE REPORT\nTÜRKİYE\nAdopted by GRECO at its 93rd Plenary Meeting\n")
    r = enrich([cover])
    assert r.title.value.startswith("FOURTH EVALUATION ROUND: Corruption prevention in respect of members of parliament")
    assert (r.mechanism.value, r.body.value, [t.value for t in r.own_identifiers]) == (
        "CoE", "GRECO", [("coe-greco", "GrecoRC4(2030)10")])
    assert (r.published.value, r.adopted.value) == ((dt.date(2030, 11, 22), "day"), (dt.date(2030, 10, 18), "day"))
    assert [t.value for t in r.subject_countries] == ["TR"]


@pytest.mark.parametrize("cover, title, published", [
    # the final report: its institution over the State, the election and the report's kind
    # (was titled "Office for Democratic Institutions and Human Rights", no body, dated by
    # the election)
    ("Office for Democratic Institutions and Human Rights\nREPUBLIC OF TÜRKİYE\nLOCAL ELECTIONS 31 March 2030\n"
     "ODIHR Election Observation Mission Final Report\nWarsaw 21 June 2030\nTABLE OF CONTENTS\n"
     "I. EXECUTIVE SUMMARY ...... 1 II. INTRODUCTION ...... 3\n",
     "REPUBLIC OF TÜRKİYE, LOCAL ELECTIONS 31 March 2030: ODIHR Election Observation Mission Final Report",
     (dt.date(2030, 6, 21), "day")),
    # an interim report, the State on the election's line
    ("OSCE Office for Democratic Institutions and Human Rights\nLimited Election Observation Mission\n"
     "Republic of Türkiye Presidential Election, 10 August 2030\nINTERIM REPORT\n9 – 28 July 2030\n"
     "I. EXECUTIVE SUMMARY\nThe presidential election will be held on 10 August 2030, and a second round two weeks "
     "later if no candidate wins a majority.\n",
     "Republic of Türkiye Presidential Election, 10 August 2030: INTERIM REPORT", (dt.date(2030, 8, 10), "day")),
    # the statement the day after the vote
    ("INTERNATIONAL ELECTION OBSERVATION MISSION\nRepublic of Türkiye – Parliamentary Elections, 1 November 2030\n"
     "STATEMENT OF PRELIMINARY FINDINGS AND CONCLUSIONS\nAnkara, 2 November 2030 – The elections offered voters a "
     "variety of choices, the observers of the Office for Democratic Institutions and Human Rights found.\n",
     "Republic of Türkiye – Parliamentary Elections, 1 November 2030: STATEMENT OF PRELIMINARY FINDINGS AND "
     "CONCLUSIONS", (dt.date(2030, 11, 2), "day")),
])
def test_an_election_observation_missions_reports(cover, title, published):
    r = enrich([cover])
    assert (r.title.value, r.published.value, [t.value for t in r.subject_countries]) == (title, published, ["TR"])
    if "Office for Democratic Institutions" in cover.split("\n")[0]:  # (a joint mission's statement names no author)
        assert (r.mechanism.value, r.body.value) == ("OSCE", "ODIHR")


def test_the_osce_and_its_institutions_by_name():
    from archive import taxonomy

    tax = taxonomy.load()
    assert [tax.resolve_mechanism(v) for v in ("OSCE", "AGİT", "Organization for Security and Co-operation in Europe")] \
        == ["OSCE"] * 3
    assert [tax.resolve_body(v).key for v in ("ODIHR", "BIDDH", "RFoM", "Medya Özgürlüğü Temsilcisi", "HCNM")] == [
        "ODIHR", "ODIHR", "RFoM", "RFoM", "HCNM"]
    # the OSCE's assembly is not the Council of Europe's, nor its High Commissioner the UN's
    r = enrich(["OSCE Parliamentary Assembly\nStatement on the elections in Türkiye\nThe delegation observed the vote."])
    assert (r.mechanism.value, r.body.value) == ("OSCE", "OSCE PA")
    r = enrich(["High Commissioner on National Minorities\nStatement on minority languages in schools\nThe High "
                "Commissioner visited the region."])
    assert (r.mechanism.value, r.body.value) == ("OSCE", "HCNM")
    r = enrich(["Representative on Freedom of the Media\nRegular report to the Permanent Council\n"])
    assert (r.mechanism.value, r.body.value) == ("OSCE", "RFoM")


def test_the_committee_of_ministers_pages_on_the_execution_of_judgments():
    """Its document pages: the notice of another version is no title (was the title), the
    page's title bar "CM/Notes/... / title" gives the notes' title (was the meeting line and
    all under it) and their identifier (was a decision they cite), a meeting's decisions
    are titled by the meeting and the heading under it, its agenda has its identifier."""
    notes = ("CM/Notes/1500/4.4 / Türkiye and the execution of the Court's judgments\nMinisters' Deputies\n"
             "Notes on the Agenda\nCM/Notes/1500/4.4 (Restricted) 16 July 2030\n1500 Meeting, 18 July 2030\n"
             "4 Human Rights\n4.4 Türkiye and the execution of the Court's judgments\nDraft reply to a written question\n"
             "Reference documents\n- CM/Del/Dec(2030)745/4.1\n")
    r = enrich([notes])
    assert r.title.value == "Türkiye and the execution of the Court's judgments"
    assert ([t.value for t in r.own_identifiers], r.body.value) == ([("coe-cm", "CM/Notes/1500/4.4")],
                                                                    "Committee of Ministers")
    decisions = ("An additional part or version of this document is available.\n"
                 "CM/Del/Dec(2030)1487finalE / 28 February 2030\nMinisters’ Deputies\nDecisions\n"
                 "CM/Del/Dec(2030)1487 15 February 2030\n———————————————\n1487th (DH) meeting, 13-14 February 2030\n"
                 "Decisions adopted at the meeting\n———————————————\nSection 1.1\nDecision\n"
                 "The Deputies adopted the resolution as it appears in the volume of resolutions.\n")
    r = enrich([decisions])
    assert r.title.value == "1487th (DH) meeting, 13-14 February 2030: Decisions adopted at the meeting"
    assert [t.value for t in r.own_identifiers] == [("coe-cm", "CM/Del/Dec(2030)1487")]
    agenda = ("Ministers’ Deputies\nAgenda\nCM/Del/OJ/DH(2030)1490 Section 4.3 PUBLIC 30 September 2030\n"
              "1490th meeting (DH), 15-16 September 2030\n")
    assert [t.value for t in enrich([agenda]).own_identifiers] == [("coe-cm", "CM/Del/OJ/DH(2030)1490")]
    assert classify("cm/notes/1500/h46-32") == ("coe-cm", "CM/Notes/1500/H46-32")


@pytest.mark.parametrize("meeting, heading", [
    ("1084th meeting, 5 May 2030", "Decisions adopted"),
    ("1363rd meeting, 11 December 2030", "Decisions adopted"),
    ("1238e réunion, 14 octobre 2030", "Décisions adoptées"),
])
def test_a_meetings_decisions_are_titled_by_the_meeting_over_a_rule_or_a_blank(meeting, heading):
    """The Deputies' decisions of a meeting, the meeting's line over "Decisions adopted" with a
    rule or a blank line between (or none, a table's cells on their lines), were titled
    "Decisions adopted" alone, as every meeting's are; the meeting's line now goes before it."""
    for between in ("\n____________________\n\n", "\n\n", "\n"):
        r = enrich([f"Ministers’ Deputies\nDecisions\n\nCM/Del/Dec(2030)1084 7 May 2030\n____________________\n\n"
                    f"{meeting}{between}{heading}\n____________________\n\nCONTENTS\n\nPage\n\nList of those present 6\n\n"
                    "1. General questions\n\n1.1 Adoption of the agenda 6\n"])
        assert r.title.value == f"{meeting}: {heading}", between
    # (the heading alone, no meeting over it, stays as it is)
    r = enrich([f"Ministers’ Deputies\n\n{heading}\n\nCONTENTS\n\n1. General questions\n"])
    assert r.title.value == heading


def test_a_section_of_a_meetings_annotated_agenda_is_titled_with_the_meeting():
    """A section of the Deputies' annotated agenda, its meeting's line and the file's parts over
    it ("1059th meeting (DH), ..." / "- Annotated agenda" / "- Decisions" / "Section 4.1"), was
    titled "Section 4.1" alone, as every meeting's section is."""
    r = enrich(["Ministers’ Deputies\nAnnotated Agenda\n\nCM/Del/OJ/DH(2030)1059 Section 4.1 PUBLIC 19 June 2030\n\n"
                "———————————————\n\n1059th meeting (DH), 2-4 and 5 (morning) June 2030\n\n- Annotated agenda\n"
                "- Decisions\n\nSection 4.1\n\nPublic information version\n\nSECTION 4 - CASES RAISING SPECIAL "
                "QUESTIONS\n\nFor each case or group of cases, the Deputies adopted the decision presented in the box.\n"])
    assert r.title.value == "1059th meeting (DH), 2-4 and 5 (morning) June 2030: Section 4.1"


def test_a_press_release_about_a_judgment_is_a_statement():
    # (was a judgment: its title names the judgment whose execution it is about)
    text = ("No: 402, 2 December 2030, Press Release Regarding the Decision of the Committee of Ministers on the "
            "Execution of the ECtHR Judgment of Example v. Türkiye (No. 12345/29)\n"
            "The Committee of Ministers adopted a decision today, and we call on it to respect judicial proceedings.\n")
    assert enrich([text]).doc_type.value == "statement"


@pytest.mark.parametrize("page, title, published", [
    # a site's masthead and its icon, a photo credit, the kind over the title (were the title)
    ("Site icon Example Minute\nUN experts call on Türkiye to release rights defenders\nA group of United Nations "
     "experts called on the government on Friday to release nine human rights defenders held since last week.\n",
     "UN experts call on Türkiye to release rights defenders", None),
    ("Example Earth News | @exampleearth | 08 Jul 2030, 12:29 pm Print\nUN Photo/ Jean Example\n"
     "Rights defenders must not be silenced\nThe spokesperson of the Office told a press briefing in Geneva that the "
     "defenders had been detained.\n", "Rights defenders must not be silenced", (dt.date(2030, 7, 8), "day")),
    ("UN Press Release\nUN experts seek release of all rights defenders\nGENEVA (14 July 2030) — A group of United "
     "Nations experts has today called on the Government to release nine human rights defenders.\n",
     "UN experts seek release of all rights defenders", (dt.date(2030, 7, 14), "day")),
    # a date as some news sites print it; the title printed again under its standfirst
    ("May 17 2030\nObservers to be sent for Türkiye's elections\nObservers to be sent for Türkiye's elections\n"
     "The mission recommended that long-term observers follow the process countrywide, its report said.\n",
     "Observers to be sent for Türkiye's elections", (dt.date(2030, 5, 17), "day")),
])
def test_a_news_sites_masthead_and_dates(page, title, published):
    r = enrich([page])
    assert (r.title.value, r.published and r.published.value) == (title, published)


def test_a_constitutional_court_case_named_by_initials():
    """"A. K. VE DİĞERLERİ BAŞVURUSU" read as a lettered heading ("A. General ..."), which
    ends a title block: the title was the panel's first judge and the word after it."""
    text = ("TÜRKİYE CUMHURİYETİ\nANAYASA MAHKEMESİ\nBİRİNCİ BÖLÜM\nKARAR\nA. K. VE DİĞERLERİ BAŞVURUSU\n"
            "(Başvuru Numarası: 2029/29218)\nKarar Tarihi: 23/5/2030\nBİRİNCİ BÖLÜM\nKARAR\nBaşkan\n:\n"
            "Ayşe ÖRNEK\nÜyeler\n:\nMehmet ÖRNEK\nI. BAŞVURUNUN KONUSU\n1. Başvuru, tazminatın yetersiz olması "
            "nedeniyle etkili başvuru hakkının ihlal edildiği iddiasına ilişkindir.\n")
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == ("A. K. VE DİĞERLERİ BAŞVURUSU", "Constitutional Court",
                                                               "judgment")
    # a lettered heading still ends a block
    assert title_of("Annual report on detention\nA. General information\nThe report covers prisons.\n")[0] == \
        "Annual report on detention"


def test_an_authors_byline_is_no_title_and_a_text_on_the_court_no_judgment():
    # (was titled "Ayşe ÖRNEK [1]"; typed a judgment, the Court's usual kind, because a
    # heading line named the Court)
    text = ("Ayşe ÖRNEK [1]\nAVRUPA İNSAN HAKLARI MAHKEMESİ VE ANAYASA MAHKEMESİ İLİŞKİSİ\n"
            "Bireysel başvuru yolu, Sözleşme'nin öngördüğü koruma mekanizmasının ikincil niteliği nedeniyle önce iç "
            "hukukta tüketilmelidir.\n")
    r = enrich([text])
    assert r.title.value == "AVRUPA İNSAN HAKLARI MAHKEMESİ VE ANAYASA MAHKEMESİ İLİŞKİSİ"
    assert (r.doc_type, r.body.value) == (None, "ECtHR")


@pytest.mark.parametrize("page, title", [
    # a news site's labels over an article (were joined to its title)
    ("Haber\nYedi gazeteci tutuklandı!\nDernek, haber takibi yapan ve adreslerinden gözaltına alınan gazetecilerin "
     "tutuklandığını duyurdu; gazeteciler hakim karşısına çıkarılmıştı.\n", "Yedi gazeteci tutuklandı!"),
    ("Reklam\nKategoriler: Gündem\nGazete yöneticileri gözaltına alındı\nReklam\nGazetenin yayın koordinatörleri, "
     "sabah saatlerinde evlerinde gözaltına alındı ve emniyete götürüldü.\n", "Gazete yöneticileri gözaltına alındı"),
    # a search box's "no results", a UN site's "skip to main content" in Chinese and its section
    ("• Sonuç bulunamadı\nİletişim Araçlarına ve İletişimcilere Baskı\n2 Ocak 2030\n• Gazeteci hakkında açılan "
     "davaların sayısı, meslek yaşamı boyunca yüzü aştı.\n", "İletişim Araçlarına ve İletişimcilere Baskı"),
    ("跳转到主要内容\nCOMMITTEE CONSIDERS REPORT OF TÜRKİYE\nMeeting Summaries\nThe Committee this morning concluded "
     "its consideration of the report of Türkiye on how the country implements the Covenant.\n",
     "COMMITTEE CONSIDERS REPORT OF TÜRKİYE"),
    # a news site's offer of the text in other languages under the title
    ("Government Postpones Visit by UN Rapporteur\nClick to read the article in Turkish / Kurdish\nThe visit, which "
     "was scheduled to take place from 10 to 14 October, has been postponed by the Government.\n",
     "Government Postpones Visit by UN Rapporteur"),
    # a site's accessibility toolbar over the text (was the title, its first eight buttons)
    ("Erişilebilirlik Menüsü\nEkran Okuyucu\nSeçili Alan Okuyucu\nBağlantı Vurgula İkonu\nMetni Büyüt İkonu\n"
     "Büyük Metin\nOkuma Kılavuzu\nDisleksi Dostu\nKontrast\nYüksek Doygunluk\nEYLEM PLANI GENELGESİ YAYIMLANDI\n"
     "30.04.2030\nBakanlık tarafından hazırlanan eylem planının uygulama sürecine ilişkin genelge bugün yayımlandı "
     "ve kurumlara gönderildi.\n", "EYLEM PLANI GENELGESİ YAYIMLANDI"),
    # a section's label under the title
    ("BİR BAKIŞTA EYLEM PLANI\nGENEL OLARAK:\n• 11 temel ilke altında 9 amaç, 50 hedef ve 393 faaliyet "
     "içermektedir.\n", "BİR BAKIŞTA EYLEM PLANI"),
    # a blog's notice of the label it lists, and the date with its day of the week
    ("ÖRNEK etiketine sahip kayıtlar gösteriliyor. Tüm kayıtları göster\n13 Temmuz 2030 Perşembe\n"
     "SORULAR VE CEVAPLAR: BİREYSEL BAŞVURU\nAnayasa Mahkemesine bireysel başvuru, iç hukuk yolları tüketildikten "
     "sonra yapılabilen, olağanüstü bir kanun yoludur ve belirli sürelere tabidir.\n",
     "SORULAR VE CEVAPLAR: BİREYSEL BAŞVURU"),
    ("Tuesday, July 11, 2030\nTÜRKİYE: Rights Leaders Detained - ONLINE ACTION\n\nPolice have detained the second "
     "leader of the organisation within the space of a month, and the others remain in custody.\n",
     "TÜRKİYE: Rights Leaders Detained - ONLINE ACTION"),
    # a law firm's name over its article
    ("Örnek Hukuk Bürosu\nANAYASA MAHKEMESİNE BİREYSEL BAŞVURU REHBERİ\nBireysel başvuru, temel hakları ihlal "
     "edilen kişilerin başvurabildiği olağanüstü bir kanun yoludur ve belirli koşullara bağlıdır.\n",
     "ANAYASA MAHKEMESİNE BİREYSEL BAŞVURU REHBERİ"),
    # a site's account links and its sharing buttons in Turkish
    ("Üye Girişi\nAbone ol\nCezaevleri raporu değerlendirildi\nTwitter'da Paylaş Facebook'da Paylaş WhatsApp'da "
     "Paylaş\nKomisyon, cezaevlerindeki koşulları ve kapatılması önerilen kurumları tartıştı ve raporu kabul etti.\n",
     "Cezaevleri raporu değerlendirildi"),
    # a news site's skip link and section in Arabic ("Skip to main content", "The world")
    ("تخطي إلى المحتوى الرئيسي\n\nالمحكمة الأوروبية لحقوق الإنسان تدين المثالية\n\nأدانت المحكمة الأوروبية لحقوق "
     "الإنسان اليوم الحبس المؤقت لعشرة صحفيين.\n", "المحكمة الأوروبية لحقوق الإنسان تدين المثالية"),
    ("العالم\n\nمحكمة أوروبية تدين المثالية لانتهاكها حقوق الصحفيين\n\nأصدرت المحكمة الأوروبية لحقوق الإنسان حكماً "
     "بدفع تعويض لصحافيين.\n", "محكمة أوروبية تدين المثالية لانتهاكها حقوق الصحفيين"),
    # a full stop alone on its line under the headline, a site's empty field (was joined to it)
    ("Tirkiyeyê li ser koça penaberan daxuyanî da\n.\nSerokatiya Ragihandinê ragihand ku li ser sînoran ti "
     "qerebalixî û zêdebûna hatina koçberan nîne.\n", "Tirkiyeyê li ser koça penaberan daxuyanî da"),
    # a site's app banner ("Download our app ... Download now")
    ("Uygulamamızı İndirin\n\nKullanıcı deneyiminizi artırmak için uygulamamızı indirebilirsiniz.\n\nHemen İndir\n"
     "Cezaevlerinde Yaşanan Hak İhlalleri Raporu\n\n20.11.2030\n\nBaro ve derneklere gelen başvurular ile hapishane "
     "ziyaretlerinden elde edilen verilerden bir rapor hazırlanmıştır.\n", "Cezaevlerinde Yaşanan Hak İhlalleri Raporu"),
    ("Download our app\nGet the app for the latest news.\nPrison conditions report published\nThe Bar Association "
     "published its annual report on prison conditions, based on visits and complaints.\n",
     "Prison conditions report published"),
    # a page's logos, as their alternative text is read with it
    ("Logo law and example\nLogo Università Example\nExample and Örnek v. Türkiye (no. 3), No. 28516/28, ECtHR "
     "(Second Section), 17 June 2030\nFreedom of expression and publications, and the principle applied to an "
     "article reporting declarations.\n",
     "Example and Örnek v. Türkiye (no. 3), No. 28516/28, ECtHR (Second Section), 17 June 2030"),
])
def test_a_sites_furniture_is_no_title(page, title):
    assert title_of(page)[0] == title


def test_the_official_journals_masthead_and_a_catalogues_date():
    # the Official Journal's masthead over a Parliament resolution (was the title "European
    # flag Official Journal of the European Union", about no country)
    page = ("European flag\nOfficial Journal\nof the European Union\nEN\nSeries C\nC/2031/1760\n22.3.2031\n"
            "P9_TA(2030)0320\n2029 Report on Türkiye\nEuropean Parliament resolution of 13 September 2030 on the 2029 "
            "Commission Report on Türkiye (2029/2205(INI))\n(C/2031/1760)\nThe European Parliament,\n"
            "having regard to the Council conclusions of 23 June 2029,\n")
    r = enrich([page])
    assert (r.title.value, [t.value for t in r.subject_countries], r.body.value) == (
        "2029 Report on Türkiye", ["TR"], "European Parliament")
    # a catalogue's "Date: 2030 Apr" over a UN report whose cover lacks its distribution
    # line (was dated by a resolution its first paragraph cites)
    page = ("Original HRC document\nPDF\nDocument Type: Final Report\nDate: 2030 Apr\nGE.30-07633 (E)\n"
            "Human Rights Council Twenty-ninth session\nAgenda item 6\nUniversal Periodic Review\n"
            "Report of the Working Group on the Universal Periodic Review*\nTürkiye\n"
            "* The annex to the present report is circulated as received.\nUnited Nations A/HRC/59/15\n"
            "1. The Working Group, established in accordance with Human Rights Council resolution 5/1 of 18 June "
            "2007, held its session from 19 to 30 January 2030.\n")
    r = enrich([page])
    assert (r.title.value, r.published.value) == ("Report of the Working Group on the Universal Periodic Review: Türkiye",
                                                  (dt.date(2030, 4, 1), "month"))


def test_a_venice_commission_opinion_under_its_notice_and_with_the_laws_numbers():
    """The notice atop the Commission's opinions read as the text's first sentence, so the
    page had no heading (was titled by the notice, about no country); the numbers of the
    laws under their name ("NOS. 667-676") were a reference that ended the title."""
    cover = ("This document will not be distributed at the meeting. Please bring this copy.\nwww.venice.coe.int\n"
             "Strasbourg, 12 December 2030\nOpinion No. 965 / 2030\nCDL-AD(2030)037\nEngl.only\n"
             "EUROPEAN COMMISSION FOR DEMOCRACY THROUGH LAW\n(VENICE COMMISSION)\nTÜRKİYE\nOPINION\n"
             "ON EMERGENCY DECREE LAWS\nNOS. 767-776\nADOPTED FOLLOWING THE EVENTS OF 15 JULY 2030\n"
             "Adopted by the Venice Commission\nat its 139\nth\nPlenary Session\n(Venice, 9-10 December 2030)\n")
    r = enrich([cover])
    assert r.title.value == ("TÜRKİYE: OPINION ON EMERGENCY DECREE LAWS NOS. 767-776 ADOPTED FOLLOWING THE EVENTS OF "
                             "15 JULY 2030")
    assert ([t.value for t in r.subject_countries], r.body.value, r.doc_type.value) == (["TR"], "Venice Commission",
                                                                                        "opinion")


def test_a_states_ministry_writing_on_another_state_is_no_subject():
    # (was about both: the ministry's State named in the title as the report's author)
    r = enrich(["ABD Dışişleri Bakanlığı'nın 2030 Yılına İlişkin Türkiye İnsan Hakları Uygulamaları Raporunda Öne "
                "Çıkan Hususlar\nRaporda öne çıkan hususlar aşağıda sunulmaktadır.\n"])
    assert [t.value for t in r.subject_countries] == ["TR"]
    r = enrich(["United Kingdom Home Office: Country Policy and Information Note: Türkiye\nThis note provides country "
                "information for decision makers handling cases.\n"])
    assert [t.value for t in r.subject_countries] == ["TR"]
    # a title about two States stays about both
    r = enrich(["Relations between Greece and Türkiye\nThe two States met in Athens.\n"])
    assert sorted(t.value for t in r.subject_countries) == ["GR", "TR"]


def test_a_news_pages_date_with_its_time_and_a_photo_credit_are_no_title():
    page = ("26 Eylül 2030 15:50\nDernek 2029 Hak İhlalleri raporunu açıkladı\nDernek, raporunu basın açıklamasıyla "
            "duyurdu ve devlet suçlarının zaman aşımıyla korunduğunu belirtti.\nFotoğraf: Dernek\nPaylaş\n")
    r = enrich([page])
    assert (r.title.value, r.published.value) == ("Dernek 2029 Hak İhlalleri raporunu açıkladı",
                                                  (dt.date(2030, 9, 26), "day"))


@pytest.mark.parametrize("page, title, published", [
    # an aggregator's labels over an agency's factsheet (were joined to its title, which
    # was typed a statement for "News and Press Release"); a dash after a title is no
    # period's (the factsheet was undated)
    ("Türkiye + 6 more\nUNHCR Türkiye Factsheet - January 2030\nNews and Press Release\nOriginally published\n"
     "View original\nTürkiye hosts the world's largest number of refugees, most of them outside camps, in the cities "
     "of the south-east.\n", "UNHCR Türkiye Factsheet - January 2030", (dt.date(2030, 1, 1), "month")),
    # a title printed again with its date under it
    ("<<\nTÜRKİYE FACT SHEET\nTÜRKİYE FACT SHEET September 2030\nOver 98 per cent of refugees in Türkiye live among "
     "the host community, and less than two per cent in accommodation centres.\n", "TÜRKİYE FACT SHEET",
     (dt.date(2030, 9, 1), "month")),
])
def test_an_aggregators_labels_and_a_factsheets_date(page, title, published):
    r = enrich([page])
    assert (r.title.value, r.published.value, r.doc_type.value) == (title, published, "briefing")


def test_a_kurdish_news_pages_date_and_its_list_of_labels():
    # (was titled "‘...’ • rojane • 11:51 2 Tîrmeh 2030 • | img", undated: Kurmanji months
    # were not read)
    page = ("‘Sedema protestoyan hewldana Tirkiyeyê ye’\n• rojane\n• 11:51 2 Tîrmeh 2030\n• |\nimg\n"
            "RIHA - Rojnameger Zeynep Mînak diyar kir ku sedema protestoyan ne ji ber êrişên li Tirkiyeyê hatine "
            "kirine û wiha got.\n")
    r = enrich([page])
    assert (r.title.value, r.published.value) == ("‘Sedema protestoyan hewldana Tirkiyeyê ye’", (dt.date(2030, 7, 2), "day"))
    assert enrich(["Sernav\n12 Kanûna Pêşîn 2030\nNivîs li vir e û dirêj e."]).published.value == (dt.date(2030, 12, 12),
                                                                                                  "day")


def test_a_venice_commission_opinion_in_french_with_dates_in_its_title():
    """The French masthead was the title ("COMMISSION EUROPÉENNE POUR LA DÉMOCRATIE PAR LE
    DROIT", about no country); a date on its own line inside a title in capitals ("LE 21
    JANVIER 2030") was read as a reference code that ended it."""
    cover = ("Ce document ne sera pas distribué en séance. Prière de vous munir de cet exemplaire.\n"
             "www.venice.coe.int\nStrasbourg, le 13 mars 2030\nAvis n° 975/2030\nCDL-AD(2030)005\nOr. angl.\n"
             "COMMISSION EUROPÉENNE POUR LA DÉMOCRATIE PAR LE DROIT\n(COMMISSION DE VENISE)\nTURQUIE\nAVIS\n"
             "SUR LES MODIFICATIONS DE LA CONSTITUTION\nADOPTÉES PAR LA GRANDE ASSEMBLÉE NATIONALE\nLE 21 JANVIER 2030\n"
             "ET SOUMISES AU RÉFÉRENDUM NATIONAL\nLE 16 AVRIL 2030\nAdopté par la Commission de Venise\n"
             "à sa 140e session plénière\n(Venise, 10-11 mars 2030)\n")
    r = enrich([cover])
    assert r.title.value == ("TURQUIE: AVIS SUR LES MODIFICATIONS DE LA CONSTITUTION ADOPTÉES PAR LA GRANDE ASSEMBLÉE "
                             "NATIONALE LE 21 JANVIER 2030 ET SOUMISES AU RÉFÉRENDUM NATIONAL LE 16 AVRIL 2030")
    assert ([t.value for t in r.subject_countries], r.body.value, r.published.value) == (
        ["TR"], "Venice Commission", (dt.date(2030, 3, 13), "day"))


def test_a_record_headed_by_fields_is_titled_by_its_subject():
    # a parliamentary committee's minutes (were titled by all their header's fields)
    text = ("Komisyon Adı:İnsan Haklarını İnceleme Komisyonu\nKonu:Alt Komisyonun Hazırladığı Örnek Ceza İnfaz Kurumu "
            "İnceleme Raporu'na İlişkin Görüşmeler\nDönemi:28\nYasama Yılı:2\nTarih:03/07/2030\n"
            "Alt Komisyonun hazırladığı inceleme raporuna ilişkin görüşmeler\nÜYE (İstanbul) - Değerli arkadaşlar, raporu "
            "aldım ve okudum.\n")
    r = enrich([text])
    assert (r.title.value, r.published.value) == (
        "Alt Komisyonun Hazırladığı Örnek Ceza İnfaz Kurumu İnceleme Raporu'na İlişkin Görüşmeler", (dt.date(2030, 7, 3), "day"))


@pytest.mark.parametrize("page, title, doc_type, published, adopted", [
    # the Committee of Experts' observation as the ILO's database prints it (was titled by the
    # database's banner, name and breadcrumb, typed a country report, no body, and dated by a
    # date in its first paragraph)
    ("ILO-en-strap\nNORMLEX\nInformation System on International Labour Standards\n"
     "NORMLEX Home > Country profiles >  > Comments\n\n"
     "Observation (CEACR) - adopted 2030, published 119th ILC session (2031)\n\n"
     "Right to Organise and Collective Bargaining Convention, 1949 (No. 98) - Türkiye (Ratification: 1952)\n\n"
     "Display in: French - SpanishView all\n\n"
     "The Committee notes the observations of a confederation of trade unions received on 1 September 2030, "
     "which concern matters examined in this comment. It asks the Government to reply.\n",
     "Observation (CEACR) - adopted 2030, published 119th ILC session (2031): Right to Organise and Collective "
     "Bargaining Convention, 1949 (No. 98) - Türkiye (Ratification: 1952)", "observation",
     (dt.date(2031, 1, 1), "year"), (dt.date(2030, 1, 1), "year")),
    ("NORMLEX\nDirect Request (CEACR) - adopted 2029, published 118th ILC session (2030)\n"
     "Discrimination (Employment and Occupation) Convention, 1958 (No. 111) - Türkiye (Ratification: 1967)\n"
     "CMNT_TITLE_CEACR\nThe Committee asks the Government to provide information on the measures taken.\n",
     "Direct Request (CEACR) - adopted 2029, published 118th ILC session (2030): Discrimination (Employment and "
     "Occupation) Convention, 1958 (No. 111) - Türkiye (Ratification: 1967)", "direct-request",
     (dt.date(2030, 1, 1), "year"), (dt.date(2029, 1, 1), "year")),
    # in French and Spanish (were dated by the day the text's first paragraph names, not
    # adopted; the Spanish one titled by its kind's line alone, no subject country)
    ("NORMLEX\nObservation (CEACR) - adoptée 2030, publiée 119ème session CIT (2031)\n\n"
     "Convention (n° 98) sur le droit d'organisation et de négociation collective, 1949 - Türkiye (Ratification: 1952)\n\n"
     "La commission note les observations d'une confédération syndicale reçues le 1er septembre 2030, qui portent sur des "
     "questions examinées dans ce commentaire.\n",
     "Observation (CEACR) - adoptée 2030, publiée 119ème session CIT (2031): Convention (n° 98) sur le droit "
     "d'organisation et de négociation collective, 1949 - Türkiye (Ratification: 1952)", "observation",
     (dt.date(2031, 1, 1), "year"), (dt.date(2030, 1, 1), "year")),
    ("NORMLEX\nObservación (CEACR) - Adopción: 2030, Publicación: 119ª reunión CIT (2031)\n\n"
     "Convenio sobre el derecho de sindicación y de negociación colectiva, 1949 (núm. 98) - Türkiye (Ratificación : "
     "1952)\n\nLa Comisión toma nota de las observaciones de una confederación sindical, recibidas el 1.º de septiembre de "
     "2030, que se refieren a cuestiones examinadas en este comentario.\n",
     "Observación (CEACR) - Adopción: 2030, Publicación: 119ª reunión CIT (2031): Convenio sobre el derecho de "
     "sindicación y de negociación colectiva, 1949 (núm. 98) - Türkiye (Ratificación : 1952)", "observation",
     (dt.date(2031, 1, 1), "year"), (dt.date(2030, 1, 1), "year")),
    # the Committee on Freedom of Association's report on a case
    ("ILO-en-strap\nNORMLEX\nInformation System on International Labour Standards\n\n"
     "Definitive Report - Report No 420, 2030\n\nCase No 3999 (Türkiye) - Complaint date: 01-MAR-29 - Closed\n\n"
     "Display in: French - Spanish\n\nA. The complainants' allegations\n",
     "Definitive Report - Report No 420, 2030: Case No 3999 (Türkiye) - Complaint date: 01-MAR-29 - Closed", "report",
     (dt.date(2030, 1, 1), "year"), None),
])
def test_the_ilo_supervisory_bodies_texts(page, title, doc_type, published, adopted):
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (title, doc_type, "UN", "ILO")
    assert (r.published.value, r.adopted.value if r.adopted else None) == (published, adopted)
    assert [t.value for t in r.subject_countries] == ["TR"]


@pytest.mark.parametrize("page", [
    # the United Kingdom's Parliament's written question (was a country report by the report
    # it asks about; its formula opens a long line)
    "To ask His Majesty's Government what assessment they have made of the report of the Example Delegation on "
    "events in Exampleland since 2030; and what is their response to its call for action by the Committee for the "
    "Prevention of Torture.\nAnswered on\n19 April 2031\nWe have taken note of the report and its concerns.\n",
    "Question\nAsked by Lord Example\nTo ask the Secretary of State for Foreign Affairs what representations they have "
    "made to the Government of Exampleland about the detention of journalists.\n",
    # the Dutch House's (was untyped)
    "Vragen van het lid Voorbeeld (SP) aan de Minister van Buitenlandse Zaken over de democratie in Turkije "
    "(ingezonden 3 maart 2031).\n\nVraag 1\n\nKent u het bericht over de afgezette burgemeesters?\n\nVraag 2\n\n"
    "Deelt u mijn zorgen over de aanvallen op de oppositie?\n"])
def test_a_national_parliaments_question(page):
    assert enrich([page]).doc_type.value == "parliamentary-question"


def test_the_ilo_by_name_and_a_statement_made_before_it():
    from archive import taxonomy

    tax = taxonomy.load()
    assert [tax.resolve_body(v).key for v in ("ILO", "International Labour Organization", "Uluslararası Çalışma Örgütü")] \
        == ["ILO"] * 3
    # the EU's statement at the Conference is the EU's External Action Service's (was the
    # ILO's: the committee it was made in is named first), its session line no title (was
    # the title), nor the committee's name
    r = enrich(["International Labour Conference 119th session (2 – 13 June 2031)\n\nCommittee on the Application "
                "of Standards\n\nRepublic of Türkiye, Convention 98\n\nEU Statement\n\nThank you, chairperson. I speak on "
                "behalf of the European Union and its Member States.\n"])
    assert (r.mechanism.value, r.body.value, r.title.value) == (
        "EU", "EEAS", "Republic of Türkiye, Convention 98")  # (the committee's name is no title either)
    r = enrich(["Human Rights Council\n50th session of the Human Rights Council\nUniversal Periodic Review - Türkiye\n"
                "Statement on behalf of the European Union\nThe EU welcomes the report.\n"])
    assert (r.mechanism.value, r.body.value) == ("EU", "EEAS")
    # a news item on an EU statement is no statement of the EU's
    r = enrich(["Türkiye rejects EU statement on Cyprus\nAnkara said on Monday that it rejected the statement of the bloc "
                "on the island, calling it biased and unhelpful for the talks between the two sides.\n"])
    assert (r.mechanism.value, r.body) == ("civil-society", None)
    # the ILO named in running text makes nothing the ILO's
    r = enrich(["Trade unions in Türkiye\nA report by an association\nThe unions wrote to the International Labour "
                "Organization in 2030, asking it to look at the dismissals of the union's members in the province.\n"])
    assert (r.mechanism.value, r.body) == ("civil-society", None)


def test_a_secretary_generals_report_to_the_security_council():
    """Its title wrapped over a blank line was cut ("Report of the Secretary-General on the
    United Nations"), and it was typed a `resolution` for the Council's resolutions its
    first paragraph cites; a web page's copy that runs the date into the distribution line
    ("Distr.: General15 June 2030") was dated by the page's date above it."""
    cover = ("United Nations                                  S/2030/1138\n\nSecurity Council          Distr.: General\n\n"
             "                          1 December 2030\n\n              Original: English\n\n \n\n"
             "Report of the Secretary-General on the United Nations\n\n            operation in Cyprus\n\n"
             "         (for the period from 1 June to 27 November 2030)\n\n  I.  Introduction\n\n"
             "1.  The present report covers developments from 1 June to 27 November 2030 pursuant to Security Council "
             "resolution 186 (1964) and subsequent Security Council resolutions, most recently resolution 2999 (2030).\n")
    r = enrich([cover])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.published.value) == (
        "Report of the Secretary-General on the United Nations operation in Cyprus", "report", "UN",
        (dt.date(2030, 12, 1), "day"))
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "S/2030/1138")]
    assert [t.value for t in r.subject_countries] == ["CY"]
    web = ("December 27, 2031\n\nS/2030/488 – Report of the Secretary-General on his mission of good offices in Cyprus\n\n"
           "United Nations\n\nS/2030/488\n\nSecurity Council Distr.: General15 June 2030\n\nOriginal: English\n\n"
           "REPORT OF THE SECRETARY-GENERAL ON HIS MISSION\nOF GOOD OFFICES IN CYPRUS\n\nI. INTRODUCTION\n")
    r = enrich([web])
    assert (r.doc_type.value, r.published.value) == ("report", (dt.date(2030, 6, 15), "day"))


@pytest.mark.parametrize("text, doc_type", [
    # a Parliament's press release in another of the EU's languages, the label under its
    # title (was a `resolution`: the resolution it reports)
    ("MEPs call on Türkiye to lift the state of emergency\n\nSporočilo za javnost\n\n• MEPs condemn the arrests\n\n"
     "MEPs denounced the arrests in a resolution approved on Thursday by show of hands.\n", "statement"),
    ("Abgeordnete fordern Freilassung\nPressemitteilung\nDas Parlament hat eine Entschließung angenommen.\n", "statement"),
    # a visit told of in a news article's running text makes no visit report (was one; the
    # "news agency" it names makes no news of a text that is no web page, see
    # test_the_european_parliaments_verbatim_report_of_a_debate)
    ("Urgent call over Türkiye\n\nA group leader has called for a meeting of foreign ministers.\n\n"
     "The leader of the group, who came to Türkiye and paid a solidarity visit to the newspaper, told a news agency that "
     "diplomatic channels would not be effective.\n", None),
    # a visit's report still is one, by its title's line
    ("CPT/Inf (2031) 10\nReport to the Turkish Government\non the visit to Türkiye\ncarried out by the European Committee "
     "for the Prevention of Torture\nfrom 6 to 17 May 2030\n", "visit-report"),
])
def test_a_press_release_by_its_label_and_a_visit_only_by_a_heading(text, doc_type):
    r = enrich([text])
    assert (r.doc_type.value if r.doc_type else None) == doc_type


@pytest.mark.parametrize("line, date", [
    ("Gepubliceerd op zaterdag 16 juli 2030.", dt.date(2030, 7, 16)),
    ("Pressemitteilung vom 3. März 2030", dt.date(2030, 3, 3)),
    ("Strasburgo, 12 giugno 2030", dt.date(2030, 6, 12)),
    ("Brüssel, 1. Dezember 2030", dt.date(2030, 12, 1)),
])
def test_dates_in_german_dutch_and_italian(line, date):
    r = enrich([f"Title of the text\n{line}\nThe text begins here and goes on for a while.\n"])
    assert r.published.value == (date, "day")


def test_a_spokespersons_answer_titled_without_its_number_and_date():
    r = enrich(["QA-20, 13 April 2030, Statement of the Spokesperson of the Ministry of Foreign Affairs in Response to a "
                "Question Regarding a Statement by UN Rapporteurs\n\nThe joint press statement released on 13 April 2030 "
                "by a number of Special Rapporteurs has been noted with concern.\n"])
    assert r.title.value == ("Statement of the Spokesperson of the Ministry of Foreign Affairs in Response to a Question "
                             "Regarding a Statement by UN Rapporteurs")


def test_a_ministrys_press_release_is_the_governments():
    """The ministry's masthead names the author (was the Human Rights Council's or the
    Committee of Ministers', the institutions its title names), and the release's number
    and date before its title are no part of it."""
    r = enrich(["No: 78, 28 February 2031, Press Release Regarding the Participation of the Deputy Minister of Foreign "
                "Affairs in the 58th Session of the UN Human Rights Council\nTürkiye Cumhuriyeti Dışişleri Bakanlığı "
                "28.02.2031\nThe Deputy Minister will address the Human Rights Council on 2 March 2031, during its high "
                "level segment held every year in Geneva.\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value) == (
        "Press Release Regarding the Participation of the Deputy Minister of Foreign Affairs in the 58th Session of the UN "
        "Human Rights Council", "national", "Government", "statement")
    assert ([t.value for t in r.subject_countries], r.published.value) == (["TR"], (dt.date(2031, 2, 28), "day"))
    # a UN report that names the ministry in its running text stays the UN's
    r = enrich(["Office of the United Nations High Commissioner for Human Rights\nReport on the human rights situation in "
                "Türkiye\nThe Office wrote to the Türkiye Cumhuriyeti Dışişleri Bakanlığı on 3 January 2031 asking for "
                "access to the region and received no reply before the report was completed.\n"])
    assert (r.mechanism.value, r.body.value) == ("UN", "OHCHR")


@pytest.mark.parametrize("page, title, body", [
    # the UN Refugee Agency's documents (were civil society's)
    ("Türkiye + 4 more\n\nUNHCR Global Appeal 2031 Update - Türkiye\n\n| Overview |\n\nWorking environment\n\n"
     "• In April 2030, Türkiye adopted a law on foreigners and international protection.\n",
     "UNHCR Global Appeal 2031 Update - Türkiye", "UNHCR"),
    # a web page's table borders around its title (were the title, with every cell under it)
    ("|\n| ||\nOHCHR Press Briefing Note - 1) Türkiye |\n||\nOHCHR Press Briefing Note - 1) Türkiye\n"
     "Spokesperson for the UN High Commissioner for Human Rights: Jean Example\nLocation: Geneva\nSubject: 1) Türkiye\n"
     "We are concerned about reports of excessive use of force by law enforcement officers against protesters in the "
     "square and in the park, and we call for prompt investigations.\n", "OHCHR Press Briefing Note - 1) Türkiye", "OHCHR"),
])
def test_the_un_refugee_agency_and_a_page_in_a_table(page, title, body):
    r = enrich([page])
    assert (r.title.value, r.mechanism.value, r.body.value, [t.value for t in r.subject_countries]) == (
        title, "UN", body, ["TR"])


def test_a_photographs_caption_over_a_report_is_no_title():
    """A web page's photograph over a report: its caption comes first, and again further
    down with its credit (was the title)."""
    page = ("The new president attends a swearing-in ceremony in parliament in Ankara on August 28, 2030\n\n"
            "Türkiye's Human Rights Rollback\n\nRecommendations for Reform\n\n"
            "The new president attends a swearing-in ceremony in parliament in Ankara on August 28, 2030 © 2030 Example "
            "Photo Agency\n\nIntroduction\n\nTürkiye is undergoing a worrying rollback of human rights, the report finds, "
            "after twelve years of the same government.\n")
    assert enrich([page]).title.value == "Türkiye's Human Rights Rollback"


@pytest.mark.parametrize("label", ["Γράφει:", "Yazan:", "By:"])
def test_a_bylines_label_alone_on_its_line_is_no_title(label):
    # (a Greek magazine's article was titled "Γράφει", "writes")
    page = (f"{label}\n\nΤουρκία και Ευρωπαϊκό Δικαστήριο: Μια σχέση διαρκών παραβιάσεων\n\nΟ συγγραφέας είναι δικηγόρος\n\n"
            "Η Τουρκία είναι Κράτος Μέλος του Συμβουλίου της Ευρώπης, ένας περιφερειακός οργανισμός όπου σήμερα "
            "συμμετέχουν πολλές χώρες.\n")
    r = enrich([page], None, ["el"])
    assert (r.title.value, [t.value for t in r.subject_countries]) == (
        "Τουρκία και Ευρωπαϊκό Δικαστήριο: Μια σχέση διαρκών παραβιάσεων", ["TR"])


@pytest.mark.parametrize("cover, title, symbol", [
    # a cover whose lines a reader ran together (was titled by the session, the agenda item
    # and its title run into the report's, or by the whole cover and summary)
    ("A/HRC/58/69\n\nGeneral Assembly Distr.: General 5 February 2031\n\nOriginal: English\n\nHuman Rights Council "
     "Fifty-eighth session Agenda item 4 Human rights situations that require the Council’s attention Report of the "
     "Independent International Commission of Inquiry on Example Land*\n\nSummary The present report is submitted to "
     "the Human Rights Council pursuant to Council resolution S-37/1. The commission charts the major patterns of "
     "violations.\n",
     "Report of the Independent International Commission of Inquiry on Example Land", "A/HRC/58/69"),
    ("A/HRC/S-37/2/Add.1 Advance Edited Version Distr.: General 22 February 2031 Original: English Human Rights Council "
     "Thirty-seventh special session Agenda item 1 Human rights situation in Example Land Report of the independent "
     "international commission of inquiry on Example Land ** Summary The human rights situation has deteriorated "
     "significantly since November 2030, the commission finds, and calls for an end to the violations.\n",
     "Report of the independent international commission of inquiry on Example Land", "A/HRC/S-37/2/Add.1"),
    # an oral update, under an advance version's distribution line
    ("A/HRC/56/CRP.2\n\nAdvance Version Distr.: General 16 June 2030\n\nEnglish only\n\nHuman Rights Council Fifty-sixth "
     "session Agenda item 4 Human rights situations that require the Council’s attention Oral Update of the "
     "Independent International Commission of Inquiry on Example Land\n\nI. Introduction\n\n1. In three years of "
     "conflict, millions have suffered the loss of relatives to attacks and to violence in detention.\n",
     "Oral Update of the Independent International Commission of Inquiry on Example Land", "A/HRC/56/CRP.2"),
])
def test_a_un_cover_run_together_and_a_special_sessions_symbol(cover, title, symbol):
    r = enrich([cover])
    assert (r.title.value, [t.value for t in r.own_identifiers][:1]) == (title, [("un-symbol", symbol)])
    # a report submitted pursuant to a resolution is no resolution (was one)
    assert r.doc_type is None or r.doc_type.value != "resolution"


def test_a_resolution_is_one_by_its_heading_not_by_a_resolution_cited():
    assert enrich(["European Parliament resolution of 8 February 2031 on the human rights situation in Türkiye\n"
                   "The European Parliament,\n– having regard to its previous resolutions on Türkiye,\n"]
                  ).doc_type.value == "resolution"
    # ... its line longer than a heading's, under the short title ("The situation in Türkiye",
    # "2029 Report on Türkiye"): was a country report, for "the 2029 Commission report" it is on
    for short in ("The situation in Türkiye", "2029 Report on Türkiye"):
        r = enrich([f"European Parliament\n2024-2029\nTEXTS ADOPTED\nP10_TA(2030)0009\n{short}\nEuropean Parliament "
                    "resolution of 13 September 2030 on the 2029 Commission report on Türkiye (2029/2205(INI))\n"
                    "The European Parliament,\n– having regard to the Commission communication of 12 October 2029,\n"])
        assert (r.title.value, r.doc_type.value) == (short, "resolution")
    r = enrich(["Pages\n\nWednesday, August 15, 2030\n\nReport of the commission of inquiry on Example Land\n\n"
                "Summary\nThe commission was established by the Council in its resolution S-37/1, which asked it to "
                "investigate all alleged violations of international human rights law since March 2030.\n"])
    assert (r.title.value, r.doc_type.value) == ("Report of the commission of inquiry on Example Land", "country-report")


@pytest.mark.parametrize("masthead, adopted, short, full, preamble", [
    # the Parliament's texts in the Union's other languages, laid out as in English: were
    # titled by its name and term ("Ευρωπαϊκό Κοινοβούλιο 2024-2029") and had no type
    ("Ευρωπαϊκό Κοινοβούλιο", "ΚΕΙΜΕΝΑ ΠΟΥ ΕΓΚΡΙΘΗΚΑΝ", "Έκθεση του 2029 για την Τουρκία",
     "Ψήφισμα του Ευρωπαϊκού Κοινοβουλίου της 13ης Σεπτεμβρίου 2030 σχετικά με την έκθεση του 2029 για την Τουρκία",
     "Το Ευρωπαϊκό Κοινοβούλιο,"),
    ("Европейски парламент", "ПРИЕТИ ТЕКСТОВЕ", "Доклад за Турция за 2029 г.",
     "Резолюция на Европейския парламент от 13 септември 2030 г. относно доклада за Турция за 2029 г.",
     "Европейският парламент,"),
    ("Europäisches Parlament", "ANGENOMMENE TEXTE", "Bericht 2029 über die Türkei",
     "Entschließung des Europäischen Parlaments vom 13. September 2030 zu dem Bericht 2029 über die Türkei",
     "Das Europäische Parlament,"),
    ("Parlamento europeo", "TESTI APPROVATI", "Relazione 2029 sulla Turchia",
     "Risoluzione del Parlamento europeo del 13 settembre 2030 sulla relazione 2029 sulla Turchia",
     "Il Parlamento europeo,"),
    ("Parlament Europejski", "TEKSTY PRZYJĘTE", "Sprawozdanie na temat Turcji za 2029 r.",
     "Rezolucja Parlamentu Europejskiego z dnia 13 września 2030 r. w sprawie sprawozdania na temat Turcji",
     "Parlament Europejski,"),
    ("Az Európai Parlament", "ELFOGADOTT SZÖVEGEK", "A Törökországról szóló 2029. évi jelentés",
     "Az Európai Parlament 2030. szeptember 13-i állásfoglalása a Törökországról szóló 2029. évi jelentésről",
     "Az Európai Parlament,"),
    ("Europos Parlamentas", "PRIIMTI TEKSTAI", "2029 m. ataskaita dėl Turkijos",
     "2030 m. rugsėjo 13 d. Europos Parlamento rezoliucija dėl 2029 m. ataskaitos dėl Turkijos",
     "Europos Parlamentas,"),
])
def test_the_european_parliaments_texts_in_the_unions_languages(masthead, adopted, short, full, preamble):
    masthead = masthead.removeprefix("Az ")  # (the masthead names it without the article)
    r = enrich([f"{masthead}\n2024-2029\n\n{adopted}\n\nP10_TA(2030)0009\n{short}\n{full} (2029/2205(INI))\n\n"
                f"{preamble}\n\n– (SWD(2029)0696),\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == \
        (short, "resolution", "EU", "European Parliament")
    # a preamble's citation of another resolution inside its line makes none (its first line,
    # the Parliament's name alone, makes one: test_a_parliament_text_without_its_full_title_...)
    assert enrich([f"{masthead}\n\nNota\n\n– SWD(2029)0696, ({full}),\n"]).doc_type is None


@pytest.mark.parametrize("cover, title, doc_type", [
    # a summary record in Russian: the line where the meeting was held is no part of the
    # title, though the title's line ends in a comma (was joined), and it is a summary
    # record (the phrase's й, folded to и, never matched: no type)
    ("Организация Объединенных Наций\n\nCERD/C/SR.2999\n\nМеждународная конвенция о ликвидации всех форм расовой "
     "дискриминации\n\nDistr.: General\n\n28 February 2030\n\nRussian\n\nOriginal: French\n\nКомитет по ликвидации "
     "расовой дискриминации\n\nВосемьдесят третья сессия\n\nКраткий отчет о 2999-м заседании,\nсостоявшемся во Дворце "
     "Вильсона в Женеве\nв понедельник, 26 августа 2029 года, в 15 ч. 00 м.\n\nПредседатель: г-н Петров\n\nСодержание\n",
     "Краткий отчет о 2999-м заседании", "summary-record"),
    # ... in French: the Convention's name and the session in words are furniture (were the title)
    ("Nations Unies\n\nCERD/C/SR.2999\n\nConvention internationale sur l’élimination de toutes les formes de "
     "discrimination raciale\n\nDistr. générale\n\n28 février 2030\n\nOriginal : français\n\nComité pour "
     "l’élimination de la discrimination raciale\n\nQuatre-vingt-troisième session\n\nCompte rendu analytique de la "
     "2999e séance\nTenue au Palais Wilson, à Genève, le lundi 26 août 2029, à 15 heures\n\nPrésident : M. Dupont\n",
     "Compte rendu analytique de la 2999e séance", "summary-record"),
    ("Nations Unies\n\nCAT/C/FRA/CO/9\n\nConvention contre la torture et autres peines ou traitements cruels, "
     "inhumains ou dégradants\n\nDistr. générale\n\n3 juin 2030\n\nOriginal : français\n\nComité contre la torture"
     "\n\nObservations finales concernant le neuvième rapport périodique d’Exampleland*\n\n1. Le Comité a examiné le "
     "rapport.\n", "Observations finales concernant le neuvième rapport périodique d’Exampleland", "concluding-observations"),
    # views in Russian are a decision, dated by the meeting, not by the communication's filing
    ("CCPR/C/138/D/9999/2029\nКомитет по правам человека\nВосемьдесят четвертая сессия\nСоображения Комитета по правам человека согласно "
     "Факультативному протоколу к Международному пакту о гражданских и политических правах*\nСообщение № 9999/2029\n"
     "Представлено: N. N.\nГосударство-участник: Беларусь\nДата сообщения: 24 июля 2029 (первоначальное представление)\n"
     "Комитет по правам человека,\nСобравшись 26 июля 2030,\n", None, "decision"),
])
def test_un_covers_in_russian_and_french(cover, title, doc_type):
    r = enrich([cover], None, [detect_language(cover)])
    assert (r.doc_type.value, r.mechanism.value) == (doc_type, "UN")
    if title:
        assert r.title.value == title
    else:
        assert r.published.value == (dt.date(2030, 7, 26), "day")
        english = enrich(["CCPR/C/138/D/9999/2029\nViews adopted by the Committee under article 5 (4) of the Optional "
                          "Protocol\nSubmitted by: N. N.\nState party: Exampleland\nDate of communication: 24 July 2029 "
                          "(initial submission)\nThe Human Rights Committee,\nMeeting on 26 July 2030,\n"])
        assert english.published.value == (dt.date(2030, 7, 26), "day")


@pytest.mark.parametrize("text, body, doc_type", [
    # a treaty body named in Russian or Arabic, without a symbol (a site's copy): was civil
    # society's; and CAT's older "conclusions and recommendations" in Russian
    ("Выводы и рекомендации Комитета против пыток, Exampleland\n\nКОМИТЕТ ПРОТИВ ПЫТОК\n\nТридцать девятая сессия\n\n"
     "1. Комитет рассмотрел третий периодический доклад и принял следующие выводы и рекомендации.\n", "CAT",
     "concluding-observations"),
    ("Комитет по правам человека\n\nСоображения Комитета по правам человека согласно Факультативному протоколу\n\n"
     "Сообщение № 9999/2029\n", "CCPR", "decision"),
    ("لجنة مناهضة التعذيب\n\nالملاحظات الختامية بشأن التقرير الدوري الرابع\n\n١- نظرت اللجنة في التقرير الدوري.\n", "CAT",
     "concluding-observations"),
])
def test_a_treaty_body_named_in_russian_or_arabic(text, body, doc_type):
    r = enrich([text], None, [detect_language(text)])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("UN", body, doc_type)


@pytest.mark.parametrize("masthead, series, title, accompanying, communication", [
    # the Commission's report on Türkiye in Turkish and in the Union's other languages: was
    # titled by the series ("KOMİSYON ÇALIŞMA BELGESİ") or the Commission's name, about no State
    ("AVRUPA KOMİSYONU", "KOMİSYON ÇALIŞMA BELGESİ", "Türkiye 2030 Raporu", "Aşağıdaki belgeye eşlik eden",
     "KOMİSYONDAN AVRUPA PARLAMENTOSU'NA VE KONSEY'E BİLDİRİM"),
    ("EUROPÄISCHE KOMMISSION", "ARBEITSUNTERLAGE DER KOMMISSIONSDIENSTSTELLEN", "Bericht 2030 über die Türkei",
     "Begleitunterlage zum Dokument", "MITTEILUNG DER KOMMISSION AN DAS EUROPÄISCHE PARLAMENT UND DEN RAT"),
    ("ΕΥΡΩΠΑΪΚΗ ΕΠΙΤΡΟΠΗ", "ΕΓΓΡΑΦΟ ΕΡΓΑΣΙΑΣ ΤΩΝ ΥΠΗΡΕΣΙΩΝ ΤΗΣ ΕΠΙΤΡΟΠΗΣ", "Έκθεση του 2030 για την Τουρκία",
     "που συνοδεύει το έγγραφο", "ΑΝΑΚΟΙΝΩΣΗ ΤΗΣ ΕΠΙΤΡΟΠΗΣ ΠΡΟΣ ΤΟ ΕΥΡΩΠΑΪΚΟ ΚΟΙΝΟΒΟΥΛΙΟ"),
    ("COMISIÓN EUROPEA", "DOCUMENTO DE TRABAJO DE LOS SERVICIOS DE LA COMISIÓN", "Informe de 2030 sobre Turquía",
     "que acompaña al documento", "COMUNICACIÓN DE LA COMISIÓN AL PARLAMENTO EUROPEO Y AL CONSEJO"),
    ("KOMISJA EUROPEJSKA", "DOKUMENT ROBOCZY SŁUŻB KOMISJI", "Sprawozdanie za 2030 r. dotyczące Turcji",
     "towarzyszący dokumentowi", "KOMUNIKAT KOMISJI DO PARLAMENTU EUROPEJSKIEGO I RADY"),
])
def test_the_commissions_report_in_the_unions_languages_and_turkish(masthead, series, title, accompanying,
                                                                     communication):
    text = (f"{masthead}\n\nBrüssel, 8.11.2030\nSWD(2030) 696 final\n\n{series}\n\n{title}\n\n{accompanying}\n\n"
            f"{communication}\n\n{{COM(2030) 690 final}}\n")
    r = enrich([text], None, [detect_language(title + ". " + title)])
    assert (r.title.value, [c.value for c in r.subject_countries], r.body.value) == (title, ["TR"], "European Commission")
    # a country report, as the English one is by its word "report" (was untyped outside
    # English, French and Turkish)
    assert r.doc_type.value == "country-report"


def test_a_commission_staff_document_in_german_that_is_no_country_report():
    """The Commission's word for report under its series, with no year beside it on the
    title's line, is another staff document (an impact assessment's report)."""
    text = ("EUROPÄISCHE KOMMISSION\n\nBrüssel, den 8.11.2030\nSWD(2030) 700 final\n\nARBEITSUNTERLAGE DER "
            "KOMMISSIONSDIENSTSTELLEN\n\nBericht über die Folgenabschätzung\n\nBegleitunterlage zum Dokument\n\n"
            "Vorschlag für eine Verordnung des Europäischen Parlaments und des Rates\n")
    r = enrich([text], None, ["de"])
    assert r.title.value == "Bericht über die Folgenabschätzung"
    assert r.doc_type is None or r.doc_type.value != "country-report"


@pytest.mark.parametrize("line", ["Resolución aprobada por el Consejo de Derechos Humanos el 5 de julio de 2030",
                                  "Резолюция, принятая Советом по правам человека 5 июля 2030 года"])
def test_a_un_resolution_in_spanish_or_russian(line):
    """A resolution's heading in Spanish or Russian: was no type (its word folded,
    "resolucion", is not "resolution"); in running text the word cites one."""
    r = enrich([f"A/HRC/RES/68/7\n\nDistr. general\n\n{line}\n\n68/7. Derechos humanos\n\nEl Consejo,\n"])
    assert r.doc_type.value == "resolution"
    cited = enrich(["A/HRC/68/7\n\nInforme del Relator Especial\n\n1. El presente informe se presenta de conformidad con "
                    "la resolución 5/1 del Consejo de Derechos Humanos, que el Consejo aprobó en su sesión.\n"])
    assert cited.doc_type is None or cited.doc_type.value != "resolution"


@pytest.mark.parametrize("kind, number, language", [
    # the older views' cover: its kind alone ("VIEWS", "CONSTATATIONS") over the number, the
    # particulars' "date of initial letter": was titled "VIEWS", a statement (by "letter"), its
    # symbol run into the date on its line not read ("CCPR/C/96/D/1311/200421 August 2029")
    ("VIEWS", "Communication No. 1311/2028", "en"),
    ("CONSTATATIONS", "Communication no 1311/2028", "fr"),
])
def test_the_older_views_cover(kind, number, language):
    month, letter = ("August", "date of initial letter") if language == "en" else ("août", "date de la lettre initiale")
    text = (f"UNITED NATIONS\n\nCCPR\n\nInternational Covenant on Civil and Political Rights\n\nDistr.RESTRICTED*\n\n"
            f"CCPR/C/96/D/1311/202821 {month} 2029\n\nOriginal: ENGLISH\n\nHUMAN RIGHTS COMMITTEE\n\n{kind}\n\n{number}\n\n"
            f"Submitted by:\n\nA. B. (not represented by counsel)\n\nState party:\n\nExampleland\n\nDate of communication:\n\n"
            f"11 June 2028 ({letter})\n\nDate of adoption of Views:\n\n30 July 2029\n")
    r = enrich([text])
    assert (r.title.value, r.doc_type.value) == (number, "decision")
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "CCPR/C/96/D/1311/2028")]
    assert (r.published.value, r.adopted.value) == ((dt.date(2029, 8, 21), "day"), (dt.date(2029, 7, 30), "day"))


@pytest.mark.parametrize("cover", [
    # a State's national report to the review in Turkish (the UN's translation of its cover,
    # the Ministry's own title): was a UPR report, by the review's name beside it
    "Birleşmiş Milletler\n\nA/HRC/WG.6/68/EXL/1\n\nGenel Kurul\n\nDağıtım: Genel\n5 Kasım 2030\n\nİnsan Hakları Konseyi\n"
    "Evrensel Periyodik İnceleme Çalışma Grubu\nAltmış sekizinci oturum\n\nİnsan Hakları Konseyi 16/21 sayılı Kararı Eki "
    "5. Paragrafı Uyarınca Sunulan Ulusal Rapor*\n\nExampleland\n\nI. Giriş\n\n1. Rapor hazırlanmıştır.\n",
    "EXAMPLELAND\n\nEVRENSEL PERİYODİK İNCELEME\n\nDÖRDÜNCÜ DÖNEM ULUSAL RAPORU\n\nOcak 2030\n\nGiriş\n\n1. Bu rapor "
    "hazırlanmıştır.\n",
])
def test_a_states_national_report_to_the_review_in_turkish(cover):
    r = enrich([cover], None, ["tr"])
    assert (r.body.value, r.doc_type.value) == ("UPR", "state-report")


def test_the_review_by_its_other_turkish_name():
    """Turkish translations call the review "Evrensel Periyodik Değerlendirme" as well as
    "... İnceleme": the Working Group's report so named was civil society's, untyped."""
    r = enrich(["İnsan Hakları Konseyi\nEvrensel Periyodik Değerlendirme Çalışma Grubu\nSekizinci oturum\n\nEvrensel "
                "Periyodik Değerlendirme Çalışma Grubu Raporu\n\nExampleland\n\nGiriş\n\n1. Çalışma Grubu sekizinci "
                "oturumunu yapmıştır.\n"], None, ["tr"])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("UN", "UPR", "upr-report")


@pytest.mark.parametrize("cover", [
    # a body's report on its session, whatever resolutions and decisions its contents list
    # (was a decision), its cover's symbol and date in a table a converter drew
    "| | |A/HRC/68/2 |\n\n| |Advance unedited version |Distr.: General |\n\n| | |22 July 2030 |\n\nHuman Rights Council\n\n"
    "Sixty-eighth session\n\nAgenda item 1\n\nOrganizational and procedural matters\n\nReport of the Human Rights Council "
    "on its sixty-eighth session\n\nContents\n\nPart One: Resolutions, decisions and President’s statements adopted by "
    "the Human Rights Council\n\nI. Resolutions 5\n\nII. Decisions 7\n",
    "Rapport du Conseil des droits de l’homme sur sa soixante-huitième session\n\nTable des matières\n\nI. Résolutions\n\n"
    "II. Décisions\n",
    "Informe del Comité sobre su 45º período de sesiones\n\nÍndice\n\nI. Decisiones adoptadas\n",
])
def test_a_bodys_report_on_its_session(cover):
    r = enrich([cover])
    title = next(line for line in cover.split("\n") if line.startswith(("Report", "Rapport", "Informe")))
    assert (r.doc_type.value, r.title.value) == ("report", title)


@pytest.mark.parametrize("page_title, language, title", [
    # the Parliament's pages are titled by the series, the text's title and the sitting's
    # day, in every language: the title is the text's (was the whole line)
    ("Texts adopted - 2029 Report on Türkiye - Wednesday, 13 March 2030", "en", "2029 Report on Türkiye"),
    ("Testi approvati - Relazione 2029 sulla Turchia - Mercoledì 13 marzo 2030", "it", "Relazione 2029 sulla Turchia"),
    ("Κείμενα που εγκρίθηκαν - Έκθεση του 2029 για την Τουρκία - Τετάρτη 13 Μαρτίου 2030", "el",
     "Έκθεση του 2029 για την Τουρκία"),
    # other pages' titles stay whole: a kind before the title, a date after it
    ("Press release - Exampleland must release the journalists", "en",
     "Press release - Exampleland must release the journalists"),
    ("Statement on the verdict - 10 December 2029", "en", "Statement on the verdict - 10 December 2029"),
])
def test_a_parliament_pages_title_without_its_series_and_day(page_title, language, title):
    text = "Il Parlamento europeo,\n\n– vista la relazione della Commissione,\n\n1. osserva che il dialogo continua.\n"
    r = enrich([text], {"page_title": page_title}, [language])
    assert r.title.value == title


@pytest.mark.parametrize("preamble, language", [("The European Parliament,", "en"), ("Il Parlamento europeo,", "it"),
                                               ("Το Ευρωπαϊκό Κοινοβούλιο,", "el"), ("Parlament Europejski,", "pl")])
def test_a_parliament_text_without_its_full_title_is_a_resolution_by_its_preamble(preamble, language):
    """A copy of a text the Parliament adopted that lost its full title ("European Parliament
    resolution of ..."), its page titled by the series ("Texts adopted - 2029-2030 Reports
    on Exampleland - ..."): it was a country report in English, untyped in Italian; its
    preamble's first line, the Parliament's name alone, makes it a resolution, in any
    language. A news item saying what the Parliament did, the name inside its sentence, is none."""
    text = (f"Texts adopted - 2029-2030 Reports on Exampleland - Wednesday, 19 May 2031\n\n{preamble}\n\n– having "
            "regard to the Commission communication of 6 October 2030 on EU enlargement policy,\n\n1. Notes that the "
            "dialogue continues.\n")
    assert enrich([text], None, [language]).doc_type.value == "resolution"
    news = ("2029-2030 Reports on Exampleland\n\nThe European Parliament, meeting in Strasbourg, adopted the reports "
            "on Wednesday.\n")
    r = enrich([news], None, ["en"])
    assert r.doc_type is None or r.doc_type.value != "resolution"


def test_the_parliaments_and_the_commissions_names_are_their_bodies_cues():
    """The names the title rules take for furniture (ingest.enrich.eu_languages) are the
    bodies' cues in the taxonomy, which the mechanism reads: one list kept twice must agree."""
    from archive import taxonomy
    from ingest.enrich.eu_languages import COMMISSION_LANGUAGES, LANGUAGES

    bodies = taxonomy.load().bodies
    for key, names in (("European Parliament", [w.name for w in LANGUAGES]),
                       ("European Commission", [w.name for w in COMMISSION_LANGUAGES])):
        cues = {cue.lower() for cue in bodies[key].cues}
        assert [name for name in names if name.lower() not in cues] == [], key
    greek = enrich(["Ευρωπαϊκό Κοινοβούλιο\n\nΈκθεση 2029 για την Τουρκία\n\nΤο Ευρωπαϊκό Κοινοβούλιο,\n"], None, ["el"])
    assert (greek.mechanism.value, greek.body.value) == ("EU", "European Parliament")


@pytest.mark.parametrize("cover, title", [
    # a summary record in French and Spanish: titled by its own line, not the report it
    # considered (was "Rapport initial de l'Exampleland (suite)"), about the State whose
    # report it is (was none in Spanish), and not "adopted" on the day of the meeting its
    # heading's "Compte rendu" names (read as "rendu", delivered)
    ("Nations Unies\n\nE/C.12/2030/SR.4\n\nConseil économique et social\n\nDistr. générale\n\n3 novembre 2030\n\n"
     "Original : français\n\nComité des droits économiques, sociaux et culturels\n\nQuarante-sixième session\n\n"
     "Compte rendu analytique de la 4e séance\nTenue au Palais Wilson, à Genève, le mardi 3 mai 2030, à 15 heures\n\n"
     "Président : M. Dupont\n\nSommaire\n\nExamen des rapports\n\nRapport initial de la Turquie (suite)\n\n"
     "La séance est ouverte à 15 h 10.\n", "Compte rendu analytique de la 4e séance"),
    ("Naciones Unidas\n\nE/C.12/2030/SR.4\n\nConsejo Económico y Social\n\nDistr. general\n\n3 de noviembre de 2030\n\n"
     "Original: francés\n\nComité de Derechos Económicos, Sociales y Culturales\n\n46º período de sesiones\n\n"
     "Acta resumida de la cuarta sesión\n\nCelebrada en el Palais Wilson, Ginebra, el martes 3 de mayo de 2030\n\n"
     "Sumario\n\nExamen de los informes\n\nInforme inicial de Turquía (continuación)\n\nSe declara abierta la sesión.\n",
     "Acta resumida de la cuarta sesión"),
])
def test_a_summary_record_in_french_and_spanish(cover, title):
    r = enrich([cover], None, [detect_language(cover)])
    assert (r.title.value, [c.value for c in r.subject_countries], r.doc_type.value) == (title, ["TR"], "summary-record")
    assert r.adopted is None


def test_a_states_report_on_a_french_cover():
    """"Rapports initiaux des États parties" / "Turquie*": a State's report (was no type, as
    its English and Spanish covers were not)."""
    cover = ("Nations Unies\n\nCCPR/C/TUR/1\n\nPacte international relatif aux droits civils et politiques\n\nDistr. "
             "générale\n\n10 novembre 2030\n\nOriginal : anglais\n\nComité des droits de l’homme\n\nExamen des rapports "
             "soumis par les États parties en application de l’article 40 du Pacte\n\nRapports initiaux des États parties"
             "\n\nTurquie*\n\n[16 juillet 2030]\n")
    r = enrich([cover], None, ["fr"])
    assert (r.title.value, r.doc_type.value, [c.value for c in r.subject_countries]) == \
        ("Rapports initiaux des États parties: Turquie", "state-report", ["TR"])
    # ... and a list of issues on a Spanish or Russian cover (was no type)
    for title in ("Lista de cuestiones relativa al informe inicial de Turquía", "Перечень вопросов в связи с первоначальным "
                  "докладом Турции"):
        listed = enrich([f"CCPR/C/TUR/Q/1\n\nDistr. general\n\n{title}*\n\nMarco constitucional\n"])
        assert (listed.title.value, listed.doc_type.value) == (title, "list-of-issues")


@pytest.mark.parametrize("cover, title", [
    # the kind and its author on one line in capitals, the title going on over blocks (was
    # cut after the author's office), in English and French
    ("CommDH(2030)1\n\nStrasbourg, 19 February 2030\n\nREPORT BY AYŞE EXAMPLE\nCOMMISSIONER FOR HUMAN RIGHTS OF THE "
     "COUNCIL OF EUROPE\n\nFOLLOWING HER VISIT TO TÜRKİYE\n\nFROM 1 TO 5 JULY 2029\n\nSummary\n\nThe Commissioner "
     "visited Türkiye from 1 to 5 July 2029.\n",
     "REPORT BY AYŞE EXAMPLE COMMISSIONER FOR HUMAN RIGHTS OF THE COUNCIL OF EUROPE FOLLOWING HER VISIT TO TÜRKİYE "
     "FROM 1 TO 5 JULY 2029"),
    ("CommDH(2030)1\n\nStrasbourg, le 19 février 2030\n\nRAPPORT DE AYŞE EXAMPLE\nCOMMISSAIRE AUX DROITS DE L'HOMME DU "
     "CONSEIL DE L'EUROPE\n\nSUITE À SA VISITE EN TÜRKİYE\n\nDU 1er AU 5 JUILLET 2029\n\nRésumé\n\nLa Commissaire "
     "s’est rendue en Türkiye du 1er au 5 juillet 2029.\n",
     "RAPPORT DE AYŞE EXAMPLE COMMISSAIRE AUX DROITS DE L'HOMME DU CONSEIL DE L'EUROPE SUITE À SA VISITE EN TÜRKİYE"),
])
def test_a_report_by_its_author_in_capitals_over_blocks(cover, title):
    r = enrich([cover])
    assert (r.title.value, r.doc_type.value, [c.value for c in r.subject_countries]) == (title, "visit-report", ["TR"])
    # (she went, "s'est rendue", to the country: no judgment "rendu", delivered, that day)
    assert r.adopted is None


def test_a_un_cover_in_russian_and_a_copy_without_its_masthead():
    """A State's report to a treaty body in Russian was titled by the State alone, the line
    with the cover's footnote mark ("Турция *"), and untyped; a copy of a UPR report whose
    first page lost the "United Nations" masthead and the symbol (a site's copy, under its
    own labels) was titled by the site's label."""
    cover = ("Организация Объединенных Наций\n\nCERD/C/TUR/7-9\n\nМеждународная конвенция о ликвидации всех форм расовой "
             "дискриминации\n\nDistr.:\n\n17 April 2030\n\nRussian\n\nOriginal:\n\nКомитет по ликвидации расовой "
             "дискриминации\n\nРассмотрение докладов, представляемых государствами-участниками в соответствии со статьей 9 "
             "Конвенции\n\nОбъединенные седьмой−девятый периодические доклады государств-участников, подлежащие "
             "представлению в 2029 году\n\nТурция *\n\n[Дата получения: 10 февраля 2030 года]\n\nСодержание\n")
    r = enrich([cover], None, ["ru"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (
        "Объединенные седьмой−девятый периодические доклады государств-участников, подлежащие представлению в 2029 "
        "году: Турция", "state-report", "CERD")
    copy = ("Original HRC document\n\nPDF\n\nDocument Type: Final Report\n\nDate: 2030 Jun\n\nGE.30-14495\n\n"
            "Human Rights Council Fifty-fifth session Agenda item 6 Universal Periodic Review\n\n"
            "Report of the Working Group on the Universal Periodic Review*\n\nTürkiye\n\n* Previously issued under "
            "document symbol A/HRC/WG.6/48/L.12. The annex to the present\n\nreport is circulated as received.\n\n"
            "Contents Paragraphs Page\n")
    r = enrich([copy])
    assert (r.title.value, [t.value for t in r.subject_countries]) == (
        "Report of the Working Group on the Universal Periodic Review: Türkiye", ["TR"])


@pytest.mark.parametrize("cover, title, doc_type, subject", [
    # the UN's Spanish covers were titled by their session's or date's line ("60º período de
    # sesiones", "20 de julio de 2030"), or by the Council's name
    ("Naciones Unidas\n\nCRC/C/TUR/CO/4-5\n\nConvención sobre los Derechos del Niño\n\nDistr. general\n\n20 de julio de "
     "2030\n\nEspañol\n\nOriginal: inglés\n\nComité de los Derechos del Niño\n\n90º período de sesiones\n\n29 de mayo a 15 "
     "de junio de 2030\n\nExamen de los informes presentados por los Estados partes en virtud del artículo 44 de la "
     "Convención\n\nObservaciones finales: Turquía\n\n1. El Comité examinó los informes periódicos cuarto y quinto "
     "combinados de Turquía en sus sesiones, y aprobó las siguientes observaciones finales.\n",
     "Observaciones finales: Turquía", "concluding-observations", ["TR"]),
    ("Naciones Unidas\n\nE/C.12/TUR/CO/2\n\nConsejo Económico y Social\n\nDistr. general\n\n12 de julio de 2030\n\n"
     "Español\n\nOriginal: inglés\n\nComité de Derechos Económicos, Sociales y Culturales\n\nObservaciones finales del "
     "Comité de Derechos Económicos, Sociales y Culturales\n\nTurquía\n\n1. El Comité examinó el segundo informe "
     "periódico de Turquía en sus sesiones y aprobó las observaciones finales que figuran a continuación.\n",
     "Observaciones finales del Comité de Derechos Económicos, Sociales y Culturales: Turquía", "concluding-observations",
     ["TR"]),
    ("Naciones Unidas\n\nE/C.12/2030/SR.4\n\nConsejo Económico y Social\n\nDistr. general\n\n3 de noviembre de 2030\n\n"
     "Español\n\nOriginal: francés\n\nComité de Derechos Económicos, Sociales y Culturales\n\n86º período de sesiones\n\n"
     "Acta resumida de la cuarta sesión\n\nCelebrada en el Palais Wilson, Ginebra, el martes 3 de mayo de 2030\n",
     "Acta resumida de la cuarta sesión", "summary-record", []),
    # a decision on a complaint: its State party named in Spanish (was about no State)
    ("Naciones Unidas\n\nCAT/C/85/D/999/2029\n\nConvención contra la Tortura y Otros Tratos o Penas Crueles, Inhumanos o "
     "Degradantes\n\nDistr. reservada*\n\n3 de diciembre de 2030\n\nEspañol\n\nOriginal: inglés\n\nComité contra la "
     "Tortura\n\n85º período de sesiones\n\n1º a 19 de noviembre de 2030\n\nDecisión\n\nComunicación Nº 999/2029\n\n"
     "Presentada por: X (representado por un abogado)\n\nEstado parte: Suecia\n\nAsunto: Deportación del autor de la queja "
     "a Turquía\n", "Comunicación Nº 999/2029", "decision", ["SE"]),
    # ... with its particulars and the annex's heading under them: the number on the cover
    # (was the annex's heading, cut at its line's end: "Decisión del Comité ... relativa a la")
    ("Naciones Unidas\n\nCAT/C/85/D/999/2029\n\nConvención contra la Tortura\n\nDistr. reservada*\n\n3 de diciembre de "
     "2030\n\nEspañol\n\nOriginal: inglés\n\nComité contra la Tortura\n\n85º período de sesiones\n\nDecisión\n\n"
     "Comunicación Nº 999/2029\n\nPresentada por: X\n\nEstado parte: Suecia\n\nFecha de la presente decisión: 19 de "
     "noviembre de 2030\n\n[Anexo]\n\nAnexo\n\nDecisión del Comité contra la Tortura adoptada a tenor del artículo 22 de "
     "la Convención—85º período de sesiones—\n\nrelativa a la\n\nComunicación Nº 999/2029\n\nPresentada por: X\n",
     "Comunicación Nº 999/2029", "decision", ["SE"]),
])
def test_the_uns_spanish_covers(cover, title, doc_type, subject):
    r = enrich([cover], None, ["es"])
    assert (r.title.value, r.doc_type.value, [t.value for t in r.subject_countries]) == (title, doc_type, subject)


@pytest.mark.parametrize("page, title", [
    # the UN's French pages: their labels were the title
    ("Skip to main content\n\nCommuniqués de presse Organes conventionnels\n\nLe Comité des droits de l'enfant examine le "
     "rapport de la Turquie\n\n01 Juin 2030\n\nComité des droits de l'enfant\n\nLe Comité a examiné aujourd'hui le rapport "
     "de la Turquie sur les mesures prises par ce pays en vue de mettre en œuvre la Convention.\n",
     "Le Comité des droits de l'enfant examine le rapport de la Turquie"),
    ("En cours au Siège de l'ONU\n\nDH/G/937\n\nLA SOUS-COMMISSION POURSUIT SON DÉBAT SUR LES DROITS DE L'HOMME\n\n7 août "
     "2030\n\nCommuniqué de Presse\n\nGenève, 7 août -- La Sous-Commission a poursuivi, ce matin, son débat sur la question "
     "de la violation des droits de l'homme.\n", "LA SOUS-COMMISSION POURSUIT SON DÉBAT SUR LES DROITS DE L'HOMME"),
    # "skip to main content" in Arabic and Russian, and a meeting summary's label in French
    ("تجاوز إلى المحتوى الرئيسي\n\nExamen de la Türkiye au Comité des travailleurs migrants\n\nCompte rendu de séance\n\n"
     "Le Comité a examiné, hier après-midi et ce matin, le rapport présenté par la Türkiye au titre de la Convention.\n",
     "Examen de la Türkiye au Comité des travailleurs migrants"),
    ("Перейти к основному содержанию\n\nЭксперты обсудили доклад Турции\n\nКомитет рассмотрел сегодня доклад Турции о "
     "мерах, принятых для осуществления положений Конвенции.\n", "Эксперты обсудили доклад Турции"),
])
def test_the_uns_pages_in_other_languages_around_a_title(page, title):
    assert enrich([page]).title.value == title


def test_an_arabic_summary_record():
    # (was titled by the Committee's name, untyped)
    cover = ("الأمم المتحدة\n\nCCPR/C/SR.3999\n\nDistr.: General\n\n22 November 2030\n\nArabic\n\nOriginal: French\n\n"
             "اللجنة المعنية بحقوق الإنسان\n\nالدورة الخمسون بعد المائة\n\nمحضر موجز للجلسة 3999\n\nالمحتويات\n")
    r = enrich([cover], None, ["ar"])
    assert (r.title.value, r.doc_type.value, r.body.value) == ("محضر موجز للجلسة 3999", "summary-record", "CCPR")


@pytest.mark.parametrize("page, title", [
    # the Council of Europe's news pages: the site's "Back" link in the page's language, run
    # into the title or on a line of its own (was part of the title, or the title), its page
    # tools ("Diminuer la taille du texte", ...)
    ("Retour Le Comité anti-torture publie deux rapports concernant la Turquie\n\nLe Comité publie aujourd'hui les "
     "rapports relatifs aux visites qu'il a effectuées en Turquie en 2029 et en 2030.\n",
     "Le Comité anti-torture publie deux rapports concernant la Turquie"),
    ("  • Diminuer la taille du texte\n  • Augmenter la taille du texte\n  • Imprimer la page\n  • Imprimer en PDF\nRetour\n\n"
     "La Turquie autorise la publication d'un rapport du Comité\n\nLe Gouvernement turc a autorisé la publication "
     "du rapport élaboré suite à la visite du Comité en octobre 2030.\n",
     "La Turquie autorise la publication d'un rapport du Comité"),
    ("Επιστροφή CPT publishes report on Türkiye\n\nThe Committee has published today the report on its ad hoc visit to "
     "Türkiye, together with the response of the Government.\n", "CPT publishes report on Türkiye"),
    # (in the site's other languages: Slovak "Späť", Czech "Zpět", Romanian "Înapoi", ...)
    ("Späť Commissioner visits Türkiye to discuss the situation of asylum seekers\n\nStrasbourg, 25.06.2030 - The "
     "Commissioner will start on Sunday a six day visit to the country.\n",
     "Commissioner visits Türkiye to discuss the situation of asylum seekers"),
    # a title that begins with such a word in small letters, or with "Geri" (a word of Turkish
    # titles: "Geri Gönderme Merkezleri ..."), keeps it
    ("Geri Gönderme Merkezleri Raporu\n\nRaporda merkezlerdeki koşullar ve yapılan ziyaretler anlatılmaktadır, kurumun "
     "önerileriyle birlikte.\n", "Geri Gönderme Merkezleri Raporu"),
])
def test_a_sites_back_link_is_no_part_of_a_title(page, title):
    assert enrich([page]).title.value == title


def test_a_parliament_document_page_with_its_procedure_side_bar():
    """The Parliament's page of a text adopted, as its text gives it: the procedure's side
    bar was the title ("Index Previous Next Full text Procedure : ...")."""
    page = ("Index \n Previous \n Next \n Full text \nProcedure : 2030/2150(INI)\nDocument stages in plenary\n"
            "Document selected : A9-0091/2031\n\nTexts tabled :\n\nA9-0091/2031\n\nDebates :\n\nPV 12/03/2031 - 16\n"
            "CRE 12/03/2031 - 16\n\nVotes :\n\nPV 13/03/2031 - 19.12\nExplanations of votes\n\nTexts adopted :\n\n"
            "P9_TA(2031)0200\n\nTexts adopted\nPDF 156kWORD 60k\nThursday, 13 March 2031 - Strasbourg\n"
            "2030 Report on Türkiye\nP9_TA(2031)0200A9-0091/2031\n\nEuropean Parliament resolution of 13 March 2031 on "
            "the 2030 Commission Report on Türkiye (2030/2150(INI))\n\nThe European Parliament,\n\n–  having regard to its "
            "previous resolutions on Türkiye,\n")
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.body.value, r.published.value) == (
        "2030 Report on Türkiye", "resolution", "European Parliament", (dt.date(2031, 3, 13), "day"))


@pytest.mark.parametrize("page, title", [
    # (its side bar in another of the Parliament's languages: was "Menettely : 2030/2150(INI)
    # Elinkaari istunnossa"; the text's title under the sitting's day and place)
    ("Hakemisto \n Edellinen \n Seuraava \n Koko teksti \nMenettely : 2030/2150(INI)\nElinkaari istunnossa\n"
     "Asiakirjan elinkaari : A9-0091/2031\n\nKäsiteltäväksi jätetyt tekstit :\n\nA9-0091/2031\n\nKeskustelut :\n\n"
     "PV 12/03/2031 - 16\nCRE 12/03/2031 - 16\n\nHyväksytyt tekstit :\n\nP9_TA(2031)0200\n\nHyväksytyt tekstit\n"
     "PDF 211kWORD 75k\nTorstai 13. maaliskuuta 2031 - Strasbourg\nEsimerkkimaata koskeva vuoden 2030 kertomus\n"
     "P9_TA(2031)0200A9-0091/2031\n\nEuroopan parlamentin päätöslauselma 13. maaliskuuta 2031 Esimerkkimaata "
     "koskevasta komission vuoden 2030 kertomuksesta (2030/2150(INI))\n", "Esimerkkimaata koskeva vuoden 2030 kertomus"),
    # (a motion: its kind in capitals over the downloads, its date and numbers under them; was
    # "Postopek : 2030/2898(RSP) Potek postopka na zasedanju")
    ("Postopek : 2030/2898(RSP)\nPotek postopka na zasedanju\nPotek postopka za dokument : B9-0442/2031\n\n"
     "Razprave :\n\nPV 13/04/2031 - 17\nCRE 13/04/2031 - 17\n\nPREDLOG RESOLUCIJE\nPDF 385kWORD 148k\n5.4.2031\n"
     "PE579.859v01-00\n \nB9-0442/2031\n\nob zaključku razprave o izjavah Sveta in Komisije\n\n"
     "o poročilu o Primerlandiji za leto 2030 (2030/2898(RSP))\n", "PREDLOG RESOLUCIJE"),
    # (a verbatim report: its item under the sitting, without the item's number or the video's
    # link; was "Video of the speeches", or a speaker's first words)
    (" Full text \nProcedure : 2030/2205(INI)\nDocument stages in plenary\nDocument selected : A9-0247/2031\n\n"
     "Debates :\n\nPV 12/09/2031 - 19\nCRE 12/09/2031 - 19\n\nVerbatim report of proceedings\nXML 78k\n"
     "Tuesday, 12 September 2031 - Strasbourg\n\n19. 2030 Report on Exampleland (debate)\nVideo of the speeches\n\n"
     "  Der Präsident. – Als nächster Punkt der Tagesordnung folgt die Aussprache über den Bericht.\n",
     "2030 Report on Exampleland (debate)"),
    # (a dossier's page on another site: "BETA" over it, its fields under it)
    ("BETA\n\n\n2030/2205(INI) 2030 Commission Report on Exampleland\nNext event: Indicative plenary sitting date "
     "2031/09/11\n\nProgress: Awaiting Parliament's vote\n\nThe Committee on Foreign Affairs adopted an own-initiative "
     "report on the 2030 Commission Report on Exampleland.\n", "2030/2205(INI) 2030 Commission Report on Exampleland"),
])
def test_a_parliament_document_page_in_any_of_its_languages(page, title):
    assert enrich([page]).title.value == title


def test_published_on_inside_a_sentence_dates_another_text():
    # (the news item was dated by the report it tells of)
    page = ("The Committee's findings on Türkiye\n12 June 2030\nThe Committee's report on its visit, which was published on "
            "3 May 2030 after the Government agreed, finds that conditions in custody have improved.\n")
    assert enrich([page]).published.value == (dt.date(2030, 6, 12), "day")
    assert enrich(["A report\nPublished on 3 May 2030\nThe text.\n"]).published.value == (dt.date(2030, 5, 3), "day")


@pytest.mark.parametrize("page, language", [
    # concluding observations as an index's copy gives them, without their cover: the
    # committee is the one whose symbols they cite (were civil society's)
    ("* Adopted by the Committee at its ninetieth session (3-21 July 2030).\n\nConcluding observations on the ninth "
     "periodic report of Türkiye*\n\n1. The Committee considered the ninth periodic report of Türkiye (CEDAW/C/TUR/9) at "
     "its meetings (see CEDAW/C/SR.2415 and 2416), held on 13 July 2030.\n", "en"),
    ("* Aprobadas por el Comité en su 90º período de sesiones.\n\nObservaciones finales sobre el noveno informe periódico "
     "de Turquía*\n\nEl Comité examinó el noveno informe periódico de Turquía (CEDAW/C/TUR/9) en sus sesiones 2415ª y "
     "2416ª (véanse CEDAW/C/SR.2415 y 2416).\n", "es"),
])
def test_a_treaty_bodys_text_without_its_cover_is_the_committee_whose_symbols_it_cites(page, language):
    r = enrich([page], None, [language])
    assert (r.mechanism.value, r.body.value, r.doc_type.value, [t.value for t in r.subject_countries]) == (
        "UN", "CEDAW", "concluding-observations", ["TR"])
    # (a civil society text citing two committees' symbols names neither)
    r = enrich(["Our comments on the reviews\nThe organisation comments on the concluding observations (CEDAW/C/TUR/CO/9) "
                "and on those of another committee (CAT/C/TUR/CO/5), published the same year, point by point below.\n"])
    assert r.body is None


def test_an_ecri_report_in_turkish_and_one_whose_reader_lost_a_word():
    """A Turkish translation's note of its language and ECRI's Turkish name were the title
    (about no country; the page of an association quoting the name was the EU Commission's,
    whose Turkish name ends ECRI's); a reader that lost the country of the first title line
    ("ECRI REPORT ON") gave the title cut."""
    cover = ("CRI(2031)37\nVersion turque\nTurkish version\n\nIRKÇILIĞA VE HOŞGÖRÜSÜZLÜĞE KARŞI AVRUPA KOMİSYONU (ECRI)\n\n"
             "TÜRKİYE RAPORU\n(yedinci izleme dönemi)\n\nKabul tarihi 29 Haziran 2031\nYayımlanma tarihi 4 Ekim 2031\n\n"
             "ECRI Secretariat\nCouncil of Europe\n")
    r = enrich([cover])
    assert (r.title.value, r.body.value, [t.value for t in r.subject_countries]) == (
        "TÜRKİYE RAPORU (yedinci izleme dönemi)", "ECRI", ["TR"])
    assert (r.published.value, r.adopted.value) == ((dt.date(2031, 10, 4), "day"), (dt.date(2031, 6, 29), "day"))
    cut = ("CRI(2031)37\n\nECRI REPORT ON\n\n(seventh monitoring cycle)\n\nAdopted on 29 June 2031\n\nPublished on 4 October "
           "2031\n\nECRI Secretariat Council of Europe\n\nECRI REPORT ON TÜRKİYE (seventh monitoring cycle)\n\n"
           "Adopted on 29 June 2031\n\nTABLE OF CONTENTS\n")
    assert enrich([cut]).title.value == "ECRI REPORT ON TÜRKİYE (seventh monitoring cycle)"
    page = ("Ana içeriğe atla\n\nIrkçılığa ve Hoşgörüsüzlüğe Karşı Avrupa Komisyonu (ECRI) Türkiye 7. İzleme Raporu\n\n"
            "Avrupa Konseyinin bağımsız uzmanlardan oluşan izleme kuruluşu, Türkiye hakkındaki yedinci raporunu yayımladı "
            "ve yetkililere önerilerde bulundu.\n")
    r = enrich([page])
    assert (r.title.value, r.body.value) == (
        "Irkçılığa ve Hoşgörüsüzlüğe Karşı Avrupa Komisyonu (ECRI) Türkiye 7. İzleme Raporu", "ECRI")


def test_an_act_in_the_official_gazette_and_a_pages_back_arrow():
    """The Gazette's masthead was the title ("Resmî Gazete"); the act's title in capitals,
    parted by a blank line, is the title. A back arrow and "Bu sayfayı yazdır" were part
    of a page's title."""
    page = ("23 Mayıs 2030 CUMARTESİ\n\nResmî Gazete\n\nSayı : 39364\n\nYÖNETMELİK\n\nÖrnek Bakanlığından:\n\n"
            "KAMU GÖREVİ SIRASINDA ENGELLİ HALE GELENLERE\n\nDESTEK ÖDENMESİ HAKKINDA YÖNETMELİK\n\nBİRİNCİ BÖLÜM\n\n"
            "Amaç, Kapsam ve Dayanak\n\nMADDE 1 – (1) Bu Yönetmeliğin amacı; ödenecek desteğe ilişkin usul ve esasları "
            "belirlemektir.\n")
    r = enrich([page])
    assert (r.title.value, r.published.value) == (
        "KAMU GÖREVİ SIRASINDA ENGELLİ HALE GELENLERE DESTEK ÖDENMESİ HAKKINDA YÖNETMELİK", (dt.date(2030, 5, 23), "day"))
    page = ("< < Kanal Projesinin Hukuki Yönünün Değerlendirmesi\n Bu sayfayı yazdır\n\nKanal Projesinin Hukuki Yönünün "
            "Değerlendirmesi\n\nYazan  27 Ocak 2030\n\nBoğazlar Orta Çağın başlangıcından itibaren dünya deniz ticaretinde "
            "önemli bir yer tutmuştur.\n")
    assert enrich([page]).title.value == "Kanal Projesinin Hukuki Yönünün Değerlendirmesi"
    # a law's title whose kind is on the line after "HAKKINDA" / "DAİR" (the kind alone is
    # furniture, but not there)
    assert enrich(["ÖRNEK KURUMLARA DAİR\nKANUN\n\nKanun No. 9999\nKabul Tarihi: 13/12/2030\n"]).title.value == (
        "ÖRNEK KURUMLARA DAİR KANUN")


@pytest.mark.parametrize("page, title, doc_type", [
    # the European Council's pages (were civil society's, untyped; an archived site's notice
    # and its breadcrumb run together were the title)
    ("Remarks by President Jean Example after the meeting of the EU heads of state or government with Türkiye\n\n"
     "European Council\n  • 18/03/2030\n  • 18:45\n  • Statements and remarks\n  • 151/30\nPress contacts\n\n"
     "Today, we have finally reached an agreement between the EU and Türkiye on the flow of irregular migration.\n",
     "Remarks by President Jean Example after the meeting of the EU heads of state or government with Türkiye",
     "statement"),
    ("This site has been archived on 28 of April 2031\n28/04/2031\nHomeResourcesNews from the EU2030> Statement of the EU Heads of "
     "State or Government\n\nStatement of the EU Heads of State or Government\n\nEU News 80/2030\n\n08/03/2030\nBrussels\n\n"
     "Following their meeting with the Prime Minister of Türkiye, the EU Heads of State or Government addressed the "
     "migration situation.\n", "Statement of the EU Heads of State or Government", "statement"),
])
def test_the_european_councils_pages(page, title, doc_type):
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (title, doc_type, "EU", "European Council")
    # (an archived site's notice and the date under it are the archiving's: the page is dated
    # by its own, was by the notice's)
    assert r.published.value == (dt.date(2030, 3, 18 if "18/03" in page else 8), "day")


@pytest.mark.parametrize("header", ["3/18/2030 EU-Türkiye statement, 18 March 2030 - Consilium",
                                    "18.03.2030 10:15 EU-Türkiye statement, 18 March 2030 | Consilium",
                                    "EU-Türkiye statement, 18 March 2030 - Consilium 18.03.2030 10:15"])
def test_a_web_page_printed_to_pdf_by_a_browser(header):
    """The browser's header (the date, the page's title and the site's name) was joined to
    the page's heading under it."""
    page1 = (f"{header}\nEU-Türkiye statement, 18 March 2030\nToday the Members of the European Council met with their "
             "Turkish counterpart. This was the third meeting dedicated to deepening relations.\n"
             "https://www.consilium.example/en/press/press-releases/2030/03/18/eu-turkiye-statement/ 1/3")
    page2 = (f"{header}\nThe EU and Türkiye today decided to end the irregular migration.\n"
             "https://www.consilium.example/en/press/press-releases/2030/03/18/eu-turkiye-statement/ 2/3")
    r = enrich([page1, page2])
    assert (r.title.value, r.body.value, r.published.value) == (
        "EU-Türkiye statement, 18 March 2030", "European Council", (dt.date(2030, 3, 18), "day"))
    # the header's date is the printing's, not the page's
    printed = "21.06.2031 10:15 Meeting of the heads of State or government with Türkiye - Consilium"
    r = enrich([f"{printed}\nMeeting with Türkiye\n7 March 2030\nThe leaders met today.\n"])
    assert (r.title.value, r.published.value) == ("Meeting with Türkiye", (dt.date(2030, 3, 7), "day"))


@pytest.mark.parametrize("link", ["Download the full report", "Raporu indir", "Télécharger le rapport complet"])
def test_a_link_to_the_file_is_no_part_of_a_title(link):
    # (a world report's chapter page was titled "Türkiye: Events of 2030 Download the full report")
    page = (f"Türkiye\nEvents of 2030\n{link}\nOn May 28, 2030, the President won a further term in office in a runoff "
            "election, after a campaign that observers called free but unfair.\n")
    assert enrich([page]).title.value == "Türkiye: Events of 2030"


def test_a_date_alone_on_its_line_dates_the_page_before_one_inside_a_sentence():
    # (a Council of Europe news page was dated by the report it announces)
    page = ("Réponse de la Turquie à un rapport du Comité\n\nDans une réponse publiée aujourd'hui, le Gouvernement "
            "s'exprime sur les questions soulevées par le Comité, suite à une visite en septembre 2029.\n\nDans son rapport "
            "sur la visite, publié le 24 avril 2030, le Comité évalue le traitement des personnes détenues.\n\n24/01/2031\n"
            "  • Diminuer la taille du texte\n")
    assert enrich([page]).published.value == (dt.date(2031, 1, 24), "day")


def test_a_constitutional_court_decision_under_its_information_form():
    """A law site prints the Court's information form over the decision: the form's heading
    was the title ("KARAR BİLGİ FORMU") and the application's date the document's."""
    page = ("KARAR BİLGİ FORMU\n\nI. KARAR KİMLİK BİLGİLERİ\nKararı Veren Birim\nİkinci Bölüm\nKarar Türü (BasvuruSonucu)\n"
            "Esas (İhlal)\nKünye\nBaşvuru Adı\nAYŞE ÖRNEK (2)\nBaşvuru No\n21481\nBaşvuru Tarihi\n30/3/2029\nKarar Tarihi\n"
            "14/2/2031\nResmi Gazete Tarihi\nII. BAŞVURU KONUSU\nBaşvuru, adli kontrol tedbiri nedeniyle kişi hürriyeti ve "
            "güvenliği hakkının ihlal edildiği iddiasına ilişkindir.\nIV. İLGİLİ HUKUK\n\nKARAR\n\nTÜRKİYE CUMHURİYETİ\n\n"
            "ANAYASA MAHKEMESİ\n\nİKİNCİ BÖLÜM\n\nKARAR\n\nAYŞE ÖRNEK BAŞVURUSU (2)\n\n(Başvuru Numarası: 2029/21481)\n\n"
            "Karar Tarihi: 14/2/2031\n")
    r = enrich([page])
    assert (r.title.value, r.published.value, r.body.value) == (
        "AYŞE ÖRNEK BAŞVURUSU (2)", (dt.date(2031, 2, 14), "day"), "Constitutional Court")
    # (a decision on a complaint: the complaint's date is not the decision's)
    r = enrich(["Decision\nCommunication No. 999/2029\nSubmitted by: X\nDate of complaint: 27 January 2029\n"
                "Date of present decision: 19 November 2030\n"])
    assert r.published.value == (dt.date(2030, 11, 19), "day")


def test_words_in_running_text_make_no_guide_nor_news():
    """A text that will "guide police officers", cites a ministry's handbook ("El
    Kitabı") or was "informed" ("haber verdi") was a `toolkit` or `news`; a site's labels
    over a speech ("TBMM", "YouTube") were its title."""
    r = enrich(["Police powers extended in the province\nThe ministry said the new rules would guide police officers "
                "during protests in the city, according to officials who spoke in 2030.\n"])
    assert r.doc_type is None or r.doc_type.value not in ("toolkit", "news")
    r = enrich(["Cezaevi izleme kurulu raporu 2030\nKurul, başvuruları Bakanlığa haber verdi ve Bakanlığın El Kitabı'na "
                "göre incelemenin yapılmadığını, yapılan başvuruların da aylarca yanıtsız kaldığını belirtti.\n"])
    assert r.doc_type.value == "country-report"
    assert enrich(["A Guide to Filing an Application\nThis text explains how to apply to the Court.\n"]).doc_type.value \
        == "toolkit"
    r = enrich(["22 Ekim 2030\n\nTBMM\n\nYouTube\n\nAYŞE ÖRNEK (Kocaeli) – Teşekkür ederim Sayın Başkan.\n"
                "Cezaevlerinde yaşanan ihlalleri bu kürsüden bir kez daha dile getiriyorum.\n"])
    assert r.title.value == "AYŞE ÖRNEK (Kocaeli) – Teşekkür ederim Sayın Başkan."


@pytest.mark.parametrize("text, doc_type", [
    # what a court decided, a committee's recommendation, a memorandum of understanding or a
    # judgment told of in an NGO's report (were `resolution`, `recommendation`, `memorandum`,
    # `judgment`), on a web page's long line or a PDF's short wrapped ones
    ("Cezaevleri İzleme Raporu 2030\nDernek, bu raporu her yıl yayımlamaktadır; mahkeme 2030 yılında tutukluluğun "
     "devamına karar verdi ve avukatların itirazları reddedildi, bu durum raporda anlatılmaktadır.\n", "country-report"),
    ("Annual report on prisons 2030\n\nThe association publishes this annual report each year, following a recommendation "
     "made by\nthe Committee in its review of the prison system in 2029, and with the support of its members\nand of "
     "the bar associations of the region, which it thanks for their help with the visits.\n", "country-report"),
    ("Human rights in the province: annual report 2030\n\nA memorandum of understanding signed with the bar association "
     "in 2029 allowed the lawyers\nof the association to visit the prisons of the region, and the judgment of the "
     "regional court\nin the case of the teachers was delivered after long delays in the year.\n", "country-report"),
    # on a heading line they still decide
    ("Example Association\n\nRecommendation\n\nThe Board recommends to the Ministry that the rules be changed in 2030.\n",
     "recommendation"),
    ("Kamu Denetçiliği Kurumu\n\nKARAR\n\nBaşvuru hakkında Kurul tarafından 2030 yılında aşağıdaki karar verilmiştir.\n",
     "resolution"),
    # a sentence on a line of its own is no heading (a gallery's page was a `resolution`)
    ("Our picture gallery\nWelcome to the gallery of our region's landscapes.\nIf you need the pictures in a higher "
     "resolution, please write to us.\n", None),
])
def test_a_kind_of_decision_told_of_in_running_text(text, doc_type):
    found = enrich([text]).doc_type
    assert (found.value if found else None) == doc_type


def test_a_un_news_page_under_its_sites_section_and_banner():
    """A UN news page as its text prints was titled by the site's section ("Special
    Procedures") or by the banner over it ("Countdown to ..." / "Learn more")."""
    r = enrich(["Skip to main content\n\nSpecial Procedures\n\nTürkiye: \"Experts call for truth on the disappeared\"\n\n"
                "15 September 2030\n\nGENEVA (15 September 2030) – A group of experts said today that the Government must "
                "address past violations, including enforced disappearances, without further delay.\n"])
    assert r.title.value == "Türkiye: \"Experts call for truth on the disappeared\""
    r = enrich(["Skip to main content\n\nCountdown to Human Rights Day\n\nMeet the people who work with us this year\n\n"
                "Learn more\n\nPress releases Special Procedures\n\n\"Time to come to terms with the past\" – UN expert group"
                "\n\nTürkiye / Past disappearances\n\n18 March 2030\n\nANKARA / GENEVA (18 March 2030) – \"The country needs "
                "to come to terms with past disappearances,\" a delegation of experts said today at the end of a visit.\n"])
    assert r.title.value == "\"Time to come to terms with the past\" – UN expert group"
    assert (r.mechanism.value, r.published.value) == ("UN", (dt.date(2030, 3, 18), "day"))


def test_a_body_named_where_a_paragraph_wraps_is_cited():
    """An NGO's report as a PDF's text gives it, a line of its paragraph beginning with the
    Court's name, was the Court's (CoE / ECtHR); a cover's committee under the Convention's
    long name still names the author."""
    r = enrich(["Freedom of Expression Report 2030\n\nExample Association for Human Rights\n\nThe association publishes "
                "this report every year on the trials of journalists. As in the past\nEuropean Court of Human Rights "
                "judgments on pre-trial detention were not followed by the courts,\nand the recommendations of the\n"
                "Committee against Torture on police custody were not implemented either in the past year.\n"])
    assert (r.mechanism.value, r.body, r.doc_type.value) == ("civil-society", None, "country-report")
    r = enrich(["Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment\n"
                "Committee against Torture\n\nList of issues prior to the submission of the sixth periodic report of "
                "Example*\n"])
    assert r.body.value == "CAT"


def test_a_states_national_report_to_the_universal_periodic_review():
    """Was a `resolution` (for "Human Rights Council resolution 16/21" in its title) or a
    `upr-report`: it is the State's own report."""
    r = enrich(["United Nations A/HRC/WG.6/45/TUR/1\nGeneral Assembly Distr.: General\n6 November 2029\nOriginal: English\n"
                "Human Rights Council\nWorking Group on the Universal Periodic Review\nForty-fifth session\n20-31 January "
                "2030\nNational report submitted in accordance with paragraph 5 of the annex to Human Rights Council "
                "resolution 16/21*\nTürkiye\n* The present document was not edited before being sent to United Nations "
                "translation services.\nI. Methodology and consultation process\n1. The Ministry of Foreign Affairs "
                "coordinated the preparation of this report.\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (
        "National report submitted in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21: "
        "Türkiye", "state-report", "UPR")
    assert [t.value for t in r.subject_countries] == ["TR"]


@pytest.mark.parametrize("page, body", [
    ("Skip to main content\n\nHUMAN RIGHTS COMMITTEE CONSIDERS REPORT OF EXAMPLE\n\nMeeting Summaries\n\nThe Human Rights "
     "Committee this morning concluded its consideration of the second periodic report of Türkiye on how the country "
     "implements the provisions of the Covenant.\n", "CCPR"),
    # in French, the committee by its French name (was civil society's)
    ("Aller au contenu principal\n\nLE COMITÉ DES DROITS DES PERSONNES HANDICAPÉES EXAMINE LE RAPPORT DE LA TURQUIE\n\n"
     "Compte rendu de séance\n\nLe Comité a examiné aujourd'hui le rapport initial de la Türkiye sur les mesures prises "
     "pour donner effet aux dispositions de la Convention.\n", "CRPD"),
    # under a site's promotion banner, the section naming the press room (was of no type)
    ("Skip to main content\n\nCountdown to Human Rights Day\n\nGet to know the activist working with us on rights "
     "and the climate\n\nLearn more\n\nPress releases Special Procedures\n\n“Time for Exampleland to come to terms with "
     "the past” – UN expert group\n\n18 March 2031\n\nGENEVA (18 March 2031) – Exampleland needs to come to terms with "
     "past disappearances, a delegation of the Working Group on Enforced or Involuntary Disappearances said today.\n",
     "Special procedures"),
    # the site's section as the page's first line (was a `country-report`)
    ("Press releases Treaty bodies\nCommittee against Torture's dialogue with Exampleland centres on detention "
     "conditions\n18 November 2031\nCommittee against Torture\nThe Committee against Torture this morning concluded its "
     "consideration of the fifth periodic report of Exampleland.\n", "CAT"),
])
def test_the_un_information_services_summary_of_a_meeting(page, body):
    """Was a `country-report` for the report the committee considered: it is a press
    summary, "not an official record"."""
    r = enrich([page])
    assert (r.doc_type.value, r.mechanism.value, r.body.value) == ("statement", "UN", body)


@pytest.mark.parametrize("furniture", [
    "Pasar al contenido principal", "Salta al contenuto principale", "Pular para o conteúdo principal",
    "Zum Hauptinhalt springen", "Перейти к основному содержанию", "Language Switcher", "Select language",
])
def test_a_sites_skip_link_and_language_switcher_are_no_title(furniture):
    """A skip link in the site's other languages, and its language switcher, were the title."""
    r = enrich([f"{furniture}\n\nCOMMITTEE AGAINST TORTURE CONSIDERS THE REPORT OF EXAMPLELAND\n\nMeeting Summaries\n\n"
                "The Committee against Torture today concluded its consideration of the fifth periodic report of "
                "Exampleland.\n"])
    assert r.title.value == "COMMITTEE AGAINST TORTURE CONSIDERS THE REPORT OF EXAMPLELAND"


@pytest.mark.parametrize("address", ["Mr President,", "Madam Chair,", "Mr. Vice-President,", "Monsieur le Président,",
                                     "Sayın Başkan,"])
def test_a_speechs_address_to_the_chair_is_no_part_of_its_title(address):
    """A speaker's name and date over the address were joined to it ("Ayşe EXAMPLE
    01.03.2031 Mr President"), and the address alone was the title of a speech without a
    heading."""
    r = enrich([f"STATEMENT BY THE DELEGATION OF EXAMPLELAND\n{address}\nWe thank the Special Rapporteur for her "
                "report and for the constructive dialogue held with our authorities during her visit last year.\n"])
    assert r.title.value == "STATEMENT BY THE DELEGATION OF EXAMPLELAND"
    r = enrich([f"{address}\nWe thank the Special Rapporteur for her report and for the constructive dialogue.\n"])
    assert r.title.value == "We thank the Special Rapporteur for her report and for the constructive dialogue."


def test_the_uns_meetings_coverage_by_its_press_symbol():
    """press.un.org's pages were titled by the site's banner ("In progress at UNHQ"), no
    type, civil society's: the press release's symbol under the meeting makes it the UN's."""
    r = enrich(["In progress at UNHQ\n\n9999th Meeting (AM)\nSC/16543\n\nSecurity Council Extends Mandate of Peacekeeping "
                "Force in Exampleland for Another Year\n\nThe Security Council, acting unanimously today, decided to renew "
                "the mandate of the peacekeeping force for another year.\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value) == (
        "Security Council Extends Mandate of Peacekeeping Force in Exampleland for Another Year", "statement", "UN")
    r = enrich(["SG/SM/23456\n\nSecretary-General Welcomes Agreement on Prisoner Exchange\n\nThe following statement was "
                "issued today by the Spokesperson.\n"])
    assert (r.doc_type.value, r.mechanism.value) == ("statement", "UN")


def test_a_press_release_dated_before_its_title():
    """A ministry's release dated before a dash was titled with its date, and of no type."""
    r = enrich(["11 January 2031 - Press Release regarding the Reports submitted to the Security Council by the Secretary"
                "-General on the Peacekeeping Force in Exampleland.\n\nThe Ministry of Foreign Affairs has carefully "
                "studied the content of the Reports.\n"])
    assert (r.title.value, r.doc_type.value) == (
        "Press Release regarding the Reports submitted to the Security Council by the Secretary-General on the "
        "Peacekeeping Force in Exampleland.", "statement")
    # (a title that opens with a date keeps it)
    r = enrich(["15 July 2031 - The Night That Changed Exampleland\n\nA history of the events of that night.\n"])
    assert r.title.value == "15 July 2031 - The Night That Changed Exampleland"


@pytest.mark.parametrize("title, mechanism", [
    ("Report of the Secretary-General on his mission of good offices in Exampleland, 14 June 2031", "UN"),
    # (the Council of Europe's Secretary General, hyphenated as a site writes it, is none of the UN's)
    ("Report of the Secretary-General of the Council of Europe on the state of democracy, 2031", "civil-society"),
])
def test_a_report_the_title_says_is_the_secretary_generals(title, mechanism):
    r = enrich([f"{title}\n\nThe Security Council requested that a report be submitted on progress towards a "
                "settlement.\n\nRead the full report.\n"])
    assert (r.title.value, r.mechanism.value) == (title, mechanism)


@pytest.mark.parametrize("head", [
    "20/04/2031 RAP/RCha/XXX/23(2031)\n\nEUROPEAN SOCIAL CHARTER\n\n23rd National Report on the implementation of the "
    "European Social Charter\nsubmitted by\nTHE GOVERNMENT OF EXAMPLELAND\n",
    "20/04/2031 RAP/RCha/XXX/23(2031)\n\nCHARTE SOCIALE EUROPÉENNE\n\n23e Rapport national sur l’application de la Charte "
    "sociale européenne\nsoumis par\nLE GOUVERNEMENT D'EXAMPLELAND\n",
])
def test_a_governments_report_to_the_european_committee_of_social_rights(head):
    """Was civil society's `country-report`: a State's report to the Committee, as to a treaty body."""
    r = enrich([head + "\nArticle 3 – The right to safe and healthy working conditions\n"])
    assert (r.doc_type.value, r.mechanism.value, r.body.value) == ("state-report", "CoE", "ECSR")


@pytest.mark.parametrize("title", ["Judgment concerning Türkiye", "Grand Chamber judgment concerning Exampleland",
                                   "Forthcoming judgments and decisions"])
def test_the_courts_news_by_its_titles_is_no_judgment(title):
    """The Court's news page on a judgment was typed a `judgment`."""
    r = enrich([f"{title}\n\nIn the case of Kaya and Others v. Türkiye, the Court held that there had been a violation "
                "of the freedom of expression.\n\nOther Court News\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (title, "statement", "ECtHR")


@pytest.mark.parametrize("title, kind", [
    # the Court's news names the States its judgments concern, a list of names
    ("Judgments concerning Bulgaria, Croatia, Exampleland and Türkiye", "statement"),
    ("Grand Chamber judgment concerning the United Kingdom", "statement"),
    # a decision on what its title says it concerns is a decision (the ILO Governing Body's;
    # was a `statement`, the Court's news)
    ("Decision concerning the report of the Committee set up to examine the representation alleging non-observance "
     "by Exampleland of the Example Convention, 2030 (No. 999)", "decision"),
])
def test_a_decision_concerning_what_it_is_on_is_no_courts_news(title, kind):
    r = enrich([f"{title}\n\nRecord of decisions | 24 March 2031\nThe Governing Body approved the report of the "
                "Committee.\n"])
    assert r.doc_type.value == kind


def test_an_authors_byline_under_a_title_is_no_part_of_it():
    """A title in capitals, its byline under it ("by Nanore Barsoumian"), was titled with the
    byline as the rest of a line a PDF wrapped; a title's real rest in small letters still joins."""
    r = enrich(["RELIGIOUS MINORITIES IN EXAMPLELAND: 'AN ENDANGERED SPECIES'?\nby Jane Example\nApril 12, 2030\n"
                "The commission in its annual report recommended designating Exampleland a country of concern.\n"])
    assert r.title.value == "RELIGIOUS MINORITIES IN EXAMPLELAND: 'AN ENDANGERED SPECIES'?"
    r = enrich(["Report of the Special Rapporteur on the independence of judges and lawyers on\nher mission to "
                "Exampleland\n\nSummary\n\nThe Special Rapporteur visited Exampleland in 2030.\n"])
    assert r.title.value == ("Report of the Special Rapporteur on the independence of judges and lawyers on her "
                             "mission to Exampleland")


def test_a_symbol_alone_is_no_title_whatever_body_its_scheme_is():
    """The ILO Governing Body's decision was titled by its symbol, "GB.341/INS/13/5/Decision",
    which no scheme of ours knows; the line under it titles it."""
    assert not is_plausible("GB.999/INS/13/5/Decision")
    assert not is_plausible("ABC/2030/12/Rev.1")
    assert is_plausible("Decision 12/2030 on the Example Convention")
    r = enrich(["GB.999/INS/13/5/Decision\n\nDecision concerning the report of the Committee set up to examine the "
                "representation alleging non-observance by Exampleland of the Example Convention, 2030 (No. 999)\n\n"
                "Record of decisions | 24 March 2031\nThe Governing Body:\n\n(a) approved the report of the "
                "Committee;\n"])
    assert r.title.value.startswith("Decision concerning the report of the Committee set up to examine")


@pytest.mark.parametrize("title", ["Arrêt concernant la Turquie", "Arrêt de Grande Chambre concernant l'Examplelande",
                                   "Arrêts et décisions du 12 mars 2030", "Arrêts et décisions à venir",
                                   "Annonce d’arrêts et décisions"])
def test_the_courts_news_by_its_french_titles_is_no_judgment(title):
    """The Court's news in French ("Arrêt concernant ...", "Annonce d'arrêts et décisions") was
    typed a `judgment` or a `decision` by its words; a French court's "Arrêt du 12 mars 2030"
    stays a judgment."""
    text = ("\n\nLa Cour européenne des droits de l’homme communiquera par écrit 16 arrêts le mardi 17 mars 2030. "
            "Dans l’affaire Kaya et autres c. Turquie, la Cour conclut à la violation de l’article 10.\n")
    r = enrich([title + text])
    assert (r.title.value, r.doc_type.value, r.body.value) == (title, "statement", "ECtHR")
    assert enrich(["Arrêt du 12 mars 2030" + text]).doc_type.value == "judgment"


def test_a_pages_top_of_page_link_with_its_arrow_is_no_title():
    r = enrich(["Top of page ↑\n\nSummary of a judgment on a judge's post\n\nA disciplinary sanction imposed on a judge for "
                "sharing an article breached the freedom of expression.\n"])
    assert r.title.value == "Summary of a judgment on a judge's post"


@pytest.mark.parametrize("text, title, published", [
    # a page's link to its top alone on its line ("TOP", "Haut", an icon's letter under it)
    # and a French collective's name over a bulletin: no title (was "TOP h", "Haut"); the
    # bulletin's month opening its heading before a dash dates it, not its first item's day
    # (was 6 August 2029)
    ("TOP\nh\n\nCollectif Exemple\n\nMARS 2030 – ACTUALITÉ DES DROITS HUMAINS EN TURQUIE\n\nCliquez ici pour la "
     "version PDF Mars 2030\n\nAucune nouvelle de M. Exemple, un ancien fonctionnaire licencié, signalé disparu le 6 août "
     "2029 à Ankara.\n", "MARS 2030 – ACTUALITÉ DES DROITS HUMAINS EN TURQUIE", (dt.date(2030, 3, 1), "month")),
    ("Publications\n\nHaut\n\nPOINT SUR LA SITUATION EN TURQUIE\n\nNO: 50\n\n12/12/2029\n\nIl est rare que le Comité "
     "dénonce publiquement un pays, a-t-il dit le 6 décembre.\n", "POINT SUR LA SITUATION EN TURQUIE",
     (dt.date(2029, 12, 12), "day")),
    ("Yukarı\n\nOcak 2030 | Aylık İnsan Hakları Bülteni\n\nGazeteci X, 3 Aralık 2029 günü gözaltına alındı.\n",
     "Ocak 2030 | Aylık İnsan Hakları Bülteni", (dt.date(2030, 1, 1), "month")),
])
def test_a_top_link_and_a_collectives_name_are_no_title_and_a_bulletins_month_dates_it(text, title, published):
    r = enrich([text], None, [detect_language(text)])
    assert (r.title.value, r.published.value) == (title, published)


def test_a_committee_of_ministers_document_by_its_own_symbol():
    """A CM document ("CM(2031)168", a report put to the Deputies) was civil society's,
    titled by its masthead's "CM Documents"."""
    r = enrich(["Ministers’ Deputies\n\nCM Documents\n\nCM(2031)168        17 December 2031\n\nReport on the effects of "
                "the reform of the Court's procedure\n\nI. INTRODUCTION\n\n1. The present report was prepared by the "
                "Steering Committee.\n"])
    assert (r.title.value, r.mechanism.value, r.body.value) == (
        "Report on the effects of the reform of the Court's procedure", "CoE", "Committee of Ministers")
    assert [t.value for t in r.own_identifiers] == [("coe-cm", "CM(2031)168")]


@pytest.mark.parametrize("page, title", [
    ("Article 3 of the Convention:\n\nA PRACTITIONER'S HANDBOOK\n\nSeries Vol. 1\n\nFirst Edition: 2030\n",
     "Article 3 of the Convention: A PRACTITIONER'S HANDBOOK"),
    # (not into a date under a title a document site cut after its colon, nor after a label)
    ("Country Policy and Information Note :\n\nVersion 2.0 September 2030\n\nPreface This note provides country "
     "information for use by decision makers.\n", "Country Policy and Information Note"),
])
def test_a_title_ending_in_a_colon_goes_on_over_a_blank_line(page, title):
    assert enrich([page]).title.value == title


def test_a_sites_menu_of_a_word_or_two_a_line_is_no_title():
    """A page's tabs ("News" / "Reports" / "Visits" / "Letters" / "Written comments") were
    joined into its title."""
    r = enrich(["News\nReports\nVisits\nLetters\nWritten comments\nCommissioner intervenes in the proceedings in the case "
                "of Example v. Türkiye\nToday the Commissioner published her written comments to the Court.\n"])
    assert r.title.value == "Commissioner intervenes in the proceedings in the case of Example v. Türkiye"
    # (a title in capitals over short lines stays one)
    r = enrich(["SILENCED\nVOICES\nFROM\nEXAMPLELAND\n\nA report on the press in 2030.\n"])
    assert r.title.value == "SILENCED VOICES FROM EXAMPLELAND"


def test_a_reviews_media_summary_names_the_country_under_review():
    r = enrich(["Human Rights Council – Universal Periodic Review\n\nFor use of information media; not an official "
                "record\n\nDate: Monday 10 May (afternoon)\n\nCountry under review: TÜRKİYE\n\n1. Documents: national "
                "report, compilation of UN information, summary of stakeholders' information\n2. Troika: Example, "
                "Sampleland, Otherland\n"])
    assert [(t.value, t.rule) for t in r.subject_countries] == [("TR", "state-party")]


def test_a_third_partys_written_comments_in_a_case_before_the_court():
    """An NGO's submission as an intervener was the Court's `judgment` (its application
    number), titled "IN THE EUROPEAN COURT OF HUMAN RIGHTS"; the Commissioner's stays the
    Commissioner's."""
    r = enrich(["IN THE EUROPEAN COURT OF HUMAN RIGHTS\n\nApplication No. 12345/29\n\nAYŞE EXAMPLE\n\nv.\n\nTÜRKİYE\n\n"
                "WRITTEN SUBMISSIONS ON BEHALF OF THE INTERVENERS\n\nExample Freedom Network and Sample Lawyers "
                "Association\n\n(Third-party interveners)\n\nIntroduction\n\n1. These written submissions are made by the "
                "interveners pursuant to leave granted by the President of the Section under Rule 44 § 3 of the Rules "
                "of Court.\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body) == (
        "AYŞE EXAMPLE v. TÜRKİYE: WRITTEN SUBMISSIONS ON BEHALF OF THE INTERVENERS", "submission", "civil-society", None)
    assert [t.value for t in r.subject_countries] == ["TR"]
    r = enrich(["Strasbourg, 20 December 2030\n\nCommDH(2030)30\n\nThird party intervention\nby the Council of Europe "
                "Commissioner for Human Rights\n\nunder Article 36, paragraph 3, of the European Convention on Human "
                "Rights\n\nApplication No. 12345/29\n\nAYŞE EXAMPLE v. Türkiye\n\nIntroduction\n\n1. On 19 November 2030 "
                "the Commissioner informed the Court of her decision to intervene as a third party.\n"])
    assert (r.doc_type.value, r.mechanism.value, r.body.value) == ("submission", "CoE", "Commissioner")


def test_a_third_partys_submission_headed_as_english_pleadings_are():
    """The parties with their roles under their names, "- and –" between them, the intervener
    after the respondent and the kind over two lines, under a document site's furniture: was
    titled "Download as pdf or txt", then by the applicants' names alone, the Court's
    `judgment` (its application number), about no State."""
    r = enrich(["EXL1234562031ENGLISH\n\nDownload as pdf or txt\nDownload as pdf or txt\nYou are on page 1of 11\n\n"
                "IN THE EUROPEAN COURT OF HUMAN RIGHTS\n\nApplication No. 12345/29\n\nBETWEEN:\n\nAyşe Example & Ali "
                "Example\n\n\nApplicants\n\n- and –\n\nTürkiye\nRespondent\n\n- and –\n\nExample Rights Watch\n"
                "Intervener\n\n______________________________\n\nWRITTEN SUBMISSIONS ON BEHALF OF THE\n\n\nINTERVENER\n"
                "______________________________\nIntroduction\n\n1. These submissions are presented on behalf of the "
                "intervener pursuant to the leave to intervene granted by the President of the Section.\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body) == (
        "Ayşe Example & Ali Example v. Türkiye: WRITTEN SUBMISSIONS ON BEHALF OF THE INTERVENER", "submission",
        "civil-society", None)
    assert [t.value for t in r.subject_countries] == ["TR"]
    # (a title over a line "and" is no case of parties)
    r = enrich(["Freedom of Expression\n\nand\n\nthe Media in Exampleland\n\nThe report looks at the law.\n"])
    assert " v. " not in r.title.value


@pytest.mark.parametrize("label", ["Tempo di lettura stimato: 2'", "5 min read", "Estimated reading time: 4 minutes",
                                   "Okuma süresi: 3 dk",
                                   # a newsletter's name under its publisher's
                                   "ÖRNEK KALKINMA VAKFI\nE-Bülteni\n1-15 KASIM 2030", "Example Foundation\nNewsletter"])
def test_a_pages_reading_time_is_no_title(label):
    r = enrich([f"{label}\n\nTürkiye: release the journalists\n\nThe organisation called on the authorities in 2030 to "
                "release the six journalists held since the spring without charge.\n"])
    assert r.title.value == "Türkiye: release the journalists"


def test_the_european_parliaments_verbatim_report_of_a_debate():
    """Was titled by its sitting's date line, civil society's, and `news` for the "grim
    news" a speech tells of."""
    r = enrich(["Verbatim report of proceedings\nTuesday, 22 November 2030 - Strasbourg Revised edition\n\n"
                "EU-Türkiye relations (debate)\n\n  Ayşe Example (S&D). – Madam President, we have to take very seriously "
                "the grim news which comes every day from the country about one more violation of human rights, in "
                "prisons or elsewhere.\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.published.value) == (
        "EU-Türkiye relations (debate)", "EU", "European Parliament", (dt.date(2030, 11, 22), "day"))
    assert r.doc_type is None or r.doc_type.value != "news"
    # a web page naming news in its text is still news
    r = enrich(["Investment forum to open in June\nThe minister told Example News that the forum would bring ministers of "
                "industry from across the region together in June 2030.\n"], {"page_title": "Investment forum to open "
                                                                                    "in June"})
    assert r.doc_type.value == "news"


def test_a_constitutional_court_decision_in_its_decisions_database():
    """Was titled by the database's header ("Bireysel Başvuru Kararları Kullanıcı Kılavuzu
    English")."""
    r = enrich(["logo\nBireysel Başvuru Kararları Kullanıcı Kılavuzu English\n\n(Ayşe Örnek, B. No: 2029/12345, 23/5/2031, "
                "§ …)\nKararlar Bilgi Bankasında yayınlanan karar metni\neditöryal düzeltmelere tabi tutulmuş olabilir.\n\n"
                "TÜRKİYE CUMHURİYETİ\n\nANAYASA MAHKEMESİ\n\nBİRİNCİ BÖLÜM\n\nKARAR\n\nAYŞE ÖRNEK BAŞVURUSU\n\n(Başvuru "
                "Numarası: 2029/12345)\n\nKarar Tarihi: 23/5/2031\n\nBaşkan\n\n:\n\nAli EXAMPLE\n"])
    assert (r.title.value, r.body.value, r.published.value) == (
        "AYŞE ÖRNEK BAŞVURUSU", "Constitutional Court", (dt.date(2031, 5, 23), "day"))


def test_a_constitutional_court_judgment_in_english_translation():
    """Was civil society's, titled "JUDGMENT AYŞE ÖRNEK (Application no. ...)", without its
    number (year first, unlike an ECtHR application's)."""
    r = enrich(["REPUBLIC OF TURKEY\nCONSTITUTIONAL COURT\nFIRST SECTION\nJUDGMENT\nAYŞE ÖRNEK\n(Application no. "
                "2029/12345)\n23 May 2031\nFIRST SECTION\nJUDGMENT\nPresident : Ali EXAMPLE\nApplicant : Ayşe ÖRNEK\n"
                "I. SUBJECT-MATTER OF THE APPLICATION\n1. The applicant alleged that her right to freedom of expression "
                "had been violated due to her conviction.\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (
        "AYŞE ÖRNEK", "judgment", "national", "Constitutional Court")
    assert ([t.value for t in r.own_identifiers], r.published.value) == (
        [("tr-aym", "2029/12345")], (dt.date(2031, 5, 23), "day"))
    # an ECtHR application's number stays the Court's
    assert [t.value for t in enrich(["CASE OF ÖRNEK v. TÜRKİYE\n(Application no. 12345/29)\nJUDGMENT\n"]).own_identifiers] \
        == [("ecthr-application", "12345/29")]
    # an applicant known by initials heads it as a name does, "D.Ö. Application" as the Court
    # heads its judgments ("... APPLICATION", "... BAŞVURUSU"; was the first sentence of its text)
    r = enrich(["REPUBLIC OF TURKEY\nCONSTITUTIONAL COURT\nPLENARY\nJUDGMENT\nA.Ö.\n(Application no. 2029/1291)\n"
                "13 October 2031\nOn 13 October 2031, the Plenary of the Constitutional Court found no violation of the "
                "right safeguarded by Article 17 of the Constitution in the individual application lodged by A.Ö.\n"])
    assert (r.title.value, r.doc_type.value) == ("A.Ö. Application", "judgment")



def test_the_constitutional_courts_english_pages_as_its_database_prints_them():
    """"(Application Number: ...)" in table cells (was no identifier, civil society's); the
    database's own lines and the formation are no title ("PLENARY" was one); a press
    release's number over its title is none either."""
    table = ("REPUBLIC OF TURKEY\n|\nCONSTITUTIONAL COURT\n|\n|\nFIRST\nSECTION\n|\nJUDGMENT\n|\nAYŞE\nÖRNEK APPLICATION\n"
             "|\n(Application Number: 2029/6128)\n|\nDate of Judgment: 7/7/2031\n|\nPresident\n|\n:\n|\nAli EXAMPLE\n|\n"
             "I. SUBJECT-MATTER OF THE APPLICATION\n1. This application concerns the applicant's freedom of expression.\n")
    r = enrich([table])
    assert (r.title.value, r.body.value, [t.value for t in r.own_identifiers]) == (
        "AYŞE ÖRNEK APPLICATION", "Constitutional Court", [("tr-aym", "2029/6128")])
    page = ("Individual Application Türkçe\n\nThe decisions and judgments made available via the\nDecisions/Judgments "
            "Database may be subject to editorial revision.\n\nREPUBLIC OF TURKEY\n\nCONSTITUTIONAL COURT\n\nPLENARY\n\n"
            "JUDGMENT\n\nALİ ÖRNEK\n\n(Application no. 2029/9343)\n\nPresident\n\n:\n\nAli EXAMPLE\n")
    assert enrich([page]).title.value == "ALİ ÖRNEK"
    release = ("2/6/2031\n\nPress Release No: Individual Application 42/31\n\nPress Release concerning the Judgment "
               "Finding a Violation of the Freedom of Expression\n\nOn 23 February 2031, the Plenary of the Constitutional "
               "Court found a violation of the freedom of expression.\n")
    r = enrich([release])
    assert r.title.value == "Press Release concerning the Judgment Finding a Violation of the Freedom of Expression"
    # (and the release is the Court's by its number's line, about Türkiye; was civil society's)
    assert (r.body.value, [t.value for t in r.subject_countries]) == ("Constitutional Court", ["TR"])


@pytest.mark.parametrize("masthead, title", [
    ("TÜRK TABİPLERİ BİRLİĞİ", "CEZAEVLERİNDE SAĞLIK HAKKI RAPORU"),
    ("TÜRKİYE BAROLAR BİRLİĞİ\nİNSAN HAKLARI MERKEZİ", "CEZAEVLERİNDE SAĞLIK HAKKI RAPORU"),
    ("ÖRNEK İŞÇİ SENDİKALARI KONFEDERASYONU", "CEZAEVLERİNDE SAĞLIK HAKKI RAPORU"),
    ("ÖRNEK MÜHENDİSLER ODASI", "CEZAEVLERİNDE SAĞLIK HAKKI RAPORU"),
])
def test_a_turkish_union_or_chamber_heading_its_report(masthead, title):
    """Unions, confederations, chambers and their centres were the title of their reports."""
    r = enrich([f"{masthead}\n\nCEZAEVLERİNDE SAĞLIK HAKKI RAPORU\n\nAnkara, Mart 2030\n\nBu rapor, kurumumuzun insan "
                "hakları kolu tarafından hazırlanmıştır ve cezaevlerindeki sağlık hizmetlerini ele almaktadır.\n"])
    assert r.title.value == title


@pytest.mark.parametrize("masthead", ["HUMAN RIGHTS FOUNDATION OF EXAMPLE", "Media and Law Studies Association (MLSA)",
                                      "Stockholm Center for Freedom", "Freedom House", "PEN International",
                                      "Committee to Protect Journalists", "Reporters Without Borders",
                                      "International Commission of Jurists"])
def test_an_organisation_named_over_its_reports_title(masthead):
    """An NGO's name heading its report was the report's title."""
    r = enrich([f"{masthead}\n\nTORTURE AND ILL-TREATMENT IN 2030\n\nThis report was prepared by the staff of the "
                "organisation on the basis of the applications received during the year in the region.\n"])
    assert r.title.value == "TORTURE AND ILL-TREATMENT IN 2030"


@pytest.mark.parametrize("title", ["Turkey and the European Union", "International Law and Human Rights",
                                   "Freedom of Association"])
def test_a_title_that_names_an_institution_is_no_masthead(title):
    r = enrich([f"{title}\n\nProspects in 2030\n\nThe paper looks at what changed in the year in the region.\n"])
    assert r.title.value.startswith(title)


def test_a_council_of_europe_body_named_in_french_over_its_report():
    """GREVIO's French name was no cue (civil society's) and was the title."""
    r = enrich(["Groupe d'experts sur la lutte contre la violence à l'égard des femmes et la violence domestique\n\n"
                "Rapport d'évaluation de référence\nTurquie\n\nLe présent rapport a été adopté par le groupe en 2030.\n"])
    assert (r.mechanism.value, r.body.value, r.title.value) == ("CoE", "GREVIO", "Rapport d'évaluation de référence: Turquie")


@pytest.mark.parametrize("lines, title", [
    # GREVIO's cover: the title's rest, on what the report is, set apart by a blank line, and
    # the State alone under it (was the first line alone, about no State on a cover alone;
    # the Convention's name "Istanbul" made any State's report about Türkiye)
    (["GREVIO’s (Baseline) Evaluation Report", "on legislative and other measures giving effect to the provisions of "
      "the Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence "
      "(Istanbul Convention)", "MONTENEGRO", "Group of Experts on Action against Violence against Women and Domestic "
      "Violence (GREVIO)", "Published on 25 October 2030"],
     "GREVIO’s (Baseline) Evaluation Report on legislative and other measures giving effect to the provisions of the "
     "Council of Europe Convention on Preventing and Combating Violence against Women and Domestic Violence "
     "(Istanbul Convention): MONTENEGRO"),
    (["Rapport d'évaluation de référence du GREVIO", "sur les mesures d'ordre législatif et autres donnant effet aux "
      "dispositions de la Convention du Conseil de l'Europe sur la prévention et la lutte contre la violence à l'égard "
      "des femmes et la violence domestique (Convention d'Istanbul)", "MONTÉNÉGRO", "Publié le 25 octobre 2030"],
     "Rapport d'évaluation de référence du GREVIO sur les mesures d'ordre législatif et autres donnant effet aux "
     "dispositions de la Convention du Conseil de l'Europe sur la prévention et la lutte contre la violence à l'égard "
     "des femmes et la violence domestique (Convention d'Istanbul): MONTÉNÉGRO"),
])
def test_a_title_going_on_under_a_blank_line_on_what_it_is_about(lines, title):
    r = enrich(["GREVIO/Inf(2030)9\n\n" + "\n\n".join(lines) + "\n"])
    assert (r.title.value, [c.value for c in r.subject_countries], r.body.value) == (title, ["ME"], "GREVIO")
    # (a block in small letters that opens on no such word is no title's rest)
    other = enrich(["Annual Report\n\nwith the activities of the year in figures\n\n1. The year saw more visits.\n"])
    assert other.title.value == "Annual Report"


def test_a_states_comments_on_a_visits_recommendations_and_a_spaced_symbol():
    """A State's comments on the Subcommittee's recommendations were a `country-report`; a
    summary record whose symbol a converter spaced ("C AT/C/SR.2123") had no symbol; a
    site's "Breadcrumb" label was a title."""
    r = enrich(["United Nations\n\nCAT/OP/TUR/CSPRO/2\n\nOptional Protocol to the Convention against Torture and Other "
                "Cruel, Inhuman or Degrading Treatment or Punishment\n\nDistr.: General\n\n16 December 2030\n\n"
                "Subcommittee on Prevention of Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment\n\n"
                "Comments of Türkiye on the recommendations and observations addressed to it in connection with the "
                "Subcommittee visit undertaken from 6 to 9 October 2029 *\n\n[Date received: 17 October 2030]\n\n"
                "1. The State party takes note of the positive aspects of the report.\n"])
    assert (r.doc_type.value, r.body.value) == ("government-response", "SPT")
    r = enrich(["United Nations\n\nC AT/C/SR.2999\n\nConvention against Torture and Other Cruel, Inhuman or Degrading "
                "Treatment or Punishment\n\nDistr.: General\n\n5 November 2030\n\nCommittee against Torture\n\n"
                "Summary record of the 2999th meeting\n\nThe meeting was called to order at 10 a.m.\n"])
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "CAT/C/SR.2999")]
    r = enrich(["Breadcrumb\nCommittee against Torture Considers Reports on Follow-Up\nThe Committee against Torture today "
                "discussed reports on follow-up to concluding observations, individual communications and reprisals.\n"])
    assert r.title.value == "Committee against Torture Considers Reports on Follow-Up"


def test_a_visit_told_of_in_running_text_makes_no_subject():
    """An NGO's report telling of a minister's "visit to Germany" (a PDF's wrapped line) was
    about Germany; a cover's visit line still names the State visited."""
    r = enrich(["Freedom of the Press Report 2030\n\nExample Journalists Association\n\nThe association monitored the "
                "trials of journalists in Türkiye throughout the year. After the minister's\nvisit to Germany in March, "
                "the courts in Türkiye released two journalists, but the trials of others went on in Türkiye.\nThe "
                "journalists of Türkiye face prosecution under the anti-terror law, as the association has reported.\n"])
    assert [(t.value, t.rule) for t in r.subject_countries] == [("TR", "mentions")]
    r = enrich(["CPT/Inf (2031) 10\n\nReport to the Government of Example\non the visit to Greece\ncarried out by the "
                "European Committee for the Prevention of Torture\nfrom 6 to 17 May 2030\n"])
    assert [(t.value, t.rule) for t in r.subject_countries] == [("GR", "visit")]


def test_a_treaty_bodys_general_comment():
    """Was untyped; a general recommendation recalled in running text types nothing."""
    r = enrich(["United Nations CCPR/C/GC/40\n\nInternational Covenant on\nCivil and Political Rights\n\nDistr.: General\n"
                "17 September 2030\n\nOriginal: English\n\nHuman Rights Committee\n\nGeneral comment No. 40 (2030) on the "
                "right of peaceful assembly (article 21)*\n\nI. Introduction\n1. The right of peaceful assembly enables "
                "individuals to express themselves collectively.\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (
        "General comment No. 40 (2030) on the right of peaceful assembly (article 21)", "general-comment", "CCPR")
    r = enrich(["Women in prison in 2030\n\nThe association recalls the Committee's view, as set out in its\ngeneral "
                "recommendation No. 35 (2017) on gender-based violence against women, that States must act.\n"])
    assert r.doc_type is None or r.doc_type.value != "general-comment"


@pytest.mark.parametrize("page, title", [
    ("unicef\nfor every child\n\nTÜRKİYE COUNTRY OFFICE ANNUAL REPORT 2030\n\nThe year saw the Country Office support "
     "children affected by the earthquakes in the south-east of the country.\n", "TÜRKİYE COUNTRY OFFICE ANNUAL REPORT 2030"),
    ("UN Women Türkiye\n\nGender equality in the labour market: 2030 brief\n\nThis brief looks at the participation of "
     "women in the labour market in the country.\n", "Gender equality in the labour market: 2030 brief"),
])
def test_a_un_agencys_report(page, title):
    """A UN agency's report was civil society's, titled by the agency's logo ("unicef for
    every child") or name; an NGO's report naming the agency in a sentence stays the NGO's."""
    r = enrich([page])
    assert (r.title.value, r.mechanism.value, r.body) == (title, "UN", None)
    # ("... 2030 brief" a briefing; not "A brief history of ...")
    assert r.doc_type.value == ("briefing" if title.endswith("brief") else "country-report")
    assert enrich(["A brief history of the Court\n\nThis text tells the story of the Court since 1959.\n"]).doc_type is None
    r = enrich(["Children in Türkiye\nA report by an association\nThe association worked with UNICEF in 2030 on a programme "
                "for children in the region, which the agency funded.\n"])
    assert r.mechanism.value == "civil-society"


def test_the_parliamentary_assemblys_record_of_a_sitting():
    """Was civil society's `country-report` (its "REPORT" line), titled "(Second part)"."""
    r = enrich(["AA30CR12\n\nAS (2030) CR 12\n\n2030 ORDINARY SESSION\n\n________________\n\n(Second part)\n\nREPORT\n\n"
                "Twelfth sitting\n\nTuesday 23 April 2030 at 10.00 a.m.\n\nIn this report:\n\n1. Speeches in English are "
                "reported in full.\n\n(Ms Example, Vice-President of the Assembly, took the Chair at 10.05 a.m.)\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value, r.published.value) == (
        "Twelfth sitting, Tuesday 23 April 2030 at 10.00 a.m.", "CoE", "PACE", "summary-record",
        (dt.date(2030, 4, 23), "day"))


def test_a_sites_press_release_under_its_logo_and_menu():
    """An older Council of Europe site's press release: its logo's words, its social
    buttons run into one line and its menu stood before "Press release - <date>" and the
    title; the title was the logo's "LB New" and the body the Parliamentary Assembly, which
    the menu names."""
    r = enrich(["LB New\n\nFacebook  Twitter  LinkedIn  Slideshare\n\n  About GRECO\n  News flashes /\nPress releases\n"
                "  Web resources\n   Parliamentary Assembly - Anti-corruption platform\n   Site map\n   Contact us\n\n"
                "Press release - 12 March 2030\n\nThe Group of States against Corruption (GRECO) publishes its fifth round "
                "report on Exampleland\n\nThe Group of States against Corruption has published today its report on the "
                "prevention of corruption among members of parliament, judges and prosecutors in Exampleland.\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.published.value) == (
        "The Group of States against Corruption (GRECO) publishes its fifth round report on Exampleland", "CoE", "GRECO",
        (dt.date(2030, 3, 12), "day"))
    # (a title that stands over its dated label is kept)
    r = enrich(["Ministers agree on a plan for the region's prisons\n\nPress release - 12 March 2030\n\nThe ministers met "
                "in the capital on Monday and agreed on a plan that will be carried out over three years.\n"])
    assert r.title.value == "Ministers agree on a plan for the region's prisons"


@pytest.mark.parametrize("line", [
    "Avrupa Konseyi ⇒ Denetim Usulleri ⇒ Yolsuzluğa Karşı Devletler Grubu", "Home → Publications → Reports",
    "Till innehåll på sidan", "top of page", "Przejdź do treści", "Go back to the Europarl portal",
    "Choisissez la langue de votre document :", "Guidance", "Politics", "Sent by e-mail",
    "To the attention of the Committee of Ministers of the Council of Europe",
    "Department for the Execution of Judgments F-67075 Strasbourg Cedex France E-mail: [email protected]",
    "Report CG38(2030)08prov 12 February 2030 Original: English", "Press Release | 12.03.2030",
    "Facebook Twitter YouTube", "hourSON DAKİKA", "left-arrowright-arrow", "weather", "KAYNAKReuters",
    "11 Mayıs, Cumartesi - 2030", "Gösterilecek bir içerik yok", "What's new", "Reaction score", "Latest",
    "Story", "Son haberler", "You are here", "Journal Name:", "Publication Year:", "Политика", "Κόσμος", "Welt",
    "Recent News", "Most read", "By Jane Example", "Του Haluk Örnek*", "Γράφει: Ελένη Παράδειγμα",
    "Μετάφραση από τα τουρκικά: Νερίνα Παράδειγμα", "Translated by Jane Example", "Çeviri: Ayşe Örnek"])
def test_a_sites_furniture_line_is_no_title(line):
    """Lines a site or a letter sets over a text's title: arrows between a breadcrumb's
    parts, "skip to content" in Europe's other languages, a page's links back and choice of
    languages, GOV.UK's kind of page, a news site's section, an addressee, an address with
    its e-mail, a document's series line with its original language, a site's icons' names
    taken as text ("left-arrowright-arrow", "weather"), a listing's label ("Recent News"), a
    byline and a translator's line in the archive's languages."""
    assert not is_plausible(line)
    r = enrich([f"{line}\n\nThe situation of local democracy in Exampleland\n\nThis text looks at the situation of local "
                "authorities in the country, and at the reforms carried out since the last visit.\n"])
    assert r.title.value == "The situation of local democracy in Exampleland"


def test_a_breadcrumb_run_into_the_headline_printed_twice_under_it():
    """A site's breadcrumb run into the headline on the page's first line, the headline
    printed alone twice under it: titled by the headline (was the breadcrumb's line); a
    title's part before a colon stays."""
    headline = "Έκθεση του Συμβουλίου: Στη φυλακή 159 δημοσιογράφοι στη Χώρα"
    text = "Στους 159 ανέρχονται οι δημοσιογράφοι που βρίσκονται φυλακισμένοι, σύμφωνα με την έκθεση του Συμβουλίου.\n"
    r = enrich([f"Home examplenews.com (Κόσμος) {headline}\n\n{headline}\n\n{headline}\n\n\n{text}"])
    assert r.title.value == headline
    r = enrich([f"Exampleland: {headline}\n\n{headline}\n\n{headline}\n\n\n{text}"])
    assert r.title.value == f"Exampleland: {headline}"


def test_a_european_parliament_question():
    """A Member's written question, as the Parliament's page gives it: titled by its link
    back to the portal; now by its kind, number, addressee and subject line, the
    Parliament's `parliamentary-question` with its number as its identifier."""
    r = enrich(["Go back to the Europarl portal\n\nChoisissez la langue de votre document :\n\n  • bg - български\n"
                "  • en - English (Selected)\nParliamentary questions\nPDF 38kWORD 9k\n7 July 2030\nE-004015/2030\n"
                "Question for written answer E-004015/2030\nto the Commission\nRule 138\nAyşe Example (Renew)\n"
                " Answer in writing \n Subject: Detention of lawyers in Exampleland\n\nIn recent months, lawyers have been "
                "detained for their work in the courts of Exampleland. Will the Commission raise their cases?\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value, r.published.value) == (
        "Question for written answer E-004015/2030 to the Commission: Detention of lawyers in Exampleland",
        "parliamentary-question", "EU", "European Parliament", (dt.date(2030, 7, 7), "day"))
    assert [t.value for t in r.own_identifiers] == [("eu-ep-question", "E-004015/2030")]
    assert classify("P-001883-17") == ("eu-ep-question", "P-001883/2017")
    # a news item telling of a question is no question
    r = enrich(["MPs ask about the detained lawyers\n\nAn opposition MP submitted a soru önergesi to the Minister of "
                "Justice on Tuesday, asking how many lawyers were in detention in the country.\n"])
    assert r.doc_type is None or r.doc_type.value != "parliamentary-question"


_EP_LANGUAGES = "".join(f"  • {code} - {name}\n" for code, name in (
    ("bg", "български"), ("es", "español"), ("cs", "čeština"), ("da", "dansk"), ("de", "Deutsch"), ("et", "eesti keel"),
    ("el", "ελληνικά"), ("en", "English"), ("fr", "français"), ("ga", "Gaeilge"), ("hr", "hrvatski"), ("it", "italiano"),
    ("lv", "latviešu valoda"), ("lt", "lietuvių kalba"), ("hu", "magyar"), ("mt", "Malti"), ("nl", "Nederlands"),
    ("pl", "polski"), ("pt", "português"), ("ro", "română"), ("sk", "slovenčina"), ("sl", "slovenščina"),
    ("fi", "suomi"), ("sv", "svenska")))


@pytest.mark.parametrize("head, kind, rest, title", [
    ("Torna al portale Europarl\n\n", "P-001631/2030\nInterrogazione prioritaria con richiesta di risposta scritta",
     "alla Commissione\nArticolo 138 del regolamento\nMario Esempio, Anna Prova\n Risposta scritta \n Oggetto: Giornalisti "
     "detenuti in Turchia\n\nDiversi giornalisti sono detenuti in Turchia da mesi. La Commissione intende sollevare i loro "
     "casi?\n",
     "Interrogazione prioritaria con richiesta di risposta scritta P-001631/2030 alla Commissione: Giornalisti detenuti in "
     "Turchia"),
    ("", "O-000045/2030\nAnfrage zur mündlichen Beantwortung O-000045/2030",
     "an die Kommission (Vizepräsidentin / Hohe Vertreterin)\nArtikel 128 der Geschäftsordnung\nErika Beispiel, Max "
     "Muster\n\n Betrifft: Beziehungen zwischen der EU und der Türkei\n\nDie Türkei muss als Bewerberland die Kriterien "
     "für einen Beitritt erfüllen. Wie bewertet die Kommission die Lage der Richter?\n",
     "Anfrage zur mündlichen Beantwortung O-000045/2030 an die Kommission (Vizepräsidentin / Hohe Vertreterin): "
     "Beziehungen zwischen der EU und der Türkei"),
    ("Choisissez la langue de votre document :\n\n", "E-000321/2030\nΕρώτηση με αίτημα γραπτής απάντησης E-000321/2030",
     "προς την Επιτροπή\nΆρθρο 138 του Κανονισμού\nΕλένη Παράδειγμα\n\n Θέμα: Κρατούμενοι δημοσιογράφοι στην Τουρκία\n\n"
     "Πολλοί δημοσιογράφοι βρίσκονται στη φυλακή στην Τουρκία. Θα θέσει η Επιτροπή το ζήτημα;\n",
     "Ερώτηση με αίτημα γραπτής απάντησης E-000321/2030 προς την Επιτροπή: Κρατούμενοι δημοσιογράφοι στην Τουρκία")])
def test_a_european_parliament_question_in_the_unions_languages(head, kind, rest, title):
    """A Member's question in Italian, German or Greek, its page's 24 languages over it: titled
    by the Parliament's link back ("Torna al portale Europarl") or its section ("Parlamentarische
    Anfragen"), untyped, its number (past the page's first characters) cited and the text
    civil society's; now read by its number (on the kind's line or alone over it), the
    addressee over the Rule's line and the labelled subject, whatever the language."""
    number = kind.split("\n")[0]
    r = enrich([f"{head}{_EP_LANGUAGES}Parlamentarische Anfragen\nPDF 39kWORD 10k\n16 marzo 2030\n{kind}\n{rest}"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (
        title, "parliamentary-question", "EU", "European Parliament")
    assert [t.value for t in r.own_identifiers] == [("eu-ep-question", number)]


@pytest.mark.parametrize("heading", ["Answer given by Mr Example on behalf of the European Commission",
                                     "Answer given by High Representative/Vice-President Example on behalf of the "
                                     "European Commission",
                                     "Réponse donnée par M. Example au nom de la Commission européenne"])
def test_the_commissions_answer_to_a_parliamentary_question(heading):
    """The Commission's answer on the Parliament's page was a country report by its text's
    "report"; it is part of the question's record."""
    r = enrich([f"Parliamentary questions\n\n3 February 2031\n\nE-004567/2030(ASW)\n\n{heading}\n\nThe Commission is "
                "aware of the detention of the journalists referred to by the Honourable Member. In its 2030 report on "
                "Exampleland, the Commission expressed serious concerns about fundamental rights.\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (heading, "parliamentary-question", "European Parliament")
    assert [t.value for t in r.own_identifiers] == [("eu-ep-question", "E-004567/2030")]


@pytest.mark.parametrize("heading, kind", [
    ("End of Mission Statement by the United Nations Special Rapporteur on the rights of persons with disabilities "
     "on her visit to Exampleland", "statement"),  # was visit-report
    ("Preliminary observations and recommendations of the Special Rapporteur on torture at the end of his visit to "
     "Exampleland", "statement"),  # was visit-report
    ("Preliminary Observations on official visit to Exampleland by the Special Rapporteur on extrajudicial, "
     "summary or arbitrary executions, 26-30 November 2030", "statement"),  # was visit-report
    # the visit's report tells what was done at the end of the visit: still its report
    ("Report of the Special Rapporteur on torture on his mission to Exampleland", "visit-report"),
])
def test_a_statement_at_the_end_of_a_visit(heading, kind):
    r = enrich([f"{heading}\n\n2 December 2030\n\nFrom 27 November to 2 December 2030 the Special Rapporteur visited "
                "Exampleland. At the end of his visit he presented his preliminary observations to the Government.\n"])
    assert r.doc_type.value == kind


def test_a_press_briefing_a_news_item_tells_of_makes_no_briefing():
    """"..., told a press briefing in Geneva" made a news item a `briefing`; an association's
    text that calls itself one still is."""
    news = ("Rights defenders must not be silenced, spokesperson says\n\n8 July 2030\n\n“Human rights defenders must "
            "not be silenced,” a spokesperson for the Office told a press briefing in Geneva on Friday. Eight "
            "defenders were detained on an island near the city while taking part in a workshop.\n")
    assert enrich([news]).doc_type is None
    assert enrich(["Defending the defenders: rights defenders on trial in Exampleland\n\nThis briefing follows twelve "
                   "trials of human rights defenders and lawyers in three cities.\n"]).doc_type.value == "briefing"


@pytest.mark.parametrize("kind, expected", [("Decision", "decision"), ("Resolution", "resolution")])
def test_the_human_rights_councils_decision_on_a_reviews_outcome(kind, expected):
    """The Council's decision adopting a review's outcome was a UPR report by the review's
    name in its title."""
    r = enrich([f"United Nations\n\nA/HRC/{kind[:3].upper()}/44/104\n\nGeneral Assembly\n\nDistr.: General\n23 July 2030\n\n"
                f"Human Rights Council\nForty-fourth session\n\n{kind} adopted by the Human Rights Council on 16 July 2030\n\n"
                "44/104. Outcome of the universal periodic review: Exampleland\n\nThe Human Rights Council,\n\nHaving "
                "conducted the review of Exampleland on 28 January 2030,\n\nAdopts the outcome of the universal periodic "
                "review of Exampleland.\n"])
    assert r.doc_type.value == expected


def test_an_urgent_action_and_a_commentary_section_over_their_titles():
    """A rights organisation's kind of text ("URGENT ACTION") and its staff's commentary
    section ("Dispatches") were the title; and a date a period began on ("since 3 May
    2030") dated the text before its own "Date:"."""
    r = enrich(["URGENT ACTION\n\nJOURNALIST DETAINED FOR SOCIAL MEDIA POSTS\n\nJournalist Ayşe Örnek has been held in "
                "pre-trial detention since 3 May 2030 for social media posts.\n\nDear Minister,\n\nI urge you to release "
                "her.\n\nUA: 56/30 Index: EUR 44/4123/2030 Exampleland Date: 10 May 2030\n"])
    assert (r.title.value, r.published.value) == ("JOURNALIST DETAINED FOR SOCIAL MEDIA POSTS", (dt.date(2030, 5, 10), "day"))
    r = enrich(["Dispatches\n\nExampleland’s Courts Keep the Defender Behind Bars\n\nDecember 10, 2030 11:20AM EST\n\nToday "
                "marks two years since the Court ruled that his detention violated his rights.\n"])
    assert r.title.value == "Exampleland’s Courts Keep the Defender Behind Bars"


def test_the_congress_of_local_and_regional_authorities():
    """The Congress (a Council of Europe body the taxonomy lacked) monitors local democracy
    in Türkiye; its reports were civil society's, its report a `recommendation` by the
    draft recommendation it proposes."""
    r = enrich(["31st PLENARY SESSION\n\nCG(31)10\n10 August 2030\n\nLocal and regional democracy in Exampleland\n\n"
                "Monitoring Committee\n\nRapporteurs: Jan EXAMPLE, Sweden (L, EPP/CCE)\n\nA. Draft recommendation. 2\n\n"
                "B. Explanatory memorandum. 5\n\nSummary\n\nThe report follows the monitoring visit to Exampleland in 2030."
                "\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value) == (
        "Local and regional democracy in Exampleland", "CoE", "Congress", "report")
    assert [t.value for t in r.own_identifiers] == [("coe-cg", "CG(31)10")]
    assert [classify(x) for x in ("CG38(2030)08prov", "CG(2030)42-14final", "CPL(30)2")] == [
        ("coe-cg", "CG38(2030)08"), ("coe-cg", "CG(2030)42-14"), ("coe-cg", "CPL(30)02")]
    # its recommendations have fewer figures than the Assembly's, which have had four since 1993
    assert classify("Recommendation 497 (2030)") == ("coe-cg", "Recommendation 497 (2030)")
    assert classify("Recommendation 2297 (2030)") == ("pace", "Recommendation 2297 (2030)")
    assert classify("Resolution 827 (1978)") == ("pace", "Resolution 827 (1978)")
    r = enrich(["Congress of Local and Regional Authorities\n\nRecommendation 497 (2030)\n\nThe situation of elected "
                "mayors in Exampleland\n\n1. The Congress recalls its earlier recommendations on the country.\n"])
    assert (r.mechanism.value, r.body.value) == ("CoE", "Congress")


def test_the_eu_asylum_agencys_country_report():
    """The EU's asylum agency (EUAA, before 2022 EASO), whose country of origin reports on
    Türkiye were civil society's."""
    r = enrich(["EASO Country of Origin Information Report. Country Focus\n\nThis Country Focus report on Exampleland was "
                "written for information relevant to international protection status determination.\n"])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("EU", "EUAA", "country-report")


def test_an_ngos_communication_on_a_judgments_execution():
    """An NGO's communication to the Committee of Ministers under its Rule 9.2: titled by the
    Department's address with its e-mail, the Committee's, about France (the address's
    country); now the NGOs' submission about the respondent State, titled by its line."""
    r = enrich(["Directorate General of Human Rights and Rule of Law Department for the Execution of Judgments of the "
                "ECHR F-67075 Strasbourg Cedex France E-mail: [email protected]\n\nSent by e-mail\n\n7 February 2030\n\n"
                "Submission by Example Watch pursuant to Rule 9.2 of the Committee of Ministers' Rules, in Ayşe Example "
                "v. Turkey (Application no. 12345/28)\n\n1. In line with Rule 9.2 of the Rules of the Committee of "
                "Ministers, Example Watch presents a communication on the execution of the judgment.\n"])
    assert r.title.value.startswith("Submission by Example Watch pursuant to Rule 9.2")
    assert (r.mechanism.value, r.body, r.doc_type.value) == ("civil-society", None, "submission")
    assert [c.value for c in r.subject_countries] == ["TR"]


def test_a_letter_to_a_body_and_a_list_of_abbreviations_name_no_author():
    """The body a letter is addressed to, a body a list of abbreviations spells out, a body
    whose name opens a paragraph's sentence: none is the author."""
    r = enrich(["To the attention of the Committee of Ministers of the Council of Europe\n\nThe European Court of Human "
                "Rights has indicated interim measures to the Government in three applications concerning the curfews in "
                "the region. The Government has not complied with them.\n"])
    assert (r.mechanism.value, r.body) == ("civil-society", None)
    r = enrich(["ACTION PLAN ON THE PREVENTION OF VIOLATIONS\n\nABBREVIATIONS\n\nECtHR European Court of Human Rights ECHR "
                "European Convention on Human Rights CPT European Committee for the Prevention of Torture\n"])
    assert (r.mechanism.value, r.body) == ("civil-society", None)


def test_a_paragraph_taken_for_a_title_is_cut_at_a_word_and_names_no_author():
    """A text without a heading is titled by its first paragraph, cut at a word with "…"
    (was cut inside a word); the bodies and kinds its sentence names are not the title's."""
    text = ("European Court of Human Rights has given decisions on interim measures concerning the Government's duty to "
            "protect the lives of the applicants in the judgments of several cases where the lawyers lodged applications "
            "on the right to life and to medical care for wounded civilians during the curfews in the towns of the "
            "region over the winter months.")
    r = enrich([text + "\n"])
    assert r.title.value.endswith("…") and text.startswith(r.title.value[:-1]) and len(r.title.value) <= 301
    assert (r.mechanism.value, r.doc_type) == ("civil-society", None)


def test_a_cover_run_into_one_line_is_titled_by_its_heading_in_capitals():
    """A book's cover and colophon as a document site runs them into one line: the heading in
    capitals that opens it titles it (was the line's first 300 characters, its authors, editors
    and publisher with it), not a case's name the line goes on with."""
    line = ("ÖRNEK HAKLAR EĞİTİM REHBERİ Ayşe Örnek - Veli Örnek Editörler: Can Örnek - Ece Örnek Örnek Üniversitesi "
            "Yayınları 352 İnsan Hakları Hukuku Çalışmaları 14 ISBN 978-605-000-000-0 Kapak Deniz Örnek 1. Baskı "
            "İstanbul, Şubat 2031 Örnek Yayıncılık Ltd. Şti. Yazışma Adresi: Örnek Caddesi No: 43/A İstanbul Telefon: "
            "0212 000 00 00")
    assert enrich([line + "\n"]).title.value == "ÖRNEK HAKLAR EĞİTİM REHBERİ"
    case = ("IN THE EUROPEAN COURT OF AYŞE ÖRNEK v. App No. 208/31 Third Party Intervention: The Example Project I. "
            "Introduction 1. The Third Party Interveners submit these written comments by leave of the President of "
            "the Section, in the case the applicant brought against the State about her detention after the events.")
    assert enrich([case + "\n"]).title.value != "IN THE EUROPEAN COURT OF AYŞE ÖRNEK"


def test_a_law_journals_article_on_the_courts_judgments():
    """An article in a bar association's journal: titled by the journal's name, the Court's
    (its title names the Court's judgments); now titled by its own heading without the
    author's academic byline, civil society's."""
    r = enrich(["EXAMPLE BAROSU DERGİSİ\n\nAVRUPA İNSAN HAKLARI MAHKEMESİ KARARLARI IŞIĞINDA TOPLANTI ÖZGÜRLÜĞÜ\n"
                "Yrd. Doç. Dr. Ayşe Örnek (*)\n\n\n1. Giriş\nToplantı özgürlüğü, demokratik süreçte önemli bir yer "
                "tutmaktadır. Bu çalışma Mahkemenin kararlarını ele almaktadır.\n"])
    assert (r.title.value, r.mechanism.value, r.body) == (
        "AVRUPA İNSAN HAKLARI MAHKEMESİ KARARLARI IŞIĞINDA TOPLANTI ÖZGÜRLÜĞÜ", "civil-society", None)
    r = enrich(["Journal of Human Rights Example\nVol. 12, No. 3\nResearch Article\n\nThe European Court of Human Rights "
                "case-law on peaceful assembly\n\nProf. Dr. Jane Example1\n\nThis article reads the judgments of the "
                "last decade on peaceful assembly in the region.\n"])
    assert (r.title.value, r.mechanism.value) == (
        "The European Court of Human Rights case-law on peaceful assembly", "civil-society")
    # (the Court's own texts are read by their headings, and a heading naming it is still its)
    r = enrich(["European Court of Human Rights\n\nAnnual Report 2030\n\nThe year saw the Court deliver judgments in "
                "many cases.\n"])
    assert (r.mechanism.value, r.body.value) == ("CoE", "ECtHR")


def test_the_official_gazettes_founding_date_dates_nothing():
    """The Official Gazette's masthead prints the date it was founded ("Kuruluş Tarihi : (
    7 Teşrinievvel 1336 ) 7 Ekim 1920") before the issue's: every act was dated 1920."""
    r = enrich(["T.C. Resmî Gazete Kuruluş Tarihi : ( 7 Teşrinievvel 1336 ) 7 Ekim 1920 Yönetim ve yazı işleri için "
                "Genel Müdürlüğüne başvurulur. 14 Ekim 2030 CUMARTESİ Sayı : 40312 YÜRÜTME VE İDARE BÖLÜMÜ\n"])
    assert r.published.value == (dt.date(2030, 10, 14), "day")
    r = enrich(["Example Rights Association\nFounded in 1986\n\nAnnual report\n\n12 March 2030\n\nThe association "
                "worked in the region over the year.\n"])
    assert r.published.value == (dt.date(2030, 3, 12), "day")


def test_an_explanation_in_running_text_is_no_statement():
    """"Açıklama" is a statement only as a heading: in an article's text ("Düşünceyi Açıklama",
    "bir açıklama yaptı") it typed the text a `statement`."""
    r = enrich(["Uluslararası belgelerde toplantı özgürlüğü üzerine bir inceleme, düşünceyi açıklama ve örgütlenme "
                "hakları ile birlikte ele alınmaktadır. Anahtar Kelimeler: Düşünceyi Açıklama, Hak ve Özgürlükler.\n"])
    assert r.doc_type is None
    r = enrich(["BASIN AÇIKLAMASI\n\nDerneğimiz bugün yaptığı açıklamada tutuklu gazetecilerin serbest bırakılmasını "
                "istedi.\n"])
    assert r.doc_type.value == "statement"


@pytest.mark.parametrize("page, title", [
    # a think tank's series line under its title, or run into it
    ("Exampleland: Ending the Insurgency\nEurope Report N°913 20 Sep 2030\nEXECUTIVE SUMMARY AND RECOMMENDATIONS\n"
     "A surge in violence has dashed plans for a negotiated end to the insurgency in the region.\n",
     "Exampleland: Ending the Insurgency"),
    ("Exampleland and the Insurgents: Saving the Peace Process Europe Report N°934 | 6 November 2030\n\nCrisis Group "
     "Headquarters Avenue Example 149 1050 Brussels, Belgium Tel: +32 2 000 00 00\n\nTable of Contents\n",
     "Exampleland and the Insurgents: Saving the Peace Process"),
    # (a title that numbers its report is no series line: it stays whole)
    ("Exampleland: Annual Report No. 3 on Press Freedom\n\nThe association publishes its third report.\n",
     "Exampleland: Annual Report No. 3 on Press Freedom"),
    ("Report No. 12: The situation of journalists\n\nThe association publishes its twelfth report.\n",
     "Report No. 12: The situation of journalists"),
    # the Gazette's date and issue line over an act as the legislation site prints it
    ("Yazdır\nResmî Gazete Tarihi: 17.05.2030 Resmî Gazete Sayısı: 49003\n\nBAŞVURULARIN İNCELENMESİNE DAİR USUL VE "
     "ESASLAR HAKKINDA YÖNETMELİK\n\nBİRİNCİ BÖLÜM\n\nMADDE 1 – (1) Bu Yönetmelik, başvuruların incelenmesine "
     "ilişkin usul ve esasları kapsar.\n",
     "BAŞVURULARIN İNCELENMESİNE DAİR USUL VE ESASLAR HAKKINDA YÖNETMELİK"),
    # a document site's furniture around an article, and the author's ORCID footnote as its label
    ("• Sonuç bulunamadı\n\nDr. Öğretim Üyesi, ORCID:\n\nN/A\nN/A\nProtected\n\nAcademic year: 2030\n\nShare \"Dr. "
     "Öğretim Üyesi, ORCID:\"\n\nCopied!\n26\n0\n0\n\nYükleniyor.... (view fulltext now)\n\nTam metin\n\n(1)\n\n"
     "KURUMUN KAMU YÖNETİMİNDEKİ YERİ VE İŞLEVİ\n\nAyşe ÖRNEK1\n\nÖZ\n\nBu çalışmanın temel sorusu kurumun yeridir.\n",
     "KURUMUN KAMU YÖNETİMİNDEKİ YERİ VE İŞLEVİ"),
    # a site's link to its e-application and a catalogue's label
    ("e-Başvuru\nErişilebilirlik Menüsü\nKurum 7 Yaşında\nKurum 7 Yaşında\n20.04.2030\nA- A+\n\nKurum, ulusal insan "
     "hakları kurumlarının tesis edilmesi gerektiği düşüncesiyle kurulmuştur.\n", "Kurum 7 Yaşında"),
    ("Publication\n\n11 Sep 2030\n\nThe governance of migration in the region\n\nThe study reads the laws of the "
     "last decade on migration.\n", "The governance of migration in the region"),
    # a Bundestag print: its number, its term, its kind, the Members who ask, then the title
    ("BT-Drucksache 28/10558\n\nDeutscher Bundestag Drucksache 28/10558\n28. Wahlperiode 30.11.2030\n\nKleine Anfrage\n"
     "der Abgeordneten Anna Beispiel, Jan Muster,\nund der Fraktion DIE BEISPIELE.\n\nDie Lage der Anwälte in "
     "Exampleland\n\nDie Lage der Anwältinnen und Anwälte hat sich verschlechtert, wie Berichte zeigen.\n",
     "Die Lage der Anwälte in Exampleland"),
])
def test_series_lines_and_sites_labels_are_no_title(page, title):
    """Titled before by a think tank's series line or with it, the Gazette's date line, a
    document site's labels, an author's ORCID, "e-Başvuru", "Publication", a print's
    number or the Members who asked."""
    assert enrich([page]).title.value == title


@pytest.mark.parametrize("cover", [
    "United Nations General Assembly A/HRC/WG.6/48/TUR/3 Distr.: General 17 February 2030 Original: English Human "
    "Rights Council Working Group on the Universal Periodic Review Forty-eighth session Summary of stakeholders' "
    "submissions on Türkiye* The present report is a summary of 25 stakeholders' submissions to the review.",
    "Birleşmiş Milletler Genel Kurulu A/HRC/WG.6/48/TUR/3 Dağıtım: Genel 17 Şubat 2030 Özgün dil: İngilizce İnsan "
    "Hakları Konseyi Evrensel Periyodik İnceleme Çalışma Grubu Kırk sekizinci oturum Paydaşların sunumlarının özeti "
    "Türkiye* Bu rapor, evrensel periyodik inceleme için 25 paydaşın sunumlarının özetini içermektedir."])
def test_a_un_cover_run_into_one_line_keeps_its_symbol(cover):
    """A UN cover a reader ran into one line, in English or in a Turkish translation: its
    masthead's symbol, after the organ's name, was taken for one the text cites."""
    r = enrich([cover + "\n"])
    assert [t.value for t in r.own_identifiers][:1] == [("un-symbol", "A/HRC/WG.6/48/TUR/3")]
    assert (r.mechanism.value, r.body.value) == ("UN", "UPR")


def test_a_search_boxs_instruction_is_no_title():
    r = enrich(["Arama yapmak için lütfen yukarıdaki kutulardan birine aramak istediğiniz terimi girin.\n\nKomiserin "
                "yazılı görüşleri hakkında bir kaç not\n\nAyşe ÖRNEK\n\nKomiser, tüm davalara yazılı görüş sunma "
                "yetkisine sahiptir.\n"])
    assert r.title.value == "Komiserin yazılı görüşleri hakkında bir kaç not"


def test_the_ministrys_numbered_statement_without_its_masthead():
    """The Ministry of Foreign Affairs' spokesperson's answer, numbered and dated before its
    title ("QA-20, 13 April 2030, ..."), as its English page gives it without the masthead:
    civil society's; now the Government's, titled without its number."""
    r = enrich(["QA-20, 13 April 2030, Statement of the Spokesperson of the Ministry of Foreign Affairs, Ambassador "
                "Ayşe Örnek, in Response to a Question Regarding a Statement by a Number of UN Rapporteurs\n\nThe joint "
                "press statement released on 13 April 2030 by several UN Special Rapporteurs has been noted with "
                "concern.\n"])
    assert (r.mechanism.value, r.body.value) == ("national", "Government")
    assert r.title.value.startswith("Statement of the Spokesperson of the Ministry of Foreign Affairs")
    # (its French pages: "QR-54, le 5 octobre 2030, Déclaration du Porte-parole ...")
    r = enrich(["QR-54, le 5 octobre 2030, Déclaration du Porte-parole du Ministère des affaires étrangères, en réponse "
                "à une question\n\nLa lettre envoyée le 3 octobre a été distribuée comme document du Conseil.\n"])
    assert (r.title.value, r.body.value) == (
        "Déclaration du Porte-parole du Ministère des affaires étrangères, en réponse à une question", "Government")
    # (and its Russian pages, the year's "г." ending the date: "ВО-95, 6 октября 2030 г. Ответ
    # Пресс-секретаря ...", was titled with its number, untyped and civil society's)
    r = enrich(["ВО-95, 6 октября 2030 г. Ответ Пресс-секретаря Министерства иностранных дел на вопрос относительно "
                "решения Европейского суда по правам человека\n\nРешение, принятое сегодня Европейским судом по правам "
                "человека, полностью лишено правовой основы.\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (
        "Ответ Пресс-секретаря Министерства иностранных дел на вопрос относительно решения Европейского суда по правам "
        "человека", "statement", "Government")
    # a number and a date before a title, without the Ministry, is no ministry's
    r = enrich(["No: 12, 5 May 2030, Report on the situation of the press in the region\n\nThe association publishes "
                "its yearly report on the situation of journalists.\n"])
    assert r.mechanism.value == "civil-society"
    r = enrich(["NO: 12, 5 May 2030, Report on the situation of the press in the region\n\nThe association publishes "
                "its yearly report on the situation of journalists.\n"])
    assert r.mechanism.value == "civil-society"
    # (its Turkish pages, a site setting every word's first letter in capitals: "Sc-20, 13 Nisan
    # 2030, Dışişleri Bakanlığı Sözcüsü ...": the number and date were part of the title)
    r = enrich(["Sc-20, 13 Nisan 2030, Dışişleri Bakanlığı Sözcüsü Büyükelçi Ayşe Örnek’in Bir Grup Bm Raportörü "
                "Tarafından Yayınlanan Açıklama Hakkında Bir Soruya Cevabı\n\nBasın açıklaması endişeyle "
                "karşılanmıştır.\n"], None, ["tr"])
    assert (r.title.value.split()[:3], r.body.value) == (["Dışişleri", "Bakanlığı", "Sözcüsü"], "Government")


def test_a_long_title_with_commas_is_still_a_title():
    """A title over 200 characters is taken from the first line (no heading); with its commas
    it read as a paragraph and lost its author and subject; a sentence's end or a verb tells
    running text from it."""
    r = enrich(["Statement by the President of the European Commission, the President of the European Council, and "
                "the High Representative on behalf of the Member States present at the Example Summit on the situation "
                "in Türkiye\n\nTürkiye is a key partner for the European Union. We call for a swift return to the "
                "constitutional order.\n"])
    assert (r.mechanism.value, r.body.value, [c.value for c in r.subject_countries]) == (
        "EU", "European Commission", ["TR"])


def test_an_agencys_name_inside_a_line_of_a_cover_names_no_author():
    """A student's paper "for the UNESCO Chair of the University of Example": the agency's
    name inside its cover's line made it the UN's; its name opens a line on the agency's
    own covers ("unicef" / "for every child", "UN Women Türkiye")."""
    r = enrich(["COMMENTARY ON THE JUDGMENT EXAMPLE UNION AND OTHERS v. GREECE\n\nAyşe Örnek\n\nPracticum of the UNESCO "
                "Chair of the University of Example\n\nDecember 2030\n\nThe commentary reads the judgment of the Court.\n"])
    assert r.mechanism.value == "civil-society"


def test_a_document_sites_page_count_ends_a_title_and_the_cpts_nickname():
    """docslib prints a PDF's title cut after "by The" and its page count under it: the
    title ran into "Total Page:16"; the Council of Europe's "Anti-Torture Committee" (its
    news pages' name for the CPT) named no body."""
    r = enrich(["Report to the Example Government on the Visit Carried out by The\nTotal Page:16\nFile Type:pdf, "
                "Size:1020Kb\nThe report of the visit in 2030 to the country's police stations.\n"])
    assert r.title.value == "Report to the Example Government on the Visit Carried out by The"
    r = enrich(["Preliminary observations by Anti-Torture Committee after visit to Exampleland in September 2030\n\n"
                "The treatment of persons detained by the police is among the subjects of the observations.\n"])
    assert (r.mechanism.value, r.body.value) == ("CoE", "CPT")


@pytest.mark.parametrize("wrapped", [
    "Working Group on\nEnforced or Involuntary Disappearances\n(20-26 September 2028)",
    # (another copy breaks the line before "on": the rest goes on in small letters)
    "Working Group\non Enforced or Involuntary Disappearances (20-26 September 2028)",
])
def test_an_addendums_own_title_wrapped_over_lines(wrapped):
    """An older UN cover's addendum whose own title wraps over lines and ends with the
    visit's dates: the title stopped after its first line ("... of the Working Group on",
    "... of the Working Group")."""
    page = ("UNITED\nNATIONS E\n\nEconomic and Social\nCouncil\n\nDistr.\nGENERAL\n\nE/CN.4/2029/62/Add.1\n"
            "28 December 2028\n\nENGLISH\nOriginal: ENGLISH/FRENCH\n\nCOMMISSION ON HUMAN RIGHTS\nFifty-fifth session\n"
            "Item 11 (b) of the provisional agenda\n\nReport of the Working Group on Enforced or Involuntary "
            "Disappearances\n\nAddendum\n\nReport on the visit to Exampleland by two members of the "
            + wrapped + "\n\nCONTENTS\n")
    assert enrich([page]).title.value == (
        "Report of the Working Group on Enforced or Involuntary Disappearances: Addendum: Report on the visit to "
        "Exampleland by two members of the Working Group on Enforced or Involuntary Disappearances (20-26 September "
        "2028)")


def test_a_statement_by_its_heading_or_its_address_to_the_chair_not_by_a_news_items_words():
    """A news item telling what a body "said [press release]" or "in a statement" was
    typed a `statement`; a statement is one by its title, a heading line, or a
    speech's address to the chair."""
    r = enrich(["Prisons in the region are overcrowded and the authorities are ignoring complaints, an association "
                "said [press release] on Thursday. The association, in a statement, lists the cases of ten detainees.\n"])
    assert r.doc_type is None
    r = enrich(["Interactive Dialogue with the Special Rapporteur on Example\n\nAyşe ÖRNEK 10.03.2030\n\nMr. President,\n\n"
                "We note the report of the Special Rapporteur and reiterate our support.\n"])
    assert r.doc_type.value == "statement"
    r = enrich(["PRESS RELEASE\n\nThe association calls for the release of the journalists\n\nThe association called "
                "today for the release of the journalists held in the region.\n"])
    assert r.doc_type.value == "statement"


@pytest.mark.parametrize("page, title", [
    # a photograph's caption printed twice over the story, its credit in brackets at its end
    ("A view of the harbour from the ferry on May 2, 2030. (Reuters/Jane Example)\n"
     "A view of the harbour from the ferry on May 2, 2030. (Reuters/Jane Example)\n\n"
     "Press Freedom Chronicle: Week of May 6\n\nJournalists in custody\n\nPolice in the city detained a reporter.\n",
     "Press Freedom Chronicle: Week of May 6"),
    ("Demonstrators outside the courthouse (Photo: AA)\n\nCourt releases four students\n\n"
     "A court released four students held since March.\n", "Court releases four students"),
    # a site's weather box over the story: the temperature and the place
    ("6.6 C\nExampleburg am Main\n\nLawyers detained in dawn raids: report\n\nMust read\n\n"
     "Police detained twelve lawyers in dawn raids, an association reported on Tuesday.\n",
     "Lawyers detained in dawn raids: report"),
    ("-3 °C\nKars\n\nTeachers dismissed by decree win their appeal\n\nThe court found for the teachers.\n",
     "Teachers dismissed by decree win their appeal"),
    # a scraper's date field with the site's name, an image's text, a news label
    (" date 2030-11-10 Example Post\nSeparator\nbreaking news\nBREAKING NEWS\n\n"
     "Journalist arrested over posts on prosecutors\n\nBy EXAMPLE WIRE\n\nA court arrested a journalist.\n",
     "Journalist arrested over posts on prosecutors"),
])
def test_a_news_sites_captions_weather_and_labels_are_no_title(page, title):
    """A news site's furniture over its story as a page's reader gives it: a photograph's
    caption with its credit ("(Reuters/...)"), the weather box ("6.6 C" / the city), a
    "Must read" label, a scraper's date field and "Separator" were the title."""
    assert enrich([page]).title.value == title


@pytest.mark.parametrize("title", ["Lawyers detained in dawn raids: report", "Prisons are overcrowded, report finds",
                                   "Gazeteciler gözaltında: Rapor",
                                   # (the verb before the report, at the end: was a `country-report`)
                                   "Exampleland no longer even 'Partly Free' concludes Example House report",
                                   "Prisons are overcrowded, says association's report"])
def test_a_headline_that_tells_of_a_report_is_news(title):
    """A news headline attributing its story to a report ("...: report", "report finds") was
    typed a `country-report`; the report itself keeps its type."""
    assert enrich([f"{title}\n\nThe findings were published by an association on Tuesday.\n"]).doc_type.value == "news"
    r = enrich(["Annual Report on Prison Conditions in Exampleland 2030\n\nThe association's annual report covers the "
                "year.\n"])
    assert r.doc_type.value == "country-report"


@pytest.mark.parametrize("title", [
    "Committee against Torture considers report of Exampleland",
    "Human Rights Committee reviews the initial report of Exampleland",
    "Committee on the Elimination of Discrimination against Women examines report of Exampleland",
    "Committee on the Rights of the Child concludes review of Exampleland",
    "Le Comité contre la torture examine le rapport de l'Examplelande",
])
def test_a_headline_telling_of_a_treaty_bodys_review_of_a_report_is_news(title):
    """The UN's meeting summaries headline a treaty body's review of a State's report: they
    were typed concluding observations or a country report by their text's words."""
    text = (f"{title}\n\n4 May 2030\n\nThe Committee this afternoon concluded its consideration of the fourth periodic "
            "report of Exampleland. Presenting the report, the head of the delegation said that the Government had "
            "adopted a new plan. Committee Experts asked about the concluding observations of the previous review.\n")
    assert enrich([text]).doc_type.value == "news"


@pytest.mark.parametrize("headline, document, kind", [
    ("Exampleland: Venice Commission adopts opinion on the law on associations",
     "Opinion on the law on associations of Exampleland", "opinion"),
    ("Human rights defenders in Exampleland: Commissioner publishes memorandum",
     "Memorandum on human rights defenders in Exampleland", "memorandum"),
    ("ECRI publishes its sixth report on Exampleland", "ECRI report on Exampleland (sixth monitoring cycle)",
     "country-report"),
    ("Committee of Ministers adopts interim resolution in the Example case",
     "Interim Resolution CM/ResDH(2030)432 Execution of the judgment in the case of Example against Exampleland",
     "interim-resolution"),
    ("Assembly adopts resolution on the functioning of democratic institutions in Exampleland",
     "Resolution 2156 (2030) The functioning of democratic institutions in Exampleland", "resolution"),
    ("MEPs adopt resolution on Exampleland", "European Parliament resolution of 13 September 2030 on Exampleland",
     "resolution"),
    # the verb in the past, before the text it names (was the kind it tells of); not "Report
    # published by ..."
    ("GREVIO published its Evaluation Report on Exampleland, 15 October 2030",
     "Report published by GREVIO on Exampleland", "country-report"),
    ("Le Comité a publié son rapport sur l'Examplelande", "Rapport au Gouvernement de l'Examplelande", "country-report"),
])
def test_a_headline_telling_of_a_bodys_opinion_or_memorandum_is_news(headline, document, kind):
    """A body's news of its own opinion, memorandum or report (with more than one word before
    "report") was the kind it tells of; the document itself keeps its kind."""
    text = ("\n\nStrasbourg, 12.06.2030 – The body today adopted and published its text on Exampleland, which "
            "recommends that the provisions be revised.\n")
    assert enrich([headline + text]).doc_type.value == "news"
    assert enrich([document + text]).doc_type.value == kind
    # (a list of issues is no body's "issues ... report")
    assert enrich(["List of issues concerning the report of Exampleland" + text]).doc_type.value == "list-of-issues"


def test_a_tables_row_titles_no_page():
    """A web page's table as the extraction prints it ("| Role | Committee | Rapporteur |", its
    head's rule under it) or a copy that lost its first bar titled the page by its head's cells
    ("Role | Committee | Rapporteur"); the heading after it titles it. A title between two bars
    (one cell) still does."""
    after = "\n\nStatistics on Exampleland\n\nThe Court delivered 78 judgments concerning Exampleland in 2030.\n"
    for table in ("| Year | Applications | Judgments |\n|---|---|---|\n| 2030 | 1,200 | 78 |",
                  "Year | Applications | Judgments |\n---|---|---|\n2030 | 1,200 | 78 |"):
        assert enrich([table + after]).title.value == "Statistics on Exampleland"
    assert enrich(["| Exampleland: Press Briefing Note |" + after]).title.value == "Exampleland: Press Briefing Note"


@pytest.mark.parametrize("text, kind", [
    # a text telling of a report, its title naming none: news of it (was the report)
    ("Restrictions on basic rights persist in Exampleland\n\nExampleland continues to be a \"not free\" country, "
     "according to a report by an example think tank. The annual report covers 195 countries.\n", "news"),
    ("Over 2,300 violations of the right to life in 2030\n\nA total of 2,397 people lost their lives, the report "
     "shows. The report also indicated that 68 refugees died.\n", "news"),
    ("Cezaevlerinde binlerce ihlal\n\nDernek son üç ayda yaşanan hak ihlallerine dair bir rapor yayınladı. Rapora "
     "göre 17 cezaevinde bin 249 ihlal tespit edildi.\n", "news"),
    # (its owner's report: "... başlıklı yıllık raporuna göre"; was country-report)
    ("‘Örnekistan’ın Karnesi Geriledi’\n\nÖrnek İzleme Örgütü’nün 'Örnekistan 2030 Olayları' başlıklı yıllık "
     "raporuna göre hükümet siyasi muhalifleri hedef aldı. Rapor, karnenin gerilediği tespitini yapıyor.\n", "news"),
    # (its publication told with the report's long name: "... has released its Freedom in the
    # World 2030 report", was a country report)
    ("Example House: Exampleland Declines to 'Not Free' Countries\n\nExample House has released its Freedom in the "
     "World 2030 report that is on political rights and freedoms.\n", "news"),
    # (a Turkish news item on the report someone published and what it said: was a country report)
    ("Örnekistan'da medya ve muhalefet hedef alınıyor\n\nÖrnek İzleme Örgütü'nün yayınlanan raporunda, Örnekistan'ın "
     "2030 yılında kısıtlamaları artırdığı belirtildi. Örgüt, bu yıl 28. defa yayınladığı 643 sayfalık Dünya "
     "Raporu'nda 90'dan fazla ülkeyi gözden geçiriyor.\n", "news"),
    ("Örgüt: 'Örnekistan Otoriter Bir Rejime Doğru Gidiyor'\n\nÖrnek İzleme Örgütü, 2030 Dünya Raporu'nda "
     "Örnekistan'daki insan hakları ihlallerine dikkat çekti. Örgütün araştırmacısı ülkenin otoriter bir rejime "
     "doğru ilerlediğini söyledi.\n", "news"),
    # (a report's own "Bu raporda ... belirtilmektedir" is no news)
    ("Örnekistan'da cezaevi koşulları\n\nBu raporda 17 cezaevindeki koşullar belgelenmektedir. Raporda yer alan "
     "bulgular 2030 yılında yapılan ziyaretlere dayanmaktadır.\n", None),
    # (in French: "Selon un rapport du ...", was a country report by the word)
    ("La liberté de la presse recule en Examplelande\n\nSelon un rapport du Conseil, 110 journalistes sont "
     "emprisonnés dans le pays. Le gouvernement conteste les chiffres.\n", "news"),
    # (what a State declared in a review's report, on an NGO's site: was a country report)
    ("Exampleland rejects recommendations from Otherland\n\nReviewed a second time on 27 January 2030, Exampleland "
     "accepted 199 recommendations. It declared in the report of the Working Group that it rejected the 7 "
     "recommendations made by Otherland.\n", "news"),
    # (the report named with its publication before what it found: "A report published in May by
    # the Example Foundation found ..."; was a country report)
    ("The Subcommittee will be visiting Exampleland between 4 and 15 September, the organisation announced on "
     "Thursday.\nThe visit will be its first since 2025.\nA report published in May by the Example Foundation "
     "found a record number of complaints in 2030.\n", "news"),
    # (the report named by whose it is: "According to the Foundation's 2030 Treatment Centres Report, ...")
    ("Click to read the article in Turkish\nThe number of people who reached out to the Example Foundation rose by "
     "22% compared to the previous year.\nAccording to the Foundation's 2030 Treatment Centres Report, a total of 1,201 "
     "people sought assistance.\n", "news"),
    # (what "an" organisation's report revealed: "an OSCE report revealed on Thursday"; was a
    # country report)
    ("Example's representative questions media freedom 49 times in 8 months\n\nThe representative has made 13 "
     "statements in the last eight months, an Example report revealed on Thursday.\n", "news"),
    # (nor does its summary telling what "the report notes", after its words of itself, "This
    # report follows ..."; was news)
    ("Monitoring of the Example Charter in Exampleland\n\nSummary\n\nThis report follows a monitoring visit "
     "which took place in October 2030. The report notes with satisfaction the turnout in recent elections.\n",
     "country-report"),
    # (what someone concluded in its report, and a report released on a weekday; were country
    # reports)
    ("The Centre for the Independence of Judges today concluded in its final report on the trial of 27 lawyers that "
     "the trial was political in nature.\nThe Court dismissed the charge.\n", "news"),
    ("In an unprecedented move, an example commission has recommended that Exampleland be named a country of "
     "concern.\n\nIn its annual report released Tuesday, the commission notes that Exampleland has failed to "
     "recognise religious communities.\n", "news"),
    # (after a report's name, its suffix after an apostrophe: "... Gözlem Raporu’na göre"; was a
    # country report)
    ("Gazetecilere dönük baskı artıyor\n\nÖrnek Medya Gözlem Raporu’na göre yılın ilk üç ayında dört gazeteci "
     "tutuklandı. En az altı gazeteci saldırıya uğradı.\n", "news"),
    # (a headline of what it did to someone, "... raporu Örnekistan’ı yalanladı"; was the report's kind)
    ("ÖRNEKİSTAN’DA KURUMLARIN İŞLEYİŞİ BAŞLIKLI RAPOR ÖRNEK MECLİSİ’NDE KABUL EDİLDİ\n\nÖrnek Meclisi üyesi "
     "tarafından hazırlanan rapor ile ilgili karar tasarısı 65 oyla kabul edildi.\n", "news"),
    ("Komite raporu Örnekistan’ı yalanladı\n\nÖrnek Komitesi, ülkeye en çok ziyaret yaptığı devletin Örnekistan "
     "olduğunu açıkladı.\n", "news"),
    # (a report someone criticised: "... criticized the ... mission's report on ...", "...
    # decried, on Tuesday, a report by ..."; were country reports)
    ("The Foreign Ministry criticized the Example Organization (EXO) election observer mission’s report on "
     "Exampleland’s elections for being politicized.\nThe ministry said the elections were fair.\n", "news"),
    ("Exampleland decried, on Tuesday, a report by the Example Organization election observation mission on "
     "Sunday’s elections, the agency reports.\nThe ministry said the elections were fair.\n", "news"),
    # (a Turkish headline asking what a report holds, words between: "... raporu ana bulguları
    # neleri içeriyor?", was a country report; not a report's own "Bu raporda neler var?")
    ("AB'nin Örnekistan raporu ana bulguları neleri içeriyor?\n\nKomisyon raporu eksikliklere dikkat çekiyor.\n",
     "news"),
    ("Örnekistan 2031 Raporu\n\nBu raporda neler var? Rapor, cezaevlerini ele alıyor.\n", "country-report"),
    # (a report's own "This report documents ..." under a title with a colon: was news, a
    # headline's "report documents"; and a document page's language menu, "Choose a language to
    # view report", names no kind of the text: an urgent action was a country report by it)
    ("Exampleland: Prisons in crisis\n\nThis report documents conditions in 17 prisons.\n", "country-report"),
    ("Exampleland: Fear for safety of human rights defenders\n\nA long-standing activist and three politicians have "
     "been arrested.\n\nChoose a language to view report\n\nDownload PDF\n", None),
    ("Examplelande : Craintes pour la sécurité de défenseurs\n\nUne militante et trois hommes politiques ont été "
     "arrêtés.\n\nChoisir une langue pour afficher le rapport\n\nTélécharger le PDF\n", None),
    # a report's own words of itself stay a report
    ("Prison conditions in Exampleland\n\nThis report documents the conditions in 17 prisons. The present report "
     "draws on visits carried out in 2030.\n", "country-report"),
])
def test_a_text_telling_of_a_report_is_news(text, kind):
    found = enrich([text]).doc_type
    assert (found.value if found else None) == kind


@pytest.mark.parametrize("headline, kind", [
    ("Commissioner calls on Exampleland to release the rights defender", "news"),  # was country-report
    ("UN experts urge release of detained journalists in Exampleland", "news"),  # was untyped
    ("UN experts seek release of all rights defenders as clampdown worsens", "news"),  # was untyped
    ("Co-rapporteurs concerned about detention of opposition mayors in Exampleland", "news"),
    ("Le Comité appelle l'Examplelande à libérer les journalistes", "news"),
    ("AB Komisyonu Örnekistan'daki gözaltıları kınadı", "news"),
    # (a treaty body's dialogue as the UN's meeting summaries headline it; was untyped)
    ("Experts of the Committee on the Elimination of Racial Discrimination commend Exampleland for its refugee "
     "policy, ask about hate speech", "news"),
    # a call for input, or a report named a call, is none, nor a report on the persons
    # measures concern
    ("Call for input: report on the rights of defenders in Exampleland", "country-report"),
    ("Persons concerned by the emergency measures in Exampleland", "country-report"),
    ("A call for justice: report on the rights of defenders in Exampleland", "country-report"),
])
def test_a_headline_telling_of_a_call_or_a_condemnation_is_news(headline, kind):
    text = (f"{headline}\n\nStrasbourg, 12.06.2030 – In her report following her visit, the Commissioner had "
            "highlighted the harassment of human rights defenders.\n")
    assert enrich([text]).doc_type.value == kind


def test_a_un_cover_run_together_keeps_its_symbol_apart_from_distribution_line_and_date():
    """An older UN document as its HTML copy gives it: the cover's lines run together
    ("Distr. GENERALCAT/C/SR.29913 May 2030Original: ENGLISH"); it had no symbol, and the
    meeting's date for want of the cover's. Which
    digits are the day is told by the symbol as the text cites it again; where nothing
    tells, no symbol rather than a wrong one."""
    page = ("UNITED NATIONS\n\nCAT\n\nConvention against Torture and Other Cruel, Inhuman or Degrading Treatment or "
            "Punishment\n\nDistr. GENERALCAT/C/SR.29913 May 2030Original: ENGLISH\n\nCOMMITTEE AGAINST TORTURE\n\n"
            "SUMMARY RECORD OF THE FIRST PART (PUBLIC)* OF THE 299th MEETING\n\n* The summary record of the second "
            "part (closed) of the meeting appears as document CAT/C/SR.299/Add.1.\n")
    r = enrich([page])
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "CAT/C/SR.299")]
    assert r.published.value == (dt.date(2030, 5, 13), "day")  # the cover's date, not the meeting's
    unsure = page.replace("appears as document CAT/C/SR.299/Add.1", "appears as a separate document")
    assert enrich([unsure]).own_identifiers == []
    r = enrich(["UNITED NATIONS\n\nCERD\n\nInternational Convention on the Elimination of All Forms of Racial "
                "Discrimination\n\nDistr. GENERALCERD/C/TUR/CO/3Original: ENGLISH\n\nCOMMITTEE ON THE ELIMINATION OF "
                "RACIAL DISCRIMINATION\n\nCONCLUDING OBSERVATIONS OF THE COMMITTEE ON THE ELIMINATION OF RACIAL "
                "DISCRIMINATION\n\nExampleland\n\n1. The Committee considered the report.\n"])
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "CERD/C/TUR/CO/3")]


def test_the_lanzarote_committee_its_documents_and_a_report_titled_by_kind_over_its_subject():
    """The Lanzarote Committee (the Parties to the Council of Europe's convention on the
    sexual exploitation and abuse of children; Türkiye is one) was no body: its report was
    civil society's, titled by the Committee's full name, its number T-ES(...) unread. A
    report's kind alone over its subject in capitals is titled with the subject."""
    page = ("T-ES(2030)12_en final\n\nLANZAROTE COMMITTEE\nCommittee of the Parties to the Council of Europe\n"
            "Convention on the protection of children against sexual\nexploitation and sexual abuse\n\n"
            "3rd implementation report\n\nPROTECTION OF CHILDREN\nAGAINST EXAMPLE HARMS\n\nTHE STRATEGIES\n\n"
            "Adopted by the Lanzarote Committee on 31 January 2031\n\nExecutive Summary\n\n1. The monitoring round "
            "focuses on the protection of children.\n")
    r = enrich([page])
    assert (r.mechanism.value, r.body.value) == ("CoE", "Lanzarote Committee")
    assert [t.value for t in r.own_identifiers] == [("coe-lanzarote", "T-ES(2030)12")]
    assert r.title.value == "3rd implementation report: PROTECTION OF CHILDREN AGAINST EXAMPLE HARMS: THE STRATEGIES"
    # the Committee's short and full names run into one line are no title either
    one_line = page.replace("LANZAROTE COMMITTEE\nCommittee of the Parties to the Council of Europe\nConvention on the "
                            "protection of children against sexual\nexploitation and sexual abuse",
                            "LANZAROTE COMMITTEE Committee of the Parties to the Council of Europe Convention on the "
                            "protection of children against sexual exploitation and sexual abuse")
    assert enrich([one_line]).title.value == r.title.value


@pytest.mark.parametrize("viewer", ["Sei sulla pagina 1di 12", "Estás en la página 1de 12", "Vous êtes sur la page 1sur 12",
                                    "Sie sind auf Seite 1von 12"])
def test_a_document_viewers_page_line_in_its_other_languages_is_no_title(viewer):
    """A document site's viewer prints "You are on page 1of 12" in its reader's language;
    only the English line was furniture, the Italian one was a report's title."""
    page = (f"{viewer}\n\nTÜRKİYE\n\nHEIGHTENED PRESSURE ON\nCIVIL SOCIETY\n\nSubmission to the UN Universal\n"
            "Periodic Review, January 2031\nCONTENTS\n\nIntroduction ........ 2\n")
    assert enrich([page]).title.value == "TÜRKİYE: HEIGHTENED PRESSURE ON CIVIL SOCIETY"


def test_a_parliaments_stamp_on_an_annexed_document_is_no_title():
    """The Danish Parliament publishes the documents annexed to a committee's file under its
    stamp ("Udenrigsudvalget 2029-30" / "URU Alm.del Bilag 128" / "Offentligt") and an
    image's file name: the stamp was the title of the UN report under it."""
    page = ("Udenrigsudvalget 2029-30\nURU Alm.del Bilag 128\nOffentligt\n1731562_0001.png\nOffice of the United "
            "Nations High Commissioner\nfor Human Rights\nReport on the human rights situation in South-East\nTürkiye\n"
            "July 2029 to December 2030\nFebruary 2031\nContents\nI.\nII.\nEXECUTIVE SUMMARY ........ 2\n")
    r = enrich([page])
    assert (r.title.value, r.body.value) == (
        "Report on the human rights situation in South-East Türkiye: July 2029 to December 2030", "OHCHR")


@pytest.mark.parametrize("section", ["Press releases Human Rights Council", "Communiqués de presse Conseil des droits de "
                                     "l'homme", "Press releases"])
def test_a_press_release_by_its_sites_section_over_it(section):
    """The UN's press releases sit under their site's section, named with the body ("Press
    releases Human Rights Council"); one on the review of a report was a `country-report`."""
    r = enrich([f"Skip to main content\n\n{section}\n\nCouncil begins its review of the report on free expression\n\n"
                "12 June 2031\n\nThe Council this afternoon started its dialogue with the Special Rapporteur, who "
                "presented his report.\n"])
    assert r.doc_type.value == "statement"
    # a report's table of contents listing its sources is no press release
    r = enrich(["Annual Report on Exampleland 2031\n\nContents\nPress releases ........ 12\n\nThis report covers the "
                "year.\n"])
    assert r.doc_type.value == "country-report"


def test_a_tracking_images_text_is_no_title():
    assert enrich(["dcsimg\n\n\nSpecial Rapporteur on the right to freedom of expression\n\nIntroduction\n\nThe "
                   "Special Rapporteur is an independent expert.\n"]).title.value == (
        "Special Rapporteur on the right to freedom of expression")


def test_a_high_courts_decision_as_case_law_sites_print_it():
    """Case-law sites print a Court of Cassation's decision under labels, the court in
    capitals ("YARGITAY KARARI" / "DAİRE : 16. Ceza Dairesi" / "ESAS NO : 2030/82" / ...): it
    was civil society's, titled "YARGITAY KARARI: DAİRE : 16. Ceza Dairesi"."""
    r = enrich(["YARGITAY KARARI\nDAİRE : 16. Ceza Dairesi\nESAS NO : 2030/82\nKARAR NO : 2030/4391\n"
                "KARAR TARİHİ : 24.09.2030\nMahkemesi :Ceza Dairesi\nİlk Derece Mahkemesi : İstanbul 13. Ağır Ceza "
                "Mahkemesinin 06.07.2028 tarih ve 2027/112 – 2028/96 sayılı kararı\nSuç : Silahlı terör örgütüne üye "
                "olma\n"])
    assert (r.title.value, r.mechanism.value, r.body.value) == (
        "Yargıtay 16. Ceza Dairesi, E. 2030/82, K. 2030/4391", "national", "Court of Cassation")
    assert r.published.value == (dt.date(2030, 9, 24), "day")
    r = enrich(["DANIŞTAY KARARI\nDAİRE : 10. Dairesi\nESAS NO : 2029/1\nKARAR NO : 2030/2\nKARAR TARİHİ : 02.03.2030\n"
                "Davacı : ...\n"])
    assert (r.title.value, r.body.value) == ("Danıştay 10. Dairesi, E. 2029/1, K. 2030/2", "Council of State")


def test_a_high_courts_decision_under_a_decisions_sites_dash_and_label():
    """A decisions site heads a Court of Cassation's decision by the court, a dash and the
    chamber ("Yargıtay - 16. Ceza Dairesi"): the chamber was left out of its title ("Yargıtay,
    E. 2030/3466, K. 2031/767"). Another site's label over a decision's text ("İçtihat Metni", in
    quotation marks) titled the decision; it is furniture."""
    r = enrich(["Yargıtay - 16. Ceza Dairesi\n\n2030/3466 Esas 2031/767 Karar\nKarar Tarihi: 27.02.2031\n"
                "Yargıtay silahlı terör örgütüne üye olma\n\n16. Ceza Dairesi 2030/3466 E. , 2031/767 K.\n\n"
                "Suç : Silahlı terör örgütüne üye olma\n"])
    assert r.title.value == "Yargıtay 16. Ceza Dairesi, E. 2030/3466, K. 2031/767"
    assert is_noise('"İçtihat Metni"') and is_noise("İçtihat Metni")


def test_a_local_courts_reasoned_judgment_by_its_heading_and_the_dates_of_the_facts_date_nothing():
    """A court of first instance's or appeal's decision (a trial's reasoned judgment, the
    record NGOs publish) was civil society's, titled "GEREKÇELİ KARAR TÜRK MİLLETİ ADINA" and
    dated by the offence ("SUÇ TARİHİ")."""
    r = enrich(["T.C.\nİSTANBUL\n13. AĞIR CEZA MAHKEMESİ\nGEREKÇELİ KARAR\nTÜRK MİLLETİ ADINA\n\nESAS NO : 2029/133\n"
                "KARAR NO : 2030/77\n\nBAŞKAN : Ayşe Örnek\nSUÇ : Örnek suç\nSUÇ TARİHİ : 15/07/2028\n"
                "KARAR TARİHİ : 25/04/2030\n\nGEREĞİ DÜŞÜNÜLDÜ:\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value) == (
        "İstanbul 13. Ağır Ceza Mahkemesi, E. 2029/133, K. 2030/77", "national", "Courts", "judgment")
    assert r.published.value == (dt.date(2030, 4, 25), "day")
    r = enrich(["T.C.\nANKARA\nBÖLGE ADLİYE MAHKEMESİ\n3. CEZA DAİRESİ\n\nESAS NO : 2031/55\nKARAR NO : 2031/90\n"
                "KARAR TARİHİ : 03.05.2031\n"])
    assert r.title.value == "Ankara Bölge Adliye Mahkemesi 3. Ceza Dairesi, E. 2031/55, K. 2031/90"
    # a news item on a court's decision is not the court's
    r = enrich(["İstanbul 13. Ağır Ceza Mahkemesi'nin kararı açıklandı\n\n25 Nisan 2030\n\nMahkeme 2029/133 Esas, "
                "2030/77 Karar sayılı kararında sanıkları beraat ettirdi.\n"])
    assert r.body is None or r.body.value != "Courts"


def test_a_un_title_wrapped_in_a_bodys_name_over_a_blank_line():
    """A PDF reader that puts a blank line between all of a cover's lines: the title broke
    in the middle of the body's name ("Report of the Working Group on the Universal" /
    "Periodic Review") and lost the State under review."""
    lines = ["GE.31-14569", "Human Rights Council", "Fifty-eighth session", "Agenda item 6",
             "Universal Periodic Review", "Report of the Working Group on the Universal", "Periodic Review",
             "Türkiye *", "* The annex to the present report is circulated as received.",
             "United Nations A/HRC/58/8", "General Assembly", "Distr.: General", "11 July 2031", "Original: English"]
    r = enrich(["\n\n".join(lines)])
    assert (r.title.value, [c.value for c in r.subject_countries]) == (
        "Report of the Working Group on the Universal Periodic Review: Türkiye", ["TR"])


@pytest.mark.parametrize("cover, title, symbol, country", [
    ("GE.31-13150 *3113150* Human Rights Council Fifty-sixth session Agenda item 6 Universal Periodic Review Report of the "
     "Working Group on the Universal Periodic Review* Türkiye * The annex to the present report is circulated as "
     "received. United Nations A/HRC/56/8 General Assembly Distr.: General 7 April 2031 Original: English Introduction "
     "1. The Working Group on the Universal Periodic Review held its forty-fifth session.",
     "Report of the Working Group on the Universal Periodic Review: Türkiye", "A/HRC/56/8", "TR"),
    ("GE.30-10147 UNITED NATIONS A General Assembly Distr. General A/HRC/53/17 4 January 2030 Original: ENGLISH HUMAN "
     "RIGHTS COUNCIL Thirteenth session Agenda item 6 UNIVERSAL PERIODIC REVIEW REPORT OF THE WORKING GROUP ON THE "
     "UNIVERSAL PERIODIC REVIEW* Türkiye * Previously issued under document symbol A/HRC/WG.6/46/L.16. The annex to "
     "the present report is circulated as received.",
     "REPORT OF THE WORKING GROUP ON THE UNIVERSAL PERIODIC REVIEW: Türkiye", "A/HRC/53/17", "TR"),
    ("United Nations CAT/C/TUR/CO/6 Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or "
     "Punishment Distr.: General 2 June 2031 Original: English Committee against Torture Concluding observations on "
     "the sixth periodic report of Türkiye * 1.The Committee against Torture considered the sixth periodic report of "
     "Türkiye at its meetings held on 26 and 27 April 2031.",
     "Concluding observations on the sixth periodic report of Türkiye", "CAT/C/TUR/CO/6", "TR"),
    # an addendum's word between the report's title and its own ("... Additif Suite donnée aux
    # recommandations: Exampleland*"): was one line, "... Heyns Additif Suite donnée ..."
    ("Nations Unies Assemblée générale A/HRC/62/37/Add.4 Distr. générale 6 mai 2031 Français Original: anglais "
     "Conseil des droits de l’homme Soixante-deuxième session Point 3 de l’ordre du jour Promotion et protection de "
     "tous les droits de l’homme Rapport du Rapporteur spécial sur les exécutions extrajudiciaires, sommaires ou "
     "arbitraires Additif Suite donnée aux recommandations: Turquie* Résumé Le présent rapport analyse les progrès "
     "réalisés par la Turquie.",
     "Rapport du Rapporteur spécial sur les exécutions extrajudiciaires, sommaires ou arbitraires: Additif: Suite "
     "donnée aux recommandations: Turquie", "A/HRC/62/37/Add.4", "TR"),
])
def test_a_un_cover_read_as_one_line(cover, title, symbol, country):
    """A UN document's text as a scraper or a web page gives it, the cover's lines run into
    one: it had a paragraph for its title, no symbol and no subject (the UPR reports of the
    shared set read so: every one wrong, now as from their PDF)."""
    r = enrich([cover])
    assert (r.title.value, [t.value for t in r.own_identifiers][:1], [c.value for c in r.subject_countries]) == (
        title, [("un-symbol", symbol)], [country])


def test_a_prosecutors_indictment_by_its_heading_not_a_news_item_telling_of_one():
    """An indictment (the text a trial of journalists or defenders turns on, which NGOs
    publish) was civil society's, titled by the office's bureau and dated by the offence
    ("SUÇ TARİHİ VE YERİ")."""
    r = enrich(["T.C.\nİSTANBUL\nCUMHURİYET BAŞSAVCILIĞI\nBasın Suçları Soruşturma Bürosu\n\nSoruşturma No : 2029/12345\n"
                "Esas No : 2030/678\nİddianame No : 2030/90\nDosya : 1\n\nİ D D İ A N A M E\n\nİSTANBUL ( ) AĞIR CEZA "
                "MAHKEMESİNE\n\nŞÜPHELİ : Ayşe Örnek\nSUÇ : Örnek suç\nSUÇ TARİHİ VE YERİ : 15/07/2029 - İstanbul\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value, r.published.value) == (
        "İddianame: İstanbul Cumhuriyet Başsavcılığı, Soruşturma No. 2029/12345, İddianame No. 2030/90", "indictment",
        "national", "Prosecutors", (dt.date(2030, 1, 1), "year"))
    r = enrich(["İstanbul Cumhuriyet Başsavcılığı 18 gazeteci hakkında iddianame hazırladı\n\n25 Nisan 2030\n\n"
                "Başsavcılık, gazeteciler hakkında iddianame hazırladı.\n"])
    assert (r.doc_type, r.body) == (None, None)


def test_a_permanent_representatives_statement_is_the_governments_and_a_journals_chairmanship_no_title():
    """Türkiye's ambassador's statement at the OSCE "in response to" ODIHR's Director was
    ODIHR's; an OSCE Permanent Council journal was titled "Chairmanship: Sweden" and about
    Sweden."""
    r = enrich(["STATEMENT BY AMBASSADOR AYŞE ÖRNEK, PERMANENT REPRESENTATIVE OF TÜRKİYE, In response to the Director of "
                "the Office for Democratic Institutions and Human Rights (1359th Meeting of the Permanent Council)\n\n"
                "Ayşe Örnek 05.10.2030\n\nThank you, Mr. Chairperson.\n"])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("national", "Government", "statement")
    r = enrich(["PC.JOUR/1513 Organization for Security and Co-operation in Europe 13 May 2031 Permanent Council "
                "Original: ENGLISH\n\nChairmanship: Sweden\n\n1513th PLENARY MEETING OF THE COUNCIL\n\n1. Date: Thursday, "
                "13 May 2031\n"])
    assert (r.title.value, [c.value for c in r.subject_countries]) == ("1513th PLENARY MEETING OF THE COUNCIL", [])


def test_a_tracking_pixels_text_a_title_ending_in_logo_and_the_eu_delegation():
    """A site's Facebook pixel printed before its page title ("fbpx ... | EU Delegation to
    Türkiye") was the title, the EU Delegation's pages civil society's; a short line ending
    in "logo" is a logo's text, but "Introducing: Our Logo" was no title either."""
    r = enrich(["fbpx Flagship Projects : EU and Human Rights | EU Delegation to Türkiye\n\nFlagship Projects : EU and Human "
                "Rights\n\nHuman rights and democratisation are a keystone of the EU, as the projects show.\n"])
    assert (r.title.value, r.mechanism.value, r.body.value) == ("Flagship Projects : EU and Human Rights", "EU", "EEAS")
    assert enrich(["Introducing: Our Logo\n\nWe have chosen the dandelion as the symbol of our project on fundamental "
                   "rights.\n"]).title.value == "Introducing: Our Logo"
    assert enrich(["Example Ministry logo\n\nAnnual Report 2030\n\nThe report covers the year.\n"]).title.value == (
        "Annual Report 2030")


def test_an_organisations_name_with_its_footnotes_marks_over_a_title():
    """A daily report under its publisher's name and the name's footnotes' marks ("...
    Documentation Center[1][2][3]") was titled by the name."""
    r = enrich(["Example Human Rights Foundation Documentation Center[1][2][3][4][5]\n\n03 January 2031 Daily Human Rights "
                "Report\n\n(01/010) Operations and Attacks…\n\nThe Ministry announced that two soldiers died in a clash.\n"])
    assert r.title.value == "03 January 2031 Daily Human Rights Report"


@pytest.mark.parametrize("title, body", [
    ("Eighth periodic report submitted by Exampleland under article 18 of the Convention, due in 2030", "CEDAW"),
    ("Fifth periodic report submitted by Exampleland under article 19 of the Convention pursuant to the optional "
     "reporting procedure, due in 2030", "CAT"),
    ("Fourth periodic report submitted by the Republic of Exampleland under articles 16 and 17 of the Covenant, "
     "due in 2030", "CESCR"),
])
def test_a_state_partys_report_without_its_cover_is_the_committees_by_its_reporting_article(title, body):
    """A State party's report as the OHCHR's document store gives its text (no cover, no
    committee named, only "the Committee" and "the Convention") was civil society's; the
    article of the treaty it reports under names the committee (the treaties' reporting
    articles), as the agenda item's line does. A State's report under another treaty's
    article (the Framework Convention's 25) stays with no committee."""
    page = (f"* The present document is being issued without formal editing.\n\n{title} *\n\n[Date received: 26 "
            "November 2030]\n\nIntroduction\n\n1. This report responds to the Committee's concluding observations "
            "on the previous report.\n")
    r = enrich([page])
    assert (r.doc_type.value, r.mechanism.value, r.body.value) == ("state-report", "UN", body)
    other = page.replace(title, "Fifth report submitted by Exampleland under article 25 of the Framework Convention")
    r = enrich([other])
    assert r.body is None and r.mechanism.value != "UN"


def test_a_treaty_body_document_without_its_masthead_read_from_its_session_and_agenda_lines():
    """A treaty body's document as the OHCHR's document store gives its text: no "United
    Nations", no symbol, no distribution line; it begins with the session, its dates and
    the agenda item. It was titled by the agenda item's own title, typed a UPR report (its
    text cites the review) and civil society's, about no State."""
    page = ("Seventieth session\n\n4-22 July 2030\n\nItem 4 of the provisional agenda\n\nConsideration of reports "
            "submitted by States parties under article 18 of the Convention on the Elimination of All Forms\n\nof "
            "Discrimination against Women\n\nList of issues and questions in relation to the ninth periodic report "
            "of Exampleland\n\nConstitutional and legislative framework\n\n1.In paragraph 44 of the report submitted "
            "to the Human Rights Council under the universal periodic review (A/HRC/WG.6/50/EXL/1), the State party "
            "indicated that a bill had been submitted to the parliament. Please provide updated information.\n")
    r = enrich([page])
    assert r.title.value == "List of issues and questions in relation to the ninth periodic report of Exampleland"
    assert (r.doc_type.value, r.mechanism.value, r.body.value) == ("list-of-issues", "UN", "CEDAW")
    # CERD's list of themes, the symbol it names in brackets the State report's, not its own
    page = ("Committee on the Elimination of Racial Discrimination\nEighty- eighth session\n23 November-11 December "
            "2030\nItem 4 of the provisional agenda\nConsideration of reports, comments and information submitted by "
            "States parties under article 9 of the Convention\nList of themes in relation to the combined fourth to "
            "sixth periodic reports of Exampleland (CERD/C/EXL/4-6)\nNote by the Country Rapporteur\n1.The "
            "Convention in domestic law (arts. 1, 2, 4, 6 and 7)\n")
    r = enrich([page])
    assert r.title.value == ("List of themes in relation to the combined fourth to sixth periodic reports of "
                             "Exampleland (CERD/C/EXL/4-6)")
    assert (r.doc_type.value, r.body.value, r.own_identifiers) == ("list-of-issues", "CERD", [])
    # the Council's document without its symbol is the UN's, though it names no body of ours
    r = enrich(["Fifty-second session\n\nAgenda item 4\n\nHuman rights situations that require the Council’s "
                "attention\n\nOral update of the High Commissioner on the situation of human rights in Exampleland\n\n"
                "1. The High Commissioner presented the update.\n"])
    assert (r.title.value, r.mechanism.value) == (
        "Oral update of the High Commissioner on the situation of human rights in Exampleland", "UN")
    # a session without an agenda item under it makes no UN cover
    assert enrich(["Spring session\n\nOur association met in Ankara.\n\nReport of the board\n\nThe board met "
                   "twice.\n"]).title.rule != "cover-page"


def test_a_headline_opening_on_a_committees_name_is_the_title():
    """A meeting summary's headline begins with the committee's name ("COMMITTEE ON THE
    ELIMINATION OF DISCRIMINATION AGAINST WOMEN EXAMINES REPORT OF ..."): it was taken for
    a cover's masthead line and set aside, the first paragraph titling the page."""
    page = ("Skip to main content\n\nCOMMITTEE ON THE ELIMINATION OF DISCRIMINATION AGAINST WOMEN EXAMINES REPORT OF "
            "EXAMPLELAND\n\nMeeting Summaries\n\nThe Committee on the Elimination of Discrimination against Women "
            "today considered the ninth periodic report of Exampleland.\n")
    r = enrich([page])
    assert r.title.value == ("COMMITTEE ON THE ELIMINATION OF DISCRIMINATION AGAINST WOMEN EXAMINES REPORT OF "
                             "EXAMPLELAND")
    # the committee's name alone on a cover is still no title
    cover = ("United Nations CEDAW/C/EXL/CO/9\n\nConvention on the Elimination of All Forms of Discrimination "
             "against Women\n\nDistr.: General\n1 July 2030\n\nOriginal: English\n\nCommittee on the Elimination "
             "of Discrimination against Women\n\nConcluding observations on the ninth periodic report of "
             "Exampleland*\n\n1. The Committee considered the report.\n")
    assert enrich([cover]).title.value == "Concluding observations on the ninth periodic report of Exampleland"


@pytest.mark.parametrize("page, title", [
    # CAT's older name for its concluding observations, a human rights library's copy opening on
    # the agenda item's title in capitals: it was a `submission` ("... its submission of the
    # initial report") titled by the agenda item and all under it
    ("CONSIDERATION OF REPORTS SUBMITTED BY STATES PARTIES UNDER ARTICLE 19 OF THE CONVENTION\nConclusions and "
     "recommendations of the Committee against Torture\nTURKEY\n1. The Committee considered the second periodic "
     "report of Exampleland (CAT/C/99/Add.8) at its 945th and 948th meetings, held on 2 and 5 May 2030, and adopted "
     "the following conclusions and recommendations.\nA. Introduction\n2. The Committee welcomes the second periodic "
     "report of Exampleland, since its submission of the initial report in 2020.\n",
     "Conclusions and recommendations of the Committee against Torture: TURKEY"),
    # CEDAW's older "Concluding comments"
    ("CEDAW/C/EXL/CC/4-5\nDistr.: General\n15 February 2030\nOriginal: English\nCommittee on the Elimination of "
     "Discrimination against Women\nThirty-second session\nConcluding comments of the Committee on the Elimination of "
     "Discrimination against Women: Exampleland\n1. The Committee considered the combined fourth and fifth periodic "
     "report of Exampleland and its submission.\n",
     "Concluding comments of the Committee on the Elimination of Discrimination against Women: Exampleland"),
])
def test_the_older_names_of_concluding_observations(page, title):
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.mechanism.value) == (title, "concluding-observations", "UN")


def test_a_follow_up_report_with_a_converters_space_and_field_labels_under_it():
    """CAT's follow-up report on its decisions, as the document store's converter gives it:
    a space after the title's first capital ("F ollow-up report ...") and each case's
    fields under it ("Decision adopted on:"): the report was titled by that label and typed
    a decision. A label (a line ending in a colon) is no title; the split capital is joined."""
    page = ("United Nations\n\nCAT/C/80/3\n\nConvention against Torture and Other Cruel, Inhuman or Degrading Treatment "
            "or Punishment\n\nDistr.: General\n\n25 May 2031\n\nOriginal: English\n\nCommittee against Torture\n\nF ollow-up "
            "report on decisions relating to communications submitted under article 22 of the Convention*\n\nIntroduction"
            "\n\nThe present report compiles information received from States parties and complainants.\n\nA. Communication "
            "No. 999/2029\n\nA.B. v. Exampleland\n\nDecision adopted on:\n\n23 November 2030\n\nViolation:\n\nArticle 3\n")
    r = enrich([page])
    assert r.title.value == ("Follow-up report on decisions relating to communications submitted under article 22 of "
                             "the Convention")
    assert (r.doc_type.value, r.body.value) == ("report", "CAT")


def test_a_label_under_a_cut_title_is_not_joined_to_it():
    """A document site's copy: its title bar cut after "on", then its "advertisement" label
    under a blank line. A line in small letters after a blank line continues a UN title
    ("... on the United Nations" / "operation in Cyprus"), but not a label."""
    page = ("United Nations CCPR/C/EXL/CO/1\n\nConcluding observations - Office of the High Commissioner on\n\n"
            "advertisement\nHuman Rights Committee\nConcluding observations on the initial report of Exampleland\n"
            "1. The Committee considered the initial report.\n")
    assert "advertisement" not in enrich([page]).title.value


def test_an_older_commission_staff_working_document_and_its_sec_number():
    """The Commission's progress reports before 2012 were SEC documents, headed "COMMISSION
    OF THE EUROPEAN COMMUNITIES" under the language marks "EN EN EN": the report was titled
    "EN EN EN", about no State, its own number the communication's it accompanies."""
    page = ("EN EN EN\n\nCOMMISSION OF THE EUROPEAN COMMUNITIES\n\nBrussels, 8.11.2030\nSEC(2030) 1390\n\n"
            "COMMISSION STAFF WORKING DOCUMENT\n\nTurkey 2030 Progress Report\n\n{COM(2030) 649 final}\n\nEN EN\n")
    r = enrich([page, "1. INTRODUCTION\n1.1. Preface\nThe Commission has reported regularly on progress.\n"])
    assert r.title.value == "Turkey 2030 Progress Report"
    assert [t.value for t in r.own_identifiers] == [("eu-sec", "SEC(2030)1390")]
    assert (r.mechanism.value, r.body.value, [t.value for t in r.subject_countries]) == ("EU", "European Commission", ["TR"])
    assert classify("SEC(2030) 1390") == ("eu-sec", "SEC(2030)1390")


def test_news_of_a_published_report_and_its_governments_response():
    """A Council of Europe news item: "CPT publishes report on Turkey", its report "together
    with the response of the Turkish Government": it was a `government-response` (the phrase in
    its running text), then a visit report (its "ad hoc visit"). A headline telling of a
    published report is news; the response's own cover still heads a `government-response`."""
    page = ("Back CPT publishes report on Turkey\n\nThe Committee has published today the report on its ad hoc visit to "
            "Turkey, which took place from 16 to 23 June 2030, together with the response of the Turkish Government. "
            "Both documents have been made public at the request of the Turkish authorities.\n\n17/10/2030\n")
    assert enrich([page]).doc_type.value == "news"
    cover = ("CPT/Inf (2031) 23\n\nResponse of the Turkish Government to the report of the European Committee for the "
             "Prevention of Torture on its visit to Turkey from 16 to 23 June 2030\n\nStrasbourg, 17 October 2031\n")
    assert enrich([cover]).doc_type.value == "government-response"
    # a press release that tells of it is still a statement
    release = ("Press release - 30 November 2030\n\nThe Example Group publishes report on Turkey\n\nThe Group has "
               "published today its evaluation report on Turkey.\n")
    assert enrich([release]).doc_type.value == "statement"



@pytest.mark.parametrize("headline", [
    "Türkiye authorises publication of report by Council of Europe Anti-Torture Committee",
    "La Türkiye autorise la publication d'un rapport du Comité anti-torture",
    "Turkish response to report by Council of Europe anti-torture Committee",
    "Réponse de la Türkiye à un rapport du Comité anti-torture",
])
def test_news_of_a_reports_publication_or_response_is_news(headline):
    """The Council of Europe's news that a State authorised a report's publication, or
    answered it, was typed a country report (the report's visit in its text)."""
    page = (f"Back {headline}\n\nThe Government has authorised publication of the report drawn up by the "
            "European Committee for the Prevention of Torture after its visit to Türkiye in October 2030, with its "
            "response.\n\n23/02/2031\n")
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.body.value) == (headline, "news", "CPT")


@pytest.mark.parametrize("addressed", ["Letter addressed to Mr A. Example,", "Lettre adressée à M. A. Example,"])
def test_the_commissioners_letter_after_a_visit_is_a_letter(addressed):
    """A letter written after a visit ("Letter addressed to Mr ..." / "by ..., Commissioner
    for Human Rights" / "Following his visit to ...") was typed the visit's report."""
    r = enrich([f"English only\n\nHuman rights developments in Exampleland\n\n{addressed}\nMinister of Foreign Affairs\n\n"
                "by Mr B. Example, Council of Europe Commissioner for Human Rights\n\nFollowing his visit to Exampleland from "
                "1 to 4 November 2030\n\nStrasbourg, 18 December 2030\n\nYour Excellency,\n\nI would like to thank you for "
                "the warm reception during my recent visit.\n"])
    assert (r.title.value, r.body.value, r.doc_type.value) == ("Human rights developments in Exampleland", "Commissioner",
                                                               "statement")


@pytest.mark.parametrize("section", ["NOUVELLES", "Actualités", "Noticias", "Nachrichten", "Notizie", "GÜNCEL"])
def test_a_news_sites_section_and_its_dateline_with_an_update(section):
    """A news site's section over the headline was the title in other languages than
    English and Turkish, and the dateline with its update after a bar ("20/03/2030 01:32 EDT
    | Actualisé 20/03/2030 01:40 EDT") was taken for a browser's print header: the page was
    dated by a month its text names."""
    r = enrich([f"{section}\n20/03/2030 01:32 EDT | Actualisé 20/03/2030 01:40 EDT\n\nExampleland: graves violations des "
                "droits (ONU)\n\nLa prolongation de l'état d'urgence, instauré après le putsch manqué de juillet 2028, "
                "a conduit à de graves violations, a accusé mardi l'ONU.\n"], None, ["fr"])
    assert (r.title.value, r.published.value) == ("Exampleland: graves violations des droits (ONU)",
                                                  (dt.date(2030, 3, 20), "day"))


@pytest.mark.parametrize("headline, doc_type", [
    # a Turkish headline telling of a report, its word in a sentence's case (was a country
    # report by its text's word "rapor")
    ("Exampleland işkence raporuna onay vermedi", "news"),
    ("İşkenceyi Önleme Komitesi raporlarına yayın izni", "news"),
    ("AB raporunda Exampleland eleştirisi", "news"),
    # (a report's own title, one on another's report, an extract from one, are not news)
    ("Exampleland 2030 Yıllık İnsan Hakları Raporu", "country-report"),
    ("Komite raporuna ilişkin Türk Hükümetinin yanıtı", "government-response"),
    ("Kamu Denetçiliği Kurumu yıllık raporundan: kamu görevinden ihraçlar", "country-report"),
])
def test_a_turkish_headline_telling_of_a_report_is_news(headline, doc_type):
    page = (f"{headline}\n\nAvrupa İşkenceyi Önleme Komitesi'nin Exampleland'e ilişkin son raporu, hükümet onay vermediği "
            "için yayımlanamadı. Rapor ziyaretin ardından hazırlandı.\n")
    r = enrich([page], None, ["tr"])
    assert (r.title.value, r.doc_type.value) == (headline, doc_type)


@pytest.mark.parametrize("page, title, doc_type", [
    # the Commissioner's older reports: "REPORT" alone, its author and occasion under it (it was
    # titled "Original version", then by its byline)
    ("Strasbourg, 26 November 2030\nCommDH(2030)24\nOriginal version\n\nREPORT\n\nby Ann Example\nCommissioner for "
     "Human Rights of the Council of Europe\n\nFollowing her visit to Turkey\nfrom 1 to 5 July 2030\n\nSummary\n\n"
     "Commissioner Example and her delegation visited Turkey from 1 to 5 July 2030.\n",
     "REPORT by Ann Example, Commissioner for Human Rights of the Council of Europe, Following her visit to Turkey "
     "from 1 to 5 July 2030", "visit-report"),
    # an activity report: the office and its holder's name over it are no title (it was titled by the
    # name), and the visits it lists make it no visit report
    ("Strasbourg, 15 November 2030\nCommDH(2030)26\n\nCOMMISSIONER FOR HUMAN RIGHTS\nOF THE COUNCIL OF EUROPE\n\n"
     "ANN EXAMPLE\n\n3RD QUARTERLY ACTIVITY REPORT 2030\n1 July to 30 September\n\nPresented to the Committee of "
     "Ministers and the Parliamentary Assembly\n\n1. Visits and Missions\n\nVisit to Turkey\n\nThe Commissioner "
     "carried out a visit to Turkey.\n",
     "3RD QUARTERLY ACTIVITY REPORT 2030 1 July to 30 September", "report"),
])
def test_the_commissioners_older_reports_and_activity_reports(page, title, doc_type):
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.body.value) == (title, doc_type, "Commissioner")


@pytest.mark.parametrize("page", [
    "First general report\non GREVIO's activities\ncovering the period\nfrom June 2025 to May 2029\nContents\n1. This "
    "report covers the evaluation of Exampleland and Sampleland and the findings on their reports.\n",
    "27th General Report of the CPT\n1 January - 31 December 2029\nThe CPT carried out visits to Exampleland and "
    "Sampleland; its reports on them are published.\n",
])
def test_a_bodys_general_report_on_its_activities_is_a_report(page):
    """A body's account of its own work, whatever countries' reports it tells of (were
    country reports)."""
    assert enrich([page]).doc_type.value == "report"


FACTSHEET = ("Factsheet – Conditions of detention\n\nMarch 2031\nThis factsheet does not bind the Court and is not "
             "exhaustive\n\nConditions of detention\n“Detainees keep their rights behind bars …” (Example v. Exampleland, "
             "no. 12345/27, judgment of 9 May 2029, § 40).\n\nOvercrowding\nKaya v. Türkiye\n14 June 2030\nThe "
             "applicant complained of the cell he shared with eleven others.\n")


def test_the_courts_factsheets():
    """The Court's press factsheets: the Court's own (were civil society's), dated by the
    month under their title (was a judgment's day they list), and run into one line by a
    document site, titled by the words before that month (was the whole line)."""
    r = enrich([FACTSHEET])
    assert (r.title.value, r.mechanism.value, r.body.value) == ("Factsheet – Conditions of detention", "CoE", "ECtHR")
    assert (r.published.value, r.adopted) == ((dt.date(2031, 3, 1), "month"), None)
    r = enrich([" ".join(FACTSHEET.split())])
    assert r.title.value == "Factsheet – Conditions of detention"
    profile = enrich(["Press country profile\n\nTürkiye\n\nLast updated: January 2031\n\nNational Judge: A. Example\n"])
    assert (profile.mechanism.value, profile.body.value, [s.value for s in profile.subject_countries]) == (
        "CoE", "ECtHR", ["TR"])


@pytest.mark.parametrize("line", [
    # the title ends on the date it tells of
    "Statement on the events of 15 July 2031 The association recalls the night of the attempted coup and the "
    "arrests that followed it across the country, in every province, in the weeks and months after it, and asks "
    "for the release of those still held without a judgment of any court on the charges brought against them.",
    # ... or in brackets
    "Preliminary observations at the end of the visit (3-7 March 2031) 7 March 2031 The delegation met officials "
    "of the ministries, the judges and prosecutors, the lawyers of the bar associations, the families of those "
    "held and the associations working with them in the provinces it went to during its five days in the country.",
])
def test_a_line_run_into_one_is_not_cut_at_a_date_its_title_tells_of(line):
    # (the line's first 300 characters, cut at a word, not its words before a date)
    title = enrich([line]).title.value
    assert title.startswith(line[:60]) and title.endswith("…") and len(title) > 200


@pytest.mark.parametrize("masthead, title, addendum, kind", [
    ("CAT/C/EXL/CO/4/Add.1", "Concluding observations on the fourth periodic report of Exampleland",
     "Information received from Exampleland on follow-up to the concluding observations*", "government-response"),
    ("CCPR/C/EXL/Q/1/Add.1", "List of issues in connection with the consideration of the initial report of "
     "Exampleland (CCPR/C/EXL/1)", "Replies of the Government of Exampleland to the list of issues*",
     "government-response"),
])
def test_an_addendums_own_title_right_under_addendum_without_a_blank_line(masthead, title, addendum, kind):
    """A treaty body's addendum as a PDF reader gives its cover, no blank line between the
    lines: the addendum's own title under "Addendum" begins as UN titles begin
    ("Information received ...", "Replies of ..."), and was taken for another block: the
    title stopped at "Addendum" and the State's follow-up or replies were typed as the
    concluding observations or the list of issues they answer."""
    page = (f"United Nations {masthead}\nInternational Covenant on\nCivil and Political Rights\nDistr.: General\n"
            f"14 June 2030\nOriginal: English\nCommittee\n{title}\nAddendum\n{addendum}\n[Date received: 26 May 2030]\n"
            "* The present document is being issued without formal editing.\nGE.30-09801(E)\n")
    r = enrich([page])
    assert r.title.value == f"{title}: Addendum: {addendum.rstrip('*')}"
    assert r.doc_type.value == kind


def test_a_thematic_report_under_the_ohchrs_logo_dated_by_its_cover_month():
    """The Office's country reports without a symbol: the logo's words ("UNITED NATIONS
    HUMAN RIGHTS" / "OFFICE OF THE HIGH COMMISSIONER") name it (the report was civil
    society's), and the month alone under the period the report covers dates it (was the
    first day the text tells of)."""
    page = ("UNITED NATIONS HUMAN RIGHTS\nOFFICE OF THE HIGH COMMISSIONER\nReport on the human rights situation in "
            "Exampleland\nJanuary 2029 to December 2030\nMarch 2031\nContents\nI. Executive summary\nOn 20 July 2029, "
            "the Government of Exampleland declared a state of emergency.\n")
    r = enrich([page])
    assert (r.mechanism.value, r.body.value) == ("UN", "OHCHR")
    assert r.published.value == (dt.date(2031, 3, 1), "month")


@pytest.mark.parametrize("page, title", [
    ("Nations Unies CAT/C/90/D/901/2029\nConvention contre la torture\net autres peines ou traitements\ncruels, "
     "inhumains ou dégradants\nDistr. générale\n2 septembre 2031\nFrançais\nOriginal : anglais\nComité contre la "
     "torture\nDécision adoptée par le Comité au titre de l’article 22 de la Convention, concernant la communication "
     "no 901/2029*, **\nCommunication présentée par : M. A. (représenté par un conseil)\nAu nom de : Le requérant\n"
     "État partie : Exampleland\nDate de la requête : 14 juin 2029\n",
     "Décision adoptée par le Comité au titre de l’article 22 de la Convention, concernant la communication no "
     "901/2029"),
    ("Naciones Unidas CCPR/C/145/D/2980/2029\nPacto Internacional de Derechos\nCiviles y Políticos\nDistr. general\n"
     "26 de abril de 2031\nEspañol\nOriginal: inglés\nComité de Derechos Humanos\nDictamen aprobado por el Comité a "
     "tenor del artículo 5, párrafo 4, del Protocolo Facultativo, respecto de la comunicación núm. 2980/2029*, **\n"
     "Comunicación presentada por: A. K. (representado por un abogado)\nPresunta víctima: El autor\nEstado parte: "
     "Exampleland\nFecha de la comunicación: 21 de marzo de 2029\n",
     "Dictamen aprobado por el Comité a tenor del artículo 5, párrafo 4, del Protocolo Facultativo, respecto de la "
     "comunicación núm. 2980/2029"),
])
def test_a_treaty_bodys_decision_on_a_communication_in_french_and_spanish(page, title):
    """The French cover's committee line ("Comité contre la torture") was joined to the
    title, and the Spanish views ("Dictamen") took the particulars under them into their
    title ("Comunicación presentada por: ...") and had no type."""
    r = enrich([page])
    assert (r.title.value, r.doc_type.value) == (title, "decision")


@pytest.mark.parametrize("kind", ["Decision", "Views"])
@pytest.mark.parametrize("blank", ["\n", "\n\n"])
def test_the_older_treaty_body_cover_titles_the_decision_with_its_communication(kind, blank):
    """The older covers put the communication's number on a line of its own, over the
    decision or views adopted on it: the document was titled "Communication No. 777/2029"
    alone; it is both lines."""
    page = blank.join(["United Nations", "CAT/C/88/D/777/2029", "Convention against Torture and Other Cruel, Inhuman "
                       "or Degrading Treatment or Punishment", "Distr.: General", "3 July 2031", "Original: English",
                       "Committee against Torture", "Communication No. 777/2029",
                       f"{kind} adopted by the Committee at its eighty-eighth session (20 April–15 May 2031)",
                       "Submitted by:", "A. B. (represented by counsel)", "State party:", "Exampleland"])
    r = enrich([page])
    assert (r.title.value, r.doc_type.value) == (f"Communication No. 777/2029: {kind} adopted by the Committee at its "
                                                 "eighty-eighth session (20 April–15 May 2031)", "decision")


def test_a_ministrys_numbered_press_release_is_the_governments():
    """The Ministry of Foreign Affairs' numbered release ("No: 41, 2 February 2031, Press
    Release Regarding the Decision Adopted by the Committee of Ministers ...") without the
    ministry's name in its text was the Committee of Ministers' (its cue in the title)."""
    r = enrich(["No: 41, 2 February 2031, Press Release Regarding the Decision Adopted by the Committee of Ministers "
                "of the Council of Europe at its 1623rd Session on the Execution of the Judgment of Kaya v. Türkiye\n\n"
                "Our Government shared its views with the Council of Europe on 19 January 2031.\n"])
    assert (r.mechanism.value, r.body.value) == ("national", "Government")
    assert r.title.value.startswith("Press Release Regarding the Decision")


def test_a_countrys_entry_in_an_annual_report_is_titled_by_its_name_and_year():
    """An annual report's country entry ("TÜRKİYE 2030" / "Republic of Türkiye" / "Head of
    state and government: ..."): the name and the year were taken for a reference number,
    and the head of state's line was the title, about no country."""
    r = enrich(["TÜRKİYE 2030\nRepublic of Türkiye\nHead of state and government: A. Example\nThe crackdown on "
                "dissent continued. Human rights defenders were prosecuted on baseless charges.\n"])
    assert (r.title.value, [s.value for s in r.subject_countries]) == ("TÜRKİYE 2030", ["TR"])
    assert enrich(["REF 2030\nThe committee met in Ankara and heard the ministers.\n"]).title.value != "REF 2030"


def test_a_working_groups_opinion_whose_copy_lost_the_state_and_turkeys_statement_at_a_dialogue():
    """A document site's copy of an opinion on a person's detention lost the State's name
    from its title ("Opinion No. 1/2030 concerning A. B. ()"): the empty brackets are no
    part of the title, and the State is the one the Working Group wrote to. Türkiye's
    statement at a Council's interactive dialogue was the Council's (or the mandate's)."""
    page = ("A/HRC/WGAD/2030/1\nAdvance Edited Version Distr.: General 8 June 2030\nOriginal: English\nHuman Rights "
            "Council Working Group on Arbitrary Detention\nOpinions adopted by the Working Group on Arbitrary Detention "
            "at its ninety-eighth session, 19-28 April 2030\nOpinion No. 1/2030 concerning Ayşe Example ()\n1. The "
            "Working Group on Arbitrary Detention was established in resolution 1991/42. 2. In accordance with its "
            "methods of work, on 12 January 2030 the Working Group transmitted to the Government of Turkey a "
            "communication concerning Ayşe Example. The Government has not replied to the communication.\n")
    r = enrich([page])
    assert r.title.value.endswith("Opinion No. 1/2030 concerning Ayşe Example")
    assert [s.value for s in r.subject_countries] == ["TR"]
    r = enrich(["43rd Session of the Human Rights Council Interactive Dialogue with the Working Group on Enforced or "
                "Involuntary Disappearances\n\n15 September 2030\n\nStatement by Türkiye as concerned country\n\n"
                "Mr. President,\n\nWe thank the Working Group for its visit to our country in March 2030.\n"])
    assert (r.mechanism.value, r.body.value) == ("national", "Government")


def test_a_saved_pages_title_bar_over_its_heading():
    """A page saved as text keeps its browser title bar, the site's name after a bar, over
    its own heading: the two were joined ("Türkiye | Human Rights Watch World Report
    2031: ..."). A title with a bar in it that no heading follows stays one."""
    r = enrich(["Türkiye | Human Rights Watch\nWorld Report 2031\nTürkiye\nEvents of 2030\nThe government continued "
                "to target critics in 2030, and thousands remained in prison on terrorism charges.\n"])
    assert r.title.value == "World Report 2031: Türkiye: Events of 2030"
    r = enrich(["Rights and wrongs | a column on the courts\nThe court heard the case on Monday, and the hearing went on "
                "until late in the evening, when the judges adjourned it to the next month.\n"])
    assert r.title.value == "Rights and wrongs | a column on the courts"


def test_a_cover_read_title_first_keeps_no_footnote_mark_on_its_state():
    """An extractor that reads a UN cover's title block before its masthead ("Report of the
    Working Group on the Universal Periodic Review" / "" / "Tonga ∗" / "" / "UNITED NATIONS"
    ...): the State under the title kept its footnote mark in the title."""
    text = ("Report of the Working Group on the Universal Periodic Review\n\nTuvalu ∗\n\nUNITED\nNATIONS\n\n"
            "General Assembly Distr.\nGENERAL\n\nA/HRC/62/48\n5 June 2030\n\nOriginal: ENGLISH\n\n"
            "HUMAN RIGHTS COUNCIL\nSixty-second session\nAgenda item 6\n\n∗ Previously issued under the document "
            "symbol A/HRC/WG.6/2/L.14.\n")
    r = enrich([text])
    assert r.title is not None and r.title.value == "Report of the Working Group on the Universal Periodic Review: Tuvalu"
    assert [s.value for s in r.subject_countries] == ["TV"]


def test_a_footnote_mark_in_square_brackets_ends_a_un_title():
    """A UN cover as a converter of the Word file writes it, the title's footnote mark in
    square brackets ("Follow-up to country recommendations: Exampleland[*]"): the mark stayed
    in the title."""
    text = ("A/HRC/62/37/Add.4\nUnited Nations / A/HRC/62/37/Add.4/ General Assembly / Distr.: General\n6 May 2030\n"
            "Original: English\nHuman Rights Council\nSixty-second session\nAgenda item 3\nPromotion and protection of "
            "all human rights\nReport of the Special Rapporteur on extrajudicial, summary or arbitrary executions\n"
            "Addendum\nFollow-up to country recommendations: Exampleland[*]\nSummary\nThe present report contains an "
            "analysis of the progress made by Exampleland.\n")
    r = enrich([text])
    assert r.title.value == ("Report of the Special Rapporteur on extrajudicial, summary or arbitrary executions: "
                             "Addendum: Follow-up to country recommendations: Exampleland")


def test_a_first_lines_title_keeps_no_bullet():
    """A page whose only heading is a list's item under its date ("  •  Komcivîna ..."): its
    first line titled it, the bullet kept."""
    r = enrich(["Adar 22, 2030 10:02 Asia/Tehran\n  •  Komcivîna herî mezin a Newrozê li Amedê: gel li qadê ye\n\nLi Amedê "
                "duh ji serê sibê de gel ber bi qada Newrozê ve ket rê. Ciwanan barîkatên ewlehiyê rakirin û ketin qadê, "
                "polîsan jî êrîş kir.\n"])
    assert r.title.value == "Komcivîna herî mezin a Newrozê li Amedê: gel li qadê ye"


def test_a_news_sites_language_choice_clock_masthead_and_menu_are_no_title():
    """A site's choice of languages by name ("English French ... Spain ...", which also made
    the text about Spain) or by code ("Tür|Հայ|Pуc"), its clock ("Pazar 16:37"), an agency's
    name in Turkish ("ÖRNEK HABER AJANSI") and a menu's label over its bulleted items were the
    title."""
    r = enrich(["English French German Spain Italian Dutch Russian Portuguese Japanese Korean Arabic Chinese Simplified\n\n"
                "ECRI Raporu Yayınlandı\n\nKomisyon, Türkiye hakkındaki raporunu bugün yayınladı ve Türkiye'de nefret "
                "söyleminin arttığını belirtti; Türkiye raporu eleştirdi.\n"])
    assert (r.title.value, [t.value for t in r.subject_countries]) == ("ECRI Raporu Yayınlandı", ["TR"])
    page = ("• Hakkımızda\n  • İletişim\n  • Makale\n28 Eylül, 2030\nPazar 16:37\nTür|Հայ|Pуc\n\nÖRNEK HABER AJANSI\n\n"
            "Kısa ve öz\n  • Röportaj\n  • Ekonomi\n  • Politika\n  • Toplum\n\nAvrupa Konseyi Türkiye raporunu yayınladı\n\n"
            "Avrupa Konseyi komisyonu beşinci Türkiye raporunu yayımladı ve nefret söyleminden duyduğu endişeyi "
            "belirtti.\n")
    assert enrich([page]).title.value == "Avrupa Konseyi Türkiye raporunu yayınladı"


@pytest.mark.parametrize("label", ["Search Results", "Arama Sonuçları", "Résultats de la recherche"])
def test_a_search_pages_label_is_no_title(label):
    r = enrich([f"{label}\n\nUrgent Action: Release the students (Exampleland: UA 43.30)\n\nThe next hearing in the trial "
                "of the students will take place in March; the charges against them must be dropped.\n"])
    assert r.title.value == "Urgent Action: Release the students (Exampleland: UA 43.30)"


def test_a_sites_name_over_its_tagline_gives_way_to_the_headline_printed_twice():
    """A saved page opening on the site's name and its tagline, the article's headline
    printed twice under them (the page's title and its heading): was titled by the site's
    name. A short title over running text with no repeated line keeps it."""
    page = ("Example Monitor\n\nThis site follows the trials of journalists and academics prosecuted for what they "
            "wrote, and publishes the court records of each hearing.\n\nANALYSIS | Touching a journalist: violence "
            "against reporters in court rulings\n\nANALYSIS | Touching a journalist: violence against reporters in "
            "court rulings\n\nViolence against journalists aims to keep events from the public, the author writes.\n")
    assert enrich([page]).title.value == "ANALYSIS | Touching a journalist: violence against reporters in court rulings"
    assert enrich(["Prison Letters\n\nThe letters were written in prison between 2029 and 2031 and are published "
                   "here for the first time, with notes.\n"]).title.value == "Prison Letters"


def test_an_embassys_menu_and_section_and_a_time_stamp_run_into_the_headline():
    """A mission's news page: its menu, an arrow before each item ("» Home » Timeline »
    Contact Us"), was the title, then its section "Embassy News"; the headline had the page's
    time stamp run into it ("... case2031-11-13 10:10:27")."""
    page = ("» Home    » Timeline    » Contact Us    » Links\n\nEmbassy News\n\nCommittee adopts interim resolution "
            "on the Example case2031-11-13 10:10:27\n\nNicosia, Nov 13 -- The full text of the resolution adopted "
            "yesterday in Strasbourg on the Example case is as follows.\n")
    assert enrich([page]).title.value == "Committee adopts interim resolution on the Example case"
    # (a headline ending in a date alone keeps it)
    assert enrich(["Elections held on 2031-11-13\n\nThe count went on into the night, the board said.\n"]
                  ).title.value == "Elections held on 2031-11-13"


def test_the_ministrys_release_numbered_before_a_dash():
    """The Ministry's French page numbers its release before a dash ("No: 230 - 9 décembre
    2030, Communiqué de Presse ..."): was civil society's, titled with its number and dated by
    the conclusions its title names (the number before the dash made its own day a period's
    end)."""
    r = enrich(["No: 230 - 9 décembre 2030, Communiqué de Presse Concernant les Conclusions du Conseil publiées le 8 "
                "décembre 2030. (Traduction Officieuse)\nLe processus de négociation continue de façon ininterrompue "
                "vers le but de l'adhésion complète.\n"])
    assert r.title.value == ("Communiqué de Presse Concernant les Conclusions du Conseil publiées le 8 décembre 2030. "
                             "(Traduction Officieuse)")
    assert (r.body.value, r.doc_type.value, r.published.value) == ("Government", "statement", (dt.date(2030, 12, 9), "day"))


def test_a_document_sites_furniture_in_other_forms():
    """A document viewer's line in Indonesian ("Anda di halaman 1dari 18") and a document
    site's labels ("Page content transcription", "If your browser does not render page
    correctly, ...", its arrows) were the title or joined to it."""
    r = enrich(["Anda di halaman 1dari 18\n\nFreedom of the Press in Exampleland\n\nJane Example and John Example May 14, "
                "2031 The issues of press freedom have for several years attracted a great deal of attention.\n"])
    assert r.title.value == "Freedom of the Press in Exampleland"
    r = enrich(["Country Note - Exampleland: Movement Version 3.0 February 2031\n←\n→\nPage content transcription\nIf your "
                "browser does not render page correctly, please read the page content below\nCountry Note Exampleland "
                "Version 3.0 February 2031 Preface This note provides information for decision makers.\n"])
    assert r.title.value == "Country Note - Exampleland: Movement"  # (its version no part of it)


def test_a_page_title_gives_way_to_its_headline_printed_alone():
    """A page's title with the site's name after a dash ("... Değerlendirdi - Son Dakika"),
    its headline alone on a line further down: the headline. A dash in a title whose part
    before it is printed nowhere alone stays."""
    page = ("Meclis Cezaevleri Raporunu Değerlendirdi - Örnek Haber\nÜye Girişi\nPolitika\n\nMeclis Cezaevleri Raporunu "
            "Değerlendirdi\n11.02.2031 21:39\n\nKomisyon, cezaevlerindeki koşulları tartıştı ve raporu kabul etti.\n")
    assert enrich([page]).title.value == "Meclis Cezaevleri Raporunu Değerlendirdi"
    page = ("Exampleland - The Years of Emergency Rule\n\nThe emergency decrees changed the courts, the press and the "
            "universities, the report finds.\n")
    assert enrich([page]).title.value == "Exampleland - The Years of Emergency Rule"


def test_a_sentence_wrapped_in_a_narrow_column_ends_the_title():
    """A page with no heading, its text broken into short lines: the first sentence ends on
    a wrapped line's full stop ("... izin" / "vermedi."), the next line begins another; the
    title ran on into it."""
    page = ("Örnekistan, Avrupa\nKomitesi’nin raporunun yayınlanmasına izin\nvermedi.\nKomitenin Başkanı Jane Example, "
            "raporun\naçıklanmayacağını bildirdi.\nUzman ekipleri hapishaneleri ziyaret etmişti.\n")
    assert enrich([page]).title.value == "Örnekistan, Avrupa Komitesi’nin raporunun yayınlanmasına izin vermedi."


def test_a_sites_social_icons_by_their_images_names():
    """"Facebook icon" / "Twitter icon" / "e-mail icon", the images' names a reader gives
    for a site's buttons, were the title."""
    page = ("Facebook icon\nTwitter icon\ne-mail icon\n\nNine lawyers detained in Exampleland\n\nAn Example City court "
            "ordered the pre-trial detention of nine human rights lawyers, the organisation said.\n")
    assert enrich([page]).title.value == "Nine lawyers detained in Exampleland"


def test_a_news_sites_exchange_rates_are_no_title():
    """"$ DOLAR → Alış: / Satış:" / "€ EURO → Alış: / Satış:", a Turkish news site's exchange
    rates over the headline, were joined into the title."""
    page = ("$ DOLAR → Alış: / Satış:\n€ EURO → Alış: / Satış:\n\nErişim engelleri artıyor\n\n"
            "Derneğin raporu, erişime engellenen sitelerin sayısının arttığını ortaya koydu.\n")
    assert enrich([page]).title.value == "Erişim engelleri artıyor"


def test_an_ngos_status_at_the_un_is_no_title():
    """"NGO in Special Consultative Status with the Economic and Social Council of the United
    Nations", an NGO's letterhead line, was the title of its submission."""
    page = ("NGO in Special Consultative Status with the Economic and Social Council of the United Nations\n\n"
            "Submission on the detention of lawyers in Exampleland\n\nThe association writes on behalf of lawyers "
            "who defend human rights defenders.\n")
    assert enrich([page]).title.value == "Submission on the detention of lawyers in Exampleland"


def test_a_news_pages_byline_and_dated_site_line_are_no_title():
    """A news page's byline with its date ("23/02/2031 | Writer: Jane Example") was the title,
    and its date line with the time and the site's name ("18.07.2031 12:28 EXAMPLE DAILY") was
    joined to the headline above it."""
    page = ("The rights institution you’ve called cannot be reached at the moment!\n18.07.2031 12:28 EXAMPLE DAILY\n\n\n"
            "The institution, created to prevent discrimination and violations, has not been doing its work, "
            "lawyers said.\n")
    assert enrich([page]).title.value == "The rights institution you’ve called cannot be reached at the moment!"
    page = ("17/03/2031 | Writer: Jane Example\n\nLetter to the institution: you construct a hierarchy of "
            "discrimination\n\nThe association replied to the institution's request and reminded it of its "
            "applications.\n")
    assert enrich([page]).title.value == "Letter to the institution: you construct a hierarchy of discrimination"


def test_a_catalogues_record_titled_by_the_heading_it_prints_three_times():
    """A library catalogue's record: its name, its links back to the results and to print
    the page ("Retour au resultats", "Imprimer cette page": were joined to its name), then the
    document's title printed three times (the record's, the document's and its cover's): that
    title. A standfirst sentence printed three times is none."""
    page = ("Example Digital Library (EDL)\nRetour au resultats\nImprimer cette page\n\nCases against Exampleland "
            "Declared Inadmissible\n\n\nPublisher : Author's edition Date : 2030, London\nPages : 150\n\n"
            "Cases against Exampleland Declared Inadmissible\n\nCases against Exampleland Declared Inadmissible\n\n"
            "Example Rights Project\n\nInadmissibility rules under the Convention: law and practice\n")
    assert enrich([page]).title.value == "Cases against Exampleland Declared Inadmissible"
    page = ("Rights watch: no new witch-hunt\nThe organisation made a statement on the events after the coup attempt.\n"
            "The organisation made a statement on the events after the coup attempt.\nThe organisation made a statement "
            "on the events after the coup attempt.\nIts director said the detentions pointed to mass purges.\n")
    assert enrich([page]).title.value == "Rights watch: no new witch-hunt"


def test_a_third_party_intervention_under_the_cases_name_and_number():
    """An intervener's submission headed by the case's name, its application's number as
    interveners abbreviate it ("App No. 4321/31") and its kind ("Third Party Intervention: ...")
    was titled by the case's name alone, as the Court's judgment is, and its number was no
    identifier of it: now titled by both lines, the number its own. A judgment's heading is
    titled as before."""
    r = enrich(["IN THE EUROPEAN COURT OF HUMAN RIGHTS\n\nAYŞE ÖRNEK v. TURKEY\n\nApp No. 4321/31\n\n"
                "Third Party Intervention: Example Litigation Project and the Example Commission of Jurists\n\n"
                "I. Introduction\n\n1. The interveners submit these written comments by leave of the President of "
                "the Second Section of the Court.\n"])
    assert r.title.value == ("AYŞE ÖRNEK v. TURKEY: Third Party Intervention: Example Litigation Project and the "
                             "Example Commission of Jurists")
    assert [t.value for t in r.own_identifiers] == [("ecthr-application", "4321/31")]
    assert r.doc_type.value == "submission"
    r = enrich(["SECOND SECTION\n\nCASE OF ÖRNEK v. TURKEY\n\n(Application no. 4321/31)\n\nJUDGMENT\n\n"
                "STRASBOURG\n\n3 March 2033\n\nIn the case of Örnek v. Turkey,\nThe European Court of Human "
                "Rights (Second Section), sitting as a Chamber, delivers the following judgment.\n"])
    assert r.title.value == "CASE OF ÖRNEK v. TURKEY"


def test_a_date_added_line_ends_a_headline():
    """"Date Added: 28 February 2031" under a headline was read as the headline's wrapped
    rest; it ends the title, and dates the page."""
    r = enrich(["Deputy Minister addresses the Human Rights Council\nDate Added: 28 February 2031\n\nThe Deputy "
                "Minister of Foreign Affairs on Monday addressed the High Level Segment of the Council, held in "
                "Geneva.\n"])
    assert r.title.value == "Deputy Minister addresses the Human Rights Council"
    assert r.published.value == (dt.date(2031, 2, 28), "day")


def test_a_journal_articles_record_of_fields_and_jstors_cover_page():
    """A journal article's record run into one line ("Başlık: ... Yazar(lar):... Cilt: 44 ...",
    as Ankara University's journals head their PDFs) was titled by the whole line: now by its
    title field. JSTOR's cover page under an article's title ("Author(s): ...", "Source: ...",
    "Stable URL: ...", "Accessed: 12/03/2031 10:22") was joined to the title and dated by the
    day the copy was downloaded: now titled by its first line and not dated by that day."""
    r = enrich(["• Sonuç bulunamadı\n\nBaşlık: A Comparative Study of Expression in Exampleland Yazar(lar):ÖRNEK, "
                "Ayşe Cilt: 44 Sayı: 0 Sayfa: 051-148 DOI: 10.1501/Example_0000000287 Yayın Tarihi: 2031 PDF\n\n"
                "Abstract\n\nThe concept of freedom is significant both in communication and law.\n"])
    assert r.title.value == "A Comparative Study of Expression in Exampleland"
    r = enrich(["Exampleland's Minority Question and the Limits of Reform\nAuthor(s): Jane Example\nSource: Example "
                "Review, Vol. 12, No. 3 (Summer, 2004), pp. 41-58\nPublished by: Example Research Project\nStable URL: "
                "https://www.jstor.org/stable/1234567\nAccessed: 12/03/2031 10:22\n\nYour use of the JSTOR archive "
                "indicates your acceptance of the Terms and Conditions of Use.\n"])
    assert r.title.value == "Exampleland's Minority Question and the Limits of Reform"
    assert r.published is None


def test_an_advertisements_label_is_no_title():
    """"Ad" over a news site's masthead ("Ad" / "euobserver" / a photograph's caption) was
    titled "Ad euobserver": the label is furniture, the headline titles the page."""
    r = enrich(["Ad\neuobserver\nMinister (c) in Brussels earlier this year (Photo: example.eu)\n\nExampleland at "
                "'crossroads' to authoritarian rule, Example Watch says\n\nEU & the World\nby Jane Example, Brussels,\n\n"
                "The rights group has painted a disturbing picture of the country as one on the way to authoritarian "
                "rule.\n"])
    assert r.title.value == "Exampleland at 'crossroads' to authoritarian rule, Example Watch says"
    # (and in the archive's other languages: the Arabic label titled an Egyptian news item)
    for label in ("إعلان", "Anzeige", "Publicité", "Реклама", "Διαφήμιση"):
        r = enrich([f"{label}\n\nخبراء دوليون يطالبون مثاليا بالإفراج عن مدافعين عن حقوق الإنسان\n\n06:14 م السبت 15 يوليه "
                    "2030\n\nطالب فريق من خبراء الأمم المتحدة، اليوم السبت، الحكومة بضرورة الإفراج فورًا عن تسعة من "
                    "المدافعين عن حقوق الإنسان.\n"])
        assert r.title.value == "خبراء دوليون يطالبون مثاليا بالإفراج عن مدافعين عن حقوق الإنسان", label


def test_a_links_address_is_no_part_of_a_title():
    """A link's line with its address ("Link to Full Report on Exampleland: http://www.example.gov/
    ...") was the title with the address; the words title the page without it."""
    r = enrich(["Link to Full Report on Exampleland: http://www.example.gov/j/drl/rls/index.htm?year=2031&dlid=265482\n"
                "EXECUTIVE SUMMARY:\nExampleland is a constitutional republic with a multiparty parliamentary system.\n"])
    assert r.title.value == "Link to Full Report on Exampleland"


def test_document_sites_furniture_is_no_title():
    """A document site's furniture over the text it shows (docplayer's "Ebat: px", "Şu
    sayfadan göstermeyi başlat:", 'Download "..."', "Transkript"; 9lib's "Academic year:
    2031", 'Share "..."', "Copied!", "N/A", "Protected", "Tam metin") titled the page ("Ebat:
    px"); the text under it titles it."""
    r = enrich(["Ebat: px\nŞu sayfadan göstermeyi başlat:\n\nDownload \"ÖRNEK RAPOR\"\n\nTranskript\n\nN/A\nN/A\n"
                "Protected\n\nAcademic year: 2031\n\nShare \"ÖRNEK RAPOR\"\n\nCopied!\n\nTam metin\n\n"
                "ÖRNEKİSTAN'DA İFADE ÖZGÜRLÜĞÜ RAPORU\n\nBu raporda 2031 yılında yaşanan ihlaller değerlendirilmektedir.\n"])
    assert r.title.value == "ÖRNEKİSTAN'DA İFADE ÖZGÜRLÜĞÜ RAPORU"


def test_an_older_un_cover_read_as_one_line_under_a_document_sites_furniture():
    """docplayer's copies in English ("Size: px", "Start display at page:", "Transcription")
    of an older UN cover read as one line, after its page number: the page was titled "Size:
    px" and read as civil society's concluding observations. The cover is read under the
    furniture: its agenda item's title in capitals apart from the document's own title, and
    not an entry of the contents under it ("Information received by the Special Rapporteur",
    which begins as a UN title does)."""
    r = enrich(["Economic and Social Council\n\nSize: px\nStart display at page:\n\nDownload \"Economic and Social "
                "Council\"\n\nTranscription\n\n1 UNITED NATIONS E Economic and Social Council Distr. GENERAL "
                "E/CN.4/2031/40/Add.2 3 March 2031 Original: ENGLISH COMMISSION ON HUMAN RIGHTS Eighty-seventh session "
                "Item 11 of the provisional agenda CIVIL AND POLITICAL RIGHTS, INCLUDING THE QUESTION OF FREEDOM OF "
                "EXPRESSION Promotion and protection of the right to freedom of opinion and expression, report of the "
                "Special Rapporteur, submitted pursuant to Commission on Human Rights resolution 2030/32 Addendum "
                "Mission to Exampleland CONTENTS Paragraphs Page Introduction I. LEGAL FRAMEWORK A. Communications B. "
                "Information received by the Special Rapporteur II. RECOMMENDATIONS\n\n2 page 2 Introduction 1. The "
                "Special Rapporteur visited Exampleland from 1 to 10 November 2030.\n"])
    assert r.title.value == ("Promotion and protection of the right to freedom of opinion and expression, report of the "
                             "Special Rapporteur, submitted pursuant to Commission on Human Rights resolution 2030/32: "
                             "Addendum: Mission to Exampleland")
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("UN", "Special procedures", "visit-report")
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "E/CN.4/2031/40/Add.2")]
    assert r.published.value[0].isoformat() == "2031-03-03"


def test_a_librarys_citation_after_a_un_documents_title_is_no_part_of_it():
    """A human rights library heads its copy of a UN document with its title and a citation,
    the symbol and the year ("Concluding Observations of the Committee on the Rights of the
    Child, Exampleland, U.N. Doc. CRC/C/EXL/CO/2-3 (2031)."), which titled it whole."""
    r = enrich(["University of Minnesota\n\nConcluding Observations of the Committee on the Rights of the Child, "
                "Exampleland, U.N. Doc. CRC/C/EXL/CO/2-3 (2031).\n\nConvention on the Rights of the Child\n\n"
                "Committee on the Rights of the Child\n\nEighty-sixth session\n\nCRC/C/EXL/CO/2-3\n\n20 July 2031\n\n"
                "Concluding observations: Exampleland\n\n1. The Committee considered the combined second and third "
                "periodic report of Exampleland.\n"])
    assert r.title.value == "Concluding Observations of the Committee on the Rights of the Child, Exampleland"


def test_slideshares_furniture_is_no_title():
    """SlideShare's furniture over a document it shows ("SlideShare a Scribd company logo",
    "1 of 18", "Download to read offline") titled the page; the document's heading titles it."""
    r = enrich(["SlideShare a Scribd company logo\n1 of 18\nDownload to read offline\nEN EN\nEUROPEAN\nCOMMISSION\n"
                "Brussels, 29.11.2030\nJOIN(2030) 50 final\nJOINT COMMUNICATION TO THE EUROPEAN COUNCIL\n"
                "State of play of EU-Exampleland political, economic and trade relations\n1\nI. INTRODUCTION\n"
                "The European Council invited the High Representative and the Commission to submit a report.\n"])
    assert r.title.value == "State of play of EU-Exampleland political, economic and trade relations"


def test_an_eeas_statements_headline_is_the_one_over_its_dateline():
    """A statement on an EEAS site under the name of the delegation or mission that printed
    it ("European Union Training Mission" / "in Central African Republic") was titled by
    that name, and the country in it made the subject; the headline over the EEAS's dateline
    ("Brussels, 04/07/2030 - 09:12, UNIQUE ID: 300704_1") titles it."""
    r = enrich(["European Union Training Mission\nin Central African Republic\n\nExampleland: Statement by the "
                "Spokesperson on the sentencing of four human rights defenders\n\nBrussels, 04/07/2030 - 09:12, "
                "UNIQUE ID: 300704_1\nStatements by the Spokesperson\n\nOn 3 July, four defendants were sentenced to "
                "prison terms in Exampleland. The EU will continue to closely monitor the case.\n"])
    assert r.title.value == ("Exampleland: Statement by the Spokesperson on the sentencing of four human rights "
                             "defenders")
    assert r.doc_type.value == "statement"
    assert "CF" not in [c.value for c in r.subject_countries]


@pytest.mark.parametrize("page, title", [
    # a Greek news site's section over its headline printed twice (was "ΚΥΠΡΟΣ", which also
    # made Cyprus the page's subject)
    ("ΚΥΠΡΟΣ\n\nΣυμβούλιο της Ευρώπης: η Εξεμπλάνδη να καταβάλει τις αποζημιώσεις\n\nΣυμβούλιο της Ευρώπης: η "
     "Εξεμπλάνδη να καταβάλει τις αποζημιώσεις\n\nΗ Επιτροπή Υπουργών υιοθέτησε σήμερα Ενδιάμεσο Ψήφισμα.\n",
     "Συμβούλιο της Ευρώπης: η Εξεμπλάνδη να καταβάλει τις αποζημιώσεις"),
    # its section alone ("Αναλύσεις", was the title) and its weather box ("Weather Icon")
    ("Αναλύσεις\n\nΠάσα θεραπεία παρανομίας απαιτεί εναρμόνισιν προς τον Χάρτην\n\nΥποχρέωσις μηδενικής ανοχής "
     "προς ερμηνείαν της Συμβάσεως υπό του Δικαστηρίου και δη σοβαρώς εις βάρος των προσφευγόντων.\n",
     "Πάσα θεραπεία παρανομίας απαιτεί εναρμόνισιν προς τον Χάρτην"),
    ("Weather Icon\n\nΤο Δικαστήριο με αποφάσεις του για το περιουσιακό ζήτημα\n\nΗ ερμηνεία της Συμβάσεως υπό του "
     "Δικαστηρίου παραβιάζει το άρθρον 31 της Συμβάσεως της Βιέννης, όπως υποστηρίζει ο συγγραφέας.\n",
     "Το Δικαστήριο με αποφάσεις του για το περιουσιακό ζήτημα"),
])
def test_a_greek_news_sites_section_and_weather_box_are_no_title(page, title):
    r = enrich([page])
    assert r.title.value == title
    assert "CY" not in [c.value for c in r.subject_countries]


@pytest.mark.parametrize("source", ["Πηγή: http://www.example.com", "Kaynak: https://www.example.org/haber/123",
                                    "Source: www.example.com"])
def test_a_texts_source_line_and_a_greek_summary_label_are_no_title(source):
    """A case summary copied from another site, its source's line and "ΠΕΡΙΛΗΨΗ" (summary)
    over the text ("Πηγή: http://... ΠΕΡΙΛΗΨΗ" was the title): the text's first line titles it."""
    r = enrich([f"{source}\nΠΕΡΙΛΗΨΗ\nΣύλληψη και κράτηση στην Εξεμπλάνδη συμπροέδρου κόμματος. Το Δικαστήριο δέχτηκε ότι "
                "ο τελευταίος συνελήφθη βάσει εύλογης υποψίας.\n"])
    assert r.title.value.startswith("Σύλληψη και κράτηση στην Εξεμπλάνδη")


def test_a_photographs_caption_in_brackets_after_a_headline_is_no_part_of_it():
    """A news page's headline with its photograph's caption run into it in square brackets, the
    credit at its end ("... on freedoms of expression [Special Rapporteur ... Jane Example. UN
    Photo/Jean Dupont]"), was the title with the caption; a bracket without a credit stays."""
    r = enrich(["UN expert warns on Exampleland government’s ‘draconian measures’ on freedoms of expression [Special "
                "Rapporteur on the right to freedom of opinion and expression Jane Example. UN Photo/Jean Dupont]\n\n"
                "18 November 2030 – The Special Rapporteur raised concerns over the Government’s measures.\n"])
    assert r.title.value == "UN expert warns on Exampleland government’s ‘draconian measures’ on freedoms of expression"
    r = enrich(["Exampleland: the law on associations [updated]\n\nThe law was amended in 2030.\n"])
    assert r.title.value == "Exampleland: the law on associations [updated]"


@pytest.mark.parametrize("text, symbol", [
    ("A/HRC/35/22/Add.3Advance unedited versionDistr.: General7 June 2030", "A/HRC/35/22/Add.3"),
    ("CAT/C/TUR/CO/4Distr.: General", "CAT/C/TUR/CO/4"),
    ("A/HRC/35/22/Add.3 Advance unedited version", "A/HRC/35/22/Add.3"),
    # (the day run into the number, a month after it: left unread rather than read wrong)
    ("A/HRC/35/227June 2030", None),
])
def test_a_un_symbol_run_into_the_next_word(text, symbol):
    """A cover whose lines a converter ran together ("A/HRC/35/22/Add.3Advance unedited
    version") read the symbol "A/HRC/35/22/ADD", which is none; its number ends it."""
    found = [f.value for f in find_identifiers([text]) if f.scheme == "un-symbol"]
    assert found == ([symbol] if symbol else [])


@pytest.mark.parametrize("bar", ["EHRP | Example Human Rights Project", "ÖHD - Örnek Hakları Derneği",
                                 "Example Rights Watch | ERW"])
def test_a_sites_initials_and_name_in_its_bar_are_no_title(bar):
    """A site's bar with its initials and its name ("KHRP | Kurdish Human Rights Project") over
    its page, and its template's switches run into a line ("... Increase font size Decrease
    font size Default font size ..."), titled the page; the headline under them titles it.
    A title whose first part is no initials of the rest stays ("CPT - Report on the visit ...")."""
    r = enrich([f"Skip to content\n\n{bar}\n\nnarrow screen resolution wide screen resolution Increase font size "
                "Decrease font size Default font size default color brown color\n\nConcern over hunger strike in "
                "Example prison\n\nThe project today expressed concern about a hunger strike by inmates.\n"])
    assert r.title.value == "Concern over hunger strike in Example prison"
    r = enrich(["CPT - Report on the visit to Exampleland\n\nThe Committee visited the country in 2030.\n"])
    assert r.title.value == "CPT - Report on the visit to Exampleland"


@pytest.mark.parametrize("line", ["Başlık buraya yazılacak", "Title goes here", "TÜRKÇE PORTAL", "English portal"])
def test_a_templates_unfilled_title_and_a_link_to_the_site_in_another_language_are_no_title(line):
    """A site's template field left as it came ("Başlık buraya yazılacak", "Title goes here")
    and its link to the site in another language ("TÜRKÇE PORTAL") titled the page."""
    r = enrich([f"{line}\n\nLeading judgments on individual applications\n\nThe Court found a violation of the "
                "obligation to protect life, the circumstances of the death not being clarified.\n"])
    assert r.title.value == "Leading judgments on individual applications"


@pytest.mark.parametrize("furniture", [
    "country policy and information note exampleland: minorities · language may be the main language of...",
    "Top Banner",
    "Welcome message from author",
    "Uploaded by İnsan Haklari",
])
def test_a_document_sites_made_up_title_and_banner_are_no_title(furniture):
    """vdocuments' title made of a text's first words and a later snippet, in small letters
    ("... · language may be the main language of..."), cupdf's "Top Banner" and "Welcome
    message from author" and studylib's uploader line ("Uploaded by ...") titled the pages; the
    document's own heading titles them."""
    r = enrich([f"{furniture}\n\n52\nCountry Policy and Information Note Exampleland: Minorities Version 3.0 February "
                "2030\n\nPreface This note provides country of origin information for use by decision makers.\n"])
    assert r.title.value == "Country Policy and Information Note Exampleland: Minorities"  # (its version no part of it)


def test_a_breadcrumb_run_together_over_the_headline_printed_once():
    """A page's breadcrumb its reader ran together with the headline ("Ana SayfaHABERLERAf
    Örgütü'nden Örnekistan'a kınama") over the headline printed once was the title; the
    headline titles it. A title that begins with the word only stays ("Homelessness in ...")."""
    r = enrich(["Ana SayfaHABERLERAf Örgütü'nden Örnekistan'a kınama\n\nAf Örgütü’nden Örnekistan’a kınama\n\n"
                "Uluslararası Af Örgütü, dokuz insan hakları savunucusunun gözaltına alınmasına tepki gösterdi.\n"])
    assert r.title.value == "Af Örgütü’nden Örnekistan’a kınama"
    r = enrich(["Homelessness in Exampleland\n\nExampleland\n\nThe report counts the homeless in the capital.\n"])
    assert r.title.value == "Homelessness in Exampleland"


@pytest.mark.parametrize("cut", ["Concluding observations - Office of the High Commissioner on",
                                 "Concluding observations on the initial ..."])
def test_a_page_title_a_site_cut_off_gives_way_to_the_heading_it_begins(cut):
    """A document site's page title cut off after a word no title ends with, or at dots
    ("Concluding observations - Office of the High Commissioner on"), titled the copy of a
    treaty body's concluding observations; the heading that begins with its words titles it.
    Cut off with no such heading on the page, it stays."""
    body = ("ADVANCE UNEDITED VERSION\nHuman Rights Committee\nConcluding observations on the initial report of "
            "Exampleland\nadopted by the Committee at its 106th session\n\n1. The Committee considered the initial "
            "report of Exampleland at its 2927th meeting.\n")
    r = enrich([f"{cut}\n\nadvertisement\n{body}"])
    assert r.title.value == "Concluding observations on the initial report of Exampleland"
    r = enrich([f"{cut}\n\nadvertisement\n1. The Committee considered the initial report of Exampleland.\n"])
    assert r.title.value == cut


def test_a_page_title_a_site_cut_at_a_length_gives_way_to_the_line_it_begins():
    """A document site's title cut at a length (no dots, no word that cannot end a title:
    "Report to the Exampleland Government on the Visit to Exampleland Carried Out"), over a
    cover read as one line whose title goes on ("... carried out by the European Committee
    for the Prevention of Torture ... (CPT) from 4 to 17 June 2030"), titled the copy; the
    cover's whole title line does now. A line that begins with the title and goes on as a
    sentence does not."""
    cover = ("CPT/Inf (2031) 13 Report to the Exampleland Government on the visit to Exampleland carried out by the "
             "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT) "
             "from 4 to 17 June 2030 The Exampleland Government has requested the publication of this report and of "
             "its response. Strasbourg, 31 March 2031 - 2 - CONTENTS Copy of the letter transmitting the CPT’s report")
    site = "Report to the Exampleland Government on the Visit to Exampleland Carried Out"
    r = enrich([f"{site}\n\n{site}\n\n{cover}\n"])
    assert r.title.value == ("Report to the Exampleland Government on the visit to Exampleland carried out by the European "
                             "Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment "
                             "(CPT) from 4 to 17 June 2030")
    headline = "Exampleland court orders release of six detained journalists"
    r = enrich([f"{headline}\n\n{headline} on Tuesday, their lawyers said. The six were held for a year.\n"])
    assert r.title.value == headline
    # (nor the headline printed again with the sharing buttons run into it, or the site's name)
    for reprint in (f"{headline} Facebook Twitter", f"{headline} | Example Rights Watch"):
        r = enrich([f"{headline}\n\n{reprint}\nAgency\n\nThe court ordered the release today.\n"])
        assert r.title.value == headline


def test_the_line_saying_who_adopted_a_heading_is_not_its_rest():
    """Concluding observations copied without their UN cover, the heading's adoption line
    under it in small letters ("adopted by the Committee at its 106th session"), were titled
    with that line joined on; the heading alone titles them. A heading wrapped in small
    letters is still joined."""
    r = enrich(["Human Rights Committee\nConcluding observations on the initial report of Exampleland\nadopted by "
                "the Committee at its 106th session (15 October–2 November 2030)\n\n1. The Committee considered "
                "the initial report of Exampleland at its 2927th meeting.\n"])
    assert r.title.value == "Concluding observations on the initial report of Exampleland"
    r = enrich(["Concluding observations on the combined second and third periodic reports\nof Exampleland\n\n"
                "1. The Committee considered the reports at its 2927th meeting.\n"])
    assert r.title.value == "Concluding observations on the combined second and third periodic reports of Exampleland"


def test_a_pages_section_label_and_listed_particulars_under_a_heading_are_not_its_rest():
    """A project page's section label in capitals under its heading ("... in Exampleland" /
    "INFORMATION") and a news page's time and section listed under its headline ("- 12:53 18
    September 2030" / "- News") were joined to the title. A State's name and a kind of document
    in capitals under a heading stay part of it."""
    r = enrich(["Supporting the Implementation of the Action Plan on Human Rights in Exampleland\nINFORMATION\nThis "
                "Action is co-financed by the European Union and the Council of Europe.\n"])
    assert r.title.value == "Supporting the Implementation of the Action Plan on Human Rights in Exampleland"
    r = enrich(["Committee of Ministers: Exampleland must make legal changes\n- 12:53 18 September 2030\n- News\n"
                "NEWS CENTER - The Committee has given Exampleland until the end of June to make legal changes.\n"])
    assert r.title.value == "Committee of Ministers: Exampleland must make legal changes"
    r = enrich(["Report on the situation of human rights defenders\nTURKEY\n\nThe report covers the year 2030.\n"])
    assert r.title.value == "Report on the situation of human rights defenders: TURKEY"
    r = enrich(["Concluding observations on the fourth periodic report of Exampleland\nCORRIGENDUM\n\n"
                "1. Paragraph 12 should read as follows.\n"])
    assert "CORRIGENDUM" in r.title.value


def test_the_commissions_page_particulars_and_an_offices_name_over_a_headline():
    """A Commission Representation's page: its office's name and the particulars a reader ran
    together ("News article8 November 2031Representation in Exampleland25 min read") were its
    title, the country of the office its subject; the headline titles it now."""
    r = enrich(["Skip to main content\nEuropean Commission Representation in Cyprus\nNews article8 November 2031"
                "Representation in Cyprus25 min read\n\nKey findings of the 2031 Report on Türkiye\n\nThere are serious "
                "deficiencies in the functioning of Türkiye's democratic institutions.\n"])
    assert r.title.value == "Key findings of the 2031 Report on Türkiye"
    assert [c.value for c in r.subject_countries] == ["TR"]
    r = enrich(["Delegation of the European Union to Türkiye\n\nEU statement on the verdict in the trial of human "
                "rights defenders\n\nThe EU regrets today's verdict.\n"])
    assert r.title.value == "EU statement on the verdict in the trial of human rights defenders"


def test_a_correspondents_united_nations_dateline_is_no_un_cover():
    """A news item opening on a correspondent's dateline ("UNITED NATIONS – UN human rights office
    on Tuesday ...") was read as a UN cover, its title's source `cover-page`; its headline is its
    heading. A cover's masthead line still makes one."""
    r = enrich(["OHCHR voiced alarm over Exampleland detentions\n\nBy Jane Example\n\nUNITED NATIONS – UN human rights "
                "office on Tuesday expressed major concern after the detention of at least 92 people by the "
                "authorities over the past week.\n"])
    assert (r.title.value, r.title.rule) == ("OHCHR voiced alarm over Exampleland detentions", "heading")
    r = enrich(["United Nations\nCAT/C/EXL/CO/4\nDistr.: General\n2 June 2030\n\nCommittee against Torture\n\n"
                "Concluding observations on the fourth periodic report of Exampleland\n\n1. The Committee considered "
                "the report.\n"])
    assert r.title.rule == "cover-page"


def test_a_blogs_labelled_lines_over_a_post_are_no_title():
    """A blog's post under its labelled lines ("Yazan: 12:46 am", "Kategori: Bilim & Akademi",
    "Tahmini okuma süresi: 18 dakika") was titled by the first two run together ("Kategori:"
    was not read, only "Kategoriler:"); its heading titles it."""
    r = enrich(["Yazan: 12:46 am\nKategori: Bilim & Akademi\n\nTahmini okuma süresi: 18 dakika\n\nBİRLEŞMİŞ MİLLETLER "
                "İŞKENCEYE KARŞI KOMİTE VE DENETİM MEKANİZMALARI\n\nBM bünyesi altında kabul edilen İşkenceye Karşı "
                "Sözleşme ve onun Ek İhtiyari Protokolü’nün yürütme mekanizmaları anlatılmaya çalışıldı.\n"])
    assert r.title.value == "BİRLEŞMİŞ MİLLETLER İŞKENCEYE KARŞI KOMİTE VE DENETİM MEKANİZMALARI"


def test_a_portals_byline_of_one_word_is_no_title():
    """A portal's "Written by ACM" (initials, a handle: one word) over a post's date titled
    it; the label says it is a byline, whatever follows it. A title that says what is
    written by whom stays one."""
    r = enrich(["Written by ACM\nWednesday, 10 April 2030\n\nStrasbourg - According to the latest statistics on the "
                "execution of judgments, published today, Türkiye holds the record of cases pending for more than "
                "five years.\n"])
    assert r.title.value.startswith("Strasbourg - According to the latest statistics")
    r = enrich(["Posted by admin\n\nThe Court's week in review\n\nFive judgments were delivered on Tuesday.\n"])
    assert r.title.value == "The Court's week in review"
    r = enrich(["Written by the victims: testimonies from Örnekköy\n\nThe collection gathers twelve accounts.\n"])
    assert r.title.value == "Written by the victims: testimonies from Örnekköy"


def test_a_sites_section_after_a_headline_is_no_part_of_it():
    """A page title's site section after a dash or a bar ("... – News", "... - Haberler")
    ended the title; a headline whose last word is the word without the dash keeps it."""
    r = enrich(["EU statement: “We are approaching the turning point in relations with Türkiye” – News\n\n"
                "Description EU Türkiye!\n\nThe High Representative said on Monday that leaders will decide in "
                "December.\n"])
    assert r.title.value == "EU statement: “We are approaching the turning point in relations with Türkiye”"
    r = enrich(["Örnekköy'de gazeteciler gözaltına alındı - Haberler\n\nPolis sabah saatlerinde operasyon "
                "düzenledi ve üç gazeteciyi gözaltına aldı.\n"])
    assert r.title.value == "Örnekköy'de gazeteciler gözaltına alındı"
    r = enrich(["How the Court reports the news\n\nA study of press releases.\n"])
    assert r.title.value == "How the Court reports the news"


def test_a_headline_printed_again_alone_is_not_joined_to_the_caption_under_its_first_print():
    """A news page that prints its headline, a photograph's caption with its credit and the
    site's section, then the headline again: the three first lines were joined into the
    title ("... ad Ankara Giornalisti arrestati – Agenzia Europa"); the headline alone titles
    it. A title's first line printed once, or too short to be a headline, is still joined."""
    page = ("Prigione di Exampleville e giornalisti in cella: doppia condanna ad Ankara\nGiornalisti arrestati – "
            "Agenzia Esempio\nEuropa\n\nPrigione di Exampleville e giornalisti in cella: doppia condanna ad Ankara\n\n"
            "La Corte europea ha condannato ieri la Turchia per aver violato i diritti di due giornalisti.\n")
    r = enrich([page], None, ["it"])
    assert r.title.value == "Prigione di Exampleville e giornalisti in cella: doppia condanna ad Ankara"
    from ingest.enrich.title import _reprinted_first_line
    lines = ["ANNUAL", "REPORT 2030", "", "ANNUAL", "The report covers the year."]
    assert _reprinted_first_line("ANNUAL REPORT 2030", lines) is None


def test_a_sites_country_section_over_a_headline_is_no_title():
    """A news site's section, a country's name alone ("Турция"), over the headline titled the
    page; the headline does. A report's country over a section in capitals, and a country
    over another name of it, keep the country first."""
    r = enrich(["Турция\n\nОрнек Орнекоглу: доклад ООН подчеркивает незаконность действий комиссии\n\nОрнекоглу "
                "отметил, что доклад Комитета ООН против пыток говорит о многом. Он сказал это в среду.\n"], None, ["ru"])
    assert r.title.value == "Орнек Орнекоглу: доклад ООН подчеркивает незаконность действий комиссии"
    r = enrich(["TÜRKİYE\n\nGENEL DEĞERLENDİRME\n\nBu bölümde ülkedeki genel durum değerlendirilmektedir ve "
                "bulgular özetlenmektedir.\n"], None, ["tr"])
    assert r.title.value.startswith("TÜRKİYE")
    r = enrich(["TURKEY\n\nRepublic of Turkey\n\nThe authorities continued to detain journalists during the year "
                "under review.\n"])
    assert r.title.value == "TURKEY"
    # (the site's name joined to its country section, "Example Mail: Cyprus", a byline and a
    # photograph's caption between the headline and its story; was "Example Mail: Cyprus")
    r = enrich(["November 14, 2030\n\nExample Mail\nCyprus\n\nThe report on the good offices mission is out on "
                "Friday\n\nBy Source: Example News Agency\nThe Secretary-General\n\nThe report on the mission "
                "of good offices will come out on Friday, the spokesman said on Thursday.\n"])
    assert r.title.value == "The report on the good offices mission is out on Friday"
    # (a section's label before the country, a site's search button over it: "Rechercher" /
    # "Dernières Infos - Turquie", was titled "Rechercher")
    r = enrich(["Rechercher\nRechercher\n\nDernières Infos - Turquie\n\nExampleville : trois journalistes arrêtés "
                "puis relâchés après un article\n\nTrois journalistes ont été arrêtés ce week-end après un article "
                "sur le procureur.\n"], None, ["fr"])
    assert r.title.value == "Exampleville : trois journalistes arrêtés puis relâchés après un article"
    # (a country's page of facts: a field's label under its name, no story under that)
    r = enrich(["Турция\n\nВСТУПЛЕНИЕ В СИЛУ Европейской конвенции о защите прав человека\n\n18 мая 1954 г.\n\n"
                "Количество выполненных постановлений\n\n3876\n"], None, ["ru"])
    assert r.title.value == "Турция"


def test_the_prime_ministrys_human_rights_presidency_is_the_governments():
    """A statistical analysis of the Court's judgments by the Prime Ministry's Human Rights
    Presidency was the Court's (by the Court's name in its title); its author line makes it
    the Government's."""
    r = enrich(["AİHM Kararları Analizi 2030\n\nBAŞBAKANLIK\nİNSAN\nHAKLARI\nBAŞKANLIĞI\nMART 2030\nAVRUPA İNSAN HAKLARI\n"
                "MAHKEMESİ’NE YAPILAN\nBAŞVURULARA İLİŞKİN İSTATİSTİKLER\nÖrnek Uzman / İnsan Hakları Uzmanı\n"
                "Başbakanlık İnsan Hakları Başkanlığı\n27 Mart 2030\n"], None, ["tr"])
    assert (r.mechanism.value, r.body.value) == ("national", "Government")


def test_a_headline_printed_twice_under_a_sites_section():
    """A news page's section ("Human Rights") over its headline, printed again under the
    byline (its quotation marks changed), titled the page; the headline does. A page
    whose short heading is over no repeated line keeps it."""
    r = enrich(["Human Rights\n\nRights Under Siege: Örnekistan in Spotlight in the Watch’s World Report 2030\n\n"
                "By: A. Writer\nPublished: January 11, 2030\nRights Under Siege: Örnekistan in Spotlight in the "
                "Watch's World Report 2030\n\nIn the wake of the election, the country has been caught in a storm of "
                "politicized court decisions, as outlined in the report.\n"])
    assert r.title.value == "Rights Under Siege: Örnekistan in Spotlight in the Watch’s World Report 2030"
    # (a site's name and section joined into the first heading, "THE OBJECTIVE: España", which
    # made Spain the subject)
    r = enrich(["THE OBJECTIVE\nEspaña\n\nEl Tribunal Europeo condena a Örnekistan por detener a periodistas\n\n"
                "En 2030 Örnekistan ordenó la detención de 35 trabajadores de medios\n\nEl Tribunal Europeo condena a "
                "Örnekistan por detener a periodistas\n\nEl Tribunal ha condenado este martes a Örnekistan por haber "
                "puesto a periodistas en prisión preventiva.\n"], None, ["es"])
    assert r.title.value == "El Tribunal Europeo condena a Örnekistan por detener a periodistas"
    assert "ES" not in [t.value for t in r.subject_countries]
    r = enrich(["Annual Report\n\nThe year in figures for the association and its members\n\nThe association grew in "
                "2030, and its members met four times during the year.\n"])
    assert r.title.value.startswith("Annual Report")


def test_a_text_telling_what_a_report_set_out_is_news():
    r = enrich(["Courts under pressure in Exampleland\n\nJudicial independence was called into question in 2030, as "
                "outlined in the Example Watch's annual report. The government rejected the findings.\n"])
    assert r.doc_type.value == "news"


def test_a_reports_year_in_its_title_over_a_day_its_first_paragraph_tells_of():
    """An association's "HUMAN RIGHTS VIOLATIONS REPORT 2030" was dated by the day a regime
    its first sentence recalls was enacted (20 July 2026); its title's year dates it. A date
    in the title's year or the next (when a report on a year appears) stays."""
    text = ("HUMAN RIGHTS VIOLATIONS REPORT 2030\nLONGING FOR A WORLD BASED ON HUMAN RIGHTS\nExampleland is governed "
            "by a State of Emergency regime, which was enacted on {} and has become permanent.\n")
    r = enrich([text.format("20 July 2026")])
    assert (r.published.value, r.published.rule) == ((dt.date(2030, 1, 1), "year"), "title-year")
    # (a day the text says something else happened on is none, .333: the title's year alone dates it)
    r = enrich([text.format("15 January 2031")])
    assert (r.published.value, r.published.rule) == ((dt.date(2030, 1, 1), "year"), "title-year")
    r = enrich(["HUMAN RIGHTS VIOLATIONS REPORT 2030\nLONGING FOR A WORLD BASED ON HUMAN RIGHTS\nThe Association's "
                "report was published on 15 January 2031 and covers the year.\n"])
    assert (r.published.value, r.published.rule) == ((dt.date(2031, 1, 15), "day"), "header")
    # a year in brackets ending a title dates the text so too ("Concluding Observations: Exampleland
    # (2030).", was dated by a day of 2027 its text tells of)
    text = ("Committee on the Elimination of Discrimination Against Women, Concluding Observations: Exampleland (2030).\n\n"
            "Exampleland\n\n251. The Committee considered the reports of Exampleland at its 419th to 421st meetings, on 1 "
            "and 2 February 2030. The report covered the region over which the Government resumed sovereignty on 1 July "
            "2027.\n")
    r = enrich([text])
    assert (r.published.value, r.published.rule) == ((dt.date(2030, 1, 1), "year"), "title-year")


def test_turkiyes_cities_in_arabic_make_its_adjective_the_subject():
    """An Arabic release naming Türkiye only by its adjective ("الحكومة التركية") and its
    largest city ("إسطنبول"), which the gazetteer holds in Turkish, English and French only,
    was about no country; another country named more in the text still makes the adjective
    no subject."""
    head = "الحكومة التركية تعزز الرقابة قبل الانتخابات\n\n"
    r = enrich([head + "قالت المنظمة اليوم إن السلطات عززت سلطاتها الرقابية. فرضت محكمة في إسطنبول عقوبة بالسجن على "
                       "عمدة المدينة.\n"], None, ["ar"])
    assert [(t.value, t.rule) for t in r.subject_countries] == [("TR", "title-demonym")]
    r = enrich([head + "قالت المنظمة اليوم إن السلطات عززت سلطاتها الرقابية، كما فعلت في سوريا وسوريا ومصر.\n"], None,
               ["ar"])
    assert r.subject_countries == []


@pytest.mark.parametrize("dateline", ["ESTRASBURGO/Francia.- ", "Estrasburgo (Francia) (EuroEFE).- ", "Madrid.- "])
def test_a_spanish_dateline_before_a_point_and_a_dash_makes_news(dateline):
    """The Spanish and Latin American press's dateline, the place (its country after a slash or
    in brackets, the agency in brackets) before ".-", was not read: the stories were untyped."""
    r = enrich(["Nueva condena a Örnekistan por la detención de un periodista\n\n" + dateline + "El Tribunal Europeo "
                "de Derechos Humanos condenó este martes a Örnekistan por la detención arbitraria de un periodista.\n"],
               None, ["es"])
    assert r.doc_type.value == "news"
    # (a sentence's end before a dash is none: "... en 2030.- según ..." inside a paragraph)
    r = enrich(["Informe anual sobre Örnekistan\n\nEl informe describe la situación de los derechos humanos en "
                "el país durante el año y las recomendaciones.- Véase el anexo.\n"], None, ["es"])
    assert r.doc_type is None or r.doc_type.value != "news"


@pytest.mark.parametrize("text, kind", [
    # the place before a colon opening the first paragraph (was untyped)
    ("Exampleland detains three journalists over prosecutor story\n\nISTANBUL: Three journalists were detained for "
     "several hours over a story linked to the chief prosecutor, the paper said Sunday.\n", "news"),
    ("Three journalists detained\n\nGENEVA: The journalists were released after appearing in court in the city on "
     "Sunday, the paper said.\n", "news"),
    # (or before a dash, as a Turkish agency prints it: "CENEVRE– BM ..."; was untyped)
    ("Cezaevlerinde durum endişe verici\n\nCENEVRE– BM İşkenceyi Önleme Alt Komitesi uzmanları Örnekistan'a "
     "yaptıkları ikinci ziyarette daha fazla adım atılması gerektiğini belirtti.\n", "news"),
    # (not a label that is no place: "Summary: ...", nor a place not in capitals, a report's
    # line, nor a heading in capitals)
    ("Prison conditions in Exampleland\n\nSummary: This report documents the conditions in 17 prisons.\n",
     "country-report"),
    ("Prison conditions in Exampleland\n\nIstanbul: the report documents the conditions in 17 prisons of the city, "
     "which the delegation visited in 2030.\n", "country-report"),
    ("Prison conditions in Exampleland\n\nANKARA – ISTANBUL\n\nThis report documents the conditions in 17 prisons.\n",
     "country-report"),
])
def test_a_place_before_a_colon_opening_a_story_is_a_dateline(text, kind):
    assert enrich([text]).doc_type.value == kind


@pytest.mark.parametrize("text, news", [
    # a Turkish agency's name alone before a dash opening the story (was untyped)
    ("Bir tepki de Bakanlıktan\n\nİHA -\nBakanlıktan yapılan açıklamada, Komisyonun raporunun halkoylaması "
     "sonuçlarını etkilemeye yönelik olduğu belirtildi.\n", True),
    ("Gazeteciler gözaltına alındı\n\nDHA - İstanbul'da sabah saatlerinde düzenlenen operasyonda üç gazeteci "
     "gözaltına alındı ve emniyete götürüldü.\n", True),
    # (not a list of abbreviations)
    ("Kısaltmalar\n\nAA – Anadolu Ajansı\nAİHM – Avrupa İnsan Hakları Mahkemesi\n\nBu raporda 17 cezaevindeki "
     "koşullar belgelenmektedir.\n", False),
])
def test_a_turkish_agencys_name_alone_before_a_dash_makes_news(text, news):
    r = enrich([text], None, ["tr"])
    assert (r.doc_type is not None and r.doc_type.value == "news") == news


@pytest.mark.parametrize("name, body", [
    ("BM İşkenceyi Önleme Komitesi", None),  # the UN's (its Subcommittee), named in the press as the CPT is
    ("Avrupa İşkenceyi Önleme Komitesi", "CPT"),
    # (French's article "un" is no UN: "un Comité anti-torture")
    ("Visite d'un Comité anti-torture", "CPT"),
])
def test_the_uns_body_named_like_a_european_one_is_not_the_european_one(name, body):
    """A Turkish agency's headline on the SPT's visit, "BM İşkenceyi Önleme Komitesi'nden ziyaret",
    was the CPT's (its Turkish cue after "BM", the UN)."""
    r = enrich([f"{name}\n\nKomite uzmanları ziyaretlerini tamamladı ve cezaevlerindeki koşullar hakkında "
                "endişelerini dile getirdi.\n"], None, ["tr"])
    assert (r.body.value if r.body else None) == body


def test_the_headline_under_a_sites_breadcrumb():
    """A news site's app banner and authors' strip above its breadcrumb ("Home » Esteri")
    titled the page; the headline under the breadcrumb does. A page whose heading is
    printed again under the breadcrumb keeps it."""
    r = enrich(["Icona app\nLeggi il giornale direttamente dalla nostra app: facile, veloce e senza pubblicità\nInstalla\n"
                "Cerca\nImmagine autore\nRossi\nHome » Esteri\n\nLa Corte condanna l'Örnekistan per la detenzione di due "
                "giornalisti\n\nLa Corte europea ha condannato l'Örnekistan per la detenzione di due giornalisti, "
                "sottolineando che il trattamento non può essere considerato normale.\n"], None, ["it"])
    assert r.title.value == "La Corte condanna l'Örnekistan per la detenzione di due giornalisti"
    r = enrich(["Örnekistan'da gazeteciler gözaltında\n\nAna Sayfa » Gündem » Örnekistan'da gazeteciler gözaltında\n\n"
                "Polis sabah saatlerinde üç gazeteciyi gözaltına aldı ve evlerinde arama yaptı.\n"], None, ["tr"])
    assert r.title.value == "Örnekistan'da gazeteciler gözaltında"


def test_a_pages_particulars_ending_on_its_sharing_label_are_no_title():
    r = enrich(["Internazionale | 13 Apr 2030 CONDIVIDI:\n\nGiornalisti arrestati, la Corte europea condanna "
                "l'Örnekistan\n\nSecondo i giudici di Strasburgo, la detenzione preventiva è stata basata su elementi "
                "insufficienti.\n"], None, ["it"])
    assert r.title.value == "Giornalisti arrestati, la Corte europea condanna l'Örnekistan"


@pytest.mark.parametrize("dateline", ["Roma, 20 mar. - ", "Milano, 3 apr. (askanews) - ", "Madrid, 20 mar (EFE).- ",
                                      # (the dash ending its line: was untyped)
                                      "ESTAMBUL, 8 Jul. (EUROPA PRESS) -\n"])
def test_an_italian_or_spanish_agencys_day_and_month_dateline_makes_news(dateline):
    r = enrich([dateline + "La Corte europea dei diritti dell'uomo ha condannato l'Örnekistan per la detenzione di due "
                "giornalisti, detenzione che non può essere considerata normale.\n\nNei primi giudizi la Corte evidenzia "
                "violazioni.\n"], None, ["it"])
    assert r.doc_type.value == "news"
    # (a day's line, its weekday first, is none: a verbatim report's "Tuesday, 12 September 2030 -
    # Strasbourg" was made news)
    r = enrich(["Verbatim report of proceedings\nTuesday, 12 September 2030 - Strasbourg\n\n19. 2029 Report on "
                "Exampleland (debate)\n\nPresident. – The next item is the debate on the report.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_a_headline_printed_twice_one_under_the_other_is_titled_once():
    r = enrich(["Amnesty International prangert Folter in Örnekistans Gefängnissen an\n\nAmnesty International prangert "
                "Folter in Örnekistans Gefängnissen an\n\nDie Menschenrechtsorganisation prangert Folter an. In einer "
                "gestern veröffentlichten Mitteilung heisst es, sie habe Beweise gesammelt.\n"], None, ["de"])
    assert r.title.value == "Amnesty International prangert Folter in Örnekistans Gefängnissen an"
    # (a title whose halves merely begin alike stays whole)
    r = enrich(["Report on Exampleland: Report on Exampleland's prisons\n\nThe report covers 17 prisons and their "
                "conditions, visited in 2030.\n"])
    assert r.title.value == "Report on Exampleland: Report on Exampleland's prisons"


def test_a_themes_words_for_screen_readers_and_a_span_of_days_are_no_title():
    r = enrich(["You are currently viewing Situation des droits de l’Homme en Örnekistan : que fait l’Europe?\n\n"
                "Situation des droits de l’Homme en Örnekistan : que fait l’Europe?\n\nLe 7 février 2030 le Parlement "
                "européen a déposé une résolution sur la situation actuelle des droits humains.\n"], None, ["fr"])
    assert r.title.value == "Situation des droits de l’Homme en Örnekistan : que fait l’Europe?"
    r = enrich(["11-16 janvier 2030\nÖrnekistan. Répression des journalistes d’opposition\nLe 11, la Cour "
                "constitutionnelle ordonne la remise en liberté de deux journalistes emprisonnés.\n"], None, ["fr"])
    assert r.title.value == "Örnekistan. Répression des journalistes d’opposition"


@pytest.mark.parametrize("label", ["Benzer belgeler", "Similar documents", "Documents similaires"])
def test_a_document_sites_label_of_similar_documents_is_no_title(label):
    r = enrich([f"{label}\n\nÖrnekistan'da cezaevi koşulları raporu 2030\n\nRaporda 17 cezaevindeki koşullar "
                "belgelenmektedir ve bulgular ziyaretlere dayanmaktadır.\n"], None, ["tr"])
    assert r.title.value == "Örnekistan'da cezaevi koşulları raporu 2030"


def test_the_turkish_parliaments_record_of_a_committees_meeting_is_a_summary_record():
    """The record of a parliamentary committee's meeting, its particulars headed "Komisyon
    Adı:", discussing a sub-committee's report on a prison, was a `country-report` by the
    report its subject names."""
    r = enrich(["Komisyon Adı:İnsan Haklarını İnceleme Komisyonu\nKonu:Alt Komisyonun Hazırladığı Örnekköy Ceza İnfaz "
                "Kurumu İnceleme Raporu'na İlişkin Görüşmeler\nDönemi:29\nYasama Yılı:2\nTarih:03/07/2031\n\n"
                "ÖRNEK MİLLETVEKİLİ (İstanbul) - Değerli arkadaşlar, raporu aldım ve okudum.\n\nBAŞKAN - Teşekkürler.\n"],
               None, ["tr"])
    assert r.doc_type.value == "summary-record"


def test_a_sites_address_and_country_section_before_a_bar_are_no_title():
    """A site's name as its address on a line of its own ("Tolerance.ca") over its tagline
    titled the page, and a country's section before a bar on the headline's line ("TURQUÍA |
    ...") opened it; the headline does. A headline with a bar whose first part is no country
    keeps it."""
    r = enrich(["Tolerance.ca\nHuman Rights Observatory\n\nExampleland: Politically Motivated Conviction of Activists\n\n"
                "Eleven human rights defenders were prosecuted in the case, named after the island where ten were "
                "detained at a workshop.\n"])
    assert r.title.value == "Exampleland: Politically Motivated Conviction of Activists"
    r = enrich(["TURQUÍA | El Tribunal Europeo condena a Examplelandia por detener a periodistas\n\nEl 20 de marzo de 2030, "
                "el Tribunal condenó por primera vez a Examplelandia por el encarcelamiento de periodistas.\n"], None, ["es"])
    assert r.title.value == "El Tribunal Europeo condena a Examplelandia por detener a periodistas"
    r = enrich(["Annual review | The Court's year in figures and cases\n\nThe Court delivered 100 judgments in 2030.\n"])
    assert r.title.value == "Annual review | The Court's year in figures and cases"


def test_a_covers_number_and_language_line_run_together_are_no_title():
    """A copy whose text layer joins a Venice Commission cover's lines ("Opinion No. 975/2030
    Or. Engl.": the opinion's number and the language of its original) was titled by that
    line and about no country (the commenting members' countries outnumbered the State
    named over the opinion); the cover's heading titles it. Two names of a body on one line
    (no number among them) are no such line."""
    cover = ("Strasbourg, 13 March 2030 CDL-AD(2030)005\n\nOpinion No. 975/2030 Or. Engl.\n\n"
             "EUROPEAN COMMISSION FOR DEMOCRACY THROUGH LAW (VENICE COMMISSION)\n\nTÜRKİYE\n\nOPINION\n\n"
             "ON THE AMENDMENTS TO THE CONSTITUTION ADOPTED BY THE GRAND NATIONAL ASSEMBLY ON 21 JANUARY 2030\n\n"
             "Adopted by the Venice Commission at its 150th Plenary Session (Venice, 10-11 March 2030)\n\n"
             "On the basis of comments by\n\nMr A. EXAMPLE (Member, Ireland) Ms B. EXAMPLE (Member, Finland) "
             "Mr C. EXAMPLE (Substitute member, Belgium)\n")
    r = enrich([cover])
    assert r.title.value == ("TÜRKİYE: OPINION ON THE AMENDMENTS TO THE CONSTITUTION ADOPTED BY THE GRAND NATIONAL "
                             "ASSEMBLY ON 21 JANUARY 2030")
    assert [t.value for t in r.subject_countries] == ["TR"]
    assert is_noise("Or. Engl. CDL-AD(2030)005") and not is_noise("European Social Charter Governmental Committee")


@pytest.mark.parametrize("flat, title, published", [
    ("CRI(2031)5 ECRI REPORT ON TÜRKİYE (seventh monitoring cycle) Adopted on 10 December 2030 Published on 8 February "
     "2031 ECRI Secretariat Directorate General of Democracy Council of Europe F-67075 STRASBOURG Cedex Tel.: + 33 (0) 3 "
     "88 41 29 64 www.coe.int/ecri TABLE OF CONTENTS FOREWORD ...... 5 SUMMARY ...... 7",
     "ECRI REPORT ON TÜRKİYE (seventh monitoring cycle)", dt.date(2031, 2, 8)),
    ("CPT/Inf (2031) 6 Report to the Turkish Government on the visit to Türkiye carried out by the European Committee for "
     "the Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT) from 9 to 21 June 2030 The Turkish "
     "Government has requested the publication of this report and of its response. The Government’s response is set out "
     "in document CPT/Inf (2031) 7. Strasbourg, 15 January 2031 - 2 - CONTENTS Copy of the letter ...... 4",
     "Report to the Turkish Government on the visit to Türkiye carried out by the European Committee for the Prevention "
     "of Torture and Inhuman or Degrading Treatment or Punishment (CPT) from 9 to 21 June 2030", dt.date(2031, 1, 15)),
    ("Strasbourg, 13 March 2031 CDL-AD(2031)005 Opinion No. 975/2031 Or. Engl. EUROPEAN COMMISSION FOR DEMOCRACY THROUGH "
     "LAW (VENICE COMMISSION) TÜRKİYE OPINION ON THE AMENDMENTS TO THE CONSTITUTION ADOPTED BY THE GRAND NATIONAL "
     "ASSEMBLY ON 21 JANUARY 2031 Adopted by the Venice Commission at its 150th Plenary Session (Venice, 10-11 March 2031) "
     "On the basis of comments by Mr A. EXAMPLE (Member, Ireland) Ms B. EXAMPLE (Member, Finland)",
     "TÜRKİYE: OPINION ON THE AMENDMENTS TO THE CONSTITUTION ADOPTED BY THE GRAND NATIONAL ASSEMBLY ON 21 JANUARY 2031",
     dt.date(2031, 3, 13)),
    # (a UN document's copy opening on its symbol, with no masthead nor distribution line)
    ("A/85/280/Add.1 Interim report of the Special Rapporteur on freedom of religion or belief Addendum 1 Situation "
     "in Türkiye Contents I. Introduction . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . . 1–8 3 II. Legal "
     "aspects of freedom of religion . . . . . . . . . . . . . . . . . . . . . . . 9–45 4",
     "Interim report of the Special Rapporteur on freedom of religion or belief Addendum 1 Situation in Türkiye", None),
])
def test_a_cover_read_as_one_line_from_its_reference_is_set_out_as_its_lines(flat, title, published):
    """A document site's text of a Council of Europe body's report, its cover read as one line
    with its reference first, was titled by its file's name (ECRI's, the CPT's) or was
    nobody's document about no country (the Venice Commission's: its reference ran into the
    text), and a UN copy opening on its symbol by its whole first line; the cover's heading
    titles it, its publication dates it, its reference is its own. (A reference further on,
    the Government's response's, stays in its sentence.)"""
    r = enrich([flat + " The text of the report begins here and goes on."], {"file_name": "copy.txt"})
    assert (r.title.value, [t.value for t in r.subject_countries], len(r.own_identifiers)) == (title, ["TR"], 1)
    if published:
        assert r.published.value == (published, "day") and r.mechanism.value == "CoE"


def test_a_cover_read_as_one_line_from_its_dateline_under_a_document_sites_furniture():
    """A document site's copy of a Venice Commission opinion that lost its reference (the
    site dropped it), its cover read as one line from its place and date, a page's number
    before them, under the site's furniture ("Size: px" / ... / "Transcription"): it was
    nobody's document (civil society's); the cover is set out as its lines and the opinion is
    the Venice Commission's. A long first paragraph opening on a dateline sentence is left."""
    site = ("EXAMPLELAND OPINION ON THE DUTIES OF THE PEACE JUDGESHIPS\n\nSize: px\nStart display at page:\n\n"
            "Download \"EXAMPLELAND OPINION ON THE DUTIES OF THE PEACE JUDGESHIPS\"\n\nTranscription\n\n")
    flat = ("1 Strasbourg, 13 March 2031 Opinion No. 852 / 2030 Or. Engl. EUROPEAN COMMISSION FOR DEMOCRACY THROUGH "
            "LAW (VENICE COMMISSION) EXAMPLELAND OPINION ON THE DUTIES OF THE PEACE JUDGESHIPS Adopted by the Venice "
            "Commission at its 150th Plenary Session (Venice, March 2031) On the basis of comments by: Mr A. EXAMPLE "
            "(Member, Ireland) This document will not be distributed at the meeting. Please bring this copy.\n")
    r = enrich([site + flat])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("CoE", "Venice Commission", "opinion")
    assert unflatten_cover_by_reference(site + flat).split("\n")[9:12] == [
        "1", "Strasbourg, 13 March 2031", "Opinion No. 852 / 2030"]
    prose = site + "Strasbourg, 13 March 2031 was a cold day " + "and the text goes on " * 12 + "\n"
    assert unflatten_cover_by_reference(prose) == prose


def test_a_joint_opinions_cover_read_as_one_line_under_a_long_title_printed_twice():
    """A joint opinion's cover, dated from two seats ("Strasbourg / Warsaw, 17 December
    2030"), read as one line under a document site's furniture that prints the opinion's long
    title twice (over 300 characters of it): it was civil society's; the cover is set out as
    its lines and the opinion is the Venice Commission's."""
    title = ("EXAMPLELAND JOINT OPINION ON AMENDMENTS TO THE ELECTORAL LEGISLATION AND RELATED HARMONISATION LAWS "
             "ADOPTED IN MARCH AND APRIL 2030")
    site = f"{title}\n\nSize: px\nStart display at page:\n\nDownload \"{title}\"\n\nTranscription\n\n"
    flat = ("1 Strasbourg / Warsaw, 17 December 2030 Venice Commission Opinion No. 926/2030 ODIHR Opinion No. "
            "ELE-EXA/340/2030 Or. Engl. EUROPEAN COMMISSION FOR DEMOCRACY THROUGH LAW (VENICE COMMISSION) OSCE OFFICE "
            "FOR DEMOCRATIC INSTITUTIONS AND HUMAN RIGHTS (OSCE/ODIHR) " + title + " Adopted by the Venice Commission "
            "at its 167th Plenary Session (Venice, December 2030) on the basis of comments by Mr A. EXAMPLE (Member, "
            "Norway) This document will not be distributed at the meeting. Please bring this copy.\n")
    assert len(site) > 300
    r = enrich([site + flat])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("CoE", "Venice Commission", "opinion")
    lines = unflatten_cover_by_reference(site + flat).split("\n")
    assert "EUROPEAN COMMISSION FOR DEMOCRACY THROUGH LAW (VENICE COMMISSION)" in lines and len(lines) > 12


def test_an_older_staff_working_paper_read_as_one_line_from_its_number_under_a_sites_furniture():
    """A document site's copy of the Commission's older staff working paper (a "WORKING
    PAPER", not "DOCUMENT"), its cover read as one line under the site's furniture, dated by no
    day ("1 EUROPEAN COMMISSION Brussels, SEC(2030) 1201 final COMMISSION STAFF WORKING PAPER
    ..."): its number was not its own and it was titled by the site's line with the paper's kind
    and "Accompanying the document"; the cover is set out from its number, "final" with it, and
    the paper is titled by what it is."""
    title = "COMMISSION STAFF WORKING PAPER EXAMPLELAND 2030 PROGRESS REPORT. Accompanying the document"
    site = f"{title}\n\nSize: px\nStart display at page:\n\nDownload \"{title}\"\n\nTranscription\n\n"
    flat = ("1 EUROPEAN COMMISSION Brussels, SEC(2030) 1201 final COMMISSION STAFF WORKING PAPER EXAMPLELAND 2030 "
            "PROGRESS REPORT Accompanying the document COMMUNICATION FROM THE COMMISSION TO THE EUROPEAN PARLIAMENT AND "
            "THE COUNCIL Enlargement Strategy and Main Challenges {COM(2030) 666 final} {SEC(2030) 1200 final} "
            "{SEC(2030) 1202 final}\n\n2 TABLE OF CONTENTS 1. Introduction Preface Context\n")
    r = enrich([site + flat])
    assert r.title.value == "EXAMPLELAND 2030 PROGRESS REPORT"
    assert [t.value for t in r.own_identifiers] == [("eu-sec", "SEC(2030)1201")]
    assert (r.mechanism.value, r.body.value) == ("EU", "European Commission")
    assert "SEC(2030) 1201 final" in unflatten_cover_by_reference(site + flat).split("\n")


@pytest.mark.parametrize("page, body", [
    # an executive's act under the Gazette's masthead
    ("23 Mayıs 2030 CUMARTESİ\n\nResmî Gazete\n\nSayı : 39364\n\nYÖNETMELİK\n\nÖrnek Bakanlığından:\n\nÖRNEK "
     "DESTEĞİ ÖDENMESİ HAKKINDA YÖNETMELİK\n\nMADDE 1 – (1) Bu Yönetmeliğin amacı; desteğe ilişkin usul ve esasları "
     "belirlemektir.\n", "Government"),
    # a decree having force of law, whose title ends in "KARARNAME" though it names "KANUN"
    ("1 Eylül 2030 CUMARTESİ\n\nResmî Gazete\n\nSayı : 39818 (Mükerrer)\n\nKANUN HÜKMÜNDE KARARNAME\n\nOLAĞANÜSTÜ "
     "HAL KAPSAMINDA ALINAN TEDBİRLER HAKKINDA KANUN HÜKMÜNDE KARARNAME\n\nKarar Sayısı: KHK/972\n\nMADDE 1 – (1) "
     "Ekli listelerde yer alan kişiler kamu görevinden çıkarılmıştır.\n", "Government"),
    # a law as the legislation site prints it, with its particulars
    ("ÖRNEKLE MÜCADELE KANUNU\n\nKanun Numarası : 9713\nKabul Tarihi : 12/4/2030\nYayımlandığı R.Gazete : Tarih : "
     "12/4/2030 Sayı : 40843\n\nBİRİNCİ BÖLÜM\nGenel Hükümler\nMadde 1 – Bu Kanunun amacı örnekle mücadeledir.\n",
     "Parliament"),
    # an international agreement's approval in the Gazette's executive section
    ("T.C. Resmî Gazete Kuruluş Tarihi : ( 7 Teşrinievvel 1336 ) 7 Ekim 1920 14 Ekim 2030 CUMARTESİ Sayı : 40312 "
     "YÜRÜTME VE İDARE BÖLÜMÜ Karar Sayısı : 2030/14434 Milletlerarası Andlaşma\n\nEkli Sözleşmenin onaylanması "
     "Bakanlar Kurulu'nca kararlaştırılmıştır.\n", "Government"),
])
def test_an_act_in_the_official_gazette_is_the_states_legislation(page, body):
    """An act the Official Gazette publishes was untyped and civil society's (no official
    body named in its head); it is `legislation`, national: a law the Grand National
    Assembly's, a decree, a regulation or an agreement's approval the executive's."""
    r = enrich([page], None, ["tr"])
    assert (r.doc_type.value, r.mechanism.value, r.body.value) == ("legislation", "national", body)
    assert [t.value for t in r.subject_countries] == ["TR"]


def test_a_news_item_on_an_act_in_the_gazette_is_no_legislation():
    r = enrich(["Yeni yönetmelik yürürlüğe girdi\n\nÖrnek Bakanlığının hazırladığı yönetmelik bugünkü Resmî Gazete'de "
                "yayımlandı.\nYayımlandığı Resmî Gazete'de yönetmeliğin gerekçesi de yer aldı.\n"], None, ["tr"])
    assert r.doc_type is None or r.doc_type.value != "legislation"
    assert r.mechanism.value == "civil-society"


@pytest.mark.parametrize("page, title", [
    # its particulars run into its title on one line, as a document site's copy of a PDF reads
    ("LAW ON EXAMPLES AND EXAMPLE PROTECTION Law No : 9458 Acceptance Date : 4/4/2030 Official Journal Published : "
     "Date: 11/4/2030 Issue : 48615 PART ONE PURPOSE AND SCOPE Purpose ARTICLE 1 (1) The purpose of this Law is to "
     "regulate the principles and procedures with regard to examples in Exampleland.\n",
     "LAW ON EXAMPLES AND EXAMPLE PROTECTION"),
    # the legislature's name over its particulars, its title wrapped under them
    ("Unofficial Translation\nGRAND NATIONAL ASSEMBLY OF EXAMPLELAND\nLaw No. 9458 Date of Adoption:\n04/04/2030\n"
     "LAW ON EXAMPLES\nAND EXAMPLE PROTECTION\nCHAPTER ONE\nPurpose, Scope and Definitions\nARTICLE 1- (1) The "
     "purpose of this Law is to determine the procedures and principles with regard to examples.\n",
     "LAW ON EXAMPLES AND EXAMPLE PROTECTION"),
    # its title over its particulars on lines of their own
    ("ANTI-EXAMPLE LAW\n\nLaw No. 9713\n\nDate of Adoption: 12 April 2030\n\nPublished in the Official Gazette: "
     "12 April 2030, No. 40843\n\nPART ONE\n\nGeneral Provisions\n\nArticle 1 – An example is any act done by "
     "one or more persons with the aim of changing the characteristics of the Republic.\n", "ANTI-EXAMPLE LAW"),
])
def test_an_acts_translation_into_english_by_its_particulars(page, title):
    """A law translated into English, headed by its number and the day it was passed ("Law
    No. 9458" / "Date of Adoption: 04/04/2030", "Acceptance Date"), as the legislation site
    prints a law in Turkish, was untyped and civil society's, and titled by the legislature's
    name run into its particulars and parts; it is the legislature's `legislation`, adopted
    that day, titled by the act's name."""
    r = enrich([page], None, ["en"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (
        title, "legislation", "national", "Parliament")
    assert r.adopted.value[0].year == 2030 and r.adopted.value[0].month == 4


def test_the_assemblys_own_page_of_a_law_and_a_month_first_date():
    """The Grand National Assembly's page of a law as it was passed, under its notice ("Uyarı:
    Görüntülemekte olduğunuz Kanun, TBMM Genel Kurulunda kabul edildiği halidir. ...") and its
    particulars ("Kanun No. 9458" / "Kabul Tarihi : 4/4/2030"): it was titled by the notice and
    untyped; it is the Assembly's `legislation`, titled by the law's name. A translation's day
    written month first, which can only be read so ("Acceptance Date: 09/27/2030"), was not read."""
    r = enrich(["TÜRKİYE BÜYÜK MİLLET MECLİSİ\n\nUyarı: Görüntülemekte olduğunuz Kanun, TBMM Genel Kurulunda kabul "
                "edildiği halidir. Varsa daha sonra yapılan değişiklikleri içermemektedir.\n\nÖRNEKLER VE ÖRNEK "
                "KORUMA KANUNU\n\nKanun No. 9458\n\nKabul Tarihi : 4/4/2030\n\nBİRİNCİ KISIM\n\nMADDE 1 – (1) Bu "
                "Kanunun amacı; örneklere ilişkin usul ve esasları düzenlemektir.\n"], None, ["tr"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (
        "ÖRNEKLER VE ÖRNEK KORUMA KANUNU", "legislation", "national", "Parliament")
    assert r.adopted.value == (dt.date(2030, 4, 4), "day")
    r = enrich(["LAW ON EXAMPLES\n\nLaw No. 9547\nAcceptance Date: 09/27/2030\n\nARTICLE 1 - This Law shall enter into "
                "force on the date of publication.\n"], None, ["en"])
    assert r.adopted.value == (dt.date(2030, 9, 27), "day")


def test_a_story_naming_a_law_by_its_number_is_no_legislation():
    r = enrich(["Law Nr. 9458 on Examples has been published in the Official Gazette on April 11th 2030. The adopted "
                "law aims to harmonise Exampleland's laws on examples with EU laws.\n"], None, ["en"])
    assert r.doc_type is None or r.doc_type.value != "legislation"
    assert r.mechanism.value == "civil-society"


def test_an_act_a_mission_or_a_legislation_site_prints_without_the_gazettes_marks():
    """An embassy's page of the Council of Ministers' decision (the Republic's name over the
    mission's, "Türkiye Cumhuriyeti" / "Örnekşehir Büyükelçiliği", then its section,
    "Büyükelçilik") was titled by the section, civil society's and a `resolution`; it is the
    Government's `legislation`, titled by the act. A legislation site's notice of its last
    updates opened a page's title; the headline under it titles it."""
    r = enrich(["Türkiye Cumhuriyeti\n\nÖrnekşehir Büyükelçiliği\n\nBüyükelçilik\n\nOlağanüstü Hal ilan edilmesine "
                "ilişkin Bakanlar Kurulu Kararı\n\nKarar Sayısı : 2030/9064\n\nAnayasanın 120'nci maddesine göre, ülke "
                "genelinde doksan gün süreyle olağanüstü hal ilan edilmesi Bakanlar Kurulu'nca 20/7/2030 tarihinde "
                "kararlaştırılmıştır.\n"], None, ["tr"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (
        "Olağanüstü Hal ilan edilmesine ilişkin Bakanlar Kurulu Kararı", "legislation", "national", "Government")
    r = enrich(["En son güncellemeler 19 Temmuz 2031 iş günü sonunda yapılmıştır.\n\nMeclis Kararı ile on ilde üç ay "
                "süreyle olağanüstü hal ilan edildi.\n\n10-02-2031\n\nKarar No. 1354\n"], None, ["tr"])
    assert r.title.value == "Meclis Kararı ile on ilde üç ay süreyle olağanüstü hal ilan edildi."
    # a news headline ending on "karar" is no act
    r = enrich(["AYM'den tutuklu gazeteciye ilişkin karar\n\nAnayasa Mahkemesi başvuruyu bugün karara bağladı ve "
                "hak ihlali buldu.\n"], None, ["tr"])
    assert r.doc_type is None or r.doc_type.value != "legislation"


def test_a_criminal_judgeship_of_peaces_decision_by_its_miscellaneous_number():
    """A criminal judgeship of peace's decision (an access ban), numbered as a miscellaneous
    matter ("DEĞİŞİK İŞ NO : 2031/1234 D. İş") with no docket nor decision number, was titled
    "DEĞİŞİK İŞ KARARI", civil society's and a `judgment`; it is the court's `decision`,
    titled by the court and its number, dated by its decision's date."""
    r = enrich(["T.C.\nANKARA\n1. SULH CEZA HAKİMLİĞİ\nDEĞİŞİK İŞ KARARI\nDEĞİŞİK İŞ NO : 2031/1234 D. İş\nHAKİM : Örnek "
                "Hakim\nTALEP EDEN : Örnek Kişi\nKARAR TARİHİ : 12/05/2031\nTalep eden vekilinin 11/05/2031 tarihli "
                "dilekçesi ile URL adreslerine erişimin engellenmesi talep edilmiştir.\nGEREĞİ DÜŞÜNÜLDÜ: Erişimin "
                "ENGELLENMESİNE karar verildi.\n"], None, ["tr"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value, r.published.value) == (
        "Ankara 1. Sulh Ceza Hakimliği, 2031/1234 D. İş", "decision", "national", "Courts", (dt.date(2031, 5, 12), "day"))


def test_a_decisions_sites_form_over_a_constitutional_court_decision_and_a_bracketed_home_link():
    """A decisions site's information form on a Constitutional Court decision ("KARAR BİLGİ
    FORMU" / ... / "Başvuru No" / "21481") pushed the decision's heading down, and its
    application number in brackets under the applicant's name was a citation (no own
    identifier); it is the decision's own. A link home in brackets ("[Ana Sayfa]") titled a
    page."""
    r = enrich(["KARAR BİLGİ FORMU\n\nI. KARAR KİMLİK BİLGİLERİ\nKararı Veren Birim\nİkinci Bölüm\nKarar Türü "
                "(BasvuruSonucu)\nEsas (İhlal)\nBaşvuru Adı\nAYŞE ÖRNEK\nBaşvuru No\n21481\nBaşvuru Tarihi\n30/3/2030\n"
                "Karar Tarihi\n14/2/2031\nII. BAŞVURU KONUSU\nBaşvuru, adli kontrol tedbiri uygulanması nedeniyle kişi "
                "hürriyeti ve güvenliği hakkının ihlal edildiği iddiasına ilişkindir.\nIII. İNCELEME SONUÇLARI\nHak "
                "Müdahale İddiası Sonuç Giderim\nKişi özgürlüğü ve güvenliği hakkı Tutukluluk İhlal Manevi tazminat\n\n"
                "KARAR\n\nTÜRKİYE CUMHURİYETİ\n\nANAYASA MAHKEMESİ\n\nİKİNCİ BÖLÜM\n\nKARAR\n\nAYŞE ÖRNEK BAŞVURUSU\n\n"
                "(Başvuru Numarası: 2030/21481)\n\nKarar Tarihi: 14/2/2031\n"], None, ["tr"])
    assert [t.value for t in r.own_identifiers] == [("tr-aym", "2030/21481")]
    assert r.body.value == "Constitutional Court"
    r = enrich(["[Ana Sayfa]\n\n\nBİREYSEL BAŞVURU KARARLARI NE İŞE YARAR?\n\nBu yazıda bir erişim engeli kararını "
                "değerlendiriyorum; karar iki kitabıma erişimi engellemişti.\n"], None, ["tr"])
    assert r.title.value == "BİREYSEL BAŞVURU KARARLARI NE İŞE YARAR?"


def test_a_body_named_in_a_list_of_counts_is_no_author():
    """A news item's list of the dismissed per institution ("Türkiye Büyük Millet Meclisi: 32
    kişi") made it the Parliament's; a name followed by a colon and a number is a row."""
    r = enrich(["Yeni KHK ile kamuda ihraçlar\n\nResmi Gazete'de bu akşam yayınlanan kararname ile binlerce kamu "
                "görevlisi ihraç edildi. Kurumlar ve sayılar şu şekilde:\nTürkiye Büyük Millet Meclisi: 32 kişi\n"
                "Yargıtay Başkanlığı: 183 kişi\n"], None, ["tr"])
    assert r.mechanism.value == "civil-society" and r.body is None
    r = enrich(["Türkiye Büyük Millet Meclisi\n\nİnsan Haklarını İnceleme Komisyonu Raporu\n\nKomisyon cezaevlerini "
                "ziyaret etti.\n"], None, ["tr"])
    assert r.body.value == "Parliament"


def test_a_link_to_the_text_in_full_or_in_another_language_is_no_title():
    """A web page whose first line was a link, "See the full report here." or "Click to read
    the article in Turkish / Kurdish", was titled by it: a link's prompt is page furniture."""
    for link in ("See the full report here.", "Click to read the article in Turkish / Kurdish",
                 "Read the full statement below"):
        assert is_noise(link), link
        r = enrich([f"{link}\nExample Platform publishes its report on prisons in Exampleland\n\n"
                    "The Example Platform published a report on the prisons of Exampleland on Monday. It found that "
                    "overcrowding had worsened.\n"])
        assert r.title.value == "Example Platform publishes its report on prisons in Exampleland", link
    # a heading that is more than a link keeps its words
    assert not is_noise("See the full report of the Commission on its visit")


def test_the_constitutional_courts_section_labels_are_no_title():
    """A law site's summary of a Constitutional Court decision, opening on its section label
    "Olaylar" (then "İddialar", "Mahkemenin Değerlendirmesi"), was titled "Olaylar": the Court's
    section labels are furniture, as the ECtHR's "THE FACTS" is."""
    for label in ("Olaylar", "İddialar", "Mahkemenin Değerlendirmesi", "III. OLAY VE OLGULAR", "I. BAŞVURUNUN KONUSU"):
        assert is_noise(label), label
    r = enrich(["Olaylar\n\nOlayların yaşandığı tarihte öğretmen olarak görev yapan başvurucu hakkında, sosyal medya "
                "paylaşımları nedeniyle disiplin soruşturması başlatılmıştır.\n\nİddialar\n\nBaşvurucu, ifade özgürlüğünün "
                "ihlal edildiğini iddia etmiştir.\n"])
    assert r.title.value.startswith("Olayların yaşandığı tarihte öğretmen olarak görev yapan başvurucu")
    # a title that says more keeps its words
    assert not is_noise("Olaylar ve Tanıklıklar: Örnekşehir 1993")


def test_a_document_viewers_furniture_is_no_title():
    """Yumpu's page around a PDF ("27.01.2031 Views", "SHOW MORE" / "SHOW LESS", "Create
    successful ePaper yourself", "Turn your PDF publications into a flip-book with our unique
    ... software.") titled the copy "SHOW MORE SHOW LESS": the viewer's labels are furniture,
    whatever follows their first words."""
    for line in ("SHOW MORE", "SHOW LESS", "27.01.2031 Views", "Create successful ePaper yourself",
                 "Turn your PDF publications into a flip-book with our unique Google optimized e-Paper software."):
        assert is_noise(line), line
    r = enrich(["27.01.2031 Views\n\nwr2031_web\n\nSHOW MORE\nSHOW LESS\n\nCreate successful ePaper yourself\n\n"
                "Turn your PDF publications into a flip-book with our unique Google optimized e-Paper software.\n\n"
                "WORLD REPORT 2031\n\nEXAMPLE WATCH\n\nExampleland\n\nThe environment for human rights in Exampleland "
                "deteriorated in 2030 with the breakdown of the peace process.\n"])
    assert r.title.value == "WORLD REPORT 2031"
    # a heading that only begins like a label keeps its words
    assert not is_noise("Show more respect for the rights of refugees")


@pytest.mark.parametrize("page, title", [
    ("Freedom of Expression in Exampleland after 2031\nAbstract and keywords\nAbstract (English)\nThis article examines "
     "the case law of the Constitutional Court on freedom of expression.\n", "Freedom of Expression in Exampleland after 2031"),
    ("İfade Özgürlüğü ve Anayasa Mahkemesi\nÖz\nBu makale Anayasa Mahkemesinin kararlarını incelemektedir.\n",
     "İfade Özgürlüğü ve Anayasa Mahkemesi"),
    ("Prison Conditions in Exampleland\nKeywords: prisons, torture, monitoring\nThis article examines the reports of "
     "the monitoring boards.\n", "Prison Conditions in Exampleland"),
])
def test_a_journals_labels_under_an_articles_title_end_it(page, title):
    """A journal's page under an article's title ("Abstract and keywords" / "Abstract
    (English)", "Öz", "Keywords: ...") was joined to the title: like "Abstract", such a label
    ends the title's block."""
    assert enrich([page]).title.value == title


def test_a_wiki_hosts_name_is_no_title():
    """A wiki's copy of an article, "FANDOM" over it, was titled "FANDOM"."""
    assert is_noise("FANDOM")
    r = enrich(["FANDOM\n\nCEZA İNFAZ KURUMLARI VE İZLEME KURULLARI\n\nÖzet\n\nCeza infaz kurumlarının sivil denetime "
                "açılması bir yükümlülüktür.\n"])
    assert r.title.value == "CEZA İNFAZ KURUMLARI VE İZLEME KURULLARI"


def test_a_breadcrumbs_last_part_titles_a_page_without_a_heading():
    """A thesaurus's page quoting a paragraph of an opinion, "Home > ... > EXAMPLELAND - Opinion on
    the Amendments to the Constitution ..." over "Download file" and "Paragraph 28", was titled
    "Paragraph 28": a paragraph's number alone is a label, and the breadcrumb's last part, which
    names the text in words, titles the page rather than its first paragraph. A breadcrumb
    ending on a section's name does not."""
    assert is_noise("Paragraph 28") and is_noise("§ 45")
    r = enrich(["Home > 1. The principles of Europe's electoral heritage > EXAMPLELAND - Opinion on the Amendments to the "
                "Constitution to be Submitted to a National Referendum\n\nDownload file\n\nParagraph 28\n\nThe Commission "
                "has repeatedly stressed that transparency, openness and inclusiveness are key requirements of a "
                "democratic Constitution-making process.\n"])
    assert r.title.value == ("EXAMPLELAND - Opinion on the Amendments to the Constitution to be Submitted to a National "
                             "Referendum")
    r = enrich(["Home > News > Statements\n\nThe Commission has repeatedly stressed that transparency, openness and "
                "inclusiveness are key requirements of a democratic Constitution-making process.\n"])
    assert r.title.value.startswith("The Commission has repeatedly stressed")


@pytest.mark.parametrize("dateline", ["Straßburg.", "STRASBOURG.", "Brüssel", "Genf:"])
def test_a_seat_alone_on_its_line_is_no_title(dateline):
    """A German news item's dateline on a line of its own over its first paragraph
    ("Straßburg.") titled it: a seat alone on its line, its full stop or not, in the press's
    languages, is a dateline, as "Strasbourg" already was."""
    assert is_noise(dateline)
    r = enrich([f"{dateline}\n\nDer Europäische Gerichtshof für Menschenrechte hat Exampleland wegen der Haft zweier "
                "Journalisten verurteilt.\n"])
    assert r.title.value.startswith("Der Europäische Gerichtshof für Menschenrechte hat Exampleland")


@pytest.mark.parametrize("page", [
    "AccueilJournalismeEXAMPLELAND. Tollé après la condamnation d'une journaliste pour un reportage...\nEXAMPLELAND. "
    "Tollé après la condamnation d'une journaliste pour un reportage sur les inondations\n\nLa journaliste a été "
    "condamnée à deux ans de prison pour un reportage publié en 2030.\n",
    "AccueilJournalisme\nEXAMPLELAND. Tollé après la condamnation d'une journaliste pour un reportage sur les "
    "inondations\n\nLa journaliste a été condamnée à deux ans de prison.\n",
])
def test_a_breadcrumb_run_together_over_a_headline(page):
    """A French site's breadcrumb run together ("AccueilJournalisme"), alone on its line or
    run into the headline cut with dots over the headline printed whole, titled the page: the
    glued links are furniture, and the whole headline under them is the title."""
    assert enrich([page]).title.value == ("EXAMPLELAND. Tollé après la condamnation d'une journaliste pour un reportage "
                                          "sur les inondations")
    assert is_noise("AccueilJournalisme") and is_noise("HomeNews") and not is_noise("Homelessness in Exampleland")


def test_a_photographs_caption_with_its_credit_after_its_last_sentence():
    """A news page opening on a photograph's caption whose credit follows its last sentence
    without brackets ("(Clockwise, from top left) journalists ... were detained ... on October 6,
    2030. Photo: Example News") was titled by it: it is a caption, as one with its credit in
    brackets is. A headline naming a photograph is none."""
    r = enrich(["(Clockwise, from top left) journalists Ayşe Örnek and Ali Örnek were detained in raids on their "
                "workplaces in Exampleville on October 6, 2030. Photo: Example News\nEXAMPLEVILLE — Two journalists were "
                "detained by security forces on unknown charges on Tuesday, the news outlets they work for reported.\n"])
    assert r.title.value.startswith("EXAMPLEVILLE — Two journalists were detained")
    assert not is_noise("Photo exhibition on the disappeared opens in Exampleville")


def test_a_sites_section_run_into_the_headline_printed_again_under_it():
    """"Middle East Exampleland court sentences an opposition leader to one year in prison" over
    the headline printed again alone: the site's section (two words at most) run into the
    headline's first print is no part of the title. A title whose first words are its own
    keeps them, and so does one with a label before a colon."""
    r = enrich(["Middle East Exampleland court sentences an opposition leader to one year in prison\n\nExampleland court "
                "sentences an opposition leader to one year in prison\nA supporter holds a portrait of the leader.\n\n"
                "EXAMPLEVILLE (Kurdistan24) – A court on Tuesday sentenced the opposition leader to one year in prison.\n"])
    assert r.title.value == "Exampleland court sentences an opposition leader to one year in prison"
    r = enrich(["Exampleland: court sentences an opposition leader to one year in prison\n\ncourt sentences an opposition "
                "leader to one year in prison\n\nThe court ruled on Tuesday.\n"])
    assert r.title.value == "Exampleland: court sentences an opposition leader to one year in prison"


def test_a_tribunals_decision_titled_by_its_parties_under_between():
    """A UK tribunal's decision on an appellant from Türkiye, as a law site copies it under its
    bar: was titled by the site's bar ("LAWSITE [Home] [Databases] ..."), dated by the day it
    was heard, and its older heading "DETERMINATION AND REASONS" named no kind."""
    r = enrich(["LAWSITE [Home] [Databases] [World Law] [Search] [Help] [Feedback]\n\nExample Immigration and Asylum "
                "Unreported Judgments\n\n\nUpper Tribunal\n\n(Immigration and Asylum Chamber) Appeal Number: "
                "PA/01234/2030\n\n\nTHE IMMIGRATION ACTS\n\n\nHeard at: Example House\n\nDetermination Promulgated\n\n"
                "On: 11 th February 2031\n\nOn 4 th March 2031\n\n\nBefore\n\n\nUPPER TRIBUNAL JUDGE EXAMPLE\n\n\n"
                "Between\n\n\nA B\n\n(anonymity direction made)\n\nAppellant\n\nand\n\n\nSecretary of State for the "
                "Home Department\n\nRespondent\n\n\nRepresentation:\n\nFor the Appellant: Ms Example, Counsel\n\n"
                "DETERMINATION AND REASONS\n\n1. The Appellant is a national of Türkiye. He appeals with permission "
                "the decision of the First-tier Tribunal to dismiss his appeal.\n"])
    assert (r.title.value, r.doc_type.value, r.published.value) == (
        "A B v. Secretary of State for the Home Department", "decision", (dt.date(2031, 3, 4), "day"))
    # (the Secretary of State appealing, the day in the newer heading's "28th of November")
    r = enrich(["The decision\n\n\nIN THE UPPER TRIBUNAL\nIMMIGRATION AND ASYLUM CHAMBER\n\nCase No: UI-2030-001234\n\n"
                "THE IMMIGRATION ACTS\n\nDecision & Reasons Issued:\n\nOn 28th of November 2030\n\nBefore\n\nUPPER "
                "TRIBUNAL JUDGE EXAMPLE\n\nBetween\n\nSECRETARY OF STATE FOR THE HOME DEPARTMENT\n\n\nAppellant\nand\n\n"
                "MR C\n(ANONYMITY DIRECTION MADE)\n\nRespondent\n\n\nRepresentation:\nFor the Appellant: Mr Example\n\n"
                "Heard at Example House on 15 September 2030\n\nDECISION AND REASONS\n1. This is the Secretary of "
                "State's appeal against the decision of the First-tier Tribunal allowing the appeal.\n"])
    assert (r.title.value, r.published.value) == (
        "SECRETARY OF STATE FOR THE HOME DEPARTMENT v. MR C", (dt.date(2030, 11, 28), "day"))


def test_a_courts_judgment_titled_by_its_parties_their_names_wrapped_or_several():
    """A Federal Court's judgment was titled by its docket's line run into its citation's and
    its judge's, or by the site's "Federal Court Decisions": the parties under "BETWEEN:", a
    name wrapped over two lines, several applicants "and others", a table's bars dropped."""
    r = enrich(["Docket: IMM-1234-30\nCitation:\n2031 FC 330\nExampleton, Ontario, March 16, 2031\nPRESENT: The\n"
                "Honourable Madam Justice Example\nBETWEEN:\n|\nAYSE EXAMPLE\n|\nApplicant\n|\nand\n|\nTHE MINISTER OF\n"
                "CITIZENSHIP AND IMMIGRATION\n|\nRespondent\n|\nJUDGMENT AND REASONS\n[1]\nThe applicant, a citizen of "
                "Türkiye, seeks judicial review of the decision of the Refugee Protection Division, which found that "
                "she was not a Convention refugee.\n"])
    assert r.title.value == "AYSE EXAMPLE v. THE MINISTER OF CITIZENSHIP AND IMMIGRATION"
    r = enrich(["Federal Court Decisions\n\nDecision Information\n\nDecision Content\n\nDate: 20310612\n\nDocket: "
                "IMM-4321-30\n\nBETWEEN:\n\nALI EXAMPLE\n\nAYSE EXAMPLE\n\nApplicants\n\nand\n\nMINISTER OF CITIZENSHIP "
                "AND IMMIGRATION\n\nTHE MINISTER OF PUBLIC SAFETY\n\nAND EMERGENCY PREPAREDNESS\n\nRespondents\n\n"
                "REASONS FOR JUDGMENT AND JUDGMENT\n\n[1] This is an application for judicial review of a decision "
                "made by a Pre-Removal Risk Assessment Officer.\n"])
    assert r.title.value == "ALI EXAMPLE and others v. MINISTER OF CITIZENSHIP AND IMMIGRATION and others"
    # ("between" in a title's words, no party's role under it, is no heading of parties)
    r = enrich(["Between\n\nHope and Fear\n\nThe report looks at the lives of refugees in Exampleland in 2030.\n"])
    assert " v. " not in r.title.value


@pytest.mark.parametrize("page, title, kind, day", [
    # a law site's citation line under the court's name and its own labels
    ("VG Example\n\nMerkliste\nZitieren als:\nVG Example, Urteil vom 29.11.2030 - 11 K 1763/30 - asyl.net: M99999\n"
     "https://www.example.net/rsdb/M99999\nLeitsatz:\n\n1. Die Aufnahme einer Organisation in eine Liste besagt nur, "
     "dass diese nach Auffassung des Rates eine solche Organisation ist.\n",
     "VG Example, Urteil vom 29.11.2030 - 11 K 1763/30", "judgment", dt.date(2030, 11, 29)),
    # the court's own page: its headnote first, the citation proposed under it, the hearing's day
    ("Beschluss vom 30.04.2031 -\nBVerwG 1 C 6.30\nLeitsatz:\nEin türkischer Staatsangehöriger verliert seine Rechte "
     "aus Art. 7 ARB 1/80, wenn er aus dem Bundesgebiet in der Absicht ausgereist ist, eine Straftat zu begehen.\n-\n"
     "Zitiervorschlag\nBVerwG, Beschluss vom 30.04.2031 - 1 C 6.30 - [ECLI:DE:BVerwG:2031:300431B1C6.30.0]\nBeschluss\n"
     "hat der 1. Senat des Bundesverwaltungsgerichts\nauf die mündliche Verhandlung vom 2. April 2031\nbeschlossen:\n",
     "BVerwG, Beschluss vom 30.04.2031 - 1 C 6.30", "decision", dt.date(2031, 4, 30)),
    # a case-law database's fields under its site's name
    ("Example Rechtsprechung\n\nZurück\n\nBeginn der Entscheidung\n\nGericht: Bundesverwaltungsgericht\nUrteil verkündet "
     "am 30.04.2031\nAktenzeichen: BVerwG 1 C 6.30\nRechtsgebiete: AufenthG, VwGO\n\nEin türkischer Staatsangehöriger "
     "verliert durch einen mehrjährigen Auslandsaufenthalt seine Rechte aus Art. 7 ARB 1/80.\n",
     "Bundesverwaltungsgericht, Urteil vom 30.04.2031 - BVerwG 1 C 6.30", "judgment", dt.date(2031, 4, 30)),
])
def test_a_german_courts_decision_titled_and_dated_as_it_is_cited(page, title, kind, day):
    """Was titled by the court's name alone, its headnote's first sentence or the site's name,
    untyped, and undated (the file's number after the day read as a period's end)."""
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.published.value) == (title, kind, (day, "day"))


def test_a_german_judgments_sections_end_its_title_and_its_sentences_days_date_it_not():
    """A law site's title of a judgment ran into "Tenor" under it; it was dated by the day of
    the administrative act its operative part names, then by the applicant's birth."""
    r = enrich(["Urteil vom Verwaltungsgericht Example (15. Kammer) - 15 K 1628/30\nTenor\nEs wird festgestellt, dass der "
                "Bescheid vom 21. Mai 2030 und der Widerspruchsbescheid vom 26. Mai 2030 rechtswidrig gewesen sind.\n"
                "Die Kosten des Verfahrens trägt die Beklagte.\nTatbestand\n- 1\nDie Klägerin wendet sich gegen die "
                "Einziehung ihres Reisepasses.\n- 2\nSie wurde am 3. Januar 1952 in Example in der Türkei geboren.\n"])
    assert (r.title.value, r.doc_type.value, r.published) == (
        "Urteil vom Verwaltungsgericht Example (15. Kammer) - 15 K 1628/30", "judgment", None)


def test_a_sites_section_over_a_headline_and_its_day_is_no_title():
    """An NGO's news page was titled "Human Rights", its section's name over the headline."""
    r = enrich(["Human Rights\n\nExampleland's Rights Report has been published\n\nMonday, July 8, 2030\n\nAccording to the "
                "association's report, the treatment of activists has remained harsh throughout the year.\n"])
    assert r.title.value == "Exampleland's Rights Report has been published"
    # (a title in capitals over its subtitle and date stays: a cover, no site's section)
    r = enrich(["TÜRKİYE\n\nFreedom of expression under the state of emergency\n\nMarch 2030\n\nThe report examines the "
                "decrees adopted in 2029.\n"])
    assert r.title.value.startswith("TÜRKİYE")


def test_a_dutch_courts_ruling_titled_by_court_day_and_ecli():
    """A Dutch court's ruling under its ECLI and the database's fields was titled by the court's
    name alone ("Rechtbank Example"), or "Feedback", and untyped."""
    r = enrich(["Feedback\n\nZoekresultaat - inzien document\n\nECLI:NL:RBDHA:2031:2305\n\nInstantie\nRechtbank Example\n"
                "Datum uitspraak\n01-03-2031\nDatum publicatie\n14-03-2031\nZaaknummer\nNL 30.10469\nRechtsgebieden\n"
                "Bestuursrecht\nInhoudsindicatie\n\nEisers zijn van Turkse nationaliteit. Het beroep is gegrond en verweerder "
                "zal een nieuw besluit moeten nemen.\n\nUitspraak\n\nRECHTBANK EXAMPLE\n\nBestuursrecht\n\nuitspraak van de "
                "meervoudige kamer in de zaken tussen eisers en de staatssecretaris.\n"])
    assert (r.title.value, r.doc_type.value, r.published.value) == (
        "Rechtbank Example, 01-03-2031, ECLI:NL:RBDHA:2031:2305", "judgment", (dt.date(2031, 3, 1), "day"))
    # (a page citing a ruling's ECLI without the fields is not titled by it)
    r = enrich(["Asylum rulings on Türkiye in 2031\n\nThe court's ruling ECLI:NL:RBDHA:2031:2305 found that the "
                "minister had not examined the risk of persecution.\n"])
    assert r.title.value == "Asylum rulings on Türkiye in 2031"


def test_a_french_courts_decision_titled_by_its_citation_and_a_back_link_is_no_title():
    """A lawyer's note headed by the decision's citation was titled by its first sentence; a
    database's "Terug naar de zoekresultaten" (back to the search's results) titled a ruling."""
    r = enrich(["CNDA, 10 mai 2031, n°24008374\n\nDans une décision n°24008374 du 10 mai 2031, la Cour nationale du droit "
                "d'asile a annulé la décision de l'Office rejetant la demande d'un ressortissant de nationalité turque.\n"])
    assert (r.title.value, r.published.value) == ("CNDA, 10 mai 2031, n°24008374", (dt.date(2031, 5, 10), "day"))
    assert is_noise("Terug naar de zoekresultaten") and is_noise("Back to search results")
    assert not is_noise("Back to the future of European asylum law")


@pytest.mark.parametrize("record, day", [
    ("dc.contributor.advisorExample, Zehra\ndc.contributor.authorExample, Ayşe\ndc.description.abstractÇalışmamızın "
     "konusu, Avrupa İnsan Hakları Mahkemesi kararlarının Türk idari yargısına etkileridir.\ndc.date.available"
     "2031-05-08T08:51:37Z\ndc.date.issued2002\ndc.language.isotr\ndc.titleAvrupa İnsan Hakları Mahkemesi kararlarının "
     "Türk idari yargısına etkileri\ndc.typemasterThesis\n", (dt.date(2002, 1, 1), "year")),
    ("dc.contributor.author | Example, Ayşe\ndc.date.accessioned | 2031-01-02T10:00:00Z\ndc.date.issued | 2016-05-12\n"
     "dc.title | Avrupa İnsan Hakları Mahkemesi kararlarının Türk idari yargısına etkileri | tr_TR\ndc.type | Thesis\n",
     (dt.date(2016, 5, 12), "day")),
])
def test_a_repositorys_dublin_core_record_titled_and_dated_by_its_fields(record, day):
    """A thesis's record as a DSpace repository shows it in full was titled by its first fields
    run together and dated by the day the repository took it."""
    r = enrich([record])
    assert (r.title.value, r.published.value) == (
        "Avrupa İnsan Hakları Mahkemesi kararlarının Türk idari yargısına etkileri", day)


def test_a_german_citation_abbreviated_with_its_label_run_in_and_not_the_court_below():
    """A document site's copy of a Bavarian court's order: "Beschluss v. 21.08.2031 – 5 ZB
    31.1226 Titel:" was titled by the site's heading; the court below's citation, under
    "Vorinstanz:", titles nothing."""
    r = enrich(["Volltext\n\n(1)\n\nVGH Example, Beschluss v. 21.08.2031 – 5 ZB 31.1226 Titel:\n\nVerlust der deutschen "
                "Staatsangehörigkeit Normenketten:\n\nStAG § 25 Abs. 1\n\nVorinstanz:\n\nVG Example, Urteil vom 05.03.2030 – "
                "W 7 K 30.258 Fundstelle:\n\nTenor\n\nI. Der Antrag auf Zulassung der Berufung wird abgelehnt.\n"])
    assert (r.title.value, r.doc_type.value, r.published.value) == (
        "VGH Example, Beschluss vom 21.08.2031 - 5 ZB 31.1226", "decision", (dt.date(2031, 8, 21), "day"))
    r = enrich(["Vorinstanz:\nVG Example, Urteil vom 05.03.2030 - W 7 K 30.258\n\nDer Antrag auf Zulassung der Berufung "
                "wird abgelehnt, weil die Klägerin keine Gründe dargelegt hat.\n"])
    assert "Urteil vom 05.03.2030" not in r.title.value


def test_a_decision_as_juricaf_heads_it_and_a_french_courts_reading_day():
    """Juricaf's page was titled "Facebook Twitter Appstore" (its buttons), then by its fields;
    a CNDA decision was dated by its hearing ("Audience du ...") before the day it was read."""
    r = enrich(["Facebook Twitter Appstore\nPage d'accueil > Résultats de la recherche\n\n§ France, Conseil d'État, 5 / 7 "
                "ssr, 29 décembre 2030, 216121\n\nImprimer\n\nSens de l'arrêt : Rejet\nType d'affaire : Administrative\n\n"
                "Analyses :\n\nPersonne privée de la nationalité turque en application d'une loi pour s'être soustrait à "
                "ses obligations militaires.\n"])
    assert (r.title.value, r.published.value) == (
        "France, Conseil d'État, 5 / 7 ssr, 29 décembre 2030, 216121", (dt.date(2030, 12, 29), "day"))
    r = enrich(["COUR NATIONALE DU DROIT D'ASILE RÉPUBLIQUE FRANÇAISE N° 30025076 ___________ M. K. ___________\n\nAU NOM "
                "DU PEUPLE FRANÇAIS\n\n(2ème section, 1ère chambre)\n\nAudience du 26 mai 2031 Lecture du 23 juin 2031 "
                "___________ Vu le recours, enregistré sous le n° 30025076 au secrétariat de la Cour, présenté pour M. K.\n"])
    assert r.published.value == (dt.date(2031, 6, 23), "day")


def test_a_swiss_federal_courts_judgment_titled_by_its_kind_day_and_number():
    """Was titled by the court's name in its four languages run together."""
    r = enrich(["Bundesverwaltungsgericht\nTribunal administratif fédéral\nTribunale amministrativo federale\nTribunal "
                "administrativ federal\n\n\nAbteilung V\nE-6870/2030\n\n{T 0/2}\n\nUrteil vom 5. Juni 2031\n\nBesetzung\n"
                "Richterin Ayşe Example (Vorsitz),\n\nParteien\nA._______, Türkei,\nBeschwerdeführer,\n\ngegen\n\nStaatssekretariat "
                "für Migration (SEM),\nVorinstanz.\n\nGegenstand\nAsyl und Wegweisung; Verfügung des SEM vom 19. August 2030\n\n"
                "Sachverhalt:\nA.\nDer Beschwerdeführer verliess seinen Heimatstaat eigenen Angaben zufolge am 30. Juli 2030.\n"])
    assert (r.title.value, r.doc_type.value, r.published.value) == (
        "Bundesverwaltungsgericht, Urteil vom 5. Juni 2031 - E-6870/2030", "judgment", (dt.date(2031, 6, 5), "day"))


def test_a_report_series_issue_dates_the_report_and_is_no_part_of_its_title():
    """Human Rights Watch numbered its reports by month, volume and number ("April 2031 Vol. 43,
    No. 2 (D)"); a document site's copy runs that into the title's line. The title began with it
    and the report was dated by a day its title tells of ("... on December 19, 2030"); the issue's
    month dates it, at a month's precision, and the title is what follows."""
    text = ("April 2031 Vol.43, No.2 (D) Small Group Isolation in F-type Prisons and the Violent Transfers of "
            "Prisoners on December 19, 2030\n\nINTRODUCTION ...... 2 Background ...... 2\n\nOn December 19, 2030, "
            "thirty prisoners were killed when soldiers went into twenty prisons of Exampleland.\n")
    r = enrich([text])
    assert r.title.value == ("Small Group Isolation in F-type Prisons and the Violent Transfers of Prisoners on "
                             "December 19, 2030")
    assert r.published.value == (dt.date(2031, 4, 1), "month")
    # (on its own line, as the report prints it, it dates the report too)
    r = enrich(["April 2031 Vol. 43, No. 2 (D)\n\nEXAMPLELAND\n\nSMALL GROUP ISOLATION IN F-TYPE PRISONS\n\n" + text])
    assert r.published.value == (dt.date(2031, 4, 1), "month")


def test_a_turkish_translation_of_a_un_cover_read_as_one_line():
    """A document site's text of a Turkish translation of a UPR summary runs its cover into one
    line ("Birleşmiş Milletler Genel Kurulu A/HRC/WG.6/38/EXA/3 Dağıtım: Genel 17 Şubat 2031 ...
    hazırlanan özet Exampleland* Bu rapor ..."): it was titled by the whole line. The cover is set
    out as its lines, as in English, and titled as the translation prints it on its lines."""
    flat = ("Birleşmiş Milletler Genel Kurulu A/HRC/WG.6/38/EXA/3 Dağıtım: Genel 17 Şubat 2031 İngilizce Özgün dil: "
            "İngilizce/ Fransızca İnsan Hakları Konseyi Evrensel Periyodik Değerlendirme Çalışma Grubu Otuz sekizinci "
            "oturum Cenevre, 3–14 Mayıs 2031 5/1 sayılı İnsan Hakları Konseyi kararının ekinde yer alan 15(c) "
            "paragrafı uyarınca İnsan Hakları Yüksek Komiserliği tarafından hazırlanan özet Türkiye* Bu rapor, "
            "evrensel periyodik değerlendirme için 25 paydaş tarafından yapılan sunumların özetini içermektedir. "
            "Rapor, genel kılavuzların yapısına uygun biçimde hazırlanmıştır.\n")
    r = enrich([flat], None, ["tr"])
    assert r.title.value == ("5/1 sayılı İnsan Hakları Konseyi kararının ekinde yer alan 15(c) paragrafı uyarınca "
                             "İnsan Hakları Yüksek Komiserliği tarafından hazırlanan özet: Türkiye")
    assert (r.title.rule, r.published.value) == ("cover-page", (dt.date(2031, 2, 17), "day"))
    assert unflatten_un_cover(flat).split("\n")[:4] == ["Birleşmiş Milletler", "Genel Kurulu", "A/HRC/WG.6/38/EXA/3",
                                                       "Dağıtım: Genel"]
    assert {"Otuz sekizinci oturum", "Türkiye*"} <= set(unflatten_un_cover(flat).split("\n"))


def test_a_document_sites_lines_over_a_copy_are_furniture():
    """vdocuments' lines over a copy ("Upload: others", "Post on 19-Mar-2030", "7 views",
    "Category:", "Documents", "0 download", "TRANSCRIPT") titled it ("Upload: others")."""
    for line in ("Upload: others", "Post on 19-Mar-2030", "7 views", "Category:", "Documents", "0 download", "TRANSCRIPT"):
        assert is_noise(line), line
    assert not is_noise("Documents of the Committee against Torture on Exampleland")


def test_a_parliamentary_assembly_report_in_french_and_a_wire_dateline_with_its_day_in_figures():
    """The Assembly's report in French ("Rapport | Doc. 14282 | 05 avril 2030" / the title / the
    committee, "Commission pour le respect des obligations ... (Commission de suivi)") was titled
    by its title, the committee and ": Rapport"; it is titled by its title. A story under Agence
    Europe's dateline, its day in figures ("Bruxelles, 26/11/2030 (Agence Europe) - ..."), was
    untyped; it is news."""
    r = enrich(["Imprimer\nAutres documents liés\n\nRapport | Doc. 14282 | 05 avril 2030\n\nLe fonctionnement des "
                "institutions démocratiques en Exampleland\n\nCommission pour le respect des obligations et engagements "
                "des États membres du Conseil de l'Europe (Commission de suivi)\n\nCorapporteur : Mme Ayşe ÖRNEK, "
                "Norvège, CE\n\nOrigine - Renvoi en commission: Renvoi 4274 du 27 janvier 2030.\n\nRésumé:\n\nLa "
                "commission de suivi est préoccupée par la mise en œuvre de l'état d'urgence.\n"], None, ["fr"])
    assert (r.title.value, r.body.value) == ("Le fonctionnement des institutions démocratiques en Exampleland", "PACE")
    r = enrich(["Bruxelles, 26/11/2030 (Agence Europe) - La répression menée par la police contre les manifestations "
                "en Exampleland constitue une grave menace pour les droits de l'homme, a déclaré mardi le Conseil de "
                "l'Europe.\n"], None, ["fr"])
    assert (r.doc_type.value, r.published.value) == ("news", (dt.date(2030, 11, 26), "day"))


def test_the_federal_governments_answer_to_a_bundestag_question_read_as_one_line():
    """A site's text of the Federal Government's answer to a Bundestag question runs the print into
    one line ("... Antwort der Bundesregierung auf die Kleine Anfrage der Abgeordneten ... –
    Drucksache 19/1807 – Zur Lage der Menschenrechte in Exampleland V o r b e m e r k u n g ..."):
    it was titled by its first sentence and untyped; it is titled by the question's subject and
    is a `parliamentary-question`."""
    text = ("Die Antwort wurde namens der Bundesregierung mit Schreiben des Auswärtigen Amts vom 7. Juni 2030 "
            "übermittelt. Deutscher Bundestag Drucksache 19/2795 19. Wahlperiode 14.06.2030 Antwort der "
            "Bundesregierung auf die Kleine Anfrage der Abgeordneten Ayşe Örnek, weiterer Abgeordneter und der "
            "Fraktion DIE LINKE. – Drucksache 19/1807 – Zur Lage der Menschenrechte in Exampleland V o r b e m e r "
            "k u n g d e r F r a g e s t e l l e r Vor fast 70 Jahren wurde die Allgemeine Erklärung der "
            "Menschenrechte verkündet.\n")
    r = enrich([text], None, ["de"])
    assert (r.title.value, r.doc_type.value) == (
        "Zur Lage der Menschenrechte in Exampleland: Antwort der Bundesregierung", "parliamentary-question")
