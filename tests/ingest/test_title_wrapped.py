"""Titles a PDF breaks over lines where its line is full: the title is the whole heading,
however it wraps (a word that cannot end a title, an unclosed bracket, a line going on in
small letters, a year wrapped onto its own line). Written in the institutions' layouts with
our own words."""
import pytest

from ingest.enrich import enrich


def title(text: str) -> str:
    r = enrich([text])
    assert r.title is not None
    return r.title.value


def test_a_un_title_going_on_in_small_letters_is_one_title():
    """A treaty body's cover whose title goes on in small letters ("... observations" /
    "addressed to it ..."): the second line, which begins as the cover's furniture begins
    ("addressed to"), ended it, and the cover's language line became the title."""
    cover = ("United Nations\n\nCAT/OP/TUR/CSPRO/9\n\nOptional Protocol to the Convention against Torture\n\n"
             "Distr.: General\n\n16 December 2030\n\nOriginal: English\n\nEnglish, French and Spanish only\n\n"
             "Subcommittee on Prevention of Torture\n\n"
             "Comments of Türkiye on the recommendations and observations\naddressed to it in connection with the "
             "Subcommittee's visit\nundertaken from 6 to 9 October 2030 *\n\n[Date received: 17 October 2031]\n\n"
             "1. In respect of the report on the visit, the State party takes note of the recommendations.\n")
    assert title(cover) == ("Comments of Türkiye on the recommendations and observations addressed to it in connection "
                            "with the Subcommittee's visit undertaken from 6 to 9 October 2030")


def test_a_country_on_the_line_after_a_word_that_cannot_end_a_title_is_no_subtitle():
    """"... le rapport de la" / "Turquie": the State was joined as a subtitle ("... de la:
    Turquie"), as a cover's State alone on its line is; so after "v." and "throughout"."""
    assert title("Communiqués de presse\n\nLe Comité des droits de l'enfant examine le rapport de la\nTurquie\n\n"
                 "01 juin 2030\n\nLe Comité a examiné hier le rapport de la Turquie sur la mise en œuvre de la "
                 "Convention relative aux droits de l'enfant.\n") == \
        "Le Comité des droits de l'enfant examine le rapport de la Turquie"
    assert title("The Assembly's President concerned over ongoing events throughout\nTürkiye\n\nThe President "
                 "released the following statement regarding the situation, which is of great concern.\n") == \
        "The Assembly's President concerned over ongoing events throughout Türkiye"


def test_a_kind_word_on_a_wrapped_line_does_not_start_the_title():
    """"... (GRECO) publishes" / "report on Türkiye": the line opening on a report's kind was
    taken for the title's start, as "REPORT" under an author's name is ("report on
    Türkiye"); so in capitals after an article ("... EXAMINE LE" / "RAPPORT DE LA TURQUIE")."""
    assert title("Press release - 30 November 2030\n\nThe Group of States against Corruption (GRECO) publishes\n"
                 "report on Türkiye\n\nThe Group has published today its evaluation report on Türkiye, which "
                 "joined the Group in 2004.\n") == \
        "The Group of States against Corruption (GRECO) publishes report on Türkiye"
    assert title("Aller au contenu principal\n\nLE COMITÉ DES DROITS DES PERSONNES HANDICAPÉES EXAMINE LE\n"
                 "RAPPORT DE LA TURQUIE\n\nCompte rendu de séance\n\nLe Comité a examiné, hier après-midi et ce "
                 "matin, le rapport de la Turquie sur les mesures prises.\n") == \
        "LE COMITÉ DES DROITS DES PERSONNES HANDICAPÉES EXAMINE LE RAPPORT DE LA TURQUIE"


