"""Finding the files of an import: files, folders (recursively) and zips (nested).

Zips are read in memory, never extracted to disk, so no member name can write outside
a target (zip-slip); members with unsafe names are still recorded, as failures. Caps on
member count, sizes and compression ratio stop zip bombs before they are inflated.
"""
from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

MAX_ZIP_DEPTH = 3
MAX_MEMBERS = 20_000
MAX_MEMBER_BYTES = 1 << 30  # 1 GiB uncompressed for one file
MAX_TOTAL_BYTES = 8 << 30  # 8 GiB uncompressed for one zip (nested zips included)
MAX_RATIO = 200  # uncompressed / compressed, for members over 1 MiB


@dataclass
class Candidate:
    """One file to import, wherever it lives."""

    locator: str  # path relative to the folder given, or "bundle.zip!/dir/file.pdf"
    name: str  # bare file name
    size: int
    read: Callable[[], bytes]
    problem: str | None = None  # set when the file must be recorded as failed unread

    @property
    def sheet_keys(self) -> tuple[str, ...]:
        inner = self.locator.rsplit("!/", 1)[-1]
        return (self.locator, inner, self.name)


class _ZipBudget:
    def __init__(self) -> None:
        self.members = 0
        self.total = 0


def _member_name(info: zipfile.ZipInfo) -> str:
    """The member name, repairing names that were not stored as UTF-8."""
    name = info.filename
    if not info.flag_bits & 0x800:
        raw = name.encode("cp437", errors="replace")
        for enc in ("utf-8", "cp857", "cp1254"):  # cp857: Turkish Windows' OEM code page
            try:
                return raw.decode(enc)
            except UnicodeDecodeError:
                continue
    return name


def _unsafe(name: str) -> bool:
    norm = posixpath.normpath(name.replace("\\", "/"))
    return name.startswith(("/", "\\")) or norm.startswith("../") or norm == ".." or (
        len(name) > 1 and name[1] == ":")


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as fh:
        data = fh.read(info.file_size + 1)
    if len(data) > info.file_size:
        raise ValueError("the member is larger than its header says (a zip bomb?)")
    return data


def _zip_members(data_or_path: bytes | Path, prefix: str, depth: int, budget: _ZipBudget,
                 opened: list[zipfile.ZipFile]) -> Iterator[Candidate]:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path)
        opened.append(zf)
    except (zipfile.BadZipFile, OSError) as exc:
        yield Candidate(prefix.rstrip("!/"), posixpath.basename(prefix.rstrip("!/")), 0, bytes,
                        problem=f"not a readable zip file ({exc})")
        return
    for info in zf.infolist():
        if info.is_dir():
            continue
        name = _member_name(info)
        locator = prefix + name.replace("\\", "/").lstrip("/")
        base = posixpath.basename(name.replace("\\", "/")) or name
        budget.members += 1
        budget.total += info.file_size
        problem = None
        if _unsafe(name):
            problem = f"unsafe path in zip ({name!r}): not imported"
        elif budget.members > MAX_MEMBERS:
            problem = f"the zip has more than {MAX_MEMBERS} files: not imported"
        elif info.file_size > MAX_MEMBER_BYTES:
            problem = f"the member is {info.file_size >> 20} MB uncompressed, over the {MAX_MEMBER_BYTES >> 20} MB cap"
        elif budget.total > MAX_TOTAL_BYTES:
            problem = f"the zip inflates to more than {MAX_TOTAL_BYTES >> 30} GB: not imported (a zip bomb?)"
        elif info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(1, info.compress_size):
            problem = (f"compression ratio {info.file_size // max(1, info.compress_size)}:1 is over "
                       f"{MAX_RATIO}:1 (a zip bomb?): not imported")
        elif info.flag_bits & 0x1:
            problem = "the zip member is encrypted: not imported"
        if problem:
            yield Candidate(locator, base, info.file_size, bytes, problem=problem)
            continue
        if base.lower().endswith(".zip"):
            if depth >= MAX_ZIP_DEPTH:
                yield Candidate(locator, base, info.file_size, bytes,
                                problem=f"zips nested more than {MAX_ZIP_DEPTH} deep are not opened")
                continue
            try:
                inner = _read_member(zf, info)
            except (ValueError, zipfile.BadZipFile, OSError) as exc:
                yield Candidate(locator, base, info.file_size, bytes, problem=f"cannot read the nested zip ({exc})")
                continue
            yield from _zip_members(inner, locator + "!/", depth + 1, budget, opened)
            continue

        def read(zf: zipfile.ZipFile = zf, info: zipfile.ZipInfo = info) -> bytes:
            return _read_member(zf, info)

        yield Candidate(locator, base, info.file_size, read)


def _file_candidate(path: Path, locator: str, opened: list[zipfile.ZipFile]) -> Iterator[Candidate]:
    if path.suffix.lower() == ".zip":
        yield from _zip_members(path, locator + "!/", 1, _ZipBudget(), opened)
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Candidate(locator, path.name, 0, bytes, problem=f"cannot read the file: {exc.strerror}")
        return
    yield Candidate(locator, path.name, size, path.read_bytes)


class Discovery:
    """Every file under some paths (folders recursively, zips opened), in a stable order.

    Use as a context manager: zips stay open while their members are read and are
    closed on exit. Hidden files and folders are left out; `skip` names files not to
    import (the metadata sheet itself).
    """

    def __init__(self, paths: list[Path], skip: set[Path] | None = None) -> None:
        self.paths = paths
        self.skip = {p.resolve() for p in (skip or set())}
        self._opened: list[zipfile.ZipFile] = []

    def __enter__(self) -> "Discovery":
        return self

    def __exit__(self, *exc: object) -> None:
        for zf in self._opened:
            zf.close()
        self._opened.clear()

    def __iter__(self) -> Iterator[Candidate]:
        for path in self.paths:
            if path.is_dir():
                for f in sorted(p for p in path.rglob("*") if p.is_file()):
                    rel = f.relative_to(path)
                    if any(part.startswith(".") for part in rel.parts) or f.resolve() in self.skip:
                        continue
                    yield from _file_candidate(f, rel.as_posix(), self._opened)
            elif path.resolve() not in self.skip:
                yield from _file_candidate(path, path.name, self._opened)
