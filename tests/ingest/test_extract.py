import pytest

from ingest.enrich.language import detect_language
from ingest.extract.pdf import extract_pdf
from ingest.enrich import enrich
from ingest.extract.html import extract_html
from ingest.extract.text import extract_text, normalise, repair_legacy_turkish

from ..conftest import SAMPLES


def test_normalise_ligatures_hyphenation_and_junk():
    assert normalise("the ﬁrst de-\nten-\ntion") == "the first detention"
    assert normalise("a(cid:12)b\x00c\x07") == "abc"
    assert normalise("line  one\r\n\r\n\r\n\r\nline two") == "line one\n\nline two"


def test_unicode_hyphens_and_invisible_marks():
    """A non-breaking hyphen is a hyphen, spaced or not (HUDOC's text spaces it); NFKC made
    it U+2010, which no rule reads as a hyphen. A soft hyphen goes (at a line's end it joins
    the word it broke), as do zero-width spaces, word joiners and stray byte order marks:
    left in, they split a word for search."""
    assert normalise("non \u2011 governmental, non\u2011governmental, non\u2010governmental") == \
        "non-governmental, non-governmental, non-governmental"
    assert normalise("Men\u00adschen\u00adrechte und Fol\u00ad\nter") == "Menschenrechte und Folter"
    assert normalise("\ufeffgöz\u200baltı\u2060na") == "gözaltına"
    assert normalise("2012 \u2013 2016 \u2212 1") == "2012 \u2013 2016 \u2212 1"  # dashes and minus stay


def test_a_text_files_mojibake_is_repaired():
    """A text file a scraper saved with its UTF-8 once read as Latin-1 ("Veysel DÄ°RÄ°
    against Turkey") kept the mojibake, unsearchable and unread as a name; repaired as a
    web page's is (ftfy), while a text's own quotes, dashes and letters stay."""
    garbled = "Application no. 61317/00 by Veysel DİRİ against Türkiye".encode("utf-8").decode("latin-1")
    assert "DÄ°RÄ°" in garbled
    assert extract_text(garbled.encode("utf-8")).pages == ["Application no. 61317/00 by Veysel DİRİ against Türkiye"]
    own = "“Yerel demokrasi” – dediler; naïve café’s Ça va"
    assert extract_text(own.encode("utf-8")).pages == [own]
    # (nor a text with no mojibake pair, which ftfy alone would change: a stray cedilla after a
    # name, "Nikezić¸ cited above", became "Nikezi㏠cited above")
    odd = "see Milić and Nikezić¸ cited above, § 99)"
    assert extract_text(odd.encode("utf-8")).pages == [normalise(odd)] and "Nikezić" in normalise(odd)


def test_mojibake_beside_letters_the_copy_kept_is_repaired_line_by_line():
    """A scraper's copy of a judgment garbled its heading ("CASE OF AYŞE KOÇTAŞ" as "AYÅžE
    KOÃ‡TAÅž", UTF-8 read as Windows-1252) but kept the Turkish letters of its judges' names:
    ftfy could not read such a text back whole and left the heading's "Åž" (the title read
    "CASE OF AYŞE KOÇTAÅŽ ..."); each garbled line is repaired on its own, and a line the
    copy kept stays as it is."""
    heading = "CASE OF AYŞE KOÇTAŞ v. TÜRKİYE (No. 2)"
    garbled = heading.encode("utf-8").decode("cp1252")
    assert "Åž" in garbled
    text = f"SECOND SECTION\n{garbled}\n(Application no. 1234/19)\nGülşen Işıkçı, President,\nŞükrü Ağaoğlu, judges,"
    pages = extract_text(text.encode("utf-8")).pages
    assert pages == [f"SECOND SECTION\n{heading}\n(Application no. 1234/19)\nGülşen Işıkçı, President,\n"
                     "Şükrü Ağaoğlu, judges,"]