def test_wrapped_capitals_are_no_subtitle_and_a_wrapped_author_line_no_list():
    """A title in capitals wrapped into a line that goes on in capitals and then in small
    letters ("... COMMISSION STAFF" / "WORKING DOCUMENT. Türkiye 2030 ... {COM(2030)") got a colon
    after "STAFF"; the author's line under "REPORT" wrapped after "of the" got a comma."""
    assert title("COMMISSION OF THE EUROPEAN COMMUNITIES COMMISSION STAFF\nWORKING DOCUMENT. Türkiye 2030 Progress "
                 "Report. {COM(2030)\n649 final}\n\nBrussels, 8 November 2030\n\nThe Commission adopted its annual "
                 "report on Türkiye.\n") == \
        "COMMISSION OF THE EUROPEAN COMMUNITIES COMMISSION STAFF WORKING DOCUMENT. Türkiye 2030 Progress Report. {COM(2030) 649 final}"
    assert title("Strasbourg, 1 October 2030\nCommDH(2030)24\n\nREPORT\n\nby Jane Example Commissioner for Human "
                 "Rights of the\nCouncil of Europe\n\nFollowing her visit to Türkiye from 1 to 5 July 2030\n\n"
                 "Summary\n\nThe Commissioner and her delegation visited Ankara and Istanbul.\n") == \
        ("REPORT by Jane Example Commissioner for Human Rights of the Council of Europe, Following her visit to "
         "Türkiye from 1 to 5 July 2030")


def test_a_date_or_a_years_bracket_wrapped_onto_its_own_line_stays_in_the_title():
    """"... adopted by the General Assembly on 18 December" / "2030": the year alone on its
    line was left out ("... on 18 December: 85/168. ..."); so was a report's period in
    brackets under its title."""
    page = ("General Assembly\n\nEighty-fifth session\n\nAgenda item 70 (c)\nHuman rights questions: human rights "
            "situations and reports of special rapporteurs and representatives\n\nResolution adopted by the General "
            "Assembly on 18 December\n2030\n\n[on the report of the Third Committee (A/85/399/Add.3)]\n\n"
            "85/168. Situation of human rights in the example region\n\nThe General Assembly,\n")
    assert title(page) == ("Resolution adopted by the General Assembly on 18 December 2030: 85/168. Situation of human "
                           "rights in the example region")
    assert title("Report update: Mass Prosecution of Lawyers in Türkiye\n(2029-2031)\n\nAccording to the report, "
                 "since 2029 there has been a relentless campaign of arrests targeting lawyers.\n") == \
        "Report update: Mass Prosecution of Lawyers in Türkiye (2029-2031)"


def test_an_ilo_comments_kind_wrapped_before_its_session():
    """The ILO's comment whose kind line wraps ("... published 119th ILC" / "session
    (2031)"): the convention it is on under it was left out of the title."""
    page = ("Information System on International Labour Standards\n\nObservation (CEACR) - adopted 2030, published "
            "119th ILC\nsession (2031)\n\nFreedom of Association and Protection of the Right to Organise Convention, "
            "1948 (No. 87) - Türkiye (Ratification: 1993)\n\nThe Committee notes the observations of the unions.\n")
    assert title(page) == ("Observation (CEACR) - adopted 2030, published 119th ILC session (2031): Freedom of "
                           "Association and Protection of the Right to Organise Convention, 1948 (No. 87) - Türkiye "
                           "(Ratification: 1993)")


def test_a_title_wrapped_over_a_blank_line_after_a_word_that_cannot_end_it():
    """A UN cover read with a blank line between its lines ("... People of" / "" / "African
    Descent ..."): the title ended in "of". A remark in brackets after a title that lost
    its last word is no part of it (the whole title printed further down is), nor is the
    text's first heading."""
    cover = ("United Nations\n\nA/HRC/85/21\n\nGeneral Assembly\n\nDistr.: General\n\n3 May 2030\n\n"
             "Original: English\n\nHuman Rights Council\n\nEighty-fifth session\n\n"
             "Report of the Working Group of Experts on People of\n\nAfrican Descent on its visit to Türkiye*\n\n"
             "Summary\n\nThe present report covers the visit.\n")
    assert title(cover) == "Report of the Working Group of Experts on People of African Descent on its visit to Türkiye"
    ecri = ("CRI(2030)37\n\nECRI REPORT ON\n\n(sixth monitoring cycle)\n\nAdopted on 29 June 2030\n\n"
            "Published on 4 October 2030\n\nECRI Secretariat\n\nECRI REPORT ON TÜRKİYE (sixth monitoring cycle)\n\n"
            "Adopted on 29 June 2030\n")
    assert title(ecri) == "ECRI REPORT ON TÜRKİYE (sixth monitoring cycle)"
    good_offices = ("United Nations\n\nS/2030/12\n\nSecurity Council\n\nDistr.: General\n\n7 January 2030\n\n"
                    "Report of the Secretary-General on his mission of good offices in\n\nI. Introduction\n\n"
                    "1. The present report covers developments from 1 June to 31 December 2029.\n")
    assert "Introduction" not in title(good_offices)


