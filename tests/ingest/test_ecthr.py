"""The ECtHR reader on judgments and decisions written for these tests in the Court's
formats (PDF-like lines, and HUDOC's one-line text form). The real yardstick is HUDOC's
own metadata for 425 documents: tests/ingest/test_metadata_eval.py."""
import datetime as dt

import pytest

from ingest.enrich import enrich
from ingest.enrich.ecthr import flatten, read_case
from ingest.enrich.title import is_noise

JUDGMENT_EN = """SECOND SECTION

CASE OF DEMİR AND OTHERS v. TÜRKİYE

(Application no. 12345/15)

JUDGMENT

STRASBOURG

9 March 2021

FINAL

09/06/2021

This judgment has become final under Article 44 § 2 of the Convention.

In the case of Demir and Others v. Türkiye,
The European Court of Human Rights (Second Section), sitting as a Chamber composed of:
A. Judge, President, B. Judge, C. Judge, judges,
Having deliberated in private on 16 February 2021,
Delivers the following judgment, which was adopted on that date:
PROCEDURE
1. The case originated in an application (no. 12345/15) against the Republic of Türkiye lodged on 2 March 2015.
THE LAW
40. For these reasons, the Court finds that the applicants were held in police custody.
FOR THESE REASONS, THE COURT, UNANIMOUSLY,
1. Declares the complaints under Articles 3, 6 and 14 admissible and the remainder of the application inadmissible;
2. Holds that there has been a violation of Article 3 of the Convention under its procedural limb;
3. Holds that there has been no violation of Article 3 of the Convention under its substantive limb;
4. Holds that there has been a violation of Article 6 § 1 of the Convention;
5. Holds that there has been no violation of Article 8 taken in conjunction with Article 14 of the Convention;
6. Holds that there has been a violation of Article 1 of Protocol No. 1 to the Convention;
7. Holds that there is no need to examine the complaint under Article 13 of the Convention;
8. Holds that the respondent State has failed to comply with its obligations under Article 34 of the Convention;
9. Holds
(a) that the respondent State is to pay the applicants, within three months, EUR 9,800 in respect of non-pecuniary damage, Article 41;
(b) that the finding of a violation constitutes in itself sufficient just satisfaction;
10. Dismises the remainder of the applicants' claim for just satisfaction.
Done in English, and notified in writing on 9 March 2021, pursuant to Rule 77 §§ 2 and 3 of the Rules of Court.
A. Registrar B. President
In accordance with Article 45 § 2 of the Convention and Rule 74 § 2 of the Rules of Court, the following separate opinions are annexed to this judgment:
(a) concurring opinion of Judge C. Judge;
(b) partly dissenting opinion of Judge B. Judge.
"""

JUDGMENT_FR = """DEUXIÈME SECTION AFFAIRE KAYA c. TURQUIE (N o 2) (Requêtes n os 1111/10 et 2222/11) ARRÊT
STRASBOURG 14 janvier 2014 DÉFINITIF 14/04/2014 En l'affaire Kaya c. Turquie (n o 2), La Cour européenne des
droits de l'homme (deuxième section), siégeant en une chambre composée de : A. Juge, président, juges,
PAR CES MOTIFS, LA COUR, À L'UNANIMITÉ, 1. Décide de joindre les requêtes ; 2. Déclare les requêtes recevables ;
3. Dit qu'il y a eu violation de l'article 3 de la Convention ; 4. Dit qu'il n'y a pas eu violation de l'article 8
de la Convention ; 5. Dit qu'il y a eu violation de l'article 14 de la Convention combiné avec l'article 8 ;
Fait en français, puis communiqué par écrit le 14 janvier 2014. opinion dissidente du juge X est jointe au présent arrêt.
"""

DECISION_EN = ("SECOND SECTION DECISION Application no. 54321/19 Ahmet ÖZTÜRK and Others against Türkiye "
               "The European Court of Human Rights (Second Section), sitting on 7 September 2021 as a Committee "
               "composed of: A. Judge, President, judges, Having regard to the above application lodged on "
               "4 October 2019, Having deliberated, decides as follows: THE FACTS The applicants are Turkish "
               "nationals. For these reasons, the Court, unanimously, Declares the application inadmissible. "
               "Done in English and notified in writing on 30 September 2021.")

DECISION_FR = ("CINQUIÈME SECTION DÉCISION Requête n o 7777/18 Ayşe YILDIZ contre la Turquie La Cour "
               "européenne des droits de l'homme (cinquième section), siégeant le 2 février 2022 en un comité "
               "composé de : A. Juge, président, Par ces motifs, la Cour, à l'unanimité, Décide de rayer la "
               "requête du rôle.")


def as_pairs(case):
    return {(c.article, c.outcome) for c in case.conclusions}


def test_judgment_structure_in_english():
    case = read_case([JUDGMENT_EN])
    assert case.kind == "judgment" and case.formation == "Chamber" and case.language == "en"
    assert case.title == "CASE OF DEMİR AND OTHERS v. TÜRKİYE"
    assert case.respondents == ["TR"]
    assert case.applications == ["12345/15"]
    assert case.date == dt.date(2021, 3, 9)  # delivery, not the date it became final
    assert as_pairs(case) == {
        (None, "admissible"), (None, "inadmissible"),
        ("3", "violation"), ("3", "no-violation"), ("6-1", "violation"),
        ("14+8", "no-violation"),  # Article 14 first, as HUDOC writes it
        ("P1-1", "violation"), ("34", "violation"),
    }  # Article 13 left undecided; just satisfaction and "finding of a violation" are no conclusions
    assert case.opinions == ["concurring opinion of Judge C. Judge", "partly dissenting opinion of Judge B. Judge"]


def test_the_same_judgment_as_hudoc_text_on_one_line():
    flat = read_case([" ".join(JUDGMENT_EN.split())])
    lines = read_case([JUDGMENT_EN])
    assert (flat.title, flat.respondents, flat.applications, flat.date) == (
        lines.title, lines.respondents, lines.applications, lines.date)
    assert as_pairs(flat) == as_pairs(lines)


def test_judgment_in_french():
    case = read_case([JUDGMENT_FR])
    assert case.kind == "judgment" and case.language == "fr" and case.formation == "Chamber"
    assert case.title == "AFFAIRE KAYA c. TURQUIE (N° 2)"
    assert case.respondents == ["TR"] and case.applications == ["1111/10", "2222/11"]
    assert case.date == dt.date(2014, 1, 14)
    assert {("3", "violation"), ("8", "no-violation"), ("14+8", "violation")} <= as_pairs(case)
    assert case.opinions == ["opinion dissidente du juge X"]


def test_decisions_in_english_and_french():
    en = read_case([DECISION_EN])
    assert (en.kind, en.formation, en.title) == ("decision", "Committee", "ÖZTÜRK AND OTHERS v. TÜRKİYE")
    assert en.date == dt.date(2021, 9, 7)  # the sitting, not the notification
    assert as_pairs(en) == {(None, "inadmissible")}
    fr = read_case([DECISION_FR])
    assert (fr.kind, fr.title, fr.respondents) == ("decision", "YILDIZ c. TURQUIE", ["TR"])
    assert as_pairs(fr) == {(None, "struck-out")}


def test_a_decision_headed_as_a_case_is_a_decision():
    """The Grand Chamber heads its decisions as cases ("GRAND CHAMBER CASE OF X v. STATE
    (Application no. ...) DECISION"): read as a decision, titled as decisions are."""
    text = ("GRAND CHAMBER CASE OF ARSLAN v. TÜRKİYE (Application no. 13579/21) DECISION STRASBOURG "
            "4 March 2025 The European Court of Human Rights, sitting on 4 March 2025 as a Grand Chamber "
            "composed of: A. Judge, President, Having regard to the above application lodged on 2 May 2021, "
            "Having deliberated, decides as follows: THE FACTS The applicant complained under Article 8 of the "
            "Convention. For these reasons, the Court, by a majority, Declares the application inadmissible.")
    case = read_case([text])
    assert (case.kind, case.title, case.respondents) == ("decision", "ARSLAN v. TÜRKİYE", ["TR"])
    assert (case.formation, case.applications, case.date) == ("Grand Chamber", ["13579/21"], dt.date(2025, 3, 4))
    french = read_case([text.replace("CASE OF ARSLAN v. TÜRKİYE (Application no.", "AFFAIRE ARSLAN c. TURQUIE (Requête")
                        .replace("DECISION STRASBOURG", "DÉCISION STRASBOURG")])
    assert (french.kind, french.title, french.language) == ("decision", "ARSLAN c. TURQUIE", "fr")


@pytest.mark.parametrize("stage, title", [
    (" (ARTICLE 50) (22/1996/741/940)", "CASE OF DEMİR AND OTHERS v. TÜRKİYE (ARTICLE 50)"),
    (" (Just satisfaction) (Application no. 12345/15)", "CASE OF DEMİR AND OTHERS v. TÜRKİYE (Just satisfaction)"),
    (" (PRELIMINARY OBJECTIONS)", "CASE OF DEMİR AND OTHERS v. TÜRKİYE (PRELIMINARY OBJECTIONS)"),
    (" (Application no. 12345/15)", "CASE OF DEMİR AND OTHERS v. TÜRKİYE"),
    (" (22/1996/741/940)", "CASE OF DEMİR AND OTHERS v. TÜRKİYE"),
])
def test_the_stage_of_a_case_printed_after_the_respondent_is_part_of_its_title(stage, title):
    """A second judgment in one case is told apart by its heading: "CASE OF X v. STATE
    (ARTICLE 50)", "(Just satisfaction)"; an application or old case number is not."""
    text = " ".join(JUDGMENT_EN.split()).replace("v. TÜRKİYE (Application no. 12345/15)", "v. TÜRKİYE" + stage, 1)
    assert read_case([text]).title == title


@pytest.mark.parametrize("heading, body, title", [
    ("Proceedings under Article 46 § 4 in the case of Demir and Others v. Türkiye", "In the case of Demir and Others",
     "PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF DEMIR AND OTHERS v. TÜRKİYE"),
    ("PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF DEMİR AND OTHERS v. TÜRKİYE",
     "In proceedings under Article 46 § 4 in the case of Demir and Others",
     "PROCEEDINGS UNDER ARTICLE 46 § 4 IN THE CASE OF DEMİR AND OTHERS v. TÜRKİYE"),
    ("Procédure au titre de l'article 46 § 4 dans l'affaire Demir et autres c. Turquie",
     "En la procédure au titre de l'article 46 § 4 dans l'affaire Demir et autres",
     "PROCÉDURE AU TITRE DE L'ARTICLE 46 § 4 DANS L'AFFAIRE DEMIR ET AUTRES c. TURQUIE"),
])
def test_a_judgment_on_a_states_failure_to_abide_by_an_earlier_one(heading, body, title):
    """Headed by the proceedings and the earlier case, whose name also opens the body
    ("In the case of ..."): the Court's judgment all the same, with the case's application."""
    text = JUDGMENT_EN.replace("CASE OF DEMİR AND OTHERS v. TÜRKİYE", heading).replace("In the case of Demir and Others", body)
    text = text.replace("4. Holds that there has been a violation of Article 6 § 1 of the Convention;",
                        "4. Holds that the respondent State has failed to fulfil its obligation under Article 46 § 1;")
    case = read_case([text])
    assert (case.kind, case.title, case.respondents, case.applications) == ("judgment", title, ["TR"], ["12345/15"])
    assert ("46-1", "violation") in as_pairs(case) and case.formation == "Chamber"


def test_a_reference_after_a_decisions_respondent_is_not_part_of_its_title():
    text = DECISION_EN.replace("against Türkiye", "against Türkiye (see appended table)")
    assert read_case([text]).title == "ÖZTÜRK AND OTHERS v. TÜRKİYE"


def test_a_decision_on_a_list_of_applications_is_titled_by_its_applicant():
    text = ("SECOND SECTION DECISION AS TO THE ADMISSIBILITY OF Application nos. 11111/07, 22222/07 and "
            "33333/07 by Ayşe KAYA and Others against Turkey The European Court of Human Rights (Second "
            "Section), sitting on 7 June 2011 as a Chamber composed of: A. Judge, President, Having "
            "deliberated, decides as follows: For these reasons, the Court unanimously Declares the "
            "applications inadmissible.")
    case = read_case([text])
    assert (case.title, case.applications) == ("KAYA AND OTHERS v. TURKEY", ["11111/07", "22222/07", "33333/07"])


@pytest.mark.parametrize("parties", [
    "Applications nos. 54321/19 and 3 others Ahmet ÖZTÜRK and Others against Türkiye (see appended table)",
    "Applications nos. 54321/19 and 3 others – Ahmet ÖZTÜRK against Türkiye",
])
def test_a_decision_on_an_application_and_n_others_is_titled_by_its_first_applicant_and_others(parties):
    """The Court's heading of a decision on many applications, the rest in a table:
    "Applications nos. 123/19 and 3 others" (the number was read as part of the names:
    "AND OTHERS v. TÜRKİYE")."""
    text = DECISION_EN.replace("Application no. 54321/19 Ahmet ÖZTÜRK and Others against Türkiye", parties)
    assert parties in text
    case = read_case([text])
    assert (case.kind, case.title, case.respondents) == ("decision", "ÖZTÜRK AND OTHERS v. TÜRKİYE", ["TR"])
    assert case.applications[0] == "54321/19"


def test_a_decision_heading_spaced_as_older_pages_space_it():
    """Text taken from the Court's older web pages keeps their stray spaces: "Application
    no . 123/16" (the heading was not read: titled by its first lines) and a word split
    where the markup changed ("and O thers", read as an applicant named "THERS")."""
    text = DECISION_EN.replace("Application no. 54321/19 Ahmet ÖZTÜRK and Others against Türkiye",
                               "Application no . 54321/19 Ahmet ÖZTÜRK and O thers against Türkiye")
    assert "no . 54321/19" in text
    case = read_case([text])
    assert (case.kind, case.title, case.applications) == ("decision", "ÖZTÜRK AND OTHERS v. TÜRKİYE", ["54321/19"])



def test_a_judgment_whose_copy_ran_its_words_together():
    """A document site's copy of a judgment lost its line breaks and ran words together
    ("JUDGMENTSTRASBOURG20 October 2030FINAL20/01/2031", "sitting as aChamber composed of"):
    its date and its formation were not read."""
    text = ("SECOND SECTIONCASE OF KAYA AND OTHERS v. TÜRKİYE(Applications nos. 14526/27 and 14747/27)"
            "JUDGMENTSTRASBOURG20 October 2030FINAL20/01/2031This judgment will become final in the circumstances set "
            "out in Article 44 § 2 of theConvention. It may be subject to editorial revision.\n\nKAYA AND OTHERS v. "
            "TÜRKİYE JUDGMENT 1In the case of Kaya and Others v. Türkiye,The European Court of Human Rights (Second "
            "Section), sitting as aChamber composed of:Jane Example, President,John Example, judges,and Joan Example, "
            "Section Registrar,Having deliberated in private on 29 September 2030,Delivers the following judgment, "
            "which was adopted on that date:PROCEDURE1. The case originated in two applications (nos. 14526/27 and "
            "14747/27) against the Republic of Türkiye lodged with the Court.")
    case = read_case([text])
    assert (case.kind, case.title, case.formation, case.date) == (
        "judgment", "CASE OF KAYA AND OTHERS v. TÜRKİYE", "Chamber", dt.date(2030, 10, 20))


