# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench screenshot bundle bundle-self-test clean qm ts

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when the project's metadata changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The interface's languages: the .ts sources are committed, the .qm catalogues the app loads
# (wellness_desk/ui/i18n.py) are built from them here and git-ignored.
LANGS        := en es fr de pt
TRANSLATIONS := wellness_desk/ui/translations
QM           := $(LANGS:%=$(TRANSLATIONS)/wellness_desk_%.qm)

$(TRANSLATIONS)/wellness_desk_%.qm: $(TRANSLATIONS)/wellness_desk_%.ts | $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

qm: $(QM)

# Refresh the five .ts from the code, keeping what is translated: the interface's tr() and
# translate(), and the core's messages marked msg(...) (lupdate puts those under the empty
# context). scripts/merge_ts.py says why it does not let lupdate rewrite them in place.
ts: $(STAMP)
	$(PY) scripts/merge_ts.py --refresh

# On a Linux box with no display the app says in one line how to run it (xvfb-run).
run: $(STAMP) qm
	$(PY) -m wellness_desk --demo-if-empty

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: $(STAMP) qm
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(PY) -m pytest -q -n 2 --dist loadfile

bench: $(STAMP)
	$(PY) bench/startup.py
	$(PY) bench/tap.py
	$(PY) bench/schedule.py
	$(PY) bench/cards.py
	$(PY) bench/sync.py
	$(PY) bench/resources.py
	$(PY) bench/resources_page.py
	$(PY) bench/report.py
	$(PY) bench/today.py
	$(PY) bench/export.py
	$(PY) bench/backup.py
	$(PY) bench/integrity.py

# Every section and the main dialogs, light and dark, in English and Spanish, on the demo at
# a fixed "now": docs/screenshots/<lang>-<scheme>-<name>.png.
SCREENSHOT_LANGS ?= en es
screenshot: $(STAMP) qm
	for lang in $(SCREENSHOT_LANGS); do \
		QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py --lang $$lang || exit 1; \
	done

# The desktop bundle, one folder: dist/wellness-desk/ (build.spec). Built from a venv of its
# own holding only the app's runtime dependencies and PyInstaller, so nothing of the dev
# tools (numpy, opencv, the hub's server) can be picked up. pip's and PyInstaller's caches
# stay inside the clone (build/).
BUNDLE_VENV  := .venv-bundle
BUNDLE_PY    := $(BUNDLE_VENV)/bin/python
BUNDLE_STAMP := $(BUNDLE_VENV)/.installed
BUNDLE_ENV   := PIP_CACHE_DIR=$(CURDIR)/build/pip-cache \
                PYINSTALLER_CONFIG_DIR=$(CURDIR)/build/pyinstaller-cache
BUNDLE_EXE   := dist/wellness-desk/wellness-desk

$(BUNDLE_PY):
	$(PYTHON) -m venv $(BUNDLE_VENV)
	$(BUNDLE_ENV) $(BUNDLE_PY) -m pip install --quiet --upgrade pip

$(BUNDLE_STAMP): pyproject.toml | $(BUNDLE_PY)
	mkdir -p build
	$(BUNDLE_PY) scripts/bundle_requirements.py > build/bundle-requirements.txt
	$(BUNDLE_ENV) $(BUNDLE_PY) -m pip install --quiet -r build/bundle-requirements.txt
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP) qm
	$(BUNDLE_ENV) $(BUNDLE_PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller build.spec
	@du -sh dist/wellness-desk

# The bundled program checks itself offscreen, in a fresh temporary data folder.
bundle-self-test:
	QT_QPA_PLATFORM=offscreen $(BUNDLE_EXE) self-test

clean:
	rm -rf $(VENV) $(BUNDLE_VENV) .pytest_cache .ruff_cache build dist $(QM)