def test_a_turkish_title_wrapped_after_an_article_ends_where_its_sentence_does():
    """"... Demokrasi İçin Tehlikeli Bir" / "Gerileme Yaratacak ... Hakkında.": the second
    line, ending in a full stop, was taken for running text."""
    assert title("130'uncu Oturum – Türkiye – Demokrasi İçin Tehlikeli Bir\nGerileme Yaratacak Anayasa Değişikliği "
                 "Tasarısı Hakkında.\n\nVenedik – Komisyon 130'uncu oturumunda anayasa değişikliği tasarısı hakkındaki "
                 "görüşünü kabul etti ve yayımladı.\n") == \
        "130'uncu Oturum – Türkiye – Demokrasi İçin Tehlikeli Bir Gerileme Yaratacak Anayasa Değişikliği Tasarısı Hakkında."


def test_an_eu_courts_heading_wrapped_inside_its_bracket_or_after_v():
    """The General Court's order as curia prints it, its heading wrapped inside the bracket
    ("(First Chamber, Extended" / "Composition)"): titled by the parties alone; the Official
    Journal's notice wrapped after "v." lost the case's number."""
    order = ("Language of document : ECLI:EU:T:2030:129\n\nORDER OF THE GENERAL COURT (First Chamber, Extended\n"
             "Composition)\n\n28 February 2030 (*)\n\n(Action for annulment — Statement — Lack of jurisdiction)\n\n"
             "In Case T-193/29,\n\nAB, residing in Athens (Greece), represented by C. Example, Solicitor,\n\n"
             "applicant,\n\nv\n\nEuropean Council, represented by D. Example, acting as Agent,\n\ndefendant,\n")
    assert title(order) == "ORDER OF THE GENERAL COURT (First Chamber, Extended Composition): AB v European Council (T-193/29)"
    notice = ("Language of document : ECLI:EU:T:2030:130\n\nUnionin yleisen tuomioistuimen määräys 28.2.2030 – AC v.\n"
              "Eurooppa-neuvosto\n\n(Asia T-192/29)\n\n(Kumoamiskanne – Julkilausuma – Toimivallan puuttuminen)\n")
    assert title(notice) == "Unionin yleisen tuomioistuimen määräys 28.2.2030 – AC v. Eurooppa-neuvosto (T-192/29)"


def test_a_records_subject_field_wrapped_over_lines():
    """A parliamentary committee's minutes headed by fields, the subject wrapped where its
    line was full ("Konu:... Hazırladığı" / "Sincan Ceza İnfaz Kurumları ... İlişkin" /
    "Görüşmeler"): the subject was its first line."""
    minutes = ("Komisyon Adı:İnsan Haklarını İnceleme Komisyonu\nKonu:Hükümlü Ve Tutuklu Hakları Alt Komisyonunun "
               "Hazırladığı\nÖrnek Ceza İnfaz Kurumları İnceleme Raporu'na İlişkin\nGörüşmeler\nDönemi:29\n"
               "Yasama Yılı:2\nTarih:03/07/2030\n\nAYŞE ÖRNEK (İstanbul) - Değerli arkadaşlar, raporu aldım.\n")
    assert title(minutes) == ("Hükümlü Ve Tutuklu Hakları Alt Komisyonunun Hazırladığı Örnek Ceza İnfaz Kurumları "
                              "İnceleme Raporu'na İlişkin Görüşmeler")


