"""HUDOC's translations of judgments and decisions into languages other than English,
French and Turkish: the heading read (ingest.enrich.ecthr_languages). The headings
below are written for these tests in the Court's format; one real translation from the
shared corpus closes the file."""
import datetime as dt

import pytest

from ingest.enrich import enrich
from ingest.enrich.ecthr import read_case

JUDGMENT_IT = """CORTE EUROPEA DEI DIRITTI DELL’UOMO
SECONDA SEZIONE
CAUSA BIANCHI E ALTRI c. ITALIA
(Ricorso n. 12345/15)
SENTENZA
STRASBURGO
14 marzo 2019
Questa sentenza diverrà definitiva alle condizioni definite nell’articolo 44 § 2 della Convenzione.
Nella causa Bianchi e altri c. Italia,
La Corte europea dei diritti dell’uomo (seconda sezione), riunita in una camera composta da:
Robert Spano, presidente, e da Stanley Naismith, cancelliere di sezione,
Dopo avere deliberato in camera di consiglio il 19 febbraio 2019,
Emette la seguente sentenza, adottata in tale data:
PROCEDURA
1. All’origine della causa vi è un ricorso (n. 12345/15) proposto contro la Repubblica italiana."""

JUDGMENT_RU = """ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА
ПЕРВАЯ СЕКЦИЯ
ДЕЛО «ПЕТРОВ ПРОТИВ РОССИИ»
(Жалоба № 23456/10)
ПОСТАНОВЛЕНИЕ
СТРАСБУРГ
5 июня 2014 г.
Настоящее постановление вступит в силу в порядке, установленном в пункте 2 статьи 44 Конвенции.
По делу «Петров против России» Европейский суд по правам человека (Первая секция), заседая Палатой в составе:"""

NOTE_RU = ("© Перевод с английского языка выполнен для этого теста. Настоящий перевод публикуется с разрешения, "
           "предоставленного для его размещения в базе данных HUDOC; перевод не имеет обязательной силы для Суда. "
           "Разрешение на повторную публикацию перевода может быть дано только с согласия правообладателя, "
           "а оригинальные тексты постановлений Суда на английском и французском языках размещены в базе HUDOC. "
           "Ссылки на другие жалобы (№ 1111/01) в этом примечании не относятся к делу. Перевод подготовлен "
           "в учебных целях и может отличаться от официальных переводов, опубликованных государством.\n")

JUDGMENT_UK = """ЄВРОПЕЙСЬКИЙ СУД З ПРАВ ЛЮДИНИ
П'ЯТА СЕКЦІЯ
СПРАВА «КОВАЛЕНКО ТА ІНШІ ПРОТИ УКРАЇНИ»
(Заява № 12345/08)
РІШЕННЯ
СТРАСБУРГ
10 січня 2013 року
Це рішення набуває статусу остаточного за обставин, встановлених у пункті 2 статті 44 Конвенції."""

# (the definite form of the word for case, "ДЕЛОТО", as the ministry's translations print it;
# was no case at all, dated by the day it became final)
JUDGMENT_BG = """ЕВРОПЕЙСКИ СЪД ПО ПРАВАТА НА ЧОВЕКА
ПЕТО ОТДЕЛЕНИЕ
ДЕЛОТО ГЕОРГИЕВ СРЕЩУ БЪЛГАРИЯ
(Жалба № 34567/09)
РЕШЕНИЕ
СТРАСБУРГ
12 март 2014 г.
ОКОНЧАТЕЛНО
12/06/2014
Това решение може да претърпи редакционни промени.
По делото Георгиев срещу България
Европейският съд по правата на човека (Пето отделение), заседаващо в състав:"""

JUDGMENT_PL = """EUROPEJSKI TRYBUNAŁ PRAW CZŁOWIEKA
CZWARTA SEKCJA
SPRAWA NOWAK przeciwko POLSCE
(Skarga nr 34567/12)
WYROK
STRASBURG
3 lutego 2015 r.
W sprawie Nowak przeciwko Polsce, Europejski Trybunał Praw Człowieka (Czwarta Sekcja), zasiadając jako Izba"""

JUDGMENT_RO = """CURTEA EUROPEANĂ A DREPTURILOR OMULUI
SECȚIA A DOUA
CAUZA CIOBANU ȘI ALȚII ÎMPOTRIVA REPUBLICII MOLDOVA
(Cererea nr. 6789/11)
HOTĂRÂRE
STRASBOURG
20 octombrie 2015
În cauza Ciobanu și alții împotriva Republicii Moldova, Curtea Europeană a Drepturilor Omului (Secția a doua)"""

