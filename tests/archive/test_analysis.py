import pytest

from archive.search import analysis


@pytest.mark.parametrize("variants", [
    ("diyarbakir", "Diyarbakır", "DİYARBAKIR", "DIYARBAKIR"),
    ("istanbul", "İstanbul", "İSTANBUL", "ISTANBUL"),
    ("ışık", "IŞIK", "isik", "Işık"),
    ("gözaltı", "GÖZALTI", "gozalti"),
    ("Şırnak", "ŞIRNAK", "sirnak"),
])
def test_turkish_variants_fold_to_one_form(variants):
    assert len({analysis.fold(v) for v in variants}) == 1


def test_fold_handles_decomposed_dotted_capital_i():
    # "İ" written as I + COMBINING DOT ABOVE, as str.lower() would leave it.
    assert analysis.words("I\u0307STANBUL") == ["istanbul"]
    assert "İ".lower() != "i"  # the bug we guard against
    assert analysis.fold("İ") == "i"


def test_ligatures_are_folded():
    assert analysis.fold("ﬁnal") == "final"


def test_turkish_stem_groups_inflected_forms():
    stems = {analysis.stem(w, "tr") for w in ("gözaltı", "gözaltına", "gözaltında", "GÖZALTINA")}
    assert stems == {"gozal"}


def test_english_and_french_stems():
    assert analysis.stem("detained", "en") == analysis.stem("detention", "en") or \
        analysis.stem("detainees", "en") == analysis.stem("detainee", "en")
    assert analysis.stem("libertés", "fr") == analysis.stem("liberté", "fr")


def test_synonyms_of_turkiye():
    assert analysis.synonyms("turkiye") == {"turkiye", "turkey", "turquie"}
    assert analysis.synonyms("ankara") == {"ankara"}


def test_normalise_symbol():
    assert analysis.normalise_symbol("CAT / C / TUR / CO / 4") == analysis.normalise_symbol("cat/c/tur/co/4")
