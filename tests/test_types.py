"""The type hints of archive/ and ingest/ hold (mypy, configured in pyproject.toml)."""
import subprocess
import sys

from .conftest import ROOT, skip_or_fail


def test_mypy_finds_no_type_errors():
    try:
        import mypy  # noqa: F401
    except ImportError:
        skip_or_fail("mypy is not installed (pip install -e '.[test]')")
    result = subprocess.run([sys.executable, "-m", "mypy", "--no-error-summary", "--cache-dir",
                             str(ROOT / ".mypy_cache")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert result.returncode == 0 and not errors, "\n".join(errors) or result.stdout + result.stderr