DECISION_DE = """EUROPÄISCHER GERICHTSHOF FÜR MENSCHENRECHTE
FÜNFTE SEKTION
ENTSCHEIDUNG
Individualbeschwerde Nr. 45678/13
Hans MÜLLER
gegen Deutschland
Der Europäische Gerichtshof für Menschenrechte (Fünfte Sektion) hat in seiner Sitzung vom 7. Juli 2016 als
Ausschuss mit den Richterinnen und Richtern ... im Hinblick auf die oben genannte Individualbeschwerde, die am
2. März 2013 erhoben wurde, nach Beratung wie folgt entschieden:"""

DECISION_RU = """ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА
ТРЕТЬЯ СЕКЦИЯ
РЕШЕНИЕ
ПО ВОПРОСУ ПРИЕМЛЕМОСТИ
Жалоба № 12345/06
«ИВАНОВ ПРОТИВ РОССИИ»
Европейский суд по правам человека (Третья секция), заседая 3 марта 2009 г. Комитетом в составе:"""

DECISION_EL = """ΕΥΡΩΠΑΪΚΟ ΔΙΚΑΣΤΗΡΙΟ ΔΙΚΑΙΩΜΑΤΩΝ ΤΟΥ ΑΝΘΡΩΠΟΥ
ΠΡΩΤΟ ΤΜΗΜΑ
ΑΠΟΦΑΣΗ ΕΠΙ ΤΟΥ ΠΑΡΑΔΕΚΤΟΥ
Προσφυγή αριθ. 5678/09
Γεώργιος ΠΑΠΑΔΟΠΟΥΛΟΣ κατά Ελλάδας
Το Ευρωπαϊκό Δικαστήριο Δικαιωμάτων του Ανθρώπου (Πρώτο Τμήμα), συνεδριάζοντας στις 12 Μαΐου 2011 ως Τμήμα"""


@pytest.mark.parametrize("text, kind, title, respondents, application, date, formation", [
    (JUDGMENT_IT, "judgment", "CASE OF BIANCHI AND OTHERS v. ITALY", ["IT"], "12345/15", dt.date(2019, 3, 14), "Chamber"),
    # a name in another script is kept as the translation writes it: the Court's English
    # spelling of it cannot be known from the text
    (JUDGMENT_RU, "judgment", "ДЕЛО «ПЕТРОВ ПРОТИВ РОССИИ»", ["RU"], "23456/10", dt.date(2014, 6, 5), "Chamber"),
    # after a translator's note as long as some are (the heading's application beyond
    # the first 600 characters)
    (NOTE_RU + JUDGMENT_RU, "judgment", "ДЕЛО «ПЕТРОВ ПРОТИВ РОССИИ»", ["RU"], "23456/10", dt.date(2014, 6, 5),
     "Chamber"),
    # the State by its official name, declined
    (JUDGMENT_RU.replace("ПРОТИВ РОССИИ»\n", "ПРОТИВ РОССИЙСКОЙ ФЕДЕРАЦИИ»\n"), "judgment",
     "ДЕЛО «ПЕТРОВ ПРОТИВ РОССИЙСКОЙ ФЕДЕРАЦИИ»", ["RU"], "23456/10", dt.date(2014, 6, 5), "Chamber"),
    (JUDGMENT_UK, "judgment", "СПРАВА «КОВАЛЕНКО ТА ІНШІ ПРОТИ УКРАЇНИ»", ["UA"], "12345/08", dt.date(2013, 1, 10),
     "Chamber"),
    # the original's name in brackets between the case and its application: the Court's own
    # name of the case, in Latin letters (was no case at all, dated by the day it became final)
    (JUDGMENT_UK.replace("УКРАЇНИ»\n", "УКРАЇНИ»\n(AFFAIRE KOVALENKO ET AUTRES c. UKRAINE)\n").replace(
        "Конвенції.", "Конвенції.\nОСТАТОЧНЕ\n10/04/2013"), "judgment", "AFFAIRE KOVALENKO ET AUTRES c. UKRAINE", ["UA"],
     "12345/08", dt.date(2013, 1, 10), "Chamber"),
    (JUDGMENT_PL, "judgment", "CASE OF NOWAK v. POLAND", ["PL"], "34567/12", dt.date(2015, 2, 3), "Chamber"),
    (JUDGMENT_BG, "judgment", "ДЕЛОТО ГЕОРГИЕВ СРЕЩУ БЪЛГАРИЯ", ["BG"], "34567/09", dt.date(2014, 3, 12), "Chamber"),
    # a case's number, in the quotation marks or after them (was no case at all)
    (JUDGMENT_IT.replace("c. ITALIA\n", "c. ITALIA (N. 2)\n"), "judgment", "CASE OF BIANCHI AND OTHERS v. ITALY (No. 2)",
     ["IT"], "12345/15", dt.date(2019, 3, 14), "Chamber"),
    (JUDGMENT_RU.replace("РОССИИ»\n", "РОССИИ (№ 2)»\n"), "judgment", "ДЕЛО «ПЕТРОВ ПРОТИВ РОССИИ (№ 2)»", ["RU"],
     "23456/10", dt.date(2014, 6, 5), "Chamber"),
    (JUDGMENT_PL.replace("POLSCE\n", "POLSCE (nr 2)\n"), "judgment", "CASE OF NOWAK v. POLAND (No. 2)", ["PL"],
     "34567/12", dt.date(2015, 2, 3), "Chamber"),
    (JUDGMENT_RO, "judgment", "CASE OF CIOBANU AND OTHERS v. THE REPUBLIC OF MOLDOVA", ["MD"], "6789/11",
     dt.date(2015, 10, 20), "Chamber"),
    (DECISION_DE, "decision", "MÜLLER v. GERMANY", ["DE"], "45678/13", dt.date(2016, 7, 7), "Committee"),
    (DECISION_RU, "decision", "«ИВАНОВ ПРОТИВ РОССИИ»", ["RU"], "12345/06", dt.date(2009, 3, 3), "Committee"),
    (DECISION_EL, "decision", "Γεώργιος ΠΑΠΑΔΟΠΟΥΛΟΣ κατά Ελλάδας", ["GR"], "5678/09", dt.date(2011, 5, 12),
     "Chamber"),
])
def test_the_heading_of_a_translation(text, kind, title, respondents, application, date, formation):
    """On lines and in HUDOC's one-line form: the same case. The respondent is read as
    the language declines it ("POLSCE", "РОССИИ", "REPUBLICII MOLDOVA", "Ελλάδας")."""
    for form in (text, " ".join(text.split())):
        case = read_case([form])
        assert (case.kind, case.title, case.respondents) == (kind, title, respondents)
        assert (case.applications, case.date, case.formation) == ([application], date, formation)
        assert case.conclusions == []  # the operative part is not read in these languages


