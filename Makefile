# Konsultacje Społeczne Częstochowa — the everyday commands.
# `make run` and `make test` work on a fresh machine with nothing but Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# The Nu Html Checker (npm package vnu-jar, run with Java) for tests/portal/test_crawl.py.
NODE_STAMP := node_modules/.installed
HOST ?= 127.0.0.1
# The embedded default is a developer's machine; an exported DEBUG=0 (production) is kept,
# so `make seed` then refuses, as seed_demo does with DEBUG off.
DEBUG ?= 1
PORT ?= 8000

.PHONY: run test test-browser lint format worker migrate seed install html-checker clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

# --ignore-scripts: vnu-jar's install script would download a Java runtime; the system's
# Java runs the jar. Without npm the HTML check is skipped locally (and fails in CI).
$(NODE_STAMP): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
		npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && touch $(NODE_STAMP); \
	else \
		echo "npm not found: the Nu Html Checker test will be skipped (apt-get install npm)"; \
	fi

install: $(STAMP)

html-checker: $(NODE_STAMP)

migrate: install
	DEBUG=$(DEBUG) $(BIN)/python manage.py migrate --no-input

seed: migrate
	DEBUG=$(DEBUG) $(BIN)/python manage.py seed_demo

run: seed
	DEBUG=1 STAFF_MFA_REQUIRED=0 $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install html-checker
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

test-browser: install
	$(BIN)/python -m pytest -m browser $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

worker: install
	$(BIN)/celery -A czestochowa_portal worker --beat --loglevel=INFO --concurrency=2

clean:
	rm -rf $(VENV) staticfiles node_modules

# Load benchmark on PostgreSQL + Redis (needs both, installs wrk): see README, Performance.
bench: install
	bench/run.sh
