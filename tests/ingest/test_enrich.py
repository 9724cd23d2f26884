"""Enrichers on strings (Turkish, English, French), including the tricky cases."""
import datetime as dt

import pytest

from archive.identifiers import classify, find_identifiers, split_own_and_cited
from archive import taxonomy
from ingest.enrich import RULES_VERSION, enrich
from ingest.enrich.countries import find_countries
from ingest.enrich.dates import find_dates
from ingest.enrich.topics import find_topics


def values(tags):
    return [t.value for t in tags]


def test_un_symbol_own_and_body():
    r = enrich(["CAT/C/TUR/CO/4\nCommittee against Torture\nConcluding observations on the fourth periodic "
                "report of Turkey\n1. The Committee considered the report."])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("UN", "CAT", "concluding-observations")
    assert values(r.own_identifiers) == [("un-symbol", "CAT/C/TUR/CO/4")]
    assert r.body.evidence[0].text == "CAT/C/TUR/CO/4" and r.body.evidence[0].page == 1


def test_symbol_split_across_lines():
    found = find_identifiers(["as the Committee said in CCPR/C/TUR/\nCO/1, paragraph 16, and CEDAW/C/TUR\n/CO/8."])
    assert [f.value for f in found] == ["CCPR/C/TUR/CO/1", "CEDAW/C/TUR/CO/8"]


def test_application_numbers_are_not_dates():
    text = ("On 12/05 the hearing was postponed; on 03/11/2016 it resumed. The applicant relied on "
            "Application no. 7469/06 and applications nos. 14305/17, 28749/18 and 16538/17. Score 1/2.")
    assert [f.value for f in find_identifiers([text]) if f.scheme == "ecthr-application"] == [
        "7469/06", "14305/17", "28749/18", "16538/17"]
    assert not any(f.scheme == "ecthr-application" for f in find_identifiers(["It happened on 12/05 and 3/11."]))


@pytest.mark.parametrize("text, numbers", [
    # a case cited as the Court cites one: the case's name, then its application numbers
    ("see Kavala v. Turkey, no. 28749/18, § 45, 10 December 2019", ["28749/18"]),
    ("Mamatkulov and Askarov v. Turkey [GC], nos. 46827/99 and 46951/99, ECHR 2005-I", ["46827/99", "46951/99"]),
    ("Öcalan v. Turkey (no. 2), nos. 24069/03, 197/04 and 6201/06", ["24069/03", "197/04", "6201/06"]),
    ("Demopoulos and Others v. Turkey (dec.) [GC], nos. 46113/99 and 3843/02", ["46113/99", "3843/02"]),
    ("Kaya c. Turquie, no 1234/05 ; Demir c. Turquie (déc.), n° 2345/06", ["1234/05", "2345/06"]),
    # as Turkish courts cite one ("B. No:", Başvuru No.); the Constitutional Court's own "2014/1234" is none
    ("Kavala/Türkiye, B. No: 28749/18, 10/12/2019, § 45; Ayşe Demir, B. No: 2014/1234", ["28749/18"]),
    # numbers after "no." that are no case's
    ("Law no. 5271/04 (see p. 5, no. 1234/05); Decree v. 2, no. 3456/07", []),
])
def test_application_numbers_of_cases_cited_as_the_court_cites_them(text, numbers):
    assert [f.value for f in find_identifiers([text]) if f.scheme == "ecthr-application"] == numbers


@pytest.mark.parametrize("text", [
    "Ricorso n. 31031/16", "Ricorsi nn. 31031/16 e 31032/16", "Demanda nº 31031/16", "Queixa n.º 31031/16",
    "Beschwerde Nr. 31031/16", "Cererea nr. 31031/16", "Skarga nr 31031/16", "Жалоба № 31031/16",
    "Заява № 31031/16", "Жалба № 31031/16", "Προσφυγή υπ’ αριθ. 31031/16", "Գանգատ թիվ 31031/16",
    "Ərizə № 31031/16", "განაცხადი № 31031/16", "Zahtjev br. 31031/16", "Predstavka br. 31031/16",
    "Kërkesa nr. 31031/16", "Stížnost č. 31031/16", "Sťažnosť č. 31031/16", "Pritožba št. 31031/16",
    "Verzoekschrift nr. 31031/16",
])
def test_application_numbers_in_the_languages_of_the_courts_translations(text):
    """HUDOC holds the Court's judgments translated into many languages: an application
    is named by that language's word ("Ricorso n.", "Жалоба №") and read so."""
    found = [f.value for f in find_identifiers([f"{text} contro l'Italia"]) if f.scheme == "ecthr-application"]
    assert found[0] == "31031/16"
    assert not any(f.scheme == "ecthr-application"
                   for f in find_identifiers(["la demanda presentada el 12/05 y la queja de 2016 (3/11)"]))


def test_turkish_heading_with_dotted_capitals():
    r = enrich(["İŞKENCEYE KARŞI KOMİTE\nTÜRKİYE HAKKINDA SONUÇ GÖZLEMLERİ\nKomite, Türkiye'nin raporunu inceledi."])
    assert (r.mechanism.value, r.body.value) == ("UN", "CAT")
    r = enrich(["AVRUPA İNSAN HAKLARI MAHKEMESİ\nİKİNCİ BÖLÜM\nKARAR\nBaşvurucu Diyarbakır'da gözaltına alındı."])
    assert (r.mechanism.value, r.body.value) == ("CoE", "ECtHR")
    assert r.countries[0].value == "TR"


def test_french_ecthr_judgment():
    page = ("COUR EUROPÉENNE DES DROITS DE L'HOMME\nDEUXIÈME SECTION\nAFFAIRE EXEMPLE c. TURQUIE\n"
            "(Requête no 12345/10)\nARRÊT\nSTRASBOURG\n9 mars 2010\nLa Cour conclut à la violation de "
            "l'article 3 : mauvais traitements en garde à vue.")
    r = enrich([page])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("CoE", "ECtHR", "judgment")
    assert ("ecthr-application", "12345/10") in values(r.own_identifiers)
    assert r.published.value == (dt.date(2010, 3, 9), "day")
    assert "torture" in values(r.topics) and "liberty" in values(r.topics)


def test_a_document_that_cites_cat_is_not_a_cat_document():
    pages = ["Bridge Legal Aid Association\nBriefing: police custody in Van\nThis briefing documents ten cases "
             "of ill-treatment in police custody collected by our lawyers in Van and Hakkari during 2021.",
             "In 2016 the UN Committee against Torture recommended legal safeguards (CAT/C/TUR/CO/4, para. 13); "
             "the CPT made similar findings in CPT/Inf (2020) 22."]
    r = enrich(pages, {"title": "Briefing: police custody in Van"})
    assert r.body is None or r.body.value != "CAT"
    assert r.doc_type.value == "briefing"
    assert values(r.own_identifiers) == []
    assert set(values(r.cited_identifiers)) == {("un-symbol", "CAT/C/TUR/CO/4"), ("cpt", "CPT/Inf(2020)22")}


def test_other_identifier_schemes_are_normalised():
    text = ("CPT/Inf (2020) 22; CDL-AD(2017)005; CommDH(2016)35; CM/ResDH(2022)21; DH-DD (2022) 45; cm/resdh(2021)432; "
            "CM(2031)168; "
            "CRI (2016) 37; GREVIO/Inf(2018)6; SWD(2023) 696; "
            "COM(2023) 690; P9_TA(2021)0243; Resolution 2156 (2017); ECLI:CE:ECHR:2010:0309JUD000746906; "
            "Law No. 6284; 7418 sayılı Kanun; 667 sayılı Kanun Hükmünde Kararname")
    assert [(f.scheme, f.value) for f in find_identifiers([text])] == [
        ("cpt", "CPT/Inf(2020)22"), ("venice", "CDL-AD(2017)005"), ("coe-commdh", "CommDH(2016)35"),
        ("coe-cm", "CM/ResDH(2022)21"), ("coe-cm", "DH-DD(2022)45"), ("coe-cm", "CM/ResDH(2021)432"),
        ("coe-cm", "CM(2031)168"),
        ("coe-ecri", "CRI(2016)37"), ("coe-grevio", "GREVIO/Inf(2018)6"),
        ("eu-swd", "SWD(2023)696"), ("eu-com", "COM(2023)690"),
        ("eu-ep", "P9_TA(2021)0243"), ("pace", "Resolution 2156 (2017)"),
        ("ecli", "ECLI:CE:ECHR:2010:0309JUD000746906"), ("tr-law", "Law 6284"), ("tr-law", "Law 7418"),
        ("tr-decree", "Decree-Law 667")]
    assert classify("CPT/Inf (2020) 22") == ("cpt", "CPT/Inf(2020)22")
    assert classify(" 7469/06 ") == ("ecthr-application", "7469/06")
    # the Parliament's tenth term (from 2024) numbers its texts with two digits (was no scheme)
    assert classify("P10_TA(2024)0012") == ("eu-ep", "P10_TA(2024)0012")
    assert classify("P10_TA-PROV(2025)0003") == ("eu-ep", "P10_TA(2025)0003")


def test_needles_never_hide_an_identifier():
    # One reference per page, in the spellings the patterns accept: the quick substring
    # test that skips a scheme's pattern must not skip any of them.
    pages = ["see A/HRC/44/14", "ecli:ce:echr:2010:0309jud000746906", "APPLICATION NO. 7469/06",
             "requêtes nos 7469/06 et 1234/07", "req. 7469/06", "BAŞVURU NO: 7469/06", "appl. 7469/06",
             "cpt/inf (2020) 22", "Cdl-Ad(2017)005", "COMMDH(2016)35", "cm/resdh(2022)21", "CRI (2016) 37",
             "grevio/INF(2018)6", "SWD(2023) 696",
             "COM (2023) 690", "P9_TA-PROV(2021)0243", "Recommendation 2156 (2017)", "LAW NO. 6284",
             "7418 SAYILI KANUN", "7418 SAYİLİ YASA", "667 sayili KHK", "KHK No. 670", "Decree-Law No. 667",
             "AL TUR 10/2020", "JUA  TUR 7/2016", "JOL TUR GRC 3 / 2021", "JUAL OTH 12/2020",
             "RICORSO N. 31031/16", "CELEX:52023SC0696", "GRETA(2019)11", "GrecoRC4(2019)10", "cm(2031)168", "uri=CELEX%3A52021DC0645", "Doc. 14282", "ЖАЛОБА № 12345/05", "ΠΡΟΣΦΥΓΗ υπ' αριθ. 12345/05", "INDIVIDUALBESCHWERDE Nr. 1234/05",
             "App No. 208/18", "Index: EUR 44/6589/2031", "(AI Index: EUR 44/86/94)"]
    for page in pages:
        found = find_identifiers([page])
        assert found, page
        assert found == find_identifiers([page], prefilter=False), page


def test_symbols_broken_at_a_line_end_are_joined():
    pages = ["as recommended in CAT/C/TUR/\nCO/4 and", "see CCPR/C/TUR/CO/1\n/Add.1", "see A/HRC/\n  44/14.",
             "in CAT/C/TUR/ \n CO/5 the Council", "no symbol at all\n/ here"]
    assert [f.value for f in find_identifiers(pages)] == ["CAT/C/TUR/CO/4", "CCPR/C/TUR/CO/1/Add.1", "A/HRC/44/14",
                                                          "CAT/C/TUR/CO/5"]


@pytest.mark.parametrize("text", [
    "no. 7469/06", "nos. 7469/06, 1234/07 and 99999/12", "1234567/89", "x.123/45", "x/123/45", "123/45/67",
    "123/456", "0123/45x", "12/34", "١٢٣٤/٠٦", "123/45", "7469/06.", "(nos. 123456/19)", "1234/5",
    "no. 25/02", "(Application no. 25/02)", "Requête no 7/08", "BAŞVURU NO:7/08", "on 12/05 and", "x.1/02",
])
def test_the_quick_scan_for_application_numbers_finds_what_the_pattern_finds(text):
    from archive.identifiers import _application_numbers_by_regex, application_number_spans

    for variant in (text, f"Application {text}", f"{text} end", f"a{text}"):
        assert application_number_spans(variant) == _application_numbers_by_regex(variant), variant
    found = find_identifiers([f"Application {text}"])
    assert found == find_identifiers([f"Application {text}"], prefilter=False)


@pytest.mark.parametrize("text, numbers", [
    # an application among the first hundred of its year: one or two digits, read right
    # after the word for it (a BAILII copy breaks the heading's line inside it)
    ("THIRD SECTION\nCASE OF EXAMPLE AND OTHERS v. TURKEY\n(Application no. 25/02)\nJUDGMENT", ["25/02"]),
    ("CASE OF EXAMPLE v. TURKEY\n(Application\nno. 7/30)\nJUDGMENT", ["7/30"]),
    ("AFFAIRE EXEMPLE c. TURQUIE\n(Requête no 9/31)\nARRÊT", ["9/31"]),
    # elsewhere such figures are dates, scores, ratios
    ("Hearing on 12/05 and 3/04, a vote of 16/17; no. 4 of 25/02", []),
])
def test_an_application_number_of_one_or_two_digits_after_the_word_for_it(text, numbers):
    assert [f.value for f in find_identifiers([text]) if f.scheme == "ecthr-application"] == numbers


def test_a_un_symbol_in_brackets_after_words_is_cited_not_the_documents_own():
    """A title naming the report it is about ("List of themes in relation to the ...
    periodic reports of Exampleland (CERD/C/EXL/4-6)") cites that symbol: a text without
    its own symbol was given the State report's; a Security Council resolution's copy the
    Secretary-General's report it welcomes."""
    found = find_identifiers(["Committee on the Elimination of Racial Discrimination\nEighty-eighth session\n"
                              "List of themes in relation to the combined fourth to sixth periodic reports of "
                              "Exampleland (CERD/C/EXL/4-6)\nNote by the Country Rapporteur\n"])
    own, cited = split_own_and_cited(found)
    assert own == [] and [f.value for f in cited] == ["CERD/C/EXL/4-6"]
    own, _ = split_own_and_cited(find_identifiers(["Welcoming the report of the Secretary-General on the United\n"
                                                   "Nations operation in Exampleland (S/2030/488 and Add.1),\n"]))
    assert own == []
    # ... or opening a line a paragraph's sentence wraps into
    own, cited = split_own_and_cited(find_identifiers(["Concluding observations on the initial report of Exampleland\n"
                                                       "1. The Human Rights Committee considered the initial periodic report "
                                                       "of Exampleland\n(CCPR/C/EXL/1) at its 2927th and 2928th meetings.\n"]))
    assert own == [] and [f.value for f in cited] == ["CCPR/C/EXL/1"]
    # its own symbol alone on its line, or after the organ's name, is still its own
    own, _ = split_own_and_cited(find_identifiers(["CERD/C/EXL/CO/4-6\nDistr.: General\n"]))
    assert [f.value for f in own] == ["CERD/C/EXL/CO/4-6"]
    own, _ = split_own_and_cited(find_identifiers(["United Nations CERD/C/EXL/CO/4-6\n"]))
    assert [f.value for f in own] == ["CERD/C/EXL/CO/4-6"]


@pytest.mark.parametrize("cover, symbol, day", [
    # a converter ran the cover's symbol into its date: which digits are the day is told
    # when only one reading leaves the symbol a number and gives a day
    ("UNITED NATIONS\n\nHRI\n\nDistr.GENERAL\n\nHRI/CORE/EXL/20298 July 2030\n\nOriginal: ENGLISH\n",
     "HRI/CORE/EXL/2029", 8),
    ("Distr. GENERALCCPR/C/EXL/CO/18 May 2030Original: ENGLISH\n", "CCPR/C/EXL/CO/1", 8),
    ("Distr.: General\nA/HRC/60/153 June 2030\nOriginal: English\n", "A/HRC/60/15", 3),
])
def test_a_un_symbol_run_into_the_covers_date(cover, symbol, day):
    r = enrich([cover + "\nReport of the Example Body\n\n1. The text.\n"])
    assert [t.value for t in r.own_identifiers] == [("un-symbol", symbol)]
    assert r.published.value[0].day == day


def test_a_symbol_and_a_month_in_a_list_of_references_are_left_alone():
    # no distribution line above: "A/HRC/60/14 June 2030" is a reference list's symbol and month
    r = enrich(["References\nA/HRC/60/14 June 2030\nA/HRC/61/2 September 2030\n"])
    assert {t.value for t in r.own_identifiers + r.cited_identifiers} == {("un-symbol", "A/HRC/60/14"),
                                                                          ("un-symbol", "A/HRC/61/2")}


def test_own_identifier_is_the_header_one():
    found = find_identifiers(["A/HRC/44/14\nReport of the Working Group on the Universal Periodic Review: Turkey\n"
                              + "x " * 300 + "as recommended in A/HRC/30/15 and CAT/C/TUR/CO/4"])
    own, cited = split_own_and_cited(found)
    assert [f.value for f in own] == ["A/HRC/44/14"]
    assert [f.value for f in cited] == ["A/HRC/30/15", "CAT/C/TUR/CO/4"]


@pytest.mark.parametrize("line", ["See CAT/C/TUR/CO/4", "(see also CAT/C/TUR/CO/4)", "cf. CAT/C/TUR/CO/4",
                                  "Voir CAT/C/TUR/CO/4", "Amendment No. 3 | Doc. 15001 | 21 April 2021"])
def test_an_identifier_in_the_header_after_see_is_cited_not_own(line):
    """("see", "cf." and "voir" were written with backspaces for word boundaries, and
    never matched: a header's "See CAT/C/TUR/CO/4" made it the document's own symbol.)"""
    own, cited = split_own_and_cited(find_identifiers([f"Follow-up note\n{line}\nThe State party replied."]))
    assert own == [] and len(cited) == 1
    own, _ = split_own_and_cited(find_identifiers(["Seen by the Committee\nCAT/C/TUR/CO/4\nText."]))
    assert [f.value for f in own] == ["CAT/C/TUR/CO/4"]


def test_upr_report_body_beats_the_human_rights_council():
    r = enrich(["A/HRC/12/9\nGeneral Assembly\nHUMAN RIGHTS COUNCIL\nTwelfth session\nUNIVERSAL PERIODIC REVIEW\n"
                "Report of the Working Group on the Universal Periodic Review*\nAfghanistan"])
    assert (r.mechanism.value, r.body.value, r.doc_type.value) == ("UN", "UPR", "upr-report")
    assert r.countries[0].value == "AF"


@pytest.mark.parametrize("head, body", [
    # the UN High Commissioner's words were the Council of Europe Commissioner's (their
    # names share "Commissioner for Human Rights")
    ("Statement by the United Nations High Commissioner for Human Rights\nGeneva, 3 May 2020", "OHCHR"),
    ("UN High Commissioner for Human Rights urges the authorities to release the journalists", "OHCHR"),
    ("Déclaration du Haut-Commissaire des Nations Unies aux droits de l'homme", "OHCHR"),
    ("BM İnsan Hakları Yüksek Komiseri açıklama yaptı", "OHCHR"),
    ("Report by the Commissioner for Human Rights of the Council of Europe\nStrasbourg, 3 May 2020", "Commissioner"),
    ("Mémorandum du Commissaire aux droits de l'homme du Conseil de l'Europe", "Commissioner"),
])
def test_the_un_high_commissioner_is_not_the_council_of_europe_commissioner(head, body):
    assert enrich([head]).body.value == body


@pytest.mark.parametrize("head, body", [
    # "UN experts" are the special procedures' mandate holders, as their press releases and the
    # news retelling them name them (were civil society's)
    ("UN Press Release\n\nUN experts urge release of rights defenders\n\nGENEVA (3 May 2031) - A group of "
     "United Nations experts has today called on the Government to release them.", "Special procedures"),
    ("Exampleland: United Nations experts seek release of detained lawyers\n\n3 May 2031\n\nThe experts said.",
     "Special procedures"),
    ("BM uzmanları Örnekistan'a çağrı yaptı\n\nCenevre, 3 Mayıs 2031\n\nUzmanlar açıklama yaptı.", "Special procedures"),
    # the Office by its everyday name
    ("UN Human Rights Office urges Exampleland to reverse its withdrawal\n\nGENEVA (3 May 2031)", "OHCHR"),
    ("BM İnsan Hakları Ofisi Örnekistan'a çağrı yaptı\n\nCenevre, 3 Mayıs 2031\n\nSözcü konuştu.", "OHCHR"),
])
def test_the_un_experts_and_the_un_human_rights_office_by_their_everyday_names(head, body):
    r = enrich([head])
    assert (r.mechanism.value, r.body.value) == ("UN", body)


def test_experts_named_in_running_text_make_no_text_the_special_procedures():
    r = enrich(["Exampleland Rights Agenda\n\nA year of hearings\n\nThe lawyers wrote to UN experts and to the "
                "Council of Europe about every hearing, and the replies are printed below."])
    assert (r.mechanism.value, r.body) == ("civil-society", None)


def test_eu_and_venice_and_cpt_bodies():
    assert enrich(["SWD(2023) 696 final\nCOMMISSION STAFF WORKING DOCUMENT\nTürkiye 2023 Report"]).body.value == "European Commission"
    assert enrich(["CDL-AD(2017)021\nOpinion on the emergency decree-laws"]).body.value == "Venice Commission"
    assert enrich(["CPT/Inf (2020) 22\nReport to the Turkish Government"]).body.value == "CPT"
    assert enrich(["Text adopted P9_TA(2021)0243 European Parliament resolution on Turkey"]).body.value == "European Parliament"


def test_countries_know_turkish_places_and_ignore_common_words():
    tags = find_countries(["Detainees in Diyarbakır, Şırnak and Hakkari were moved by van to Van. "
                           "Refugees from Syria and the Syrian Arab Republic crossed into Türkiye."])
    codes = values(tags)
    assert codes[0] == "TR" and "SY" in codes
    tr = tags[0]
    assert {e.text for e in tr.evidence} >= {"Diyarbakır"}
    assert values(find_countries(["He drove a van along the coast."])) == []


@pytest.mark.parametrize("language, text, beside_diyarbakir", [
    ("en", "See Van Kück v. Germany and Van Raalte v. the Netherlands; Van Kück, cited above.",  # names
     ["Van", "Van", "Van"]),  # (beside a sure name, these count)
    ("de", "Bundespräsident Alexander Van der Bellen besuchte die Festspiele. Van der Bellen sprach.",
     ["Diyarbakır"]),  # the word before a name's particle is not the place
    ("fr", "DÉCISION SUR LA RECEVABILITÉ. Sur la violation alléguée. Sur les griefs. Sur place, un médecin.",
     ["Sur", "Diyarbakır"]),  # in capitals or before an article, the word; "Sur place" is not told apart
])
def test_a_turkish_place_that_is_also_a_word_needs_a_sure_name_of_turkiye_beside_it(language, text, beside_diyarbakir):
    """"Van" and "Sur" are a province and a district, and a Dutch name's first word and the
    French for "on": on a page not in Turkish they count only beside a name that is surely
    Türkiye's; in capitals, as a heading prints them, or before an article or a name's
    particle, never."""
    assert "TR" not in values(find_countries([text], languages=[language]))
    beside = find_countries([text + " Diyarbakır."], languages=[language])
    assert beside[0].value == "TR" and [e.text for e in beside[0].evidence] == beside_diyarbakir
    detained = find_countries(["He was held in Van E-type prison in Turkey. The Van Assize Court convicted him."],
                              languages=["en"])
    assert [e.text for e in detained[0].evidence] == ["Van", "Turkey", "Van"]


def test_a_name_after_a_form_of_address_is_a_persons():
    text = "Mr I. V. Karaman and Ms K. Līce, Agents. Mr Aydın and Judge Aydın spoke. Mrs Jordan and Ms Jordan."
    assert values(find_countries([text], languages=["en"])) == []
    assert values(find_countries(["M. Aydın et M. Aydın, représentés par M. K. Karaman."], languages=["fr"])) == []
    # places, and a case named after a person
    text = "He lived in Aydın and Karaman. See Judge v. Canada and Ahani v. Canada; Jordan and Jordan."
    assert values(find_countries([text], languages=["en"])) == ["TR", "CA", "JO"]
    # after the given names too: the Court's "Ms Serena GANA" (Ghana in Spanish and
    # Turkish), "Mr Carlos Jordan", "Mr Le Van Minh" (Van, a province of Türkiye)
    text = ("The applicant, Ms Serena GANA, and Mr Carlos Jordan, her lawyer, met Mr Le Van Minh and Ms Serena "
            "Gana. The Government of Italy and Italy's courts contested it in Italy.")
    assert values(find_countries([text], languages=["en"])) == ["IT"]
    # not a delegate and the country after him
    text = "Delegations: Mr Ali Kaya, Turkey; Ms Ana Silva, Chile; Mr Ali Kaya, Turkey; Ms Ana Silva, Chile."
    assert values(find_countries([text], languages=["en"])) == ["TR", "CL"]


def test_a_currencys_code_beside_an_amount_is_no_country():
    text = "The fee was CAD 533; later CAD 1,200 and 90 CAD."
    assert values(find_countries([text], languages=["en"])) == []
    # the country, in Turkish capitals and where no amount stands beside it
    text = "ÇAD CUMHURİYETİ 2021 raporu: Çad ve Çad. CAD RAPORU"
    assert values(find_countries([text], languages=["tr"])) == ["TD"]


def test_a_streets_abbreviation_in_a_turkish_address_is_no_country():
    """"Ziyabey Cad. No:6" ("Caddesi", a street) made the Ombudsman's decision about Chad."""
    text = ("ŞİKAYET EDİLEN İDARE\n: Sosyal Güvenlik Kurumu Başkanlığı\nÖrnek Cad. No:6 Balgat/ANKARA\n"
            "Başvuru, Atatürk Cad. üzerindeki binaya ilişkindir. Türkiye'de ve Türkiye dışında.")
    assert values(find_countries([text], languages=["tr"])) == ["TR"]
    # (Chad in Turkish, with its cedilla, before a full stop still is)
    assert values(find_countries(["Heyet Çad. Heyet yine Çad."], languages=["tr"])) == ["TD"]


