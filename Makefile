# The two commands of the quick start: `make demo` and `make test`.
# Both create .venv and install what they need; both are safe to run again.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000

.PHONY: demo test check-python samples translations clean

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' || \
	  { echo "hrarchive needs Python 3.11 or newer; run e.g. 'make test PYTHON=python3.12'"; exit 2; }

$(VENV)/.installed-app: pyproject.toml | check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e .
	touch $@

AXE_VERSION := 4.11.0
AXE := .cache/npm/node_modules/axe-core/axe.min.js

$(VENV)/.installed-test: pyproject.toml | check-python
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	# axe-core for the accessibility tests, when npm is there (they skip without it)
	if command -v npm >/dev/null && [ ! -f $(AXE) ]; then \
	  npm install -s --no-save --no-audit --no-fund --prefix .cache/npm axe-core@$(AXE_VERSION) || \
	  echo "axe-core could not be installed: the accessibility tests will skip"; fi
	touch $@ $(VENV)/.installed-app

demo: $(VENV)/.installed-app
	$(BIN)/hrarchive demo --port $(PORT)

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# Interface strings: extract them from web/ into the template, merge new ones into each
# language's catalogue (web/translations/<lang>/LC_MESSAGES/messages.po) for translators,
# and compile the catalogues the application reads (messages.mo, kept in the repository).
translations: $(VENV)/.installed-app
	$(BIN)/pybabel -q extract -F web/babel.cfg -k _ -k gettext -k N_ --sort-by-file \
	  -o web/translations/messages.pot web
	$(BIN)/pybabel -q update -i web/translations/messages.pot -d web/translations --no-fuzzy-matching
	$(BIN)/pybabel -q compile -d web/translations --statistics

# Re-render samples/pdf and samples/metadata.csv from samples/collection.txt.
samples: $(VENV)/.installed-app
	$(BIN)/python -m pip install -q -e '.[samples]'
	$(BIN)/python samples/build_samples.py

clean:
	rm -rf $(VENV) hrarchive-data .pytest_cache
