"""What a checkpoint costs training, per epoch, at a preset's scale (appendix 16): its size, the copy training waits for,
and the write that goes on in the background, on this machine's disk and on a simulated slow one.

    python tools/checkpoint_cost.py                       # the colab preset's network and optimiser, 3 runs each
    python tools/checkpoint_cost.py --mbps 20 --dir /tmp  # the slow disk's speed (MB/s) and where to write

A slow disk (Google Drive mounted on Colab, a network share) is simulated by writing through a file object that sleeps
so that no more than `--mbps` megabytes a second get through; the time of a real mount is not measured here."""
import argparse, os, statistics, tempfile, time
from pathlib import Path
from unittest import mock
import torch
import byol_course.checkpoint as ck
from byol_course.backbone import encoder_for
from byol_course.model import BYOL
from byol_course.settings import get_settings
from byol_course.train import fused_adamw

class _Throttled:
    "A binary file that lets at most `mbps` MB a second through."
    def __init__(self, f, mbps): self.f, self.rate = f, mbps * 1e6
    def write(self, b):
        n = self.f.write(b); time.sleep(len(b) / self.rate); return n
    def __getattr__(self, name): return getattr(self.f, name)
    def __enter__(self): return self
    def __exit__(self, *exc): self.f.close()

def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    p.add_argument('--preset', default='colab'); p.add_argument('--mbps', type=float, default=20.)
    p.add_argument('--dir', default=None); p.add_argument('--runs', type=int, default=3)
    a = p.parse_args(argv)
    s = get_settings(preset=a.preset, device='cpu', amp='off')
    model = BYOL(encoder_for(32, s.width), s.hidden_dim, s.proj_dim)
    opt = fused_adamw([[q for q in model.parameters() if q.requires_grad]], lr=1e-3).opt
    for q in model.parameters(): q.grad = torch.zeros_like(q) if q.requires_grad else None
    opt.step()                                  # the optimiser's state exists, as after the first epoch
    state = dict(model=model.state_dict(), opt=opt.state_dict(), meta={}, scaler=None)
    folder = Path(tempfile.mkdtemp(dir=a.dir))
    def timed(f):
        ts = []
        for _ in range(a.runs): t = time.perf_counter(); f(); ts.append(time.perf_counter() - t)
        return statistics.median(ts), min(ts), max(ts)
    snap = timed(lambda: ck._snapshot(state))
    disk = timed(lambda: ck._save_atomic(state, folder/'c.pth'))
    mb = (folder/'c.pth').stat().st_size / 1e6
    fdopen = os.fdopen
    def slow_fdopen(fd, mode='r', **kw):
        f = fdopen(fd, mode, **kw)
        return _Throttled(f, a.mbps) if 'b' in mode else f
    with mock.patch('os.fdopen', slow_fdopen): slow = timed(lambda: ck._save_atomic(state, folder/'s.pth'))
    fmt = lambda m: f"{m[0]:.2f} s (runs: {m[1]:.2f}-{m[2]:.2f})"
    print(f"{a.preset} preset: checkpoint {mb:.0f} MB (model, target and optimiser state)")
    print(f"  copy that training waits for (snapshot to CPU memory): {fmt(snap)}")
    print(f"  write, this machine's disk, with fsync:                {fmt(disk)}  ({mb / disk[0]:.0f} MB/s)")
    print(f"  write, a simulated {a.mbps:g} MB/s disk:                  {fmt(slow)}")
    print("  training waits for a write only when it takes longer than an epoch (the next checkpoint waits for it)")

if __name__ == '__main__': main()
