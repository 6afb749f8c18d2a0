"""Write README.md from nbs/index.ipynb: markdown cells as they are, visible code cells as Python blocks.

nbdev's own `nbdev-readme` needs Quarto, which not every contributor machine has; this keeps README.md in
step with the index notebook everywhere, and `make test` checks that it is."""
import json, re
from pathlib import Path

root = Path(__file__).resolve().parents[1]
_directive = re.compile(r'^\s*#\s*\|\s*(\w+)')

def render(nb_path: Path) -> str:
    out = []
    for cell in json.loads(nb_path.read_text(encoding='utf-8'))['cells']:
        src = ''.join(cell['source']).strip('\n')
        lines = src.split('\n')
        directives = {m.group(1) for m in map(_directive.match, lines) if m}
        if not src or 'hide' in directives: continue
        if cell['cell_type'] == 'markdown': out.append(src)
        elif cell['cell_type'] == 'code':
            code = '\n'.join(l for l in lines if not _directive.match(l)).strip('\n')
            if code: out.append(f'```python\n{code}\n```')
    return '\n\n'.join(out) + '\n'

if __name__ == '__main__':
    target = root/'README.md'
    text = '<!-- Generated from nbs/index.ipynb by tools/make_readme.py: edit the notebook, not this file. -->\n\n' + render(root/'nbs'/'index.ipynb')
    if not target.exists() or target.read_text(encoding='utf-8') != text: target.write_text(text, encoding='utf-8')
