"""Measure reading a folder of camera photos: the old reader against `readers.read_images` (first read, cached read),
and, with --big, one BYOL epoch from a cache larger than the memory the training process may use.

Default: 60 camera-sized JPEGs (4000x3000, quality 90; `readers.sample_photos`) in a temporary folder; per-image times
at 32 and 96 px, the median of 3 runs each, for the reader as it was before the cache (copied below: full-size decode, one
process), the first read (draft mode, one process per core, written to a cache) and the cached read. The targets: a
first read at most 1/5 of the old time, a cached read under 2% of it.

--big: a folder of hard links to a few hundred distinct photos, read at 224 px into a cache of --cache-gb, then a child
process that limits its private memory to --limit-gb (RLIMIT_DATA: anonymous and private writable memory; a read-only
file mapping does not count, and its pages are the page cache's, which the kernel may drop), loads the cache and trains
one BYOL epoch (ResNet-18 of width 4 on 16 px views). It prints the limit, the cache's size, the peak RSS (with the
cache's pages) and the peak private RSS, the epoch's time, and what a private copy of the cache and RLIMIT_AS do.
Usage: OMP_NUM_THREADS=1 python tools/read_bench.py [--runs 3] [--big [--limit-gb 1.5 --cache-gb 2]]
"""
import argparse, json, os, resource, shutil, statistics, subprocess, sys, tempfile, time
from pathlib import Path

def old_read_images(files:list, size:int):
    "The reader before the cache, as it was (readers.read_images up to commit c3b8c19), less its progress bar."
    import numpy as np, torch
    from PIL import Image
    out = torch.empty(len(files), 3, size, size, dtype=torch.uint8)
    for i, f in enumerate(files):
        with Image.open(f) as im: im = im.convert('RGB')
        w, h = im.size; r = size / min(w, h)
        im = im.resize((max(size, round(w * r)), max(size, round(h * r))), Image.BICUBIC)
        l, t = (im.size[0] - size) // 2, (im.size[1] - size) // 2
        out[i] = torch.from_numpy(np.array(im.crop((l, t, l + size, t + size)))).permute(2, 0, 1)
    return out

def per_image_ms(f, n:int, runs:int, setup=lambda r: None) -> float:
    "Median over `runs` of `f(run)`'s time per image, in ms (`setup(run)` first, untimed)."
    times = []
    for r in range(runs):
        setup(r)
        t = time.perf_counter(); f(r); times.append(time.perf_counter() - t)
    return 1000 * statistics.median(times) / n

def speed(args, tmp:Path):
    from byol_course.readers import sample_photos, read_images, read_counts
    t = time.perf_counter()
    photos = sample_photos(tmp/'photos', args.n)
    print(f"{args.n} photos of 4000x3000, JPEG quality 90, {sum(p.stat().st_size for p in photos) / args.n / 1e6:.1f} MB each "
          f"(made in {time.perf_counter() - t:.0f} s); {len(os.sched_getaffinity(0))} cores; median of {args.runs} runs")
    print(f"{'size':>5} {'old ms/img':>11} {'first ms/img':>13} {'cached ms/img':>14} {'first/old':>10} {'cached/old':>11}")
    for size in (32, 96):
        old = per_image_ms(lambda r: old_read_images(photos, size), args.n, args.runs)
        first = per_image_ms(lambda r: read_images(photos, size, progress=False, cache=tmp/f'cache-{size}-{r}'), args.n, args.runs)
        decoded = read_counts['decoded']
        cached = per_image_ms(lambda r: read_images(photos, size, progress=False, cache=tmp/f'cache-{size}-0'), args.n, args.runs)
        assert read_counts['decoded'] == decoded, "a cached read decoded images"
        print(f"{size:>5} {old:>11.1f} {first:>13.1f} {cached:>14.3f} {first / old:>10.3f} {cached / old:>11.5f}")
    print("targets: first/old <= 0.2, cached/old < 0.02")

def _status() -> dict:
    "This process's memory from /proc/self/status, in bytes."
    out = {}
    for line in Path('/proc/self/status').read_text().splitlines():
        k, _, v = line.partition(':')
        if k in ('VmData', 'VmRSS', 'RssAnon', 'RssFile', 'VmHWM'): out[k] = int(v.split()[0]) * 1024
    return out

