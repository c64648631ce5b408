# Everyday commands. `make help` lists them. The README's two commands need nothing but Python.
PY ?= .venv/bin/python
LANGS := be ru en

.PHONY: help venv run test test-long lint typecheck check ts qm bench bench-quick demo mutation

help:  ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-12s %s\n", $$1, $$2}'

venv:  ## create .venv with the app and the test tools
	python3 -m venv .venv && .venv/bin/pip install -q -e '.[test]'

run: venv  ## start the app
	.venv/bin/safeplan

test: venv  ## the whole test suite (as CI runs it)
	$(PY) -m pytest

test-long: venv  ## with the long forms of the reliability suites (1,000 kills …)
	$(PY) -m pytest --long

lint:  ## ruff check + format check
	$(PY) -m ruff check safeplan tests

typecheck:  ## mypy
	$(PY) -m mypy

check: lint typecheck test  ## everything CI cares about

ts:  ## refresh translations/*.ts from the source (keeps existing translations, drops vanished ones)
	.venv/bin/pyside6-lupdate -no-obsolete -locations relative $$(find safeplan -name '*.py' | sort) -ts $(foreach l,$(LANGS),translations/safeplan_$(l).ts)

qm:  ## compile translations/*.ts → .qm (committed; tests/i18n checks they are current)
	for l in $(LANGS); do .venv/bin/pyside6-lrelease -silent -nounfinished translations/safeplan_$$l.ts -qm translations/safeplan_$$l.qm; done
	.venv/bin/pyside6-lrelease -silent -nounfinished translations/qtbase_be.ts -qm translations/qtbase_be.qm

bench:  ## every benchmark, one JSON line per figure + a summary table
	$(PY) tests/benchmarks/run.py

bench-quick:  ## the benchmarks in quick mode (under 3 minutes)
	$(PY) tests/benchmarks/run.py --quick

mutation:  ## mutation audit of the security/export core (MODULES="kdf blobs" for some; ~1 h for all)
	$(PY) tests/mutation/run.py $(MODULES)

demo: venv  ## a portable demo folder in ./demo-portable (door code 1234, passphrase "demo")
	printf 'demo\n' | .venv/bin/safeplan demo --portable demo-portable
