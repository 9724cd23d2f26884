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


class FetchError(IngestError):
    """A URL could not be fetched; `status` is the HTTP status when the server answered."""

    def __init__(self, message: str, status: int | None = None, retryable: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = retryable


class SourcesFileError(IngestError):
    """The sources file cannot be used; the message names the source and the field."""
