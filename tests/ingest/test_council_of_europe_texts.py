"""The Council of Europe's texts that name no body of ours, and the European commissions that are
not the EU's (texts written for these tests)."""
import datetime as dt

import pytest

from archive import taxonomy
from archive.identifiers import classify
from ingest.enrich import enrich


def fields(text: str) -> tuple:
    r = enrich([text])
    return (r.title.value if r.title else None, r.mechanism.value if r.mechanism else None,
            r.body.value if r.body else None, r.doc_type.value if r.doc_type else None)


@pytest.mark.parametrize("text, expected", [
    # the organisation's masthead over its Secretary General's statement: the CoE's, though no
    # body of ours (it was civil society's, for want of one)
    ("COUNCIL OF EUROPE\n\nStatement by the Secretary General on the outcome of the referendum in Exampleland\n\n"
     "Strasbourg, 3 March 2031\n\nThe voters have decided on the amendments.",
     ("Statement by the Secretary General on the outcome of the referendum in Exampleland", "CoE", None, "statement")),
    # two of its languages side by side; the office alone on its line is no title
    ("COUNCIL OF EUROPE / CONSEIL DE L'EUROPE\n\nSecretary General\n\nReport on the state of local democracy\n\n"
     "1. This report reviews the year.",
     ("Report on the state of local democracy", "CoE", None, "country-report")),
    # in French, a statement by its first word; in Turkish, by its title's last
    ("Conseil de l'Europe\n\nDéclaration du Secrétaire Général sur l'Examplelande\n\nStrasbourg, 3 mars 2031\n\n"
     "Les électeurs ont voté.",
     ("Déclaration du Secrétaire Général sur l'Examplelande", "CoE", None, "statement")),
    ("Avrupa Konseyi\n\nGenel Sekreter'in Örnekşehir seçimlerine ilişkin açıklaması\n\nStrazburg, 3 Mart 2031\n\n"
     "Seçmenler oy kullandı.",
     ("Genel Sekreter'in Örnekşehir seçimlerine ilişkin açıklaması", "CoE", None, "statement")),
    # its Secretary General named in the title, no masthead
    ("Message of the Secretary General of the Council of Europe on Human Rights Day\n\n10 December 2031\n\n"
     "Today we remember the Declaration.",
     ("Message of the Secretary General of the Council of Europe on Human Rights Day", "CoE", None, None)),
])
def test_the_council_of_europes_masthead_or_secretary_general_makes_a_text_its_own(text, expected):
    assert fields(text) == expected


def test_a_line_that_only_names_the_council_of_europe_in_a_sentence_makes_no_text_its_own():
    text = ("Exampleland Rights Watch\n\nA year of trials\n\nThe Council of Europe and the United Nations were "
            "told of every hearing, and the reports were sent to each of them.")
    assert fields(text)[1:3] == ("civil-society", None)


@pytest.mark.parametrize("text, expected", [
    # the Venice Commission's name written short of a word: its own short name in brackets says whose
    ("Strasbourg, 3 May 2031\nCDL-PL-PV(2031)002\n\nEUROPEAN COMMISSION FOR DEMOCRACY THROUGH (VENICE COMMISSION)\n\n"
     "DRAFT SESSION REPORT\n\nThe Commission met in Venice.", ("CoE", "Venice Commission")),
    # the CEPEJ (a body of the Council of Europe, now in the taxonomy), in English and French
    ("Strasbourg, 3 May 2031\n\nEUROPEAN COMMISSION FOR THE EFFICIENCY OF JUSTICE\n(CEPEJ)\n\n"
     "Evaluation of judicial systems: Exampleland\n\nThe courts were evaluated.", ("CoE", "CEPEJ")),
    ("Strasbourg, le 3 mai 2031\n\nCOMMISSION EUROPÉENNE POUR L'EFFICACITÉ DE LA JUSTICE\n\n"
     "Évaluation des systèmes judiciaires\n\nLes tribunaux ont été évalués.", ("CoE", "CEPEJ")),
    # a commission of that form we do not know is not the EU's for it
    ("EUROPEAN COMMISSION FOR EXAMPLE STUDIES\n\nAnnual review 2031\n\nThe members met twice.", ("civil-society", None)),
    # the EU's Commission as before
    ("EUROPEAN COMMISSION\n\nBrussels, 3.5.2031\nSWD(2031) 700 final\n\nCOMMISSION STAFF WORKING DOCUMENT\n\n"
     "Exampleland 2031 Report", ("EU", "European Commission")),
    ("Statement by the European Commission on the elections in Exampleland\n\nBrussels, 3 May 2031\n\n"
     "The European Commission for its part welcomes the vote.", ("EU", "European Commission")),
])
def test_a_european_commission_of_another_name_is_not_the_eus(text, expected):
    assert fields(text)[1:3] == expected


