"""Make every Colab install cell in nbs/ install the version its notebook belongs to.

Every code cell that pip-installs `byol-course @ git+URL` gets the package's `install_spec` (lesson 91): the repository
from nbdev's `git_url` at the tag of `byol_course.__version__`, the version's one owner (pyproject.toml reads it from
there too). So a notebook opened from an old tag installs that tag, never newer checks. A notebook is rewritten only when
its install line changes; tools/check_sync.py runs this first and fails when it did, so `make test` catches a stale
install line. The learner copies in exercises/ install the same `install_spec`."""
import re, sys
from pathlib import Path
from fastcore.nbio import read_nb, write_nb

root = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(root))                          # this checkout's package, whatever is installed
from byol_course.exercises import install_spec        # noqa: E402

# 'byol-course @ git+https://...', with or without '@ref' after the repository, as one Python string literal
_spec = re.compile(r"""(?P<q>['"])byol-course @ git\+https?://[^'"\s@{}]+(?:@[^'"\s]*)?(?P=q)""")

def stamp(src:str, spec:str) -> str:
    "Cell source `src` with every install line pointing at `spec`."
    return _spec.sub(lambda m: f"{m['q']}{spec}{m['q']}", src)

def main() -> list:
    "Stamp every notebook in nbs/; the paths of those that changed."
    from nbdev.config import get_config
    spec = install_spec(get_config().git_url)
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
