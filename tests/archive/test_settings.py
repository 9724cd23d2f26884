import re
from dataclasses import fields
from pathlib import Path

import pytest

from archive.errors import ConfigurationError
from archive.settings import PREFIX, SETTING_DOCS, Settings

README = Path(__file__).resolve().parents[2] / "README.md"


def test_defaults_work_without_configuration(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    s = Settings.from_env({})
    assert s.data_dir == tmp_path / "hrarchive-data"
    assert s.database_url == f"sqlite:///{tmp_path / 'hrarchive-data' / 'hrarchive.sqlite3'}"
    assert s.index_path == tmp_path / "hrarchive-data" / "index"


def test_values_are_read_and_validated(tmp_path):
    s = Settings.from_env({"HRARCHIVE_DATA_DIR": str(tmp_path), "HRARCHIVE_PAGE_SIZE": "7"})
    assert s.data_dir == tmp_path and s.page_size == 7
    with pytest.raises(ConfigurationError, match="HRARCHIVE_PAGE_SIZE"):
        Settings.from_env({"HRARCHIVE_PAGE_SIZE": "many"})
    with pytest.raises(ConfigurationError, match="HRARCHIVE_DATABSE_URL"):
        Settings.from_env({"HRARCHIVE_DATABSE_URL": "sqlite://"})


def test_secret_key_is_generated_once_and_kept(tmp_path):
    s1 = Settings(data_dir=tmp_path).with_secret_key()
    s2 = Settings(data_dir=tmp_path).with_secret_key()
    assert s1.secret_key and s1.secret_key == s2.secret_key
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_every_setting_is_documented_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    names = {f.name.upper() for f in fields(Settings)}
    assert names == set(SETTING_DOCS), "SETTING_DOCS and Settings disagree"
    documented = set(re.findall(r"`HRARCHIVE_([A-Z_]+)`", readme))
    missing = {PREFIX + n for n in names - documented}
    assert not missing, f"settings missing from README.md: {sorted(missing)}"
