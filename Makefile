# Set-up and entry points. `make demo` installs and answers a question; `make test` runs the tests.
VENV ?= .venv
PY := $(VENV)/bin/python
QUESTION ?= 各地跨境电商发展面临哪些主要问题？
# Where pip finds the CPU build of torch 2.13.0. Empty: the default index (this workplace
# serves a local CPU wheel). Elsewhere use: make demo TORCH_INDEX=https://download.pytorch.org/whl/cpu
TORCH_INDEX ?=

.PHONY: setup demo test test-slow eval bench lint

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0 $(if $(TORCH_INDEX),--index-url $(TORCH_INDEX))
	$(PY) -m pip install -q -e '.[dev]'
	touch $@

setup: $(VENV)/.installed

demo: setup
	$(VENV)/bin/cbec-rag index --corpus seeds --index-dir index
	$(VENV)/bin/cbec-rag ask "$(QUESTION)" --index-dir index

test: setup
	OMP_WAIT_POLICY=PASSIVE $(PY) -m pytest

test-slow: setup
	OMP_WAIT_POLICY=PASSIVE $(PY) -m pytest -m slow -rP

eval: setup
	$(VENV)/bin/cbec-rag eval --gold eval/gold.jsonl --report eval/report.md

bench: setup
	$(PY) eval/bench.py

lint: setup
	$(VENV)/bin/ruff check . && $(VENV)/bin/ruff format --check .