def test_a_first_line_wrapped_after_and_is_read_on():
    """A submission without a heading (its copy lost a name: "Submission by , the ..."),
    titled by its first line, that line wrapped after "and" ("... Jurists, and" / "the
    Example Project pursuant to Rule"): the title ended in "and"."""
    letter = ("DGI - Directorate General of Human Rights and Rule of Law Department for the Execution of Judgments "
              "of the ECHR F-67075 Strasbourg Cedex France E-mail: dgi@example.org\n\nSent by e-mail\n\n"
              "7 February 2031\n\nSubmission by , the International Commission of Example Jurists, and\nthe Example "
              "Litigation Support Project pursuant to Rule\n9.2 of the Committee of Ministers' Rules, Additional "
              "Observations on the Implementation of Ayşe Example v. Türkiye (Application no. 28749/29), which the "
              "Committee will examine at its meeting.\n")
    assert title(letter).startswith("Submission by , the International Commission of Example Jurists, and the Example "
                                    "Litigation Support Project pursuant to Rule")


def test_a_title_in_capitals_wrapped_before_a_preposition_is_no_subtitle():
    """A CPT report's cover in capitals ("REPORT TO THE TURKISH GOVERNMENT" / "ON THE VISIT
    TO TÜRKİYE CARRIED OUT BY ..."): "ON THE VISIT" began a subtitle, as "On his visit to
    ..." under a UN title does ("... GOVERNMENT: ON THE VISIT ..."). "ADDENDUM" / "MISSION
    TO ..." stay subtitles."""
    cover = ("CPT/Inf (2031) 12\n\nREPORT TO THE TURKISH GOVERNMENT\nON THE VISIT TO TÜRKİYE CARRIED OUT BY THE "
             "EUROPEAN COMMITTEE\nFOR THE PREVENTION OF TORTURE (CPT)\nFROM 6 TO 17 MAY 2030\n\nThe Turkish "
             "Government has requested the publication of this report.\n")
    assert title(cover) == ("REPORT TO THE TURKISH GOVERNMENT ON THE VISIT TO TÜRKİYE CARRIED OUT BY THE EUROPEAN "
                            "COMMITTEE FOR THE PREVENTION OF TORTURE (CPT) FROM 6 TO 17 MAY 2030")


def test_a_date_broken_across_lines_stays_in_the_title():
    """A narrow column breaks a title's date ("... Week of January" / "15"; "... Vienna, 20" /
    "April 2031"): the second line, a date's rest, was taken for the date line under a
    title and the title ended in "January"; so a Security Council resolution's adoption line
    over three lines ("... at its 9547th" / "meeting, on 23 June" / "2031")."""
    assert title("Example Crackdown Chronicle: Week of January\n15\n\nJournalists were detained in three cities "
                 "this week, and two newspapers were closed by decree.\n") == \
        "Example Crackdown Chronicle: Week of January 15"
    assert title("OSCE Permanent Council No. 1490 Vienna, 20\nApril 2031\n\nStatement on the situation of human "
                 "rights defenders, delivered by the delegation.\n") == \
        "OSCE Permanent Council No. 1490 Vienna, 20 April 2031"
    resolution = ("Adopted by the Security Council at its 9547th\nmeeting, on 23 June\n2031\n\nThe Security Council,\n\n"
                  "Recalling its previous resolutions on the situation in the example region,\n")
    assert title(resolution) == "Adopted by the Security Council at its 9547th meeting, on 23 June 2031"


