"""Fail when the committed files are not what the notebooks produce.

Runs every generator in `STEPS` (each rewrites what it owns: the Colab install cells, the README's reading times, the
package, clean notebooks, README.md, the figure of BYOL, CONTRIBUTING.md's module map, exercises/), then compares the
tree with a snapshot taken before. Anything that changed is listed: commit those changes (they are now in your working tree)."""
import filecmp, shutil, subprocess, sys, tempfile
from pathlib import Path

root = Path(__file__).resolve().parents[1]
watched = ['nbs', 'byol_course', 'README.md', 'CONTRIBUTING.md', 'exercises']
bin_dir = Path(sys.executable).parent
tool = lambda name, *args: (f'tools/{name}', [sys.executable, str(root/'tools'/name), *args])
STEPS = [tool('stamp_version.py'), tool('reading_time.py', '--stamp'), ('nbdev-export', [str(bin_dir/'nbdev-export')]),
         ('nbdev-clean', [str(bin_dir/'nbdev-clean')]), tool('make_readme.py'), tool('make_figure.py'), tool('module_map.py'),
         ('make_exercises', [sys.executable, '-c', 'from byol_course.exercises import make_exercises; make_exercises()'])]
ignore = shutil.ignore_patterns('__pycache__', '.ipynb_checkpoints', '*.pyc', '_proc', '.quarto')

def snapshot(dst: Path):
    for p in watched:
        src = root/p
        if src.is_dir(): shutil.copytree(src, dst/p, ignore=ignore)
        elif src.exists(): shutil.copy2(src, dst/p)

def changed(a: Path, b: Path, rel='') -> list:
    cmp = filecmp.dircmp(a, b, ignore=['__pycache__', '.ipynb_checkpoints', '_proc', '.quarto'])
    res = [f'{rel}{n} (removed)' for n in cmp.left_only] + [f'{rel}{n} (new)' for n in cmp.right_only]
    res += [f'{rel}{n}' for n in cmp.diff_files]
    for n in cmp.funny_files: res.append(f'{rel}{n}')
    for d in cmp.common_dirs: res += changed(a/d, b/d, f'{rel}{d}/')
    return res

def main():
    with tempfile.TemporaryDirectory() as tmp:
        before, after = Path(tmp)/'before', Path(tmp)/'after'
        before.mkdir(); after.mkdir()
        snapshot(before)
        for _, cmd in STEPS: subprocess.run(cmd, cwd=root, check=True)
        snapshot(after)
        diffs = changed(before, after)
    if diffs:
        print(f"Out of sync: {' / '.join(name for name, _ in STEPS)} changed these files:")
        for d in diffs: print('  ' + d)
        print("They are updated in your working tree now: review and commit them.")
        sys.exit(1)
    print(f"In sync: {', '.join(watched)} are what {' / '.join(name for name, _ in STEPS)} make of the notebooks.")

if __name__ == '__main__': main()