def test_a_country_name_that_is_a_turkish_word_is_the_word_in_turkish():
    """"Mali" is financial in Turkish ("Mali Şube", "Mali Suçları Araştırma Kurulu", "mali
    destek") and "sudan" from water ("Sudan sebeplerle"): Turkish texts mentioned Mali and
    Sudan."""
    text = ("Mali Suçları Araştırma Kurulu raporuna göre Mali Şube soruşturma başlattı. MALİ DESTEK PROGRAMI. Mali "
            "destek verildi. Sudan sebeplerle gözaltına alındılar. Sudan bahanelerle tutuklandılar.")
    assert values(find_countries([text], languages=["tr"])) == []
    # (the country, with its suffix after an apostrophe or ending a list's item or a sentence)
    text = "Mali'de ve Sudan'da çatışmalar sürüyor. Mali, Nijer ve Çad. Heyet Sudan. Heyet yine Mali."
    assert values(find_countries([text], languages=["tr"])) == ["ML", "SD"]
    # (and in English, the country whatever follows it)
    assert values(find_countries(["Mali Suçları and Mali Suçları"], languages=["en"])) == ["ML"]


def test_arabic_dates_in_both_names_of_a_month_and_in_arabic_digits():
    """Arabic texts write the Levantine names of months ("أيار") and the UN's both ("أيار/مايو"),
    in Arabic-Indic digits or not: only the Egyptian names were read ("11 مايو 2030")."""
    for text, day in (("صدر في 11 أيار/مايو 2030 عن اللجنة", dt.date(2030, 5, 11)),
                      ("صدر في 3 كانون الثاني 2030 عن اللجنة", dt.date(2030, 1, 3)),
                      ("صدر في ٢٥ تموز ٢٠٣٠ عن اللجنة", dt.date(2030, 7, 25)),
                      ("صدر في 11 مايو 2030 عن اللجنة", dt.date(2030, 5, 11)),
                      # (month first, as a news site's software prints it, its own short name
                      # of the month before the other's: was no date)
                      ("المحكمة تدين المثالية\n\nتشرين2/نوفمبر 10, 2030\n\nأدانت المحكمة", dt.date(2030, 11, 10)),
                      # (the Egyptian press's older spellings of June and July, and the Maghreb's
                      # names: were no date)
                      ("06:14 م السبت 15 يوليه 2030", dt.date(2030, 7, 15)),
                      ("صدر في 3 يونيه 2030 عن اللجنة", dt.date(2030, 6, 3)),
                      ("صدر في 15 جويلية 2030 عن اللجنة", dt.date(2030, 7, 15)),
                      ("صدر في 15 يوليوز 2030 عن اللجنة", dt.date(2030, 7, 15))):
        assert find_dates([text], "ar")[0].value == (day, "day"), text


def test_sorani_dates_on_kurdish_pages():
    """Kurdish in Arabic script (Sorani) writes the months CLDR gives it, the day's suffix
    joined with a tatweel and the month's izafe ("17ـی شوباتی 2030"): no date was read; the
    Kurmanji months of Latin-script pages are read as before."""
    for text, day in (("وەزیری ناوخۆ رۆژی سێشەممە، 17ـی شوباتی 2030 لە ئەنقەرە گوتارێکی پێشکێش کرد.", dt.date(2030, 2, 17)),
                      ("ئەنقەرە، 3ی تشرینی یەکەمی 2030", dt.date(2030, 10, 3)),
                      ("Amed, 2 Tîrmeh 2030 - Rojnamevan hatin girtin.", dt.date(2030, 7, 2))):
        assert find_dates([text], "ku")[0].value == (day, "day"), text


@pytest.mark.parametrize("text, language", [
    ("30 December, 2030\n\nAuthorities detain journalists\n\nThe authorities detained at least eight journalists this "
     "week.", "en"),
    ("30 Декември, 2030\n\nВластите задържаха журналисти\n\nВластите задържаха най-малко осем журналисти тази седмица.",
     "bg"),
    ("30 Aralık, 2030\n\nGazeteciler gözaltına alındı\n\nYetkililer bu hafta en az sekiz gazeteciyi gözaltına aldı.", "tr")])
def test_a_comma_after_the_month_before_the_year(text, language):
    """A news site's date with a comma after the month ("30 December, 2030"): no date was read."""
    assert find_dates([text], language)[0].value == (dt.date(2030, 12, 30), "day")


@pytest.mark.parametrize("clock", ["28 Eylül, 2031\nPazar 16:37", "28 Eylül 2031\nPazar 16:37", "28 Eylül 2031 Pazar 16:37"])
def test_a_sites_clock_is_no_date_of_its_text(clock):
    """A news site's clock, today's date over the weekday and the time, is not the date of
    the news under it (was, and with a comma after the month too once that was read)."""
    page = (f"• Hakkımızda\n• İletişim\n{clock}\n\nÖRNEK HABER AJANSI\n\nToplum11:14, 04 Ekim 2030\n\n"
            "Avrupa Konseyi raporunu yayınladı\n\nKonsey, Türkiye hakkındaki raporunu bugün yayınladı.\n")
    assert find_dates([page], "tr")[0].value == (dt.date(2030, 10, 4), "day")


def test_a_news_items_day_and_time_under_its_headline_dates_it():
    """A news item printing its day, weekday and time on the line under its headline
    ("Örnek Meclisi'nden Örnekistan Kararı" / "25 Nisan 2031 Salı 17:53") was left undated,
    read as a site's clock, which stands over the headline."""
    page = ("Örnek Meclisi'nden Örnekistan Kararı\n\n25 Nisan 2031 Salı  17:53\n\nÖrnek Meclisi, Örnekistan'ın denetim "
            "sürecine alınmasını kabul etti. Karar 45'e karşı 113 oyla alındı.\n")
    assert find_dates([page], "tr")[0].value == (dt.date(2031, 4, 25), "day")


@pytest.mark.parametrize("text, language", [
    ("BM KOMİTESİ DEĞERLENDİRMESİ SÜRÜYOR\n\nKomite, konu listesini hazırladı ve Devletin 15 Şubat 2031 tarihinden önce "
     "yazılı olarak bilgi sunmasını istedi.\n", "tr"),
    ("BM KOMİTESİ DEĞERLENDİRMESİ SÜRÜYOR\n\nKomite, Devletten 1 Mart 2031 tarihine kadar ve 3 Mart 2031’den sonra bilgi "
     "istedi.\n", "tr"),
    ("Review goes on\n\nThe Committee asked the State to submit information before 15 February 2031.\n", "en"),
    ("Group urges reforms\n\nThe authorities are required to report on progress by 30 November 2031.\n", "en"),
    ("Group urges reforms\n\nThe authorities are to report no later than 1 March 2032.\n", "en"),
    ("Review goes on\n\nThe Committee considered the report at meetings held on 26 and 27 April 2031.\n", "en"),
    ("Rapor çevrildi\n\nKomite raporu 17 ve 18 Ekim 2031 tarihlerinde yapılan toplantılarında değerlendirdi.\n", "tr"),
    # (in Arabic, "and" joined to the second day: "يومي 3 و4 كانون الأول/ديسمبر"; in Russian "3 и 4
    # декабря"; were the second day)
    ("الملاحظات الختامية\n\nنظرت اللجنة في التقرير في جلستيها المعقودتين يومي 3 و4 كانون الأول/ديسمبر 2031.\n", "ar"),
    ("Заключительные замечания\n\nКомитет рассмотрел доклад на своих заседаниях, состоявшихся 3 и 4 декабря 2031 "
     "года.\n", "ru")])
def test_a_deadline_is_no_date_of_the_text(text, language):
    """A deadline or a period's bound in running text ("15 Şubat 2031 tarihinden önce",
    "tarihine kadar", "’den sonra", "before 15 February 2031", "by 30 November 2031", "no
    later than 1 March 2032"), or the last of a meeting's two days ("held on 26 and 27 April
    2031", "17 ve 18 Ekim 2031 tarihlerinde"), dated a news item."""
    assert find_dates([text], language) == (None, None)


def test_an_accessibility_toolbars_reading_guide_makes_no_guide():
    """A ministry's news under its site's accessibility toolbar ("Ekran Okuyucu", "Okuma
    Kılavuzu", "Okuma Maskesi") was a `toolkit` by the toolbar's reading guide; a guide's own
    title still makes one."""
    toolbar = "Erişilebilirlik Menüsü\n\nEkran Okuyucu\n\nMetni Büyüt İkonu\n\nOkuma Kılavuzu\n\nOkuma Maskesi\n\n"
    r = enrich([f"{toolbar}BAKAN ÖRNEK: YENİ BİR EYLEM PLANI HAZIRLIYORUZ\n30.10.2030\n\nBakan, yeni bir eylem planı "
                "hazırladıklarını belirterek paydaşlarla birlikte çalıştıklarını söyledi.\n"])
    assert r.title.value == "BAKAN ÖRNEK: YENİ BİR EYLEM PLANI HAZIRLIYORUZ"
    assert r.doc_type is None or r.doc_type.value != "toolkit"
    r = enrich(["Ayrımcılık Yasağı Eğitim Rehberi\n\nBu rehber, ayrımcılık yasağı konusunda eğitim verenler için "
                "hazırlanmıştır.\n"])
    assert r.doc_type.value == "toolkit"


def test_a_european_parliament_resolution_in_turkish_translation():
    """The Parliament's resolution as Türkiye's EU ministry translates it: its title's line
    ending on "tarihli" ("dated") goes on, and "Avrupa Parlamentosu İlke Kararı" heading it
    makes a resolution (was a country report by the report its title names, the title cut
    at "tarihli"); a news item telling of one is none."""
    r = enrich(["2030 Yılı Türkiye Raporu hakkında 12 Mart 2031 tarihli\nAvrupa Parlamentosu İlke Kararı (2030/2945(RSP))"
                "\n\nAvrupa Parlamentosu,\n- “Türkiye 2030 Raporu” başlıklı Komisyon çalışma dokümanını göz önünde tutarak,\n"
                "- önceki ilke kararlarını göz önünde tutarak,\n"])
    assert (r.title.value, r.doc_type.value, r.body.value) == (
        "2030 Yılı Türkiye Raporu hakkında 12 Mart 2031 tarihli Avrupa Parlamentosu İlke Kararı (2030/2945(RSP))",
        "resolution", "European Parliament")
    # (its two words run together, as a document site's copy of the PDF gives them; was a country report)
    r = enrich(["2030 Yılı Türkiye Raporu hakkında 12 Mart 2031 tarihli\nAvrupa Parlamentosu İlkeKararı (2030/2945(RSP))"
                "\n\nAvrupa Parlamentosu,\n- “Türkiye 2030 Raporu” başlıklı Komisyon çalışma dokümanını göz önünde tutarak,\n"])
    assert (r.doc_type.value, r.body.value) == ("resolution", "European Parliament")
    r = enrich(["Milletvekilleri rapora tepki gösterdi\n\nMilletvekilleri, dün kabul edilen ve Türkiye'yi eleştiren "
                "Avrupa Parlamentosu ilke kararının yok hükmünde olduğunu söyledi ve kararı reddettiklerini açıkladı.\n"])
    assert r.doc_type is None or r.doc_type.value != "resolution"


def test_the_city_an_instrument_is_named_after_is_no_mention_of_turkiye():
    """The Istanbul Convention and the Istanbul Protocol, cited in any State's report, were
    mentions of Türkiye (a GREVIO report on another State was about Türkiye by its title)."""
    text = ("Istanbul Convention: the Istanbul Convention's articles. Convention d'Istanbul, İstanbul Sözleşmesi, "
            "İstanbul Sözleşmesi, the Istanbul Protocol, Protocolo de Estambul. Montenegro, Montenegro.")
    assert values(find_countries([text], languages=["en"])) == ["ME"]
    assert values(find_countries([], title="Evaluation Report (Istanbul Convention)")) == []
    # (the city itself is)
    assert values(find_countries(["The conference in Istanbul. Istanbul, Istanbul."], languages=["en"])) == ["TR"]


def test_an_abbreviation_is_a_country_only_in_capitals():
    """Turkish "ABD" (the United States) is an abbreviation: "Abd" in an Arabic name is
    not (UN delegation lists: "M. Mohamed Abd ENNABAOUI")."""
    text = "M. Mohamed Abd ENNABAOUI et Mr Abd al-Rahman, Abd Allah."
    assert values(find_countries([text], languages=["fr"])) == []
    assert values(find_countries(["ABD Dışişleri Bakanlığı raporu ve ABD."], languages=["tr"])) == ["US"]


def test_countries_by_their_formal_names_that_do_not_hold_the_short_one():
    text = ("The applications were lodged against the Hellenic Republic. The Hellenic Republic replied; "
            "la République française et la République française; the Swiss Confederation and the Swiss Confederation.")
    assert set(values(find_countries([text]))) == {"GR", "FR", "CH"}


@pytest.mark.parametrize("language, text", [
    ("el", "Η Επιτροπή εξέτασε την κατάσταση στην Τουρκία. Οι αρχές της Τουρκίας συνέλαβαν δημοσιογράφους. "
           "Η Τουρκία δεν απάντησε στις συστάσεις."),
    ("ru", "Комитет рассмотрел положение в Турции. Власти Турции задержали журналистов. Турция не ответила."),
    ("uk", "Комітет розглянув становище в Туреччині. Влада Туреччини затримала журналістів. Туреччина мовчить."),
    ("bg", "Комитетът разгледа положението в Турция. Турция не отговори. Властите в Турция арестуваха журналисти."),
    ("hy", "Կոմիտեն քննարկեց Թուրքիայի իրավիճակը։ Թուրքիան չի պատասխանել։ Թուրքիայում ձերբակալվել են լրագրողներ։"),
    ("ar", "ناقشت اللجنة الوضع في تركيا. وتركيا لم ترد على التوصيات. السلطات في تركيا اعتقلت صحفيين."),
    ("de", "Der Ausschuss prüfte die Lage in der Türkei. Die Türkei antwortete nicht. In der Türkei wurden Journalisten verhaftet."),
    ("ku", "Komîteyê rewşa li Tirkiyeyê nirxand. Tirkiye bersiv neda. Li Tirkiyê rojnamevan hatin girtin."),
    ("ku", "لیژنەکە دۆخی تورکیای هەڵسەنگاند. تورکیا وەڵامی نەدایەوە. لە تورکیا ڕۆژنامەنووسان دەستگیر کران."),  # Sorani
    ("it", "Il Comitato ha esaminato la situazione in Turchia. La Turchia non ha risposto. In Turchia sono stati arrestati giornalisti."),
])
def test_countries_named_in_the_language_of_the_page(language, text):
    """A page in a language the gazetteer (English, Turkish, French) does not know has
    its country names from CLDR, declined ("Турции", "Τουρκίας", "Թուրքիայում") or with
    a clitic ("وتركيا") where the language writes them so; texts written for the test."""
    assert values(find_countries([text], languages=[language])) == ["TR"]
    assert values(find_countries([text])) == []  # what the gazetteer alone finds
    assert values(enrich([text], page_languages=[language]).subject_countries) == ["TR"]  # by its mentions


@pytest.mark.parametrize("language, text, countries", [
    # an adjective is no declined name: "τουρκική" (Turkish) is not "Τουρκία" with an ending
    ("el", "Σχολιασμός απόφασης: Η Τουρκική Ένωση Παραδείγματος και λοιποί κατά Ελλάδος. Η τουρκική μειονότητα "
           "της περιοχής και η Ελλάδα.", ["GR"]),
    ("el", "Οι αρχές της Τουρκίας συνέλαβαν δημοσιογράφους στην Τουρκία.", ["TR"]),
    ("hu", "A bizottság vizsgálta a helyzetet Törökországban. Törökország nem válaszolt.", ["TR"]),
    # a short name with Kurdish's oblique ending added ("Îranê", "Iraqê"; was no country), not a
    # word that is a short name's stem and an ending ("malê", a house's, is not Mali)
    ("ku", "Rewşa mafên mirovan li Îranê xirab e. Rejîma Îranê rojnamevan girtin. Li Îranê îdam zêde bûn.", ["IR"]),
    ("ku", "Rojnamevan li malê hat girtin. Polîs çû malê û malê wî lê gerand.", []),
])
def test_a_declined_name_and_an_adjective_of_it(language, text, countries):
    """A declined name's ending begins with the letter its stem dropped or a vowel
    ("Τουρκίας", "Törökországban"); an adjective's suffix does not ("τουρκική")."""
    assert values(find_countries([text], languages=[language])) == countries


def test_a_page_whose_language_is_not_known_is_read_with_the_gazetteer_alone():
    text = "St. Lucia and St. Vincent & Grenadines; St. Lucia again, and Vatican City twice: Vatican City."
    assert find_countries([text], languages=["und"]) == find_countries([text])


def test_a_name_in_another_language_is_a_name_only_when_written_as_one():
    """Russian "того" (of that) is Togo's name in Russian, "турецкий" (Turkish) begins
    like Turkey's: written in small letters they are words, not countries."""
    text = "Кроме того, турецкий суд. Кроме того, турецкие власти. Кроме того, турецкая полиция."
    assert values(find_countries([text], languages=["ru"])) == []


@pytest.mark.parametrize("language, text, codes", [
    # words of the page that are a country's name in another language
    ("en", "A grenade hit the car; the chili was hot; the inde pendence of judges.", []),
    ("und", "Wa kuba na cin, gine malte.", []),
    # a name in small letters in the page's own language is still the country
    ("en", "Members of the Roma community living in northern cyprus and in cyprus.", ["CY"]),
    ("fr", "Le délégué suisse, la délégation suisse et le gouvernement suisse.", ["CH"]),
    # Turkish writes every name with a capital: in small letters, a word ("mısır", corn; "cin", a genie)
    ("tr", "Tarlada mısır ektiler, mısır hasadı; cin çarpmış, cin.", []),
    ("tr", "Heyet Mısır ve Mısır'ın tutumu hakkında konuştu.", ["EG"]),
])
def test_a_name_in_small_letters_is_a_name_only_in_the_pages_language(language, text, codes):
    assert values(find_countries([text], languages=[language])) == codes


def test_dates_with_precision_and_adoption():
    published, adopted = find_dates(["CAT/C/TUR/CO/4\nDistr.: General\n2 June 2016\nOriginal: English\n"
                                     "Adopted by the Committee at its 1463rd meeting, held on 12 May 2016."])
    assert published.value == (dt.date(2016, 6, 2), "day")
    assert adopted.value == (dt.date(2016, 5, 12), "day")
    published, _ = find_dates(["Rapor\n12 Mayıs 2021\nDiyarbakır"])
    assert published.value == (dt.date(2021, 5, 12), "day")
    published, _ = find_dates(["Briefing, March 2020"])
    assert published.value == (dt.date(2020, 3, 1), "month")
    assert find_dates(["no date here, only 31 February 2020"])[0] is None


def test_a_numeric_date_with_the_dot_that_ends_it():
    # Croatian, Serbian and Hungarian write a dot after the year ("26.03.2030."), a sentence
    # may end on the date: both are read (were not); a longer figure is no date
    published, _ = find_dates(["Peticija za slobodu medija u Örnekistanu\nNovinarske organizacije pokrenule su "
                               "kampanju.\n26.03.2030.\n"], "hr")
    assert published.value == (dt.date(2030, 3, 26), "day")
    published, _ = find_dates(["Statement\nThe statement was issued on 12.05.2030.\n"])
    assert published.value == (dt.date(2030, 5, 12), "day")
    assert find_dates(["Version notes\nRelease 1.3.2030.5 fixes the reader.\n"])[0] is None


@pytest.mark.parametrize("cover, adopted", [
    # the line that says when the text was adopted, not what the title says was adopted
    ("Strasbourg, 13 March 2017\nCDL-AD(2017)005\nTURKEY\nOPINION\nON THE AMENDMENTS TO THE CONSTITUTION\n"
     "ADOPTED BY THE GRAND NATIONAL ASSEMBLY ON 21 JANUARY 2017\nAdopted by the Venice Commission\nat its 110th "
     "Plenary Session (Venice, 10-11 March 2017)", dt.date(2017, 3, 11)),
    ("Opinion on the law adopted by Parliament on 3 May 2016\nAdopted by the Commission on 10 June 2016",
     dt.date(2016, 6, 10)),
    ("Views adopted by the Committee\nDate of adoption of Views: 20 March 2019\n* Adopted by the Committee at its "
     "125th session (4–29 March 2019).", dt.date(2019, 3, 20)),
    ("The report was adopted on 5 April 2020.", dt.date(2020, 4, 5)),  # in a sentence when nothing else says it
    # a decision's or views' particulars in Spanish and French (were not read)
    ("Estado parte: Suecia\nFecha de la queja: 27 de enero de 2029\nFecha de la presente decisión: 19 de noviembre de "
     "2030\nAsunto: Deportación", dt.date(2030, 11, 19)),
    ("Estado parte: España\nFecha de la comunicación: 2 de mayo de 2028\nFecha de aprobación del dictamen: 26 de marzo de "
     "2030", dt.date(2030, 3, 26)),
    ("État partie : France\nDate de la communication : 2 mai 2028\nDate de l’adoption des constatations : 26 mars 2030",
     dt.date(2030, 3, 26)),
    # (the later covers' "Date des constatations :", spaced by a converter "Date de s constatations")
    ("État partie :\n\nFrance\n\nDate de la communication :\n\n18 mars 2028 (lettre initiale)\n\nDate des constatations :\n\n"
     "18 octobre 2030\n\nObjet :", dt.date(2030, 10, 18)),
    ("État partie :\nFrance\nDate de s constatations :\n26 mars 2030\nObjet :", dt.date(2030, 3, 26)),
])
def test_the_date_of_adoption_from_the_line_that_states_it(cover, adopted):
    assert find_dates([cover])[1].value == (adopted, "day")


def test_a_date_under_a_list_heading_is_no_adoption():
    """A profile's list heading ending on "delivered", the cases under it each with its date
    ("Noteworthy cases, judgments delivered" / "Grand Chamber" / "Example v. Exampleland" /
    "11 July 2030"): the first case's date was the profile's adoption."""
    profile = ("Press country profile\n\nExampleland\n\nLast updated: January 2031\n\nNoteworthy cases, judgments "
               "delivered\nGrand Chamber\nExample v. Exampleland\n11 July 2030\n")
    assert find_dates([profile])[1] is None
    # a label's value a blank line and a site's line below it still dates the text
    assert find_dates(["Texts adopted\nPDF 217kWORD 109k\nWednesday, 10 June 2030 - Strasbourg\n"])[1].value == (
        dt.date(2030, 6, 10), "day")


