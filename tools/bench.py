"""Benchmarks behind the numbers quoted in the lessons: one EMA update (fused vs a Python loop) and one kNN evaluation.

Run: .venv/bin/python tools/bench.py   (prints timings and ratios; it asserts nothing, timings depend on the machine)"""
import time, torch
from byol_course.baseline import ResNet18
from byol_course.model import BYOL
from byol_course.ema import ema_update_
from byol_course.knn import knn_predict

def timed(f, n:int=30) -> float:
    f(); start = time.perf_counter()
    for _ in range(n): f()
    return (time.perf_counter() - start) / n

@torch.no_grad()
def ema_loop_(target, online, tau):
    for t, o in zip(target, online): t.mul_(tau).add_(o, alpha=1 - tau)

def main():
    dev = 'cuda' if torch.cuda.is_available() else 'cpu'
    print(f"device: {torch.cuda.get_device_name() if dev == 'cuda' else 'cpu'}, torch threads: {torch.get_num_threads()}")
    m = BYOL(ResNet18('cifar', 64)).to(dev)
    t, o = m.target_params(), m.online_params()
    sync = torch.cuda.synchronize if dev == 'cuda' else (lambda: None)
    fused = timed(lambda: (ema_update_(t, o, 0.99), sync()))
    loop = timed(lambda: (ema_loop_(t, o, 0.99), sync()))
    print(f"EMA update, ResNet-18 width 64 + projector ({len(t)} tensors, {sum(p.numel() for p in t) / 1e6:.1f}M parameters): "
          f"fused {fused * 1e3:.1f} ms, Python loop {loop * 1e3:.1f} ms, loop / fused = {loop / fused:.1f}x")
    for nb, nq, d in ((1438, 359, 64), (50_000, 10_000, 512)):
        bank, q, y = torch.randn(nb, d, device=dev), torch.randn(nq, d, device=dev), torch.randint(0, 10, (nb,), device=dev)
        secs = timed(lambda: (knn_predict(q, bank, y, 10), sync()), n=1 if nb > 10_000 else 10)
        print(f"kNN evaluation, bank {nb:,} x queries {nq:,} x {d} dims (k=200): {secs:.2f} s")

if __name__ == '__main__': main()