def test_a_bodys_name_wrapped_before_the_headline_verb_is_the_headlines_subject():
    """A meeting summary's headline wrapped after the committee's name ("COMMITTEE ON THE
    ELIMINATION OF RACIAL DISCRIMINATION" / "EXAMINES THE REPORT OF TÜRKIYE"): a body's name
    alone on a line is a cover's furniture, so the headline lost its subject; a name over a
    title that does not go on with a verb is still passed over."""
    page = ("Skip to main content\n\nCOMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATION\nEXAMINES THE REPORT OF "
            "TÜRKIYE\n\nMeeting Summaries\n\nThe Committee today concluded its review of the combined reports of "
            "Türkiye, hearing the delegation on the measures it has taken.\n")
    assert title(page) == "COMMITTEE ON THE ELIMINATION OF RACIAL DISCRIMINATION EXAMINES THE REPORT OF TÜRKIYE"
    assert title("COMITÉ DES DROITS DE L'ENFANT\nEXAMINE LE RAPPORT DE LA TÜRKIYE\n\nCompte rendu de séance\n\nLe "
                 "Comité a examiné ce matin le rapport de la Türkiye sur les mesures prises.\n") == \
        "COMITÉ DES DROITS DE L'ENFANT EXAMINE LE RAPPORT DE LA TÜRKIYE"
    assert title("COMMITTEE AGAINST TORTURE\nCONCLUDING REMARKS ON THE VISIT TO TÜRKIYE\n\nThe Committee met the "
                 "authorities during its visit and heard many people held in prisons.\n") == \
        "CONCLUDING REMARKS ON THE VISIT TO TÜRKIYE"
    # (a word that is a verb and a noun begins a title under a body's name: "Issues", "Visits")
    assert title("HUMAN RIGHTS COMMITTEE\nISSUES PAPER ON THE REPORT OF TÜRKIYE\n\nThe paper sets out the questions "
                 "the Committee will put to the delegation in its dialogue.\n") == "ISSUES PAPER ON THE REPORT OF TÜRKIYE"


def test_a_session_line_wrapped_into_a_heading_is_the_heading():
    """"32nd Session of the Human Rights Council Interactive" / "Dialogue with the Special
    Rapporteur ...": the first line was read as a session's line (furniture) and the title
    lost its start; a session's line that ends with its organ is still furniture."""
    text = ("32nd Session of the Human Rights Council Interactive\nDialogue with the Special Rapporteur on the "
            "Independence\nof Judges and Lawyers\n\nAyşe Örnek 14.06.2030\n\nMr President, we thank the Special "
            "Rapporteur for the report.\n")
    assert title(text) == ("32nd Session of the Human Rights Council Interactive Dialogue with the Special Rapporteur "
                           "on the Independence of Judges and Lawyers")
    assert title("57th session of the Human Rights Council\n\nStatement on the situation of human rights "
                 "defenders\n\nMr President, we thank the Special Rapporteur for the report.\n") == \
        "Statement on the situation of human rights defenders"


def test_a_bodys_name_wrapped_after_its_organisations_stays_in_the_title():
    """"Written observations by the Council of Europe" / "Commissioner for Human Rights": the
    second line, a body's name, ended the title block as furniture does."""
    text = ("Strasbourg, 3 March 2030 CommDH(2030)4 English only\n\nWritten observations by the Council of Europe\n"
            "Commissioner for Human Rights\n\nunder Article 36, paragraph 3, of the European Convention on Human "
            "Rights\n\nIntroduction\n\n1. The Commissioner submits these observations to the Court.\n")
    assert title(text) == "Written observations by the Council of Europe Commissioner for Human Rights"


def test_a_subtitle_whose_start_is_wrapped_is_a_subtitle():
    """A UN cover's "Report of the Office of the United Nations" / "High Commissioner for
    Human Rights" under "Compilation on Türkiye" was cut off: the subtitle's start was looked
    for on its first line alone, so the title ended at the State's name."""
    cover = ("United Nations A/HRC/WG.6/60/TUR/2\n\nGeneral Assembly Distr.: General\n\n4 November 2030\n\n"
             "Original: English\n\nHuman Rights Council\nWorking Group on the Universal Periodic Review\n"
             "Sixtieth session\n20-31 January 2031\n\nCompilation on Türkiye\nReport of the Office of the United "
             "Nations\nHigh Commissioner for Human Rights\n\nI. Background\n\n1. The present report was prepared "
             "pursuant to Human Rights Council resolutions.\n")
    assert title(cover) == ("Compilation on Türkiye: Report of the Office of the United Nations High Commissioner for "
                            "Human Rights")


