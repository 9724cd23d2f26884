"""Fields besides the title read the same whether a PDF or a narrow column wraps a
heading or a dateline or not, or sets it in capitals: a document's kind, the body it is
from, its date. Written in the institutions' layouts with our own words."""
import datetime as dt

from ingest.enrich import enrich


def test_a_press_release_label_under_a_headline_wrapped_over_three_lines():
    """A UN meeting summary's label ("Compte rendu de séance") under its headline is looked
    for in the first lines: wrapped over three lines, the headline pushed it out of reach and
    the summary was taken for a country report by its "rapport"."""
    text = ("Aller au contenu principal\n\nLE CONSEIL DES DROITS DE L'HOMME ENTAME L'EXAMEN DU RAPPORT\nSUR LA "
            "PROMOTION ET LA PROTECTION DE LA LIBERTÉ D'EXPRESSION\nET D'OPINION\n\nCompte rendu de séance\n\n"
            "Le Conseil des droits de l'homme a entamé, cet après-midi, son débat interactif avec le Rapporteur "
            "spécial sur la liberté d'expression.\n")
    r = enrich([text])
    assert r.doc_type is not None and r.doc_type.value == "statement"
    # ... not a label further down than five lines
    lines = "\n".join(f"Ligne {n} du texte qui précède." for n in range(7))
    r = enrich([f"{lines}\nCompte rendu de séance\nLe Comité examine le rapport de la Türkiye.\n"])
    assert r.doc_type is None or r.doc_type.value != "statement"


def test_a_security_council_resolution_named_in_a_wrapped_headline_is_no_pace_resolution():
    """"Unanimously Adopting Resolution 2931 (2030), Security" / "Council Extends Mandate
    ...": on a short line, the resolution's number was taken for the document's own and its
    form, a Parliamentary Assembly resolution's, made the UN's press release PACE's."""
    text = ("9999th Meeting (AM)\nSC/99999\n\nUnanimously Adopting Resolution 2931 (2030), Security\nCouncil Extends "
            "Mandate of United Nations Peacekeeping Force\nin Cyprus\n\nThe Security Council, acting unanimously "
            "today, decided to renew for another year the United Nations peacekeeping presence in Cyprus.\n")
    r = enrich([text])
    assert r.body is None and r.mechanism is not None and r.mechanism.value == "UN"
    pace = "Resolution 2931 (2030)\n\nProvisional version\n\nThe situation of human rights defenders in Türkiye\n"
    assert enrich([pace]).body is not None and enrich([pace]).body.value == "PACE"


def test_a_dateline_broken_after_its_day_is_dated_to_the_day():
    """"OSCE Permanent Council No. 1419 Vienna, 20" / "April 2030": the day at the end of the
    dateline's line was lost (the date read as April 2030); a number that is no day after a
    comma stays none ("Version 2" / "May 2030" is May 2030)."""
    r = enrich(["OSCE Permanent Council No. 1419 Vienna, 20\nApril 2030\n\nEU Statement on the situation in "
                "the region\n\nThe European Union welcomes the Secretary General to the Permanent Council.\n"])
    assert r.published is not None and r.published.value == (dt.date(2030, 4, 20), "day")
    r = enrich(["Guidelines for monitors\nVersion 2\nMay 2030\n\nThese guidelines describe the work of the "
                "monitors in the field.\n"])
    assert r.published is not None and r.published.value == (dt.date(2030, 5, 1), "month")


def test_the_european_councils_masthead_in_capitals():
    """The European Council's name alone on a line over its page is its masthead, in
    capitals too ("EUROPEAN COUNCIL"), as a title set in capitals prints it."""
    for masthead in ("European Council", "EUROPEAN COUNCIL"):
        r = enrich([f"EU News 96/2030\n\n{masthead}\n\nAt their meeting on 17 March, EU leaders discussed further "
                    "steps on migration and on EU-Türkiye cooperation.\n"])
        assert r.body is not None and r.body.value == "European Council"