@pytest.mark.parametrize("masthead, short, body", [
    ("EUROPEAN COMMISSION AGAINST RACISM AND INTOLERANCE", "(ECRI)", "ECRI"),
    ("GROUP OF EXPERTS ON ACTION AGAINST VIOLENCE AGAINST WOMEN AND DOMESTIC VIOLENCE", "(GREVIO)", "GREVIO"),
    ("EUROPEAN COMMISSION FOR THE EFFICIENCY OF JUSTICE", "(CEPEJ)", "CEPEJ"),
])
def test_a_bodys_short_name_in_brackets_under_its_name_is_no_title(masthead, short, body):
    text = f"Strasbourg, 3 May 2031\n\n{masthead}\n{short}\n\nREPORT ON EXAMPLELAND\n\nAdopted on 3 May 2031"
    assert fields(text)[:3] == ("REPORT ON EXAMPLELAND", "CoE", body)
    # ... nor on the same line
    assert fields(text.replace(f"\n{short}", f" {short}"))[:3] == ("REPORT ON EXAMPLELAND", "CoE", body)


def test_the_cepej_is_a_council_of_europe_body_with_its_names():
    tax = taxonomy.load()
    assert tax.mechanism_of("CEPEJ") == "CoE"
    body = tax.bodies["CEPEJ"]
    assert (body.label_en, body.label_tr) == ("European Commission for the Efficiency of Justice",
                                              "Avrupa Adaletin Etkinliği Komisyonu")


@pytest.mark.parametrize("text, expected", [
    # a body's short name as a headline's subject, before the verb telling what it did: its news
    ("Back CPT publishes report on Exampleland\n\nThe Committee has published today the report on its visit "
     "to Exampleland.\n\n17/10/2031", ("CoE", "CPT")),
    ("GRETA publica su informe sobre Examplelandia\n\nEl grupo de expertos ha publicado hoy su informe.",
     ("CoE", "GRETA")),
    ("ECtHR opens hearing in Exampleland case\n\nThe Court held a hearing today.", ("CoE", "ECtHR")),
    # not a word of another name ("Commission"), nor a name that is not an abbreviation ("Greco")
    ("Commission publishes its annual review\n\nThe members of the Example Commission met.", ("civil-society", None)),
    ("Greco publishes a catalogue of paintings\n\nThe museum has published a catalogue.", ("civil-society", None)),
    # nor the short name before a noun
    ("CPT reports on Exampleland: what they say\n\nA blog post on the reports.", ("civil-society", None)),
])
def test_a_bodys_short_name_as_a_headlines_subject_makes_the_news_its_own(text, expected):
    assert fields(text)[1:3] == expected


_VISIT = ("A delegation of the Committee carried out a periodic visit to Exampleland from 11 to 25 January 2031. "
          "It examined the treatment of persons in police custody and presented its preliminary observations.")


@pytest.mark.parametrize("text, expected", [
    # a headline telling of a visit, by its verb: news (was the visit's report, by its text's
    # "periodic visit", or by the title's "visit to")
    (f"Council of Europe anti-torture Committee visits Exampleland\n\n{_VISIT}", "news"),
    (f"Anti-torture Committee carries out ad hoc visit to Exampleland\n\n{_VISIT}", "news"),
    (f"UN expert on torture concludes visit to Exampleland\n\n{_VISIT}", "news"),
    (f"UN Special Rapporteur on torture to visit Exampleland\n\n{_VISIT}", "news"),
    # the verb in the plural, and a mission for a visit (was the visit's report)
    (f"UN EXPERTS ON DETENTION CONCLUDE FACT FINDING MISSION TO EXAMPLELAND\n\n{_VISIT}", "news"),
    (f"UN experts begin official visit to Exampleland\n\n{_VISIT}", "news"),
    ("Le Comité anti-torture du Conseil de l'Europe se rend en Examplelande\n\nUne délégation du Comité a effectué "
     "une visite périodique du 11 au 25 janvier 2031.", "news"),
    ("Avrupa Konseyi İşkencenin Önlenmesi Komitesi Örnekistan'ı ziyaret etti\n\nKomite heyeti 11-25 Ocak 2031 "
     "tarihleri arasında periyodik bir ziyaret gerçekleştirdi.", "news"),
    # a visit postponed or cancelled (was untyped)
    ("Government Postpones Visit by UN Torture Rapporteur\n\nThe visit, which was scheduled to take place from 10 to "
     "14 October, has been postponed by the Government.\n", "news"),
    (f"Exampleland cancels planned visit of the Committee\n\n{_VISIT}", "news"),
    # the visit's report names the visit, no verb before it
    ("Report to the Government of Exampleland on the visit to Exampleland carried out by the European Committee for "
     f"the Prevention of Torture (CPT) from 11 to 25 January 2031\n\n{_VISIT}", "visit-report"),
    (f"Visits to Exampleland carried out by the Subcommittee on Prevention of Torture\n\n{_VISIT}", "visit-report"),
    (f"Follow-up visits undertaken by the Subcommittee on Prevention of Torture\n\n{_VISIT}", "visit-report"),
    # (nor is "the conduct of the visit" a verb)
    (f"Report on the conduct of the visit to Exampleland by the Subcommittee\n\n{_VISIT}", "visit-report"),
    # nor is a request or an invitation to visit news (was news by "to visit")
    ("Request to visit Exampleland\n\nThe Special Rapporteur asked the Government to agree dates for a visit.\n", None),
    ("Standing invitation to visit Exampleland\n\nThe Government extended an invitation to all special procedures.\n",
     None),
])
def test_a_headline_telling_of_a_visit_is_news(text, expected):
    assert fields(text)[3] == expected