def test_an_authors_line_wrapped_inside_a_bodys_name_is_not_a_list():
    """"by Ayşe Örnek Commissioner for Human" / "Rights of the Council of Europe" under
    "REPORT": the lines under a report's kind are the author's and the occasion's, joined with
    commas; a body's name broken between them got one ("... for Human, Rights ...")."""
    text = ("Strasbourg, 2 May 2030 CommDH(2030)9 Original version\n\nREPORT\n\nby Ayşe Örnek Commissioner for "
            "Human\nRights of the Council of Europe\n\nFollowing her visit to Türkiye from 1 to 5 March 2030\n\n"
            "Summary\n\nThe Commissioner and her delegation visited Türkiye and held discussions.\n")
    assert title(text) == ("REPORT by Ayşe Örnek Commissioner for Human Rights of the Council of Europe, Following her "
                           "visit to Türkiye from 1 to 5 March 2030")


def test_a_commissioners_report_in_french_by_its_author_and_occasion():
    """The Commissioner's report in French ("RAPPORT" / "par ..." / "Commissaire aux droits de
    l'homme du Conseil de l'Europe" / "suite à sa visite en ..."): it was titled by the
    Commissioner's office alone; it is titled as in English, by the kind, the author and the
    occasion."""
    text = ("Strasbourg, le 26 novembre 2030\nCommDH(2030)24\nVersion originale\n\nRAPPORT\npar Ayşe Örnek\n"
            "Commissaire aux droits de l'homme du Conseil de l'Europe\n\nsuite à sa visite en Turquie\ndu 1er au 5 "
            "juillet 2030\n\nRésumé\n\nLa Commissaire et sa délégation se sont rendues en Turquie.\n")
    assert title(text) == ("RAPPORT par Ayşe Örnek, Commissaire aux droits de l'homme du Conseil de l'Europe suite à sa "
                           "visite en Turquie du 1er au 5 juillet 2030")


def test_a_cut_title_is_completed_from_a_wrapped_line_further_down():
    """A cover whose title a reader cut after "ON" ("ECRI REPORT ON" / "(sixth monitoring
    cycle)") is completed from the title printed whole further down, and that line, too, may
    be wrapped inside its bracket."""
    text = ("CRI(2030)12\n\nECRI REPORT ON\n\n(sixth monitoring cycle)\n\nAdopted on 2 April 2030\n\nPublished on 4 "
            "June 2030\n\nECRI Secretariat, Council of Europe, Strasbourg\n\nECRI REPORT ON TÜRKIYE (sixth "
            "monitoring\ncycle)\n\nAdopted on 2 April 2030\n\nTABLE OF CONTENTS\n")
    assert title(text) == "ECRI REPORT ON TÜRKIYE (sixth monitoring cycle)"


def test_a_document_sites_cut_title_in_capitalised_words_is_completed_from_the_cover():
    """A document site's title of a CPT report capitalises each word and cuts it ("Report to
    the Turkish Government on the Visit to Türkiye Carried out by The"); it titled the report.
    The cover's line that goes on from it, in other letters' case, titles it."""
    text = ("Report to the Turkish Government on the Visit to Türkiye Carried out by The\nTotal Page:16\nFile Type:pdf, "
            "Size:1020Kb\nCPT/Inf (2031) 6 Report to the Turkish Government on the visit to Türkiye carried out by the "
            "European Committee for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT) "
            "from 9 to 21 June 2030 The Turkish Government has requested the publication of this report and of its "
            "response. Strasbourg, 15 January 2031 - 2 - CONTENTS Copy of the letter ...... 4\n")
    assert title(text) == ("Report to the Turkish Government on the visit to Türkiye carried out by the European Committee "
                           "for the Prevention of Torture and Inhuman or Degrading Treatment or Punishment (CPT) from 9 "
                           "to 21 June 2030")


