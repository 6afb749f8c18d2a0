# Entry points: `make demo`, `make test` and `make exercises`. Each sets up a project-local .venv on first use
# (and again whenever pyproject.toml changes).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

# byol-pytorch is the benchmark's point of comparison, not a dependency: installed without its dependencies (its model
# file needs only torch, torchvision and einops; the rest would pull in packages the course never uses).
PEER := byol-pytorch==0.9.1 einops

.PHONY: demo test lint exercises bench compare docs fuzz-checks

$(STAMP): pyproject.toml Makefile
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing byol-course and its dev tools into $(VENV) (first run: a few minutes)..."
	@set -o pipefail; $(BIN)/python -m pip install -q --disable-pip-version-check -e ".[dev]" 2>&1 \
		| { grep -v "^WARNING: Location .* is ignored" || true; }
	@set -o pipefail; $(BIN)/python -m pip install -q --disable-pip-version-check --no-deps $(PEER) 2>&1 \
		| { grep -v "^WARNING: Location .* is ignored" || true; }
	@touch $(STAMP)

## The whole pipeline on the embedded digits set, offline: BYOL pre-training, evaluation against the
## supervised baseline, and a report in runs/demo/report.md (replacing the previous demo's). Two seeds, so the report
## shows a mean and a spread, in under 10 minutes on 2 CPU cores; add seeds for a firmer answer (SEEDS=0,1,2,3,4).
## Its label-efficiency plot is the README's picture (nbs/images/demo_label_efficiency.png).
SEEDS ?= 0,1
demo: $(STAMP)
	$(BIN)/byol-course run --dataset digits --seeds $(SEEDS) --out runs/demo --overwrite
	cp runs/demo/label_efficiency.png nbs/images/demo_label_efficiency.png

## Fail if the package, clean notebooks, README or exercises/ differ from what the notebooks produce; then run every
## lesson, and every learner notebook with its exercises left empty.
# Two notebooks run at once (one per core): one PyTorch thread each, or their threads wait on each other. Each test process
# starts from an empty workspace (BYOL_COURSE_WORKSPACE=temp), never the user's; a lesson may find what an earlier lesson
# left in it in the same process, and loads it as it would on Colab. Every exercise check runs on a seed pinned by
# BYOL_COURSE_CHECK_SEED, so CI sees the same inputs each time (make fuzz-checks tries fresh ones). A learning outcome a lesson
# promises fails the test when it misses (BYOL_COURSE_STRICT=1); for a learner it is a verdict and the lesson goes on.
test: export OMP_NUM_THREADS = 1
test: export BYOL_COURSE_WORKSPACE = temp
test: export BYOL_COURSE_CHECK_SEED = 0
test: export BYOL_COURSE_STRICT = 1
test: $(STAMP) lint
	$(BIN)/python tools/check_sync.py
	$(BIN)/nbdev-test --n-workers 2 --timing
	$(BIN)/nbdev-test exercises --n-workers 2 --timing

## Unused or undefined names and syntax errors in the lessons, the package and the tools (ruff, configured in pyproject.toml);
## no cell that the docs build runs (nbdev runs the cells that import) needs a cell it skips; and every library internal the
## course leans on (fastai's DistributedDL, fastprogress's bars, nbdev's processors, ...) still has the shape the code assumes.
lint: $(STAMP)
	$(BIN)/ruff check
	$(BIN)/python tools/check_docs_cells.py
	$(BIN)/python tools/check_internals.py

## How fast each part of BYOL training runs on this machine, and against byol-pytorch (lesson 19). On a GPU, add
## ARGS=--full for the full-scale network and batch. ARGS="--peer --json nbs/results/bench_cpu.json" remakes the README's
## verdict (our step against byol-pytorch's, 3 processes at 1 and at 2 threads: about 5 minutes on 2 CPU cores).
bench: $(STAMP)
	$(BIN)/byol-course bench $(ARGS)

## The course's BYOL against byol-pytorch and the untrained encoder over five seeds, side by side (lesson 20; about 20 min
## on 2 CPU cores). ARGS=--help for the options.
compare: $(STAMP)
	$(BIN)/byol-course compare $(ARGS)

## Run every lesson into _build/nbs with its outputs, for the docs site (`nbdev-docs --path _build/nbs` renders them; the
## docs workflow does both): the preset this machine gets (tiny on a CPU), one thread per lesson, one shared temporary
## workspace; about 12 min of CPU. ARGS="--only '^0[0-2]' --jobs 2 --html _build/html" runs a few and previews their pages
## as HTML without Quarto. The lessons in nbs/ keep no outputs.
docs: $(STAMP)
	$(BIN)/python tools/execute_docs.py $(ARGS)

## Every answer in catalogue/ (right and wrong answers to each exercise, lesson 91) through its check on N fresh seeds (N=20;
## N=1000 measures false alarms and power, about an hour on 2 cores): prints every verdict or message that changed, and fails
## if any check lied. ARGS="--exercise crop_boxes" for one exercise, ARGS=--help for the rest.
N ?= 20
fuzz-checks: export OMP_NUM_THREADS = 1
fuzz-checks: $(STAMP)
	$(BIN)/python tools/fuzz_checks.py -n $(N) $(ARGS)

## Regenerate the learner notebooks in exercises/ from the lessons in nbs/.
exercises: $(STAMP)
	$(BIN)/python -c "from byol_course.exercises import make_exercises; print(*make_exercises(), sep='\n')"
