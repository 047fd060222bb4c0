# Chidao — two commands for a newcomer: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PORT ?= 8000

.PHONY: venv system-deps test test-fast demo lint score bench clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

system-deps:
	bash scripts/install-system-deps.sh

## The whole suite: documents library, web application on SQLite, then again on PostgreSQL.
test: venv system-deps
	bash scripts/test.sh

## Only the framework-free library (no database).
test-fast: venv
	$(VENV)/bin/pytest -q tests/documents

lint: venv
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy

## Score the parser on the shared dev corpus (needs ../shared).
score: venv
	$(PY) ../shared/tools/score.py ../shared/corpus/dev --cmd "$(VENV)/bin/chidao parse --format json"

bench: venv
	$(PY) benchmarks/parse_throughput.py

## Environment, database, demo data, then the app on http://127.0.0.1:$(PORT)
demo: venv system-deps
	$(VENV)/bin/chidao manage migrate --no-input
	$(VENV)/bin/chidao demo
	$(VENV)/bin/chidao serve --port $(PORT)

clean:
	rm -rf $(VENV) data .pytest_cache
