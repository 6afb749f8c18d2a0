"""Write the module map into CONTRIBUTING.md: each notebook, the module it exports, and the package modules that module imports.

Read from the exported package itself (its `File to edit` lines and its relative imports), between the markers
`<!-- module map -->` and `<!-- end module map -->`; tools/check_sync.py runs it, so the map cannot go stale."""
import re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
START, END = '<!-- module map -->', '<!-- end module map -->'

def modules(pkg=ROOT/'byol_course') -> list:
    "(notebook, module, [package modules it imports]) for every exported module, in notebook order."
    out = []
    for p in pkg.rglob('*.py'):
        text = p.read_text(encoding='utf-8')
        m = re.search(r'File to edit: \.\./(?:\.\./)?nbs/([\w.]+\.ipynb)', text)
        if not m: continue
        name = '.'.join(p.relative_to(pkg).with_suffix('').parts).removesuffix('.__init__')
        package = p.relative_to(pkg).parent.parts                 # where `from .x` starts; each further dot goes up one
        deps = {'.'.join(x for x in [*package[:len(package) - len(dots) + 1], mod] if x) or 'byol_course'
                for dots, mod in re.findall(r'^from (\.+)([\w.]*) import', text, re.M)}
        out.append((m.group(1), name, sorted(d for d in deps if d != name)))
    return sorted(out)

def table() -> str:
    rows = [f"| `{nb}` | `byol_course.{mod}` | {', '.join(f'`{d}`' for d in deps) or '—'} |" for nb, mod, deps in modules()]
    return '\n'.join(['| notebook | module | imports from the package |', '|---|---|---|', *rows])

def main():
    path = ROOT/'CONTRIBUTING.md'
    text = path.read_text(encoding='utf-8')
    if START not in text or END not in text: sys.exit(f"{path} has no {START} ... {END} section: put the markers where the map goes.")
    a, b = text.index(START) + len(START), text.index(END)
    new = text[:a] + '\n' + table() + '\n' + text[b:]
    if new != text: path.write_text(new, encoding='utf-8')

if __name__ == '__main__': main()