def test_a_heading_spaced_where_a_copy_of_the_courts_page_changed_markup():
    """A copy of the Court's page spaces where its markup changed: the plural's "s" apart
    ("Application s no s . 60813/00 and 61317/00 by ..."; the heading was not read, the
    decision titled "AS TO THE ADMISSIBILITY OF ..."), a French elision's apostrophe ("En l '
    affaire", "droits de l ' homme"; a flat judgment's body was not found, so it was read as
    no judgment) and a Turkish capital inside a name ("FONDATION M İ HR")."""
    text = DECISION_EN.replace("Application no. 54321/19 Ahmet ÖZTÜRK and Others against Türkiye",
                               "AS TO THE ADMISSIBILITY OF Application s no s . 54321/19 and 54322/19 by Ali KAYA and "
                               "Veli DEMİR against Türkiye")
    case = read_case([text])
    assert (case.kind, case.title, case.applications) == ("decision", "KAYA AND DEMİR v. TÜRKİYE", ["54321/19", "54322/19"])
    spaced = (JUDGMENT_FR.replace("AFFAIRE KAYA c. TURQUIE", "AFFAIRE FONDATION M İ HR c. TURQUIE")
              .replace("En l'affaire Kaya", "En l ' affaire Fondation Mihr").replace("droits de l'homme", "droits de l ' homme"))
    case = read_case([spaced])
    assert (case.kind, case.title) == ("judgment", "AFFAIRE FONDATION MİHR c. TURQUIE (N° 2)")


@pytest.mark.parametrize("applicants, title", [
    ("Ali KAYA, Veli DEMİR and Ayşe YILMAZ", "KAYA, DEMİR AND YILMAZ v. TURKEY"),  # a list, as the Court names a case of three
    ("Ali KAYA and Veli DEMİR", "KAYA AND DEMİR v. TURKEY"),
    ("Hendrik van der VELDEN", "VAN DER VELDEN v. TURKEY"),  # the small words of a surname are part of it
    ("la SOCIÉTÉ ANONYME DEMİR", "SOCIÉTÉ ANONYME DEMİR v. TURKEY"),  # an article before a company is not
    ("Mr A. B. SMITH", "SMITH v. TURKEY"),  # neither a form of address nor the initials of first names
    ("M. Jean DUPONT", "DUPONT v. TURKEY"),
    ("A. B.", "A.B. v. TURKEY"),  # initials that are the name
    # an initial alone before the initial and surname of the last applicant is a first name
    # of that surname, as HUDOC names the Commission's case of "R. and W. H..." (was "R. AND ...")
    ("R. and W. ÖRNEKOĞLU", "ÖRNEKOĞLU v. TURKEY"),
    ("N.H. and R.A.", "N.H. AND R.A. v. TURKEY"),  # initials that are the names
    # a capital letter a copy set apart inside a name in capitals is kept (was dropped:
    # "ÖRNEKKÖY KAY CHURCH FOUNDATION")
    ("ÖRNEKKÖY KAY I CHURCH FOUNDATION", "ÖRNEKKÖY KAY I CHURCH FOUNDATION v. TURKEY"),
])
def test_a_decisions_applicants_named_as_the_court_names_a_case(applicants, title):
    text = (f"SECOND SECTION DECISION Application no. 11111/07 by {applicants} against Turkey The European Court of "
            "Human Rights (Second Section), sitting on 7 June 2011 as a Chamber composed of: A. Judge, President, "
            "decides as follows: For these reasons, the Court unanimously Declares the application inadmissible.")
    assert read_case([text]).title == title

@pytest.mark.parametrize("gap", ["...", "(...)", "[…]"])
def test_an_extract_that_leaves_clauses_out_still_has_its_conclusions(gap):
    """HUDOC publishes some judgments as extracts: "FOR THESE REASONS, THE COURT ... 4.
    Holds ..." or "LA COUR, À L'UNANIMITÉ, (...) 4. Dit ..." (the first clauses left out)."""
    flat = " ".join(JUDGMENT_EN.split())
    start = flat.index("FOR THESE REASONS")
    first = flat.index("Holds", start)
    reasoning = flat[:start].replace("For these reasons, the Court finds", "The Court finds")
    extract = reasoning + f"FOR THESE REASONS, THE COURT, UNANIMOUSLY, {gap}   4. " + flat[first:]
    pairs = as_pairs(read_case([extract]))
    assert {("3", "violation"), ("6-1", "violation"), ("P1-1", "violation")} <= pairs


def test_joined_applications_name_every_applicant():
    text = ("FIRST SECTION DECISION Applications nos. 1/20 and 2/20 Zeynep ARSLAN against Türkiye and Mehmet "
            "KOÇ against Türkiye The European Court of Human Rights (First Section), sitting on 1 June 2021 as a "
            "Committee")
    assert read_case([text]).title == "ARSLAN AND KOÇ v. TÜRKİYE"


@pytest.mark.parametrize("heading, respondents, title", [
    ("CASE OF CYPRUS v. TURKEY", ["TR"], "CASE OF CYPRUS v. TURKEY"),
    ("CASE OF X AND Y v. CYPRUS AND TURKEY", ["CY", "TR"], "CASE OF X AND Y v. CYPRUS AND TURKEY"),
    ("CASE OF A v. BOSNIA AND HERZEGOVINA", ["BA"], "CASE OF A v. BOSNIA AND HERZEGOVINA"),
    ("Case of Smith v . the United Kingdom", ["GB"], "CASE OF SMITH v. THE UNITED KINGDOM"),
    ("CASE OF X v. Türkiye and Azerbaijan", ["TR", "AZ"], "CASE OF X v. TÜRKİYE AND AZERBAIJAN"),  # Turkish capitals only for Türkiye
    ("CASE OF KAYA , DEMİR AND YILMAZ v. TÜRKİYE", ["TR"], "CASE OF KAYA, DEMİR AND YILMAZ v. TÜRKİYE"),  # HUDOC's spaced comma
])
def test_respondent_states_from_the_title(heading, respondents, title):
    text = f"FIRST SECTION {heading} (Application no. 1/20) JUDGMENT STRASBOURG 1 June 2021 In the case of X, " \
           "The European Court of Human Rights (First Section), sitting as a Chamber"
    case = read_case([text])
    assert case.respondents == respondents and case.title == title


@pytest.mark.parametrize("clause, outcome", [
    ("the respondent State has failed to comply", "violation"),
    ("the respondent State has not failed to comply", "no-violation"),
    ("the respondent States did not fail to comply", "no-violation"),
])
def test_the_states_obligations_under_article_34(clause, outcome):
    text = JUDGMENT_EN.replace("the respondent State has failed to comply", clause)
    assert {o for a, o in as_pairs(read_case([text])) if a == "34"} == {outcome}


def test_other_texts_citing_a_case_are_not_read_as_one():
    ngo = ("Bridge Legal Aid Association briefing. In the case of Demir v. Turkey the European Court of Human "
           "Rights held that there had been a violation of Article 3. For these reasons, the Court's case-law matters.")
    assert read_case([ngo]) is None
    assert read_case([]) is None


def test_enrichment_takes_the_case_as_it_is():
    r = enrich([JUDGMENT_EN])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("CoE", "ECtHR", "judgment")
    assert (r.title.value, r.title.rule) == ("CASE OF DEMİR AND OTHERS v. TÜRKİYE", "ecthr-heading")
    assert [t.value for t in r.subject_countries] == ["TR"] and r.subject_countries[0].rule == "respondent"
    assert r.own_identifiers[0].value == ("ecthr-application", "12345/15")
    assert r.published.value == (dt.date(2021, 3, 9), "day")
    # the topics of a judgment are first what it decided on, with the conclusion as evidence
    decided = [t for t in r.topics if t.rule == "conclusion"]
    # (Article 34, failing to comply with its obligations: the right of individual application)
    assert {t.value for t in decided} == {"torture", "fair-trial", "privacy", "equality", "property",
                                          "individual-application"}
    assert "violation of Article 3" in decided[0].evidence[0].text


DECISION_COMPLAINTS = (
    "SECOND SECTION DECISION Application no. 24680/20 Hasan KURT against Türkiye The European Court of Human "
    "Rights (Second Section), sitting on 3 May 2022 as a Committee composed of: A. Judge, President, judges, "
    "Having deliberated, decides as follows: THE FACTS 1. The applicant was dismissed by a decree-law. "
    "2. He relied on Article 125 of the Civil Servants Act before the domestic courts. "
    "3. In Example v. Türkiye (no. 1234/19, § 40, 1 June 2021) the applicant complained under Article 9 of the "
    "Convention of his dismissal. COMPLAINTS 4. Relying on Articles 3, 8 and 2 of Protocol No. 1, the applicant "
    "complained of his detention conditions, his dismissal and his exclusion from university. "
    "5. He further complained under Article 10, 11 and 14 of the Convention that he had been dismissed for his "
    "union membership. THE LAW A. ALLEGED VIOLATION OF ARTICLE 6 § 1 OF THE CONVENTION 6. The complaint is "
    "manifestly ill-founded and must be rejected in accordance with Article 35 §§ 3 (a) and 4 of the "
    "Convention. For these reasons, the Court, unanimously, Declares the application inadmissible. "
    "Done in English and notified in writing on 25 May 2022.")


def test_articles_in_issue_of_a_decision_are_its_complaints():
    case = read_case([DECISION_COMPLAINTS])
    # the complaints (a list ending "of Protocol No. 1" has the Protocol's article last),
    # the heading of the reasoning; not a domestic act, a cited case, or admissibility (35)
    assert case.articles == ["6-1", "3", "8", "P1-2", "10", "11", "14"]
    assert "Relying on Articles 3, 8 and 2 of Protocol No. 1" in case.article_evidence["P1-2"]
    assert case.info()["articles"] == case.articles
    # as topics, with the complaint as evidence
    topics = {t.value: t for t in enrich([DECISION_COMPLAINTS]).topics if t.rule == "complaint"}
    assert {"torture", "privacy", "education", "expression", "assembly", "equality", "fair-trial"} <= set(topics)
    assert topics["torture"].evidence[0].text.startswith("complaint under Article 3: ")


@pytest.mark.parametrize("facts", [
    # a national constitution's article numbered with a point
    "2. The applicants complained before the High Court that the oath under Article 12.8 of the Constitution "
    "was religious. ",
    # a cited case whose name a sentence's end would cut ("v." ends no sentence), or marked "cited above"
    "2. In Example v. Türkiye the applicant complained under Article 9 that he had been dismissed. ",
    "2. In Example [GC], cited above, the applicant complained of a restriction under Article 9. ",
    # another instrument's article, named without "of the Convention" in a sentence on that instrument
    "2. In a collective complaint to the European Committee of Social Rights, the organisation alleged that "
    "the eviction provisions of the housing legislation in force at the time breached Article 16. "
    "3. The ECSR examined complaints about the Planning Act but found no violation of Article 16. ",
    "2. The Charter's Article 31 on housing was not ratified; the applicants alleged that Article 12 applied. ",
    "2. Dans une réclamation collective, le Comité européen des droits sociaux examina le grief tiré de l'article 16. ",
    # what was argued in the domestic proceedings, and what was not relied on
    "2. The applicant's representatives appealed, invoking Articles 9 and 12. ",
    "2. The applicant lodged a constitutional complaint, invoking, inter alia, Article 9. ",
    "2. The plaintiff relied, inter alia, on Articles 9 and 12 before the Regional Court. ",
    "2. The Government argued that by failing to rely on Article 9 he had not exhausted domestic remedies. ",
])
def test_articles_a_decision_names_that_are_not_its_complaints(facts):
    text = DECISION_COMPLAINTS.replace("2. He relied on Article 125 of the Civil Servants Act before the domestic "
                                       "courts. ", facts)
    assert text != DECISION_COMPLAINTS
    assert read_case([text]).articles == ["6-1", "3", "8", "P1-2", "10", "11", "14"]


@pytest.mark.parametrize("complaint", [
    "2. The applicant invokes Article 9 of the Convention, submitting that he was dismissed for his faith. ",
    "2. The applicants rely on Article 9 of the Convention. ",
    "2. He relies on Article 9. ",
])
def test_a_complaint_in_the_present_tense(complaint):
    text = DECISION_COMPLAINTS.replace(
        "2. He relied on Article 125 of the Civil Servants Act before the domestic courts. ", complaint)
    assert read_case([text]).articles == ["6-1", "9", "3", "8", "P1-2", "10", "11", "14"]


def test_an_article_of_the_convention_in_a_sentence_on_another_instrument_is_read():
    text = DECISION_COMPLAINTS.replace(
        "2. He relied on Article 125 of the Civil Servants Act before the domestic courts. ",
        "2. He complained that the oath under Article 12.8 of the Constitution breached Article 9 of the "
        "Convention. ")
    assert read_case([text]).articles == ["6-1", "9", "3", "8", "P1-2", "10", "11", "14"]


def test_articles_in_issue_of_a_judgment_are_those_decided():
    # the reasoning of a judgment also names articles it leaves undecided or only cites
    assert read_case([JUDGMENT_EN]).articles == ["3", "6-1", "14+8", "P1-1", "34"]


def test_a_decision_is_found_by_the_articles_of_its_complaints(archive, tmp_path):
    from archive.search import FacetFilter, SearchQuery
    from ingest.importer import ImportOptions, import_paths

    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "kurt.txt").write_text(DECISION_COMPLAINTS, encoding="utf-8")
    (folder / "demir.txt").write_text(JUDGMENT_EN, encoding="utf-8")
    summary = import_paths(archive.db, archive.blobs, archive.backend, [folder], ImportOptions())
    assert summary.counts == {"ingested": 2}
    titles = lambda result: {h.title for h in result.hits}  # noqa: E731
    search = archive.backend.search
    assert titles(search(SearchQuery(text="article:P1-2"))) == {"KURT v. TÜRKİYE"}
    assert titles(search(SearchQuery(text="article:3"))) == {"KURT v. TÜRKİYE", "CASE OF DEMİR AND OTHERS v. TÜRKİYE"}
    # a finding is still only what the operative part decided
    result = search(SearchQuery(filters={"finding": FacetFilter(("3:violation",))}))
    assert titles(result) == {"CASE OF DEMİR AND OTHERS v. TÜRKİYE"}
    counts = {c.value: c.count for c in search(SearchQuery()).facets["article"]}
    assert counts["3"] == 2 and counts["10"] == 1 and counts["14+8"] == 1 and "9" not in counts


