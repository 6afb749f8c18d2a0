"""Make every Colab install cell in nbs/ install the version its notebook belongs to.

The version has one owner, `__version__` in byol_course/__init__.py (pyproject.toml reads it from there), and so has the
repository, nbdev's `git_url` (from pyproject.toml). Every code cell that pip-installs `byol-course @ git+URL` gets
`@vVERSION` after the URL (or its old tag replaced), so a notebook opened from an old tag installs that tag, never newer
checks. A notebook is rewritten only when its install line changes; tools/check_sync.py runs this and fails when it did,
so `make test` catches a stale install line. The learner copies in exercises/ inherit the pin from their lessons."""
import re
from pathlib import Path
from fastcore.nbio import read_nb, write_nb

root = Path(__file__).resolve().parents[1]
# 'byol-course @ git+https://...', with or without '@ref' after the repository, as one Python string literal
_spec = re.compile(r"""(?P<q>['"])byol-course @ git\+https?://[^'"\s@{}]+(?:@[^'"\s]*)?(?P=q)""")

def version() -> str:
    "`__version__` of the package, read from its file (importing the package would need its dependencies)."
    src = (root/'byol_course'/'__init__.py').read_text(encoding='utf-8')
    return re.search(r'''^__version__\s*=\s*['"]([^'"]+)['"]''', src, re.MULTILINE)[1]

def install_spec(git_url:str, ver:str) -> str:
    "What pip installs on Colab: the package from the repository `git_url`, at the tag of version `ver`."
    return f"byol-course @ git+{git_url}@v{ver}"

def stamp(src:str, spec:str) -> str:
    "Cell source `src` with every install line pointing at `spec`."
    return _spec.sub(lambda m: f"{m['q']}{spec}{m['q']}", src)

def main() -> list:
    "Stamp every notebook in nbs/; the paths of those that changed."
    from nbdev.config import get_config
    spec = install_spec(get_config().git_url, version())
    changed = []
    for path in sorted((root/'nbs').glob('*.ipynb')):
        nb, hit = read_nb(path), False
        for c in nb.cells:
            if c.cell_type != 'code': continue
            new = stamp(c.source, spec)
            if new != c.source: c.set_source(new); hit = True
        if hit: write_nb(nb, path); changed.append(path)
    return changed

if __name__ == '__main__':
    for p in main(): print(f"stamped {p.relative_to(root)}")
