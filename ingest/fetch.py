"""The one HTTP client of the pipelines: polite, bounded and safe.

Connect and read timeouts plus a wall-clock limit per response, retries with
exponential backoff on 429/5xx and connection errors (honouring a short Retry-After),
conditional GET from remembered validators, a delay between requests to one host,
robots.txt, a size cap, redirects followed up to a limit and only to http(s) URLs.
Plain `http.client`, so every one of those limits is ours to see and test.
"""
from __future__ import annotations

import http.client
import logging
import re
import socket
import ssl
import time
from dataclasses import dataclass, field
from typing import Callable
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from .errors import FetchError

log = logging.getLogger(__name__)

USER_AGENT = "hrarchive/0.1 (human-rights documentation archive; +https://github.com/hrarchive/hrarchive)"
ROBOTS_TOKEN = "hrarchive"
RETRY_STATUSES = {429, 500, 502, 503, 504}


@dataclass(frozen=True)
class FetchOptions:
    """Limits of the fetcher; the sources file's `[fetch]` table sets them."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0  # one response, all retries excluded
    retries: int = 3
    backoff: float = 1.0  # seconds before the first retry; doubled each time
    max_retry_after: float = 60.0
    delay: float = 1.0  # seconds between two requests to the same host
    max_bytes: int = 100 * 1024 * 1024
    max_redirects: int = 5
    respect_robots: bool = True


@dataclass
class Response:
    url: str  # after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str:
        """The charset the Content-Type header names ("" when none)."""
        m = re.search(r";\s*charset\s*=\s*[\"']?([A-Za-z0-9_:.-]{2,40})", self.headers.get("content-type", ""), re.I)
        return m.group(1) if m else ""

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def check_url(url: str) -> None:
    """Raise FetchError unless `url` is an absolute http(s) URL."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FetchError(f"refusing to fetch {url!r}: only http and https URLs are allowed")
    if not parts.hostname:
        raise FetchError(f"refusing to fetch {url!r}: no host name")


