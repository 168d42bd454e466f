# Quick start: `make run` opens the app, `make test` runs the whole suite. See README.md.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum pyproject.toml | cut -d' ' -f1)

.PHONY: run test soak bench lint forms translations clean system-deps-test system-deps-run

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,server]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

system-deps-test:
	scripts/system_deps.sh test

system-deps-run:
	scripts/system_deps.sh run

run: system-deps-run $(STAMP)
	$(PY) -m compileall -q sangkien_desktop
	$(PY) -m sangkien_desktop

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports
	$(PY) scripts/build_forms.py --check

# The server tests also run on PostgreSQL: set up by scripts/test_postgres.sh as root (skipped otherwise).
test: system-deps-test $(STAMP) lint
	pg_url=$$(scripts/test_postgres.sh) && \
	SANGKIEN_TEST_PG_URL="$$pg_url" QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# The long runs CI adds after `make test`: the sync state machine at 200 examples on each server
# backend, and the streaming import of a very long list.
soak: system-deps-test $(STAMP)
	pg_url=$$(scripts/test_postgres.sh) && \
	SANGKIEN_TEST_PG_URL="$$pg_url" QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m slow -p no:randomly

# Byte-compiled first, as an installed copy is: the start-up figures must not include compiling
# the sources (shells with PYTHONDONTWRITEBYTECODE set would otherwise compile on every start).
bench: system-deps-test $(STAMP)
	$(PY) -m compileall -q sangkien_desktop tests/perf
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest tests/perf -m perf -s -p no:randomly

forms: $(STAMP)
	$(PY) scripts/build_forms.py

# Extract new UI strings into resources/translations/sangkien_vi.ts (see README, Translations).
translations: $(STAMP)
	$(PY) scripts/i18n.py update

clean:
	rm -rf $(VENV) .bench .pytest_cache .mypy_cache .ruff_cache
