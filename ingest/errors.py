"""Errors raised while ingesting, each naming what a person can do about it."""
from archive.errors import ArchiveError


class IngestError(ArchiveError):
    """Base class for ingest errors."""


class ExtractionError(IngestError):
    """The file could not be read as the format it claims to be."""


class EncryptedPdf(ExtractionError):
    """The PDF is encrypted and no password we have opens it."""


class MetadataSheetError(IngestError):
    """The metadata sheet cannot be used (bad header, bad value); names row and column."""