def test_mojibake_pairs_ftfy_leaves_are_read_back_as_their_letters():
    """ftfy weighs a mojibake pair by how odd it looks and leaves "ÅŸ" (ş) where a line has no
    odder pair: a news copy's "BaÅŸkanı", "konuÅŸan", "giriÅŸimi" stayed, unsearchable, and the
    page was in no language. Such a pair is read back as the letter its two bytes were; a
    line without one is left as it is."""
    kept = "Örnek Komitesi’nin yıllık raporu açıklandı."
    # (only its ş garbled, as the copy gave it: its ı and ğ were kept)
    garbled = "Komitenin Başkanı, darbe girişimi sonrası konuştu.".replace("ş", "ş".encode("utf-8").decode("cp1252"))
    assert "BaÅŸkanı" in garbled
    pages = extract_text(f"{kept}\n{garbled}\n{garbled}".encode("utf-8")).pages
    assert pages == [f"{kept}\nKomitenin Başkanı, darbe girişimi sonrası konuştu.\n"
                     "Komitenin Başkanı, darbe girişimi sonrası konuştu."]


def test_a_turkish_fonts_letters_read_as_guillemets_are_read_back():
    """An older Turkish font's ı, İ, ğ, ş and Ş come out as a guillemet, the other guillemet, the
    euro sign and the ligatures ﬂ and ﬁ ("Yay›nlar›", "‹stanbul", "Da€›t›m", "‹letiﬂim",
    "ﬁti."): the words were unsearchable. Read back where a Turkish text writes three
    guillemets inside words at least; guillemets between words, a price in euros and a
    ligature in a text without such guillemets stay as they were."""
    garbled = ("Örnek Vakf› Yay›nlar› 12, ‹stanbul, Şubat 2031. Da€›t›m: Örnek ‹letiﬂim Ltd. ﬁti., "
               "Kuﬂtepe, ‹stanbul.")
    assert normalise(garbled) == ("Örnek Vakfı Yayınları 12, İstanbul, Şubat 2031. Dağıtım: Örnek İletişim Ltd. Şti., "
                                  "Kuştepe, İstanbul.")
    assert extract_text(garbled.encode("utf-8")).pages == [normalise(garbled)]
    kept = "Fiyatı €5; ‹ bir › iki, « üç » — the ﬁrst proﬁle of the report's ﬂow"
    assert normalise(kept) == "Fiyatı €5; ‹ bir › iki, « üç » — the first profile of the report's flow"


def test_a_hudoc_text_imported_as_a_file_reads_its_hyphenated_name():
    """The Court's texts write a double-barrelled name with a non-breaking hyphen that
    HUDOC's text spaces: imported as a file (extraction, then the rules), the title was
    "CASE OF MARTIN ‐ DUPONT v. FRANCE", though the rules read the text itself right."""
    text = ("FIFTH SECTION CASE OF MARTIN \u2011 DUPONT v. FRANCE (Application no. 12345/29) JUDGMENT STRASBOURG "
            "3 May 2030 In the case of Martin \u2011 Dupont v. France, The European Court of Human Rights (Fifth "
            "Section), sitting as a Chamber composed of: ... FOR THESE REASONS, THE COURT, UNANIMOUSLY, Holds that "
            "there has been a violation of Article 8 of the Convention;")
    pages = extract_text(text.encode("utf-8")).pages
    r = enrich(pages)
    assert r.title is not None and r.title.value == "CASE OF MARTIN-DUPONT v. FRANCE"
    page = extract_html("<html><head><title>Men&shy;schen&shy;rechte</title></head><body><h1>Men&shy;schen"
                        "&shy;rechte in der T&uuml;rkei</h1><p>Ein Bericht &uuml;ber Men&shy;schen&shy;rechte.</p>"
                        "</body></html>".encode("utf-8"))
    assert "Menschenrechte in der Türkei" in page.pages[0] and "\u00ad" not in page.pages[0]


def test_a_faked_bold_is_written_once():
    """Some PDF writers print a bold heading's letters twice; the text layer has them twice."""
    assert normalise("RREEPPOORRTT OONN TTÜÜRRKKİİYYEE 22001199\nSeries 026 DDaattaa SShheeeett Rotary") == \
        "REPORT ON TÜRKİYE 2019\nSeries 026 Data Sheet Rotary"
    # doubled letters that are words, or stand apart from a doubled word, or are part of a path
    kept = "aaaaaa XXXXII Mississippi bookkeeper II\nSSEECCTTIIOONN at 10:00, Chapter II /author/ggrraaff/"
    assert normalise(kept) == kept.replace("SSEECCTTIIOONN", "SECTION")


