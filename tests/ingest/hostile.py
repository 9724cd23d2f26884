"""Test-only extractors that misbehave on purpose, by file name (run in worker processes)."""
import os
import time

from ingest.extract import extract_document


def misbehave(data: bytes, name: str, passwords: tuple[str, ...] = (), metadata=None):
    if "hang" in name:
        while True:  # a pathological page that never finishes
            time.sleep(0.05)
    if "hog" in name:
        hoard = []
        while True:  # memory-hungry: stopped by RLIMIT_AS
            hoard.append(bytearray(50 * 1024 * 1024))
    if "crash" in name:
        os._exit(139)  # a native library taking its process down
    return extract_document(data, name, passwords, metadata)


def gc_state(data: bytes, name: str, passwords: tuple[str, ...] = (), metadata=None):
    """The worker's garbage-collector settings when it starts this file, as the page text."""
    import gc

    from ingest.extract import Extraction

    return Extraction(pages=[f"frozen={gc.get_freeze_count()} threshold={gc.get_threshold()[0]}"])


SLOW_SECONDS = 3.0


def slow(data: bytes, name: str, passwords: tuple[str, ...] = (), metadata=None):
    """Files named slow* take SLOW_SECONDS to extract (a long report); others are quick."""
    if name.startswith("slow"):
        time.sleep(SLOW_SECONDS)
    return extract_document(data, name, passwords, metadata)
