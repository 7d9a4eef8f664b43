# Two commands from a fresh clone (Debian, Python 3.11, pip, make, git):
#   make run   set up .venv and start the app on the bundled data
#   make test  set up .venv, Debian's chromium, the pinned npm assets and PostgreSQL/PostGIS,
#              then run every test with a throwaway PostGIS cluster (dropped afterwards)
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NPM_DIR := tests/browser
PORT ?= 8501

.PHONY: run test lint check-wheel bench bench-engine screenshot browser-deps postgis-deps clean

$(BIN)/python:
	scripts/make-venv.sh "$(PYTHON)" "$(VENV)"

$(STAMP): pyproject.toml requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(STAMP)
	$(BIN)/streamlit run streamlit_app.py --server.headless true --server.port $(PORT)

browser-deps:
	scripts/browser-deps.sh "$(NPM_DIR)"

postgis-deps:
	scripts/postgis.sh deps

# One cluster on a loopback port for the whole run; scripts/postgis.sh drops it however the
# tests end.
test: $(STAMP) browser-deps postgis-deps
	scripts/postgis.sh run $(BIN)/python -m pytest

LINTED := mapapp tests benchmarks scripts streamlit_app.py conftest.py

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy mapapp

check-wheel: $(STAMP)
	scripts/check-wheel.sh

bench: $(STAMP) browser-deps postgis-deps
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/viewport_bench.py
	scripts/postgis.sh run $(BIN)/python benchmarks/engine.py

bench-engine: $(STAMP) postgis-deps
	scripts/postgis.sh run $(BIN)/python benchmarks/engine.py $(BENCH_ARGS)

screenshot: $(STAMP) browser-deps
	$(BIN)/python scripts/screenshot.py

clean:
	rm -rf $(VENV) $(NPM_DIR)/node_modules
