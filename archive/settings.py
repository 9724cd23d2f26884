"""Configuration: one frozen Settings object built from HRARCHIVE_* variables.

Nothing else in the project reads os.environ; the CLI and create_app build
Settings once and pass it down.
"""
from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Mapping

from .errors import ConfigurationError

PREFIX = "HRARCHIVE_"
OCR_MODES = ("auto", "never", "force")
SEARCH_BACKENDS = ("whoosh", "postgres")
# tesseract's notation for languages read together: "tur+eng"
OCR_LANGUAGES = re.compile(r"[a-z_]{3,20}(\+[a-z_]{3,20})*")

# name -> (default description for the README, help text). The README test checks
# that every variable listed here is documented.
SETTING_DOCS: dict[str, str] = {
    "DATA_DIR": "Directory holding the database, originals, index and secret key.",
    "DATABASE_URL": "SQLAlchemy URL of the record (SQLite or PostgreSQL).",
    "INDEX_DIR": "Directory of the Whoosh index.",
    "BLOB_DIR": "Directory where originals are kept by SHA-256.",
    "SEARCH_BACKEND": "Search engine: `whoosh` (files in INDEX_DIR, one machine) or `postgres` (tables in the PostgreSQL record database).",
    "SEARCH_REPLICA_URL": "With the postgres search engine: a PostgreSQL read replica (streaming standby) that searches read from; writes go to DATABASE_URL.",
    "SECRET_KEY": "Flask secret key; generated and kept in the data dir when unset.",
    "MAX_UPLOAD_MB": "Largest accepted upload, in megabytes.",
    "WORKERS": "Worker processes for extraction.",
    "EXTRACT_TIMEOUT": "Seconds one file may take to extract before it is killed.",
    "EXTRACT_MEMORY_MB": "Address-space cap of one extraction worker, in megabytes.",
    "PAGE_SIZE": "Default number of hits per results page.",
    "LOG_LEVEL": "Logging level (DEBUG, INFO, WARNING, ERROR).",
    "SOURCES_FILE": "The sources file of `hrarchive ingest` (TOML).",
    "COOKIE_SECURE": "Secure flag of the session cookie: auto (over HTTPS), true or false.",
    "SESSION_HOURS": "How long an admin session lasts from login, in hours (however much it is used).",
    "TRUSTED_PROXIES": "Number of reverse proxies in front of the web server whose X-Forwarded-* headers are believed.",
    "BASE_URL": "The archive's public address, used in feeds and exports instead of the request's Host header.",
    "OCR": "OCR of scanned PDF pages: auto (pages without text), never or force (every page).",
    "WEB_WORKER": "Whether the web process does queued jobs (uploads, retries) itself on a thread: true (one machine) or false (`hrarchive worker` processes do them).",
    "OCR_LANGUAGES": "tesseract languages OCR reads with when a document's language is not given (e.g. tur+eng).",
    "INGEST_NICE": "CPU niceness (0-19) of ingest work (imports, pipelines, workers, a web process's job thread), "
                   "so that searches come first; 0 leaves it as it is.",
}