JUDGMENT_TR = """© T.C. Adalet Bakanlığı, 2015. Bu gayriresmi çeviri Bakanlık tarafından yapılmış olup
Mahkeme'yi bağlamamaktadır.

İKİNCİ BÖLÜM

YILMAZ VE DİĞERLERİ / TÜRKİYE DAVASI

(Başvuru no. 13579/10)

KARAR

STRAZBURG

3 Mart 2015

İşbu karar AİHS'nin 44. maddesinin 2. paragrafında belirtilen koşullar çerçevesinde kesinleşecektir.

Yılmaz ve Diğerleri/Türkiye davasında, Daire halinde toplanan Avrupa İnsan Hakları Mahkemesi (İkinci Bölüm),
10 Şubat 2015 tarihinde gerçekleştirilen kapalı müzakereler sonrasında aşağıdaki kararı vermiştir.
USUL
1. Türkiye Cumhuriyeti Devleti aleyhine açılan (13579/10 no'lu) davanın temelinde başvuranların başvurusu bulunmaktadır.
BU GEREKÇELERLE, MAHKEME, OYBİRLİĞİYLE,
1. Başvurunun kabul edilebilir olduğuna;
2. Sözleşme'nin 3. maddesinin usul yönünden ihlal edildiğine;
3. Sözleşme'nin 6. maddesinin 1. fıkrasının ihlal edilmediğine;
4. 1 No'lu Protokol'ün 1. maddesinin ihlal edildiğine;
5. Sözleşme'nin 8. maddesiyle bağlantılı olarak 14. maddesinin ihlal edilmediğine;
6. Sözleşme'nin 13. maddesi kapsamındaki şikâyetin ayrıca incelenmesine gerek olmadığına;
karar vermiştir.
İşbu karar Fransızca olarak tanzim edilmiş ve 3 Mart 2015 tarihinde yazılı olarak bildirilmiştir.
"""

DECISION_TR = ("İKİNCİ BÖLÜM KARAR Başvuru no. 24680/12 Mehmet DEMİR / Türkiye Avrupa İnsan Hakları Mahkemesi "
               "(İkinci Bölüm), 5 Mayıs 2016 tarihinde Komite halinde toplanarak aşağıdaki kararı vermiştir. "
               "BU GEREKÇELERLE, MAHKEME, OYBİRLİĞİYLE, Başvurunun kabul edilemez olduğuna karar vermiştir.")


def test_turkish_translations_of_a_judgment_and_a_decision():
    """The Ministry of Justice's translations (their published format, written here
    for the test), on lines and in HUDOC's one-line form: the same case."""
    for text in (JUDGMENT_TR, " ".join(JUDGMENT_TR.split())):
        case = read_case([text])
        assert (case.kind, case.language, case.formation) == ("judgment", "tr", "Chamber")
        assert case.title == "CASE OF YILMAZ AND OTHERS v. TURKEY"  # as HUDOC titles the case
        assert case.respondents == ["TR"] and case.applications == ["13579/10"]
        assert case.date == dt.date(2015, 3, 3)  # delivery, not the deliberation
        assert as_pairs(case) == {(None, "admissible"), ("3", "violation"), ("6-1", "no-violation"),
                                  ("P1-1", "violation"), ("14+8", "no-violation")}  # 13 left undecided
        assert "Sözleşme'nin 6. maddesinin 1. fıkrasının ihlal edilmediğine" in {c.text for c in case.conclusions}
        assert case.articles == ["3", "6-1", "P1-1", "14+8"]
    decision = read_case([DECISION_TR])
    assert (decision.kind, decision.title, decision.respondents) == ("decision", "DEMİR v. TURKEY", ["TR"])
    assert (decision.formation, decision.date, decision.applications) == ("Committee", dt.date(2016, 5, 5), ["24680/12"])
    assert as_pairs(decision) == {(None, "inadmissible")}
    r = enrich([JUDGMENT_TR])  # the translator's notice is not the title
    assert (r.title.value, r.title.rule, r.body.value, r.doc_type.value) == (
        "CASE OF YILMAZ AND OTHERS v. TURKEY", "ecthr-heading", "ECtHR", "judgment")


APPLICATION_TR, SECTION_TR = "(Başvuru no. 13579/10)", "İKİNCİ BÖLÜM"


@pytest.mark.parametrize("name, day, application, section, title", [
    # the judgment's heading, delivered before and after the Court wrote Türkiye
    ("YILMAZ VE DİĞERLERİ / TÜRKİYE DAVASI", "3 Mart 2015", APPLICATION_TR, SECTION_TR,
     "CASE OF YILMAZ AND OTHERS v. TURKEY"),
    ("YILMAZ VE DİĞERLERİ / TÜRKİYE DAVASI", "3 Mart 2023", APPLICATION_TR, SECTION_TR,
     "CASE OF YILMAZ AND OTHERS v. TÜRKİYE"),
    ("KAYA VE YILDIZ - TÜRKİYE DAVASI", "3 Mart 2015", APPLICATION_TR, SECTION_TR, "CASE OF KAYA AND YILDIZ v. TURKEY"),
    ("KAYA / BİRLEŞİK KRALLIK DAVASI", "3 Mart 2015", APPLICATION_TR, SECTION_TR, "CASE OF KAYA v. THE UNITED KINGDOM"),
    ("KAYA / RUSYA DAVASI", "3 Mart 2015", APPLICATION_TR, SECTION_TR, "CASE OF KAYA v. RUSSIA"),
    # the other ways translations print it: "v.", no "DAVASI" before the application, "No."
    ("KAVALA v. TÜRKİYE DAVASI", "3 Mart 2015", APPLICATION_TR, SECTION_TR, "CASE OF KAVALA v. TURKEY"),
    ("KAVALA - TÜRKİYE", "3 Mart 2015", APPLICATION_TR, SECTION_TR, "CASE OF KAVALA v. TURKEY"),
    ("KAVALA / TÜRKİYE DAVASI", "3 Mart 2015", "(Başvuru No. 13579/10)", SECTION_TR, "CASE OF KAVALA v. TURKEY"),
    # the Court's name before the section
    ("KAVALA/TÜRKİYE", "3 Mart 2015", APPLICATION_TR, "AVRUPA İNSAN HAKLARI MAHKEMESİ İKİNCİ BÖLÜM",
     "CASE OF KAVALA v. TURKEY"),
    # a case's second judgment, its number before or after "DAVASI" (was no case, or no number); an em dash
    ("SELAHATTİN DEMİRTAŞ / TÜRKİYE (No. 2) DAVASI", "22 Aralık 2020", APPLICATION_TR, "BÜYÜK DAİRE",
     "CASE OF SELAHATTİN DEMİRTAŞ v. TURKEY (No. 2)"),
    ("DEMİRTAŞ / TÜRKİYE DAVASI (No.2)", "3 Mart 2015", APPLICATION_TR, SECTION_TR, "CASE OF DEMİRTAŞ v. TURKEY (No. 2)"),
    ("DEMİRTAŞ / TÜRKİYE (2 No'lu) DAVASI", "3 Mart 2015", APPLICATION_TR, SECTION_TR,
     "CASE OF DEMİRTAŞ v. TURKEY (No. 2)"),
    ("ALTUĞ TANER AKÇAM — TÜRKİYE DAVASI", "25 Ekim 2011", APPLICATION_TR, SECTION_TR,
     "CASE OF ALTUĞ TANER AKÇAM v. TURKEY"),
    # a law site's lines over the heading, the court's initials last (was "CASE OF AİHM KAYA v. TURKEY")
    ("Karar Arama Motoru Ana Sayfa Hakkımızda\nAİHM\nKAYA - TÜRKİYE DAVASI", "3 Mart 2015", APPLICATION_TR,
     "4. DAİRE", "CASE OF KAYA v. TURKEY"),
])
def test_a_turkish_translation_of_a_judgment_is_titled_by_the_cases_english_name(name, day, application, section,
                                                                                  title):
    text = JUDGMENT_TR.replace("YILMAZ VE DİĞERLERİ / TÜRKİYE DAVASI", name).replace("3 Mart 2015", day) \
        .replace(APPLICATION_TR, application).replace(SECTION_TR, section)
    case = read_case([text])
    assert (case.kind, case.title, case.language) == ("judgment", title, "tr")


def test_a_turkish_translations_heading_without_davasi_over_its_section_line():
    """A law site's copy of a translation whose heading prints the case's name without
    "DAVASI" over the section's line and the application ("ÇAMDERELİ - TÜRKİYE" / "İKİNCİ
    DAİRE" / "(Başvuru no. ...)"), the name printed once more above it by the site: it was
    read as no case (titled by the site's tagline); the names never run over the name above."""
    head = JUDGMENT_TR.split("İşbu karar")[0]
    text = JUDGMENT_TR.replace(head, "Yargı Kararı Arama Motoru\n\nAna Sayfa Karar Ekle Hakkımızda\n\nAİHM\n"
                                     "KAVALA - TÜRKİYE\n\nİçtihat Metni\n\nKAVALA - TÜRKİYE\n\nİKİNCİ DAİRE\n\n"
                                     "(Başvuru no. 13579/10)\n\nKARAR\n\nKARAR TARİHİ:3 Mart 2015\n\n")
    case = read_case([text])
    assert (case.kind, case.title, case.applications, case.date) == (
        "judgment", "CASE OF KAVALA v. TURKEY", ["13579/10"], dt.date(2015, 3, 3))


def test_a_turkish_translation_under_a_document_sites_furniture_and_title():
    """A document site's copy of a translation: its title runs the heading's lines together, a
    full stop after the section's line ("İKİNCİ DAİRE. YILMAZ VE DİĞERLERİ / TÜRKİYE DAVASI.
    (Başvuru no /10) KARAR ..."), and the site's furniture and the translator's notice put the
    heading's application number further than 600 characters down, the site's title having lost
    it. The section's line was taken into the applicants' names ("CASE OF İKİNCİ DAİRE. YILMAZ
    ..."), and the case had no application number; the heading's number, else its first
    paragraph's ("açılan (13579/10 no'lu) davanın"), is the case's."""
    site = ("İKİNCİ DAİRE. YILMAZ VE DİĞERLERİ / TÜRKİYE DAVASI. (Başvuru no /10) KARAR STRAZBURG. 3 Mart 2015\n\n"
            + "N/A\nProtected\nAcademic year: 2031\nCopied!\n" * 8 + "Tam metin\n\n")
    text = site + JUDGMENT_TR
    assert text.index("13579/10") > 600
    case = read_case([text])
    assert (case.kind, case.title, case.applications) == ("judgment", "CASE OF YILMAZ AND OTHERS v. TURKEY", ["13579/10"])
    case = read_case([site + JUDGMENT_TR.replace(APPLICATION_TR, "(Başvuru no /10)")])
    assert case.applications == ["13579/10"]


@pytest.mark.parametrize("applicants, title", [
    ("Mehmet DEMİR", "DEMİR v. TURKEY"),  # by surname, as English decisions are titled
    ("Mehmet Demir", "DEMİR v. TURKEY"),  # a surname not in capitals, in Turkish capitals
    ("Ali KAYA ve Ayşe YILDIZ", "KAYA AND YILDIZ v. TURKEY"),
    ("İsmail ŞİMŞEK ve Diğerleri", "ŞİMŞEK AND OTHERS v. TURKEY"),
])
def test_a_turkish_translation_of_a_decision_is_titled_by_the_cases_english_name(applicants, title):
    case = read_case([DECISION_TR.replace("Mehmet DEMİR", applicants)])
    assert (case.kind, case.title, case.respondents) == ("decision", title, ["TR"])


@pytest.mark.parametrize("ending", ["Başvurunun kayıttan düşürülmesine karar vermiştir.",
                                    "Başvurunun kayıttan çıkarılmasına karar vermiştir."])
def test_a_turkish_decision_striking_an_application_out(ending):
    case = read_case([DECISION_TR.replace("Başvurunun kabul edilemez olduğuna karar vermiştir.", ending)])
    assert as_pairs(case) == {(None, "struck-out")}


def with_turkish_operative_part(point):
    head, rest = JUDGMENT_TR.split("BU GEREKÇELERLE, MAHKEME, OYBİRLİĞİYLE,")
    return head + "BU GEREKÇELERLE, MAHKEME, OYBİRLİĞİYLE,\n1. " + point + "\nkarar vermiştir." + \
        rest.split("karar vermiştir.")[1]


@pytest.mark.parametrize("point, codes", [
    # the article taken with another named second, before the finding
    ("Sözleşme'nin 14. maddesinin 8. maddesiyle bağlantılı olarak ihlal edildiğine;", {("14+8", "violation")}),
    ("Sözleşme'nin 13. maddesinin Sözleşme'nin 3. maddesi ile bağlantılı olarak ihlal edildiğine;",
     {("13+3", "violation")}),
    ("Sözleşme'nin 14. maddesinin, Sözleşme'nin 8. maddesi ile birlikte ele alındığında ihlal edildiğine;",
     {("14+8", "violation")}),
    # paragraphs listed, paragraphs of listed articles, a paragraph's letter
    ("Sözleşme'nin 5. maddesinin 1. ve 4. fıkralarının ihlal edildiğine;", {("5-1", "violation"), ("5-4", "violation")}),
    ("Sözleşme'nin 5. maddesinin 3. fıkrasının ve 4. fıkrasının ihlal edildiğine;",
     {("5-3", "violation"), ("5-4", "violation")}),
    ("Sözleşme'nin 5 § 1 ve 5 § 4 maddelerinin ihlal edildiğine;", {("5-1", "violation"), ("5-4", "violation")}),
    ("Sözleşme'nin 6. maddesinin 1. fıkrası ile 6. maddesinin 3 (c) fıkrasının ihlal edildiğine;",
     {("6-1", "violation"), ("6-3-c", "violation")}),
    # "bir ihlal bulunduğuna", "ihlal bulunmadığına", "ihlal edilmiş olmadığına"
    ("Sözleşme'nin 11. maddesi uyarınca bir ihlal bulunduğuna;", {("11", "violation")}),
    ("Sözleşme'nin 11. maddesi bakımından ihlal bulunmadığına;", {("11", "no-violation")}),
    ("Sözleşme'nin 8. maddesinin ihlal edilmiş olmadığına;", {("8", "no-violation")}),
    # a State that did not fulfil its obligations under Article 34
    ("Davalı Devletin Sözleşme'nin 34. maddesi kapsamındaki yükümlülüklerini yerine getirmediğine;",
     {("34", "violation")}),
    ("Davalı Devletin Sözleşme'nin 34. maddesi kapsamındaki yükümlülüklerini yerine getirdiğine;",
     {("34", "no-violation")}),
    # the Government's request to strike out dismissed
    ("Hükümet'in başvurunun kayıttan düşürülmesine ilişkin talebinin reddine;\n2. Sözleşme'nin 3. maddesinin "
     "ihlal edildiğine;", {("3", "violation")}),
])
def test_a_turkish_operative_part_in_more_wordings(point, codes):
    assert as_pairs(read_case([with_turkish_operative_part(point)])) == codes


@pytest.mark.parametrize("annex, opinions", [
    ("Sözleşme'nin 45 § 2 ve Mahkeme İçtüzüğü'nün 74 § 2 maddeleri uyarınca, Yargıç Kūris'in kısmen muhalif "
     "görüşü işbu karara eklenmiştir.", ["Yargıç Kūris'in kısmen muhalif görüşü"]),
    ("Mahkeme İçtüzüğü'nün 74 § 2 maddesi uyarınca, aşağıdaki ayrık görüşler karara eklenmiştir: Yargıç Lemmens'in "
     "mutabık kalan görüşü; Yargıçlar Sajó ve Tsotsoria'nın ortak muhalefet şerhi.",
     ["Yargıç Lemmens'in mutabık kalan görüşü", "Yargıçlar Sajó ve Tsotsoria'nın ortak muhalefet şerhi"]),
    ("", []),
])
def test_a_turkish_translations_separate_opinions(annex, opinions):
    end = "İşbu karar Fransızca olarak tanzim edilmiş ve 3 Mart 2015 tarihinde yazılı olarak bildirilmiştir."
    assert end in JUDGMENT_TR
    assert read_case([JUDGMENT_TR.replace(end, end + "\n" + annex)]).opinions == opinions