def test_legacy_turkish_encoding_is_repaired_only_in_turkish_context():
    assert repair_legacy_turkish("Ýstanbul'da iþkence gördüðünü") == "İstanbul'da işkence gördüğünü"
    assert repair_legacy_turkish("Þórður frá Reykjavík") == "Þórður frá Reykjavík"  # Icelandic stays


@pytest.mark.parametrize("text, lang", [
    ("The Committee is concerned about reports of torture and ill-treatment in police custody "
     "and recommends that all allegations be investigated promptly.", "en"),
    ("Başvurucu, gözaltına alındıktan sonra emniyet müdürlüğünde darp edildiğini ve avukatıyla "
     "görüşmesine izin verilmediğini ileri sürmüştür.", "tr"),
    ("Le Comité est préoccupé par des allégations de torture et de mauvais traitements infligés "
     "aux personnes en garde à vue.", "fr"),
    ("Ev rapor li ser mafên mirovan e û ji bo hemû welatiyan girîng e. Em dixwazin ku dewlet "
     "mafên zimanê kurdî jî biparêze û li dibistanan bi kurdî perwerde bide.", "ku"),
    ("Em ji bo azadiya rojnamevanan û mafên mirovan li Amedê kar dikin. Ev rapor li ser "
     "girtina parêzeran e û em dixwazin dadgeh bi awayekî serbixwe biryar bidin.", "ku"),
    ("Hesabat insan hüquqları müdafiəçilərinin həbsi və ifadə azadlığı ilə bağlı ciddi "
     "narahatlıqları əks etdirir. Jurnalistlərin təqib edilməsi davam edir.", "az"),
    ("Rapor, insan hakları savunucularının tutuklanması ve ifade özgürlüğüne ilişkin ciddi "
     "endişeleri yansıtmaktadır. Gazetecilerin kovuşturulması sürüyor.", "tr"),
    ("Too short.", "und"),
    ("1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 1234 5678", "und"),
])
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_sample_pdf_keeps_turkish_letters():
    e = extract_pdf((SAMPLES / "pdf" / "ngo-gozalti-raporu.pdf").read_bytes())
    assert e.status == "ok" and len(e.pages) == 2
    assert "DİYARBAKIR" in e.pages[0] and "İSTANBUL" in e.pages[0] and "gözaltına" in e.pages[0]


@pytest.mark.parametrize("data, status, message", [
    (b"", "failed", "not a readable PDF"),
    (b"%PDF-1.4\n garbage garbage", "failed", "not a readable PDF"),
    (b"\x00\x01\x02 not a pdf at all", "failed", "not a readable PDF"),
])
def test_broken_pdfs_get_an_outcome_not_an_exception(data, status, message):
    e = extract_pdf(data)
    assert e.status == status and message in e.error


def test_real_world_pdfs(corpus):
    samples = corpus / "pdf-samples"
    locked = (samples / "005-libreoffice-writer-password" / "libreoffice-writer-password.pdf").read_bytes()
    e = extract_pdf(locked)
    assert e.status == "needs_password" and "password" in e.error
    assert extract_pdf(locked, ("wrong",)).status == "needs_password"
    opened = extract_pdf(locked, ("openpassword",))
    assert opened.status == "ok" and opened.pages[0].strip()
    scan = extract_pdf((samples / "019-grayscale-image" / "grayscale-image.pdf").read_bytes())
    assert scan.status == "no_text_layer"
    # pypdf and PDFium cannot open this damaged file; pdfminer's lenient parser recovers text
    broken = extract_pdf((samples / "017-unreadable-meta-data" / "unreadablemetadata.pdf").read_bytes())
    assert broken.status == "ok" and broken.extractor == "pdfminer" and "recovered" in broken.error
    assert "Potentiometer" in broken.pages[0]
    big = extract_pdf((samples / "009-pdflatex-geotopo" / "GeoTopo-komprimiert.pdf").read_bytes())
    assert big.status == "ok" and len(big.pages) == 117
    assert "∀,∃" in big.pages[1]  # its LaTeX fonts' own encoding (read with fontTools), not "8;9"



