"""A real HTTP server on 127.0.0.1 serving fixtures we write, for the pipeline tests.

Routes map a path (with query) to a Route: bytes and a content type, with ETag and
Last-Modified answered by 304s, or special behaviours (a status sequence, slowness,
redirects). Every request is logged so tests can check what the fetcher sent.
"""
from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    statuses: list[int] = field(default_factory=list)  # served first, one per request, then 200
    slow: float = 0.0  # seconds to wait before sending the body
    location: str | None = None  # redirect target
    validators: bool = True  # send ETag and Last-Modified, answer conditional requests with 304
    declared_length: bool = True


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


class FixtureServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: list[Hit] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):  # noqa: N802
                server.handle(self)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: bytes | str = b"", **kw) -> Route:
        route = Route(body=body.encode() if isinstance(body, str) else body, **kw)
        self.routes[path] = route
        return route

    def hits_for(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(req.path)
        headers = {k.lower(): v for k, v in req.headers.items()}
        status = 200
        if route is None:
            status = 404
        elif route.statuses:
            status = route.statuses.pop(0)
        elif route.location:
            status = 302
        etag = f'"{hashlib.sha256(route.body).hexdigest()[:16]}"' if route else ""
        if status == 200 and route and route.validators and headers.get("if-none-match") == etag:
            status = 304
        self.hits.append(Hit(req.path, headers, status))
        try:
            req.send_response(status)
            if status == 302 and route:
                req.send_header("Location", route.location or "/")
            if status == 200 and route:
                req.send_header("Content-Type", route.content_type)
                if route.validators:
                    req.send_header("ETag", etag)
                    req.send_header("Last-Modified", "Tue, 12 Mar 2024 10:00:00 GMT")
                if route.declared_length:
                    req.send_header("Content-Length", str(len(route.body)))
                req.end_headers()
                if route.slow:
                    req.wfile.write(route.body[:10])
                    req.wfile.flush()
                    time.sleep(route.slow)
                    req.wfile.write(route.body[10:])
                else:
                    req.wfile.write(route.body)
            else:
                req.send_header("Content-Length", "0")
                req.end_headers()
        except (BrokenPipeError, ConnectionResetError):
            pass

    def __enter__(self) -> "FixtureServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def run_feed_source(archive, tmp_path, documents: dict[str, tuple[bytes | str, str]], defaults: str,
                    options=None):  # type: ignore[no-untyped-def]
    """Serve `documents` (path -> (body, content type)) and an RSS feed with an entry
    for each, describe it as a `feed` source with the TOML `defaults` lines, and run the
    pipeline on it once; returns the source's result."""
    from ingest.fetch import FetchOptions
    from ingest.pipeline import Pipeline, PipelineOptions
    from ingest.sources import load_sources

    with FixtureServer() as server:
        server.add("/robots.txt", "User-agent: *\n", content_type="text/plain")
        items = ""
        for path, (body, content_type) in documents.items():
            server.add(path, body, content_type=content_type)
            items += f"<item><title>{path.rsplit('/', 1)[-1]}</title><link>{server.url(path)}</link></item>"
        server.add("/feed.xml", "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel>"
                   f"<title>Feed</title>{items}</channel></rss>", content_type="application/rss+xml")
        (tmp_path / "sources.toml").write_text(
            f'[[source]]\nname = "feed"\nkind = "feed"\nurl = "{server.url("/feed.xml")}"\n'
            f"[source.defaults]\n{defaults}\n")
        fetch = FetchOptions(connect_timeout=2, read_timeout=5, total_timeout=20, retries=1, backoff=0.01, delay=0)
        return Pipeline(archive.db, archive.blobs, archive.backend, fetch, options or PipelineOptions(workers=1)
                        ).run(load_sources(tmp_path / "sources.toml").sources)[0]
