import pytest

from archive.errors import InvalidQuery
from archive.search import querylang as ql


def test_implicit_and_or_not_and_phrase():
    node = ql.parse('torture OR "police custody"~3 -asylum')
    assert node == ql.Or((
        ql.Term("torture", pos=0),
        ql.And((ql.Phrase("police custody", slop=3, pos=11), ql.Not(ql.Term("asylum", pos=31)))),
    ))


def test_fields_prefix_and_year_range():
    assert ql.parse("title:torture") == ql.Term("torture", "title", pos=6)
    assert ql.parse("tortur*") == ql.Term("tortur", None, True, 0)
    assert ql.parse("year:2016..2019") == ql.YearRange(2016, 2019, 5)
    assert ql.parse("year:2016") == ql.YearRange(2016, 2016, 5)
    assert ql.parse("body:(CAT OR CPT)") == ql.Or((ql.Term("CAT", "body", pos=6), ql.Term("CPT", "body", pos=13)))


def test_identifiers_stay_one_term():
    assert ql.parse("CAT/C/TUR/CO/4") == ql.Term("CAT/C/TUR/CO/4", pos=0)
    assert ql.parse("ECLI:CE:ECHR:2010:0309JUD000746906").text.startswith("ECLI:")


def test_empty_query_matches_all():
    assert ql.parse("   ") == ql.MatchAll()


@pytest.mark.parametrize("query, message, position", [
    ('"unclosed', "unclosed quotation mark", 0),
    ("AND OR", "AND needs a search term before it", 0),
    ("torture AND", "AND needs a search term after it", 8),
    ("title:", "title: needs a value", 0),
    ("title: torture", "title: needs a value", 0),
    ("(torture", "unclosed parenthesis", 0),
    ("torture)", "unmatched closing parenthesis", 7),
    ("x*", "at least 2 letters", 0),
    ('"a b"~', "needs a number", 5),
    ("year:20x6", "not a year", 5),
    ("year:2019..2016", "runs backwards", 5),
    ("()", "empty parentheses", 0),
    ('""', "empty phrase", 0),
])
def test_malformed_queries_explain_where(query, message, position):
    with pytest.raises(InvalidQuery) as info:
        ql.parse(query)
    assert message in info.value.message
    assert info.value.position == position


def test_the_work_one_query_asks_for_is_bounded():
    MAX_PREFIXES, MAX_TERMS, read, parse = ql.MAX_PREFIXES, ql.MAX_TERMS, ql.read, ql.parse
    long = " ".join(f"word{i}" for i in range(MAX_TERMS + 10))
    node, read_as = read(long)
    assert read_as == " ".join(f"word{i}" for i in range(MAX_TERMS))  # the first ones, said so
    with pytest.raises(InvalidQuery, match=f"at most {MAX_TERMS}"):
        parse(long)
    prefixes = " OR ".join(f"{a}{b}*" for a, b in zip("abcdefghij", "klmnopqrst"))
    _, read_as = read(prefixes)
    assert read_as.count("*") == MAX_PREFIXES and read_as.endswith("is OR jt")
    with pytest.raises(InvalidQuery, match="prefix searches"):
        parse(prefixes)
    assert read("torture custody") == (parse("torture custody"), None)  # ordinary queries untouched
