"""Write nbs/images/byol.png, the figure of BYOL that the README and the index show, from `byol_course.model.byol_figure`.

The PNG records a hash of the code and tables that draw it (`figure_fingerprint`), and is rewritten only when they change:
tools/check_sync.py runs this, so `make test` fails on a figure that is not what the code draws (as it does on a stale
README), while matplotlib versions that rasterise a little differently leave it alone."""
from pathlib import Path
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
from PIL import Image
from byol_course.model import byol_figure, figure_fingerprint

PATH = Path(__file__).resolve().parents[1]/'nbs'/'images'/'byol.png'
KEY = 'byol_course figure'

def main():
    want = figure_fingerprint()
    if PATH.exists() and Image.open(PATH).info.get(KEY) == want: return
    fig = byol_figure()
    fig.savefig(PATH, dpi=120, bbox_inches='tight', metadata={KEY: want, 'Software': None})
    plt.close(fig)
    print(f"Wrote {PATH} (figure {want})")

if __name__ == '__main__': main()
