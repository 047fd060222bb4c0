# Chidao — two commands for a newcomer: `make demo` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
PORT ?= 8000

.PHONY: venv system-deps test test-fast demo lint score bench compiled test-compiled bench-compiled clean

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

## Optional, for servers that parse in bulk: the parse modules compiled by mypyc (setup.py), as a wheel in dist/
## installed into $(COMPILED); its output is compared with the source's on every snapshot input, then the library
## tests run against it.
COMPILED ?= .venv-compiled
compiled: venv
	$(PY) -m pip install -q 'setuptools>=77' wheel
	rm -rf build/lib* build/temp* dist/chidao-*.whl
	CHIDAO_COMPILE=1 $(PY) -m pip wheel -q --no-build-isolation --no-deps -w dist .
	test -x $(COMPILED)/bin/python || python3 -m venv $(COMPILED)
	$(COMPILED)/bin/pip install -q "$$(ls dist/chidao-*.whl)[test]"
	$(COMPILED)/bin/pip install -q --force-reinstall --no-deps dist/chidao-*.whl
	$(PY) benchmarks/snapshot.py write build/snapshot-source
	$(COMPILED)/bin/python benchmarks/snapshot.py compare build/snapshot-source --installed
	$(MAKE) test-compiled

## The library tests against the compiled build (run from here, `chidao` is the one $(COMPILED) installed).
test-compiled:
	$(COMPILED)/bin/python -m pytest -q -n 2 -p no:cacheprovider tests/documents tests/test_compiled_build.py

bench-compiled:
	$(COMPILED)/bin/python benchmarks/parse_throughput.py --installed

## Environment, database, demo data, then the app on http://127.0.0.1:$(PORT)
demo: venv system-deps
	$(VENV)/bin/chidao manage migrate --no-input
	$(VENV)/bin/chidao demo
	$(VENV)/bin/chidao serve --port $(PORT)

clean:
	rm -rf $(VENV) $(COMPILED) build dist data .pytest_cache
