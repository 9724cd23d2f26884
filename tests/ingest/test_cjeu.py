"""The EU Court's texts (ingest.enrich.cjeu): judgments, orders and Advocates General's
opinions as curia, EUR-Lex, BAILII and law sites print them, in the Court's layouts with
texts written for these tests (parties and years invented). They were the Strasbourg
Court's (for their ECLI) or civil society's, titled by curia's "Language of document :"
line, and undated in other languages."""
import datetime as dt

import pytest

from ingest.enrich import enrich
from ingest.enrich.dates import date_in, find_dates

CURIA_JUDGMENT = """Language of document : ECLI:EU:C:2030:412

JUDGMENT OF THE COURT (Grand Chamber)

14 May 2030 (*)

(Reference for a preliminary ruling — EEC-Turkey Association Agreement — Decision No 1/80 — Article 13 — Standstill clause)

In Case C‑618/28,

REQUEST for a preliminary ruling under Article 267 TFEU from the Hoge Raad (Netherlands), made by decision of 3 March 2028, received at the Court on 9 March 2028, in the proceedings

Mehmet Kaplanoğlu

v

Staatssecretaris van Justitie en Veiligheid,

THE COURT (Grand Chamber),

composed of A. Example, President, B. Example and C. Example, Judges,

gives the following

Judgment

1        This request for a preliminary ruling concerns the interpretation of Article 13 of Decision No 1/80 of the Association Council of 19 September 1980.
"""

CURIA_OPINION = """Language of document : ECLI:EU:C:2029:88

OPINION OF ADVOCATE GENERAL

EXAMPLE

delivered on 2 February 2029(1)

Case C‑77/28

Zeynep Arslan

v

Landeshauptstadt Beispielstadt

(Request for a preliminary ruling from the Bundesverwaltungsgericht (Federal Administrative Court, Germany))

1.        May a Member State require a Turkish worker's spouse to show knowledge of its language before she joins him?
"""

BAILII_ORDER = """NB v European Council (EU-Turkey readmission - Order) [2031] EUECJ T-301/30 (5 June 2031)

BAILII is celebrating its anniversary! Would you consider making a contribution?

BAILII [Home] [Databases] [World Law] [Multidatabase Search] [Help] [Feedback]

Court of Justice of the European Communities (including Court of First Instance Decisions)

You are here: BAILII >> Databases >> Court of Justice of the European Communities >> NB v European Council [2031] EUECJ T-301/30 (5 June 2031)
URL: http://www.bailii.org/eu/cases/EUECJ/2031/T30130.html
Cite as: [2031] EUECJ T-301/30, ECLI:EU:T:2031:301

Public version

ORDER OF THE GENERAL COURT (Third Chamber)

5 June 2031 (*)

(Action for annulment — Readmission of third-country nationals — Lack of jurisdiction)

In Case T301/30,

NB, residing in Mytilene (Greece), represented by D. Example, lawyer,

applicant,

v

European Council, represented by E. Example, acting as Agent,

defendant,

APPLICATION under Article 263 TFEU seeking the annulment of a statement of 2030,
"""