@pytest.mark.parametrize("text", [
    "EU Commission publishes reports on the candidate countries\n\nBrussels, 17 April 2031\n\nThe reports were adopted.",
    "AB Komisyonu Örnekistan raporunu yayımladı\n\nBrüksel, 17 Nisan 2031\n\nRapor bugün kabul edildi.",
])
def test_the_eus_commission_by_its_everyday_name(text):
    """"EU Commission", "AB Komisyonu": the European Commission (was civil society's)."""
    assert fields(text)[1:3] == ("EU", "European Commission")


@pytest.mark.parametrize("text", [
    "1999e réunion, 6-8 mars 2031 (DH)\n\nH46-99 Exemple c. Turquie (requête n° 12345/29)\n\nSurveillance de l'exécution "
    "des arrêts de la Cour européenne\n\nDécisions\n\nLes Délégués\n\n1. rappellent l'arrêt de la Cour ;\n",
    "H46-99 Exemple c. Turquie (requête n° 12345/29)\n\nDécisions\n\nLes Délégués des Ministres\n\n1. rappellent l'arrêt ;\n",
])
def test_the_committee_of_ministers_decision_on_a_case_in_french(text):
    """Headed by the case and its application number, in French: the Committee of
    Ministers' (was the Court's, as the English was before its "Ministers' Deputies")."""
    assert fields(text)[1:3] == ("CoE", "Committee of Ministers")


@pytest.mark.parametrize("text", [
    "Kavala: Committee of Ministers refers case to the Court\n\nStrasbourg, 02.02.2031 – The Committee of Ministers "
    "today decided to refer to the Court the question whether the respondent State has failed to fulfil its "
    "obligation under Article 46 in the Example v. Türkiye case.\n",
    "Committee of Ministers adopts interim resolution in the Example case\n\nStrasbourg, 02.12.2030 – The Committee "
    "of Ministers today adopted an interim resolution in the Example v. Türkiye case.\n",
])
def test_the_committee_of_ministers_news_on_a_case_is_about_its_respondent(text):
    """The Committee of Ministers' news names the case it supervises "in the Example v.
    Türkiye case": about no State before (one mention); the case's respondent, as the Court's
    press release "in the case of ..." is about."""
    r = enrich([text])
    assert (r.body.value, [c.value for c in r.subject_countries]) == ("Committee of Ministers", ["TR"])


def test_a_venice_commission_opinion_in_turkish_translation():
    """A translation's cover: its dateline "Strazburg", the Commission's Turkish name and
    "Görüş No." were the title ("Strazburg, 13 Mart 2031", then the Commission's name), and
    the date of what the opinion is on, in its heading in capitals ("... KABUL EDİLEN VE 16
    NİSAN 2031 TARİHİNDE HALKOYUNA SUNULACAK OLAN"), was its adoption, not its own "...
    Toplantısında kabul edilmiştir (Venedik, 10-11 Mart 2031)"."""
    cover = ("Strazburg, 13 Mart 2031\n\nCDL-AD(2031)005\n\nGörüş No. 999/2031\n\nGayri resmi çeviri\n\nAVRUPA HUKUK YOLUYLA "
             "DEMOKRASİ KOMİSYONU\n(VENEDİK KOMİSYONU)\n\nTÜRKİYE\n\nANAYASA DEĞİŞİKLİKLERİ HAKKINDA GÖRÜŞ\n21 OCAK 2031 "
             "TARİHİNDE BÜYÜK MİLLET MECLİSİ TARAFINDAN KABUL EDİLEN VE\n16 NİSAN 2031 TARİHİNDE HALKOYUNA SUNULACAK OLAN\n\n"
             "Venedik Komisyonu tarafından\n110. Genel Kurul Toplantısında kabul edilmiştir\n(Venedik, 10-11 Mart 2031)\n\n"
             "I. Giriş\n\n1. İzleme Komitesi, 2 Aralık 2030 tarihli mektubuyla görüş istedi.\n")
    r = enrich([cover], None, ["tr"])
    assert r.title.value.startswith("TÜRKİYE: ANAYASA DEĞİŞİKLİKLERİ HAKKINDA GÖRÜŞ")
    assert (r.body.value, r.doc_type.value, [c.value for c in r.subject_countries]) == \
        ("Venice Commission", "opinion", ["TR"])
    assert (r.published.value, r.adopted.value) == ((dt.date(2031, 3, 13), "day"), (dt.date(2031, 3, 11), "day"))


