"""Errors raised while ingesting, each naming what a person can do about it."""
import errno

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


class StorageFull(IngestError):
    """The disk (or a quota or file-size limit) refused a write: the run stops, with what
    it did recorded, and the same command resumes it once there is space."""


# "no room to write": the disk, a quota, a file-size limit
FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})


def storage_full(exc: BaseException) -> StorageFull | None:
    """A StorageFull for `exc` if it says the disk is full (an OSError, or SQLite's
    "database or disk is full"), else None."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, OSError) and cause.errno in FULL_ERRNOS:
            return StorageFull(f"no room to write ({cause.strerror}); free some space and run the same command "
                               "again: it resumes where it stopped")
        if "database or disk is full" in str(cause):
            return StorageFull("no room to write the database (disk full); free some space and run the same "
                               "command again: it resumes where it stopped")
        cause = cause.__cause__ or getattr(cause, "orig", None)
    return None