@pytest.mark.parametrize("page, title, doc_type, date", [
    (CURIA_JUDGMENT, "JUDGMENT OF THE COURT (Grand Chamber): Mehmet Kaplanoğlu v Staatssecretaris van Justitie en "
                     "Veiligheid (C-618/28)", "judgment", (dt.date(2030, 5, 14), "day")),
    # the Advocate General's name is part of the kind; a reference from a court without a
    # second party is titled by the one
    (CURIA_OPINION, "OPINION OF ADVOCATE GENERAL EXAMPLE: Zeynep Arslan v Landeshauptstadt Beispielstadt (C-77/28)",
     "opinion", (dt.date(2029, 2, 2), "day")),
    (CURIA_OPINION.replace("Zeynep Arslan\n\nv\n\nLandeshauptstadt Beispielstadt", "Wählerliste Birlikte Zusammen"),
     "OPINION OF ADVOCATE GENERAL EXAMPLE: Wählerliste Birlikte Zusammen (C-77/28)", "opinion", (dt.date(2029, 2, 2), "day")),
    # joined cases: each party's line ends in its case's number, which the title gives once
    ("Language of document : ECLI:EU:C:2029:88\n\nOPINION OF ADVOCATE GENERAL\n\nEXAMPLE\n\ndelivered on 3 May 2029 (1)"
     "\n\nJoined Cases C-12/28 and C-13/28\n\nAyşe Demirtaş and Others\n\nv\n\nBundesagentur für Arbeit (C-12/28)"
     "\n\nand\n\nKemal Yurt\n\nv\n\nBundesagentur für Arbeit (C-13/28)\n\n(Reference for a preliminary ruling)\n",
     "OPINION OF ADVOCATE GENERAL EXAMPLE: Ayşe Demirtaş and Others v Bundesagentur für Arbeit (C-12/28, C-13/28)",
     "opinion", (dt.date(2029, 5, 3), "day")),
    # a party's line says who represents it and its role follows it; the hyphen was lost
    (BAILII_ORDER, "ORDER OF THE GENERAL COURT (Third Chamber): NB v European Council (T-301/30)", "decision",
     (dt.date(2031, 6, 5), "day")),
])
def test_the_eu_courts_heading(page, title, doc_type, date):
    r = enrich([page])
    assert (r.title.value, r.title.rule) == (title, "heading")
    assert (r.mechanism.value, r.body.value, r.doc_type.value, r.published.value) == ("EU", "CJEU", doc_type, date)


def test_the_eu_courts_texts_in_other_forms_and_languages():
    # EUR-Lex's and law sites' one line (the kind with its date, the parties, the case)
    r = enrich(["EUR-Lex Access to European Union law\n\nDocument 62029CC0044\n\nECLI identifier: ECLI:EU:C:2029:120\n\n"
                "Opinion of Mr Advocate General Example delivered on 12 March 2029. - A. B. Yıldız v Bundesagentur für "
                "Arbeit. - Reference for a preliminary ruling: Sozialgericht Beispiel - Germany. - Association Agreement "
                "between the EEC and Turkey - Social security. - Case C-44/29.\n\nOpinion of the Advocate-General\n\n"
                "1 In this reference the Court is asked whether a Turkish worker may claim a family allowance.\n"])
    assert (r.title.value, r.doc_type.value, r.body.value, r.published.value) == (
        "Opinion of Mr Advocate General Example delivered on 12 March 2029: A. B. Yıldız v Bundesagentur für Arbeit "
        "(C-44/29)", "opinion", "CJEU", (dt.date(2029, 3, 12), "day"))
    # EUR-Lex's notice of a case in the Official Journal
    r = enrich(["This document is an excerpt from the EUR-Lex website\nDocument 62030TB0301\nCase T-301/30: Order of the "
                "General Court of 5 June 2031 — NB v European Council (Action for annulment — Readmission — Lack of "
                "jurisdiction)\n"])
    assert (r.title.value, r.doc_type.value, r.body.value, r.published.value) == (
        "Order of the General Court of 5 June 2031 — NB v European Council (T-301/30)", "decision", "CJEU",
        (dt.date(2031, 6, 5), "day"))
    # curia's copy of that notice, in another language, the case under its line
    r = enrich(["Language of document :\n\nOrdonanța Tribunalului din 5 iunie 2031 - NB/Consiliul European\n\n"
                "(Cauza T-301/30)1\n\n(„Acțiune în anulare – Necompetență”)\n\nLimba de procedură: engleza\n"], None, ["ro"])
    assert (r.title.value, r.doc_type.value, r.body.value, r.published.value) == (
        "Ordonanța Tribunalului din 5 iunie 2031 - NB/Consiliul European (T-301/30)", "decision", "CJEU",
        (dt.date(2031, 6, 5), "day"))
    # curia's summary of the order, its kind and date under the parties (not the
    # subject-matter's "Press release" and date)
    r = enrich(["Language of document : ECLI:EU:T:2031:301\n\nCase T301/30\n\nNB\n\nv\n\nEuropean Council\n\n"
                "(Action for annulment — Statement of 18 March 2030 — Press release — Lack of jurisdiction)\n\n"
                "Summary — Order of the General Court (Third Chamber), 5 June 2031\n\n1.      Actions for annulment — "
                "Actionable measures\n"])
    assert (r.title.value, r.doc_type.value, r.published.value) == (
        "Summary — Order of the General Court (Third Chamber): NB v European Council (T-301/30)", "legal-summary",
        (dt.date(2031, 6, 5), "day"))
    # a judgment in Polish: its kind's words, its parties' word, its month
    r = enrich(["Language of document : ECLI:EU:C:2030:412\n\nWYROK TRYBUNAŁU (wielka izba)\n\nz dnia 14 maja 2030 r.(*)\n\n"
                "Odesłanie prejudycjalne – Układ stowarzyszeniowy EWG–Turcja – Klauzula standstill\n\nW sprawie C‑618/28\n\n"
                "mającej za przedmiot wniosek o wydanie orzeczenia w trybie prejudycjalnym, w postępowaniu\n\n"
                "Mehmet Kaplanoğlu\n\nprzeciwko\n\nStaatssecretaris van Justitie en Veiligheid,\n\nTRYBUNAŁ (wielka izba),\n"],
               None, ["pl"])
    assert (r.title.value, r.doc_type.value, r.body.value, r.published.value) == (
        "WYROK TRYBUNAŁU (wielka izba): Mehmet Kaplanoğlu przeciwko Staatssecretaris van Justitie en Veiligheid "
        "(C-618/28)", "judgment", "CJEU", (dt.date(2030, 5, 14), "day"))
    # a language whose date the reader cannot read: the ECLI's year
    r = enrich([CURIA_JUDGMENT.replace("14 May 2030 (*)", "2030. gada 14. maijā (*)")])
    assert r.published.value == (dt.date(2030, 1, 1), "year")


