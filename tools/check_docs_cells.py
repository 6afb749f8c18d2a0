"""Fail when the docs build would break: nbdev runs a lesson's exported cells and every cell with an import in it (to
render the API docs) and skips the rest, so such a cell must not use a name that only a skipped cell defines.
(Put the imports of a cell in a cell of their own: `NameError: dls` in lesson 05 broke the docs build that way.)
Also fail when a picture on a page has no real alt text: a markdown image with fewer than three words in its brackets,
or a visible cell that draws a figure (`fig = ...`, `ax = ...`, `plot_...(`, `show_...(`) without a `#| fig-alt:` line."""
import ast, builtins, re, sys, warnings
from pathlib import Path
from fastcore.nbio import read_nb
from nbdev.processors import _do_eval

root = Path(__file__).resolve().parents[1]

def _defined(tree) -> set:
    "Names a cell binds: imports, assignments, definitions (in any scope: generous on purpose)."
    out = set()
    for n in ast.walk(tree):
        if isinstance(n, (ast.Import, ast.ImportFrom)): out |= {(a.asname or a.name).split('.')[0] for a in n.names}
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)): out.add(n.name)
        elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store): out.add(n.id)
        elif isinstance(n, ast.arg): out.add(n.arg)
    return out

def _used_at_run(tree) -> set:
    "Names a cell reads when it runs (not inside the bodies of the functions and classes it only defines)."
    out, todo = set(), list(tree.body)
    while todo:
        n = todo.pop()
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            todo += n.decorator_list + [d for d in getattr(n.args, 'defaults', [])] if hasattr(n, 'args') else n.decorator_list + n.bases
            continue
        if isinstance(n, ast.Lambda): continue
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load): out.add(n.id)
        todo += list(ast.iter_child_nodes(n))
    return out

def problems(path:Path) -> list:
    nb, known, found = read_nb(path), set(dir(builtins)) | {'show_doc', 'get_ipython', 'display'}, []
    for i, c in enumerate(nb.cells):
        if c.cell_type != 'code': continue
        c.directives_ = c.directives
        src = '\n'.join(l for l in c.source.splitlines() if not l.lstrip().startswith(('#|', '%', '!')))
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')           # nbdev's own hint about the same thing, without the cell's name
            if not _do_eval(c): continue
        tree = ast.parse(src)
        missing = _used_at_run(tree) - known - _defined(tree)
        if missing: found.append(f"{path.name}, cell {i}: the docs build runs it (it imports) but not the cell that defines "
                                 f"{', '.join(sorted(missing))}: move its imports to a cell of their own")
        known |= _defined(tree)
    return found

_DRAWS = re.compile(r'^\s*(fig|ax|axs|axes)\s*=|^\s*(plot_\w+|show_\w+)\(', re.M)

def missing_alt(path:Path) -> list:
    "Pictures on the page of `path` without real alt text, one line each."
    found = []
    for i, c in enumerate(read_nb(path).cells):
        if c.cell_type == 'markdown':
            found += [f"{path.name}, cell {i}: the image {m.group(0)[:40]}... needs alt text that says what it shows"
                      for m in re.finditer(r'!\[([^\]]*)\]\([^)]*\)', c.source) if len(m.group(1).split()) < 3]
        elif c.cell_type == 'code' and _DRAWS.search(c.source) and not re.search(r'^#\|\s*(hide|export)', c.source, re.M) \
                and not re.search(r'^#\|\s*fig-alt:\s*\S.{10,}', c.source, re.M):
            found.append(f"{path.name}, cell {i}: it draws a figure: add a first line `#| fig-alt: <what the figure shows>`")
    return found

if __name__ == '__main__':
    found = [p for nb in sorted((root/'nbs').glob('*.ipynb')) for p in problems(nb) + missing_alt(nb)]
    print('\n'.join(found) or "Docs build: every cell nbdev runs for the docs has what it needs.")
    sys.exit(1 if found else 0)