def test_a_translation_is_a_judgment_of_the_court_in_the_archive():
    r = enrich([JUDGMENT_IT])
    assert (r.title.value, r.body.value, r.doc_type.value) == ("CASE OF BIANCHI AND OTHERS v. ITALY", "ECtHR", "judgment")
    assert [t.value for t in r.subject_countries] == ["IT"]
    assert r.published.value == (dt.date(2019, 3, 14), "day")  # delivery, not the deliberation


def test_a_grand_chamber_decision_headed_as_a_case_is_a_decision():
    text = (JUDGMENT_IT.replace("SECONDA SEZIONE", "GRANDE CAMERA").replace("SENTENZA", "DECISIONE")
            .replace("riunita in una camera", "riunita in una Grande Camera"))
    case = read_case([text])
    assert (case.kind, case.title, case.formation) == ("decision", "BIANCHI AND OTHERS v. ITALY", "Grand Chamber")


def test_a_translation_as_a_legal_database_prints_its_heading():
    """A Russian translation on a legal database ("Дело \"Динк (Dink)" / "против Турции\"",
    the case word in small letters, the applicant's Latin spelling in brackets) was untyped
    and titled by its whole heading: a judgment, titled by the Latin spelling."""
    text = ("Европейский Суд по правам человека\n(Вторая секция)\nДело \"Петров (Petrov)\nпротив Турции\"\n"
            "(Жалобы NN 2668/07, 6102/08 и 30079/08)\nПостановление Суда\nСтрасбург, 14 сентября 2030 г.\n"
            "По делу \"Петров против Турции\" Европейский Суд по правам человека (Вторая Секция), рассматривая дело "
            "Палатой в составе:\n")
    case = read_case([text])
    assert (case.kind, case.title, case.respondents, case.formation) == (
        "judgment", "CASE OF PETROV v. TÜRKİYE", ["TR"], "Chamber")  # (Türkiye after 2022, as HUDOC names it)
    assert (case.applications, case.date) == (["2668/07", "6102/08", "30079/08"], dt.date(2030, 9, 14))
    # (an OCR's spelling in brackets, "(DULA$)", is no name: the heading's own stays)
    case = read_case([text.replace("(Petrov)", "(PETR$V)")])
    assert case.title.startswith("Дело")