def test_a_turkish_decisions_application_with_a_capital():
    case = read_case([DECISION_TR.replace("Başvuru no.", "Başvuru No.")])
    assert (case.kind, case.title, case.applications) == ("decision", "DEMİR v. TURKEY", ["24680/12"])


def test_turkish_texts_about_a_case_are_not_read_as_one():
    ngo = ("İnsan Hakları Derneği değerlendirmesi. Avrupa İnsan Hakları Mahkemesi'nin Kavala / Türkiye davası "
           "kararı, 10 Aralık 2019 tarihinde açıklanmıştır. Bu gerekçelerle, Mahkeme kararının uygulanması gerekir. "
           "Sözleşme'nin 5. maddesinin ihlal edildiğine karar verilmiştir.")
    assert read_case([ngo]) is None  # a heading names the case, then "(Başvuru no. ...)"
    # the case and its application in running text, not a heading in capitals
    cited = ngo.replace("Kavala / Türkiye davası kararı", "Kavala / Türkiye (Başvuru no. 28749/18) kararı")
    assert read_case([cited]) is None


@pytest.mark.parametrize("clause, codes", [
    ("Holds that there has been a violation of Articles 6 § 1 of the Convention and 1 of Protocol No. 1;",
     {("6-1", "violation"), ("P1-1", "violation")}),
    ("Dit qu'il y a eu violation des articles 6 § 1 de la Convention et 1 du Protocole no 1 ;",
     {("6-1", "violation"), ("P1-1", "violation")}),
    ("Holds that there has been no violation of Articles 8 and 14 of the Convention and Article 5;",
     {("8", "no-violation"), ("14", "no-violation"), ("5", "no-violation")}),
])
def test_articles_of_the_convention_then_of_a_protocol_in_one_list(clause, codes):
    assert as_pairs(read_case([with_operative_part(clause)])) == codes


def with_operative_part(clause):
    return JUDGMENT_EN.split("FOR THESE REASONS")[0] + "FOR THESE REASONS, THE COURT, UNANIMOUSLY, 1. " + clause + \
        " Done in English, and notified in writing on 9 March 2021."


@pytest.mark.parametrize("clause, codes", [
    # the Court's judgments before 1999: "para.", and each reference again in its own notation
    ("Holds that there has been a breach of Article 5 para. 3 (art. 5-3) of the Convention;", {("5-3", "violation")}),
    ("Holds that there has been a violation of Article 6 paras. 1 and 3 (c) (art. 6-1, art. 6-3-c);",
     {("6-1", "violation"), ("6-3-c", "violation")}),
    ("Holds that there has been no breach of Article 1 of Protocol No. 1 (P1-1);", {("P1-1", "no-violation")}),
    ("Holds that Article 6 para. 1 (art. 6-1) has been violated;", {("6-1", "violation")}),
    ("Holds that Article 6 § 1 of the Convention has not been violated;", {("6-1", "no-violation")}),
    # a paragraph's letter in French, and the conditional and "non-violation"
    ("Dit qu'il y a eu violation de l'article 6 §§ 1 et 3 c) de la Convention ;",
     {("6-1", "violation"), ("6-3-c", "violation")}),
    ("Dit qu'il n'y aurait pas violation de l'article 3 de la Convention en cas d'expulsion du requérant ;",
     {("3", "no-violation")}),
    ("Dit qu'il y a eu violation de l'article 3 à l'égard du premier requérant et non-violation à l'égard du second ;",
     {("3", "violation"), ("3", "no-violation")}),
    # an article read in the light of another is found alone
    ("Holds that there has been a violation of Article 11 of the Convention, read in the light of Article 10;",
     {("11", "violation")}),
    ("Dit qu'il y a eu violation de l'article 11 de la Convention, lu à la lumière de l'article 10 ;",
     {("11", "violation")}),
    # a judgment on a State's failure to abide by an earlier one
    ("Holds that the respondent State has failed to fulfil its obligation under Article 46 § 1;",
     {("46-1", "violation")}),
    # a removal that would not violate the Convention (F.H. v. Sweden, 2009, was read as a violation)
    ("Holds that the applicant's expulsion to Afghanistan would not give rise to a violation of Article 3;",
     {("3", "no-violation")}),
    ("Holds that the implementation of the deportation order would not give rise to a violation of Articles 2 or 3 "
     "of the Convention;", {("2", "no-violation"), ("3", "no-violation")}),
    ("Dit que l'expulsion du requérant vers l'Irak n'emporterait pas violation de l'article 3 de la Convention ;",
     {("3", "no-violation")}),
    ("Holds that there has been no violation of Article 14 read in conjunction with Articles 3 or 13;",
     {("14+3", "no-violation"), ("14+13", "no-violation")}),
    ("Holds that the deportation of the applicant to Russia would not be in violation of Article 3;",
     {("3", "no-violation")}),
    ("Holds that the applicant's removal to Iraq would not breach Article 3 of the Convention;", {("3", "no-violation")}),
    ("Holds that the applicant's removal to Iraq would breach Article 3 of the Convention;", {("3", "violation")}),
    # a State that "has not complied with" its obligations under Article 38, or did not fail to
    ("Holds that the respondent State has not complied with its obligations under Article 38 of the Convention;",
     {("38", "violation")}),
    ("Holds that the respondent State has failed to discharge its obligations under Article 38;", {("38", "violation")}),
    ("Dit que l'État défendeur n'a pas satisfait à ses obligations au titre de l'article 38 de la Convention ;",
     {("38", "violation")}),
    ("Dit que l'État défendeur a failli à ses obligations découlant de l'article 34 de la Convention ;",
     {("34", "violation")}),
    ("Holds that there has been no failure to comply with Article 34 of the Convention;", {("34", "no-violation")}),
    # French "pris conjointement avec", "lu en combinaison avec"; a Protocol's article "to the Convention"
    ("Dit qu'il y a eu violation de l'article 13 de la Convention, pris conjointement avec l'article 3 ;",
     {("13+3", "violation")}),
    ("Dit qu'il y a eu violation de l'article 13 de la Convention, lu en combinaison avec l'article 8 ;",
     {("13+8", "violation")}),
    ("Holds that there has been a violation of Article 3 of Protocol No. 1 to the Convention taken in conjunction "
     "with Article 14 of the Convention;", {("14+P1-3", "violation")}),
    # two articles named and then "taken together" ("combinés"): the pair; paragraphs of one article stay apart
    ("Holds that there has been a violation of Articles 14 and 8 of the Convention taken together;",
     {("14+8", "violation")}),
    ("Holds that there has been no violation of Articles 8 and 14 taken together;", {("14+8", "no-violation")}),
    ("Dit qu'il y a eu violation des articles 13 et 3 combinés ;", {("13+3", "violation")}),
    ("Holds that there has been a violation of Article 6 §§ 1 and 3 (c) taken together;",
     {("6-1", "violation"), ("6-3-c", "violation")}),
    ("Dit qu'il y a eu violation des articles 3 et 8 de la Convention combinés ;", {("3", "violation"), ("8", "violation")}),
    # an article "taken alone and in conjunction with" another: the article and the pair
    ("Holds that there has been a violation of Article 1 of Protocol No. 1 taken alone and in conjunction with "
     "Article 14 of the Convention;", {("P1-1", "violation"), ("14+P1-1", "violation")}),
    ("Dit qu'il y a eu violation de l'article 8 pris isolément et combiné avec l'article 14 ;",
     {("8", "violation"), ("14+8", "violation")}),
    # an accessory article "in conjunction with" a list that goes on with "and Article ...": each is its partner;
    # after "and of" or a comma the next article stands alone, and so does Protocol No. 12's ban on discrimination
    ("Holds by eighteen votes to three that there has been no violation of Article 14 in conjunction with Articles "
     "6 para. 1, 8 and 13 and Article 1 of Protocol No. 1 (art. 14+6-1, art. 14+8, art. 14+13, art. 14+P1-1);",
     {("14+6-1", "no-violation"), ("14+8", "no-violation"), ("14+13", "no-violation"), ("14+P1-1", "no-violation")}),
    ("Holds that there has been a violation of Article 13 taken in conjunction with Article 3 of the Convention and "
     "Article 4 of Protocol No. 4;", {("13+3", "violation"), ("13+P4-4", "violation")}),
    ("Dit qu'il y a eu violation de l'article 13 combiné avec l'article 3 et l'article 4 du Protocole n° 4 ;",
     {("13+3", "violation"), ("13+P4-4", "violation")}),
    ("Holds that there has been a violation of Article 14 taken in conjunction with Article 8, and of Article 1 of "
     "Protocol No. 1;", {("14+8", "violation"), ("P1-1", "violation")}),
    ("Holds that there has been a violation of Article 14 taken in conjunction with Article 3 and Article 1 of "
     "Protocol No. 12;", {("14+3", "violation"), ("P12-1", "violation")}),
    # the article before a finding in the passive, then the one it is taken with
    ("Holds that Article 18 of the Convention has been violated in conjunction with Article 5 § 1;",
     {("18+5-1", "violation")}),
    ("Dit que l'article 14 de la Convention a été violé combiné avec l'article 8 ;", {("14+8", "violation")}),
    # the right whose remedy was lacking, named as "the complaint under" it, is no finding of its own
    ("Holds that there has been a violation of Article 13 of the Convention in respect of the applicant's complaint "
     "under Article 3;", {("13+3", "violation")}),
    ("Dit qu'il y a eu violation de l'article 13 de la Convention quant au grief tiré de l'article 8 ;",
     {("13+8", "violation")}),
    ("Holds that there has been a violation of Article 13 in respect of the complaint under Article 14 taken in "
     "conjunction with Article 8;", {("13", "violation")}),
    # a negation before the finding: no violation, never a violation
    ("Holds that the applicant's detention was not in breach of Article 5 § 1 of the Convention;",
     {("5-1", "no-violation")}),
    ("Holds that the facts of the case do not disclose a violation of Article 3 of the Convention;",
     {("3", "no-violation")}),
    ("Holds that the facts of the case disclose a violation of Article 5 § 3;", {("5-3", "violation")}),
    ("Holds that it has not been established that the applicant was ill-treated in breach of Article 3;",
     {("3", "no-violation")}),
    ("Dit que les faits de la cause ne révèlent aucune violation de l'article 3 de la Convention ;",
     {("3", "no-violation")}),
    # French in the passive, and the older "par. 1"
    ("Dit que les articles 3 et 13 ont été violés ;", {("3", "violation"), ("13", "violation")}),
    ("Dit que l'article 6 par. 1 (art. 6-1) n'a pas été violé ;", {("6-1", "no-violation")}),
    ("Holds that there has been a failure to comply with Article 38 of the Convention;", {("38", "violation")}),
    ("Dit qu'il y a eu manquement aux obligations découlant de l'article 38 ;", {("38", "violation")}),
    # a request to strike out turned down strikes nothing out (Sidjimov v. Bulgaria, N.D. and N.T. v. Spain)
    ("Dismisses the Government's request that the application be struck out of the list of cases; 2. Holds that "
     "there has been a violation of Article 6 § 1 of the Convention;", {("6-1", "violation")}),
    ("Rejette la demande du Gouvernement tendant à rayer la requête du rôle ; 2. Dit qu'il y a eu violation de "
     "l'article 3 de la Convention ;", {("3", "violation")}),
    ("Decides to strike the application out of the list in so far as it concerns Article 8; 2. Holds that there "
     "has been a violation of Article 6 § 1;", {(None, "struck-out"), ("6-1", "violation")}),
    ("Dismisses the Government's preliminary objection and declares the application admissible; 2. Holds that "
     "there has been a violation of Article 10;", {(None, "admissible"), ("10", "violation")}),
])
def test_the_operative_part_in_the_courts_older_notation_and_other_wordings(clause, codes):
    assert as_pairs(read_case([with_operative_part(clause)])) == codes


def test_a_turkish_decision_is_found_by_the_articles_of_its_complaints():
    text = DECISION_TR.replace(
        "BU GEREKÇELERLE", "ŞİKAYETLER Başvuran, Sözleşme'nin 10. ve 11. maddelerine dayanarak ifade ve toplanma "
        "özgürlüğünün ihlal edildiğinden şikâyet etmektedir. Başvuran ayrıca 1 No'lu Protokol'ün 1. maddesi "
        "uyarınca mülkiyet hakkının ihlal edildiğini ileri sürmektedir. HUKUK Bakanlığın 125. maddesi uyarınca "
        "yapılan işlem. BU GEREKÇELERLE")
    case = read_case([text])
    assert case.kind == "decision" and case.articles == ["10", "11", "P1-1"]  # not a domestic act


@pytest.mark.parametrize("facts", [
    # the Constitution's articles, and what was argued before the Constitutional Court or on appeal
    "Başvuran, Anayasa'nın 17. ve 26. maddelerine dayanarak haklarının ihlal edildiğini iddia etmiştir. ",
    "Başvuran, Anayasa Mahkemesine yaptığı bireysel başvuruda Sözleşme'nin 8. maddesine dayanarak özel hayatına "
    "saygı hakkının ihlal edildiğini iddia etmiştir. ",
    "Başvuran, karara itiraz etmiş ve Sözleşme'nin 8. maddesine dayanarak hakkının ihlal edildiğini ileri sürmüştür. ",
])
def test_a_turkish_decisions_complaints_are_not_another_laws_articles_or_what_was_argued_at_home(facts):
    complaints = ("ŞİKAYETLER Başvuran, Sözleşme'nin 10. maddesine dayanarak ifade özgürlüğünün ihlal edildiğinden "
                  "şikâyet etmektedir. ")
    text = DECISION_TR.replace("BU GEREKÇELERLE", "OLAY VE OLGULAR " + facts + complaints + "BU GEREKÇELERLE")
    assert read_case([text]).articles == ["10"]
    # an article of the Convention beside one of the Constitution is read
    both = DECISION_TR.replace("BU GEREKÇELERLE", "ŞİKAYETLER Başvuran, Anayasa'nın 26. maddesi ile Sözleşme'nin "
                               "10. maddesine dayanarak ifade özgürlüğünün ihlal edildiğinden şikâyet etmektedir. "
                               "BU GEREKÇELERLE")
    assert read_case([both]).articles == ["10"]


def laid_out_as_pdf(text, title, kind, language, page_chars=2000):
    """A one-line HUDOC text as a PDF reader gives the Court's PDF: lines of 90
    characters, pages after the first headed by the running head with the page number on
    alternate sides ("2 KAYA v. TÜRKİYE JUDGMENT", "KAYA v. TÜRKİYE JUDGMENT 3") and
    footed by "- 3 -"."""
    import textwrap

    name = title.removeprefix("CASE OF ").removeprefix("AFFAIRE ")
    word = ("ARRÊT" if kind == "judgment" else "DÉCISION") if language == "fr" else kind.upper()
    head = f"{word} {name}" if language == "fr" else f"{name} {word}"
    pages, words = [], text.split(" ")
    while words:
        size = 0
        for n, w in enumerate(words, 1):
            size += len(w) + 1
            if size > page_chars:
                break
        pages.append(" ".join(words[:n]))
        words = words[n:]
    out = []
    for i, page in enumerate(pages, 1):
        body = "\n".join(textwrap.wrap(page, 90))
        if i > 1:
            body = "\n".join([f"{i} {head}" if i % 2 == 0 else f"{head} {i}", body, f"- {i} -"])
        out.append(body)
    return out


