# Konsultacje Społeczne Częstochowa — the everyday commands.
# `make run` and `make test` work on a fresh machine with nothing but Python 3.11+.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test test-browser lint format worker migrate seed install clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

migrate: install
	DEBUG=1 $(BIN)/python manage.py migrate --no-input

seed: migrate
	DEBUG=1 $(BIN)/python manage.py seed_demo

run: seed
	DEBUG=1 STAFF_MFA_REQUIRED=0 $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: install
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
	rm -rf $(VENV) staticfiles

# Load benchmark on PostgreSQL + Redis (needs both, installs wrk): see README, Performance.
bench: install
	bench/run.sh
