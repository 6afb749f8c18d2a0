"""How long each notebook takes to read, by track (nbs/sidebar.yml), and whether the course keeps to its targets.

Reading time = prose at 150-200 words a minute + visible code at 6-10 lines a minute; running time is not counted. Cells
marked `#| hide` are not read (they run in `make test` only); `#|` directive lines and blank lines are not code to read.
The slower end (150 words, 6 lines a minute) is the one the targets use: each course lesson at most 30 minutes, the whole
course at most 3 hours.

    python tools/reading_time.py             # the table, by track
    python tools/reading_time.py --check     # also exit 1 if a target is missed, 2 if nbs/sidebar.yml is wrong
    python tools/reading_time.py --stamp     # write each notebook's time into the tables of nbs/index.ipynb (the README's)
"""
import argparse, json, re, sys
from pathlib import Path
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORDS, LINES = (150, 200), (6, 10)          # per minute: slow, fast
LESSON_MAX, COURSE_MAX = 30, 180            # minutes, at the slow end

def tracks(nbs=ROOT/'nbs') -> dict:
    "{track title: [notebook file names]} from sidebar.yml; exits 2 with one line if it misses a notebook, repeats one or breaks file order."
    items = yaml.safe_load((nbs/'sidebar.yml').read_text())['website']['sidebar']['contents']
    res = {i['section']: list(i['contents']) for i in items if isinstance(i, dict)}
    listed = [n for ns in res.values() for n in ns]
    files = sorted(p.name for p in nbs.glob('[0-9]*.ipynb'))
    missing, extra = sorted(set(files) - set(listed)), sorted(set(listed) - set(files))
    problems = ([f"not listed: {', '.join(missing)}"] if missing else []) + ([f"no such notebook: {', '.join(extra)}"] if extra else [])
    if len(listed) != len(set(listed)): problems.append("a notebook is listed twice")
    if not problems and listed != files: problems.append("the order is not the file order (a notebook's number is its place in the reading order)")
    if problems: sys.exit(f"nbs/sidebar.yml: {'; '.join(problems)}. Fix the sidebar or the file names.")
    return res

def _hidden(src:str) -> bool: return bool(re.search(r'^#\|\s*hide\s*$', src, re.M))

def counts(path:Path) -> tuple:
    "(prose words, visible code lines) of a notebook."
    words = lines = 0
    for c in json.loads(path.read_text(encoding='utf-8'))['cells']:
        src = ''.join(c['source'])
        if _hidden(src): continue
        if c['cell_type'] == 'markdown': words += len(re.findall(r"[\w'’-]+", src))
        elif c['cell_type'] == 'code': lines += sum(1 for l in src.splitlines() if l.strip() and not l.lstrip().startswith('#|'))
    return words, lines

def minutes(words:int, lines:int) -> tuple:
    "(fast, slow) reading minutes."
    return words / WORDS[1] + lines / LINES[1], words / WORDS[0] + lines / LINES[0]

def table(nbs=ROOT/'nbs') -> list:
    "One row per notebook: track, name, words, code lines, fast and slow minutes."
    return [(track, name, *wl, *minutes(*wl)) for track, names in tracks(nbs).items() for name in names for wl in [counts(nbs/name)]]

def misses(rows:list, course:str='The course') -> list:
    "The targets the course misses, one line each."
    mine = [r for r in rows if r[0] == course]
    out = [f"{r[1]}: {r[5]:.0f} min to read, over the {LESSON_MAX} min a course lesson may take" for r in mine if r[5] > LESSON_MAX]
    total = sum(r[5] for r in mine)
    if total > COURSE_MAX: out.append(f"the course: {total / 60:.1f} h to read, over the {COURSE_MAX / 60:.0f} h it may take")
    return out

def stamp(rows:list, index:Path=ROOT/'nbs'/'index.ipynb') -> bool:
    "Write each notebook's reading time into its row of the tables in `index` (the row that links the notebook); whether it changed."
    nb = json.loads(index.read_text(encoding='utf-8'))
    times = {name: f"{fast:.0f}-{slow:.0f} min" for _, name, *_, fast, slow in rows}
    def row(line):
        m = re.match(r'\| [^|]* \| \[[^]]*\]\(nbs/([\w.]+)\)', line)
        return re.sub(r'\| \d+(-\d+)? min \|', f'| {times[m.group(1)]} |', line, count=1) if m and m.group(1) in times else line
    changed = False
    for c in nb['cells']:
        if c['cell_type'] != 'markdown': continue
        new = [row(l) for l in c['source']]
        if new != c['source']: c['source'], changed = new, True
    if changed: index.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + '\n', encoding='utf-8')
    return changed

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--check', action='store_true', help='exit 1 if a course lesson or the course is over its target')
    ap.add_argument('--stamp', action='store_true', help="write the times into nbs/index.ipynb's tables (tools/check_sync.py does)")
    a = ap.parse_args(argv)
    rows = table()
    if a.stamp: return stamp(rows)
    for track in dict.fromkeys(r[0] for r in rows):
        mine = [r for r in rows if r[0] == track]
        print(f"\n{track}: {sum(r[4] for r in mine) / 60:.1f}-{sum(r[5] for r in mine) / 60:.1f} h")
        for _, name, w, l, fast, slow in mine: print(f"  {name:28} {w:6,} words {l:5,} code lines  {fast:4.0f}-{slow:3.0f} min")
    bad = misses(rows)
    if bad: print('\nOver target:\n  ' + '\n  '.join(bad), file=sys.stderr)
    if a.check and bad: sys.exit(1)

if __name__ == '__main__': main()