@pytest.mark.parametrize("text, title, doc_type, number", [
    # the Parliamentary Assembly's adopted texts as its sites print them, in English and
    # French: the site's tools ("Print" / "Related documents", "Imprimer" / "Autres documents
    # liés") and the number's line with its version are no title (were the title), the
    # particulars listed under the title ("- Author(s):") end it (were part of it), the page's
    # "Text adopted by the Assembly" makes it a resolution (was a country report, by the
    # committee's report its origin cites), its French number is the text's
    ("Imprimer\nAutres documents liés\n\nRésolution 2999 (2030) Version finale\n\nDialogue postsuivi avec "
     "l'Examplelande\n\nAuteur(s) : Assemblée parlementaire\n\nOrigine - Discussion par l’Assemblée le 23 avril 2030 "
     "(12e séance) (voir Doc. 19999, rapport de la commission de suivi). Texte adopté par l’Assemblée le 23 avril 2030 "
     "(12e séance).\n\n1. En 2029, l’Assemblée parlementaire avait décidé de clore la procédure de suivi.\n",
     "Dialogue postsuivi avec l'Examplelande", "resolution", "Resolution 2999 (2030)"),
    ("Print\nRelated documents\n\nResolution 2999 (2030) Final version\n\nPost-monitoring dialogue with Exampleland\n\n"
     "Author(s): Parliamentary Assembly\n\nOrigin - Assembly debate on 23 April 2030 (12th Sitting) (see Doc. 19999, "
     "report of the Monitoring Committee). Text adopted by the Assembly on 23 April 2030 (12th Sitting).\n\n1. In 2029, "
     "the Parliamentary Assembly decided to close the monitoring procedure.\n",
     "Post-monitoring dialogue with Exampleland", "resolution", "Resolution 2999 (2030)"),
    ("The functioning of democratic institutions in Exampleland\n- Author(s):\n- Parliamentary Assembly\n- Origin\n"
     "- Assembly debate\non 22 April 2030 (14th sitting)\n(see Doc. 19998, report of the Committee on the Honouring of "
     "Obligations and Commitments by Member States of the Council of Europe (Monitoring Committee)). Text adopted by "
     "the Assembly on\n22 April 2030 (14th sitting).\n1. Since Exampleland was placed under the monitoring procedure, "
     "the Assembly has followed developments.\n",
     "The functioning of democratic institutions in Exampleland", "resolution", None),
])
def test_the_parliamentary_assemblys_adopted_texts_as_its_sites_print_them(text, title, doc_type, number):
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == (title, "PACE", doc_type)
    assert [t.value[1] for t in r.own_identifiers if t.value[0] == "pace"] == ([number] if number else [])


def test_the_parliamentary_assemblys_record_of_a_sitting_in_french():
    """Its French record was titled by the part-session's line ("SESSION ORDINAIRE DE 2030")."""
    text = ("FR30CR12\n\nAS (2030) CR 12\n\nSESSION ORDINAIRE DE 2030\n\n________________\n\n(Deuxième partie)\n\n"
            "COMPTE RENDU\n\nde la douzième séance\n\nMardi 23 avril 2030 à 10 heures\n\nDans ce compte rendu:\n\n"
            "1. Les discours prononcés en français sont reproduits in extenso.\n")
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == (
        "Compte rendu de la douzième séance, Mardi 23 avril 2030 à 10 heures", "PACE", "summary-record")


