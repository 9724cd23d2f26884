"""Extraction of page texts from original files; plain dataclasses, no database."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Extraction:
    pages: list[str] = field(default_factory=list)
    # ok | no_text_layer | needs_password | partial | failed
    status: str = "ok"
    error: str | None = None
    extractor: str = ""
    metadata: dict[str, str] = field(default_factory=dict)