def test_what_is_no_eu_court_text():
    # a news item citing a case and its ECLI: no heading, no parties' line
    r = enrich(["Luxembourg court rules on Turkish workers\nJudges in Luxembourg said in Case "
                "C-618/28 (ECLI:EU:C:2030:412) that the Netherlands could not require a new test.\nThe ruling follows "
                "an earlier one.\n"])
    assert (r.body, r.mechanism.value) == (None, "civil-society")
    assert r.title.value == "Luxembourg court rules on Turkish workers"
    # an ECtHR judgment stays the Strasbourg Court's
    r = enrich(["FIRST SECTION\n\nCASE OF KAPLANOĞLU v. TÜRKİYE\n\n(Application no. 12345/29)\n\nJUDGMENT\n\nSTRASBOURG\n\n"
                "3 June 2031\n\nIn the case of Kaplanoğlu v. Türkiye,\nThe European Court of Human Rights (First Section), "
                "sitting as a Chamber, ...\n"])
    assert (r.body.value, r.title.value) == ("ECtHR", "CASE OF KAPLANOĞLU v. TÜRKİYE")


def test_an_ecli_names_its_court():
    from ingest.enrich.mechanism import body_from_identifiers
    from ingest.enrich import Tagged

    def body(ecli):
        found = body_from_identifiers([Tagged(("ecli", ecli))])
        return found.value if found else None
    # (any ECLI was the Strasbourg Court's)
    assert [body(v) for v in ("ECLI:CE:ECHR:2031:0603JUD001234529", "ECLI:EU:C:2030:412", "ECLI:NL:HR:2030:88")] == [
        "ECtHR", "CJEU", None]


@pytest.mark.parametrize("text, language, date", [
    ("Москва, 3 декабря 2030 года", "ru", dt.date(2030, 12, 3)),
    ("της 19ης Απριλίου 2029", "el", dt.date(2029, 4, 19)),
    ("z dnia 14 maja 2030 r.", "pl", dt.date(2030, 5, 14)),
    ("2031. február 28.", "hu", dt.date(2031, 2, 28)),
    # Croatian "listopada" is October, Polish November: each language its own
    ("Zagreb, 5. listopada 2030.", "hr", dt.date(2030, 10, 5)),
    ("Warszawa, 5 listopada 2030", "pl", dt.date(2030, 11, 5)),
])
def test_months_in_the_pages_language(text, language, date):
    assert date_in(text, language) == (date, "day")
    assert date_in(text) is None  # not read without the language
    published, _ = find_dates([text + "\nText of the page.\n"], language)
    assert published.value == (date, "day")