@pytest.mark.parametrize("text, adopted", [
    # a UPR report's first paragraph: the meeting named before "adopted", not the next
    # paragraph's date (the troika's selection, which 251 of the 254 real reports were
    # dated by), and a date wrapped over two lines, an ordinal day, a word a converter split
    ("1. The Working Group on the Universal Periodic Review held its fortieth session from 4 to 15 May 2030. At "
     "its 16th meeting, held on 12 May 2030, the Working Group adopted the report on Exampleland.\n2. On 7 "
     "September 2029, the Human Rights Council selected the following group of rapporteurs", dt.date(2030, 5, 12)),
    ("Minister of Justice. At its 10th meeting, held on 31\nJanuary 2030, the Working Group adopted the report on "
     "Exampleland.\n2. On 15 January 2030, the Human Rights Council selected", dt.date(2030, 1, 31)),
    ("Minister of Justice. At its 18th m eeting held, on 14th October 2030, the working group\nadopted the present "
     "report on Exampleland.\n2. On 20 June 2030, the Council selected", dt.date(2030, 10, 14)),
    # a treaty body's: the meeting named further on in the sentence, the last of two days
    ("1. The Committee considered the fourth periodic report of Exampleland (CAT/C/EXL/4) at its 1406th and "
     "1409th meetings (see CAT/C/SR.1406 and 1409), held on 26 and 27 April 2030, and adopted the following "
     "concluding observations at its 1424th and 1426th meetings, held on 10 and 11 May 2030.", dt.date(2030, 5, 11)),
    ("1. The Committee considered the initial report of Exampleland at its 2906th and 2907th meetings, held on 15 "
     "and 16 October 2030. At its 2929th meeting, held on 30 October 2030, it adopted the following concluding "
     "observations.", dt.date(2030, 10, 30)),
    ("Adopted by the Security Council at its 9999th meeting, on 23\nJune 2030", dt.date(2030, 6, 23)),
    # the meeting's record's symbol between the meeting and its date
    ("1. The Committee considered the initial report at its 2927th and 2928th meetings, held on 17 and 18 October "
     "2030. The\nCommittee adopted the following concluding observations at its 2944th meeting\n(CCPR/C/SR/2944), "
     "held on 30 October 2030.", dt.date(2030, 10, 30)),
    # a decision on a complaint states its own date among its particulars
    ("State party:Exampleland\nDate of complaint:7 December 2029 (initial submission)\nDate of present decision:2 "
     "August 2031\nSubject matter:Risk of torture", dt.date(2031, 8, 2)),
    # (and "Date of decision", a space before its colon; was no date of adoption)
    ("State party:Exampleland\nDate of complaint :17 October 2029\nDate of decision :10 May 2031\nSubject "
     "matter:Extradition", dt.date(2031, 5, 10)),
    # a line a sentence wraps into is no line that opens with "adopted" (a report read as one
    # page: the whole text, not its first three pages)
    ("At its 5th meeting, on 6 May 2030, the Working Group adopted the present report on Exampleland.\n2. On 8 "
     "September 2029, the Council selected the rapporteurs.\n11. The delegation stated that a new constitution had "
     "been\nadopted on 27 December 2024, strengthening democracy.", dt.date(2030, 5, 6)),
    # what another sentence dates was not adopted then
    ("The amendments were adopted. On 1 July 2030, Exampleland ratified the Convention.", None),
    # nor is what a meeting adopted besides the text ("a draft resolution", after another clause)
    ("1. At its meeting on 23 May 2030, the Monitoring Committee approved a draft report and adopted a draft "
     "resolution on the functioning of democratic institutions in Exampleland, with a view to its presentation.", None),
    ("İddianame mart ayında kabul edildi. Gazeteciler haziran 2030'dan bu yana tutuklu.", None),
    # in Spanish, the meeting "celebrada el" before the verb that names no one, or after it
    # (was no date of adoption)
    ("1. El Comité examinó el informe inicial de Exampleland en sus sesiones 601ª y 602ª, celebradas los días 3 y 4 "
     "de marzo de 2030. En su 620ª sesión, celebrada el 17 de marzo de 2030, aprobó las presentes observaciones "
     "finales.", dt.date(2030, 3, 17)),
    ("1. El Comité examinó el informe inicial de Exampleland en sus sesiones 401ª y 402ª, celebradas los días 5 y 6 "
     "de abril de 2030. Aprobó las observaciones finales que figuran a continuación en su 411ª sesión, celebrada el "
     "13 de abril de 2030.", dt.date(2030, 4, 13)),
    # in French, "séance, tenue le" before the Working Group "a adopté" (was no date of adoption)
    ("Le Groupe de travail a tenu sa quarantième session du 4 au 15 mai 2030. L’Examen concernant l’Exampleland a eu "
     "lieu à la 13e séance, le 8 mai 2030. À sa 17e séance, tenue le 12 mai 2030, le Groupe de travail a adopté le "
     "présent rapport concernant l’Exampleland.", dt.date(2030, 5, 12)),
    ("À sa 17eséance, tenue le 12 mai 2030, le Groupe de travail a adopté le présent rapport.", dt.date(2030, 5, 12)),
    # (the meeting without "tenue": "À sa 4179e séance, le 5 novembre 2030, il a adopté ...")
    ("1.Le Comité a examiné le deuxième rapport périodique de l’Exampleland à ses 4162e et 4163e séances, les 23 et 24 "
     "octobre 2030. À sa 4179e séance, le 5 novembre 2030, il a adopté les observations finales ci-après.",
     dt.date(2030, 11, 5)),
    # in Turkish, the date, the meeting and the text before the verb, the last of two days
    # (was no date of adoption), not another text ("bir karar"), nor a date not a meeting's
    ("1. İşkenceye Karşı Komite, 2 ve 3 Nisan 2030 tarihlerinde yapılan 1406. ve 1409. toplantılarında "
     "Exampleland'in dördüncü periyodik raporunu (CAT/C/EXL/4) değerlendirmiş ve 16 ve 17 Nisan 2030 tarihlerinde "
     "yapılan 1424. ve 1426. toplantılarında aşağıdaki sonuç gözlemlerini kabul etmiştir.", dt.date(2030, 4, 17)),
    ("Çalışma Grubu, 31 Ocak 2030 tarihinde yapılan 17. toplantısında Exampleland'e ilişkin raporu kabul "
     "etmiştir.", dt.date(2030, 1, 31)),
    ("Çalışma Grubu, 31 Ocak 2030 tarihli 17. toplantısında Exampleland'e ilişkin raporu kabul etti.", dt.date(2030, 1, 31)),
    ("Komite, 5 Mart 2030 tarihinde yapılan 12. toplantısında bir karar kabul etmiştir.", None),
    ("Meclis, 31 Ocak 2030 tarihli kanunu kabul etti.", None),
    ("Meclis, 5 Mart 2030 tarihinde yasayı görüştü ve teklifi kabul etti.", None),
    # in Russian, the meeting "состоявшихся" before who adopted, a date with its "года" (was no
    # date of adoption), and in French over two days, "les 24 et 25 juillet"
    ("1. Комитет рассмотрел первоначальный доклад Экзампленда на своих 2906-м и 2907-м заседаниях, состоявшихся 15 "
     "и 16 октября 2030 года. На своих 2928-м и 2929-м заседаниях, состоявшихся 29 и 30 октября 2030 года, Комитет "
     "принял настоящие заключительные замечания.", dt.date(2030, 10, 30)),
    ("Le Comité a examiné le rapport à ses 2123e et 2125e séances, les 17 et 18 juillet 2030. À ses 2133e et 2134e "
     "séances, les 24 et 25 juillet 2030, il a adopté les présentes observations finales.", dt.date(2030, 7, 25)),
    ("Правительство приняло закон 5 мая 2030 года. Комитет принял к сведению этот закон.", None),
    # the days that considered the report, then "et a adopté" / "y aprobó" ... at a later
    # meeting, in one sentence: the later meeting's (was the consideration's last day)
    ("1.Le Comité a examiné le cinquième rapport périodique de l’Exampleland à ses 2123e et 2125e séances, les 17 et "
     "18 juillet 2030, et a adopté les présentes observations finales à sa 2134e séance, le 25 juillet 2030.",
     dt.date(2030, 7, 25)),
    ("1. El Comité examinó el informe de Exampleland en sus sesiones 601ª y 602ª, celebradas los días 3 y 4 de marzo "
     "de 2030, y aprobó las presentes observaciones finales en su 620ª sesión, celebrada el 17 de marzo de 2030.",
     dt.date(2030, 3, 17)),
    # in Arabic, the UN's months by both their names ("أيار/مايو"), the verb before the
    # meeting (were no date at all: the line's cited symbols in capitals made it a heading)
    ("١- نظرت اللجنة، في جلستيها 1406 و1409 المعقودتين يومي 2 و3 نيسان/أبريل 2030 (CAT/C/SR.1406 وCAT/C/SR.1409)، في "
     "التقرير الدوري الرابع (CAT/C/EXL/4)، واعتمدت في جلستيها 1424 و1426 المعقودتين يومي 16 و17 أيار/مايو 2030 الملاحظات "
     "الختامية التالية.", dt.date(2030, 5, 17)),
    # (and not what the meetings that considered the report held, nor another text adopted)
    ("1. El Comité examinó el informe de Exampleland en sus sesiones 501ª y 502ª, celebradas los días 8 y 9 de mayo "
     "de 2030. El Estado parte aprobó una nueva ley de asilo que entró en vigor durante el diálogo constructivo con "
     "el Comité sobre sus compromisos.", None),
])
def test_the_date_of_adoption_is_the_one_its_sentence_tells(text, adopted):
    found = find_dates([text], "ar" if "اللجنة" in text else "ru" if "Комитет" in text else None)[1]
    assert (found.value if found else None) == ((adopted, "day") if adopted else None)


@pytest.mark.parametrize("text, published", [
    # a report without its cover: the date of the resolution its first sentence cites is not
    # its own (was 18 June 2007 on a UPR report of 2030), in English and French
    ("Report of the Working Group on the Universal Periodic Review\nExampleland\nThe Working Group on the Universal "
     "Periodic Review, established in accordance with Human Rights Council resolution 5/1 of 18 June 2007, held its "
     "fortieth session from 4 to 15 May 2030. The review of Exampleland was held at the 6th meeting on 8 May 2030.",
     dt.date(2030, 5, 8)),
    ("Rapport du Groupe de travail sur l’Examen périodique universel\nExampleland\nLe Groupe de travail, créé "
     "conformément à la résolution 5/1 du Conseil des droits de l’homme en date du 18 juin 2007, a tenu sa "
     "quarantième session du 4 au 15 mai 2030. L’Examen a eu lieu à la 6e séance, le 8 mai 2030.", dt.date(2030, 5, 8)),
    ("The police acted under Law No. 2911 of 6 October 1983 on meetings. The march took place on 1 May 2030 in "
     "the city.", None),  # (nor is the day the march took place on: an event's, .333)
    ("The police acted under Law No. 2911 of 6 October 1983 on meetings. On 1 May 2030 the march took place in "
     "the city.", dt.date(2030, 5, 1)),
    ("Tutuklama 13.12.2004 tarihli ve 5275 sayılı Kanun uyarınca 3 Mart 2030 günü yapıldı.", dt.date(2030, 3, 3)),
    # a Court of Cassation's decision cites the prosecutor's letter and the judgment under appeal
    # by "tarih" and their numbers (was dated by the letter's day)
    ("T.C.\nYargıtay\n3. Ceza Dairesi\n2031/17048 E., 2031/8966 K.\nİTİRAZIN KONU VE KAPSAMI:\nYargıtay Cumhuriyet "
     "Başsavcılığının 04.10.2031 tarih, 2031/86804 sayılı yazısında ve Ağır Ceza Mahkemesinin 28.03.2030 tarih ve "
     "2029/393 sayılı kararında ...", None),
    # a cited text's date alone is no date of the document
    ("The Committee recalls General Assembly resolution 60/251 of 15 March 2006 and its mandate.", None),
    # a heading's own number and date, at its line's head, is the document's
    ("Resolution 1/2030 of 10 April 2030\nThe Commission, recalling its mandate, resolves as follows.",
     dt.date(2030, 4, 10)),
])
def test_a_cited_texts_date_in_running_text_is_not_the_documents(text, published):
    found = find_dates([text])[0]
    assert (found.value if found else None) == ((published, "day") if published else None)


@pytest.mark.parametrize("text, published", [
    # a month inside a sentence is when something happened, not the text's date (was the
    # news item's date, "in October 2030"; a Turkish news item's "Aralık 2030'a kadar")
    ("Commissioner intervenes before the Court in the case of Example v. Exampleland\n\nToday the Commissioner "
     "published her written observations to the Court. Based on her contact mission to Exampleland in October 2030, "
     "her continuous monitoring of the country and the work of her predecessors, the Commissioner highlights a "
     "situation of increasing pressure on civil society.", None),
    ("CPT raporu yayımlandı\n\nRapora göre Komite'nin kurulduğu 1989 yılından Aralık 2030'a kadar en çok ziyaret "
     "ettiği Avrupa Konseyi ülkesi Örnekistan oldu ve bu durum raporda ayrıntılı biçimde anlatıldı.", None),
    # a month on a short line of its own is the text's
    ("Annual activity report\n\nAnkara, October 2030\n\nThe Association documented 1,200 cases of ill-treatment in "
     "custody and 300 in prisons during the year.", (dt.date(2030, 10, 1), "month")),
])
def test_a_month_inside_a_sentence_is_not_the_texts_date(text, published):
    found = find_dates([text], "tr" if "Komite" in text else "en")[0]
    assert (found.value if found else None) == published


@pytest.mark.parametrize("cover", [
    "ECRI CONCLUSIONS ON THE IMPLEMENTATION OF THE RECOMMENDATIONS IN RESPECT OF TURKEY\nAdopted on 17 March 2020\n"
    "Published on 12 May 2020\nECRI Secretariat",
    "Rapor\nKabul tarihi: 17 Mart 2020\nYayın tarihi: 12 Mayıs 2020",
])
def test_the_date_the_header_says_is_the_publications(cover):
    published, adopted = find_dates([cover])
    assert published.value == (dt.date(2020, 5, 12), "day")


@pytest.mark.parametrize("cover, published", [
    # the page's number under the date ("- 2 -", "- 1 -") does not make the date a period
    ("CPT/Inf (2020) 22\nReport to the Government\non the visit\nfrom 10 to 23 May 2017\n"
     "Strasbourg, 5 August 2020\n- 2 -\nCONTENTS", dt.date(2020, 8, 5)),
    ("Report\n5 August 2020\n- 1 -", dt.date(2020, 8, 5)),
    # ... or beside it, a copy joining the cover's foot with the next page's head (was no date)
    ("CPT/Inf (2031) 13\nReport to the Government on the visit\nStrasbourg, 31 March 2031 - 2 -\nCONTENTS",
     dt.date(2031, 3, 31)),
    # a period still is not the date, whichever line its end is on
    ("Visit from 5 August 2020 –\n9 August 2020\nPublished 3 May 2021", dt.date(2021, 5, 3)),
])
def test_a_date_over_a_page_number_is_the_date(cover, published):
    assert find_dates([cover])[0].value == (published, "day")


@pytest.mark.parametrize("head, adopted", [
    ("1443rd meeting, 7-9 June 2022 (DH)\nH46-33 Kavala v. Türkiye", (dt.date(2022, 6, 1), "month")),
    ("1451e réunion, 6-8 décembre 2022 (DH)\nH46-12 Kavala c. Türkiye", (dt.date(2022, 12, 1), "month")),
    ("1398th meeting, 30 November-2 December 2021 (DH)", (dt.date(2021, 1, 1), "year")),
])
def test_a_decision_dated_only_by_its_meeting_is_adopted_in_that_month(head, adopted):
    """A Committee of Ministers' decision names the meeting that adopted it, a period of
    days: the month is known, the day is not (a period is otherwise not a date)."""
    published, found = find_dates([head + "\nDecisions\nThe Deputies\n1. recalled the Court's findings;"])
    assert published is None and found.value == adopted and found.rule == "meeting"
    assert find_dates(["Visit to Türkiye, 7-9 June 2022\nThe delegation met officials."]) == (None, None)


@pytest.mark.parametrize("body, adopted", [
    # the judgments it recalls were delivered on other days: the meeting adopted it
    ("1. recalled the Court's findings in the Kaya v. Türkiye judgment of 8 March 2029, and that the Court "
     "delivered a judgment under Article 46 § 4 on 12 July 2030;", (dt.date(2031, 6, 1), "month")),
    # ... a day of the meeting is its day
    ("Decisions adopted at the meeting on 11 June 2031\nThe Deputies adopted the resolution.",
     (dt.date(2031, 6, 11), "day")),
    # ... and a decision that tells of no adoption was adopted at its meeting all the same
    ("1. noting that the applicants have been released, decided to close the examination of the case;",
     (dt.date(2031, 6, 1), "month")),
])
def test_a_decision_headed_by_its_meeting_is_not_dated_by_the_judgments_it_recalls(body, adopted):
    """A Committee of Ministers' decision on the execution of a judgment tells when the
    judgments it recalls were delivered: it was adopted at its meeting, not on those days
    (was the first judgment's day). Its symbol is the meeting's decision on its item."""
    head = ("MINISTERS' DEPUTIES\nDecisions\nCM/Del/Dec(2031)1601/H46-34\n13 June 2031\n"
            "1601st meeting, 10-12 June 2031 (DH)\nH46-34 Kaya v. Türkiye (Application No. 12345/27)\n"
            "Supervision of the execution of the European Court's judgments\nDecisions\nThe Deputies\n")
    r = enrich([head + body])
    assert (r.published.value, r.adopted.value) == ((dt.date(2031, 6, 13), "day"), adopted)
    assert [t.value for t in r.own_identifiers] == [("coe-cm", "CM/Del/Dec(2031)1601/H46-34")]
    assert classify("cm/del/dec(2031)1348/4.1") == ("coe-cm", "CM/Del/Dec(2031)1348/4.1")


def test_topics_in_turkish_and_english_with_evidence():
    tags = find_topics(["Başvurucu gözaltına alındıktan sonra işkence gördüğünü, gözaltı süresince darp "
                        "edildiğini anlattı. İşkence yasağı mutlaktır."], "Gözaltında işkence")
    by_key = {t.value: t for t in tags}
    assert {"torture", "liberty"} <= set(by_key)
    assert by_key["torture"].evidence[0].page in (0, 1)
    tags = find_topics(["The closure of media outlets and the detention of journalists; journalists were "
                        "prosecuted for their reporting on freedom of expression."])
    assert {"press-freedom", "expression"} <= set(values(tags))
    assert find_topics(["A short note about the weather."]) == []


def test_a_word_counts_for_the_most_specific_term_it_matches():
    """"Kürtaj" (abortion) begins with the Kurdish issue's `kürt*`: it is reproductive
    rights only, in a document's topics as in a query's expansion; "Kürtçe" is Kurdish
    language rights and "Kürtler" the Kurdish issue."""
    from archive.search import expansion

    abortion = "Kürtaj hakkı kısıtlanıyor; kürtaj yasağı kadınların sağlığını tehdit ediyor. Kürtaj hizmeti azaldı."
    assert values(find_topics([abortion], languages=["tr"])) == ["reproductive-rights"]
    assert expansion.expand("kürtaj").concept == "reproductive-rights"
    kurds = "Kürtler anadilde eğitim istiyor; Kürtçe yayınlar kapatıldı. Kürt siyasetçiler tutuklandı."
    assert {"kurdish-issue", "kurdish-language"} <= set(values(find_topics([kurds], languages=["tr"])))


def test_a_pages_topics_come_from_the_thesaurus_terms_of_its_language():
    """The Turkish `romanlar*` (Roma) and `kürt*` are no evidence in an English page that
    names Romania or a Mr Kurt; a page in a language without terms, or a text whose
    language is not known, is read with every language's terms."""
    english = ("The applicants, Romanian nationals, were questioned by Mr Kurt, a Romanian police officer, "
               "on 3 March 2015 and again in March 2016. Romania contested the facts. ") * 3
    groups = {"roma-rights", "kurdish-issue"}
    assert groups & set(values(find_topics([english])))  # every language's terms: `roman*`, `kürt*`
    assert not groups & set(values(find_topics([english], languages=["en"])))
    assert "assembly" not in values(find_topics([english], languages=["en"]))  # a month is no march
    assert not groups & set(values(enrich([english], page_languages=["en"]).topics))
    turkish = "Romanların barınma hakkı ihlal edildi; Romanlar ve Kürtler ayrımcılığa uğradı. " * 2
    assert groups <= set(values(find_topics([turkish], languages=["tr"])))
    assert groups <= set(values(find_topics([turkish], languages=["und"])))
    # the title is read in the languages of the pages
    assert "torture" in values(find_topics(["A note."], "İşkence yasağı", languages=["tr"]))
    assert "torture" not in values(find_topics(["A note."], "İşkence yasağı", languages=["en"]))


def test_import_enriches_and_enrich_command_keeps_person_values(archive, tmp_path):
    import shutil

    from click.testing import CliRunner
    from sqlalchemy import select

    from archive.models import Document
    from ingest.importer import ImportOptions, import_paths
    from ingest.metadata import read_sheet
    from web.cli import main

    from ..conftest import SAMPLES

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("echr-kavala.pdf", "cpt-inf-2020-22.pdf"):
        shutil.copy(SAMPLES / "pdf" / name, folder / name)
    sheet = tmp_path / "s.csv"
    sheet.write_text("file,type\ncpt-inf-2020-22.pdf,periodic-visit-report\n", encoding="utf-8")
    import_paths(archive.db, archive.blobs, archive.backend, [folder],
                 ImportOptions(sheet=read_sheet(sheet), workers=1))
    with archive.db.session() as s:
        docs = {d.blob.original_name: d for d in s.scalars(select(Document))}
        kavala, cpt = docs["echr-kavala.pdf"], docs["cpt-inf-2020-22.pdf"]
        assert (kavala.mechanism, kavala.body, kavala.doc_type, kavala.symbol) == ("CoE", "ECtHR", "judgment", "28749/18")
        assert kavala.extra["provenance"]["body"] == "rule:ecthr"  # read from the Court's own heading
        assert (cpt.mechanism, cpt.body, cpt.doc_type) == ("CoE", "CPT", "periodic-visit-report")
        assert cpt.extra["provenance"]["doc_type"] == "sheet"
        assert "torture" in {t.topic.key for t in cpt.topics}
        ids = [kavala.public_id, cpt.public_id]
    env = {"HRARCHIVE_DATA_DIR": str(archive.settings.data_dir), "HRARCHIVE_LOG_LEVEL": "WARNING"}
    # the import enriched both with the current rules: --all has nothing left to do
    r = CliRunner().invoke(main, ["enrich", "--all"], env=env)
    assert r.exit_code == 0 and "enriched 0 documents" in r.output, r.output
    r = CliRunner().invoke(main, ["enrich", "--all", "--force"], env=env)
    assert r.exit_code == 0 and "enriched 2 documents" in r.output
    # one left at an older version of the rules (a run stopped after the other): resumed
    with archive.db.session() as s:
        s.scalars(select(Document).where(Document.public_id == ids[0])).one().enriched_version = "2020.1"
        s.commit()
    r = CliRunner().invoke(main, ["enrich", "--all"], env=env)
    assert r.exit_code == 0 and "enriched 1 documents" in r.output
    # one enriched by the same rules with another thesaurus or gazetteer (the taxonomy's
    # files were edited since): re-run too
    with archive.db.session() as s:
        doc = s.scalars(select(Document).where(Document.public_id == ids[1])).one()
        assert doc.enriched_version == f"{RULES_VERSION}+{taxonomy.digest()[:8]}"
        doc.enriched_version = f"{RULES_VERSION}+00000000"
        s.commit()
    r = CliRunner().invoke(main, ["enrich", "--all"], env=env)
    assert r.exit_code == 0 and "enriched 1 documents" in r.output
    r = CliRunner().invoke(main, ["enrich", "--document", ids[1]], env=env)
    assert r.exit_code == 0 and "enriched 1 documents" in r.output
    assert CliRunner().invoke(main, ["enrich"], env=env).exit_code == 2
    assert CliRunner().invoke(main, ["enrich", "--document", "nope"], env=env).exit_code == 1
    with archive.db.session() as s:
        cpt = s.scalars(select(Document).where(Document.public_id == ids[1])).one()
        assert cpt.doc_type == "periodic-visit-report" and cpt.revision >= 3


@pytest.mark.parametrize("text, file_date, date, rule", [
    # no date in the text: the file's creation date (a PDF's, a DOCX's), a date of last resort
    ("A note on trustees appointed to municipalities.", "D:20160721093000+03'00'", "2016-07-21", "file-metadata"),
    ("A note on trustees appointed to municipalities.", "2021-05-03T08:00:00Z", "2021-05-03", "file-metadata"),
    # a date in the text wins; a creation date before PDF existed, or unreadable, is none
    ("Ankara, 12 March 2019. A note on trustees appointed to municipalities.", "D:20160721", "2019-03-12", None),
    ("A note on trustees appointed to municipalities.", "D:19900428000000+02'00'", None, None),
    ("A note on trustees appointed to municipalities.", "yesterday", None, None),
])
def test_a_files_creation_date_when_its_text_has_none(text, file_date, date, rule):
    r = enrich([text], {"file_date": file_date})
    assert (r.published.value[0].isoformat() if r.published else None) == date
    if rule:
        assert r.published.rule == rule


def test_an_imported_pdf_without_a_date_in_its_text_is_dated_by_its_file(archive, tmp_path):
    """The demo's news item (no date in its text, created on 21 July 2016), imported
    without its sheet: dated by its file, and still after `hrarchive enrich --force`."""
    import shutil

    from sqlalchemy import select

    from archive.models import Document
    from ingest.enrich.run import enrich_documents
    from ingest.importer import ImportOptions, import_paths

    from ..conftest import SAMPLES

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "pdf" / "news-2016-07-21.pdf", folder / "news.pdf")
    import_paths(archive.db, archive.blobs, archive.backend, [folder], ImportOptions(workers=1))
    for _ in range(2):
        with archive.db.session() as s:
            doc = s.scalars(select(Document)).one()
            assert (str(doc.published_date), doc.published_precision) == ("2016-07-21", "day")
            assert doc.extra["provenance"]["published_date"] == "rule:file-metadata"
        assert enrich_documents(archive.db, archive.backend, force=True) == 1
    # the public page says where the date came from: a guess, not the document's own
    from web import create_app

    client = create_app(archive.settings, TESTING=True).test_client()
    html = client.get(f"/documents/{doc.public_id}?lang=en").get_data(as_text=True)
    assert "21 July 2016</time> <span class=\"meta\">(the file&#39;s creation date: the document gives no date)" in html
    assert "(dosyanın oluşturulma tarihi: belgede tarih yok)" in client.get(f"/documents/{doc.public_id}?lang=tr").get_data(as_text=True)


@pytest.mark.parametrize("printed, symbol", [
    ("A/HRC/37/50/Add.1", "A/HRC/37/50/Add.1"), ("A/HRC/37/50/ADD.1", "A/HRC/37/50/Add.1"),
    ("CRC/C/15/Add.152", "CRC/C/15/Add.152"), ("CAT/C/TUR/CO/3/CORR.1", "CAT/C/TUR/CO/3/Corr.1"),
    ("E/CN.4/SUB.2/2003/12/REV.2", "E/CN.4/Sub.2/2003/12/Rev.2"), ("A/HRC/WG.6/8/TUR/1", "A/HRC/WG.6/8/TUR/1"),
])
def test_a_un_symbol_as_the_un_writes_it(printed, symbol):
    """A symbol printed in capitals (a cover's running head, a title in capitals) or
    typed in small letters is the same symbol, written as the UN writes it: its addendum,
    corrigendum and revision parts in small letters after a capital."""
    from archive.identifiers import classify

    assert [f.value for f in find_identifiers([f"see {printed} above"])] == [symbol]
    assert classify(printed.lower()) == ("un-symbol", symbol)


def test_the_constitutional_courts_decisions_by_their_numbers():
    """An individual application's number, year first ("Başvuru Numarası: 2016/24912",
    cited "B. No: 2014/1234"), and a decision on a law's docket and decision numbers
    ("E.2022/7, K.2022/79"); "B. No: 28749/18" and "B. No: 2012/10" are the Strasbourg
    Court's applications, as Turkish courts cite them."""
    text = ("Kavala/Türkiye, B. No: 28749/18; Ayşe Demir (B. No: 2014/1234, 2/7/2015); X/Türkiye, B. No: 2012/10; "
            "AYM, E.2022/7, K.2022/79, 21/6/2022")
    assert [(f.scheme, f.value) for f in find_identifiers([text])] == [
        ("ecthr-application", "28749/18"), ("tr-aym", "2014/1234"), ("ecthr-application", "2012/10"),
        ("tr-aym", "E.2022/7, K.2022/79")]
    assert [(f.scheme, f.value) for f in find_identifiers([text], prefilter=False)] == \
        [(f.scheme, f.value) for f in find_identifiers([text])]
    # the Court of Cassation and the Council of State cite by "E.", "K." too: not the Constitutional Court's
    assert find_identifiers(["Yargıtay 12. CD, E.2019/123, K.2020/45; Danıştay 10. D., E. 2018/7 K. 2019/9"]) == []
    decision = ("TÜRKİYE CUMHURİYETİ\nANAYASA MAHKEMESİ\nİKİNCİ BÖLÜM\nKARAR\nAYŞE DEMİR BAŞVURUSU\n"
                "(Başvuru Numarası: 2031/24912)\nKarar Tarihi: 17/6/2032\n")
    r = enrich([decision])
    assert [t.value for t in r.own_identifiers] == [("tr-aym", "2031/24912")]
    assert (r.body.value, r.title.value) == ("Constitutional Court", "AYŞE DEMİR BAŞVURUSU")
    norm = "ANAYASA MAHKEMESİ KARARI\nEsas Sayısı : 2031/12\nKarar Sayısı : 2031/88\nKarar Tarihi : 21/6/2031\n"
    assert [t.value for t in enrich([norm]).own_identifiers] == [("tr-aym", "E.2031/12, K.2031/88")]
    # its English pages as its database prints them, in table cells: the number after its label,
    # unbracketed, under the Court's name over two cells (was no identifier, civil society's)
    table = ("REPUBLIC\nOF TURKEY\n|\nCONSTITUTIONAL\nCOURT\n|\nGENERAL ASSEMBLY\n|\nDECISION\n|\nApplication No: 2031/7800\n|\n"
             "Date of Judgment:\n18/6/2032\n|\nPresident\n|\n:\n|\nA. EXAMPLE\n")
    r = enrich([table])
    assert ([t.value for t in r.own_identifiers], r.body.value) == ([("tr-aym", "2031/7800")], "Constitutional Court")
    # (the label alone under another institution's name numbers its own application)
    other = "THE OMBUDSMAN INSTITUTION\n\nRECOMMENDATION DECISION\n\nApplication No: 2031/7800\n\nThe applicant complained.\n"
    assert [t.value for t in enrich([other]).own_identifiers] == []


