# Quick start on a fresh machine: `make demo` and `make test`; each does all set-up itself.
VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
SUDO    := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# Debian packages: Chromium for JavaScript pages, Pango and fonts for the PDF report, pdftoppm for looking at it.
DEB_PKGS := chromium fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 poppler-utils
# npm: axe-core for the accessibility check inside the browser test (installed into build/npm at
# set-up). Debian's npm package only when no npm command is there (e.g. Node.js from NodeSource has one).
AXE     := build/npm/node_modules/axe-core/axe.min.js

.PHONY: setup system-deps demo test test-postgres eval bench bench-service service serve clean

setup: system-deps $(VENV)/.installed $(AXE)

system-deps:
	@missing=$$(for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done; command -v npm >/dev/null || echo npm); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

# axe-core from the npm registry, once, at set-up (the browser test reads it from here; nothing is
# downloaded while the tests run).
$(AXE):
	mkdir -p build/npm
	npm install --silent --no-audit --no-fund --prefix build/npm axe-core@4.14.1

demo: setup
	$(VENV)/bin/keurmerk-scan demo --out demo-out

# The service tests run twice: on SQLite (with the rest) and on a throw-away PostgreSQL server
# that .ci/with-services starts from Debian's packages (and stops afterwards).
test: setup
	.ci/with-services sh -c '$(PY) -m pytest -q && DATABASE_URL="$$KEURMERK_TEST_POSTGRES_URL" $(PY) -m pytest -q tests/service'

test-postgres: setup
	.ci/with-services sh -c 'DATABASE_URL="$$KEURMERK_TEST_POSTGRES_URL" $(PY) -m pytest -q tests/service'

eval: setup
	$(VENV)/bin/keurmerk-scan eval ../shared/corpus/dev.jsonl --pad 8 --out eval-out/eval.json
	$(PY) bench/page_fires.py ../shared/corpus/dev.jsonl

# The figures of issue 12 (start-up, judging, scan marginal, batch, memory, wget) come from the
# shared harness when it is there (a few minutes; PERF_ARGS="--pages 100 --repeat 1" shortens it).
PERF_ARGS ?=
bench: setup
	$(PY) bench/bench_scan.py
	$(PY) bench/bench_service.py
	$(PY) bench/bench_archive.py
	@if [ -f ../shared/tools/perf.py ]; then python3 ../shared/tools/perf.py . $(PERF_ARGS); \
	else echo "../shared/tools/perf.py ontbreekt: alleen de cijfers hierboven."; fi

bench-service: setup
	$(PY) bench/bench_service.py

# The service on the SQLite default in ./keurmerk-data: one worker with the periodic scheduler.
service: setup
	$(VENV)/bin/keurmerk-scan worker

# The web pages on the SQLite default in ./keurmerk-data: demo accounts, one worker (for self-scans)
# and the web server on http://127.0.0.1:8000/ (Ctrl-C stops both).
serve: setup
	$(VENV)/bin/keurmerk-scan service web_demo
	@sh -c '$(VENV)/bin/keurmerk-scan worker & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; \
	  $(VENV)/bin/keurmerk-scan service runserver --insecure --noreload 127.0.0.1:8000'

clean:
	rm -rf $(VENV) demo-out eval-out .pytest_cache build/npm