def test_real_judgments_laid_out_as_pdf_pages_read_as_their_hudoc_text(corpus):
    """All 425 real HUDOC texts, each read once as HUDOC's one line and once laid out in
    pages with running heads and page numbers (which then stand in the middle of clauses
    that run across pages): the same case both times. Before page furniture was set
    aside, 21 read differently, some losing all their conclusions."""
    differ = []
    files = sorted((corpus / "ecthr-hudoc").glob("*.txt"))
    assert len(files) == 425
    for path in files:
        text = path.read_text(encoding="utf-8")
        one = read_case([text])
        if one is None:
            continue
        paged = read_case(laid_out_as_pdf(text, one.title, one.kind, one.language))
        if paged is None or paged.info() != one.info() or paged.title != one.title \
                or as_pairs(paged) != as_pairs(one):
            differ.append(path.name)
    assert differ == []


def test_page_furniture_is_set_aside_and_nothing_else():
    from ingest.enrich.furniture import without_furniture

    row = "Angelo GIULIANI {} 15/04/2011 Anna ROSSI 16/02/1961 Trento"
    pages = ["CASE OF KAYA v. TÜRKİYE\n(Application no. 1/20)\nJUDGMENT"]
    for i, said in enumerate(["The applicant", "complained", "of his", "detention", "in 2019"], 2):
        left, right = (f"{i} ", "") if i % 2 == 0 else ("", f" {i}")
        pages.append(f"{left}KAYA v. TÜRKİYE JUDGMENT{right}\n{said}\n{row.format(4200 + i)}\n- {i} -")
    pages.append("KAYA v. TÜRKİYE JUDGMENT 7\nthe last page ends on a number of its text:\n3")
    out = without_furniture(pages)
    assert out[0] == pages[0]  # the heading of page 1 is the document's own
    assert out[1] == f"The applicant\n{row.format(4202)}"  # table rows are no running head
    assert out[6] == "the last page ends on a number of its text:\n3"  # 3 is not page 7's number
    # two pages cannot tell a running head from a line that happens to repeat, but for the
    # Court's form of it; the second page's number is 2 (a decision of two pages read its "2"
    # and its running head inside "Article 2 of Protocol" / ... / "No. 1" as Article 2)
    assert without_furniture(pages[:2]) == [pages[0], f"The applicant\n{row.format(4202)}"]
    report = ["ANNUAL REPORT 2030\nOur work", "ANNUAL REPORT 2030\nThe second page.\n2"]
    assert without_furniture(report) == [report[0], "ANNUAL REPORT 2030\nThe second page."]
    french = ["AFFAIRE KAYA c. TURQUIE", "ARRÊT KAYA c. TURQUIE\n2\nLa requérante invoque l'article 2 du Protocole"]
    assert without_furniture(french)[1] == "La requérante invoque l'article 2 du Protocole"


def test_a_two_page_decisions_running_head_and_page_number_are_not_read_in_its_text():
    """A decision of two pages: the second page's number and the Court's running head
    between "Article 2 of Protocol" and "No. 1" were read as an Article 2 in issue."""
    pages = ["FIRST SECTION\nDECISION\nApplication no. 12345/29\nJane DOE\nagainst the United Kingdom\nThe European "
             "Court of Human Rights (First Section), sitting on 3 May 2030 as a Chamber composed of:\nTHE FACTS\nThe "
             "applicant complains that she is prevented from living in a caravan on her land, contrary to Article 8 of "
             "the Convention, and invokes Article 2 of Protocol",
             "2\nDOE v. THE UNITED KINGDOM DECISION\nNo. 1. THE LAW\nThe Court finds no appearance of a violation "
             "of Article 8 of the Convention or of Article 2 of Protocol No. 1.\nFor these reasons, the Court "
             "unanimously\nDeclares the application inadmissible."]
    case = read_case(pages)
    assert (case.title, case.articles) == ("DOE v. THE UNITED KINGDOM", ["8", "P1-2"])


def test_a_chamber_judgment_referred_to_the_grand_chamber_is_the_chambers():
    """The cover of a Chamber judgment notes that the case went on to the Grand Chamber;
    the judgment is still the Chamber's (10 of the 425 real HUDOC texts were read as the
    Grand Chamber's)."""
    note = "THIS CASE WAS REFERRED TO THE GRAND CHAMBER, WHICH DELIVERED JUDGMENT IN THE CASE ON 6 July 2022"
    text = JUDGMENT_EN.replace("9 March 2021\n", f"9 March 2021\n{note}\n", 1)
    assert note in text
    assert read_case([text]).formation == "Chamber"
    grand = text.replace("sitting as a Chamber", "sitting as a Grand Chamber")
    assert read_case([grand]).formation == "Grand Chamber"


@pytest.mark.parametrize("notified, delivered", [
    ("7 March 2021", dt.date(2021, 3, 9)),  # a Sunday: a slip; the cover's Tuesday is the date
    ("11 March 2021", dt.date(2021, 3, 11)),  # a working day: the closing line is the date, as before
])
def test_a_delivery_date_on_a_weekend_gives_way_to_the_covers(notified, delivered):
    text = JUDGMENT_EN.replace("notified in writing on 9 March 2021", f"notified in writing on {notified}")
    assert notified in text
    assert read_case([text]).date == delivered



OLD_SITTING = ("sitting, in accordance with Article 43 (art. 43) of the Convention for the Protection of Human Rights "
               "and Fundamental Freedoms (\"the Convention\") and the relevant provisions of Rules of Court A [2] , as a Chamber")


@pytest.mark.parametrize("sitting", [OLD_SITTING, "sitting in a chamber"])  # the Court's 1990s form; a translation's
def test_the_formation_in_other_wordings(sitting):
    text = JUDGMENT_EN.replace("sitting as a Chamber", sitting)
    assert sitting in text
    assert read_case([text]).formation == "Chamber"


OPINIONS_FR = (
    "Fait en français, puis communiqué par écrit le 14 janvier 2014. A. Greffier B. Président "
    "Au présent arrêt se trouve joint, conformément aux articles 45 § 2 de la Convention et 74 § 2 du règlement, "
    "l'exposé des opinions séparées suivantes : – opinion dissidente commune à M. A. Juge, M. B. Juge et Mme C. Juge, "
    "– opinion séparée de la juge D. Juge. A.P. B.G. OPINION DISSIDENTE COMMUNE À M. A. JUGE, M. B. JUGE ET MME C. JUGE "
    "Nous ne pouvons souscrire à l'opinion séparée de la juge D. Juge dans cette affaire, ni au constat de violation.")
OPINIONS_EN = (
    "Done in English, and notified in writing on 9 March 2021. A. Registrar B. President In accordance with "
    "Article 45 § 2 of the Convention and Rule 74 § 2 of the Rules of Court, the following separate opinions are "
    "annexed to this judgment: (a) partly concurring, partly dissenting opinion of Judge A. Judge and N. Judge; "
    "(b) partly dissenting opinion of Judge B. Judge. B.P. A.R. PARTLY CONCURRING, PARTLY DISSENTING OPINION OF "
    "JUDGE A. JUDGE I. Article 3 of the Convention 1. Having read the Partly Dissenting Opinion of Judge B. Judge in "
    "this case, I agree with his account of the principles that apply")


@pytest.mark.parametrize("judgment, closing, opinions", [
    (JUDGMENT_FR, OPINIONS_FR, ["opinion dissidente commune à M. A. Juge, M. B. Juge et Mme C. Juge",
                                "opinion séparée de la juge D. Juge"]),
    (JUDGMENT_EN, OPINIONS_EN, ["partly concurring, partly dissenting opinion of Judge A. Judge and N. Judge",
                                "partly dissenting opinion of Judge B. Judge"]),
])
def test_the_separate_opinions_as_the_list_names_them(judgment, closing, opinions):
    """The list of the opinions annexed, in the Court's French ("se trouve joint ...
    l'exposé des opinions séparées suivantes : – ...") and English forms; not the
    opinions' own headings, nor an opinion naming another in its text."""
    end = judgment.index("Fait en français" if "Fait en" in judgment else "Done in English")
    case = read_case([judgment[:end] + closing])
    assert case.opinions == opinions


def test_a_browsers_print_header_and_footer_are_furniture():
    """A judgment printed from HUDOC in a browser: the date of printing and the title at
    the top of every page, the address and "3/25" at the foot."""
    from ingest.enrich.furniture import without_furniture

    said = ["Holds that there has been a violation of Article 14", "taken in conjunction with Article 3",
            "of the Convention;", "Dismisses the remainder"]
    pages = ["03/12/2026, 14:05 CASE OF KAYA v. TÜRKİYE\nFIRST SECTION\nCASE OF KAYA v. TÜRKİYE"]
    pages += [f"03/12/2026, 14:05 CASE OF KAYA v. TÜRKİYE\n{line}\nhttps://hudoc.echr.coe.int/eng?i=001-12345 {i}/5"
              for i, line in enumerate(said, 2)]
    assert without_furniture(pages)[1:] == said


def test_a_table_of_applications_appended_without_a_heading_gives_every_application():
    """HUDOC's text of some judgments prints the appended table without its heading: its
    rows after the operative part are the applications; cases an opinion cites ("nos.
    1111/04, 2222/05 and 3333/06") are not."""
    heading = "CASE OF DEMİR AND OTHERS v. TÜRKİYE (Application no. 12345/15 and others – see appended table)"
    opinion = (" DISSENTING OPINION OF JUDGE B. I refer to Kaya v. Turkey, nos. 1111/04, 2222/05 and 3333/06, "
               "19 May 2009, and to Yılmaz v. Turkey, no. 4444/07, 1 June 2010.")
    table = (" No. Application no. Lodged on Applicant 1. 12345/15 2 March 2015 Ali DEMİR 1970 Ankara "
             "2. 23456/15 4 April 2015 Ayşe DEMİR 1975 Ankara 3. 34567/16 5 May 2016 Mehmet DEMİR 1980 İzmir")
    text = JUDGMENT_EN.replace("CASE OF DEMİR AND OTHERS v. TÜRKİYE\n\n(Application no. 12345/15)", heading)
    assert read_case([text + opinion + table]).applications == ["12345/15", "23456/15", "34567/16"]
    long_opinion = opinion + " The majority's reasoning does not convince me." * 50
    assert read_case([text + table + long_opinion]).applications == ["12345/15"]  # numbers not at the end
    assert read_case([text + opinion]).applications == ["12345/15"]


COMMUNICATED_EN = """Published on 25 May 2020
SECOND SECTION
Application no. 12345/19
Ali KAYA
against Turkey
lodged on 3 March 2019
communicated on 5 May 2020
SUBJECT MATTER OF THE CASE
The application concerns the pre-trial detention of a journalist for articles he wrote in a daily newspaper. The
applicant complains under Article 5 § 3 of the Convention that his detention was not justified and under Article 10
of the Convention that it breached his freedom of expression.
QUESTIONS TO THE PARTIES
1. Has there been an interference with the applicant's freedom of expression, within the meaning of Article 10 § 1 of
the Convention?"""

COMMUNICATED_FR = """Publiée le 2 juin 2021
DEUXIÈME SECTION
Requête no 23456/20
Ayşe DEMİR et autres
contre la Turquie
introduite le 10 janvier 2020
communiquée le 12 mai 2021
OBJET DE L'AFFAIRE
La requête concerne la dispersion d'une manifestation. Les requérantes se plaignent sous l'angle de l'article 11 de
la Convention."""


def test_a_communicated_case():
    """An application communicated to the Government (HUDOC's "communicated cases": the
    statement of facts and the questions to the parties), which need not name the Court:
    the parties, then "lodged on ... communicated on ..."."""
    for text in (COMMUNICATED_EN, " ".join(COMMUNICATED_EN.split())):
        case = read_case([text])
        assert (case.kind, case.title, case.respondents, case.applications) == (
            "communicated-case", "KAYA v. TURKEY", ["TR"], ["12345/19"])
        assert (case.date, case.conclusions) == (dt.date(2020, 5, 5), [])  # communicated, not published
        assert case.articles == ["5-3", "10"]  # what the applicant complains of
    french = read_case([COMMUNICATED_FR])
    assert (french.kind, french.title, french.date) == ("communicated-case", "DEMİR ET AUTRES c. TURQUIE",
                                                        dt.date(2021, 5, 12))
    r = enrich([COMMUNICATED_EN])
    assert (r.doc_type.value, r.title.value, r.body.value) == ("communicated-case", "KAYA v. TURKEY", "ECtHR")
    assert [t.value for t in r.subject_countries] == ["TR"]
    assert {"expression", "liberty"} <= {t.value for t in r.topics}


@pytest.mark.parametrize("text", [
    # a third party's comments on an application, a briefing on a case, a report citing
    # a communicated case: none is the Court's text
    "THIRD PARTY INTERVENTION\nby Example Rights Association\nin Application no. 12345/19 Ali KAYA v. Turkey\n"
    "submitted to the European Court of Human Rights pursuant to Rule 44 § 3 of the Rules of Court\n1. Introduction",
    "Briefing on the case of Kavala v. Turkey. The European Court of Human Rights found a violation of Article 5.",
    "Comments on the decision in the case of Kaya v. Turkey, in which the European Court of Human Rights declared "
    "the application inadmissible.",
    "Turkey: detained journalists. In Application no. 12345/19 Ali Kaya against Turkey, lodged on 3 March 2019 and "
    "communicated on 5 May 2020, the applicant complains of his detention.",
])
def test_texts_about_an_application_are_not_the_courts(text):
    assert read_case([text]) is None


SUMMARY_EN = """Information Note on the Court’s case-law 240
May 2020
Demir and Others v. Turkey - 12345/15 and 23456/16
Judgment 12.5.2020 [Section II]
Article 10
Article 10-1
Freedom of expression
Criminal conviction of journalists for articles on the curfews: violation
Article 5
Article 5-3
Length of pre-trial detention
Pre-trial detention of four years for relevant and sufficient reasons: no violation
Facts – The applicants, journalists, were convicted of propaganda for their articles.
Law – Article 10: The interference was not necessary in a democratic society.
Conclusion: violation (unanimously).
Article 5 § 3: The reasons given were relevant and sufficient.
Conclusion: no violation (five votes to two).
Article 41: EUR 5,000 each in respect of non-pecuniary damage.
© Council of Europe/European Court of Human Rights
This summary by the Registry does not bind the Court."""

SUMMARY_FR = """Note d’information sur la jurisprudence de la Cour 231
Octobre 2019
Kaya c. Turquie - 34567/17
Décision 3.9.2019 [Comité]
Article 8
Article 8-1
Respect de la vie privée
Surveillance des communications de l’avocat du requérant : irrecevable
En fait – Le requérant, avocat, se plaint de l’écoute de ses conversations.
En droit – Article 8 : Le requérant n’a pas épuisé les voies de recours internes.
Conclusion : irrecevable (non-épuisement des voies de recours internes)."""