def test_a_cover_in_capitals_reads_as_in_small_letters():
    """A communication's number in capitals ("COMMUNICATION NO. 712/2029") was taken for a
    reference code and left out of the title; an addendum's title in capitals wrapped before
    "ON ..." ended at the line's end."""
    cover = ("United Nations CAT/C/80/D/712/2029\n\nConvention against Torture\n\nDistr.: General\n\n3 June 2030\n\n"
             "Original: English\n\nCommittee against Torture\n\nCOMMUNICATION NO. 712/2029\n\n"
             "DECISION ADOPTED BY THE COMMITTEE AT ITS EIGHTIETH SESSION (20 APRIL–15 MAY 2030)\n\n"
             "Submitted by: A. B. (represented by counsel)\n\nState party: Türkiye\n")
    assert title(cover) == ("COMMUNICATION NO. 712/2029: DECISION ADOPTED BY THE COMMITTEE AT ITS EIGHTIETH SESSION "
                            "(20 APRIL–15 MAY 2030)")
    cover = ("UNITED NATIONS E/CN.4/2031/56/Add.1\n\nEconomic and Social Council Distr. GENERAL\n\n1 December 2030\n\n"
             "Original: ENGLISH\n\nCOMMISSION ON HUMAN RIGHTS\nFifty-seventh session\nItem 11 (b) of the provisional "
             "agenda\n\nCIVIL AND POLITICAL RIGHTS, INCLUDING QUESTIONS OF: DISAPPEARANCES AND SUMMARY EXECUTIONS\n\n"
             "Report of the Working Group on Enforced or Involuntary Disappearances\n\nAddendum\n\n"
             "REPORT ON THE VISIT TO TÜRKIYE BY TWO MEMBERS OF THE WORKING GROUP\nON ENFORCED OR INVOLUNTARY "
             "DISAPPEARANCES (20-26 SEPTEMBER 2030)\n\nCONTENTS\n")
    assert title(cover) == ("Report of the Working Group on Enforced or Involuntary Disappearances: Addendum: REPORT ON "
                            "THE VISIT TO TÜRKIYE BY TWO MEMBERS OF THE WORKING GROUP ON ENFORCED OR INVOLUNTARY "
                            "DISAPPEARANCES (20-26 SEPTEMBER 2030)")


def test_an_eu_courts_heading_wrapped_after_a_comma_inside_its_bracket():
    """"ORDER OF THE GENERAL COURT (First Chamber," / "Extended Composition)": a line ending
    in a comma joins nothing (a list's item), but inside a bracket it goes on; the order was
    titled by its parties alone and read as no decision."""
    text = ("Language of document : ECLI:EU:T:2030:129\n\nORDER OF THE GENERAL COURT (First Chamber,\nExtended "
            "Composition)\n\n28 February 2030 (*)\n\n(Action for annulment — Statement of the Heads of State)\n\n"
            "In Case T-193/30,\n\nAB, residing in Ankara (Türkiye),\n\napplicant,\n\nv\n\nEuropean Council,\n\n"
            "defendant,\n")
    r = enrich([text])
    assert r.title is not None and r.title.value == ("ORDER OF THE GENERAL COURT (First Chamber, Extended "
                                                     "Composition): AB v European Council (T-193/30)")
    assert r.doc_type is not None and r.doc_type.value == "decision"


def test_a_un_symbol_in_brackets_wrapped_onto_its_own_line_stays_in_the_title():
    """A cover's title wrapped so that the symbol of the report it is on stands alone on the
    last line ("... of the initial report of Türkiye" / "(CCPR/C/TUR/1)"): the line was read as
    an identifier, furniture, and the title lost it and the addendum's title under it."""
    cover = ("United Nations CCPR/C/TUR/Q/1/Add.1\n\nInternational Covenant on Civil and Political Rights\n\n"
             "Distr.: General\n\n26 August 2030\n\nOriginal: English\n\nHuman Rights Committee\n\n"
             "List of issues in connection with the\nconsideration of the initial report of Türkiye\n(CCPR/C/TUR/1)\n\n"
             "Addendum\n\nReplies of the Government of Türkiye to the list of issues*\n\n[20 August 2030]\n")
    assert title(cover) == ("List of issues in connection with the consideration of the initial report of Türkiye "
                            "(CCPR/C/TUR/1): Addendum: Replies of the Government of Türkiye to the list of issues")