def _int(name: str, raw: str, minimum: int = 1) -> int:
    try:
        value = int(raw)
    except ValueError as exc:
        raise ConfigurationError(f"{PREFIX}{name} must be a whole number, got {raw!r}") from exc
    if value < minimum:
        raise ConfigurationError(f"{PREFIX}{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with defaults that work on a fresh machine."""

    data_dir: Path = Path("hrarchive-data")
    database_url: str = ""
    index_dir: Path | None = None
    blob_dir: Path | None = None
    search_backend: str = "whoosh"
    search_replica_url: str = ""
    secret_key: str = ""
    max_upload_mb: int = 200
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    extract_timeout: int = 120
    extract_memory_mb: int = 2048
    page_size: int = 20
    log_level: str = "INFO"
    sources_file: Path | None = None
    cookie_secure: str = "auto"
    session_hours: int = 8
    trusted_proxies: int = 0
    base_url: str = ""
    ocr: str = "auto"
    ocr_languages: str = "tur+eng"
    web_worker: str = "true"
    ingest_nice: int = 10

    def __post_init__(self) -> None:
        data_dir = Path(self.data_dir).expanduser().resolve()
        object.__setattr__(self, "data_dir", data_dir)
        if not self.database_url:
            object.__setattr__(self, "database_url", f"sqlite:///{data_dir / 'hrarchive.sqlite3'}")
        # absolute, but not resolved: the index path is a symlink to the current generation,
        # which a rebuild replaces; a process must follow the link, not the target it had
        object.__setattr__(self, "index_dir", Path(os.path.abspath(self.index_dir or data_dir / "index")))
        object.__setattr__(self, "blob_dir", Path(self.blob_dir or data_dir / "blobs").resolve())
        object.__setattr__(self, "sources_file", Path(self.sources_file or data_dir / "sources.toml").expanduser())
        if self.cookie_secure not in ("auto", "true", "false"):
            raise ConfigurationError(
                f"{PREFIX}COOKIE_SECURE must be auto, true or false, got {self.cookie_secure!r}"
            )
        if self.base_url and not self.base_url.startswith(("http://", "https://")):
            raise ConfigurationError(f"{PREFIX}BASE_URL must start with http:// or https://, got {self.base_url!r}")
        if self.web_worker not in ("true", "false"):
            raise ConfigurationError(f"{PREFIX}WEB_WORKER must be true or false, got {self.web_worker!r}")
        if self.ocr not in OCR_MODES:
            raise ConfigurationError(f"{PREFIX}OCR must be auto, never or force, got {self.ocr!r}")
        if not OCR_LANGUAGES.fullmatch(self.ocr_languages):
            raise ConfigurationError(f"{PREFIX}OCR_LANGUAGES must be tesseract language codes joined by +, "
                                     f"such as tur+eng, got {self.ocr_languages!r}")
        if self.search_backend not in SEARCH_BACKENDS:
            raise ConfigurationError(
                f"{PREFIX}SEARCH_BACKEND must be whoosh or postgres, got {self.search_backend!r}"
            )
        if self.search_replica_url and (self.search_backend != "postgres"
                                        or not self.search_replica_url.startswith("postgresql")):
            raise ConfigurationError(
                f"{PREFIX}SEARCH_REPLICA_URL is a postgresql:// URL of a read replica, used with "
                f"{PREFIX}SEARCH_BACKEND=postgres"
            )
        if self.search_backend == "postgres" and not self.database_url.startswith("postgresql"):
            raise ConfigurationError(
                f"{PREFIX}SEARCH_BACKEND=postgres keeps the index in the record's database: set "
                f"{PREFIX}DATABASE_URL to a postgresql:// URL"
            )

    @property
    def index_path(self) -> Path:
        assert self.index_dir is not None
        return self.index_dir

    @property
    def blob_path(self) -> Path:
        assert self.blob_dir is not None
        return self.blob_dir

    @property
    def ocr_cache_path(self) -> Path:
        """Pages read by OCR, by image hash and languages (a re-import reads none again)."""
        return self.data_dir / "ocr-cache"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: object) -> "Settings":
        """Build Settings from HRARCHIVE_* variables (and explicit overrides).

        Raises ConfigurationError naming the variable when a value is unusable.
        """
        env = os.environ if environ is None else environ
        known = {f.name.upper() for f in fields(cls)}
        unknown = sorted(k for k in env if k.startswith(PREFIX) and k[len(PREFIX):] not in known)
        if unknown:
            raise ConfigurationError(
                f"unknown setting(s) {', '.join(unknown)}; see the README's Configuration section"
            )
        kwargs: dict[str, object] = {}
        for f in fields(cls):
            raw = env.get(PREFIX + f.name.upper())
            if raw is None or raw == "":
                continue
            if f.name in {"max_upload_mb", "workers", "extract_timeout", "extract_memory_mb", "page_size",
                          "session_hours"}:
                kwargs[f.name] = _int(f.name.upper(), raw)
            elif f.name in ("trusted_proxies", "ingest_nice"):
                kwargs[f.name] = _int(f.name.upper(), raw, minimum=0)
            elif f.name in {"data_dir", "index_dir", "blob_dir", "sources_file"}:
                kwargs[f.name] = Path(raw)
            else:
                kwargs[f.name] = raw
        kwargs.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**kwargs)  # type: ignore[arg-type]

    def with_secret_key(self) -> "Settings":
        """Return settings whose secret key is set, generating and keeping one if needed."""
        if self.secret_key:
            return self
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        key_file = self.data_dir / "secret_key"
        if not key_file.exists():
            # Several processes may start at once: each writes its own file and links it
            # into place, which succeeds for one (create-if-absent); the others read it.
            tmp = key_file.with_name(f"secret_key.{os.getpid()}.{secrets.token_hex(4)}.tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w") as fh:
                fh.write(secrets.token_urlsafe(48))
            try:
                os.link(tmp, key_file)
            except FileExistsError:
                pass
            finally:
                tmp.unlink()
        return replace(self, secret_key=key_file.read_text().strip())
