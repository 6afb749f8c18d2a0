# Two entry points: `make demo` and `make test`. Each sets up a project-local .venv on first use
# (and again whenever pyproject.toml changes).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing byol-course and its dev tools into $(VENV) (first run: a few minutes)..."
	@set -o pipefail; $(BIN)/python -m pip install -q --disable-pip-version-check -e ".[dev]" 2>&1 \
		| { grep -v "^WARNING: Location .* is ignored" || true; }
	@touch $(STAMP)

## Train the supervised baseline on the embedded digits set (offline) and print its accuracy.
demo: $(STAMP)
	$(BIN)/python -c "from byol_course.baseline import demo; demo(dataset='digits')"

## Fail if the package, clean notebooks or README differ from what the notebooks produce; then run every lesson.
test: $(STAMP)
	$(BIN)/python tools/check_sync.py
	$(BIN)/nbdev-test --n-workers 2 --timing