@pytest.mark.parametrize("path, title, rule", [
    ("021-pdfa/crazyones-pdfa.pdf", "The Crazy Ones", "heading"),  # not its date and first lines
    ("011-google-doc-document/google-doc-document.pdf", "Example document", "heading"),  # not the verses under it
    ("026-latex-multicolumn/multicolumn.pdf", "Two-Column Document with Lorem Ipsum Your Name", "heading"),
    ("007-imagemagick-images/imagemagick-lzw.pdf", "imagemagick-lzw", "metadata"),  # its /Title ends in NUL
    # its only text is a software's watermark: the file's name says more
    ("018-base64-image/base64image.pdf", "base64image", "file-name"),
    # its heading printed in a faked bold, each letter twice ("DDaattaa SShheeeett")
    ("017-unreadable-meta-data/unreadablemetadata.pdf", "Series 026 Data Sheet Rotary Potentiometer", "heading"),
    # its heading set twice as large as the lines under it, which ran on into it ("Header Foo: bar ABC: DEF")
    ("022-pdfkit/pdfkit.pdf", "Header", "heading"),
    # a page that begins with running text has no heading: its first line, cut
    ("002-trivial-libre-office-writer/002-trivial-libre-office-writer.pdf",
     "Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor", "first-line"),
])
def test_titles_of_real_pdfs(corpus, path, title, rule):
    from ingest.extract import extract_document

    p = corpus / "pdf-samples" / path
    found = extract_document(p.read_bytes(), p.name).enrichment.title
    assert (found.value, found.rule) == (title, rule)

def test_a_heading_set_larger_than_the_text_ends_with_a_blank_line():
    """pypdf runs page 1's first paragraph on into the heading above it; the sizes the
    page sets them in tell where the heading ends (a PDF of the demo collection: a title
    in 14 points over two lines, the letter in 10.5)."""
    text = extract_pdf((SAMPLES / "pdf" / "commdh-fr-lettre.pdf").read_bytes()).pages[0]
    assert text.startswith("CommDH(2019)10\nLettre de la Commissaire aux droits de l'homme\nconcernant les défenseurs "
                           "des droits humains en Turquie\n\nLa Commissaire aux droits de l'homme exprime")
    assert text.count("\n\n") == 1  # only there


@pytest.mark.parametrize("runs, text, expected", [
    # a heading, then the text: a blank line between them
    ([(18.0, "Annual Report"), (10.0, "The year saw mass trials of journalists and lawyers in many towns.")],
     "Annual Report\nThe year saw mass trials of journalists and lawyers in many towns.",
     "Annual Report\n\nThe year saw mass trials of journalists and lawyers in many towns."),
    # one size throughout, a heading that ends with a blank line already, a large line far down: unchanged
    ([(10.0, "Annual Report"), (10.0, "The year saw mass trials.")], "Annual Report\nThe year saw mass trials.", None),
    ([(18.0, "Annual Report"), (10.0, "The year saw mass trials of journalists.")],
     "Annual Report\n\nThe year saw mass trials of journalists.", None),
    ([(10.0, "line " * 20)] * 13 + [(18.0, "Late")], "\n".join(["line " * 20] * 13 + ["Late", "text"]), None),
])
def test_where_a_heading_ends_by_the_sizes_of_its_letters(runs, text, expected):
    from ingest.extract.text import with_heading_end

    assert with_heading_end(text, runs) == (expected or text)