def test_a_legal_summary_of_a_judgment_is_read_as_one():
    """The Registry's summary names the case, what it summarises, when and by which
    formation, and ends each group of keywords in its outcome."""
    for text in (SUMMARY_EN, " ".join(SUMMARY_EN.split())):
        case = read_case([text])
        assert (case.kind, case.title, case.respondents) == ("legal-summary", "Demir and Others v. Turkey", ["TR"])
        assert (case.applications, case.date, case.formation) == (
            ["12345/15", "23456/16"], dt.date(2020, 5, 12), "Chamber")
        assert as_pairs(case) == {("10-1", "violation"), ("5-3", "no-violation")}
        assert case.articles == ["10-1", "5-3"]
    r = enrich([SUMMARY_EN])
    assert (r.doc_type.value, r.title.value, r.body.value) == ("legal-summary", "Demir and Others v. Turkey", "ECtHR")
    assert [t.value for t in r.subject_countries] == ["TR"] and r.published.value == (dt.date(2020, 5, 12), "day")


def test_a_legal_summary_of_a_decision_in_french():
    case = read_case([SUMMARY_FR])
    assert (case.kind, case.title, case.language, case.formation) == ("legal-summary", "Kaya c. Turquie", "fr",
                                                                       "Committee")
    assert (case.date, as_pairs(case), case.articles) == (dt.date(2019, 9, 3), {(None, "inadmissible")}, ["8-1"])
    grand_chamber = read_case([SUMMARY_EN.replace("[Section II]", "[GC]")])
    assert grand_chamber.formation == "Grand Chamber"


@pytest.mark.parametrize("heading, title, formation", [
    ("Vavřička and Others v. the Czech Republic [GC] - 47621/13 et al. Judgment 8.4.2021 [GC]",
     "Vavřička and Others v. the Czech Republic", "Grand Chamber"),
    ("Legal summary April 2022 Kavala v. Türkiye (infringement proceedings) [GC] - 28749/18 "
     "Judgment (Merits) 11.7.2022 [GC]", "Kavala v. Türkiye (infringement proceedings)", "Grand Chamber"),
])
def test_a_legal_summarys_heading_in_its_other_forms(heading, title, formation):
    case = read_case([f"{heading} Article 8 Article 8-1 Respect for private life Fines: no violation Facts – x"])
    assert (case.kind, case.title, case.formation, as_pairs(case)) == (
        "legal-summary", title, formation, {("8-1", "no-violation")})


def test_a_legal_summary_in_hudocs_turkish_translation():
    """HUDOC's Turkish translation of a summary ("Ayşe Örnek v. Türkiye [BD]- 12345/20 Karar
    26.9.2030 [BD]", "Madde 7-1 ...: ihlal"): was no case, the text a `resolution` by its title's
    "Kararı", about no State."""
    text = ("AİHM Örnek Kararı\n\nYasal Özet\n\nEylül 2030\n\nAyşe Örnek v. Türkiye [BD]- 12345/20 Karar 26.9.2030 [BD]\n\n"
            "7. madde\n\nMadde 7-1\n\nKanunsuz ceza olmaz\n\nBir mesajlaşma uygulamasının kullanımına dayalı mahkûmiyet: "
            "ihlal\n\n6. madde\n\nMadde 6-1\n\nAdil yargılama\n\nHam verilerin mahkemeye getirilmemesi: ihlal\n\n"
            "Madde 10\n\nİfade özgürlüğü: ihlal yok\n\nOlgular – Başvurucu, bir devlet okulunda öğretmendi.\n")
    case = read_case([text])
    assert (case.kind, case.title, case.language, case.formation, case.date, case.respondents, case.applications) == (
        "legal-summary", "Ayşe Örnek v. Türkiye", "tr", "Grand Chamber", dt.date(2030, 9, 26), ["TR"], ["12345/20"])
    assert as_pairs(case) == {("7-1", "violation"), ("6-1", "violation"), ("10", "no-violation")}
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == ("Ayşe Örnek v. Türkiye", "ECtHR", "legal-summary")


def test_a_summary_filed_under_its_article_and_a_monthly_collection_of_summaries():
    """The monthly Information Note prints the article before each case; the whole Note
    (a table of contents, then one summary after another) is no summary of one case."""
    one = "ARTICLE 1 OF PROTOCOL No. 1 Article 1 of Protocol No. 1 Kaya v. Turkey - 28749/18 Judgment 10.12.2019 " \
          "[Section II] Peaceful enjoyment of possessions Confiscation: violation Facts – x"
    assert (read_case([one]).kind, read_case([one]).title) == ("legal-summary", "Kaya v. Turkey")
    contents = "TABLE OF CONTENTS ARTICLE 10 Freedom of expression Conviction of journalists: violation " \
               "Demir and Others v. Turkey - 12345/15 ........ 7 ARTICLE 1 OF PROTOCOL No. 1 Confiscation: violation " \
               "Kaya v. Turkey - 28749/18 ........ 9"
    note = ["Information Note on the Court’s case-law 240 May 2020", contents, SUMMARY_EN.split("\n", 2)[2], one]
    assert read_case(note) is None


def test_a_text_citing_a_case_with_its_number_is_no_summary():
    text = ("Annual report 2020. In Demir and Others v. Turkey - 12345/15, judgment of 12 May 2020, the Court found "
            "a violation of Article 10. The European Court of Human Rights also decided other cases.")
    assert read_case([text]) is None


def test_a_legal_summary_is_found_by_its_type_and_findings(archive, tmp_path):
    from archive.search import FacetFilter, SearchQuery
    from ingest.importer import ImportOptions, import_paths

    folder = tmp_path / "summaries"
    folder.mkdir()
    (folder / "note.txt").write_text(SUMMARY_EN, encoding="utf-8")
    (folder / "demir.txt").write_text(JUDGMENT_EN, encoding="utf-8")
    assert import_paths(archive.db, archive.blobs, archive.backend, [folder], ImportOptions()).counts == {"ingested": 2}
    search = archive.backend.search
    result = search(SearchQuery(filters={"doc_type": FacetFilter(("legal-summary",))}))
    assert [h.title for h in result.hits] == ["Demir and Others v. Turkey"]
    result = search(SearchQuery(filters={"finding": FacetFilter(("5-3:no-violation",))}))
    assert [h.title for h in result.hits] == ["Demir and Others v. Turkey"]


COMMISSION_REPORT_EN = """EUROPEAN COMMISSION OF HUMAN RIGHTS

Application No. 24680/94

Hasan DEMİRTAŞ and Others

against

Turkey

REPORT OF THE COMMISSION

(adopted on 26 October 1997)

TABLE OF CONTENTS
I. INTRODUCTION
1. The present report relates to the application introduced by the applicants against Turkey on 3 May 1994.
The European Commission of Human Rights declared the application admissible on 19 October 1995.
III. OPINION OF THE COMMISSION
200. The applicants complained under Article 3, Article 5 para. 1, Article 8 and Article 1 of Protocol No. 1 (P1-1).
CONCLUSION
210. The Commission concludes, by 18 votes to 1, that there has been a violation of Article 8 of the Convention
and of Article 1 of Protocol No. 1 (P1-1).
211. The Commission concludes, unanimously, that there has been no violation of Article 5 para. 1 (art. 5-1) of the
Convention.
212. The Commission concludes, unanimously, that no separate issue arises under Article 13 of the Convention.
E. Recapitulation
230. The Commission concludes, by 18 votes to 1, that there has been a violation of Article 8 of the Convention
(para. 210 above).
Secretary to the Commission President of the Commission
"""


def test_a_report_of_the_european_commission_of_human_rights():
    """The Commission's opinion on the merits (until 1999), in its report's layout: its
    kind, the case, the day it was adopted and each conclusion, once."""
    french = (COMMISSION_REPORT_EN.replace("EUROPEAN COMMISSION OF HUMAN RIGHTS", "COMMISSION EUROPÉENNE DES DROITS DE "
                                           "L'HOMME").replace("Application No.", "Requête N°")
              .replace("and Others\n\nagainst\n\nTurkey", "et autres\n\ncontre\n\nla Turquie")
              .replace("REPORT OF THE COMMISSION", "RAPPORT DE LA COMMISSION")
              .replace("(adopted on 26 October 1997)", "(adopté le 26 octobre 1997)")
              .replace("The Commission concludes", "La Commission conclut"))
    for text, title in ((COMMISSION_REPORT_EN, "DEMİRTAŞ AND OTHERS v. TURKEY"),
                        (" ".join(COMMISSION_REPORT_EN.split()), "DEMİRTAŞ AND OTHERS v. TURKEY"),
                        (french, "DEMİRTAŞ ET AUTRES c. TURQUIE")):
        case = read_case([text])
        assert (case.kind, case.title, case.formation) == ("commission-report", title, "Commission")
        assert (case.respondents, case.applications, case.date) == (["TR"], ["24680/94"], dt.date(1997, 10, 26))
    case = read_case([COMMISSION_REPORT_EN])
    assert [(c.article, c.outcome) for c in case.conclusions] == [
        ("8", "violation"), ("P1-1", "violation"), ("5-1", "no-violation")]  # Article 13 undecided
    # the Commission's decision on admissibility stays a decision
    decision = ("AS TO THE ADMISSIBILITY OF Application No. 24680/94 by Hasan DEMİRTAŞ and Others against Turkey The "
                "European Commission of Human Rights sitting in private on 19 October 1995 Having deliberated; Decides "
                "as follows: For these reasons, the Commission DECLARES THE APPLICATION ADMISSIBLE.")
    assert (read_case([decision]).kind, read_case([decision]).title) == ("decision", "DEMİRTAŞ AND OTHERS v. TURKEY")


def test_the_documents_of_one_case_are_linked_in_the_order_of_the_proceedings(archive, tmp_path):
    """A communicated case, the judgment and its legal summary share the application
    number: each page lists the others, never a restricted one."""
    from sqlalchemy import select

    from archive import store
    from archive.models import Document
    from ingest.importer import ImportOptions, import_paths
    from web import create_app

    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "communicated.txt").write_text(COMMUNICATED_EN.replace("12345/19", "12345/15"), encoding="utf-8")
    (folder / "judgment.txt").write_text(JUDGMENT_EN, encoding="utf-8")
    (folder / "summary.txt").write_text(SUMMARY_EN.replace("12.5.2020", "9.3.2021"), encoding="utf-8")
    (folder / "decision.txt").write_text(DECISION_EN.replace("54321/19", "12345/15"), encoding="utf-8")
    (folder / "other.txt").write_text(DECISION_FR, encoding="utf-8")  # another case
    import_paths(archive.db, archive.blobs, archive.backend, [folder], ImportOptions(workers=1))
    with archive.db.session_scope() as s:
        by_type = {d.doc_type: d.public_id for d in s.scalars(select(Document))}
        s.scalars(select(Document).where(Document.doc_type == "decision", Document.language == "en")).one() \
            .visibility = "restricted"
    client = create_app(archive.settings, TESTING=True).test_client()
    same = client.get(f"/api/v1/documents/{by_type['judgment']}").get_json()["same_case"]
    assert [(d["doc_type"], d["date"]) for d in same] == [("communicated-case", "2020-05-05"),
                                                          ("legal-summary", "2021-03-09")]
    page = client.get(f"/documents/{by_type['legal-summary']}").get_data(as_text=True)
    section = page.split('id="same-case-h"', 1)[1].split("</section>", 1)[0]
    assert section.index("KAYA v. TURKEY") < section.index("CASE OF DEMİR AND OTHERS v. TÜRKİYE")
    assert "ÖZTÜRK" not in section and "YILDIZ" not in section  # restricted; another case
    with archive.db.session() as s:
        judgment = s.scalars(select(Document).where(Document.public_id == by_type["judgment"])).one()
        everything = store.same_case(s, judgment, include_restricted=True)
        assert len(everything) == 3
        # a list of links is bounded (store.LINKS), the first of the proceedings kept
        assert store.same_case(s, judgment, include_restricted=True, limit=2) == everything[:2]


def test_a_later_decision_citing_a_judgment_as_the_court_cites_it_is_in_its_cited_by(archive, tmp_path):
    from sqlalchemy import select

    from archive import store
    from archive.models import Document
    from ingest.importer import ImportOptions, import_paths

    folder = tmp_path / "cases"
    folder.mkdir()
    (folder / "judgment.txt").write_text(JUDGMENT_EN, encoding="utf-8")
    (folder / "decision.txt").write_text(DECISION_EN.replace(
        "THE FACTS The applicants are Turkish nationals.",
        "THE LAW The Court refers to Demir and Others v. Türkiye, no. 12345/15, § 40, 9 March 2021."), encoding="utf-8")
    import_paths(archive.db, archive.blobs, archive.backend, [folder], ImportOptions(workers=1))
    with archive.db.session() as s:
        judgment = s.scalars(select(Document).where(Document.doc_type == "judgment")).one()
        assert [(d.doc_type, i.value) for d, i in store.cited_by(s, judgment)] == [("decision", "12345/15")]


@pytest.mark.parametrize("protocol_findings, pair", [
    # the one article of Protocol No. 4 the Court decided on is the one "Protocol No. 4" means
    ("6. Holds that there has been a violation of Article 4 of Protocol No. 4 to the Convention;\n", "13+P4-4"),
    # two articles of that Protocol: which one is meant is not said, Article 13 stands alone
    ("6. Holds that there has been a violation of Article 2 of Protocol No. 4 to the Convention;\n"
     "6a. Holds that there has been a violation of Article 4 of Protocol No. 4 to the Convention;\n", "13"),
])
def test_article_13_in_conjunction_with_a_protocol_named_without_its_article(protocol_findings, pair):
    """"Article 13 of the Convention taken in conjunction with Protocol No. 4" (as the Court
    wrote it in Čonka v. Belgium): HUDOC's registry lists 13+P4-4; before, 13 stood alone."""
    text = JUDGMENT_EN.replace("6. Holds that there has been a violation of Article 1 of Protocol No. 1 to the Convention;\n",
                               protocol_findings + "7a. Holds that there has been a violation of Article 13 of the "
                               "Convention taken in conjunction with Protocol No. 4;\n")
    case = read_case([text])
    assert (pair, "violation") in as_pairs(case)
    assert not any(c.article and "?" in c.article for c in case.conclusions)
    assert pair in case.articles and not any("?" in a for a in case.articles)


def test_the_commissions_decisions_on_applicants_numbered_and_applications_joined():
    """The Commission's headings list applicants by number ("by 1. Ahmet AYDIN 2. ...", was
    "AYDIN YILMAZ KAYA v. TURKEY": the numbers kept the names one part, and a surname the
    text prints with a small i for the dotted capital, "BiLGiN", was no surname), and join
    applications each under its number and its "introduced on ... by ..." (was titled by
    the first applicant and the see he is bishop of)."""
    numbered = ("AS TO THE ADMISSIBILITY OF\nApplication No. 23456/95\nby 1. Ahmet AYDIN\n2. Mehmet YILMAZ\n"
                "3. Ali KAYA\n4. Veli BiLGiN\nagainst Turkey\nThe European Commission of Human Rights sitting in "
                "private on 15 May 1996, the following members being present:\nHaving deliberated;\nDecides as follows:\n")
    case = read_case([numbered])
    assert (case.kind, case.title) == ("decision", "AYDIN, YILMAZ, KAYA AND BİLGİN v. TURKEY")
    joined = ("AS TO THE ADMISSIBILITY OF\nApplication No. 11111/90\nintroduced on 2 March 1990\nby Metropolitan "
              "EXAMPLOS,\nBishop of Somewhere\nagainst Turkey\nregistered on 9 March 1990\nApplication No. 22222/90\n"
              "introduced on 3 March 1990\nby Georgios SAMPLIDES\nagainst Turkey\nregistered on 9 March 1990\n"
              "The European Commission of Human Rights sitting in private on 4 March 1992 the following members being "
              "present:\nHaving deliberated;\nDecides as follows:\n")
    case = read_case([joined])
    assert case.title == "EXAMPLOS AND SAMPLIDES v. TURKEY"
    assert sorted(case.applications) == ["11111/90", "22222/90"]


