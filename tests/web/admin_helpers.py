"""Helpers for admin tests: users, logging in with the CSRF token, waiting for runs."""
from __future__ import annotations

import re
import time

from archive import accounts

PASSWORD = "correct horse battery staple"


def add_user(archive, email: str, role: str, password: str = PASSWORD) -> None:
    with archive.db.session_scope() as s:
        accounts.add_user(s, email, password, role)


def csrf_from(html: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m, "no CSRF token in the page"
    return m.group(1)


def login(client, email: str, password: str = PASSWORD, **extra) -> str:
    """Log in; return the session's CSRF token."""
    token = csrf_from(client.get("/admin/login").get_data(as_text=True))
    r = client.post("/admin/login", data={"email": email, "password": password, "csrf_token": token}, **extra)
    assert r.status_code == 302, r.get_data(as_text=True)[:500]
    return csrf_from(client.get("/admin/").get_data(as_text=True))


def wait_for_run(client, run_id: int, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = client.get(f"/admin/runs/{run_id}/status.json").get_json()
        if status["status"] != "running":
            return status
        time.sleep(0.2)
    raise AssertionError(f"run {run_id} still running after {timeout} s")


def run_id_from(response) -> int:
    m = re.search(r"/admin/runs/(\d+)$", response.headers["Location"])
    assert m, response.headers.get("Location")
    return int(m.group(1))
