"""Originals kept byte for byte, content-addressed by SHA-256.

Layout: <blob_dir>/ab/cd/abcdef... (two levels of fan-out). Files are written to a
temporary name in the same directory, fsynced and renamed into place, so a reader
never sees a partial original; an existing blob is never rewritten.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import BinaryIO

from .errors import BlobError

CHUNK = 1 << 20


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(CHUNK), b""):
            h.update(chunk)
    return h.hexdigest()


class BlobStore:
    """Content-addressed storage of original files under one directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        if self.root.is_dir():
            os.chmod(self.root, 0o700)  # folders made by earlier versions were 0755

    def path_for(self, sha256: str) -> Path:
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise BlobError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def put_bytes(self, data: bytes) -> str:
        """Store `data`; return its SHA-256. Idempotent."""
        digest = sha256_bytes(data)
        target = self.path_for(digest)
        if target.is_file():
            return digest
        self._write_atomically(target, lambda fh: fh.write(data))
        return digest

    def put_file(self, path: Path) -> str:
        """Copy the file at `path` into the store; return its SHA-256. Idempotent."""
        digest = sha256_file(path)
        target = self.path_for(digest)
        if target.is_file():
            return digest

        def copy(fh: BinaryIO) -> None:
            with open(path, "rb") as src:
                for chunk in iter(lambda: src.read(CHUNK), b""):
                    fh.write(chunk)

        self._write_atomically(target, copy)
        if sha256_file(target) != digest:  # the source changed while we copied it
            target.unlink(missing_ok=True)
            raise BlobError(f"{path} changed while it was being stored; try again")
        return digest

    def open(self, sha256: str) -> BinaryIO:
        try:
            return open(self.path_for(sha256), "rb")
        except FileNotFoundError as exc:
            raise BlobError(f"original {sha256} is missing from {self.root}") from exc

    def read(self, sha256: str) -> bytes:
        with self.open(sha256) as fh:
            return fh.read()

    def _write_atomically(self, target: Path, write) -> None:  # type: ignore[no-untyped-def]
        # originals are readable by the archive's own user only (folders 0700, files 0400)
        self.root.parent.mkdir(parents=True, exist_ok=True)
        for folder in (self.root, target.parent.parent, target.parent):
            folder.mkdir(mode=0o700, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                write(fh)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp_name, 0o400)
            os.replace(tmp_name, target)
        except BaseException:
            Path(tmp_name).unlink(missing_ok=True)
            raise