@pytest.mark.parametrize("masthead, line, kind", [
    # Türkiye's embassies heading their pages, in English, German and Turkish: the embassy's
    # name was the title and the text civil society's (or the CPT's, whose report it tells of)
    ("Embassy of the Republic of Türkiye in Exampleburg", "Press Release Regarding the Report of the CPT, 15.01.2030",
     "statement"),
    ("Türkische Botschaft Exampleburg\n\nMitteilungen des Türkischen Aussenministeriums",
     "Pressemitteilung Bezüglich Des Berichts Des Europäischen Komitees Zur Verhütung Von Folter , 15.01.2030", "statement"),
    ("T.C. Exampleburg Büyükelçiliği", "Avrupa İşkencenin Önlenmesi Komitesi Raporu Hk. Basın Açıklaması", "statement"),
])
def test_turkiyes_embassies_heading_their_pages(masthead, line, kind):
    r = enrich([f"{masthead}\n\n{line}\n\nNo: 16, 15 January 2030\n\nThe report of the European Committee for the "
                "Prevention of Torture was published today with the Government's response.\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value) == (line, "national", "Government", kind)
    # (another State's embassy heading a page is no title, nor the Government's)
    other = enrich(["ABD Ankara Büyükelçiliği\n\nİnsan Hakları Raporu 2030\n\nRapor bugün yayımlanmıştır.\n"])
    assert (other.title.value, other.mechanism.value) == ("İnsan Hakları Raporu 2030", "civil-society")


@pytest.mark.parametrize("text", [
    # the High Representative by the office's short form and in Turkish, as the EU
    # Delegation's pages name it (was civil society's)
    "Remarks by HR/VP Example at the joint press conference following the 60th EU-Türkiye Association Council\n\n"
    "15/03/2030\n\nToday we held the 60th meeting of the Association Council.\n",
    "Yüksek Temsilci/Başkan Yardımcısı Example'ın 60. AB-Türkiye Ortaklık Konseyi Sonrası Düzenlenen Ortak Basın "
    "Toplantısı Demeci\n\n15/03/2030\n\nBugün Ortaklık Konseyi'nin 60. toplantısını gerçekleştirdik.\n",
])
def test_the_high_representatives_remarks_are_the_eeas(text):
    r = enrich([text])
    assert (r.mechanism.value, r.body.value) == ("EU", "EEAS")


def test_a_spokespersons_statement_is_a_statement_of_whom_it_speaks_for():
    """The EU's statements "by the Spokesperson" (was civil society's, typed `decision` by
    "the decision by the Court" in its text, and undated: the time after its date,
    "04/07/2030 - 09:12", read as a period); the UN Secretary-General's spokesperson's
    (was civil society's); a body named in a sentence is not the author."""
    eu = enrich(["Türkiye: Statement by the Spokesperson on the sentencing of four journalists\n"
                 "Brussels, 04/07/2030 - 09:12, UNIQUE ID: 300704_1\nStatements by the Spokesperson\n"
                 "The decision by the Court is deeply regrettable and deepens the EU's concerns."])
    assert (eu.mechanism.value, eu.body.value, eu.doc_type.value) == ("EU", "EEAS", "statement")
    assert eu.published.value == (dt.date(2030, 7, 4), "day")
    un = enrich(["Statement attributable to the Spokesperson for the Secretary-General on Türkiye\n"
                 "New York, 3 May 2030\nThe Secretary-General is following the events closely."])
    assert (un.mechanism.value, un.body, un.doc_type.value) == ("UN", None, "statement")
    ngo = enrich(["Detention in Türkiye\nThe UN Secretary-General said in 2030 that the detention of so many people "
                  "in the country, for so long, must end, and our findings bear that out."])
    assert ngo.mechanism.value == "civil-society"
    # a period still is one ("from 4/07/2030 - 9/07/2030")
    assert find_dates(["Visit 04/07/2030 - 09/07/2030\nReport"])[0] is None



@pytest.mark.parametrize("line", ["19:02 - 04/07/2030", "19h02 - 4 July 2030", "9:02 – 04.07.2030"])
def test_the_time_before_a_news_items_date_makes_no_period(line):
    """A news site prints the time, then a dash, then the day under its title; the dash was
    read as a period's ("5 - 7 July") and the item was undated. A period still is one."""
    assert find_dates([f"Court rules on journalists' case\n{line}\nThe court ruled today."])[0].value == (
        dt.date(2030, 7, 4), "day")
    assert find_dates(["Visit\n2 - 04/07/2030\nReport"])[0] is None


@pytest.mark.parametrize("title", ["Factsheet | Detention of lawyers in Türkiye", "Fact sheet: Peace judgeships",
                                   "Fiche thématique – Terrorisme et CEDH", "Bilgi Formu: Barış hakimlikleri"])
def test_a_factsheet_is_a_briefing(title):
    # (was no type: "Factsheet" matched no kind)
    assert enrich([f"{title}\nThe initiative produced a new factsheet on the judgeships."]).doc_type.value == "briefing"


def test_a_day_wrapped_over_two_lines_is_not_a_month_alone():
    """A cover's month alone on its line dates it; the rest of a day wrapped onto the next
    line ("... on 23" / "June 2031") is no month alone."""
    assert find_dates(["Annual report\nJune 2031\nOn 3 May 2031 the association opened its office.\n"])[0].value == (
        dt.date(2031, 6, 1), "month")
    head = ("Adopted by the Security Council at its 9547th meeting, on 23\nJune 2031\nThe Security Council,\n"
            "Welcoming the report of the Secretary-General of 15 June 2031,\n")
    assert find_dates([head])[0].value != (dt.date(2031, 6, 1), "month")


def test_another_text_adopted_does_not_date_the_one_telling_of_it():
    """"The Committee ... had adopted a decision on 2 December 2030": a text adopted by
    someone, named with "a", is another text; the press release telling of it was dated
    adopted by it."""
    text = ("Press Release Regarding the Committee's Decision on the Execution of a Judgment\n2 February 2031\n"
            "The Committee of Ministers of the Council of Europe had adopted a decision on 2 December 2030 and "
            "notified the Government of its intention.\n")
    published, adopted = find_dates([text])
    assert (published.value, adopted) == ((dt.date(2031, 2, 2), "day"), None)


@pytest.mark.parametrize("title", ["Ayrımcılık Yasağı Eğitim Rehberi", "Başvuru Kılavuzu", "Cezaevi İzleme Kılavuzları"])
def test_a_turkish_guide_by_its_titles_word_with_its_suffix(title):
    """A Turkish guide's title names it with the suffix of a compound ("Eğitim Rehberi",
    "Başvuru Kılavuzu"): was no kind, the word matched bare ("rehber") only; a running text's
    "kılavuz" makes none."""
    r = enrich([f"{title}\n\nBu yayın, hak savunucularına başvuru yollarını anlatmaktadır.\n"])
    assert r.doc_type.value == "toolkit"
    r = enrich(["Belediye yeni düzenlemeyi açıkladı\n\nBakanlık, yönetmeliğin uygulanmasında kılavuzu esas aldığını ve "
                "tüm birimlerin buna uyacağını açıkladı; düzenleme önümüzdeki ay yürürlüğe girecek.\n"])
    assert r.doc_type is None or r.doc_type.value != "toolkit"


def test_a_journal_articles_dates_of_submission_and_revision_date_it_not():
    """A journal's article prints when it was submitted and revised under its abstract
    ("Gönderim Tarihi/Submitted: 08.12.2030"): those dated it; they are the article's history,
    not its publication."""
    r = enrich(["İNSAN HAKLARI KURUMLARININ KAMU YÖNETİMİNDEKİ YERİ\n\nAyşe ÖRNEK\n\nÖZ\n\nBu çalışma ulusal insan hakları "
                "kurumlarının yerini incelemektedir.\n\nGönderim Tarihi/Submitted: 08.12.2030 Revizyon Talebi/Revision "
                "Requested: 22.12.2030 Son Revizyon Tarihi/Last Revision: 15.01.2031\n"])
    assert r.published is None
    r = enrich(["THE PLACE OF NATIONAL HUMAN RIGHTS INSTITUTIONS\n\nA. Example\n\nAbstract\n\nThis article looks at national "
                "institutions.\n\nReceived: 8 December 2030; Accepted: 2 March 2031; Published: 30 March 2031\n"])
    assert r.published is None or r.published.value != (dt.date(2030, 12, 8), "day")


@pytest.mark.parametrize("furniture", ["Строка навигации", "Fil d'Ariane",
                                       "Informing humanitarians worldwide 24/7 — a service provided by UN OCHA\n\n"
                                       "World + 1 more"])
def test_a_meeting_summary_under_a_sites_furniture_is_news_of_the_meeting(furniture):
    """The UN's summary of a Council's dialogue with a mandate holder, under a site's
    breadcrumb label in another language or ReliefWeb's tagline and tags: was titled by them,
    and was a special procedures' `communication` (its text's "communications sent by the
    mandate of the Special Rapporteur") or a country report ("Presenting her report"); it is
    news of the meeting. A letter's mandates opening its first line still make it one."""
    text = (f"{furniture}\n\nHuman Rights Council holds interactive dialogue on the rights of migrants\n\nThe Human "
            "Rights Council this afternoon held an interactive dialogue with the Special Rapporteur on the human rights "
            "of migrants. Presenting her report, the Special Rapporteur said that most of the communications sent by the "
            "mandate of the Special Rapporteur in 2030 concerned pushbacks at borders.\n")
    r = enrich([text])
    assert (r.title.value, r.mechanism.value, r.doc_type.value) == (
        "Human Rights Council holds interactive dialogue on the rights of migrants", "UN", "news")
    letter = ("Mandates of the Special Rapporteur on the human rights of migrants and the Working Group on Arbitrary "
              "Detention\n\nREFERENCE: AL EXL 1/2031\n\n3 March 2031\n\nExcellency,\n\nWe have the honour to address you "
              "in our capacities as Special Rapporteur and Working Group.\n")
    assert enrich([letter]).doc_type.value == "communication"


def test_the_osce_media_freedom_representatives_statements():
    """The OSCE Representative on Freedom of the Media by the headline's "OSCE representative"
    (was civil society's: the office's full name is in the dateline's paragraph only); its
    statements' listing page: the site's section and its items' fields ("Publishing date:",
    "What we do:", "Location:") were run into one title; a call after a comma ("..., urges their
    release") is news as one after the subject is."""
    r = enrich(["OSCE representative calls on authorities in Exampleland to respect journalists' rights\nVIENNA, 31 "
                "August 2030 – OSCE Representative on Freedom of the Media Ayşe Example today called on the authorities to "
                "respect journalists' rights, following the detention of two journalists in Exampleland.\n"])
    assert (r.title.value, r.mechanism.value, r.body.value, r.doc_type.value) == (
        "OSCE representative calls on authorities in Exampleland to respect journalists' rights", "OSCE", "RFoM",
        "news")
    r = enrich(["Newsroom\nPress statements of the OSCE Representative on Freedom of the Media\nOSCE Representative appalled by "
                "imprisonment of two journalists in Türkiye, urges their release\nPublishing date: 20 June 2030\nWhat we do: "
                "Safety of journalists\nLocation: Türkiye\nVIENNA, 20 June 2030 – The detention of two journalists is a "
                "severe blow to media freedom, the OSCE media freedom representative said today...\n"])
    assert (r.title.value, r.body.value, r.doc_type.value, r.published.value) == (
        "OSCE Representative appalled by imprisonment of two journalists in Türkiye, urges their release", "RFoM", "news",
        (dt.date(2030, 6, 20), "day"))


@pytest.mark.parametrize("text, subject", [
    # the headline names Türkiye by its adjective only, the text the country or a place in it
    # once or twice (were about no country: a country needs three mentions in the text)
    ("Turkish court sentences six journalists\n\nA court in Istanbul sentenced six journalists on Tuesday to prison "
     "terms for their reporting on the trials.\n", ["TR"]),
    ("Waarnemers: Turkse verkiezingen niet eerlijk\n\nDe verkiezingen in Turkije zijn volgens de waarnemers niet eerlijk "
     "en niet democratisch verlopen, door de vervolging van de oppositie.\n", ["TR"]),
    ("ΕΕ για νέα τουρκική Navtex\n\nΑναμένουμε από την Τουρκία ότι οι ενέργειές της θα παραμείνουν εποικοδομητικές, "
     "δήλωσε σήμερα ο εκπρόσωπος της Επιτροπής.\n", ["TR"]),
    # not when the text names another country more often, nor when it names none
    ("Turkish Cypriot leader meets the envoy\n\nThe leader met the envoy in Nicosia, Cyprus, to discuss talks on Cyprus; "
     "the envoy will visit Türkiye next month.\n", []),
    ("Turkish writers win the prize\n\nThe jury praised the two novels for their language and their humour.\n", []),
])
def test_a_headline_naming_turkiye_by_its_adjective(text, subject):
    from ingest.enrich.language import detect_language

    assert [t.value for t in enrich([text], None, [detect_language(text)]).subject_countries] == subject


@pytest.mark.parametrize("title", ["Avrupa Komisyonu 2030 Örnekistan Raporu Yayınlandı.", "AB'nin Örnekistan Raporu ne diyor?",
                                   "Anti-torture committee's report on Exampleland published",
                                   "BM Medeni ve Siyasal Haklar Sözleşmesi-Örnekistan’ın İkinci Periyodik Raporu Türkçe’ye "
                                   "çevrildi!"])
def test_a_headline_saying_a_report_was_published_or_asking_what_it_says_is_news(title):
    """Was the country report its title names ("Raporu", "report"); so was a headline saying
    a report was translated ("... Raporu Türkçe’ye çevrildi!")."""
    r = enrich([f"{title}\n\nRapor bugün yayınlandı ve demokratik gerilemenin sürdüğünü belirtti; hükümet raporu "
                "eleştirdi. The report was released today and the government criticised it.\n"])
    assert r.doc_type.value == "news"


def test_an_article_on_a_report_is_no_country_report():
    """A column asking what a report says ("2030 İlerleme Raporu Neler Söylüyor?") or an
    op-ed calling itself an article ("Bu yazıda ...") under a title naming the report was the
    country report it is on; a report's own words ("Bu çalışmada ...") keep it one."""
    body = ("\n\nAvrupa Komisyonunun her yıl Örnekistan’ı aday ülke olarak değerlendirdiği ilerleme raporlarının "
            "sonuncusu kasım ayında kamuoyuna sunuldu. Rapor, Kopenhag kriterlerine uyum düzeyini ele alıyor.{}\n")
    r = enrich(["TÜRKİYE-AB GÜNDEMİ: 2030 İlerleme Raporu Neler Söylüyor?" + body.format("")])
    assert r.doc_type.value == "news"
    title = "AB Komisyonu 2030 Örnekistan Raporu: Geleceğimiz Gerçekten Avrupa’da mı?"
    for words in ("Bu yazıda", "Bu yazımızda"):
        r = enrich([title + body.format(f" {words} raporun eleştirileri ve hükümetin yanıtı değerlendirilmiştir.")])
        assert r.doc_type.value == "news", words
    r = enrich([title + body.format(" Bu çalışmada raporun eleştirileri ve hükümetin yanıtı değerlendirilmiştir.")])
    assert r.doc_type.value == "country-report"


def test_a_text_presenting_a_report_is_no_country_report():
    """A text quoting the report a mandate presents ("Presenting the report on its visit ...")
    under a title naming no report was a country report: news of the report; under a press
    release's dateline ("GENEVA (15 September 2031) – ...") the mandate's own release, a
    `statement` (news before the dateline was read, session 50)."""
    body = ("The Working Group said today that the Government must address past violations. Presenting the report on "
            "its visit to the country, the experts noted that there had been no political will to come to terms with "
            "the past.\n")
    r = enrich([f"Exampleland: “Address the disappearances of the past”\n\n15 September 2031\n\n{body}"])
    assert r.doc_type.value == "news"
    r = enrich([f"Exampleland: “Address the disappearances of the past”\n\n15 September 2031\n\n"
                f"GENEVA (15 September 2031) – {body}"])
    assert r.doc_type.value == "statement"


@pytest.mark.parametrize("text, day", [
    # its conclusions, on a page that summarises them without its name
    ("The Council held an exchange of views on the enlargement strategy and adopted the following conclusions:\n"
     "· In line with the enlargement strategy agreed by the December 2028 European Council and the Council conclusions "
     "of 11 December 2028, the Council welcomes the Commission's communication of 6 November.\n", None),
    # its press release, by its number and its meeting
    ("EU agrees on the framework for negotiations\n\n12514/29 (Presse 241)\n\nGeneral Affairs and External Relations\n\n"
     "2678th Council Meeting\n\nLuxembourg, 3 October 2029\n\nMain Results of the Council\n\nThe Council approved a "
     "framework for negotiations with Exampleland.\n", dt.date(2029, 10, 3)),
    # its document's sender, on a news site's copy without the Council's letterhead
    ("Brussels, 12 December 2029\n\nThe Council has approved conclusions on enlargement.\n\nOUTCOME OF PROCEEDINGS\n\n"
     "From: General Secretariat of the Council\n\nTo: Delegations\n\nSubject: Council conclusions on Enlargement\n\n"
     "Delegations will find attached Council conclusions on Enlargement as approved by the Council.\n",
     dt.date(2029, 12, 12)),
])
def test_the_council_of_the_eu_by_its_own_formulas(text, day):
    """The Council of the EU's conclusions ("The Council ... adopted the following
    conclusions"), press releases ("12514/29 (Presse 241)", "2678th Council Meeting") and
    documents' sender ("From: General Secretariat of the Council"), without its name: were civil
    society's. A day of conclusions a sentence cites ("the Council
    conclusions of 11 December 2028") is not the text's."""
    r = enrich([text])
    assert (r.mechanism.value, r.body.value) == ("EU", "Council of the EU")
    assert (r.published.value if r.published else None) == ((day, "day") if day else None)


def test_the_day_of_a_letter_a_text_cites_is_not_its_own():
    """"By letter dated 4 May 2031 the Committee ... requested": the letter's day, not the
    page's, which is the one it tells the opinion was adopted on."""
    r = enrich(["Opinion on the electoral amendments\n\nBy letter dated 4 May 2031 the Monitoring Committee requested an "
                "opinion on the amendments to the electoral legislation of Exampleland. The opinion was adopted on 22 "
                "June 2031 at the plenary session.\n"])
    assert r.published.value == (dt.date(2031, 6, 22), "day")


def test_news_of_reports_named_in_four_words():
    """"EASO publishes Country of Origin Information reports on ...": news of the reports
    (four words between the verb and "reports"; three were read), not a country report."""
    r = enrich(["EASO publishes Country of Origin Information reports on Western Balkan countries and Exampleland\n\n"
                "16th November 2031\n\nToday, the Office published reports on seven countries.\n"])
    assert r.doc_type.value == "news"


@pytest.mark.parametrize("headline", [
    "Example House reduces Exampleland’s status to ‘not free’ in annual report",
    "In Example House report, Exampleland is also a ‘not free country’ this year",
])
def test_a_headline_telling_what_a_report_does_is_news(headline):
    """A headline telling what a report does, in it ("... in annual report") or by it ("In
    ... report, ..."): news of the report (was the report). A report's heading "Recommendations
    made in the report" is none. The dateline's city in capitals under the headline is no
    country the title is of (was joined to it: "...: ISTANBUL")."""
    r = enrich([f"{headline}\nISTANBUL\nThe organisation has lowered the country's status in its latest annual report, "
                "published on Jan. 16, which found that rights had declined.\n"])
    assert (r.title.value, r.doc_type.value) == (headline, "news")
    r = enrich(["Annual report on the press in Exampleland 2031\n\nRecommendations made in the report\n\n1. The press "
                "law should be amended to protect sources.\n"])
    assert r.doc_type.value == "country-report"


def test_a_news_agencys_dateline_makes_a_wire_story_news():
    """A wire story opening on the place and the agency ("STRASBOURG (İHA) - ..."), telling of
    a report and the recommendation tied to it ("... ve buna bağlı tavsiye kararı yarın
    oylanacak"): was the Ombudsman's kind, a `recommendation`, by its words in running text;
    now news. The Ombudsman's decision headed "TAVSİYE KARARI" stays a recommendation."""
    r = enrich(["STRASBOURG (İHA) - Avrupa Parlamentosu Genel Kurulu'nda Örnekistan Raporu tartışıldı.\nRapor ve buna "
                "bağlı tavsiye kararı yarın oylanacak. Grup temsilcileri rapora destek vereceklerini belirtti.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["KAMU DENETÇİLİĞİ KURUMU\n\nTAVSİYE KARARI\n\nBaşvuru Numarası : 2031/872\nKarar Tarihi : 12.03.2031\n\n"
                "Başvuru, idarenin işlemine ilişkindir.\n"])
    assert r.doc_type.value == "recommendation"


def test_a_boards_decision_is_adopted_on_the_day_of_its_meeting():
    """The equality institution's board decision gives the date and number of the meeting
    that took it on one line ("Toplantı Tarihi/Sayısı : 1.3.2022/170"): that date is its
    adoption (was undated, the meeting's number after a slash hiding the date). A date run
    into a longer figure ("1.3.2022/17/5", "1.3.2022/2023") is no date."""
    head = ("TÜRKİYE İNSAN HAKLARI VE EŞİTLİK KURUMU\n\nKURUL KARARI\n\nBaşvuru Numarası : 2031/872\n"
            "Toplantı Tarihi/Sayısı : {}\nKarar Numarası : 2032/143\n\nI. BAŞVURUNUN KONUSU\n"
            "1. Başvuru, bir site yönetiminin havuz kuralına ilişkindir.\n")
    r = enrich([head.format("1.3.2032/170")])
    assert (r.adopted.value, r.adopted.rule) == ((dt.date(2032, 3, 1), "day"), "adopted")
    for figure in ("1.3.2032/17/5", "1.3.2032/2033"):
        assert enrich([head.format(figure)]).adopted is None


def test_a_turkish_agencys_dateline_of_a_place_alone_makes_news():
    """A wire story opening on its place alone in brackets ("(DİYARBAKIR)- ...", as Turkish
    agencies print it) or on its news desk ("HABER MERKEZİ - ...", in Kurdish "NAVENDA NÛÇEYAN
    - ...") telling of a committee's visit and its report was a `visit-report` (or untyped);
    now news. A place that is none, "(Örnek)- ...", makes nothing of it."""
    text = ("Heyet cezaevlerini inceledi\n\n{} Avrupa Konseyi İşkencenin Önlenmesi Komitesi (CPT) heyeti, "
            "Örnekistan'a yaptığı ziyaret kapsamında cezaevlerini inceledi. Heyetin ziyaret raporu daha sonra "
            "yayımlanacak.\n")
    for dateline in ("(DİYARBAKIR)-", "(İSTANBUL) –", "(STRASBOURG) -", "HABER MERKEZİ -", "NAVENDA NÛÇEYAN -"):
        assert enrich([text.format(dateline)]).doc_type.value == "news", dateline
    assert enrich([text.format("(Örnek)-")]).doc_type.value == "visit-report"


def test_an_english_news_desks_dateline_makes_news():
    """A Kurdish agency's English edition opens on its news desk ("NEWS CENTER - ...") telling of
    the Committee of Ministers' decision on a group of judgments: was a `decision`; now news,
    as the Turkish and Kurdish desks' ("HABER MERKEZİ - ") make it. The same text with no
    dateline stays a decision."""
    text = ("Committee of Ministers: Exampleland must make legal changes\n\n{}The Committee of Ministers announced its "
            "interim decision on the group of cases, after its human rights meeting.\nDecisions\n*Encouraged the "
            "authorities to introduce legislative amendments.\n")
    for desk in ("NEWS CENTER - ", "News Centre – ", "NEWS DESK - "):
        assert enrich([text.format(desk)]).doc_type.value == "news", desk
    assert enrich([text.format("")]).doc_type.value == "decision"


def test_kurdish_networks_datelines_make_news():
    """A Kurdish network's dateline, the place and the network in brackets ("Hewlêr (Rûdaw) -
    ...") or its news desk with the network after it ("NAVENDA NÛÇEYAN (K24) - ..."), over a
    news item on a committee's report: was untyped; now news. The text alone stays untyped."""
    text = ("Rapora komîteyê li ser girtîgehan\n\n{}Komîteya Ewropayê ya Pêşîlêgirtina Îşkenceyê (CPT) rapora serdana "
            "xwe ya Exampleland weşand. Heyetê serdana girtîgehan kir.\n")
    for dateline in ("Hewlêr (Rûdaw) - ", "Dusseldorf (K24) – ", "NAVENDA NÛÇEYAN (K24) - "):
        assert enrich([text.format(dateline)]).doc_type.value == "news", dateline
    assert enrich([text.format("")]).doc_type is None


def test_arabic_agency_datelines_make_news():
    """An Arabic wire story opening on its dateline, the place and the agency in brackets before
    a dash ("القاهرة (رويترز) - ...") or the place, a dash and the agency before a colon ("جنيف -
    (أ ش أ): ..."), telling of a committee's report, was untyped; now news. The text alone stays
    untyped, and a bracket in running text is no dateline."""
    text = ("اللجنة تنشر تقريرها عن زيارة السجون\n\n{}نشرت اللجنة الأوروبية لمنع التعذيب اليوم تقرير زيارتها إلى "
            "السجون في مثاليا، ودعت السلطات إلى تحسين الظروف.\n")
    for dateline in ("أنقرة (زمان التركية) – ", "القاهرة (رويترز) - ", "جنيف - (أ ش أ): "):
        assert enrich([text.format(dateline)]).doc_type.value == "news", dateline
    assert enrich([text.format("")]).doc_type is None
    assert enrich([text.format("وقالت اللجنة (في بيان) إن ")]).doc_type is None


def test_a_re_publishers_dateline_and_a_kurdish_report_shared_with_the_public_make_news():
    """A wire story re-published with the agencies and the day in brackets after the place
    ("MOSCOW (Example News / Sputnik - 05th August, 2030) ...") telling of a committee's reports
    on its visits was a `visit-report`; a Kurdish news item telling that a report was shared
    with the public ("Rapora ... bi raya giştî re parve kir") was untyped. Both news;
    a release's own dateline, the day alone in brackets, stays a statement's."""
    r = enrich(["Ankara notes importance of anti-torture monitoring\n\nMOSCOW (Example News / Sputnik - 05th August, "
                "2030) Exampleland appreciates the monitoring, the ministry said. Earlier in the day, the committee "
                "published reports on its 2029 periodic visit and 2030 ad hoc visit to Exampleland.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Rapora girtîgehên Herêma Navîn\n\nKomîsyona Girtîgehan a Komeleyê derbarê girtîgehan de rapora "
                "binpêkirinên mafan amade kir. Rapora Komeleyê bi raya giştî re parve kir.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Exampleland: UN experts conclude visit\n\nGENEVA (14 November 2030) – The experts published their "
                "preliminary observations on the visit today.\n"])
    assert r.doc_type.value == "statement"


@pytest.mark.parametrize("address", ["BASINA VE KAMUOYUNA", "Basına ve Kamuoyuna", "To Press and Public Opinion",
                                     "To the Press and the Public", "JI ÇAPEMENÎ Û RAYA GIŞTÎ RE"])
def test_a_statements_address_to_the_press_and_the_public_makes_it_one(address):
    """A Turkish NGO's statement opens on its address to the press and the public ("BASINA VE
    KAMUOYUNA"; its English and Kurdish versions' "To Press and Public Opinion", "JI ÇAPEMENÎ
    Û RAYA GIŞTÎ RE") on a line of its own under its title, or before its title on the first
    line ("To Press and Public Opinion; Torture is Absolutely Prohibited!"): a `statement`
    (was untyped)."""
    text = ("\n\nDerneğimizin yöneticileri 22 Ocak 2031 gece saatlerinde evlerinden gözaltına alınmıştır. Adli "
            "makamları uluslararası sözleşmelere uymaya davet ediyoruz.\n")
    title = "Gözaltına alınan hak savunucuları serbest bırakılmalıdır"
    assert enrich([f"{title}\n\n{address}{text}"]).doc_type.value == "statement"
    assert enrich([f"{address}; {title}{text}"]).doc_type.value == "statement"
    assert enrich([f"{address}-{title}{text}"]).doc_type.value == "statement"
    assert enrich([f"{title}{text}"]).doc_type is None


def test_the_european_parliaments_verbatim_report_of_a_debate():
    """"Verbatim report of proceedings" heading the record of a sitting's debate: a
    `summary-record` (was a country report, for the country the debate was on)."""
    r = enrich(["Verbatim report of proceedings\nTuesday, 22 November 2031 - Strasbourg Revised edition\n\nEU-Exampleland "
                "relations (debate)\n\n  Jane Example (S&D). – Madam President, we have to take very seriously the news "
                "which comes every day from Exampleland about the report on its prisons.\n"])
    assert (r.body.value, r.doc_type.value) == ("European Parliament", "summary-record")


def test_the_short_and_kurdish_names_of_turkish_cities():
    """"Urfa", "Antep", "Maraş" (the press's short names of Şanlıurfa, Gaziantep and
    Kahramanmaraş) and "Amed" (Diyarbakır, as Kurdish media name it in English) were no
    mention of Türkiye: a news item naming only them was about no country."""
    for name in ("Urfa", "Antep", "Maraş", "Amed"):
        tags = find_countries([f"Lawyers in {name} joined the call for the journalists' release."], languages=["en"])
        assert values(tags) == ["TR"] and [e.text for e in tags[0].evidence] == [name]
    r = enrich(["16 institutions in Urfa condemn arrest of 16 journalists in Amed\n\n16 institutions in Urfa made a joint "
                "statement to condemn the arrest of 16 journalists in Amed and called for their release.\n"])
    assert [c.value for c in r.subject_countries] == ["TR"]


@pytest.mark.parametrize("headline", [
    "Exampleland regrets report by OSCE election observation mission on Sunday's elections",
    "Ankara rejects the Commission's annual report on Exampleland",
    "Example Watch launches 2031 World Report",
    "State Department annual report details Exampleland's human rights abuses",
])
def test_a_headline_reacting_to_or_launching_a_report_is_news(headline):
    """A headline telling of a reaction to a report ("regrets report by", "rejects ... report"),
    its launch ("launches 2031 World Report") or what it details: news of the report (each was
    a `country-report` by the word in its title). The report's own title stays one, and so does
    the Department of State's series, named in the plural ("2031 Country Reports on Human
    Rights Practices: Exampleland", was untyped)."""
    r = enrich([f"{headline}\n\nThe ministry said on Tuesday that the statements in the document went beyond its "
                "mandate and were met with regret.\n"])
    assert r.doc_type.value == "news"
    for title in ("2031 Country Reports on Human Rights Practices: Exampleland", "Annual report on the press in Exampleland"):
        r = enrich([f"{title}\n\nExampleland is a constitutional republic with a unicameral parliament. Members of the "
                    "security forces committed abuses.\n"])
        assert (r.title.value, r.doc_type.value) == (title, "country-report")


def test_news_telling_of_a_reports_publication_whatever_its_title():
    """A news item telling that a report was published by whoever published it ("... 2031 Yılı
    Tedavi Merkezleri Raporu’nu yayımladı", "... released its annual report") is news of it
    even where its headline names the report ("Vakıf'tan Dikkat Çeken Rapor: ...", was a
    `country-report`), and so is a Turkish headline telling what a report revealed ("...
    raporu ortaya koydu: ...") or an English one what a report "of" someone underlines. The
    report's own first page stays a report."""
    for text in ("Vakıf’tan Dikkat Çeken Rapor: İşkence Başvuruları Yüzde 22 Arttı\n\nÖrnek İnsan Hakları Vakfı (ÖİHV) "
                 "2031 Yılı Tedavi Merkezleri Raporu’nu yayımladı. Başvuranların sayısı önceki yıla göre arttı.\n",
                 "ÖİHV raporu ortaya koydu: “İşkence sokakta arttı”\n\nVakfa yapılan başvurulara göre işkence ve kötü "
                 "muamelede artış yaşandı.\n",
                 "Annual report on Exampleland: torture complaints rise\n\nThe Example Foundation released its annual "
                 "report on Monday. Complaints rose by a fifth.\n",
                 "The report of the Foreign Affairs Committee underlines that the accession process cannot resume\n\n"
                 "The committee approved the draft by 47 votes in favour.\n",
                 # (in the perfect and the passive: "açıklamıştır", "kamuoyuyla paylaşıldı")
                 "Birliğin Örnekistan Raporu: Örnekistan Gündemden Düşmüştür\n\nKomisyon, aday ülkeler için hazırlanan "
                 "Ülke Raporları’nı 8 Kasım’da açıklamıştır.\n",
                 "Birlikten dikkat çeken Örnekistan raporu: Aday ülke ve kilit ortak\n\nKomisyonun 2031 Genişleme Paketi "
                 "kapsamındaki \"Örnekistan Raporu\" kamuoyuyla paylaşıldı.\n",
                 # (a report undetermined: "... 2 rapor yayımladı", was a `country-report`)
                 "Yolsuzluğa Karşı Devletler Grubu (ÖRNEK) Örnekistan'ın ilerlemesini değerlendiren 2 rapor yayımladı. "
                 "Raporlarda pek çok alanda mesafe alınamadığı belirtildi.\n",
                 # (a comma after the report's name: "... Aday Ülke Raporları’nı, 8 Kasım 2031 tarihinde
                 # yayımladı", was a `country-report`)
                 "2031 Örnekistan Raporu: Eleştiriler Devam Ediyor\n\nKomisyon Üyesi, 2031 Genişleme Politikası "
                 "Tebliği ve Aday Ülke Raporları’nı, 8 Kasım 2031 tarihinde yayımladı.\n",
                 # (its adoption on a news item's day: "... is adopting today its annual report on ...",
                 # under a rapporteur's page titled by the report; was a `country-report`)
                 "Jane Example, MEP and standing rapporteur on the annual report on Exampleland\n\nThe Parliament is "
                 "adopting today its annual report on Exampleland, drafted by Jane Example.\n"):
        assert enrich([text]).doc_type.value == "news", text
    r = enrich(["TEDAVİ ve REHABİLİTASYON MERKEZLERİ RAPORU 2031\n\nÖrnek İnsan Hakları Vakfı Yayınları 86\n\n"
                "Bu raporda vakfın merkezlerine 2031 yılında yapılan başvurular değerlendirilmektedir.\n"])
    assert r.doc_type.value == "country-report"


@pytest.mark.parametrize("agency", ["Agence France-Presse reported", "Reuters reported on Tuesday",
                                    "Anadolu News Agency reports"])
def test_a_sentence_closing_on_the_agency_that_reported_it_makes_news(agency):
    """A story's sentence closing on the agency that reported it ("..., Agence France-Presse
    reported.") makes news of it (was untyped); a report citing an agency as its source does
    not ("According to Reuters, ...")."""
    r = enrich(["Union regrets the sentence of the businessman\n\nThe Union's foreign policy chief on Tuesday called "
                f"for the release of the businessman, saying he regrets the verdict, {agency}.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Prison conditions in Exampleland\n\nAccording to Reuters, 17 prisons were overcrowded in 2030.\n"])
    assert r.doc_type is None


@pytest.mark.parametrize("dateline", ["GENEVA / EXAMPLE CITY (14 November 2031) –", "(Istanbul, June 4, 2031) –",
                                      "(New York, le 14 juillet 2031) –", "(Berlin, 14. Juli 2031) –"])
def test_a_press_releases_dateline_makes_a_statement(dateline):
    """A release opening its first paragraph with the UN's or an NGO's dateline, the place and
    the day in brackets before a dash, is a `statement` (a release announcing a visit, under
    the site's "Mission to ..." label, was a `visit-report`; an NGO's release was untyped; in
    French, "le 14 juillet", and German, "14. Juli", it was untyped too). A news agency's
    dateline stays news."""
    r = enrich(["Skip to main content\n\nSpecial Procedures\n\nExampleland / Freedom of expression: UN human rights "
                "expert to assess current situation\n\nMission to Exampleland\n\n14 November 2031\n\n"
                f"{dateline} United Nations Special Rapporteur Jane Example is carrying out her first official "
                "visit to Exampleland this week.\n"])
    assert r.doc_type.value == "statement"
    r = enrich(["ISTANBUL (Reuters) - A court in Exampleland released the journalist on Monday.\n"])
    assert r.doc_type.value == "news"
    # (and an older wire's, "Reuter" with its dash against the story's first word: a story of a
    # report was the `country-report`)
    r = enrich(["GENEVA (Reuter)–A UN human rights report accused Exampleland of a long list of abuses on Thursday, "
                "including the imprisonment of writers.\n"])
    assert r.doc_type.value == "news"


@pytest.mark.parametrize("cover, title", [
    ("Naciones Unidas A/HRC/98/14\n\nAsamblea General Distr. general\n24 de marzo de 2031\nEspañol\nOriginal: inglés\n\n"
     "Consejo de Derechos Humanos\n98º período de sesiones\nTema 6 de la agenda\nExamen periódico universal\n\n"
     "Informe del Grupo de Trabajo sobre el Examen Periódico Universal*\nTurquía\n\nIntroducción\n1. El Grupo de "
     "Trabajo celebró su 35º período de sesiones del 20 al 31 de enero de 2031.\n",
     "Informe del Grupo de Trabajo sobre el Examen Periódico Universal: Turquía"),
    ("Организация Объединенных Наций A/HRC/98/14\n\nГенеральная Ассамблея Distr.: General\n24 March 2031\nRussian\n"
     "Original: English\n\nСовет по правам человека\nДевяносто восьмая сессия\nПункт 6 повестки дня\nУниверсальный "
     "периодический обзор\n\nДоклад Рабочей группы по универсальному периодическому обзору*\nТурция\n\nВведение\n"
     "1. Рабочая группа провела свою сессию 20–31 января 2031 года.\n",
     "Доклад Рабочей группы по универсальному периодическому обзору: Турция"),
    ("الأمم المتحدة A/HRC/98/14\n\nالجمعية العامة Distr.: General\n24 March 2031\nArabic\nOriginal: English\n\n"
     "مجلس حقوق الإنسان\nالبند 6 من جدول الأعمال\nالاستعراض الدوري الشامل\n\n"
     "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*\nتركيا\n\nمقدمة\n1- عقد الفريق العامل دورته في الفترة من 20 "
     "إلى 31 كانون الثاني/يناير 2031.\n",
     "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل: تركيا"),
])
def test_a_upr_working_group_report_in_the_uns_other_languages(cover, title):
    """The Working Group's report on a review in Spanish, Russian and Arabic was untyped and
    the Human Rights Council's (by its A/HRC symbol): now a `upr-report` of the UPR, by the
    review's name in those languages, as in English and French."""
    r = enrich([cover])
    assert (r.title.value, r.doc_type.value, r.body.value) == (title, "upr-report", "UPR")


@pytest.mark.parametrize("period", ["Berichtszeitraum: 1. Januar bis 31. Dezember 2031",
                                    "Periodo: del 1 de enero hasta el 31 de diciembre de 2031"])
def test_a_reporting_periods_end_in_german_and_spanish_dates_no_text(period):
    """A report's period ("1. Januar bis 31. Dezember 2031", "hasta el 31 de diciembre de 2031")
    dated the report by its end (the German by the end's month, "Dezember 2031", read apart from
    its day): a period is when, not the text's date, as "1 January to 31 December" in English."""
    r = enrich([f"Beispielland 2031\n\n{period}\n\nDas harte Durchgreifen gegen Andersdenkende wurde fortgesetzt.\n"])
    assert r.published is None
    r = enrich(["Pressemitteilung\n\nBerlin, 3. März 2031\n\nDie Regierung hat heute beschlossen.\n"])
    assert r.published.value == (dt.date(2031, 3, 3), "day")


def test_a_sessions_last_day_gives_way_to_the_adopting_meetings():
    """A footnote "Adopted by the Committee at its eighty-eighth session (23 November–11
    December 2030)" dated the adoption by the session's last day, though the text says the
    meeting of 10 December adopted it; a session's end with no such meeting stays."""
    footnote = "* Adopted by the Committee at its eighty-eighth session (23 November–11 December 2030).\n\n"
    text = ("Committee on the Elimination of Racial Discrimination\n\nConcluding observations on the combined "
            "reports of Exampleland*\n\n1. The Committee considered the combined reports of Exampleland at its "
            "2408th and 2409th meetings, held on 3 and 4 December 2030. At its 2418th meeting, held on 10 December "
            "2030, it adopted the present concluding observations.\n")
    assert find_dates([footnote + text], "en")[1].value == (dt.date(2030, 12, 10), "day")
    alone = "Committee\n\nConcluding observations on Exampleland*\n\n1. The Committee welcomes the report.\n"
    assert find_dates([footnote + alone], "en")[1].value == (dt.date(2030, 12, 11), "day")


def test_a_turkish_news_sites_added_label_dates_the_item():
    """A Turkish news site's "Eklenme : 26 Ocak 2031 Pazartesi 09:00" (the day the item was
    added, with its weekday and time) was taken for a site's clock and the item was undated;
    a clock with no label stays no date."""
    item = ("Mahkeme Kararları\n\nDanıştay: değerlendirme keyfilikten uzak olmalıdır\n\nDaire, ilk derece mahkemesi "
            "kararını bozdu.\n\nEklenme : 27 Ocak 2031 Pazartesi 09:00 - Güncelleme : 27 Ocak 2031 Pazartesi 07:41\n\n"
            "Dava dosyasının incelenmesinden, değerlendirmenin dayanaklarının dosyaya sunulmadığı görülmüştür.\n")
    assert find_dates([item], "tr")[0].value == (dt.date(2031, 1, 27), "day")
    clock = "Örnek Haber\n\n27 Ocak 2031\nPazartesi 09:00\n\nBakan bugün açıklama yaptı.\n"
    assert find_dates([clock], "tr")[0] is None


@pytest.mark.parametrize("note, language", [("[Date received: 26 November 2030]", "en"),
                                            ("[Date de réception : 26 novembre 2030]", "fr"),
                                            ("[Fecha de recepción: 26 de noviembre de 2030]", "es")])
def test_the_uns_date_received_dates_a_state_partys_report_without_its_cover(note, language):
    """A State party's report copied without its cover (no distribution line) was dated by a
    day its text tells of (the concluding observations it answers, "issued on 25 July 2026"),
    the UN's note of the day it received the report taken for a filing date; the note dates it
    now, and a journal's "Received:" stays a filing date."""
    report = ("* The present document is being issued without formal editing.\n\nEighth periodic report submitted "
              f"by Exampleland under article 18 of the Convention, due in 2030 *\n\n{note}\n\nIntroduction\n\n"
              "1. This report responds to the Committee's concluding observations issued on 25 July 2026.\n")
    assert find_dates([report], language)[0].value == (dt.date(2030, 11, 26), "day")
    article = ("Rights of the Child in Exampleland\n\nReceived: 12 March 2030\n\nAbstract\n\nThis article "
               "studies the reform.\n")
    assert find_dates([article], "en")[0] is None


def test_a_month_another_text_was_adopted_in_dates_no_text():
    """A text telling of a law "adopted in March 2030" (a participle naming another text) was
    dated by that month as its own adoption; a page's own date comes first now, and a text's
    adoption with its day inside a sentence still dates it."""
    page = ("13/06/2031\nBy letter dated 4 May 2031 the Committee requested an opinion on the amendments to the "
            "electoral legislation and related laws adopted in March and April 2031 in Exampleland.\n")
    published, adopted = find_dates([page], "en")
    assert adopted is None and published.value == (dt.date(2031, 6, 13), "day")
    findings = ("Key findings of the report on Exampleland\n\nThe elections were held under the new electoral law "
                "adopted in March 2030. Democratic backsliding continued.\n")
    assert find_dates([findings], "en")[1] is None
    own = ("Concluding observations on Exampleland\n\n1. The Committee considered the report at its 2408th meeting. "
           "At its 2418th meeting, held on 10 December 2030, it adopted the present concluding observations.\n")
    assert find_dates([own], "en")[1].value == (dt.date(2030, 12, 10), "day")


def test_a_year_ending_a_number_before_a_dash_makes_no_period():
    """A translated Amnesty statement's line "Declaración Pública EUR 44/8876/2030 – 26
    diciembre 2030 – Traducido ...": the index number's year before the dash made the day the
    end of a period ("2030 – 26 diciembre 2030") and the text was undated; a year standing
    alone before the dash still makes one ("2029 – 2030")."""
    line = ("Exampleland: Alto a la represión\nAmnistía Internacional – Declaración Pública EUR 44/8876/2030 – 26 "
            "diciembre 2030 – Traducido por un grupo\nAmnistía Internacional siente honda preocupación.\n")
    assert find_dates([line], "es")[0].value == (dt.date(2030, 12, 26), "day")
    period = "Informe anual\n\nDel año 2029 – 26 diciembre 2030\n\nEl informe cubre el período.\n"
    assert find_dates([period], "es")[0] is None


def test_a_datelines_month_dates_the_text_over_a_day_it_tells_of():
    """A report's dateline with a month ("Ankara, May 2031") was passed over for a day its
    text tells of ("the earthquakes that took place on February 6, 2031")."""
    text = ("2030 – Treatment Centres Report\n\nINTRODUCTION\n\nAnkara, May 2031\n\nThis period, in which the pain caused "
            "by the earthquakes that took place on February 6, 2031, is still felt, will not be forgotten.\n")
    assert find_dates([text], "en")[0].value == (dt.date(2031, 5, 1), "month")


def test_a_lists_number_before_an_english_month_is_no_day():
    """A numbered list's item that opens on a month ("2. December 2030 arrests shake the
    Government", a contents line run together with the heading's month) was read as the 2nd
    of December, as a German day is written ("3. März"); the English months no table
    language shares are read so no more, the German day stays."""
    text = ("Example Tribunal Report\n\nFEBRUARY 2031 TABLE OF CONTENTS 1. The 2020 reforms 7 2. December 2030 arrests "
            "shake the Government 11 3. The state of emergency 17\n")
    assert find_dates([text], "en")[0] is None
    assert find_dates(["Bericht\n\n2. April 2031\n"], "de")[0].value == (dt.date(2031, 4, 2), "day")
    assert find_dates(["Bericht\n\n2. Dezember 2031\n"], "de")[0].value == (dt.date(2031, 12, 2), "day")


def test_amnesty_internationals_index_numbers():
    """Amnesty International's index number heading its document ("Index: EUR 44/6589/2031")
    is the document's own identifier (`amnesty-index`; was none), and one in its text a cited
    one; a sheet's "EUR 44/159/1996" is classified so."""
    r = enrich(["AMNESTY INTERNATIONAL\nPUBLIC STATEMENT\n\nIndex: EUR 44/6589/2031\n22 June 2031\n\nExampleland: "
                "Release human rights defenders detained on the island\n\nThe organization calls on the authorities to "
                "release the defenders detained on 5 July 2031, and recalls its earlier statement (EUR 44/6000/2031).\n"])
    assert [t.value for t in r.own_identifiers] == [("amnesty-index", "EUR 44/6589/2031")]
    assert [t.value for t in r.cited_identifiers] == [("amnesty-index", "EUR 44/6000/2031")]
    assert r.title.value == "Exampleland: Release human rights defenders detained on the island"
    assert classify("EUR 44/159/1996") == ("amnesty-index", "EUR 44/159/1996")
    # (before 1996 the year in two figures, after the label only: a date-like "EUR 10/12/31" is none)
    assert [(f.scheme, f.value) for f in find_identifiers(["(AI Index: EUR 44/86/94); a price of EUR 10/12/31"])] == [
        ("amnesty-index", "EUR 44/86/94")]


@pytest.mark.parametrize("index, year", [("Index: EUR 44/6589/2031", 2031), ("AI Index: EUR 44/86/94", 1994)])
def test_an_amnesty_documents_index_year_dates_it_when_nothing_else_does(index, year):
    """An Amnesty International document with no date in its text (a web copy of an urgent
    action without its date line) was undated; its own index number's year dates it (to the
    year; two figures in the older numbers), a day in its text still first."""
    page = (f"Exampleland: Prisoner of conscience / fear of arrest\n\n{index}\n\nAmnesty International is "
            "deeply concerned about the detention of the association's president by plainclothes police.\n")
    assert enrich([page]).published.value == (dt.date(year, 1, 1), "year")
    dated = page.replace("\n\nAmnesty", "\n22 June 2030\n\nAmnesty")
    assert enrich([dated]).published.value == (dt.date(2030, 6, 22), "day")


def test_a_catalogues_publication_date_field_dates_its_record():
    """A catalogue's record of a document (Refworld's: "Publisher ..." / "Publication Date 3
    March 2031", its label without a colon) under the page's own "Last Updated: Friday, 30 June
    2031" was dated by the update; the publication date field dates it."""
    r = enrich(["Last Updated: Friday, 30 June 2031, 16:00 GMT\n\n2030 Country Reports on Human Rights Practices - "
                "Exampleland\n\nPublisher Example Department of State\nPublication Date 3 March 2031\nCite as Example "
                "Department of State, 2030 Country Reports, 3 March 2031 [accessed 30 June 2031]\n\nEXECUTIVE SUMMARY\n\n"
                "Exampleland is a constitutional republic with a multiparty parliamentary system.\n"])
    assert r.published.value == (dt.date(2031, 3, 3), "day")


@pytest.mark.parametrize("headline", ["Il Comitato anti-tortura pubblica due rapporti sulla Turchia",
                                      "Anti-Folter-Komitee veröffentlicht Bericht über die Türkei"])
def test_the_council_of_europes_news_in_italian_and_german(headline):
    """The Council of Europe's news in Italian and German: the CPT named in those languages
    ("Comitato per la prevenzione della tortura", "Anti-Folter-Komitee") was no body, and a
    headline telling that it publishes its reports ("pubblica due rapporti", "veröffentlicht
    Bericht") untyped; now the CPT's `news`, as in English and French."""
    r = enrich([f"{headline}\n\n{headline}\n\nIl Comitato per la prevenzione della tortura (CPT) del Consiglio "
                "d’Europa pubblica oggi i rapporti relativi alle visite effettuate nel 2031.\n"])
    assert (r.doc_type.value, r.body.value) == ("news", "CPT")


def test_a_un_working_groups_adoption_in_arabic_in_the_masculine():
    """The Arabic UPR report's "واعتمد الفريق العامل ... المعقودة في 31 كانون الثاني/يناير 2031" (the
    Working Group adopted, in the masculine) was no adoption (only the Committees' feminine
    "واعتمدت" was read); now the adoption's date (read with the page's language, as an import does)."""
    from ingest.extract import extract_document

    r = extract_document(("الأمم المتحدة A/HRC/98/14\n\nالجمعية العامة Distr.: General\n24 March 2031\nArabic\n"
                          "Original: English\n\nمجلس حقوق الإنسان\nالاستعراض الدوري الشامل\n\n"
                          "تقرير الفريق العامل المعني بالاستعراض الدوري الشامل*\nتركيا\n\nمقدمة\n"
                          "1- عقد الفريق العامل دورته في الفترة من 20 إلى 31 كانون الثاني/يناير 2031. "
                          "واعتمد الفريق العامل هذا التقرير المتعلق بتركيا في جلسته الرابعة عشرة المعقودة في 31 كانون "
                          "الثاني/يناير 2031.\n").encode(), "upr-ar.txt").enrichment
    assert r.adopted.value == (dt.date(2031, 1, 31), "day")


def test_news_of_a_reports_publication_that_no_phrase_typed():
    """A Turkish news item on the Commissioner's report, titled by its finding ("... Komiseri:
    Türkiye’de ... zayıflatıyor") over "... raporunu bugün yayımladı", was untyped (no phrase
    typed it, "raporunu" no report's name): a text telling of a report's publication is news."""
    r = enrich(["Avrupa Konseyi İnsan Hakları Komiseri: Örnekistan’da mahkeme kararlarının uygulanmaması düzeni "
                "zayıflatıyor\n\nAvrupa Konseyi İnsan Hakları Komiseri, ifade özgürlüğü ve yargı bağımsızlığı konularındaki "
                "gözlemlerini içeren raporunu bugün yayımladı.\n"])
    assert r.doc_type.value == "news"


def test_a_spokespersons_comment_is_a_statement():
    """The OHCHR's "Comment by UN Human Rights Office Spokesperson ... on ..." was untyped; a
    comment heading its line is a statement. A report's sentence telling of "a comment by the
    ministry" keeps it a report."""
    r = enrich(["Comment by UN Human Rights Office Spokesperson Jane Example on widespread detentions in Exampleland"
                "\n\nWe are very concerned by the detention of at least 92 people by the authorities over the past week. "
                "All those detained for the legitimate exercise of their rights must be released immediately.\n"])
    assert r.doc_type.value == "statement"
    r = enrich(["Exampleland: a year of crackdown\n\nThe report documents detentions. In a comment by the ministry, "
                "officials rejected the findings of the report.\n"])
    assert r.doc_type.value == "country-report"


def test_a_news_item_is_adopted_by_no_one():
    """A news item telling of a text's adoption ("adopted its concluding observations on 30
    October 2030", "the new electoral law adopted in March 2030") had that adoption as its
    own `adopted` date; a news item has none (its date is its publication's)."""
    r = enrich(["European Commission Representation\nNews article8 November 2031Representation25 min read\n\n"
                "Key findings of the 2031 Report on Exampleland\n\nElections took place on 14 May 2031. The elections "
                "were held under the new electoral law adopted in March 2030, the Commission notes in its report.\n"])
    assert (r.doc_type.value, r.adopted) == ("news", None)
    assert r.published.value == (dt.date(2031, 11, 8), "day")
    # a text adopted by its author keeps its adoption
    r = enrich(["Concluding observations on the second periodic report of Exampleland\n\nThe Committee adopted the "
                "present concluding observations at its 3944th meeting, held on 30 October 2031.\n"])
    assert r.adopted.value == (dt.date(2031, 10, 30), "day")


def test_submission_in_running_text_types_no_submission():
    """A news item ("UN working group accepts 8 complaints from Exampleland") whose second
    paragraph tells that the group does not require remedies to be exhausted "to declare a
    submission admissible" was typed `submission`; the bare word types one only in the title
    or on a heading line. A submission's words of itself in running text ("This submission is
    made by ...") still type it."""
    r = enrich(["UN working group accepts 8 arbitrary detention complaints from Exampleland\n\n"
                "The Working Group has accepted eight individual complaints from Exampleland, a news channel reported "
                "on 3 April.\n\nUnlike other mechanisms, the working group does not require local remedies to have been "
                "exhausted to consider a submission admissible.\n"])
    assert r.doc_type is None or r.doc_type.value != "submission"
    r = enrich(["Exampleland\n\nThis submission is made by the Example Lawyers Association ahead of the review of "
                "Exampleland. It covers the independence of the judiciary.\n"])
    assert r.doc_type.value == "submission"


def test_a_headline_telling_who_submitted_a_report_is_news():
    """"examplenet Submits Istanbul Convention Shadow Report to GREVIO" was typed `submission`:
    a headline whose verb tells that someone submits or presents a report is news of it. A
    report's own title saying whom it was submitted by keeps its kind."""
    r = enrich(["examplenet Submits Istanbul Convention Shadow Report to GREVIO\n\nExampleland has entered the first "
                "evaluation phase of the Istanbul Convention. The NGOs submitted their own shadow report.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Shadow report submitted by the Example Women's Platform to GREVIO\n\nThis shadow report covers the "
                "implementation of the Istanbul Convention in Exampleland.\n"])
    assert r.doc_type.value == "submission"


def test_the_states_own_heading_over_its_comments_on_a_report():
    """The government's comments on GREVIO's report, headed "Turkey's Final Comments on
    GREVIO's Report on ...", were typed a country report: a heading naming the State's
    comments on a report is the government's response."""
    r = enrich(["Istanbul Convention\nFirst (Baseline) Evaluation Procedure\n\nTurkey’s Final Comments on\n"
                "GREVIO’s Report on legislative and other measures giving effect to the provisions of the Convention\n\n"
                "Introduction\n\nThe authorities thank the members of GREVIO for their work and comment on the "
                "recommendations below.\n"])
    assert r.doc_type.value == "government-response"


def test_a_sentence_opening_on_grevios_name_is_no_furniture():
    """A news page's first paragraph, "Group of Experts on Action against Violence against
    Women and Domestic Violence (GREVIO) launched the 2031 baseline evaluation report ...", was
    skipped as GREVIO's name over a cover (and a link's "See the full report here." titled the
    page): the name is furniture alone on its line, not a sentence opening on it; the sentence's
    acronym in brackets before "launched ... report" makes it news."""
    page = ("See the full report here.\nGroup of Experts on Action against Violence against Women and Domestic Violence "
            "(GREVIO) launched the 2031 baseline evaluation report on legislative and other measures giving effect to "
            "the Istanbul Convention for Exampleland.\nThe report overall emphasizes that the prevailing context is "
            "unpropitious for the fulfilment of women's right to live free from violence.\n")
    r = enrich([page])
    assert r.title.value.startswith("Group of Experts on Action against Violence against Women and Domestic Violence "
                                    "(GREVIO) launched the 2031 baseline")
    assert r.doc_type.value == "news"
    # the name alone over a cover (on one line or two, a rule drawn after it) is still furniture
    for cover in ("Group of Experts on Action against Violence against Women and Domestic Violence (GREVIO) ______\n",
                  "Group of Experts on Action against\nViolence against Women and Domestic Violence\n"):
        r = enrich([cover + "\nBaseline Evaluation Report Exampleland\n\nAdopted on 3 March 2031\n\nIntroduction\n\n"
                    "1. This report evaluates the measures taken.\n"])
        assert r.title.value == "Baseline Evaluation Report Exampleland"


def test_turkish_news_of_a_reports_publication_words_between():
    """Turkish news of an NGO's report, "... hak ihlalleri raporunu düzenlenen bir basın
    toplantısıyla açıkladı" (four words between the report and the verb) and "... Raporu”nu
    kamuoyu ile paylaştı" (a closing quotation mark before the suffix, "shared with the
    public"), were typed country reports: both tell of a report's publication, news. A
    report's own words of itself stay a report."""
    for sentence in ("Örnek Derneği İstanbul Şubesi, 2031 yılına ait cezaevlerindeki hak ihlalleri raporunu "
                     "düzenlenen bir basın toplantısıyla açıkladı.",
                     "Örnek Derneği Hapishaneler Komisyonu, 20 Aralık 2031 tarihinde “Mahpusların Diliyle Örnekistan "
                     "Hapishanelerinde Hak İhlalleri Raporu”nu kamuoyu ile paylaştı."):
        r = enrich([f"Örnek Bölgesi cezaevlerinde bir yılda 7 bin hak ihlali\n\n{sentence}\n\nRapor verilerine göre "
                    "2031 yılında 280 başvuru yapıldı.\n"])
        assert r.doc_type.value == "news", sentence
    r = enrich(["Örnek Derneği 2031 Yılı Hapishaneler Hak İhlalleri Raporu\n\nBu rapor, derneğimize gelen başvurular ve "
                "hapishane ziyaretlerinde elde edilen verilerden oluşmaktadır.\n"])
    assert r.doc_type.value == "country-report"


def test_the_commissions_key_findings_without_its_name_above():
    """A news site's copy of the Commission's "Key findings of the 2031 Report on Exampleland",
    the Commission named nowhere above, was civil society's: that title is the Commission's
    summary of its yearly report on a country of its enlargement policy."""
    r = enrich(["Politics\n\nKey findings of the 2031 Report on Exampleland\n\nThere are serious deficiencies in the "
                "functioning of Exampleland's democratic institutions. Democratic backsliding continued during the "
                "reporting period.\n"])
    assert (r.mechanism.value, r.body.value) == ("EU", "European Commission")
    # a text only quoting such a title stays whose it is
    r = enrich(["Example Platform comments\n\nOur comments on the Key findings of the 2031 Report on Exampleland "
                "follow.\n"])
    assert r.body is None or r.body.value != "European Commission"


def test_a_news_items_first_sentence_after_its_dateline_is_no_furniture():
    """"Brussels – The European Commission's upcoming report on the Union's enlargement ... has
    languished since 2031, ..." was skipped as a dateline (a seat and a year) and the page titled
    by its second sentence, typed a country report: a dateline's year stands near its place; and
    a report "which will be released on Wednesday" is news of its publication to come."""
    r = enrich(["Brussels – The European Commission’s upcoming report on the Union’s enlargement, including the "
                "prospects of candidate-state Exampleland, is expected to reiterate that its accession course has "
                "languished since 2031, with the country judged as continuing to distance itself from the bloc.\n"
                "The report, which will be released on Wednesday in Brussels, is also expected to underline that the "
                "Commission remains in favor of a positive agenda.\n"])
    assert r.title.value.startswith("Brussels – The European Commission’s upcoming report")
    assert r.doc_type.value == "news"
    # a dateline is still no title
    r = enrich(["Brussels, 17 April 2031\n\nExampleland 2031 Report\n\nThis report assesses the reforms.\n"])
    assert r.title.value == "Exampleland 2031 Report"


def test_a_countrys_place_in_anothers_report_is_news():
    """"Exampleland in the 2031 World Report of Example Watch", an NGO's article on what another's
    report says of a country, was typed a country report: a title placing a country in
    another's report tells of that report. A report's own title keeps its kind."""
    r = enrich(["Exampleland in the 2031 World Report of Example Watch\n\nExample Watch's 2031 World Report states that "
                "the government has pushed the country's human rights record back decades.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Exampleland: Annual Report 2031\n\nThis report covers the events of 2030 in Exampleland.\n"])
    assert r.doc_type.value == "country-report"


def test_a_symbol_on_a_line_linking_to_its_document_is_cited():
    """An NGO's page on a UN document, opening "(A/HRC/WG.6/41/XMP/2) - 27 January 2031 - click
    here for the report.", had that symbol as its own (and was the UPR's, titled by the link):
    a symbol in brackets on a line that links to its document cites it. A UN cover's own symbol
    stays its own."""
    r = enrich(["(A/HRC/WG.6/41/XMP/2) - 27 January 2031 - click here for the report.\n\nReport by Jane Example, "
                "Human Rights Officer of the Example Bar Association\n\nThe document bearing the above reference was "
                "prepared for the Universal Periodic Review of Exampleland and discussed in Geneva.\n"])
    assert [t.value for t in r.own_identifiers] == []
    assert ("un-symbol", "A/HRC/WG.6/41/XMP/2") in [t.value for t in r.cited_identifiers]
    assert r.mechanism.value == "civil-society"
    assert r.title.value == "Report by Jane Example, Human Rights Officer of the Example Bar Association"
    r = enrich(["United Nations A/HRC/WG.6/41/XMP/2\n\nGeneral Assembly Distr.: General\n12 November 2031\n\n"
                "Human Rights Council\nWorking Group on the Universal Periodic Review\n\nCompilation on Exampleland\n"])
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "A/HRC/WG.6/41/XMP/2")]


