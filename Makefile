# Two commands from a fresh clone (Debian, Python 3.11, pip, make, git):
#   make run   set up .venv and start the app on the bundled data
#   make test  set up .venv, Debian's chromium and the pinned npm assets, then run every test
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
NPM_DIR := tests/browser
PORT ?= 8501

.PHONY: run test lint check-wheel bench screenshot browser-deps clean

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

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

LINTED := mapapp tests benchmarks scripts streamlit_app.py conftest.py

lint: $(STAMP)
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy mapapp

check-wheel: $(STAMP)
	scripts/check-wheel.sh

bench: $(STAMP) browser-deps
	$(BIN)/python benchmarks/run.py

screenshot: $(STAMP) browser-deps
	$(BIN)/python scripts/screenshot.py

clean:
	rm -rf $(VENV) $(NPM_DIR)/node_modules