@pytest.mark.parametrize("text, title", [
    # a Parliament resolution's text opening on its full title, without masthead or short
    # title: the title ends at the preamble (was the preamble's lines too, in French), and the
    # Commission's report its preamble cites in brackets is not the text's number (the text
    # was the Commission's)
    ("Résolution du Parlement européen du 14 avril 2030 sur le rapport 2029 sur l'Examplelande (2030/2898(RSP))\n"
     "Le Parlement européen,\n– vu le rapport de la Commission de 2029 sur l'Examplelande (SWD(2029)0216),\n– vu les "
     "conclusions du Conseil du 15 décembre 2029 sur l'élargissement,\n",
     "Résolution du Parlement européen du 14 avril 2030 sur le rapport 2029 sur l'Examplelande (2030/2898(RSP))"),
    ("European Parliament resolution of 14 April 2030 on the 2029 report on Exampleland (2030/2898(RSP))\nThe European "
     "Parliament,\n– having regard to the Commission’s 2029 report on Exampleland (SWD(2029)0216),\n– having regard to "
     "the Council conclusions of 15 December 2029 on enlargement,\n",
     "European Parliament resolution of 14 April 2030 on the 2029 report on Exampleland (2030/2898(RSP))"),
])
def test_a_parliament_resolution_opening_on_its_full_title(text, title):
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value) == (title, "European Parliament", "resolution")
    assert [t.value for t in r.own_identifiers] == []


def test_a_committee_of_the_parties_recommendation_under_its_masthead():
    """The anti-trafficking convention's Committee of the Parties' recommendation to a State,
    its masthead and title each over lines with blank lines between them, as a cover's text is
    extracted: was titled by the masthead's first line ("Committee of the Parties"), with no
    number; now by the recommendation's number and what it is on, down to the State, with
    the number as its identifier."""
    text = ("Committee of the Parties\n\nto the Council of Europe Convention\n\non Action against Trafficking in Human "
            "Beings\n\nRecommendation CP/Rec(2031)7\n\non the implementation of the Council of Europe Convention\n\n"
            "on Action against Trafficking in Human Beings\n\nby Türkiye\n\nadopted at the 41st meeting of the Committee "
            "of the Parties\n\non 3 December 2031\n\nThe Committee of the Parties, acting under the terms of Article 38(7) "
            "of the Convention;\n\nHaving regard to the second round evaluation report adopted by GRETA;\n")
    r = enrich([text])
    assert (r.title.value, r.body.value, r.doc_type.value, [t.value for t in r.subject_countries]) == (
        "Recommendation CP/Rec(2031)7 on the implementation of the Council of Europe Convention on Action against "
        "Trafficking in Human Beings by Türkiye", "GRETA", "recommendation", ["TR"])
    assert [t.value for t in r.own_identifiers] == [("coe-greta", "CP/Rec(2031)7")]
    assert classify("CP/Rec(2031)7") == ("coe-greta", "CP/Rec(2031)7")
    # (a recommendation's number alone over its first paragraph begins no title)
    r = enrich(["Recommendation CM/Rec(2031)2\n\nThe Committee of Ministers, under the terms of Article 15.b of the "
                "Statute of the Council of Europe, considering that the aim of the Council is to achieve a greater "
                "unity between its members, recommends that governments of member States review their law.\n"])
    assert r.title is None or not r.title.value.startswith("Recommendation CM/Rec(2031)2 ")


@pytest.mark.parametrize("text, title", [
    # the masthead on one line, the letters of its short name spaced: no title
    ("G R E T A Group of Experts on Action against Trafficking in Human Beings\n\nGRETA(2031)4\n\nReport concerning "
     "the implementation of the Convention by Türkiye\n\nSecond evaluation round\n\nAdopted on 4 July 2031\n",
     "Report concerning the implementation of the Convention by Türkiye"),
    # the round alone over the title is no title (was the title), nor the rest of a title above
    # it across a blank line; right over the title, it begins it
    ("FOURTH EVALUATION ROUND\n\nCorruption prevention in respect of members of parliament, judges and prosecutors\n\n"
     "The evaluation was carried out in 2031 by a team of experts.\n",
     "Corruption prevention in respect of members of parliament, judges and prosecutors"),
    ("Cinquième cycle d'évaluation\n\nPrévention de la corruption au sein des gouvernements centraux\n\nL'évaluation "
     "a été conduite en 2031 par une équipe d'experts.\n",
     "Prévention de la corruption au sein des gouvernements centraux"),
    ("Cinquième cycle d'évaluation\nPrévention de la corruption au sein des gouvernements centraux\n\nL'évaluation "
     "a été conduite en 2031 par une équipe d'experts.\n",
     "Cinquième cycle d'évaluation: Prévention de la corruption au sein des gouvernements centraux"),
    ("Report concerning the implementation of the Convention by\n\nFirst evaluation round\n\nAdopted on 4 July 2031\n\n"
     "The report looks at the measures taken since the Convention entered into force.\n",
     "Report concerning the implementation of the Convention by"),
])
def test_a_monitoring_bodys_masthead_and_round(text, title):
    assert enrich([text]).title.value == title


