"""Fail when the committed files are not what the notebooks produce.

Stamps the version into the Colab install cells (tools/stamp_version.py) and the reading times into the README's tables
(tools/reading_time.py), runs nbdev-export, nbdev-clean, the README generator
the figure of BYOL (tools/make_figure.py), the module map in CONTRIBUTING.md (tools/module_map.py) and the exercise generator, then compares the tree with a snapshot taken before.
Anything that changed is listed: commit those changes (they are now in your working tree)."""
import filecmp, shutil, subprocess, sys, tempfile
from pathlib import Path

root = Path(__file__).resolve().parents[1]
watched = ['nbs', 'byol_course', 'README.md', 'CONTRIBUTING.md', 'exercises']
bin_dir = Path(sys.executable).parent
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
        steps = [[sys.executable, str(root/'tools'/'stamp_version.py')], [sys.executable, str(root/'tools'/'reading_time.py'), '--stamp'], [str(bin_dir/'nbdev-export')], [str(bin_dir/'nbdev-clean')],
                 [sys.executable, str(root/'tools'/'make_readme.py')], [sys.executable, str(root/'tools'/'make_figure.py')], [sys.executable, str(root/'tools'/'module_map.py')],
                 [sys.executable, '-c', 'from byol_course.exercises import make_exercises; make_exercises()']]
        for cmd in steps: subprocess.run(cmd, cwd=root, check=True)
        snapshot(after)
        diffs = changed(before, after)
    if diffs:
        print("Out of sync: tools/stamp_version.py / nbdev-export / nbdev-clean / tools/make_readme.py / tools/make_figure.py / make_exercises changed these files:")
        for d in diffs: print('  ' + d)
        print("They are updated in your working tree now: review and commit them.")
        sys.exit(1)
    print("In sync: the package, clean notebooks (install cells at this version), README.md, the figure of BYOL and exercises/ match the notebooks.")

if __name__ == '__main__': main()