@pytest.mark.parametrize("text, expected", [
    ("The European Commission of Human Rights sitting in private on 13 May\n1986, the following members being "
     "present:\nMM C.A. EXAMPLE, President\nHaving regard to Article 25 of the Convention;\nHaving regard to the "
     "application introduced on 11 June 1985 by\nK.K. against the Netherlands and registered on 12 June\n1985 under "
     "file No. 11569/85 ;\nHaving deliberated;\nDecides as follows:\nTHE FACTS\nThe applicant is a Turkish citizen.",
     ("decision", "K.K. v. THE NETHERLANDS", ["NL"], ["11569/85"], dt.date(1986, 5, 13))),
    ("The European Commission of Human Rights sitting in private on 11 October 1991; Having regard to the "
     "applications introduced on 9 November 1989 by N.H., G.H. and R.A. against Turkey and registered on 16 March "
     "1990 under file No. 16311/90, file No. 16312/90 and file No. 16313/90 respectively; Having deliberated; "
     "Decides as follows: THE FACTS The first applicant is a doctor.",
     ("decision", "N.H., G.H. AND R.A. v. TURKEY", ["TR"], ["16311/90", "16312/90", "16313/90"],
      dt.date(1991, 10, 11))),
    ("La Commission européenne des Droits de l'Homme (Deuxième Chambre), siégeant en chambre du conseil le 21 mai "
     "1997 en présence de MM. J.-C. EXEMPLE, Président\nVu la requête introduite le 14 mars 1995 par Luc CLAES "
     "contre la Belgique et enregistrée le 15 février 1996 sous le N° de dossier 30346/96 ;\nAprès avoir "
     "délibéré,\nRend la décision suivante :\nEN FAIT\nLe requérant est un ressortissant belge.",
     ("decision", "CLAES c. BELGIQUE", ["BE"], ["30346/96"], dt.date(1997, 5, 21))),
])
def test_a_commission_decision_without_its_heading_is_read_from_its_formula(text, expected):
    """A copy of a decision of the Commission that leaves out its heading ("AS TO THE
    ADMISSIBILITY OF" / "Application No. ..." / "by ..." / "against ...") names its parties
    and number in its formula, "Having regard to the application introduced on ... by X
    against Y and registered on ... under file No. N" (was no case: the title was the
    Commission's sitting, no number, no respondent)."""
    case = read_case([text])
    assert (case.kind, case.title, case.respondents, case.applications, case.date) == expected


def test_the_commissions_formula_citing_an_application_in_a_judgment_heads_nothing():
    """Only the Commission sitting, without a heading: the Court's judgment that recalls the
    Commission's decision keeps its own heading."""
    text = ("CASE OF EXAMPLE v. TURKEY\n(Application no. 12345/94)\nJUDGMENT\nSTRASBOURG\n3 March 2000\n"
            "In the case of Example v. Turkey,\nThe European Court of Human Rights, sitting as a Chamber, delivers "
            "the following judgment:\nPROCEDURE\n1. Having regard to the application introduced on 1 May 1994 by "
            "Ali OTHER against Turkey and registered on 2 June 1994, the Commission declared it admissible.")
    case = read_case([text])
    assert (case.kind, case.title, case.applications) == ("judgment", "CASE OF EXAMPLE v. TURKEY", ["12345/94"])


def test_a_bilingual_cover_whose_english_heading_lost_its_state_is_named_by_the_french():
    """The Reports' covers of 1996-1998 name the case in French and English side by side; an
    extractor reading the two columns as one line lost the English State ("CASE OF EXAMPLE
    v." / "(102/1997/886/1098)"): the case went unread (no judgment, the title the masthead's
    two languages run together). The French heading, which names its State, names it."""
    text = ("CONSEIL COUNCIL DE L'EUROPE OF EUROPE\n\nCOUR EUROPÉENNE DES DROITS DE L'HOMME EUROPEAN COURT OF HUMAN "
            "RIGHTS\n\nAFFAIRE EXAMPLE c. TURQUIE\n\nCASE OF EXAMPLE v.\n\n(102/1997/886/1098)\n\n"
            "ARRÊT/JUDGMENT\n\nSTRASBOURG\n\n23 septembre/September 1998\n\nThe present judgment is subject to "
            "editorial revision.\n\nIn the case of Example v. Turkey,\n\nThe European Court of Human Rights, "
            "sitting, in accordance with Article 43 of the Convention, as a Chamber composed of the following judges:")
    case = read_case([text])
    assert (case.kind, case.title, case.respondents) == ("judgment", "AFFAIRE EXAMPLE c. TURQUIE", ["TR"])
    # both headings whole: the text's language names it, as before
    whole = text.replace("CASE OF EXAMPLE v.\n", "CASE OF EXAMPLE v. TURKEY\n")
    assert read_case([whole]).title == "CASE OF EXAMPLE v. TURKEY"


@pytest.mark.parametrize("text", [
    ("SECOND SECTION\nCASE OF EXAMPLE v. TURKEY\n(Application no. 12345/07)\nJUDGMENT\nSTRASBOURG\n\nIn the case of "
     "Example v. Turkey,\nThe European Court of Human Rights (Second Section), sitting as a Chamber composed of:\n"
     "PROCEDURE\n1. The case originated in an application (no. 12345/07) against the Republic of Turkey lodged with "
     "the Court on 6 April 2007.\n2. On 3 May 2009 the application was communicated to the Government."),
    ("AVRUPA İNSAN HAKLARI MAHKEMESİ İKİNCİ DAİRE ÖRNEK VE DEMİR - TÜRKİYE DAVASI (Başvuru no: 15725/27) KARARIN "
     "ÖZET ÇEVİRİSİ STRAZBURG 22 Kasım\n\nİşbu karar Sözleşme'nin 44/2 maddesinde belirtilen koşullar çerçevesinde "
     "kesinleşecektir. Türkiye Cumhuriyeti Devleti aleyhine açılan ve (15725/27) numaralı başvurunun nedeni T.C. "
     "vatandaşları Ayşe Örnek ve Ali Demir tarafından 6 Nisan 2027 tarihinde Avrupa İnsan Hakları Mahkemesi'ne "
     "yapılan başvurudur."),
])
def test_a_judgment_whose_delivery_date_is_not_read_is_not_dated_by_its_facts(text):
    """A copy cut before its date of delivery (a law site's cover, "STRASBOURG" without the
    date; a translation's "STRAZBURG 22 Kasım" without its year) was dated by the first date
    of its text, the application's lodging ("lodged with the Court on 6 April 2007"): the dates
    in a judgment's text are the facts' and the proceedings', so it has no date (a person's
    or its file's)."""
    r = enrich([text])
    assert r.case.kind == "judgment" and r.case.date is None
    assert (r.published, r.adopted) == (None, None)
    # its file's creation date stays the date of last resort, as for any text without one
    assert enrich([text], {"file_date": "D:20240102"}).published.value == (dt.date(2024, 1, 2), "day")


def test_the_ministrys_translation_in_its_fonts_letters_under_its_notice():
    """The Ministry of Justice's translations come out of their PDFs with Ġ for İ and Ģ for ş
    ("ĠKĠNCĠ BÖLÜM", "Avrupa Ġnsan Hakları Mahkemesi"): the Court's name went unread and the
    translation was titled "ĠKĠNCĠ BÖLÜM", no case; repaired, its notice's "... Daire
    Başkanlığı tarafından ..." is no section line the applicants' names follow."""
    from ingest.extract.text import normalise

    page = normalise(
        "© T.C. Adalet Bakanlığı, 2030. Bu gayriresmi çeviri, Adalet Bakanlığı, Uluslararası Hukuk ve DıĢ ĠliĢkiler "
        "Genel Müdürlüğü, Ġnsan Hakları Daire BaĢkanlığı tarafından yapılmıĢ olup, Mahkeme'yi bağlamamaktadır.\n\n"
        "ĠKĠNCĠ BÖLÜM\n\nÖRNEK VE DEMİR BASIN YAYIN A.Ş. / TÜRKİYE DAVASI\n\n(Başvuru no. 12377/28)\n\nKARAR\n\n"
        "STRAZBURG\n\n21 Ocak 2030\n\nİşbu karar AİHS'nin 44. maddesinin 2. paragrafında belirtilen koşullar "
        "çerçevesinde kesinleşecektir.\n\nÖrnek ve Demir Basın Yayın A.Ş./Türkiye davasında, Daire halinde toplanan "
        "Avrupa Ġnsan Hakları Mahkemesi (Ġkinci Bölüm), 17 Aralık 2029 tarihinde gerçekleĢtirilen kapalı "
        "müzakereler sonrasında, aynı tarihte aĢağıdaki kararı vermiĢtir.\n")
    r = enrich([page])
    assert (r.title.value, r.doc_type.value, r.case.formation, r.published.value) == (
        "CASE OF ÖRNEK AND DEMİR BASIN YAYIN A.Ş. v. TÜRKİYE", "judgment", "Chamber", (dt.date(2030, 1, 21), "day"))


def test_a_law_sites_copy_names_the_court_after_the_case():
    """A law site's copy heads the judgment with its page's title, the Court's name after the
    case's: it was taken for the case's stage ("... v. TÜRKİYE (European Court of Human
    Rights)"), as "(merits)" is."""
    r = enrich(["CASE OF ÖRNEK v. TÜRKİYE (European Court of Human Rights)\n\nLast Updated on November 2, 2031 by "
                "Example Law\n\nSECOND SECTION\nCASE OF ÖRNEK v. TÜRKİYE\n(Application no. 53567/27)\n\nJUDGMENT\n"
                "STRASBOURG\n13 March 2031\n\nIn the case of Örnek v. Türkiye,\n\nThe European Court of Human Rights "
                "(Second Section), sitting as a Chamber composed of:\n"])
    assert (r.title.value, r.published.value) == ("CASE OF ÖRNEK v. TÜRKİYE", (dt.date(2031, 3, 13), "day"))
    r = enrich(["FOURTH SECTION\n\nCASE OF ÖRNEK v. TÜRKİYE (JUST SATISFACTION)\n\n(Application no. 16259/29)\n\n"
                "JUDGMENT\n\nSTRASBOURG\n\n22 September 2031\n\nIn the case of Örnek v. Türkiye,\n"])
    assert r.title.value == "CASE OF ÖRNEK v. TÜRKİYE (JUST SATISFACTION)"  # (a stage is the case's name's)


def test_a_law_sites_line_over_the_heading_names_the_case_without_its_letters():
    """A law site prints the case's name over the Court's heading, its letters without their
    marks ("CEDH | AFFAIRE MEHMET EMIN SIMSEK c. TURQUIE"): the title was that line's; now the
    heading's, the one the application number follows."""
    r = enrich(["La jurisprudence francophone\n\n28/02/2031 | CEDH | N°5488/29\n\nCEDH | AFFAIRE AYSE ORNEK c. TURQUIE\n\n\n"
                "DEUXIÈME SECTION\nAFFAIRE AYŞE ÖRNEK c. TURQUIE\n(Requête no 5488/29)\nARRÊT\nSTRASBOURG\n28 février 2031\n"
                "En l'affaire Ayşe Örnek c. Turquie,\nLa Cour européenne des droits de l'homme (deuxième section), "
                "siégeant en une chambre composée de :\n"])
    assert (r.title.value, r.published.value) == ("AFFAIRE AYŞE ÖRNEK c. TURQUIE", (dt.date(2031, 2, 28), "day"))


def test_a_heading_that_names_another_case_before_the_application_number():
    """The case's name printed again counts only as the same case: a heading whose name is
    not followed by its application number keeps it, whatever other case the heading names
    next; HUDOC's "( Application no. ...)" with its spaces is the application's line."""
    r = enrich(["FIRST SECTION\n\nCASE OF ÖRNEK v. TÜRKİYE\n\nJUDGMENT\n\nSTRASBOURG\n\n3 May 2031\n\nsee also the "
                "CASE OF DEMİR v. TÜRKİYE (Application no. 1234/27)\n\nIn the case of Örnek v. Türkiye,\n\nThe European "
                "Court of Human Rights (First Section), sitting as a Chamber composed of:\n"])
    assert r.title.value == "CASE OF ÖRNEK v. TÜRKİYE"
    r = enrich(["Case of Örnek v. Türkiye ( Application no. 24882/29 ) Judgment Strasbourg, 18 January 2031 CASE OF "
                "ÖRNEK v. TÜRKİYE (Application no. 24882/29) JUDGMENT STRASBOURG 18 January 2031 In the case of Örnek v. "
                "Türkiye, The European Court of Human Rights, sitting as a Grand Chamber composed of:\n"])
    assert r.title.value == "CASE OF ÖRNEK v. TÜRKİYE"


def test_a_state_applying_keeps_its_names_article():
    """An inter-State decision's applicants: "UKRAINE and the NETHERLANDS against Russia" was
    titled "UKRAINE AND NETHERLANDS v. RUSSIA" (a person's surname is the words in capitals;
    a State's name is the whole name, as HUDOC titles the case)."""
    case = read_case(["GRAND CHAMBER DECISION Applications nos. 8019/30, 43800/30 and 28525/31 UKRAINE and the "
                      "NETHERLANDS against Russia The European Court of Human Rights, sitting on 30 November 2032 as a "
                      "Grand Chamber composed of: Jane Example, President, Having deliberated, decides as follows:"])
    assert (case.title, case.respondents) == ("UKRAINE AND THE NETHERLANDS v. RUSSIA", ["RU"])


OLD_COURT_EN = """EUROPEAN COURT OF HUMAN RIGHTS

        In the case of Yıldız and Others v. Turkey (1),

        The European Court of Human Rights, sitting, in accordance with
Article 43 (art. 43) of the Convention and the relevant provisions of
Rules of Court A (2), as a Chamber composed of the following judges:

        Mr  A. Example, President,
        Mr  B. Example,

and also of Mr C. Example, Registrar,

        Having deliberated in private on 20 February and
24 August 2029,

        Delivers the following judgment, which was adopted on the
last-mentioned date:
_______________
Notes by the Registrar

1.  The case is numbered 41/2028/612/698.

PROCEDURE

1.      The case was referred to the Court by the European Commission
of Human Rights ("the Commission") on 3 March 2029. It originated in an
application (no. 23456/27) against the Republic of Turkey lodged with the
Commission under Article 25 (art. 25).

FOR THESE REASONS, THE COURT UNANIMOUSLY

1.   Holds that there has been a violation of Article 5 para. 3 (art. 5-3) of the Convention;

Done in English and in French, and delivered at a public hearing in
the Human Rights Building, Strasbourg, on 27 September 2029.
"""
OLD_COURT_FR = """En l'affaire Yıldız et autres c. Turquie (1),

La Cour européenne des Droits de l'Homme, constituée, conformément à
l'article 43 (art. 43) de la Convention et aux clauses pertinentes de
son règlement A (2), en une chambre composée des juges dont le nom suit:

        MM. A. Exemple, président,
            B. Exemple,

Après en avoir délibéré en chambre du conseil les 20 février et
24 août 2029,

Rend l'arrêt que voici, adopté à cette dernière date:

PROCEDURE

1.   L'affaire a été déférée à la Cour par la Commission européenne des
Droits de l'Homme ("la Commission") le 3 mars 2029. A son origine se
trouve une requête (n° 23456/27) dirigée contre la République de Turquie.

PAR CES MOTIFS, LA COUR, A L'UNANIMITE,

1.   Dit qu'il y a eu violation de l'article 5 par. 3 (art. 5-3) de la Convention;

Fait en français et en anglais, puis prononcé en audience publique au
Palais des Droits de l'Homme à Strasbourg, le 27 septembre 2029.
"""