@pytest.mark.parametrize("text, title", [
    # an older translation's capitals, the Latin spelling in brackets
    ("ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА\nПЕРВАЯ СЕКЦИЯ\nАЛТАЙ (ALTAY) ПРОТИВ ТУРЦИИ\nжалоба № 22279/93\n"
     "ПОСТАНОВЛЕНИЕ\nот 22 мая 2001 г.\nСТРАСБУРГ\n", "CASE OF ALTAY v. TURKEY"),
    # a database's marks for Latin words and footnotes, the applicant's second name in brackets
    ("ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА\nЧЕТВЕРТАЯ СЕКЦИЯ\nДЕЛО \"АКСОЙ (ЭРОГЛУ) (AKSOY ({EROGLU} <**>)) ПРОТИВ "
     "ТУРЦИИ\"\n(Жалоба № 59741/00)\nПОСТАНОВЛЕНИЕ\n(Страсбург, 31 октября 2006 года)\n",
     "CASE OF AKSOY (EROGLU) v. TURKEY"),
    # several applicants, "and Others" in the Latin spelling
    ("Европейский Суд по правам человека\n(Первая секция)\nДело \"Салказанов и другие (Salkazanov and Others)\nпротив "
     "Российской Федерации\"\n(Жалобы NN 65795/09 и 65829/09)\nПостановление Суда\nСтрасбург, 19 февраля 2013 г.\n",
     "CASE OF SALKAZANOV AND OTHERS v. RUSSIA")])
def test_a_cyrillic_heading_titled_by_the_latin_spelling_it_gives(text, title):
    assert read_case([text]).title == title


@pytest.mark.parametrize("text", [
    # news and commentary name the Court and a case in running text, not in a heading
    "La Corte europea dei diritti dell’uomo ha condannato l’Italia nella causa Rossi c. Italia (ricorso n. 12345/06): "
    "la sentenza del 10 gennaio 2008 riconosce la violazione dell’articolo 3.",
    "Европейский суд по правам человека вынес решение по делу «Иванов против России» (жалоба № 1234/05) "
    "5 июня 2014 г. и признал нарушение статьи 3 Конвенции.",
    # the Court named, no case
    "EUROPÄISCHER GERICHTSHOF FÜR MENSCHENRECHTE\nJAHRESBERICHT 2016\nENTSCHEIDUNG über die Organisation der Kanzlei",
])
def test_texts_about_a_case_are_not_read_as_one(text):
    assert read_case([text]) is None


def test_a_real_italian_translation_of_a_decision(corpus):
    """HUDOC's Italian translation of M.K. v. Italy (by the Italian Ministry of Justice,
    its notice before the heading); HUDOC titles it "M.K. v. ITALY - [Italian
    Translation] ..." and dates it 16 January 2018, a Committee's decision."""
    text = (corpus / "ecthr-hudoc" / "001-185152.txt").read_text(encoding="utf-8")
    case = read_case([text])
    assert (case.kind, case.title, case.respondents, case.language) == ("decision", "M.K. v. ITALY", ["IT"], "it")
    assert (case.applications, case.date, case.formation) == (["31031/16"], dt.date(2018, 1, 16), "Committee")


@pytest.mark.parametrize("text, title, respondents, application, date", [
    # an older translation's heading, the case's name in capitals without the case word after the
    # Court's name and the section (was no case: titled by the Court's name, the section and the
    # case run together)
    ("ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА\nПЕРВАЯ СЕКЦИЯ\nСИДОРОВА ПРОТИВ ТУРЦИИ\nЖАЛОБА № 34567/98\n"
     "ПОСТАНОВЛЕНИЕ\n12 марта 2003 г.\nСтрасбург\nПо делу \"Сидорова против Турции\"\nЕвропейский Суд по правам "
     "человека (Первая секция), заседая Палатой в составе:", "СИДОРОВА ПРОТИВ ТУРЦИИ", ["TR"], "34567/98",
     dt.date(2003, 3, 12)),
    ("CORTE EUROPEA DEI DIRITTI DELL'UOMO\nPRIMA SEZIONE\nVERDI c. TURCHIA\n(Ricorso n. 45678/99)\nSENTENZA\n"
     "STRASBURGO\n14 marzo 2004\nNella causa Verdi c. Turchia,\nla Corte europea dei diritti dell'uomo (prima sezione), "
     "riunita in una camera composta da:", "CASE OF VERDI v. TURKEY", ["TR"], "45678/99", dt.date(2004, 3, 14)),
])
def test_a_translations_heading_without_the_case_word(text, title, respondents, application, date):
    for form in (text, " ".join(text.split())):
        case = read_case([form])
        assert (case.kind, case.title, case.respondents) == ("judgment", title, respondents)
        assert (case.applications, case.date) == ([application], date)
    # the Court's name over a line naming parties in a sentence is no heading
    assert read_case(["ЕВРОПЕЙСКИЙ СУД ПО ПРАВАМ ЧЕЛОВЕКА\nЕжегодный отчет: дела Сидорова против Турции и другие "
                      "(жалоба № 34567/98) постановление 2003"]) is None
