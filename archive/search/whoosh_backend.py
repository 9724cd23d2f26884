"""Where indexes written before the archive.search.whoosh package look for their classes.

Whoosh pickles an index's schema and codec into its table of contents, by import path:
indexes written by format-9 code name these classes as `archive.search.whoosh_backend.X`.
The code lives in the package archive.search.whoosh (one module per job); these names
stay importable from here so those indexes keep opening. Nothing else belongs here.
"""
from __future__ import annotations

from .whoosh.backend import WhooshBackend
from .whoosh.codec import ArchiveCodec
from .whoosh.formats import CommonGramsFilter, FastFrequency, FastPositions, GramPositions, WordMapFilter

__all__ = ["ArchiveCodec", "CommonGramsFilter", "FastFrequency", "FastPositions", "GramPositions",
           "WhooshBackend", "WordMapFilter"]