def test_a_committee_of_ministers_decision_cites_the_judgment_it_supervises():
    """The Committee of Ministers' decision on a case's execution, headed by the case and its
    application ("H46-33 Exampleman v. Türkiye (Application No. 28749/31)") and without a
    symbol of its own, had the application number as its own identifier, the judgment's: it
    cites the judgment (and a citing document finds it among those citing the judgment)."""
    r = enrich(["Decision\n\nH46-33 Exampleman v. Türkiye (Application No. 28749/31)\nSupervision of the execution of "
                "the European Court's judgments\n\nThe Deputies\n1. recalled that the Court found that the applicant's "
                "detention had pursued the ulterior purpose of silencing him;\n2. urged the authorities to ensure the "
                "applicant's immediate release;\n"])
    assert r.body.value == "Committee of Ministers"
    assert [t.value for t in r.own_identifiers] == []
    assert ("ecthr-application", "28749/31") in [t.value for t in r.cited_identifiers]
    # the judgment itself keeps its application as its own
    r = enrich(["SECOND SECTION\n\nCASE OF EXAMPLEMAN v. TÜRKİYE\n\n(Application no. 28749/31)\n\nJUDGMENT\n\n"
                "STRASBOURG\n\n10 December 2031\n\nIn the case of Exampleman v. Türkiye,\n"])
    assert ("ecthr-application", "28749/31") in [t.value for t in r.own_identifiers]


