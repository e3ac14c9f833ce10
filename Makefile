# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench screenshot clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# Reinstall only when the project's metadata changes.
$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# On a Linux box with no display the app says in one line how to run it (xvfb-run).
run: $(STAMP)
	$(PY) -m wellness_desk --demo-if-empty

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

test: $(STAMP)
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
	$(PY) bench/integrity.py

screenshot: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/main-window.png
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/schedule.png Schedule
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshot.py docs/resources.png Resources

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