def _docx(body: str, styles: str | None = None) -> bytes:
    import io
    import zipfile
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        if styles is not None:
            z.writestr("word/styles.xml", '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                       f"{styles}</w:styles>")
        z.writestr("word/document.xml",
                   '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                   'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>'
                   f"{body}</w:body></w:document>")
    return out.getvalue()


def _p(text: str, style: str = "", size: int | None = None) -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    rpr = f'<w:rPr><w:sz w:val="{size}"/></w:rPr>' if size else ""
    return f"<w:p>{ppr}<w:r>{rpr}<w:t>{text}</w:t></w:r></w:p>"


BODY = "The Association documented forty cases of detention of lawyers in the year under review."
DOCX_STYLES = ('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
               '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>'
               '<w:style w:type="paragraph" w:styleId="Heading1"><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="32"/>'
               '</w:rPr></w:style><w:style w:type="paragraph" w:styleId="Title"><w:basedOn w:val="Heading1"/></w:style>')


SAME_SIZE_TITLE = ('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
                   '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                   '<w:style w:type="paragraph" w:styleId="Baslik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
                   '<w:rPr><w:b/><w:caps/></w:rPr></w:style>'
                   '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
                   '<w:basedOn w:val="Normal"/></w:style>'
                   '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Heading1"/>'
                   '</w:style>')


@pytest.mark.parametrize("body, styles, text", [
    # a title in a paragraph style larger than the text's (through its basedOn chain), or in larger letters
    (_p("Lawyers on trial", "Title") + _p("in Turkey", "Title") + _p(BODY) + _p(BODY), DOCX_STYLES,
     f"Lawyers on trial\nin Turkey\n\n{BODY}\n{BODY}"),
    (_p("Lawyers on trial", size=36) + _p(BODY) + _p(BODY), None, f"Lawyers on trial\n\n{BODY}\n{BODY}"),
    # letters of one size throughout: the text as it is
    (_p("Lawyers on trial") + _p(BODY) + _p(BODY), DOCX_STYLES, f"Lawyers on trial\n{BODY}\n{BODY}"),
    # Word's "Title" (or "heading 1") style in the body's size: a heading all the same
    (_p("Lawyers on trial", "Baslik") + _p("in Turkey", "Baslik") + _p(BODY) + _p(BODY), SAME_SIZE_TITLE,
     f"Lawyers on trial\nin Turkey\n\n{BODY}\n{BODY}"),
    (_p("Lawyers on trial", "Heading1") + _p(BODY) + _p(BODY), SAME_SIZE_TITLE, f"Lawyers on trial\n\n{BODY}\n{BODY}"),
    # a body style based on a heading style is body text
    (_p("Lawyers on trial", "Heading1") + _p(BODY, "Quote") + _p(BODY, "Quote"), SAME_SIZE_TITLE,
     f"Lawyers on trial\n\n{BODY}\n{BODY}"),
    (_p("Lawyers on trial", "Quote") + _p(BODY) + _p(BODY), SAME_SIZE_TITLE, f"Lawyers on trial\n{BODY}\n{BODY}"),
])
def test_docx_heading_set_larger_than_the_text_ends_with_a_blank_line(body, styles, text):
    from ingest.extract.docx import extract_docx

    assert extract_docx(_docx(body, styles)).pages[0] == text


def test_a_docx_headed_in_words_heading_style_is_titled_by_its_heading_alone():
    """A letter whose heading is in Word's "heading 1" style, in the body's size, and whose
    first line of text reads on like a heading: the title ends with the heading."""
    from ingest.extract import extract_document

    body = (_p("Lettre de la Commissaire au ministre de la Justice de la Turquie", "Heading1")
            + _p("La Commissaire aux droits de l'homme exprime sa préoccupation") + _p("au sujet des avocats détenus."))
    title = extract_document(_docx(body, SAME_SIZE_TITLE), "lettre.docx").enrichment.title
    assert (title.value, title.rule) == ("Lettre de la Commissaire au ministre de la Justice de la Turquie", "heading")


def test_docx_line_breaks_text_boxes_and_hyphens():
    """A heading written with a line break stays two lines (not "OTHERSv."); a text box
    Word writes twice (drawing and fallback) is read once; a non-breaking hyphen is one."""
    from ingest.extract.docx import extract_docx
    from ingest.enrich.ecthr import read_case

    box = ("<w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>SECOND SECTION</w:t>"
           "</w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r>"
           "<w:t>SECOND SECTION</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>")
    body = (f"<w:p>{box}</w:p>"
            "<w:p><w:r><w:t>CASE OF KAYA AND OTHERS</w:t><w:br/><w:t>v. TÜRKİYE</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>(Application no. 12345/15)</w:t></w:r></w:p><w:p><w:r><w:t>JUDGMENT</w:t></w:r></w:p>"
            "<w:p><w:r><w:t>In the case of Kaya and Others v. Türkiye, the European Court of Human Rights, "
            "sitting as a Chamber composed of: A. Mourou</w:t><w:noBreakHyphen/><w:t>Vikström, President,</w:t></w:r></w:p>")
    pages = extract_docx(_docx(body)).pages
    assert pages[0].count("SECOND SECTION") == 1
    assert "CASE OF KAYA AND OTHERS\nv. TÜRKİYE\n(Application" in pages[0] and "Mourou-Vikström" in pages[0]
    assert read_case(pages).title == "CASE OF KAYA AND OTHERS v. TÜRKİYE"



def test_docx_paragraphs_numbered_by_word_keep_their_numbers():
    """Word numbers list paragraphs itself (word/numbering.xml, often through a paragraph
    style): a judgment's "45." or an operative point's "2." is not in the text, yet it is
    what a reader cites. The numbers are read as Word shows them: levels, formats,
    restarts, a style's numbering through its parent style; bullets add nothing."""
    import io
    import zipfile

    from ingest.extract.docx import extract_docx

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def lvl(ilvl, fmt, text, start=1):
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/></w:lvl>')

    numbering = (f"<w:numbering {ns}>"
                 f'<w:abstractNum w:abstractNumId="10">{lvl(0, "decimal", "%1.")}{lvl(1, "lowerLetter", "(%2)")}'
                 f'{lvl(2, "decimal", "%1.%2.%3")}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="11">{lvl(0, "bullet", "•")}</w:abstractNum>'
                 f'<w:abstractNum w:abstractNumId="12">{lvl(0, "upperRoman", "%1.")}</w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
                 '<w:num w:numId="2"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
                 '</w:lvlOverride></w:num>'
                 '<w:num w:numId="3"><w:abstractNumId w:val="11"/></w:num>'
                 '<w:num w:numId="4"><w:abstractNumId w:val="12"/></w:num></w:numbering>')
    styles = (f'<w:styles {ns}><w:style w:styleId="JuPara"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr>'
              '</w:style><w:style w:styleId="JuParaLast"><w:basedOn w:val="JuPara"/></w:style></w:styles>')

    def p(text, style=None, num=None, ilvl=None):
        ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            f'<w:numPr>{f"<w:ilvl w:val={chr(34)}{ilvl}{chr(34)}/>" if ilvl is not None else ""}'
            f'<w:numId w:val="{num}"/></w:numPr>' if num is not None else "")
        return f"<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"

    body = "".join([
        p("THE FACTS", num=4, ilvl=0),
        p("The case originated in an application.", style="JuPara"),
        p("The applicant was born in 1980.", style="JuParaLast"),
        p("he was arrested;", num=1, ilvl=1), p("he was detained.", num=1, ilvl=1),
        p("The Government contested that.", style="JuPara"),
        p("first of the points", num=1, ilvl=1), p("a sub-point", num=1, ilvl=2),
        p("a bullet", num=3), p("not numbered", style="JuPara", num=0),
        p("THE LAW", num=4, ilvl=0),
        p("Declares the application admissible;", num=2, ilvl=0),
        p("Holds that there has been a violation of Article 3 of the Convention.", num=2, ilvl=0),
    ])
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {ns}><w:body>{body}</w:body></w:document>")
        z.writestr("word/numbering.xml", numbering)
        z.writestr("word/styles.xml", styles)
    assert extract_docx(out.getvalue()).pages[0].split("\n") == [
        "I. THE FACTS",
        "1. The case originated in an application.",
        "2. The applicant was born in 1980.",
        "(a) he was arrested;", "(b) he was detained.",
        "3. The Government contested that.",
        "(a) first of the points", "3.a.1 a sub-point",  # each level in its own format, as Word writes it
        "a bullet", "not numbered",
        "II. THE LAW",
        "1. Declares the application admissible;",  # another list of the same kind starts again
        "2. Holds that there has been a violation of Article 3 of the Convention.",
    ]


