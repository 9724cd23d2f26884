import hashlib

import pytest

from archive.blobs import BlobStore
from archive.errors import BlobError


def test_blobs_are_content_addressed_and_read_only(tmp_path):
    store = BlobStore(tmp_path / "blobs")
    digest = store.put_bytes(b"original bytes")
    assert digest == hashlib.sha256(b"original bytes").hexdigest()
    path = store.path_for(digest)
    assert path.read_bytes() == b"original bytes"
    assert path.stat().st_mode & 0o222 == 0  # never modified in place
    assert store.put_bytes(b"original bytes") == digest  # idempotent
    assert not list(path.parent.glob(".tmp-*"))  # no temp files left behind


def test_put_file_and_missing_blob(tmp_path):
    src = tmp_path / "a.pdf"
    src.write_bytes(b"%PDF-1.4 fake")
    store = BlobStore(tmp_path / "blobs")
    digest = store.put_file(src)
    assert store.read(digest) == src.read_bytes()
    with pytest.raises(BlobError, match="missing"):
        store.read("0" * 64)
    with pytest.raises(BlobError, match="not a SHA-256"):
        store.path_for("../../etc/passwd")
