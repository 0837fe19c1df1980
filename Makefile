# Two entry points: `make demo` (install, index the demo corpus, serve the chat page) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DATA ?= data/demo
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install demo test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

demo: install
	$(BIN)/safeguard ingest corpus --data-dir $(DATA)
	$(BIN)/safeguard serve --data-dir $(DATA) --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) data .pytest_cache