def test_a_monitoring_bodys_news_of_its_visit_under_a_treatys_state():
    """A State's page on a monitoring body's site, the treaty's signature and ratification over
    the body's news of its visit: was titled "Signed: ... Ratified: ...", dated by the
    signature, and civil society's visit report; the headline's subject doing the visit
    ("GRETA carries out ...", as "CPT publishes ...") names the body."""
    text = ("Signed: 19 March 2029\nRatified: 2 May 2030\nEntry into Force: 1 September 2030\n\n1st evaluation round\n\n"
            "GRETA carries out first evaluation visit to Exampleland\n\nA delegation of the Group of Experts carried out "
            "an evaluation visit to Exampleland from 5 to 12 October 2031. The delegation met officials of several "
            "ministries, prosecutors and judges, and visited two shelters for victims.\n")
    r = enrich([text])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value, r.published) == (
        "GRETA carries out first evaluation visit to Exampleland", "CoE", "GRETA", "news", None)


def test_a_news_item_on_two_reports_a_body_published():
    """A news item telling that a body "has published two reports" on a State, its headline
    naming no report, was a country report; it is news of them."""
    r = enrich(["Anti-corruption group finds little progress in Exampleland\n\nThe Council of Europe's Group of States "
                "against Corruption (GRECO) has published two reports on Exampleland, finding that few of its "
                "recommendations were carried out. Today's report is the seventh assessment of the country's progress "
                "on the transparency of party funding.\n"])
    assert r.doc_type.value == "news"


def test_a_parliamentary_assembly_committees_synopsis():
    """A committee's synopsis of its meeting under its secretariat's masthead and its
    addressees: was titled "SECRETARIAT", civil society's, with no identifier; its committee
    document's symbol names the Assembly, and "Synopsis of the meeting" makes it a record."""
    text = ("SECRETARIAT\n\nAS/Mon (2031) CB 08 14 November 2031\n\nTo the members of the Committee on the Honouring of "
            "Obligations and Commitments by Member States of the Council of Europe (Monitoring Committee)\n\nSynopsis of "
            "the meeting held in Paris on 9 November 2031\n\nThe Committee, meeting in Paris on 9 November 2031, held "
            "an exchange of views on recent developments in Exampleland and adopted a statement.\n")
    r = enrich([text])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value) == (
        "Synopsis of the meeting held in Paris on 9 November 2031", "CoE", "PACE", "summary-record")
    assert [t.value for t in r.own_identifiers] == [("pace-doc", "AS/Mon (2031) CB 08")]
    assert classify("AS/Jur(2030)12") == ("pace-doc", "AS/Jur (2030) 12")


def test_the_committee_of_ministers_resolution_is_dated_by_its_adoption_not_the_judgment():
    """An interim resolution gives the judgment it executes with its dates in brackets
    under the case ("(judgment of 7 May 2029, final on 7 August 2029)"): was dated by the
    judgment; its own day is the day it was adopted."""
    r = enrich(["Interim Resolution CM/ResDH(2031)99\nExecution of the judgment of the European Court of Human "
                "Rights\nExample-Person against Türkiye\n\n(judgment of 7 May 2029, final on 7 August 2029)\n\n"
                "(Adopted by the Committee of Ministers\non 4 December 2031,\nat the 1543rd meeting of the "
                "Ministers' Deputies)\n\nThe Committee of Ministers, under the terms of Article 46, paragraph 2, of "
                "the Convention;\n\nRecalling the judgment of 7 May 2029;\n"])
    assert (r.body.value, r.doc_type.value) == ("Committee of Ministers", "interim-resolution")
    assert (r.published.value, r.adopted.value) == ((dt.date(2031, 12, 4), "day"), (dt.date(2031, 12, 4), "day"))


def test_a_resolution_as_hudoc_copies_it():
    """HUDOC's copy of a resolution on a group of cases, as a case-law site shows it: its name
    over the site's particulars ("Doc ref: ...", "Document date: ..."), which were joined into
    the title, and its number with spaces ("CM/ ResDH (2031)174"), which was not read: the
    resolution was the Court's judgment."""
    r = enrich(["CASE OF EXAMPLE AGAINST TÜRKIYE AND 9 OTHER CASES\nDoc ref: 12345/29;23456/28 • ECHR ID: 001-999999\n"
                "Document date: September 9, 2031\n- 7 Inbound citations:\nResolution CM/ ResDH (2031)174\nExecution "
                "of the judgments of the European Court of Human Rights\n10 cases against Türkiye\n(Adopted by the "
                "Committee of Ministers on 9 September 2031 at the 1581st meeting of the Ministers' Deputies)\n"
                "The Committee of Ministers, under the terms of Article 46, paragraph 2, of the Convention,\n"])
    assert r.title.value == "CASE OF EXAMPLE AGAINST TÜRKIYE AND 9 OTHER CASES"
    assert (r.body.value, r.doc_type.value) == ("Committee of Ministers", "resolution")
    assert [t.value for t in r.own_identifiers] == [("coe-cm", "CM/ResDH(2031)174")]
    assert classify("CM/ ResDH (2031)174") == ("coe-cm", "CM/ResDH(2031)174")


