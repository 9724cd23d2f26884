"""Reading XML from the web without trusting it."""
from __future__ import annotations

import gzip
import io
import xml.etree.ElementTree as ET

from ..errors import SourcesFileError

MAX_XML_BYTES = 50 * 1024 * 1024


def parse_xml(data: bytes, where: str) -> ET.Element:
    """Parse feed or sitemap XML; refuse entity declarations (no expansion tricks).

    Raises SourcesFileError saying what is wrong with the document at `where`.
    """
    if data[:2] == b"\x1f\x8b":  # sitemap.xml.gz
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
                data = fh.read(MAX_XML_BYTES + 1)
        except (OSError, EOFError) as exc:
            raise SourcesFileError(f"{where}: not a readable gzip file ({exc})") from exc
        if len(data) > MAX_XML_BYTES:
            raise SourcesFileError(f"{where}: more than {MAX_XML_BYTES // 2**20} MB of XML once unpacked")
    if b"<!ENTITY" in data[:65536].upper():
        raise SourcesFileError(f"{where}: XML with entity declarations is refused")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise SourcesFileError(f"{where}: not well-formed XML ({exc})") from exc


def local(tag: str) -> str:
    """A tag without its namespace: '{http://www.w3.org/2005/Atom}entry' -> 'entry'."""
    return tag.rsplit("}", 1)[-1]


def child_text(el: ET.Element, *names: str) -> str:
    """Text of the first child whose local name is one of `names` (namespace ignored)."""
    for name in names:
        for child in el:
            if local(child.tag) == name and (child.text or "").strip():
                return (child.text or "").strip()
    return ""
