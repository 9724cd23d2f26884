"""Errors raised by the archive layer, each with a message a person can act on."""


class ArchiveError(Exception):
    """Base class for every error the archive raises on purpose."""


class ConfigurationError(ArchiveError):
    """A setting is missing or has a value that cannot be used."""


class DocumentNotFound(ArchiveError):
    """No document has the requested public id."""


class BlobError(ArchiveError):
    """An original file could not be stored or read."""


class InvalidQuery(ArchiveError):
    """A search query cannot be parsed.

    `position` is the 0-based character offset of the problem (or None) and
    `hint` says how to fix it.
    """

    def __init__(self, message: str, position: int | None = None, hint: str = "") -> None:
        self.message = message
        self.position = position
        self.hint = hint
        text = message if position is None else f"{message} (at character {position + 1})"
        if hint:
            text = f"{text}. {hint}"
        super().__init__(text)


class IndexUnavailable(ArchiveError):
    """The search index is missing or cannot be opened."""


class SearchTooLong(ArchiveError):
    """A search ran past the engine's time limit (a query too broad or too costly)."""
