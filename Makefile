# Quick start on a fresh machine: `make demo` and `make test`; each does all set-up itself.
VENV    ?= .venv
PYTHON  ?= python3
PY      := $(VENV)/bin/python
SUDO    := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# Debian packages: Chromium for JavaScript pages, Pango and fonts for the PDF report, pdftoppm for looking at it.
DEB_PKGS := chromium fonts-dejavu-core libpango-1.0-0 libpangoft2-1.0-0 poppler-utils

.PHONY: setup system-deps demo test eval bench clean

setup: system-deps $(VENV)/.installed

system-deps:
	@missing=$$(for p in $(DEB_PKGS); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages: $$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $@

demo: setup
	$(VENV)/bin/keurmerk-scan demo --out demo-out

test: setup
	$(PY) -m pytest -q

eval: setup
	$(VENV)/bin/keurmerk-scan eval ../shared/corpus/dev.jsonl --out eval-out/eval.json

# The figures of issue 12 (start-up, judging, scan marginal, batch, memory, wget) come from the
# shared harness when it is there (a few minutes; PERF_ARGS="--pages 100 --repeat 1" shortens it).
PERF_ARGS ?=
bench: setup
	$(PY) bench/bench_scan.py
	@if [ -f ../shared/tools/perf.py ]; then python3 ../shared/tools/perf.py . $(PERF_ARGS); \
	else echo "../shared/tools/perf.py ontbreekt: alleen de cijfers hierboven."; fi

clean:
	rm -rf $(VENV) demo-out eval-out .pytest_cache