@pytest.mark.parametrize("text, title", [
    (OLD_COURT_EN, "CASE OF YILDIZ AND OTHERS v. TURKEY"),
    (OLD_COURT_FR, "AFFAIRE YILDIZ ET AUTRES c. TURQUIE"),
])
@pytest.mark.parametrize("flat", [False, True])
@pytest.mark.parametrize("mark", ["(1)", "[1]"])  # (a law site's footnote mark, glued to the State)
def test_the_old_courts_judgment_opening_on_its_case_without_a_heading(text, title, flat, mark):
    """The old Court's judgments as law sites and word processors keep them: no "CASE OF"
    heading, the text opening on "In the case of X v. Turkey (1), The European Court of
    Human Rights, sitting, ...". They were titled by that line with its footnote mark,
    dated by the deliberation, and read as no case at all (no application, no finding)."""
    text = text.replace("Turquie (1)", "Turquie" + mark.replace("(", " (")).replace("Turkey (1)",
                                                                                   "Turkey" + mark.replace("(", " ("))
    text = " ".join(text.split()) if flat else text
    case = read_case([text])
    assert (case.kind, case.title, case.respondents, case.formation) == ("judgment", title, ["TR"], "Chamber")
    assert (case.applications, case.date) == (["23456/27"], dt.date(2029, 9, 27))  # delivered, not deliberated
    assert [(c.article, c.outcome) for c in case.conclusions] == [("5-3", "violation")]
    r = enrich([text])
    assert (r.title.value, r.published.value) == (title, (dt.date(2029, 9, 27), "day"))


REVISION_EN = """SECOND SECTION
(Application no. 45678/24)
JUDGMENT
(Revision)
STRASBOURG
12 March 2030
This judgment will become final in the circumstances set out in Article 44 § 2 of the Convention. It may be subject to editorial revision.
In the case of Ahmet Örnek v. Turkey (request for revision of the judgment of 4 June 2029),
The European Court of Human Rights (Second Section), sitting as a Chamber composed of:
A. Example, President,
B. Example, judges,
and C. Example, Section Registrar,
Having deliberated in private on 19 February 2030,
Delivers the following judgment, which was adopted on that date:
PROCEDURE
1. The case originated in an application (no. 45678/24) against the Republic of Turkey lodged with the Court.
FOR THESE REASONS, THE COURT, UNANIMOUSLY,
1. Decides to revise the judgment of 4 June 2029;
"""
REVISION_FR = """DEUXIÈME SECTION
(Requête no 45678/24)
ARRÊT
(Révision)
STRASBOURG
12 mars 2030
Cet arrêt deviendra définitif dans les conditions définies à l'article 44 § 2 de la Convention. Il peut subir des retouches de forme.
En l'affaire Ahmet Örnek c. Turquie (demande en révision de l'arrêt du 4 juin 2029),
La Cour européenne des droits de l'homme (deuxième section), siégeant en une chambre composée de :
A. Exemple, président,
B. Exemple, juges,
et de C. Exemple, greffier de section,
Après en avoir délibéré en chambre du conseil le 19 février 2030,
Rend l'arrêt que voici, adopté à cette date :
PROCÉDURE
1. À l'origine de l'affaire se trouve une requête (no 45678/24) dirigée contre la République de Turquie.
"""


@pytest.mark.parametrize("text, title", [
    (REVISION_EN, "CASE OF AHMET ÖRNEK v. TURKEY"),
    (REVISION_FR, "AFFAIRE AHMET ÖRNEK c. TURQUIE"),
])
@pytest.mark.parametrize("flat", [False, True])
def test_a_judgments_cover_that_lost_its_case_line(text, title, flat):
    """A law site's copy of a judgment whose cover lost the line "CASE OF X v. TURKEY":
    the section, the application, "JUDGMENT", "(Revision)", the date and the note on
    finality, then "In the case of X v. Turkey (request for revision of the judgment of
    ...)". It was read as no case at all and titled "(Revision)" (or by the whole cover,
    run into one line)."""
    text = " ".join(text.split()) if flat else text
    case = read_case([text])
    assert (case.kind, case.title, case.respondents, case.formation) == ("judgment", title, ["TR"], "Chamber")
    assert (case.applications, case.date) == (["45678/24"], dt.date(2030, 3, 12))
    assert enrich([text]).title.value == title


def test_a_case_stage_under_the_judgment_word_is_no_title():
    """The stage a cover prints under "JUDGMENT" ("(Revision)", "[Extracts]") and the parts
    of the Court's text ("THE FACTS", "EN DROIT") are furniture, not a title; a title that
    only begins with such a word is kept."""
    assert [is_noise(line) for line in ("(Revision)", "[Extracts]", "(Révision)", "(Just satisfaction)", "[TRANSLATION]",
                                        "THE FACTS", "EN DROIT", "(Revision of the Charter)", "The facts of torture")] \
        == [True, True, True, True, True, True, True, False, False]


def test_a_decision_hudoc_keeps_without_its_heading_is_not_titled_by_its_notes():
    """HUDOC keeps a decision published in extracts without its heading: "[TRANSLATION]",
    "...", "THE FACTS", then the facts. It was titled "[TRANSLATION]"; its first sentence
    (the applicant) is the best the text offers."""
    text = ("[TRANSLATION]\n\n...\n\nTHE FACTS\n\nThe applicant, Mr Ali Örnek, is a Turkish national who was born in "
            "1990 and lives in Izmir.\n\nA. The circumstances of the case\n\nThe facts of the case may be summarised as "
            "follows.\n")
    title = enrich([text]).title
    assert (title.value, title.rule) == ("The applicant, Mr Ali Örnek, is a Turkish national who was born in 1990 and "
                                         "lives in Izmir.", "first-line")


@pytest.mark.parametrize("text", [
    # a news item retelling a judgment: the Court does not sit in it
    "In the case of Yıldız and Others v. Turkey, the European Court of Human Rights held on 27 September 2029 that "
    "the applicants' detention had been too long. The judgment is final.",
    # a commentary quoting the opening line after its own words
    "Comment on a recent judgment. Our association welcomes the Court's reasoning, set out at length below and "
    "discussed by our members at the annual meeting held in the spring of this year in Ankara, and asks the "
    "Government to act on it without delay. In the case of Yıldız and Others v. Turkey (1), The European Court of "
    "Human Rights, sitting as a Chamber, found a violation.",
])
def test_a_text_retelling_an_old_judgment_is_no_judgment(text):
    assert read_case([text]) is None


def test_a_news_item_naming_a_case_in_its_headline_is_no_judgment():
    """A body's news of its intervention in a case names the case in its headline: read
    as no case, it was a `judgment` by the Court's usual kind."""
    text = ("Commissioner intervenes before the European Court of Human Rights in the case of Yıldız v. Turkey\n\n"
            "Today the Commissioner for Human Rights published her written observations submitted to the Court in "
            "connection with the case. It concerns the detention of a civil society activist.")
    r = enrich([text])
    assert r.case is None and r.doc_type is None


def test_a_heading_in_both_languages_names_the_case_in_the_texts():
    """The Reports' judgments of 1996-1998 print the case's name in French and English
    over the text in one of them: an English text was titled "AFFAIRE ... c. TURQUIE"."""
    heading = ("AFFAIRE YILDIZ c. TURQUIE\nCASE OF YILDIZ v. TURKEY\n(41/2028/612/698)\nARRÊT/JUDGMENT\nSTRASBOURG\n"
               "27 septembre/September 2029\n")
    english = heading + OLD_COURT_EN.split("\n", 2)[2].replace("Yıldız and Others", "Yıldız")
    french = heading + OLD_COURT_FR.replace("Yıldız et autres", "Yıldız")
    assert read_case([english]).title == "CASE OF YILDIZ v. TURKEY"
    assert read_case([french]).title == "AFFAIRE YILDIZ c. TURQUIE"


def test_the_application_of_a_french_judgment_from_its_origin_paragraph():
    """"À l'origine de l'affaire se trouve une requête (no ...)": the singular was never
    matched (the pattern asked for "se trouven(t)"), so a French judgment whose heading
    lost its number had no application."""
    text = ("TROISIÈME SECTION AFFAIRE KAYA c. TURQUIE ARRÊT STRASBOURG 3 mars 2030 En l'affaire Kaya c. Turquie, "
            "La Cour européenne des droits de l'homme (troisième section), siégeant en une chambre composée de : "
            "A. Exemple, président, Rend l'arrêt que voici, adopté à cette date : PROCÉDURE 1. À l'origine de "
            "l'affaire se trouve une requête (no 34567/28) dirigée contre la République de Turquie.")
    assert read_case([text]).applications == ["34567/28"]


@pytest.mark.parametrize("heading, title", [
    ("FIFTH SECTION CASE OF MARTIN ‑ DUPONT v. FRANCE (Application no. 12345/29) JUDGMENT STRASBOURG 3 May 2030 "
     "In the case of Martin ‑ Dupont v. France, The European Court of Human Rights (Fifth Section), sitting as a "
     "Chamber composed of:", "CASE OF MARTIN-DUPONT v. FRANCE"),
    ("FIRST SECTION DECISION Application no. 12345/29 Jean ‑ Pierre MARTIN ‑ DUPONT against France The European "
     "Court of Human Rights (First Section), sitting on 3 May 2030 as a Chamber composed of:", "MARTIN-DUPONT v. FRANCE"),
])
def test_a_non_breaking_hyphen_hudoc_spaces_is_a_hyphen(heading, title):
    """HUDOC's text spaces the non-breaking hyphens of the Court's documents ("non ‑
    governmental"): a double-barrelled name was titled "MARTIN ‑ DUPONT", or, in a
    decision, "MARTIN DUPONT"."""
    assert read_case([heading]).title == title


def test_a_commission_decision_against_the_federal_republic_of_germany():
    """The Commission's decisions name Germany by its name before 1990: the respondent was
    not known, and the decision read as no case."""
    case = read_case(["AS TO THE ADMISSIBILITY OF Application No. 12345/29 by Mehmet YILMAZ against the Federal "
                      "Republic of Germany The European Commission of Human Rights sitting in private on 3 March 2030, "
                      "the following members being present: Having deliberated; Decides as follows:"])
    assert (case.kind, case.title, case.respondents) == ("decision", "YILMAZ v. THE FEDERAL REPUBLIC OF GERMANY", ["DE"])


def test_a_names_capital_letter_set_apart_is_joined_to_it():
    """A copy of HUDOC's page may set a name's last capital with its accent apart from it
    ("PETROVİ Ć", the heading's letters in spans): the title was "CASE OF PETROVİ Ć v.
    TURKEY". An initial after a name ("KAYA Ş.") and French "À" stay apart."""
    text = ("SECOND SECTION\n\nCASE OF PETROVİ Ć v. TURKEY\n\n( Application no. 12345/06 )\n\nJUDGMENT\n\nSTRASBOURG\n\n"
            "5 June 2012\n\nIn the case of Petrovi ć v. Turkey ,\n\nThe European Court of Human Rights ( Second Section ), "
            "sitting as a Chamber composed of: ...\n\nPROCEDURE\n\n1. The case originated in an application (no. 12345/06) "
            "against the Republic of Turkey lodged with the Court.\n")
    case = read_case([text])
    assert (case.title, case.applications, case.date) == ("CASE OF PETROVİĆ v. TURKEY", ["12345/06"], dt.date(2012, 6, 5))
    initial = read_case([text.replace("PETROVİ Ć", "KAYA Ş.")])
    assert initial.title == "CASE OF KAYA Ş. v. TURKEY"
    # (a Cyrillic heading's one-letter word, "И", "and", is no letter of a name)
    assert flatten(["ДЕЛО «ПЕТРОВ И ДРУГИЕ ПРОТИВ РОССИИ»"]) == "ДЕЛО «ПЕТРОВ И ДРУГИЕ ПРОТИВ РОССИИ»"


def test_a_stray_full_stop_after_a_turkish_headings_last_name():
    """A law site's Turkish translation printed "ALİ ÖRNEK. - TÜRKİYE DAVASI": was "CASE OF ALİ
    ÖRNEK. v. TURKEY"; an initial keeps its full stop."""
    r = enrich(["AİHM\nALİ ÖRNEK. - TÜRKİYE DAVASI\n\nİçtihat Metni\n\nALİ ÖRNEK. - TÜRKİYE DAVASI\n\n2. DAİRE\n\n"
                "(Başvuru no: 12345/06 )\n\nKARARIN ÖZET ÇEVİRİSİ\n\nKARAR TARİHİ:10 Haziran 2008\n\nTürkiye Cumhuriyeti "
                "aleyhine açılan ve 12345/06 başvuru no'lu davanın nedeni bu ülke vatandaşı Ali Örnek'in (başvuran) "
                "Avrupa İnsan Hakları Mahkemesi'ne yapmış olduğu başvurudur.\n"])
    assert r.title.value == "CASE OF ALİ ÖRNEK v. TURKEY"
    r = enrich(["A.K. - TÜRKİYE DAVASI\n\n2. DAİRE\n\n(Başvuru no: 12345/06 )\n\nKARAR\n\nKARAR TARİHİ:10 Haziran 2008\n\n"
                "Türkiye Cumhuriyeti aleyhine açılan ve 12345/06 başvuru no'lu davanın nedeni bu ülke vatandaşı A.K.'nın "
                "(başvuran) Avrupa İnsan Hakları Mahkemesi'ne yapmış olduğu başvurudur.\n"])
    assert r.title.value == "CASE OF A.K. v. TURKEY"


def test_a_turkish_heading_read_though_its_text_names_the_section_below_it():
    """A law site's translation began on the heading itself, the section named only in the text
    under it ("... Mahkemesi (İkinci Bölüm), ..."): the heading was passed over, read after the
    section's word, and the case titled by its Turkish heading."""
    r = enrich(["ÖRNEK DERNEĞİ / TÜRKİYE DAVASI\n(Başvuru no. 4982/07)\nKARAR\nSTRAZBURG\n22 Kasım 2016\nİşbu karar Sözleşme'nin "
                "44 § 2 maddesinde belirtilen koşullar çerçevesinde kesinleşecektir.\nÖrnek Derneği / Türkiye davasında,\n"
                "Bölüm Yazı İşleri Müdürü'nün katılımıyla Daire olarak toplanan Avrupa İnsan Hakları Mahkemesi (İkinci "
                "Bölüm), 18 Ekim 2016 tarihinde gerçekleştirdiği müzakereler sonucunda aşağıdaki kararı vermiştir:\nUSUL\n"
                "- Türkiye Cumhuriyeti aleyhine açılan davanın temelinde bir derneğin yapmış olduğu başvuru bulunmaktadır.\n"])
    assert (r.title.value, r.title.rule) == ("CASE OF ÖRNEK DERNEĞİ v. TURKEY", "ecthr-heading")