def test_the_deputies_decision_on_a_group_of_cases():
    """The Deputies' decision on cases a list of resolutions heads ("Interim Resolutions
    ResDH(2029)113; CM/ResDH(2030)26"): was a resolution numbered by the second of them;
    now the Committee's decision, by "The Deputies," opening its line, with no number of its
    own and its group as its title (without the list's dash)."""
    r = enrich(["CASE No. 4\n\n1608th meeting – 10 March 2031\n\n- 4 cases against Türkiye\n\n12345/28 EXAMPLE, judgment "
                "of 19/06/2029, final on 19/09/2029\n\nInterim Resolutions ResDH(2029)113; CM/ResDH(2030)26; "
                "CM/ResDH(2030)150\n\nThe Deputies,\n\n1. recalled that at its 1600th meeting the Committee took note "
                "of the willingness of the government to change the law;\n"])
    assert r.title.value == "4 cases against Türkiye"
    assert (r.body.value, r.doc_type.value) == ("Committee of Ministers", "decision")
    assert r.own_identifiers == []
    assert r.published.value == (dt.date(2031, 3, 10), "day")


def test_the_committee_of_ministers_reply_to_an_assembly_recommendation():
    """The Assembly's page of a reply, what it replies to above its number ("Honouring of
    obligations and commitments by Exampleland" / "Recommendation 1662 (2031)" / "Doc. 10274")
    and the reply's adoption line under it: was titled "Reply from the Committee of Ministers
    adopted at the 894th meeting ...", its own number the recommendation's; now the subject and
    the reply, its number its own."""
    r = enrich(["Honouring of obligations and commitments by Exampleland\nRecommendation 1662 (2031)\n\nDoc. 10274\n"
                "16 September 2031\n\nReply from the Committee of Ministers\nadopted at the 894th meeting of the "
                "Ministers’ Deputies (9 September 2031)\n\n1. The Committee of Ministers has brought Recommendation "
                "1662 (2031) of the Parliamentary Assembly to the attention of member governments.\n"])
    assert (r.title.value, r.body.value) == (
        "Honouring of obligations and commitments by Exampleland: Reply from the Committee of Ministers", "PACE")
    assert [t.value for t in r.own_identifiers] == [("pace-doc", "Doc. 10274")]
    assert ("pace", "Recommendation 1662 (2031)") in [t.value for t in r.cited_identifiers]


def test_a_venice_commission_working_document_by_its_symbol_and_heading():
    """A Venice Commission draft annual report, its symbol in the working documents' series
    ("CDL(2031)003*") and its bilingual language line ("Or. Engl./Fr."): was titled by that
    line, with no own identifier; its heading titles it, the symbol is its own (as a plenary's
    minutes' "CDL-PL-PV(2030)003" is theirs)."""
    r = enrich(["Strasbourg, 1 March / 1er mars 2031 CDL(2031)003*\n\nOr. Engl./Fr.\n\nEUROPEAN COMMISSION FOR DEMOCRACY "
                "THROUGH LAW (VENICE COMMISSION)\n\nCOMMISSION EUROPEENNE POUR LA DEMOCRATIE PAR LE DROIT (COMMISSION DE "
                "VENISE)\n\nDRAFT ANNUAL REPORT OF ACTIVITIES 2030\n\nPROJET DE RAPPORT ANNUEL D’ACTIVITES 2030\n\n"
                "TABLE OF CONTENTS / TABLE DES MATIERES\n"])
    assert (r.title.value, r.body.value) == ("DRAFT ANNUAL REPORT OF ACTIVITIES 2030", "Venice Commission")
    assert [t.value for t in r.own_identifiers] == [("venice", "CDL(2031)003")]
    assert classify("CDL-PL-PV(2030)003") == ("venice", "CDL-PL-PV(2030)003")
    assert classify("cdl-ad (2030) 37") == ("venice", "CDL-AD(2030)037")