def test_docx_numbering_of_a_hostile_file_stays_small():
    """A list counted in letters from a billion (Word's largest start is 32767), and a
    level's text of a megabyte, do not turn 2,000 short paragraphs into gigabytes of
    text."""
    import io
    import zipfile

    from ingest.extract.docx import extract_docx

    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    numbering = (f'<w:numbering {ns}><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1000000000"/>'
                 f'<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="{"%1" * 500_000}"/></w:lvl></w:abstractNum>'
                 '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num></w:numbering>')
    para = '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>x</w:t></w:r></w:p>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f"<w:document {ns}><w:body>{para * 2000}</w:body></w:document>")
        z.writestr("word/numbering.xml", numbering)
    text = extract_docx(out.getvalue()).pages[0]
    assert text.startswith("32767327673276732767") and len(text) < 2000 * 300


def test_docx_first_page_header_is_part_of_page_one():
    """A UN document in Word prints its symbol, distribution line and date in the first
    page's own header; the running head of the other pages is not text of page 1."""
    import io
    import zipfile

    from ingest.extract.docx import extract_docx
    from ingest.enrich import enrich

    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
    para = lambda text: f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"  # noqa: E731
    body = "".join(map(para, ["Human Rights Council", "Forty-fourth session", "Agenda item 6",
                              "Universal periodic review", "Report of the Working Group on the Universal Periodic Review*",
                              "Turkey", "* The annex is circulated as received."]))
    document = (f'<w:document {ns}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rId8"/>'
                f'<w:headerReference w:type="first" r:id="rId9"/><w:titlePg/></w:sectPr></w:body></w:document>')
    first = (f"<w:hdr {ns}><w:tbl><w:tr><w:tc>{para('United Nations')}</w:tc><w:tc>{para('A/HRC/44/14')}</w:tc></w:tr>"
             f"<w:tr><w:tc>{para('General Assembly')}</w:tc><w:tc>{para('Distr.: General')}{para('22 April 2020')}"
             f"{para('Original: English')}</w:tc></w:tr></w:tbl></w:hdr>")
    running = f"<w:hdr {ns}>{para('A/HRC/44/14 running head')}</w:hdr>"
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId8" Type="header" Target="header1.xml"/>'
            '<Relationship Id="rId9" Type="header" Target="header2.xml"/></Relationships>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, text in {"[Content_Types].xml": "<Types/>", "word/document.xml": document, "word/header1.xml": running,
                           "word/header2.xml": first, "word/_rels/document.xml.rels": rels}.items():
            z.writestr(name, text)
    pages = extract_docx(out.getvalue()).pages
    assert pages[0].startswith("United Nations\nA/HRC/44/14\nGeneral Assembly") and "running head" not in pages[0]
    r = enrich(pages)
    assert [t.value for t in r.own_identifiers] == [("un-symbol", "A/HRC/44/14")]
    assert r.published.value[0].isoformat() == "2020-04-22"
    assert r.title.value == "Report of the Working Group on the Universal Periodic Review: Turkey"


