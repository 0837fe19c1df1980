# Two entry points: `make demo` (install, index the demo corpus, serve the chat page) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DATA ?= data/demo
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install browser demo test clean

install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -c constraints.txt torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e ".[test]"
	touch $@

demo: install
	$(BIN)/safeguard ingest corpus --data-dir $(DATA)
	$(BIN)/safeguard serve --data-dir $(DATA) --host $(HOST) --port $(PORT)

# Debian's Chromium for the widget's browser tests (never a downloaded browser build).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "Chromium missing: browser tests will be skipped (sudo apt-get install chromium)"; fi; }

test: install browser
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) data .pytest_cache
