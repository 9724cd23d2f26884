"""`urls` sources: a plain list of URLs, inline or in a text file (one per line, # comments)."""
from __future__ import annotations

from pathlib import Path

from ..errors import SourcesFileError
from ..fetch import Fetcher
from . import SourceConfig, SourceItem


def list_items(source: SourceConfig, fetcher: Fetcher) -> list[SourceItem]:
    urls = list(source.options.get("urls", []))
    if source.options.get("file"):
        path = Path(source.options["file"]).expanduser()
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise SourcesFileError(f"source '{source.name}': cannot read its url file {path}: {exc}") from exc
        urls += [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    if source.url and not urls:
        response = fetcher.get(source.url, delay=source.delay)  # a list published as text
        urls = [line.strip() for line in response.body.decode("utf-8", "replace").splitlines()
                if line.strip() and not line.lstrip().startswith("#")]
    return [SourceItem(url=u) for u in urls]