def test_docx_creation_date_is_read_from_its_core_properties():
    import io
    import zipfile

    from ingest.extract.docx import extract_docx

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                   'main"><w:body><w:p><w:r><w:t>A note.</w:t></w:r></w:p></w:body></w:document>')
        z.writestr("docProps/core.xml", '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                   'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms='
                   '"http://purl.org/dc/terms/"><dc:title>Trustees</dc:title><dcterms:created>2021-05-03T08:00:00Z'
                   '</dcterms:created></cp:coreProperties>')
    assert extract_docx(out.getvalue()).metadata == {"title": "Trustees", "creationdate": "2021-05-03T08:00:00Z"}


def test_a_turkish_fonts_dotted_letters_are_repaired_only_in_turkish():
    """A Turkish font that comes out with Ġ for İ, Ģ for ş and ġ for Ş (the Ministry of
    Justice's translations of the Court's judgments): "ĠKĠNCĠ BÖLÜM" could not be read as
    the Second Section, nor "BaĢkanlığı" found by "Başkanlığı"; Maltese and Latvian, which
    write ġ and ģ, stay as they are."""
    assert repair_legacy_turkish("ĠKĠNCĠ BÖLÜM\nÖRNEK A. ġ. / TÜRKİYE DAVASI\nDıĢ ĠliĢkiler Daire BaĢkanlığı") == (
        "İKİNCİ BÖLÜM\nÖRNEK A. Ş. / TÜRKİYE DAVASI\nDış İlişkiler Daire Başkanlığı")
    assert repair_legacy_turkish("Il-Ġermanja, il-ġurnata u l-Ħamrun") == "Il-Ġermanja, il-ġurnata u l-Ħamrun"
    assert repair_legacy_turkish("Ģimenes likums un ģeogrāfija") == "Ģimenes likums un ģeogrāfija"