def test_the_european_committee_of_social_rights_conclusions_on_a_state():
    """The European Committee of Social Rights' conclusions under the Charter's name ("European
    Social Charter" / "European Committee of Social Rights" / "Conclusions 2031" / "TÜRKİYE") were
    titled by the treaty's name and untyped; now by the cycle and the State, `conclusions`, the
    Committee's. The Governmental Committee's report on them is titled by its own line; the
    Council of the EU's conclusions stay a statement."""
    r = enrich(["European Social Charter\n\nEuropean Committee of Social Rights\n\nConclusions 2031\n\nTÜRKİYE\n\nThis text "
                "may be subject to editorial revision.\n\nThe following chapter concerns Türkiye, which ratified the "
                "Revised European Social Charter on 27 June 2007.\n"])
    assert (r.title.value, r.doc_type.value, r.mechanism.value, r.body.value) == (
        "Conclusions 2031: TÜRKİYE", "conclusions", "CoE", "ECSR")
    assert [c.value for c in r.subject_countries] == ["TR"]
    r = enrich(["Strasbourg, 24 February 2031 T-SG(2031)3\n\nEUROPEAN SOCIAL CHARTER\n\nGOVERNMENTAL COMMITTEE\n\n"
                "REPORT CONCERNING CONCLUSIONS XXII-2\n\nDetailed report of the Governmental Committee\n"])
    assert r.title.value == "REPORT CONCERNING CONCLUSIONS XXII-2" and r.doc_type.value != "conclusions"
    r = enrich(["Council conclusions on enlargement\n\nThe Council adopted the following conclusions.\n"])
    assert r.doc_type.value == "statement"


def test_an_assembly_committees_information_note_under_its_committees_full_name():
    """A Monitoring Committee's information note, the committee's full name with its short name
    in brackets over the note's subject, was titled by the committee's name; under its declassified
    paper's line ("DECLASSIFIED* AS/Mon(2031) 18 rev ...") by that line. The subject titles it."""
    text = ("{}\n\nCommittee on the Honouring of Obligations and Commitments by Member States of the Council of Europe "
            "(Monitoring Committee)\n\nPost-monitoring dialogue with Exampleland\n\nInformation note on the fact-finding "
            "visit to Exampleland by the Chair of the Committee\n\nI. Introduction\n\n1. In my capacity as Chair of "
            "the Monitoring Committee, I went to the capital from 24 to 26 November 2030.\n")
    for line in ("AS/Mon(2031)10 rev. 7 April 2031 amondoc10r_2031",
                 "DECLASSIFIED* AS/Mon(2031) 18 rev 26 June 2031 amondoc18rev_2031"):
        r = enrich([text.format(line)])
        assert (r.title.value, r.body.value) == ("Post-monitoring dialogue with Exampleland", "PACE"), line
    # (the rapporteur's field a reader ran into the subject's line is none of the title, nor
    # the rapporteur's country its subject)
    r = enrich([text.format("AS/Mon(2031)10 rev. 7 April 2031").replace(
        "with Exampleland\n", "with Exampleland Rapporteur: Ms Jane Example, France, Socialist Group\n")])
    assert (r.title.value, [c.value for c in r.subject_countries]) == ("Post-monitoring dialogue with Exampleland", [])


def test_the_commissioners_report_lines_for_its_addressees_and_original_language_are_no_title():
    """The Commissioner's older reports print the language of the original ("Original version in
    French") and their addressees ("for the attention of the Committee of Ministers and the
    Parliamentary Assembly") on lines of their own; each titled a report."""
    r = enrich(["Strasbourg, 12 December 2031\n\n\nOriginal version in French\n\n\n\n3-6 December 2031\n\nfor the "
                "Committee of Ministers and the Parliamentary Assembly\n\nReport on the visit to Exampleland\n\n1. Ladies "
                "and gentlemen, I am taking advantage of this opportunity to give you a brief account of my visit.\n"])
    assert r.title.value == "Report on the visit to Exampleland"


@pytest.mark.parametrize("text", [
    # an amendment's recital on a parliamentary tracker's page (was PACE's)
    "16 Amendments of Jane EXAMPLE related to 2030/1234(INI)\nAmendment 49 #\nMotion for a resolution\nRecital A a (new)\n"
    "Recital A a (new)\nAa. whereas the Parliamentary Assembly of the Council of Europe (PACE) and the Parliamentary Assembly of the OSCE "
    "were invited to observe the 14 May elections; whereas the European Parliament was not invited, based on "
    "allegations of unfair treatment;\n",
    # a citation opening its line (was the Commissioner's)
    "– having regard to the Commissioner for Human Rights of the Council of Europe report of 2030;\n"
    "– having regard to its previous resolutions on Exampleland;\n",
])
def test_a_body_a_recital_or_citation_names_is_cited_not_the_author(text):
    """"whereas the ..." and "having regard to the ..." opening a line name a body the text
    cites: no author of ours for want of another (civil society's, no body)."""
    assert fields(text)[1:3] == ("civil-society", None)