def test_a_wire_storys_dateline_with_its_day():
    """Reuters prints the day between the place and the agency ("ISTANBUL, March 3 (Reuters) -
    ..."): the story, no headline over it, was untyped; it is news as "ISTANBUL (Reuters) - ..."
    is. A report's sentence naming an agency in brackets is not a dateline."""
    r = enrich(["EXAMPLEVILLE, March 3 (Reuters) - Exampleland's authorities detained 15 journalists on Tuesday in "
                "raids across the country, state media said.\n\nThe detentions followed an investigation.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Exampleland: Annual Report 2031\n\nMedia freedom, March 3 (Reuters) reported, declined further in "
                "2030. This report covers the events of 2030.\n"])
    assert r.doc_type.value == "country-report"


@pytest.mark.parametrize("text, title", [
    ("AMNISTÍA INTERNACIONAL\nDECLARACIÓN PÚBLICA\n\nÍndice: EUR 44/1234/2031\n26 de diciembre de 2031\n\nExamplelandia: "
     "Las autoridades deben liberar a los periodistas detenidos\n\nLas autoridades deben poner en libertad de inmediato a "
     "los periodistas detenidos.\n", "Examplelandia: Las autoridades deben liberar a los periodistas detenidos"),
    ("AMNESTY INTERNATIONAL\nDÉCLARATION PUBLIQUE\n\nIndex AI : EUR 44/1234/2031\n26 décembre 2031\n\nExamplelande. Les "
     "autorités doivent libérer les journalistes\n\nLes autorités doivent libérer les journalistes.\n",
     "Examplelande. Les autorités doivent libérer les journalistes"),
])
def test_an_ngos_public_statement_in_its_translations(text, title):
    """Amnesty's public statement translated ("AMNISTÍA INTERNACIONAL" / "DECLARACIÓN PÚBLICA",
    "DÉCLARATION PUBLIQUE") was titled by its masthead and label and untyped: they are furniture,
    the label makes it a statement, as "PUBLIC STATEMENT" does. A news item telling of a
    statement in a sentence is none."""
    r = enrich([text])
    assert (r.title.value, r.doc_type.value) == (title, "statement")
    assert [t.value for t in r.own_identifiers] == [("amnesty-index", "EUR 44/1234/2031")]
    r = enrich(["Des journalistes libérés à Exampleville\n\nDans une déclaration publique publiée hier, l'organisation "
                "a salué la libération des journalistes et appelé à abandonner les poursuites contre eux.\n"])
    assert r.doc_type is None or r.doc_type.value != "statement"


@pytest.mark.parametrize("title", [
    "Analysis: the Grand Chamber judgment in Exampleman v. Türkiye",
    "Commentary on the judgment of the European Court of Human Rights in Exampleman v. Turkey",
    "Case note: Exampleman v. Turkey (App. No. 28749/31)",
    "Comments on the Grand Chamber judgment in Exampleman v. Türkiye",
    "Commentaire de l'arrêt Exampleman c. Turquie",
    "AİHM Exampleman/Türkiye Kararının Değerlendirilmesi",
])
def test_an_analysis_of_a_judgment_is_no_judgment(title):
    """An NGO's or a lawyer's analysis of a judgment, its title opening on the word for it
    ("Analysis:", "Commentary on the judgment ...", "Case note:", "... Kararının
    Değerlendirilmesi"), was typed `judgment` by the judgment its title names: it is a briefing
    on it. The judgment's own heading keeps it a judgment."""
    r = enrich([f"{title}\n\nBy Jane Example\n\nOn 10 December 2031 the Court found a violation of Article 18 of the "
                "Convention. This analysis explains why the judgment matters.\n"])
    assert r.doc_type.value == "briefing"
    assert r.case is None


def test_a_judgment_titled_by_its_heading_stays_a_judgment():
    r = enrich(["Judgment of the Grand Chamber in the case of Exampleman v. Türkiye\n\nThe Court delivered its judgment "
                "on 10 December 2031.\n"])
    assert r.doc_type.value == "judgment"


def test_issues_and_releases_as_nouns_make_no_news():
    """"Country Note EXAMPLELAND International protection issues and recommendations from ...
    bodies", a research project's note, was news by "issues ... recommendations" read as a
    headline's verb ("X issues recommendations"): a noun in a list ("issues and", "releases
    and") is no verb; and a country note is a briefing. The verb still makes news."""
    r = enrich(["Country Note EXAMPLELAND International protection issues and recommendations from international and "
                "regional human rights mechanisms and bodies\n\nThis Country Note provides a synthetic overview of key "
                "issues and recommendations in the field of international protection.\n"])
    assert r.doc_type.value == "briefing"
    r = enrich(["Committee issues recommendations to Exampleland on prison conditions\n\nThe Committee published its "
                "findings today.\n"])
    assert r.doc_type.value == "news"


@pytest.mark.parametrize("page", [
    # a report prepared, told in the news ("... bir rapor hazırladı", "... raporlaştırdı")
    "Her başvuruya aynı yanıtı veren kurum\n\nÖrnek Derneği'nden Ayşe Örnek 2030 ile 2031 yılları arasında kurumlara "
    "yapılan başvuruları ve gelen yanıtları raporlaştırdı. Raporda kuruma ayrı bir sayfa açıldı.\n",
    "Örnek Cezaevine dair rapor\n\nMeclis Alt Komisyonu Örnekşehir Ceza İnfaz Kurumu’na dair bir rapor hazırladı.\n",
    # ... and its publication in the passive with words between ("... Raporu hazırlanarak kamuoyu ile paylaşıldı")
    "Örnek Derneği Hapishane Komisyonu tarafından Örnek Bölgesi Hapishaneleri Hak İhlalleri Raporu hazırlanarak "
    "kamuoyu ile paylaşıldı.\nİşte o rapor\nRaporumuz başvurulardan oluşturulmuştur.\n",
])
def test_turkish_news_of_a_report_prepared_or_shared(page):
    """Turkish news of a report someone prepared ("rapor hazırladı", "raporlaştırdı") or
    shared with words between ("Raporu hazırlanarak kamuoyu ile paylaşıldı") was typed a
    country report: it is news of it."""
    assert enrich([page]).doc_type.value == "news"


def test_a_turkish_heading_naming_a_visit_is_no_visit_report():
    """An institution's news page of a visit it received, its subheading "... Hakkında
    Değerlendirme Ziyareti", was a visit report by "ziyareti": in Turkish a visit's report names
    the report ("... Türkiye Ziyareti Raporu", "Ziyaret Raporu")."""
    r = enrich(["Sivil İzleme Kurullarıyla İşbirliğini Önemsiyoruz!\n19.07.2031\n\nÖrnek Kurulların Gelişme İhtiyaçları "
                "Hakkında Değerlendirme Ziyareti\n\nBakanlık temsilcileri Kurum Başkanına istişare amaçlı bir ziyarette "
                "bulundular.\n"])
    assert r.doc_type is None or r.doc_type.value != "visit-report"
    r = enrich(["Örnek Komitenin Örnekistan Ziyareti Raporu\n\nKomite, 2031 yılında ülkeye bir ziyaret "
                "gerçekleştirmiştir.\n"])
    assert r.doc_type.value == "visit-report"


@pytest.mark.parametrize("headline", [
    "LAST MINUTE NEWS: Statement from the Ministry of Foreign Affairs about the EU Leaders’ Summit",
    "BREAKING: Report on Exampleland's prisons published",
    "SON DAKİKA: Bakanlıktan AB zirvesine ilişkin açıklama",
])
def test_a_news_sites_label_opening_a_headline_makes_news(headline):
    """"LAST MINUTE NEWS: Statement from the Ministry ...", a news item on a ministry's
    statement, was typed `statement` by the statement its headline names: a news site's label
    opening the headline ("BREAKING:", "SON DAKİKA:") makes it news. A statement's own title
    stays a statement."""
    r = enrich([f"{headline}\n\nThe Ministry made a statement regarding the summit. It said the decisions were far "
                "from the expected steps.\n"])
    assert r.doc_type.value == "news"


def test_a_statements_own_title_without_a_news_label():
    r = enrich(["Statement from the Ministry of Foreign Affairs about the EU Leaders’ Summit\n\nThe decisions adopted at "
                "the summit are far from the expected steps.\n"])
    assert r.doc_type.value == "statement"


def test_the_adopter_of_the_text_an_opinion_is_on():
    """A page titled "EXAMPLELAND - Opinion on the Amendments to the Constitution Adopted by the
    Grand National Assembly on 21 January 2031 ..." was the Parliament's, adopted on 21 January
    2031: the body and the day after "adopted" in a title on another text are that text's. A
    text's own adoption line, and a UN resolution's title naming its adopter, still count."""
    r = enrich(["Home > Principles > EXAMPLELAND - Opinion on the Amendments to the Constitution Adopted by the Grand "
                "National Assembly on 21 January 2031 and to be Submitted to a National Referendum\n\nParagraph 28\n\n"
                "The Commission has repeatedly stressed that inclusiveness is a key requirement of a democratic "
                "Constitution-making process.\n"])
    assert r.body is None or r.body.value != "Parliament"
    assert r.adopted is None
    r = enrich(["EXAMPLELAND\n\nOPINION\n\nON THE AMENDMENTS TO THE CONSTITUTION\n\nAdopted by the Venice Commission at its "
                "110th Plenary Session (Venice, 10-11 March 2031)\n\nOn the basis of comments by Ms Jane EXAMPLE\n"])
    assert r.adopted.value == (dt.date(2031, 3, 11), "day")
    r = enrich(["Resolution adopted by the Human Rights Council on 6 July 2031\n\n47/1. Cooperation with Exampleland\n\n"
                "The Human Rights Council,\n"])
    assert r.body.value == "HRC"


def test_an_activity_report_on_several_visits_is_about_each_state():
    """The Commissioner's quarterly activity report, its headings "Visit to Türkiye", "Visit to
    Greece" and "Visit to Poland", was about Türkiye alone (the first heading): it is about
    each State a heading names a visit to. A visit report's title still names its one State."""
    r = enrich(["Strasbourg, 20 April 2031\nCommDH(2031)12\n\nQuarterly Activity Report\n1 January to 31 March 2031\n\n"
                "by the Commissioner for Human Rights\n\n1. Country monitoring\n\nVisit to Türkiye\n\nThe Commissioner "
                "visited Türkiye from 10 to 14 January 2031.\n\nVisit to Greece\n\nThe Commissioner visited Greece from 2 "
                "to 6 February 2031.\n\nVisit to Poland\n\nThe Commissioner visited Poland in March 2031.\n"])
    assert [t.value for t in r.subject_countries] == ["TR", "GR", "PL"]
    r = enrich(["Report by the Commissioner for Human Rights following his visit to Greece from 2 to 6 February 2031\n\n"
                "Summary\n\nThe Commissioner visited Greece. He also met officials who had returned from Türkiye.\n"])
    assert [t.value for t in r.subject_countries] == ["GR"]