class Fetcher:
    """Fetch URLs politely. One instance per pipeline run (it keeps robots and timing per host)."""

    def __init__(self, options: FetchOptions | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.options = options or FetchOptions()
        self.sleep = sleep
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._robots_error: dict[str, str] = {}
        self.requests = 0

    # ---------------------------------------------------------------- public
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            delay: float | None = None) -> Response:
        """GET `url`, following redirects; a 304 comes back as a Response.

        Raises FetchError (with `.status` when the server answered) for a refused URL,
        robots.txt disallowing it, a timeout, a response over the size cap, or an HTTP
        error status after the retries.
        """
        check_url(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        for _ in range(self.options.max_redirects + 1):
            self._check_robots(current)
            response = self._with_retries(current, headers, delay)
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"{current}: redirect without a Location header", status=response.status)
                target = urljoin(current, location)
                try:
                    check_url(target)
                except FetchError as exc:
                    raise FetchError(f"{current} redirects to {target!r}, which is refused: "
                                     "only http and https URLs are followed", status=response.status) from exc
                current = target
                continue
            if response.status == 304:
                return response
            if response.status >= 400:
                raise FetchError(f"{current}: HTTP {response.status}", status=response.status)
            return response
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects")

    # --------------------------------------------------------------- helpers
    def _with_retries(self, url: str, headers: dict[str, str], delay: float | None) -> Response:
        attempt = 0
        while True:
            self._wait_for_host(url, delay)
            try:
                response = self._request(url, headers)
            except FetchError as exc:
                if not exc.retryable or attempt >= self.options.retries:
                    raise
                wait = self.options.backoff * (2 ** attempt)
                log.info("fetch %s failed (%s); retry %d in %.1f s", url, exc, attempt + 1, wait)
            else:
                if response.status not in RETRY_STATUSES or attempt >= self.options.retries:
                    return response
                wait = self.options.backoff * (2 ** attempt)
                retry_after = response.headers.get("retry-after", "")
                if retry_after.isdigit():
                    wait = max(wait, min(float(retry_after), self.options.max_retry_after))
                log.info("fetch %s: HTTP %d; retry %d in %.1f s", url, response.status, attempt + 1, wait)
            attempt += 1
            self.sleep(wait)

    def _wait_for_host(self, url: str, delay: float | None) -> None:
        host = urlsplit(url).netloc.lower()
        wanted = self.options.delay if delay is None else delay
        robots = self._robots.get(self._robots_key(url))
        if robots is not None:
            crawl_delay = robots.crawl_delay(ROBOTS_TOKEN)
            if crawl_delay:
                wanted = max(wanted, min(float(crawl_delay), 60.0))
        last = self._last_request.get(host)
        if last is not None:
            remaining = wanted - (time.monotonic() - last)
            if remaining > 0:
                self.sleep(remaining)
        self._last_request[host] = time.monotonic()

    def _request(self, url: str, headers: dict[str, str]) -> Response:
        """One HTTP exchange, bounded in time and size. Raises FetchError."""
        parts = urlsplit(url)
        opts = self.options
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        conn: http.client.HTTPConnection
        if parts.scheme == "https":
            conn = http.client.HTTPSConnection(parts.hostname or "", parts.port, timeout=opts.connect_timeout,
                                               context=ssl.create_default_context())
        else:
            conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=opts.connect_timeout)
        started = time.monotonic()
        self.requests += 1
        try:
            try:
                conn.connect()
            except (OSError, http.client.HTTPException) as exc:
                raise FetchError(f"{url}: cannot connect ({exc})", retryable=True) from exc
            assert conn.sock is not None
            conn.sock.settimeout(opts.read_timeout)
            try:
                conn.request("GET", path, headers={"User-Agent": opts.user_agent, "Accept": "*/*",
                                                   "Accept-Encoding": "identity", **headers})
                raw = conn.getresponse()
                response_headers = {k.lower(): v for k, v in raw.getheaders()}
                length = response_headers.get("content-length", "")
                if length.isdigit() and int(length) > opts.max_bytes:
                    raise FetchError(f"{url}: the response is {int(length):,} bytes, over the limit of "
                                     f"{opts.max_bytes:,} bytes")
                chunks: list[bytes] = []
                size = 0
                while True:
                    chunk = raw.read(65536)
                    if not chunk:
                        break
                    size += len(chunk)
                    if size > opts.max_bytes:
                        raise FetchError(f"{url}: the response is over the limit of {opts.max_bytes:,} bytes")
                    if time.monotonic() - started > opts.total_timeout:
                        raise FetchError(f"{url}: timed out after {opts.total_timeout:g} s (the server sends "
                                         "too slowly)", retryable=True)
                    chunks.append(chunk)
            except (socket.timeout, TimeoutError) as exc:
                raise FetchError(f"{url}: timed out (no data for {opts.read_timeout:g} s)", retryable=True) from exc
            except (OSError, http.client.HTTPException) as exc:
                raise FetchError(f"{url}: connection failed ({type(exc).__name__}: {exc})", retryable=True) from exc
            return Response(url=url, status=raw.status, headers=response_headers, body=b"".join(chunks))
        finally:
            conn.close()

    # ---------------------------------------------------------------- robots
    @staticmethod
    def _robots_key(url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc.lower()}"

    def _check_robots(self, url: str) -> None:
        if not self.options.respect_robots:
            return
        key = self._robots_key(url)
        if key not in self._robots:
            self._robots[key] = self._load_robots(key)
        parser = self._robots[key]
        if parser is None:
            raise FetchError(f"{url}: {self._robots_error[key]}")
        if not parser.can_fetch(ROBOTS_TOKEN, url):
            raise FetchError(f"{url}: disallowed by {key}/robots.txt")

    def _load_robots(self, key: str) -> RobotFileParser | None:
        """robots.txt as RFC 9309 reads it: 4xx allows all, 5xx or unreachable disallows all."""
        parser = RobotFileParser()
        url = key + "/robots.txt"
        try:
            self._wait_for_host(url, None)
            response = self._request(url, {})
            for _ in range(self.options.max_redirects):
                if response.status not in (301, 302, 303, 307, 308) or not response.headers.get("location"):
                    break
                target = urljoin(url, response.headers["location"])
                check_url(target)
                response = self._request(target, {})
        except FetchError as exc:
            self._robots_error[key] = f"robots.txt could not be read ({exc}); not fetching from this site"
            return None
        if response.status >= 500:
            self._robots_error[key] = (f"robots.txt answered HTTP {response.status}; not fetching from "
                                       "this site until it answers")
            return None
        if response.status >= 400:
            parser.allow_all = True  # type: ignore[attr-defined]  # read by can_fetch()
        else:
            parser.parse(response.body.decode("utf-8", "replace").splitlines())
        return parser