def test_a_turkish_fonts_d_with_stroke_for_the_dotted_capital_is_repaired_only_in_turkish():
    """Another Turkish font comes out with Đ for İ ("ĐKĐNCĐ DAĐRE", "KAYA v. TÜRKĐYE",
    "Avrupa Đnsan Hakları"): a translation of a judgment was read as no case, in no
    language. Serbian, Croatian and Bosnian, which write Đ and đ, stay as they are."""
    assert repair_legacy_turkish("ĐKĐNCĐ DAĐRE\nKAYA v. TÜRKĐYE\nAvrupa Đnsan Hakları Mahkemesi (Đkinci Daire)") == (
        "İKİNCİ DAİRE\nKAYA v. TÜRKİYE\nAvrupa İnsan Hakları Mahkemesi (İkinci Daire)")
    text = "Đorđe Đukić je došao u Beograd; podnositelj zahtjeva Işık Kaya"
    assert repair_legacy_turkish(text) == text


def test_a_turkish_fonts_o_for_the_dotless_i_is_repaired_only_in_turkish():
    """Another Turkish font comes out with õ for ı, every other Turkish letter right
    ("Uluslararasõ Sözleşme", "sayõlõ Kararõyla"): no word with ı could be found. Estonian
    and Portuguese, which write õ, stay as they are, and so does a Turkish text with a
    name written with õ, whether it writes ı or not."""
    assert repair_legacy_turkish("KİŞİSEL HAKLAR ULUSLARARASI SÖZLEŞMESİ\nGenel Kurul'un 16 Aralõk 2029 tarihli ve "
                                 "2200 sayõlõ Kararõyla kabul edilip imzaya açõlmõştõr.") == (
        "KİŞİSEL HAKLAR ULUSLARARASI SÖZLEŞMESİ\nGenel Kurul'un 16 Aralık 2029 tarihli ve 2200 sayılı Kararıyla kabul "
        "edilip imzaya açılmıştır.")
    for text in ("Eesti keeles on sõna õun ja täht õ; Türgi pealinn on Ankara, suurim linn İstanbul.",
                 "As decisões e informações do governo em São Paulo sobre İstanbul.",
                 "Şair Luís de Camões'in şiirleri İstanbul'da okundu.",
                 "Luís de Camões ve João Guimarães Rosa'nın kitapları İstanbul'da satıldı; Camões'in şiiri okundu."):
        assert repair_legacy_turkish(text) == text


def test_a_line_breaks_tag_written_out_at_a_lines_end_is_dropped():
    """A document viewer's page shows a PDF's lines each ending in its HTML line break written
    out ("WORLD REPORT 2031<br />", Yumpu's): the tag is the line's end, not its words, and
    titled the page with it. A tag inside a line (a text on HTML) is kept."""
    text = normalise("WORLD REPORT 2031<br />\n\nEXAMPLE WATCH<br />\n\nThe environment for human rights<BR>\n"
                     "deteriorated in 2030. <br/>\n")
    assert text == "WORLD REPORT 2031\n\nEXAMPLE WATCH\n\nThe environment for human rights\ndeteriorated in 2030."
    assert normalise("Write <br /> between the lines.") == "Write <br /> between the lines."
    page = extract_html(b"<html><body><p>WORLD REPORT 2031&lt;br /&gt;</p><p>The environment for human rights "
                        b"in Exampleland deteriorated in 2030 with the breakdown of the peace process&lt;br /&gt;</p>"
                        b"</body></html>")
    assert "<br" not in page.pages[0]
