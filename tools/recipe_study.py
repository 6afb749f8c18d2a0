"""The five-seed study behind lessons 02, 05 and 11: the course's pre-training recipe on the digits against the recipe it
replaced, other tau schedules, byol-pytorch and the untrained encoder; writes nbs/results/digits_recipes.json.

    python tools/recipe_study.py [--seeds 0,1,2,3,4] [--jobs 2]      # about 50 minutes on 2 CPU cores

Each run gets one thread (two runs side by side on two cores), the same budget (the `tiny` settings: 80 epochs, 880
optimiser steps) and the same evaluation (`byol_course.compare.quality`)."""
import argparse, json, platform, sys, time
from datetime import datetime, timezone
from pathlib import Path
import torch
from byol_course.compare import PEER, RANDOM, compare, compare_table
from byol_course.settings import get_settings

RECIPES = {'course': {},                                                    # the tiny settings: tau 0.98 constant
           'course, views as one batch': dict(one_batch=True),            # BatchNorm over both views, as byol-pytorch
           'tau 0.99 constant': dict(tau_base=0.99, tau_end=0.99),
           'tau 0.996 constant': dict(tau_base=0.996, tau_end=0.996),
           'paper tau (0.996 → 1)': dict(tau_base=0.996, tau_end=1.0),
           'before (crops from 30%, tau → 1)': dict(tau_base=0.996, tau_end=1.0, views=dict(flip_p=0.0, crop_scale=(0.3, 1.0))),
           PEER: {}, RANDOM: {}}

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--seeds', default='0,1,2,3,4'); p.add_argument('--jobs', type=int, default=2)
    p.add_argument('--out', default=str(Path(__file__).parent.parent/'nbs'/'results'/'digits_recipes.json'))
    a = p.parse_args()
    start = time.time()
    recs = compare(RECIPES, tuple(int(s) for s in a.seeds.split(',')), a.jobs)
    s = get_settings()
    Path(a.out).write_text(json.dumps(dict(
        created=datetime.now(timezone.utc).isoformat(timespec='seconds'), command='python tools/recipe_study.py ' + ' '.join(sys.argv[1:]),
        machine=f"{platform.processor() or platform.machine()}, {torch.get_num_threads()} threads available, {a.jobs} runs at a time",
        torch=torch.__version__, settings=dict(ssl_epochs=s.ssl_epochs, ssl_bs=s.ssl_bs, ssl_lr=s.ssl_lr, width=s.width),
        recipes={k: str(v) for k, v in RECIPES.items()}, minutes=round((time.time() - start) / 60, 1), records=recs), indent=1))
    print(compare_table(recs).to_string())
    print(f"Written: {a.out}")