def test_an_ilo_comments_kind_wrapped_anywhere_over_the_convention_it_is_on():
    """The ILO's comment's kind wrapped after "published" ("Observation (CEACR) - adopted
    2030, published" / "120th ILC session (2031)"), a word that can end a title, over the
    convention's line: the title was the kind's first line alone."""
    page = ("NORMLEX\nInformation System on International Labour Standards\n\nObservation (CEACR) - adopted 2030, "
            "published\n120th ILC session (2031)\n\nRight to Organise and Collective Bargaining Convention, 1949 "
            "(No. 98) - Türkiye (Ratification: 1952)\n\nDisplay in: French - Spanish\n\nThe Committee notes the "
            "observations of the trade unions.\n")
    assert title(page) == ("Observation (CEACR) - adopted 2030, published 120th ILC session (2031): Right to Organise "
                           "and Collective Bargaining Convention, 1949 (No. 98) - Türkiye (Ratification: 1952)")


def test_a_heading_over_blank_lines_goes_on_after_a_word_that_cannot_end_it():
    """An extractor that puts a blank line between a large heading's lines ("Report of the
    Special Rapporteur on the" / "" / "independence of judges ..."): the title ended at "the";
    it goes on from a line ending in such a word, not into a bracket under a title cut short
    (which the line printed whole further down completes) and not into running text."""
    text = ("Report of the Special Rapporteur on the\n\nindependence of judges and lawyers on her visit to\n\n"
            "Türkiye\n\nThe Special Rapporteur visited the country from 1 to 10 May 2030 and met officials, "
            "judges, prosecutors and lawyers in three cities.\n")
    assert title(text) == ("Report of the Special Rapporteur on the independence of judges and lawyers on her visit "
                           "to Türkiye")
    text = ("CRI(2030)12\n\nECRI REPORT ON\n\n(sixth monitoring cycle)\n\nAdopted on 2 April 2030\n\n"
            "ECRI REPORT ON TÜRKIYE (sixth monitoring cycle)\n\nTABLE OF CONTENTS\n")
    assert title(text) == "ECRI REPORT ON TÜRKIYE (sixth monitoring cycle)"
    text = ("A note on the work of the\n\nThe Committee met three times in the year under review and adopted "
            "its report, which is summarised in the pages that follow.\n")
    assert title(text) == "A note on the work of the"


def test_a_body_name_broken_over_a_blank_line_after_a_lone_word():
    """A UN cover printed with a blank line between its lines, the title's last line a lone
    "for" ("... United Nations High Commissioner" / "for" / "" / "Human Rights"): the name
    is broken across the block's end, though not across its last line alone."""
    cover = ("United Nations A/HRC/64/19\n\nGeneral Assembly Distr.: General\n\n2 February 2031\n\nOriginal: English\n\n"
             "Human Rights Council\n\nSixty-fourth session\n\nAgenda item 2\n\nAnnual report of the United Nations High "
             "Commissioner\n\nfor Human Rights and reports of the Office of the\n\nHigh Commissioner and the "
             "Secretary-General\n\nQuestion of human rights in Cyprus\n\nReport of the Office of the United Nations "
             "High Commissioner\nfor\n\nHuman Rights\n\nSummary\n\nThe present report covers the period from 1 December "
             "2029 to 30 November 2030.\n")
    assert title(cover) == ("Question of human rights in Cyprus: Report of the Office of the United Nations High "
                            "Commissioner for Human Rights")


@pytest.mark.parametrize("part", ["I. Introduction", "1. Introduction", "II. Mission of good offices"])
def test_a_title_that_lost_its_last_word_runs_into_no_parts_heading(part):
    """A saved page's copy of a report lost the title's last word ("... operation in" /
    "Exampleland"), so the title ran into the heading of the text's first part ("... operation
    in I. Introduction"); that heading ends it."""
    page = (f"26 May 2031\nOriginal: English\nReport\nof the Secretary-General on the United Nations operation in\n{part}\n"
            "1. The present report covers developments from 11 November 2030 to 20 May 2031 and brings up to date the "
            "record of the activities of the force.\n")
    assert title(page) == "Report of the Secretary-General on the United Nations operation in"