def big(args, tmp:Path):
    "Make the folder and its cache (this process), then train one epoch from it in a child limited to --limit-gb."
    from byol_course.readers import sample_photos, read_images
    size, limit = 224, int(args.limit_gb * 2**30)
    n = int(args.cache_gb * 2**30) // (3 * size * size) + 1
    distinct = sample_photos(tmp/'distinct', 300, size=(1024, 768))
    folder = tmp/'photos'; folder.mkdir()
    files = [folder/f'{i:06d}.jpg' for i in range(n)]
    for i, f in enumerate(files): os.link(distinct[i % len(distinct)], f)
    t = time.perf_counter()
    x = read_images(files, size, cache=tmp/'cache')
    print(f"{n:,} photos (hard links to {len(distinct)} of 1024x768) decoded at {size} px in {time.perf_counter() - t:.0f} s "
          f"into a cache of {x.numel() / 2**30:.2f} GiB; the child may use {limit / 2**30:.2f} GiB of private memory")
    del x
    cache = next((tmp/'cache').glob('*.npy'))
    # RLIMIT_AS for comparison: it counts address space, a read-only file mapping included
    probe = ("import resource, numpy as np, sys; resource.setrlimit(resource.RLIMIT_AS, (int(sys.argv[2]), resource.RLIM_INFINITY))\n"
             "try: np.load(sys.argv[1], mmap_mode='r'); print('maps')\nexcept (OSError, MemoryError, ValueError) as e: print(type(e).__name__, e)")
    r = subprocess.run([sys.executable, '-c', probe, str(cache), str(limit)], capture_output=True, text=True)
    print(f"RLIMIT_AS at the same limit, mapping the cache alone: {r.stdout.strip() or r.stderr.strip().splitlines()[-1]}")
    r = subprocess.run([sys.executable, __file__, '--child', str(folder), str(tmp/'cache'), str(limit)], capture_output=True, text=True)
    if r.returncode: sys.exit(f"the child failed:\n{r.stderr[-3000:]}")
    res = json.loads(r.stdout.strip().splitlines()[-1])
    gib = lambda b: f"{b / 2**30:.2f} GiB"
    print(f"limit (RLIMIT_DATA)         {gib(limit)}  (private memory in use when it was set: {gib(res['data_at_limit'])})")
    print(f"cache file                  {gib(cache.stat().st_size)}  ({res['images']:,} images, {size} px; decoded by the child: {res['decoded']})")
    print(f"a private copy of the cache {res['copy']}")
    print(f"peak RSS (getrusage)        {gib(res['maxrss'])}  (counts the cache's pages it touched: page cache, dropped under pressure)")
    print(f"peak private RSS (RssAnon)  {gib(res['anon_peak'])}  (sampled after every batch)")
    print(f"one BYOL epoch              {res['seconds']:.1f} s, {res['steps']} steps of {res['bs']}, loss {res['loss']:.3f}")

def child(folder, cache, limit):
    "Limit private memory to `limit` bytes, then load the cache and train one BYOL epoch; print the figures as JSON."
    import warnings
    import numpy as np, torch
    from fastai.callback.core import Callback
    from fastai.learner import Learner
    from byol_course.readers import images_in, read_images, read_counts
    from byol_course.data import channel_stats
    from byol_course.loaders import ssl_dls
    from byol_course.batch_views import byol_views
    from byol_course.backbone import encoder_for
    from byol_course.model import BYOL
    from byol_course.loss import byol_loss_func
    from byol_course.ema import EMACallback
    from byol_course.train import fused_adamw, _online_splitter
    torch.set_num_threads(1)
    res = dict(data_at_limit=_status()['VmData'])
    resource.setrlimit(resource.RLIMIT_DATA, (limit, resource.RLIM_INFINITY))
    x = read_images(images_in(Path(folder)), 224, progress=False, cache=cache)
    res.update(images=len(x), decoded=read_counts['decoded'])
    try: np.ones(x.numel(), np.uint8); res['copy'] = 'fits?!'
    except MemoryError as e: res['copy'] = f"fails: MemoryError ({e})"
    peak = [0]
    class Sample(Callback):
        def after_batch(self): peak[0] = max(peak[0], _status()['RssAnon'])
    stats = channel_stats(x[:2048])
    dls = ssl_dls(x, stats, *byol_views(16), bs=256, device='cpu')
    learn = Learner(dls, BYOL(encoder_for(16, 4), 64, 32), loss_func=byol_loss_func, opt_func=fused_adamw, lr=1e-3,
                    splitter=_online_splitter, cbs=[EMACallback(0.99, 0.99), Sample()])
    t = time.perf_counter()
    with learn.no_bar(), learn.no_logging(), warnings.catch_warnings():
        warnings.simplefilter('ignore')          # fastai: the empty validation loader
        learn.fit(1)
    res.update(seconds=time.perf_counter() - t, steps=len(dls.train), bs=dls.train.bs, loss=float(learn.recorder.losses[-1]),
               maxrss=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024, anon_peak=peak[0])
    print(json.dumps(res))

if __name__ == '__main__':
    if sys.argv[1:2] == ['--child']: child(sys.argv[2], sys.argv[3], int(sys.argv[4])); sys.exit()
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--n', type=int, default=60, help='photos (default: 60)')
    ap.add_argument('--runs', type=int, default=3, help='runs per figure; the median is printed (default: 3)')
    ap.add_argument('--big', action='store_true', help='train one epoch from a cache larger than the memory allowed')
    ap.add_argument('--limit-gb', type=float, default=1.5, help='private memory of the training process, GiB (default: 1.5)')
    ap.add_argument('--cache-gb', type=float, default=2.0, help='size of the cache, GiB (default: 2)')
    args = ap.parse_args()
    from byol_course.settings import bars_only_when_interactive
    bars_only_when_interactive()          # a progress bar in a terminal, none in a log
    tmp = Path(tempfile.mkdtemp(prefix='read_bench_'))
    try: big(args, tmp) if args.big else speed(args, tmp)
    finally: shutil.rmtree(tmp, ignore_errors=True)
