"""axe-core (the accessibility engine of the field, from npm) on every page type, at
desktop and phone width, in English and Turkish: no serious or critical violation.

axe-core is installed by `.ci/run` (`npm install --prefix .cache/npm axe-core`); on a
user's machine the test skips without it (AXE_CORE_JS may point to axe.min.js)."""
import os
from pathlib import Path

import pytest

from web import create_app

from ..conftest import ROOT, SAMPLES, serving, skip_or_fail
from ..web.admin_helpers import PASSWORD, add_user

pytestmark = pytest.mark.browser
AXE = Path(os.environ.get("AXE_CORE_JS") or ROOT / ".cache" / "npm" / "node_modules" / "axe-core" / "axe.min.js")
WIDTHS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


@pytest.fixture(scope="module")
def axe_source() -> str:
    if not AXE.is_file():
        skip_or_fail(f"axe-core is not installed at {AXE} (npm install --prefix .cache/npm axe-core)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A small archive with staff, served on 127.0.0.1."""
    from archive.context import Archive
    from archive.settings import Settings
    from ingest.importer import ImportOptions, import_paths
    from ingest.metadata import read_sheet

    settings = Settings(data_dir=tmp_path_factory.mktemp("a11y") / "data", workers=1)
    archive = Archive.open(settings)
    files = [SAMPLES / "pdf" / n for n in ("cat-co-tur-4.pdf", "cat-fr-observations.pdf", "echr-kavala.pdf",
                                           "ngo-hrd-briefing-en.pdf", "cpt-inf-2020-22.pdf")]
    import_paths(archive.db, archive.blobs, archive.backend, files,
                 ImportOptions(workers=1, sheet=read_sheet(SAMPLES / "metadata.csv")))
    add_user(archive, "admin@example.org", "admin")
    from sqlalchemy import select

    from archive.models import Document

    with archive.db.session() as s:
        doc_id = s.scalars(select(Document.public_id).where(Document.symbol == "CAT/C/TUR/CO/4")).one()
    archive.close()
    with serving(create_app(settings)) as url:
        yield url, doc_id


PUBLIC = ["/", "/?q=torture", "/?q=torture&mechanism=UN&year_from=2010", "/?q=zzzznothing", "/help",
          "/browse/mechanisms", "/browse/topics", "/browse/types", "/publications", "/latest", "/documents/{doc}",
          "/documents/{doc}?q=torture", "/nothing-here"]
STAFF = ["/admin/", "/admin/upload", "/admin/runs", "/admin/documents", "/admin/documents/{doc}", "/admin/users",
         "/admin/audit"]


def violations(page, axe_source: str) -> list[str]:
    page.add_script_tag(content=axe_source)
    found = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']})).violations
        .filter(v => v.impact === 'serious' || v.impact === 'critical')
        .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))""")
    return list(found)


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("lang", ["en", "tr"])
def test_no_serious_accessibility_violation_on_any_page(browser, site, axe_source, width, lang):
    url, doc = site
    context = browser.new_context(viewport=WIDTHS[width], locale="en-GB", bypass_csp=True)  # to inject axe
    page = context.new_page()
    page.goto(f"{url}/?lang={lang}")
    problems = {}
    for path in PUBLIC:
        page.goto(url + path.format(doc=doc))
        problems[path] = violations(page, axe_source)
    page.goto(url + "/admin/login")
    problems["/admin/login"] = violations(page, axe_source)
    page.fill("#email", "admin@example.org")
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/admin/**")
    for path in STAFF:
        page.goto(url + path.format(doc=doc))
        problems[path] = violations(page, axe_source)
    context.close()
    assert {p: v for p, v in problems.items() if v} == {}