def test_a_place_and_its_country_in_brackets_before_a_dash_is_a_dateline():
    """An Italian wire's story, "ISTANBUL (Turchia) – ... sono stati arrestati ...", was untyped:
    the place in capitals and its country in brackets before a dash is a dateline, news. A
    heading naming a body and its country in brackets is not."""
    r = enrich(["ISTANBUL (Turchia) – Un noto giornalista e avvocato per i diritti umani e la moglie sono stati arrestati "
                "dalla polizia a Istanbul. Nei giorni scorsi il suo nome era apparso in una lista.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["EXAMPLE FOUNDATION (Exampleland) – Annual Report 2031\n\nThis report covers the events of 2030.\n"])
    assert r.doc_type.value == "country-report"


def test_a_headline_telling_that_someone_addresses_a_body_is_news():
    """"Exampleland's Deputy Minister addresses Human Rights Council", a broadcaster's news of
    a speech, was untyped: a headline telling that someone addresses a council, an assembly or
    a session is news. A speech's own heading ("Address by ... to the ...") is none."""
    r = enrich(["Exampleland's Deputy Minister addresses Human Rights Council\nDate Added: 28 February 2031\n\nThe "
                "Deputy Minister virtually addressed the High Level Segment of the 52nd Session of the Council.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Address by the Deputy Minister of Exampleland to the Human Rights Council\n\nMr. President,\n\nIt is an "
                "honour to address the Council.\n"])
    assert r.doc_type.value == "statement"


def test_the_interlocutor_of_a_dialogue_is_not_the_speaker():
    """A delegation's statement at the Human Rights Council, headed "31st Session of the Human
    Rights Council Interactive Dialogue with the High Commissioner for Human Rights" over
    "Mr. President,", was the High Commissioner's (OHCHR): the body a dialogue is held with is
    the interlocutor, not the speaker (nor the Council of Europe's Commissioner, whose name is
    inside the High Commissioner's). The statement is the Council session's."""
    r = enrich(["31st Session of the Human Rights Council Interactive Dialogue with the High Commissioner for Human Rights"
                "\n\nAyşe ÖRNEK 10.03.2031\n\nMr. President,\n\nWe note the High Commissioner's update and reiterate our "
                "support for his efforts.\n"])
    assert r.doc_type.value == "statement"
    assert r.body.value == "HRC"


def test_a_wire_dateline_with_its_region():
    """Kurdistan24's dateline names the region between the place and the agency ("ERBIL,
    Kurdistan Region (Kurdistan24) – ..."): the story was untyped; it is news."""
    r = enrich(["Exampleland court sentences an opposition leader\n\nEXAMPLEVILLE, Kurdistan Region (Kurdistan24) – A court "
                "in Exampleville on Tuesday sentenced the opposition leader to one year in prison.\n"])
    assert r.doc_type.value == "news"


@pytest.mark.parametrize("formula", [
    "The Observatory for the Protection of Human Rights Defenders, a partnership of two federations, requests your "
    "urgent intervention in the following situation in Exampleland.",
    "L'Observatoire pour la protection des défenseurs des droits humains vous prie d'intervenir de toute urgence sur "
    "la situation suivante en Exampleland.",
    "El Observatorio para la Protección de los Defensores de Derechos Humanos solicita su intervención urgente en la "
    "siguiente situación en Exampleland."])
def test_an_ngos_urgent_appeal_by_its_formula_is_a_communication(formula):
    """The Observatory's appeals were untyped unless a line said "Urgent Appeal"."""
    r = enrich([f"New wave of arbitrary arrests of human rights defenders\nOctober 25, 2030\n{formula}\n"
                "Description of the situation:\nThe Observatory has been informed by reliable sources about the "
                "arrest of four members of an association in Example City on October 4, 2030.\n"])
    assert (r.doc_type.value, r.mechanism.value) == ("communication", "civil-society")


def test_a_document_sites_upload_date_and_a_quoted_sources_day_date_no_text():
    """A page of a country of origin report as an Azerbaijani document site shows it was dated
    by the day the site took the file ("tarix03.01.2031", under its size and page), and without
    that by the day a source it quotes was published; its heading's month dates it."""
    page = ("Country of origin information report Exampleland March 2030\n\n\n\nYüklə 1,58 Mb.\nsəhifə18/232\n"
            "tarix03.01.2031\nölçüsü1,58 Mb.\n#49942\n1   ...   14   15   16   17   ...   232\nReturn to contents\n\n"
            "Human Rights\n\n7 Introduction\n7.01 As outlined in the Example Watch World Report 2030, published on "
            "11 January 2030:\n\"The government failed during 2029 to implement key reforms.\" [9b]\n\n7.02 The "
            "Example Department Report 2029, published on 8 March 2030, noted that:\n\"The government generally "
            "respected the human rights of its citizens.\" [5b]\n")
    published, _ = find_dates([page], "en")
    assert published.value == (dt.date(2030, 3, 1), "month")
    published, _ = find_dates([page.replace("tarix03.01.2031\n", "")], "en")
    assert published.value == (dt.date(2030, 3, 1), "month")
    # (a page's own "published on" still dates it)
    published, _ = find_dates(["Annual report on Exampleland\nPublished on 11 January 2031\n\nThe report covers "
                               "the events of 2030 in the country.\n"], "en")
    assert published.value == (dt.date(2031, 1, 11), "day")


def test_a_datelines_place_in_small_letters_and_a_report_just_out_make_news():
    """"Istanbul (ExampleNews) – ..." (a place and the agency or paper in brackets) was untyped;
    "... highlighted ... in a recently released report" a country report."""
    r = enrich(["di Ayşe Example\n\nIstanbul (ExampleNews) – Armeni e greci sono i gruppi più colpiti dai discorsi d'odio "
                "nei media turchi lo scorso anno, afferma il rapporto della fondazione.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["The Example Foundation's media watch project, which brought together journalists and lawyers, "
                "highlighted hate speech in the Turkish media in a recently released report.\n\"Hate Speech 2030\", "
                "published by the foundation, is a report that compiles the workshops' presentations.\n"])
    assert r.doc_type.value == "news"
    # (not a place a sentence opens on: "Exampleville (the old town) – ...", no place we know)
    r = enrich(["Exampleville (the old town) – a report on housing in the district in 2030.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_concluding_observations_typed_by_their_own_symbol():
    """A page of a treaty body's concluding observations without their cover was a country
    report ("its next periodic report"); their addendum, the State's comments, is not them."""
    page = ("CERD/C/EXL/CO/3\npage 7\nto minorities. The Committee also notes the establishment of the office of "
            "ombudsman.\nThe Committee requests the State party to include in its next periodic report detailed "
            "information regarding the work of the Board.\n25.\nThe Committee notes the State party's view that the "
            "remedies are sufficient.\n")
    assert enrich([page]).doc_type.value == "concluding-observations"
    r = enrich([page.replace("CERD/C/EXL/CO/3\n", "CERD/C/EXL/CO/3/Add.1\n")])
    assert r.doc_type is None or r.doc_type.value != "concluding-observations"


@pytest.mark.parametrize("lead", [
    "The European Court of Human Rights said Tuesday that Exampleland acted unlawfully when it held a judge for 14 "
    "months without trial.",
    "The European Court of Human Rights on Tuesday ruled that the detention of a judge following the 2030 coup "
    "attempt was unlawful.",
    "Exampleland was condemned on Tuesday by the European Court of Human Rights for having imprisoned two judges.",
    "The European Court of Human Rights today condemned Exampleland for the arbitrary detention of 427 judges."])
def test_a_story_whose_lead_tells_what_was_done_on_a_weekday_is_news(lead):
    """Stories on the Court's judgments against Türkiye were untyped."""
    r = enrich([f"Judge's detention unlawful, European court says\n\n{lead}\n\nIt ordered the State to pay the judge "
                "6,000 euros in damages plus 4,000 euros in costs and expenses.\n"])
    assert r.doc_type.value == "news"


def test_a_meeting_held_on_a_weekday_makes_no_news():
    r = enrich(["Minutes of the 12th meeting\n\nThe 12th meeting of the board, held on Tuesday, 3 May 2031, examined the "
                "draft annual programme and the budget.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_a_story_dated_by_a_weekday_is_news_whatever_review_it_tells_of():
    """A news site's story on Exampleland's review was a UPR report by the review's name."""
    r = enrich(["UPR to contribute to Exampleland's efforts to improve rights\n\n\nThe periodic review of Exampleland's "
                "human rights record, the Universal Periodic Review (UPR), carried out by the Human Rights Council ended "
                "on Thursday in Geneva. Speaking at the closing session, the Deputy Prime Minister said the recommendations "
                "would be evaluated with great diligence.\n"])
    assert r.doc_type.value == "news"
    # (the Working Group's report, which dates its meetings by day, stays one)
    r = enrich(["Report of the Working Group on the Universal Periodic Review\n\nExampleland\n\nIntroduction\n\n1. The Working "
                "Group on the Universal Periodic Review held its eighth session from 3 to 14 May 2030. The review of "
                "Exampleland was held at the 12th meeting, on 10 May 2030.\n"])
    assert r.doc_type.value == "upr-report"


@pytest.mark.parametrize("lead", [
    "The 12th Session of the Congress of Local and Regional Authorities adopted a report underlining a degrading "
    "situation in terms of local self-government in Exampleland.",
    "In its latest report on Exampleland's application of the European Charter of Local Self-Government, the "
    "Congress welcomes the turnout in the local elections of 2030."])
def test_a_report_a_body_adopted_or_its_latest_one_told_of_is_news(lead):
    """Stories on the Congress's report on local democracy in Türkiye were country reports."""
    r = enrich([f"Appointing trustees to elected municipalities is against the Charter\n\n{lead} The rapporteurs "
                "expressed their concerns about the small progress in implementing earlier recommendations.\n"])
    assert r.doc_type.value == "news"
    # (the report itself, which names what it is and says what was adopted, stays one)
    r = enrich(["Monitoring of the European Charter of Local Self-Government in Exampleland\n\nReport\n\nSummary\n\nThis "
                "report follows a monitoring visit which took place in October 2030 in Exampleland. The Monitoring "
                "Committee adopted the report on 3 March 2031.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_a_reporters_byline_and_place_before_a_dash_make_news():
    """A trial-monitoring story, "Ayşe Example, İstanbul - 12th hearing of ... was held at ...",
    was untyped."""
    r = enrich(["Press trial adjourned until January\n\n7 September 2030\n\nAyşe Example, İstanbul - 12th hearing of 46 "
                "journalists from the local media was held at İstanbul 3rd High Criminal Court.\n\nThe court ruled for the "
                "continuation of the arrest warrant and adjourned the hearing until 11 January 2031.\n"])
    assert r.doc_type.value == "news"
    # (not a place we know: "Ayşe Example, Exampleville - ...")
    r = enrich(["Press trial adjourned until January\n\n7 September 2030\n\nAyşe Example, Exampleville - 12th hearing of 46 "
                "journalists from the local media was held at the 3rd High Criminal Court.\n\nThe court ruled for the "
                "continuation of the arrest warrant and adjourned the hearing until 11 January 2031.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


@pytest.mark.parametrize("text", [
    # the Arabic press's lead: "today" and the weekday
    "أدانت المحكمة الأوروبية لحقوق الإنسان، اليوم \"الثلاثاء\"، إكزامبلاند لاحتجازها مؤقتا 427 قاضياً بعد محاولة "
    "الانقلاب الفاشلة في يوليو 2030.\nوأجمع قضاة المحكمة على أن الدولة انتهكت الحق في الحرية.\n",
    # the place and "agencies" alone on the line over the story
    "ستراسبورغ (وكالات)\nدانت المحكمة الأوروبية لحقوق الإنسان مجدداً إكزامبلاند مرتين، أمس، لاحتجازها بشكل غير قانوني "
    "صحفيين اثنين.\nوسبق أن غرّمت المحكمة الأوروبية الدولة في نوفمبر الماضي.\n",
    "STRASBOURG (AFP)\nThe European Court of Human Rights found against Exampleland for the detention of two journalists "
    "after the coup attempt of 2030.\nIt awarded each of them 12,000 euros.\n",
    # a headline telling what the Court did, the verb after its subject, in Arabic and German
    "المحكمة الأوروبية لحقوق الإنسان تدين إكزامبلاند\n\nأدانت المحكمة الأوروبية لحقوق الإنسان إكزامبلاند لحبسها مؤقتاً "
    "عشرة صحفيين معارضين.\n",
    "EU-Gericht verurteilt Exampleland wegen Reporter-Haft\n\nDer Europäische Gerichtshof für Menschenrechte hat die "
    "Untersuchungshaft zweier Journalisten für rechtswidrig erklärt.\n"])
def test_stories_on_the_courts_judgments_in_other_languages_are_news(text):
    """Arabic and German stories on the Court's judgments against Türkiye were untyped; an
    Arabic story's dateline alone on its line ("ستراسبورغ (وكالات)") titled it."""
    r = enrich([text])
    assert r.doc_type.value == "news"
    assert "(" not in r.title.value


def test_a_dateline_alone_is_news_only_with_an_agency():
    r = enrich(["Ankara (Merkez)\nThe board met in the capital to discuss the annual programme of the association and "
                "its budget for 2031.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


@pytest.mark.parametrize("text, language", [
    ("Strasbourg condemns Exampleland for jailing two journalists after the coup attempt of 15 July 2030\nThe Court "
     "found a violation of their right to liberty.\n", "en"),
    ("Estrasburgo condena a Exampleland por encarcelar a dos periodistas tras el intento de golpe de Estado del 15 de "
     "julio de 2030\nEl TEDH considera que hubo una violación.\n", "es"),
    ("La Cour condamne l'Exampleland après la tentative de coup d'État du 15 juillet 2030\nLa Cour a constaté une "
     "violation.\n", "fr"),
    ("15 Temmuz 2030 darbe girişimi sonrasında gazeteciler tutuklandı\nMahkeme ihlal kararı verdi.\n", "tr"),
    ("Stakeholders reported that public servants were dismissed after the coup attempt of July 2030, and that appeals "
     "were processed slowly.\n", "en")])
def test_a_day_named_as_an_events_does_not_date_the_text(text, language):
    """A story on the Court's judgment was dated by the coup attempt it named ("... after the
    coup attempt of 15 July 2016"), in English, Spanish, French and Turkish."""
    published, _ = find_dates([text], language)
    assert published is None


def test_a_texts_own_day_dates_it_not_an_events_its_title_names():
    """"Report on the elections of 14 May 2030" was dated by the elections; "Decision of 15
    July 2030" names the decision's own day."""
    published, _ = find_dates(["Decision of 15 July 2030\nThe Committee decided to close the case.\n"], "en")
    assert published.value == (dt.date(2030, 7, 15), "day")
    published, _ = find_dates(["Report on the elections of 14 May 2030\n\nPublished 3 June 2030\n"], "en")
    assert published.value == (dt.date(2030, 6, 3), "day")


def test_a_turkish_news_sites_link_to_its_other_languages_is_no_title():
    """bianet's Turkish story was titled "Haberin İngilizcesi / Kürtçesi için tıklayın" (click
    for the story in English / Kurdish), as its English link was already furniture."""
    r = enrich(["Haberin İngilizcesi / Kürtçesi için tıklayın\nAf Örgütü'nden acil eylem: Hak savunucuları serbest "
                "bırakılsın\nUluslararası Af Örgütü, 10 insan hakları savunucusuyla ilgili acil eylem kampanyası başlattı.\n"])
    assert r.title.value == "Af Örgütü'nden acil eylem: Hak savunucuları serbest bırakılsın"


def test_a_headline_glued_to_its_section_and_printed_again_is_titled_without_it():
    """A Polish portal's story was titled "ŚwiatTurcja łamie prawa człowieka", its section
    ("Świat", world) glued to the headline's first print; the headline is printed again alone."""
    r = enrich(["ŚwiatExampleland łamie prawa człowieka\n\nExampleland łamie prawa człowieka\n\nEuropejski Trybunał "
                "Praw Człowieka w Strasburgu\nuznał w czwartek Exampleland winnym gwałcenia praw człowieka.\n"])
    assert r.title.value == "Exampleland łamie prawa człowieka"
    assert r.doc_type.value == "news"  # ("w czwartek", on Thursday, in the lead)
    # (a name in the middle of which a capital stands, "McDonald", is not cut)
    r = enrich(["Ronald McDonald visits the school\n\nThe children met the visitor and asked him about his work.\n"])
    assert r.title.value == "Ronald McDonald visits the school"


def test_a_source_label_and_an_old_articles_notice_are_no_title():
    """A Spanish story was titled "Este artículo se publicó hace 7 años." (a news site's notice
    of an old article's age) or "Fuente: DW Caso ..." (its source's label)."""
    r = enrich(["Este artículo se publicó hace 7 años.\nEstrasburgo condena a Exampleland por encarcelar a dos periodistas\n"
                "El Tribunal Europeo de Derechos Humanos condenó este martes por primera vez a Exampleland por encarcelar a "
                "dos periodistas.\n"])
    assert r.title.value == "Estrasburgo condena a Exampleland por encarcelar a dos periodistas"
    assert r.doc_type.value == "news"
    r = enrich(["Noticias\n\nFuente: DW\n\nTribunal Europeo de Derechos Humanos condenó a Exampleland al pago de una "
                "indemnización a periodista detenido ilegalmente\n\nLa detención del periodista violó el derecho a la "
                "libertad de opinión.\n"])
    assert r.title.value.startswith("Tribunal Europeo de Derechos Humanos condenó")


@pytest.mark.parametrize("lead", [
    "El Tribunal Europeo de Derechos Humanos condenó este martes a Exampleland por la detención de dos periodistas.",
    "La Cour européenne des droits de l'homme a condamné ce mardi l'Exampleland pour la détention de deux journalistes.",
    "O Tribunal Europeu dos Direitos Humanos condenou nesta terça-feira a Exampleland pela detenção de dois jornalistas."])
def test_this_weekday_in_a_romance_lead_makes_news(lead):
    """A Spanish story on the Court's judgment, no headline over it, was untyped."""
    r = enrich([f"{lead} Los demandantes recibirán 21.500 euros cada uno.\n"])
    assert r.doc_type.value == "news"


@pytest.mark.parametrize("text, news", [
    ("Gazete sahibi Ayşe Örnek'in yaptığı şikayeti önceki gün (9 Aralık) karara bağlayan AİHM, iki yetkilinin mahkum "
     "edilmelerini Sözleşme'nin 10. maddesinin ihlali olarak değerlendirdi.\n", True),
    ("AİHM Salı günü açıkladığı kararda, gazetecilerin tutuklanmasının ifade özgürlüğünü ihlal ettiğine hükmetti.\n", True),
    # (a monitoring report's incident, told by its weekday, is none)
    ("Aylık hak ihlalleri raporu\n\n12 Mart 2030 Pazar günü gözaltına alınan 5 kişi 4 gün sonra serbest bırakıldı.\n",
     False)])
def test_a_turkish_lead_by_the_day_before_yesterday_or_a_weekday_makes_news(text, news):
    """Turkish stories on the Court's judgments were untyped."""
    r = enrich([text])
    assert (r.doc_type is not None and r.doc_type.value == "news") == news


def test_the_seats_of_the_court_and_the_un_in_other_languages_make_datelines():
    """An Italian story datelined "STRASBURGO (Francia) – ..." was untyped: Strasbourg, Geneva and
    Brussels as the Italian, Spanish, German and Portuguese press write them are dateline places."""
    r = enrich(["STRASBURGO (Francia) – La Corte europea dei diritti dell’uomo ha condannato l'Exampleland per la "
                "detenzione di due giornalisti, detenzione che non può essere considerata normale.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["GINEVRA (Svizzera) – Il Comitato ha esaminato il rapporto periodico dell'Exampleland e ha adottato le "
                "sue osservazioni conclusive sulla situazione dei diritti umani nel paese.\n"])
    assert r.doc_type.value == "news"


@pytest.mark.parametrize("text", [
    # a site's language switcher and its support button over the headline; "on Tuesday" in the lead
    "UA / RU\nПоддержать Example.ua\n\nЕвропейский суд признал Экзампленд виновной в нарушении права на свободу слова\n\n"
    "Европейский суд по правам человека во вторник признал Экзампленд виновной в нарушении права на свободу слова двух "
    "ученых.\n",
    # TASS's dateline, its correspondent between slashes
    "СТРАСБУРГ, 8 октября. /Корр. ИТАР-ТАСС Иван Примеров/. Более 12 тыс евро должны будут выплатить власти Экзампленда "
    "журналистам газеты за нарушения их права на свободу выражения мнения.\n",
    # the agency a Ukrainian story cites
    "ЄСПЛ зобов'язав Екзампленд виплатити компенсацію двом журналістам\n\nЄвропейський суд з прав людини постановив, що "
    "держава порушила права журналістів, які були затримані у 2030 році.\n\nПро це повідомляє AFP.\n"])
def test_russian_and_ukrainian_stories_on_the_courts_judgments_are_news(text):
    """Russian and Ukrainian stories on the Court's judgments against Türkiye were untyped, one
    titled by its site's language switcher and support button ("UA / RU: Поддержать ZN.ua")."""
    assert enrich([text]).doc_type.value == "news"


def test_a_language_switchers_codes_and_a_support_button_are_no_title():
    r = enrich(["UA / RU\nПоддержать Example.ua\n\nЕвропейский суд признал Экзампленд виновной\n\nЕвропейский суд по "
                "правам человека признал Экзампленд виновной в нарушении права на свободу слова двух ученых.\n"])
    assert r.title.value == "Европейский суд признал Экзампленд виновной"


@pytest.mark.parametrize("headline", ["DMME Exampleland mehkûm kir", "AİHM Exampleland'i tazminata mahkum etti"])
def test_a_headline_telling_what_the_court_did_in_kurmanji_and_turkish_is_news(headline):
    r = enrich([f"{headline}\n\nDadgeha Mafên Mirovan a Ewropayê biryar da ku girtîbûna rojnamegeran armancek siyasî ye. "
                "Dadgehê diyar kir ku azadiya îfadeyê hatiye binpêkirin.\n"])
    assert r.doc_type.value == "news"


def test_a_headline_run_into_its_time_stamp_and_story_is_cut_at_the_stamp():
    """A Kurdish agency's page run into one line was titled by the whole line cut at 300
    characters."""
    r = enrich(["DMME’yê ji bo zimanê sûryanî Exampleland neheq kir 2030-06-27 12:44:56   MÊRDÎN – DMME’yê ji bo ku dadgeha "
                "li Examplelandê peyva “Amno” ya di zimanê sûryanî de tê wateya “kesê pêbawer” qedexe kiribû neheq dît û "
                "Examplelandê mehkûm kir. Dadgeha Mafên Mirovan a Ewrûpayê di binpêkirina mafan a din de jî neheq kir. "
                "Hemwelatiyê sûryanî yê li Swêdê dijî di sala 2005’an de xwest paşnavê xwe biguherîne.\n"])
    assert r.title.value == "DMME’yê ji bo zimanê sûryanî Exampleland neheq kir"


@pytest.mark.parametrize("text, news", [
    ("Το Ευρωπαϊκό Δικαστήριο Ανθρωπίνων Δικαιωμάτων καταδίκασε σήμερα την Εξαμπλάνδη επειδή προφυλάκισε δέκα "
     "δημοσιογράφους.\n", True),
    ("Το Δικαστήριο καταδίκασε για μία ακόμη φορά την Εξαμπλάνδη για παραβίαση της ελευθερίας της έκφρασης, σύμφωνα με "
     "το AFP.\n", True),
    # (a Greek text's ordinal, "την τρίτη", is no weekday)
    ("Η Επιτροπή εξέτασε την τρίτη περιοδική έκθεση της Εξαμπλάνδης και ενέκρινε τις καταληκτικές παρατηρήσεις.\n",
     False)])
def test_a_greek_lead_of_what_was_done_today_or_an_agency_followed_makes_news(text, news):
    """Greek stories on the Court's judgments against Türkiye were untyped."""
    r = enrich([text])
    assert (r.doc_type is not None and r.doc_type.value == "news") == news


@pytest.mark.parametrize("opening", ["Straßburg. Der", "Straßburg - Der", "Straßburg.\n\nDer"])
def test_a_german_dateline_a_known_place_before_a_full_stop_or_a_dash_makes_news(opening):
    """German stories on the Court's judgments against Türkiye were untyped."""
    r = enrich([f"Türkei wegen Inhaftierung zweier Journalisten verurteilt\n\n{opening} Europäische Gerichtshof für "
                "Menschenrechte hat Exampleland wegen der unrechtmäßigen Untersuchungshaft zweier Journalisten verurteilt.\n"])
    assert r.doc_type.value == "news"


def test_a_place_no_dateline_names_before_a_full_stop_is_none():
    r = enrich(["Exampleville. Die Gemeinde hat im Jahr 2030 einen neuen Haushalt beschlossen, der die Ausgaben für "
                "Schulen und Straßen erhöht.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_a_correspondents_dateline_at_the_united_nations_makes_news():
    """A news site's story from the United Nations ("By A. Reporter" / "UNITED NATIONS – UN
    human rights office on Tuesday expressed ...") was untyped; it is news. A cover's masthead
    before a dash, in capitals ("UNITED NATIONS – NATIONS UNIES ..."), is none."""
    r = enrich(["Rights office voiced alarm over Exampleland detentions\n\nBy Ayşe Örnek\n\nUNITED NATIONS – UN human "
                "rights office on Tuesday expressed major concern after the detention of at least 92 people by the "
                "authorities of Exampleland over the past week.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["UNITED NATIONS – NATIONS UNIES HUMAN RIGHTS COUNCIL CONSEIL DES DROITS DE L'HOMME DISTR. GENERAL "
                "A/HRC/85/12 REPORT OF THE WORKING GROUP ON THE UNIVERSAL PERIODIC REVIEW EXAMPLELAND\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_a_joint_declarations_dateline_with_its_day_in_figures():
    """Organisations' joint declaration dated on a dateline of several places, its day in
    figures before a dash ("Brussels, Paris, Ankara 5/8/2030- ..."): it was undated and
    untyped; it is a `statement` of that day (a range's "5/8/2030-7/8/2030" dates nothing)."""
    text = ("Joint declaration on the state of emergency in Exampleland\n\nBrussels, Paris, Ankara 5/8/2030- Five "
            "organisations express deep worries over the state of emergency declared in Exampleland for a period of "
            "three months.\n")
    r = enrich([text])
    assert (r.doc_type.value, r.published.value) == ("statement", (dt.date(2030, 8, 5), "day"))
    r = enrich([text.replace("5/8/2030- Five", "5/8/2030-7/8/2030 Five")])
    assert r.published is None or r.published.value[0] != dt.date(2030, 8, 5)


def test_news_of_a_memorandum_published_today_and_a_report_naming_its_author():
    """A page telling that a body "published today a memorandum" was untyped: it is news. A copy
    of a report that lost its masthead names its author in its first paragraph ("The present
    report of the Office of the United Nations High Commissioner for Human Rights (OHCHR)
    provides ..."): it was civil society's; it is the Office's."""
    r = enrich(["The Council of Europe Commissioner for Human Rights published today a memorandum on the human rights "
                "implications of the measures taken under the state of emergency in Exampleland. The memorandum follows "
                "up on a visit to the capital.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Report on the impact of the state of emergency on human rights in Exampleland\n\nMarch 2031\n\n"
                "I. Executive summary\n\n1. The present report of the Office of the United Nations High Commissioner "
                "for Human Rights (OHCHR) provides an overview of key human rights concerns in Exampleland in 2030.\n"])
    assert (r.mechanism.value, r.body.value) == ("UN", "OHCHR")


@pytest.mark.parametrize("text", [
    "ANA-MPA.\nThe situation regarding Exampleland has worsened, stated the High Representative after the Foreign "
    "Affairs Council meeting on Monday.\n",
    "Η κατάσταση σχετικά με την Παραδειγμανία έχει χειροτερέψει τόνισε ο ύπατος εκπρόσωπος της ΕΕ κατά τη συνέντευξη "
    "Τύπου.\nΑΠΕ-ΜΠΕ\n",
    "Exampleland'in başvurusu görüşüldü\n\nAB liderleri zirvede Exampleland ile ilgili bir çağrı yaptı.\n\nKaynak: AA\n",
])
def test_an_agency_credited_on_a_line_of_its_own_makes_news(text):
    """A site's copy of a wire story credits the agency on a line of its own ("ANA-MPA." over
    it, "ΑΠΕ-ΜΠΕ" under a short one, "Kaynak: AA"): such stories were untyped, one titled by the
    credit; they are news, and the credit is no title. A photograph's credit is none."""
    r = enrich([text])
    assert r.doc_type.value == "news"
    assert r.title.value not in ("ANA-MPA.", "ΑΠΕ-ΜΠΕ", "Kaynak: AA")
    r = enrich(["Exampleland: annual report 2030\n\nPhoto: AFP\n\nThe report covers the prisons of Exampleland and "
                "the conditions of detention found there in 2030.\n"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_an_organisations_press_statement_responding_to_news():
    """An organisation's press statement opening on what it responds to and who said it
    ("Responding to news that the authorities have issued detention orders against ..., Ayşe
    Örnek, the organisation's Director for Europe said:") was untyped; it is a `statement`.
    A story telling of someone's response is none."""
    r = enrich(["Responding to news that the authorities of Exampleland have issued detention orders against four "
                "human rights defenders released on bail on Tuesday, Ayşe Örnek, the organisation's Director for Europe "
                "said:\n“With this cruel step, Exampleland has underlined its reputation as a jailer of activists.”\n"])
    assert r.doc_type.value == "statement"
    r = enrich(["Activists released\n\nThe court released four activists. Responding to the ruling, their lawyer told "
                "reporters that the case should never have been brought.\n"])
    assert r.doc_type is None or r.doc_type.value != "statement"


def test_a_cypriot_agencys_dateline_a_reporters_label_and_a_joint_declaration_in_turkish():
    """A Cypriot agency's dateline, the year in two figures and a colon after the agency
    ("Ankara, 16 Mayıs 30 (TAK): ..."): the story was untyped; it is news. A Turkish site's
    reporter's label ("Haber: AYŞE ÖRNEK") titled a story; it is no title. Observer missions'
    joint declaration ("... Ortak Bildirisi;") was untyped; it is a `statement`."""
    r = enrich(["TC Dışişleri Bakanlığı gözlem misyonunun ön bulgularını eleştirdi\n\nAnkara, 16 Mayıs 30 (TAK): "
                "Dışişleri Bakanlığı, Uluslararası Gözlem Misyonu'nun seçimlere ilişkin ön bulgularına ilişkin "
                "açıklamasında bazı ifadelerin üzüntüyle karşılandığını bildirdi.\n"], None, ["tr"])
    assert r.doc_type.value == "news"
    r = enrich(["Haber: AYŞE ÖRNEK\n\nUluslararası Seçim Gözlem Heyeti’nin seçimlere ilişkin ön bulgularının yer aldığı "
                "raporda temel özgürlüklere ilişkin endişelerin sürdüğü değerlendirmesi yapıldı.\n"], None, ["tr"])
    assert r.title.value != "Haber: AYŞE ÖRNEK"
    r = enrich(["Örnek Konseyi ve Örnek Asamblesi Uluslararası Seçim Gözlemci Misyonları Ortak Bildirisi;\n\nGözlemci "
                "misyonları 21 ila 25 Haziran 2030 tarihleri arasında seçimleri gözlemlemiştir.\n"], None, ["tr"])
    assert r.doc_type.value == "statement"


@pytest.mark.parametrize("text, title", [
    ("Country Information and Guidance Exampleland: Membership of, or association with, the Example Party Version 1.0 "
     "February 2031\n\nAug 15, 2033\n\nDownload\n\nPreface This document provides country of origin information and "
     "guidance to decision makers on handling particular types of protection claims.\n",
     "Country Information and Guidance Exampleland: Membership of, or association with, the Example Party"),
    ("Country Policy and Information Note Exampleland: Minorities Version 1.0 February 2031\n\nPage 2 of 52\n\n"
     "Preface This note provides country of origin information for decision makers handling protection claims.\n",
     "Country Policy and Information Note Exampleland: Minorities"),
    ("Country Policy and Information Note - Exampleland: Minorities Version 1.0 February 2031 - Refworld\n\n"
     "Preface\nThis note provides country of origin information for decision makers handling protection claims.\n",
     "Country Policy and Information Note - Exampleland: Minorities"),
])
def test_a_notes_version_and_month_run_into_its_title_line(text, title):
    """A document site's copy of a country note runs the note's version and month into its
    title's line ("Country Policy and Information Note Exampleland: Minorities Version 3.0
    February 2030"), and a site's name after them (" - Refworld"): they were part of its title,
    and a copy was dated by the day the site took it in; the version is no part of the title,
    and its month dates the note."""
    r = enrich([text])
    assert r.title.value == title
    assert r.published.value == (dt.date(2031, 2, 1), "month")


def test_a_notes_version_runs_into_its_preface_on_a_flattened_copy():
    """A copy read as one line, the note's version and month before its preface ("...
    Minorities Version 1.0 February 2031 Preface This document ..."), was undated."""
    r = enrich(["Exampleland: Minorities\nTotal Page:16\nCountry Information and Guidance Exampleland: Minorities "
                "Version 1.0 February 2031 Preface This document provides country of origin information and guidance "
                "to decision makers on handling particular types of protection claims, as of 12 March 2029.\n"])
    assert r.published.value == (dt.date(2031, 2, 1), "month")


def test_a_third_party_intervention_is_titled_with_the_case_under_its_application_number():
    """A third party's intervention headed by its kind, the Convention's article, then the
    application's number and the case ("Third party intervention" / "by the Council of Europe
    Commissioner for Human Rights" / "under Article 36, paragraph 3, ..." / "Application No.
    12345/30" / "Ali KAYA v. Exampleland") was titled by its kind alone, a title every
    intervention shares; the case is part of it. A list of applications adds none."""
    head = ("Strasbourg, 20 December 2030\n\nCommDH(2030)30\n\nThird party intervention\nby the Council of Europe "
            "Commissioner for Human Rights\n\nunder Article 36, paragraph 3, of the European Convention on Human "
            "Rights\n\n")
    body = ("\n\nIntroduction\n\n1. On 19 November 2030, the Commissioner informed the Court of her decision to "
            "intervene as a third party in the Court's proceedings.\n")
    r = enrich([head + "Application No. 12345/30\n\nAli KAYA v. Türkiye" + body])
    assert r.title.value == ("Third party intervention by the Council of Europe Commissioner for Human Rights: "
                             "Ali KAYA v. Türkiye")
    r = enrich([head + "Applications: Ali Kaya v. Türkiye (no. 12345/30) Veli Kaya v. Türkiye (no. 12346/30)" + body])
    assert r.title.value == "Third party intervention by the Council of Europe Commissioner for Human Rights"


def test_a_sites_title_of_a_un_report_opening_on_its_symbol_and_a_dash():
    """A site's copy of a Security Council document titled by its symbol and a dash over a
    cover that prints no title ("S/2031/328 – Report of the Secretary-General on ...") was
    titled with the symbol; the symbol is the document's identifier, no part of its title."""
    r = enrich(["May 14, 2033\n\nS/2031/328 – Report of the Secretary-General on the United Nations operation in "
                "Cyprus\n\nUnited Nations\n\n  Security Council Distr.: General\n\n4 June 2031\n\nOriginal: English\n\n"
                "I. Introduction\n\n1. The present report on the United Nations operation in Cyprus covers developments "
                "from 25 November 2030 to 25 May 2031.\n"])
    assert r.title.value == "Report of the Secretary-General on the United Nations operation in Cyprus"
    assert ("un-symbol", "S/2031/328") in [t.value for t in r.own_identifiers]


def test_a_headline_over_its_stamp_under_a_sites_tagline_sentence():
    """An old site's page: its tagline a sentence over its menu, then the article's headline over
    its stamp ("Thursday, 04 November 2030 15:23"). The tagline titled the page (the page was
    taken to have no heading once a sentence began) and the story was a country report; the
    headline over its stamp titles it, and it is news."""
    r = enrich(["Skip to content\n\nExample Rights Project: This is the legacy website of the Example Rights Project, "
                "containing reports and news for 20 years.\n\nYou are here:\n\nCharity Awards\n\nGruber Prize\n\n"
                "ERP Raises Ongoing Concerns about torture for UN Committee Against Torture Review of Exampleland\n"
                "Thursday, 04 November 2030 15:23\n\nToday sees the end of the 2-day review of Exampleland's 3rd "
                "periodic report on its implementation of the Convention against Torture.\n"])
    assert r.title.value == ("ERP Raises Ongoing Concerns about torture for UN Committee Against Torture Review of "
                             "Exampleland")
    assert r.doc_type.value == "news"
    assert r.published.value == (dt.date(2030, 11, 4), "day")


def test_a_sites_labels_run_together_and_a_period_between_two_days():
    """A page's category links run together over its headline ("SubmissionsUnited Nations")
    titled it; they are furniture. The end of a session "between 8 July and 26 July 2031" dated
    the page; it is a period's end, no date of the page."""
    r = enrich(["SubmissionsUnited Nations\n\nExample Association submitted its report to the UN Committee Against "
                "Torture\n\nExample Association is pleased to inform that it submitted a detailed report for the "
                "examination of the State party report of Exampleland at the session which will take place between "
                "8 July and 26 July 2031.\n"])
    assert r.title.value == "Example Association submitted its report to the UN Committee Against Torture"
    assert r.published is None


def test_a_turkmen_story_under_radio_free_europes_links_names_turkiye_in_the_locative():
    """A Turkmen service's page opens on its links for screen readers ("Sepleriň elýeterliligi",
    "Accessibility links") and its "Latest news" label ("Soňky habar"): the links titled it.
    The story names Türkiye in the locative ("Türkiýede"), which was not read, the name being
    spelt as in Turkish: the page had no subject country."""
    r = enrich(["Sepleriň elýeterliligi\n\nSoňky habar\n\nÝHHG türk polisiýasynyň žurnalistlere basyşyny ýazgarýar\n\n"
                "ÝHHG-niň metbugat gözegçiligi Türkiýede birnäçe žurnalistiň tussag edilmegini ýazgardy we olaryň derhal "
                "azat edilmegine çagyrdy. Türkiýede polisiýa penşenbe güni 11 adamyň öýüne reýd geçirdi, olaryň köpüsi "
                "žurnalistlerdi we birnäçe reportýor tussag edildi.\n"], None, ["tk"])
    assert r.title.value == "ÝHHG türk polisiýasynyň žurnalistlere basyşyny ýazgarýar"
    assert [t.value for t in r.subject_countries] == ["TR"]
    r = enrich(["Ссылки доступа\n\nАдвокат семьи оценивает решение Европейского суда как удовлетворительное\n\n"
                "Европейский суд по правам человека вынес решение по делу журналиста.\n"], None, ["ru"])
    assert r.title.value == "Адвокат семьи оценивает решение Европейского суда как удовлетворительное"


def test_an_arabic_papers_city_and_name_alone_over_the_story():
    """An Arabic paper's or channel's dateline alone on its line, a known city, a dash and the
    outlet's name ("أنقرة - مصر اليوم", Ankara - Egypt Today): it titled the story, made its
    country the story's subject and left the story untyped; it is a dateline, so the story is
    news, and the outlet's name names no country the story is about."""
    r = enrich(["أنقرة - مصر اليوم\nتتعرض حرية الإعلام في تركيا لانتهاكات يصعب حصرها حسب منظمات المجتمع المدني، والتي "
                "تؤكد أن التضييق يزداد على الإعلام التركي.\nووفقا للمعلومات المتوفرة، فإن هناك 135 صحافيا معتقلا في تركيا.\n"],
               None, ["ar"])
    assert r.title.value.startswith("تتعرض حرية الإعلام في تركيا")
    assert r.doc_type.value == "news"
    assert [t.value for t in r.subject_countries] == ["TR"]


def test_a_turkish_lead_closing_on_a_statement_made_is_news():
    """A Turkish story whose lead closes on what an organisation said, in the third person ("...
    gelişmelere ilişkin açıklamada bulundu.", "... açıklama yaptı."), was untyped; it is news. An
    organisation's own statement in the first person is not typed so."""
    r = enrich(["Örnek Örgütü: Yeni bir cadı avı başlatılmamalı\nÖrnek Örgütü darbe girişiminin ardından Örnekistan’da "
                "yaşanan gelişmelere ilişkin açıklamada bulundu.\nGözaltılara dikkat çeken örgüt, yeni bir cadı avının "
                "başlamaması gerektiğini söyledi.\n"], None, ["tr"])
    assert r.doc_type.value == "news"
    r = enrich(["Kamuoyuna duyuru\n\nDerneğimiz gözaltına alınan üyelerimizin derhal serbest bırakılmasını talep "
                "ediyor, yetkilileri göreve çağırıyoruz.\n"], None, ["tr"])
    assert r.doc_type is None or r.doc_type.value != "news"


def test_a_publishers_article_page_and_northern_ireland():
    """A publisher's article page opens on its debug line ("Hostname: page-component-... Render
    date: 2030-04-19T02:01:50.165Z ..."), which titled and dated it, and its label "Article
    contents", which was joined to the title with the line under it; the title is the article's,
    the day it was published online its date ("Published online by ... Press: 20 February 2029").
    "Northern Ireland" is in the United Kingdom: it was read as Ireland."""
    body = ("\n\nAbstract\n\nThis article examines the role played by the Convention in two conflicts: that in Northern "
            "Ireland and that in Exampleland.\n")
    title = "THE CONVENTION IN CONFLICTED SOCIETIES: THE EXPERIENCE OF NORTHERN IRELAND AND EXAMPLELAND"
    r = enrich(["Hostname: page-component-8448b6f56d-c47g7 Total loading time: 0 Render date: 2030-04-19T02:01:50.165Z "
                f"Has data issue: false hasContentIssue false\n\n{title}\n\nPublished online by Example University Press:  "
                "20 February 2029" + body])
    assert r.title.value == title
    assert r.published.value == (dt.date(2029, 2, 20), "day")
    assert "IE" not in [t.value for t in r.countries]
    assert "GB" in [t.value for t in r.countries]
    r = enrich([f"Article contents\n{title}\nPublished online by Example University Press: 20 February 2029" + body])
    assert r.title.value == title


def test_a_headline_naming_a_bodys_official_in_the_possessive():
    """A headline opening on a body's short name in the possessive, its official's name and a
    verb telling what they did ("OSCE PA’s Example Amor expresses concern over ..."): the
    body's text (was civil society's; the body's full name stood only in a sentence)."""
    r = enrich(["OSCE PA’s Example Amor expresses concern over Exampleland’s media freedom\n\nCOPENHAGEN, 16 February 2031 – "
                "A decision reached by a court today condemning journalists to prison is a major threat to media freedom "
                "in Exampleland, said OSCE Parliamentary Assembly human rights committee Chair Juan Example Amor.\n"])
    assert (r.mechanism.value, r.body.value) == ("OSCE", "OSCE PA")


def test_a_story_of_a_report_released_under_its_quoted_name_is_news():
    """A story telling that an organisation "released its “Defenders at Risk in 2030” report" was
    a country report (the quoted name between "its" and "report" hid the phrase); it is news."""
    r = enrich(["Click to read the article in Turkish\nWorking on defenders at risk, the international organization Example "
                "Defenders released its “Human Rights Defenders at Risk in 2030” report.\nIn its 24-page report, the "
                "organization spared a special chapter for Exampleland.\n"])
    assert r.doc_type.value == "news"


def test_a_sites_short_breadcrumb_over_its_title():
    """A site's breadcrumb of short parts over the title, a bar after it ("SETA > Yorum |"), was
    joined to the title; it is furniture."""
    r = enrich(["EXAM > Yorum |\nİnsan Hakları Eylem Planına İlişkin Değerlendirme\n\nİnsan Hakları Eylem Planına İlişkin "
                "Değerlendirme\n\nEvrensel hukuk ilkelerini dikkate alan Eylem Planı aynı zamanda uygulayıcılara yönelik bir "
                "yol haritası sunmaktadır.\n"], None, ["tr"])
    assert r.title.value == "İnsan Hakları Eylem Planına İlişkin Değerlendirme"


def test_a_decrees_day_from_which_it_runs_and_a_headline_of_a_decision_published():
    """A Turkish decree's state of emergency runs "21/7/2030 Perşembe günü saat 01.00’dan
    itibaren" (from that day and hour): that day dated the decree, not the day it was decided
    ("20/7/2030 tarihinde kararlaştırılmıştır"). A headline telling that a decision was published
    ("... resmi karar yayımlandı!") typed its news item as a resolution; it is news."""
    r = enrich(["Olağanüstü Hal ilan edilmesine ilişkin Bakanlar Kurulu Kararı\n\nKarar Sayısı : 2030/9064\n\n"
                "Anayasanın 120'nci maddesine göre, ülke genelinde 21/7/2030 Perşembe günü saat 01.00’dan itibaren doksan "
                "gün süreyle olağanüstü hal ilan edilmesi; Bakanlar Kurulu’nca 20/7/2030 tarihinde kararlaştırılmıştır.\n"],
               None, ["tr"])
    assert r.published.value == (dt.date(2030, 7, 20), "day")
    r = enrich(["10 İl için resmi karar yayımlandı!\n\n10 ilde bugün saat 01.00'den itibaren 3 ay süreyle olağanüstü hal "
                "ilan edilmesine ilişkin Cumhurbaşkanı Kararı Resmi Gazete'de yayımlandı.\n"], None, ["tr"])
    assert r.doc_type.value == "news"


def test_a_sites_section_and_country_over_a_headline_and_a_reports_edition_published():
    """A site's section and the country it is on after a bar, over the headline ("Derechos
    Humanos | TURQUIA" / "Abusive Mass Detentions against Lawyers Must Cease"), titled the page;
    the headline does. A story telling that an initiative "published the fifth edition of its
    report" was a country report; it is news."""
    r = enrich(["Derechos Humanos y Defensa de la defensa | TURQUIA\n\nAbusive Mass Detentions against Lawyers Must "
                "Cease\n\nIn the morning of 25 April 2031, more than 120 people were detained across 21 provinces in "
                "Exampleland.\n"])
    assert r.title.value == "Abusive Mass Detentions against Lawyers Must Cease"
    r = enrich(["More than 1600 lawyers have been arrested in Exampleland since 2030\n\nThe Example Lawyers Initiative "
                "published the fifth edition of its report named ‘Mass Prosecution of Lawyers in Exampleland’.\n\nAccording "
                "to the latest version of the report, more than 1600 lawyers have been prosecuted.\n"])
    assert r.doc_type.value == "news"


def test_someone_speaking_to_a_news_agency_makes_news():
    """A story in which someone "told CNA" or spoke "to the Cyprus News Agency" was untyped; a
    wire agency the statement was made to makes it news."""
    r = enrich(["Locating remains of missing persons becomes more difficult\n\nThe work of the Committee becomes "
                "gradually more difficult. Its member Ali Örnek told CNA that the work has run into difficulties in the "
                "last few months.\n"])
    assert r.doc_type.value == "news"
    r = enrich(["Digging for graves of the missing\n\nThe Committee has begun digging within a fenced military area. "
                "Speaking to the Cyprus News Agency, its member said the authorities recently gave their consent.\n"])
    assert r.doc_type.value == "news"


def test_a_study_of_court_decisions_and_a_turkish_agencys_reporter():
    """A study titled on a court's decisions in the plural ("... in Exampleland Constitutional Court
    Decisions", the title wrapped over blank lines) was typed a decision; it is none. A Turkish
    story in which someone spoke to an agency's reporter ("... AA muhabirine, ... söyledi") was
    untyped; it is news."""
    r = enrich(["Contemporary Applications\n\nof Prohibition of Discrimination\n\nin Exampleland Constitutional Court\n\n"
                "Decisions\n\nSummary: It is clear that the prohibition of discrimination and the principle of equality "
                "are among the most important principles of human rights.\n"])
    assert r.doc_type is None or r.doc_type.value != "decision"
    r = enrich(["Kuruma bir yılda bin 107 başvuru\n\nKuruma 2030 yılında bin 107 başvuru yapıldı.\nKurumun İkinci Başkanı "
                "Ali Örnek, AA muhabirine, ülke genelinde denetimler yapıldığını söyledi.\n"], None, ["tr"])
    assert r.doc_type.value == "news"


def test_a_letters_subject_naming_a_person_and_its_heading_in_capitals():
    """A letter's subject line naming a person alone ("Re: Dr. Ayşe Örnek"), a heading in capitals
    under it: the subject alone was no plausible title and the letter was titled by its address
    block's first line ("President of Exampleland"); subject and heading title it."""
    r = enrich(["31 December 2030\nPresident of Exampleland\nAli Örnek\n06100 Ankara\nFax: +90 312 468 5026\n"
                "Dear President Örnek:\nRe: Dr. Ayşe Örnek\nEXAMPLELAND VIOLATES INTERNATIONAL HUMAN RIGHTS OBLIGATIONS\n"
                "We write on behalf of the Example Lawyers' Rights Watch.\n"])
    assert r.title.value == "Dr. Ayşe Örnek: EXAMPLELAND VIOLATES INTERNATIONAL HUMAN RIGHTS OBLIGATIONS"


def test_a_title_in_guillemets_and_a_news_website_reported():
    """A title in guillemets ("«Velkommen til Kafkas hus»") lost its opening one, taken for a back
    arrow; the title keeps both. A story closing its lead on "..., the Example news website
    reported on Monday." was untyped; it is news."""
    r = enrich(["«Velkommen til Kafkas hus»\n\nDet er varmt og klamt i salen, enda så moderne bygget er. Sal nummer 13 i "
                "etasje fem av ingen aning.\n"], None, ["no"])
    assert r.title.value == "«Velkommen til Kafkas hus»"
    r = enrich(["PEN Example has released a guide for prosecutors to follow when drafting indictments in cases concerning "
                "freedom of expression, the Bianet news website reported on Monday.\nThe guide was published as part of "
                "the organisation's project.\n"])
    assert r.doc_type.value == "news"


def test_a_headline_of_a_state_condemned_in_the_passive_is_news():
    """A Portuguese headline telling that a State was condemned, in the passive ("Exampleland
    condenada a indemnizar jornalistas"), was untyped; it is news, as the active "condena" was."""
    r = enrich(["Exampleland condenada a indemnizar jornalistas\n\nO Tribunal Europeu dos Direitos Humanos deliberou que "
                "Exampleland deve pagar indemnizações aos jornalistas.\n"], None, ["pt"])
    assert r.doc_type.value == "news"


def test_a_story_as_an_agency_has_it_in_turkish_and_persian():
    """A Turkish story telling what happened "as MA's story has it" ("MA’nın haberine göre; ...") and a
    Persian one opening "according to the report of" an agency ("به گزارش ...") were untyped; both
    are news."""
    r = enrich(["Bir soruşturma kapsamında ajansın Ankara bürosuna baskın düzenlendi.\nMA’nın haberine göre; baskında, 10 "
                "gazeteci evlerindeyken gözaltına alındı.\n"], None, ["tr"])
    assert r.doc_type.value == "news"
    r = enrich(["بازداشت روزنامه نگاران ادامه دارد\n\nبه گزارش کردپرس، پلیس در ساعات اولیه بامداد امروز با حمله به خانه های "
                "روزنامه نگاران بسیاری از آنها را بازداشت کرد.\n"], None, ["fa"])
    assert r.doc_type.value == "news"


def test_a_journals_masthead_over_its_issn_and_registration_and_a_back_link_before_a_quote():
    """An Italian periodical's page: its name over its ISSN and its registration with the court
    ("GIUSTIZIA ESEMPIO" / "ISSN: 2974-9999" / "Registrazione: 5 maggio 2031 n. 68 presso il
    Tribunale di Roma"): the name titled the page and the registration dated it; the article's
    heading titles it. A page's back link run into a quoted title ("Retour « ... »") kept it."""
    r = enrich(["GIUSTIZIA ESEMPIO\n\nISSN: 2974-9999\nRegistrazione: 5 maggio 2031 n. 68 presso il Tribunale di Roma\n\n"
                "    In memoria di un'avvocata: la resistenza dell’Avvocatura in Exampleland\n\n    Un reportage di Anna "
                "Esempio\n\nSommario: 1. Lo stato di emergenza e i decreti emergenziali.\n"], None, ["it"])
    assert r.title.value == "In memoria di un'avvocata: la resistenza dell’Avvocatura in Exampleland"
    assert r.published is None or r.published.value[0] != dt.date(2031, 5, 5)
    r = enrich(["Retour « Les amendements à la loi sur les associations posent problème »\n\nLe Conseil d'experts a publié "
                "un avis sur les amendements récemment adoptés à la loi sur les associations.\n"], None, ["fr"])
    assert r.title.value == "« Les amendements à la loi sur les associations posent problème »"


def test_a_press_release_under_its_sections_name_in_the_plural():
    """An organisation's Turkish press release under its section's name in the plural, a bullet
    before it ("• Basın Açıklamaları"), its lead in the third person ("... belirtti."), was untyped,
    then news by that lead; it is a `statement`."""
    r = enrich(["• Basın Açıklamaları\n\nÖrnekistan: Yürüyüş katılımcılarına karşı kısıtlamalar tekrarlanmamalı\n\nBugün bir "
                "açıklama yayımlayan Örnek Örgütü, geçen yıl uygulanan ayrımcılığın tekrarlanmaması gerektiğini belirtti.\n"],
               None, ["tr"])
    assert r.doc_type.value == "statement"


def test_an_italian_byline_and_a_sites_masthead_with_its_address():
    """An Italian story's byline in small letters ("di Marian Esempio") titled it; it is a byline. A
    site's masthead with its address and tagline between dashes and a bar ("موقع مثال example.org -
    ... | ... - ...") titled an Arabic story and made the publisher's country its subject; it is
    furniture."""
    r = enrich(["di Marian Esempio\n\nIstanbul (AsiaNews) – Armeni, siriani e greci sono i gruppi che più hanno attirato "
                "“discorsi di odio” nei media di Exampleland lo scorso anno.\n"], None, ["it"])
    assert r.title.value != "di Marian Esempio"
    assert r.title.value.startswith("Istanbul (AsiaNews)")
    r = enrich(["موقع مثال example.org - إعلام من أجل الإنسان | يصدر عن المركز الكاثوليكي للدراسات والإعلام في الأردن - رئيس "
                "التحرير: الأب مثال\nأشار التقرير السنوي \"خطاب الكراهية\"، الصادر عن مؤسسة في اسطنبول، أنّ عام 2030 شهد على "
                "خطاب الكراهية في تركيا.\nوتقوم المؤسسة بإجراء تحقيقات في وسائل الإعلام التركية منذ العام 2029.\n"], None, ["ar"])
    assert r.title.value.startswith("أشار التقرير السنوي")
    assert "JO" not in [t.value for t in r.subject_countries]


def test_a_sites_date_with_a_space_before_its_weekdays_comma():
    """A site's date atop its page, a space before the weekday's comma ("Pazartesi , 20 Mayıs
    2030"), titled a column; it is furniture, as the date without the space was."""
    r = enrich(["Pazartesi , 20 Mayıs 2030\n\nPARILTININ BEDELİ: MAHPUS ÖRNEK\n\nAli Örnek\n\nMahkeme, 20 Kasım 2029 tarihli "
                "kararıyla başvurucunun özgürlük ve güvenlik hakkının ihlal edildiğine hükmetti.\n"], None, ["tr"])
    assert r.title.value == "PARILTININ BEDELİ: MAHPUS ÖRNEK"


def test_a_paper_series_label_over_its_title():
    """A paper series' label over the paper's title, its number on the line under it ("Occasional
    Papers No." / "19" / "Minorities in Exampleland"), titled the paper; it is furniture."""
    r = enrich(["You are on page 1of 24\n\nOccasional Papers No.\n\n19\n\nMinorities in Exampleland\n\nPublished by the "
                "Example Institute of International Affairs, Stockholm 2031\n\nContents\nPREFACE 4\n"])
    assert r.title.value == "Minorities in Exampleland"


def test_a_bodys_letterhead_and_its_seats_country_over_the_texts_kind():
    """A body's letterhead, its name and its seat's country in capitals over the text's kind in
    capitals ("Example Review Tribunal" / "AUSTRALIA" / "RRT RESEARCH RESPONSE"), was titled
    "Example Review Tribunal: AUSTRALIA", which made Australia the text's subject; the letterhead is
    no title, and the seat no subject. A report's title over the country it is on still joins it."""
    r = enrich(["Example Review Tribunal\n\nAUSTRALIA\n\nRRT RESEARCH RESPONSE\n\nResearch Response Number: EXA30295\n\n"
                "Questions\n\n1. Is there an identifiable minority in Exampleland?\n"])
    assert r.title.value == "RRT RESEARCH RESPONSE"
    assert "AU" not in [t.value for t in r.subject_countries]
    r = enrich(["Press country profile\n\nTürkiye\n\nThe Court dealt with 31,053 applications concerning Türkiye.\n"])
    assert r.title.value == "Press country profile: Türkiye"
