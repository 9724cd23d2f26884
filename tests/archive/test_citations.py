"""Cites / cited by over the sample archive, resolved through normalised identifiers."""
from sqlalchemy import select

from archive import store
from archive.models import Document


def by_symbol(session, symbol):
    return session.scalars(select(Document).where(Document.symbol == symbol)).one()


def titles(pairs):
    return {d.symbol for d, _ in pairs}


def test_cites_and_cited_by(sample_archive):
    with sample_archive.db.session() as s:
        kavala = by_symbol(s, "28749/18")
        cm = by_symbol(s, "CM/ResDH(2022)21")
        ep = by_symbol(s, "P9_TA(2021)0243")
        assert titles(store.cites(s, cm)) == {"28749/18"}
        assert {"CM/ResDH(2022)21", "P9_TA(2021)0243"} <= titles(store.cited_by(s, kavala))
        assert {"28749/18", "14305/17", "CDL-AD(2017)021"} <= titles(store.cites(s, ep))
        cat = by_symbol(s, "CAT/C/TUR/CO/4")
        citing = titles(store.cited_by(s, cat))
        assert {"KHD-2021-03", "A/HRC/37/50/Add.1"} <= citing
        # the NGO report cites the CAT document but stays a civil-society document
        ngo = by_symbol(s, "KHD-2021-03")
        assert (ngo.mechanism, ngo.body) == ("civil-society", "Bridge Legal Aid Association")


def test_enrichment_provenance_and_person_values_kept(sample_archive):
    with sample_archive.db.session() as s:
        doc = by_symbol(s, "CAT/C/TUR/CO/4")
        provenance = doc.extra["provenance"]
        # values from the metadata sheet: a person's, recorded as coming from the sheet
        assert provenance["mechanism"] == "sheet" and provenance["body"] == "sheet"
        assert "published_date" in doc.locked_fields
        own = [(i.scheme, i.value) for i in doc.identifiers if i.is_own]
        assert own == [("un-symbol", "CAT/C/TUR/CO/4")]
