"""Run the lessons for the docs site, so that every page shows its image grids, plots and tables.

The notebooks in nbs/ carry no outputs (nbdev-clean; tools/check_sync.py enforces it). This copies nbs/ to a build folder
(default _build/nbs, git-ignored) and runs the notebooks there the way `make test` runs them (nbdev's test runner, each
notebook in a fresh process with one PyTorch thread), all sharing one new workspace, and keeps their outputs. The
lessons that keep their work in the workspace (those with a `use_drive()` cell: 01 leaves the baseline, 07 the
checkpoint, and 08 loads both) run one after another, in that order; the others run beside them. Each lesson page gets
a note saying where its outputs were computed: at the preset the settings pick for this machine (`tiny` on a CPU).
Quarto then renders the executed copies: `nbdev-docs --path _build/nbs`, as the docs workflow does.

    python tools/execute_docs.py                          # every notebook: about 12 min of CPU, one thread each
    python tools/execute_docs.py --only '^(00_data|index)' --jobs 2
    python tools/execute_docs.py --html _build/html       # then nbdev's docs processing and an HTML preview of the
                                                          # pages, for machines without Quarto (needs nbconvert)
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

root = Path(__file__).resolve().parents[1]
NOTE_ID = 'docs-outputs-note'
_SKIP = {'_proc', '.quarto', '__pycache__', '.ipynb_checkpoints'}

def uses_workspace(path:Path) -> bool:
    "Does the notebook at `path` keep its work in the workspace (it has a `use_drive()` code cell)?"
    return any(c['cell_type'] == 'code' and 'use_drive()' in ''.join(c['source'])
               for c in json.loads(path.read_text(encoding='utf-8'))['cells'])

def groups(paths:list) -> list:
    "Lists of notebooks, each run in order by one worker: the workspace lessons together (the longest list, so first), the rest alone."
    chain = [p for p in paths if uses_workspace(p)]
    return ([chain] if chain else []) + [[p] for p in paths if p not in chain]

def note() -> str:
    "The note on each executed lesson page: the machine and preset its outputs come from, and what a GPU runs instead."
    sys.path.insert(0, str(root))
    from byol_course.settings import get_settings, default_preset, PRESETS
    s, gpu = get_settings(), default_preset('cuda')
    where = {'cpu': 'a CPU', 'cuda': 'a GPU', 'mps': 'an Apple GPU (MPS)'}.get(s.device, s.device)
    text = f"Outputs on this page were computed on {where} at the `{s.preset}` preset (the `{s.dataset}` dataset), one thread per lesson."
    if s.preset != gpu: text += (f" On a GPU the lesson runs the `{gpu}` preset (`{PRESETS[gpu]['dataset']}`, a wider network, longer "
                                 "training), so its numbers, plots and tables differ from these.")
    return f"::: {{.callout-note}}\n{text}\n:::"

def add_note(path:Path, text:str):
    "Put `text` in a markdown cell under the notebook's title."
    nb = json.loads(path.read_text(encoding='utf-8'))
    cells = nb['cells']
    at = next((i + 1 for i, c in enumerate(cells) if c['cell_type'] == 'markdown' and ''.join(c['source']).startswith('# ')), 0)
    cells.insert(at, dict(cell_type='markdown', id=NOTE_ID, metadata={}, source=text.splitlines(keepends=True)))
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')

def run_one(path:Path) -> bool:
    "Run the notebook at `path` in this process, as nbdev-test does, and save its outputs into it."
    from nbdev.config import get_config
    from nbdev.test import test_nb
    cfg = get_config(path.parent)
    flags = cfg.tst_flags.split() if isinstance(cfg.tst_flags, str) else cfg.tst_flags
    ok, _ = test_nb(path, skip_flags=flags, basepath=root, save=True, cell_timeout=cfg.cell_timeout or None)
    if ok: settle_streams(path)
    return ok

def as_shown(text:str) -> str:
    "`text` as a terminal shows it: after a carriage return a line is written over from its start; a last line left for"
    "the next write to cover (a progress bar's frame) goes."
    lines = text.replace('\r\n', '\n').split('\n')
    if lines[-1].endswith('\r'): lines[-1] = ''
    def shown(line):
        out = ''
        for part in line.split('\r'): out = part + out[len(part):]
        return out
    return '\n'.join(map(shown, lines))

def settle_streams(path:Path):
    "Printed output in the notebook at `path` as it was seen: fastprogress's console bars write a '█' and a carriage return."
    nb = json.loads(path.read_text(encoding='utf-8'))
    for c in nb['cells']:
        if c['cell_type'] != 'code': continue
        for o in c['outputs']:
            if o['output_type'] == 'stream': o['text'] = as_shown(''.join(o['text'])).splitlines(keepends=True)
        c['outputs'] = [o for o in c['outputs'] if o['output_type'] != 'stream' or o['text']]
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')

def run_group(paths:list, env:dict) -> list:
    "Run the notebooks of one group in order, each in a fresh process; the names of those that failed."
    failed = []
    for p in paths:
        t0 = time.time()
        r = subprocess.run([sys.executable, __file__, '--one', str(p)], env=env)
        print(f"{p.name}: {'ran' if r.returncode == 0 else 'FAILED'} in {time.time() - t0:.0f} s", flush=True)
        if r.returncode: failed.append(p.name)
    return failed

def execute(out:Path, only:str='', jobs:int=1, workspace:Path=None) -> list:
    "Copy nbs/ to `out`, run the notebooks whose names match `only` there, in a new `workspace`; the names of those that failed."
    src = root/'nbs'
    if out.resolve() == src.resolve(): sys.exit("--out must not be nbs/: the lessons there stay without outputs")
    if workspace is not None and workspace.exists() and any(workspace.iterdir()):
        sys.exit(f"--workspace {workspace} is not empty: the pages must show what the lessons compute, not what an earlier run left")
    # everything but the notebooks, fresh; the notebooks to run, fresh; the others only where missing (an earlier run's stay)
    if out.exists() and any(out.iterdir()) and not (out/'nbdev.yml').exists(): sys.exit(f"--out {out} is not a build folder of nbs/ (no nbdev.yml): choose another")
    shutil.copytree(src, out, dirs_exist_ok=True,
                    ignore=lambda d, names: [n for n in names if n.endswith('.ipynb') and Path(d) == src or n in _SKIP])
    for stale in set(p.name for p in out.glob('*.ipynb')) - set(p.name for p in src.glob('*.ipynb')): (out/stale).unlink()
    paths = sorted(out/p.name for p in src.glob('*.ipynb') if re.search(only, p.name))
    text = note()
    for p in src.glob('*.ipynb'):
        if out/p.name in paths or not (out/p.name).exists(): shutil.copy2(p, out/p.name)
    for p in paths:
        if p.name[0].isdigit(): add_note(p, text)
    ws = workspace or Path(tempfile.mkdtemp(prefix='byol_course_docs_'))
    env = {**os.environ, 'OMP_NUM_THREADS': '1', 'BYOL_COURSE_WORKSPACE': str(ws)}
    print(f"Running {len(paths)} notebooks in {out} ({jobs} at a time), workspace {ws}", flush=True)
    try:
        with ThreadPoolExecutor(jobs) as ex: failed = [n for f in ex.map(lambda g: run_group(g, env), groups(paths)) for n in f]
    finally:
        if workspace is None: shutil.rmtree(ws, ignore_errors=True)
    return failed

def preview(out:Path, html:Path, only:str='', jobs:int=1, workspace:Path=None):
    "nbdev's docs processing of the executed notebooks in `out` (what Quarto gets), then each page as HTML in `html`."
    try:
        import nbformat
        from nbconvert import HTMLExporter
    except ImportError: sys.exit("The HTML preview needs nbconvert: pip install nbconvert (the project's dev extra has it)")
    from nbdev.serve import proc_nbs
    os.chdir(root)                          # as nbdev-docs does: the processing runs exported and importing cells again
    if workspace: os.environ['BYOL_COURSE_WORKSPACE'] = str(workspace)
    cache = proc_nbs(str(out), n_workers=jobs, force=True, file_re=only)
    html.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    for p in sorted(cache.glob('*.ipynb')):
        if not re.search(only, p.name): continue
        nb = json.loads(p.read_text(encoding='utf-8'))
        for c in nb['cells']: c.get('metadata', {}).pop('execution', None)    # run times, as numbers where nbformat wants text
        body, _ = exporter.from_notebook_node(nbformat.reads(json.dumps(nb), as_version=4))
        (html/p.with_suffix('.html').name).write_text(body, encoding='utf-8')
        print(f"{html/p.with_suffix('.html').name}: {body.count('<img')} images, {body.count('<table')} tables")

def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--out', default=str(root/'_build'/'nbs'), help='the build folder (default: %(default)s)')
    ap.add_argument('--only', default='', help="run only the notebooks whose file names match this regex (the others keep an earlier run's outputs, or none)")
    ap.add_argument('--jobs', type=int, default=1, help='notebooks run at once, one thread each (default: %(default)s)')
    ap.add_argument('--html', help='then process the pages as nbdev-docs does and write an HTML preview of each into this folder')
    ap.add_argument('--no-run', action='store_true', help='only the preview, of notebooks executed before')
    ap.add_argument('--workspace', help='the shared workspace, a new or empty folder that is kept (default: a temporary one, removed '
                    "after); nbdev-docs runs each lesson's Drive cell again, which prints $BYOL_COURSE_WORKSPACE: give it the same")
    ap.add_argument('--one', help=argparse.SUPPRESS)      # a worker: run this notebook in this process
    a = ap.parse_args()
    if a.one: sys.exit(0 if run_one(Path(a.one)) else 1)
    out, ws = Path(a.out).absolute(), Path(a.workspace).absolute() if a.workspace else None
    if not a.no_run:
        failed = execute(out, a.only, a.jobs, ws)
        if failed: sys.exit(f"Failed: {', '.join(failed)}")
    if a.html: preview(out, Path(a.html).absolute(), a.only, a.jobs, ws)

if __name__ == '__main__': main()
