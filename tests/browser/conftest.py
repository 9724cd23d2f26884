"""The browser fixture: Debian's Chromium driven by Playwright (browsers cannot be downloaded here),
the sample collection served on 127.0.0.1, and the widths every interface test runs at."""
import shutil

import pytest

from web import create_app

from ..conftest import ROOT, serving, skip_or_fail

SHOTS = ROOT / "test-output" / "screenshots"  # kept as artefacts
VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def server(sample_archive):
    """The sample collection (read-only) on a real threaded server; yields its base URL."""
    with serving(create_app(sample_archive.settings)) as url:
        yield url

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        skip_or_fail("Debian's chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("the playwright package is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        yield b
        b.close()


