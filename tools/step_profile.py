"""Where a BYOL training step spends its time: our model step against byol-pytorch's, operator by operator (lesson 19).

Profiles both steps of `byol-course bench` (the tiny preset by default) with `torch.profiler` on the CPU, at each thread
count asked for, and prints every operator's self time and calls per step in each, sorted by the difference: the operators
that make one step slower than the other come first.

    python tools/step_profile.py                    # 1 and 2 threads, 20 profiled steps each
    python tools/step_profile.py --threads 2 --top 25
"""
from __future__ import annotations
import argparse, collections, sys
import torch
from torch.profiler import profile, ProfilerActivity


def op_times(step, steps:int) -> tuple[dict, float]:
    "Self CPU milliseconds and calls per step of each operator over `steps` calls of `step` (after 3 unprofiled ones), and their total per step."
    for _ in range(3): step()
    with profile(activities=[ProfilerActivity.CPU]) as prof:
        for _ in range(steps): step()
    ms, calls = collections.Counter(), collections.Counter()
    for e in prof.key_averages():
        ms[e.key] += e.self_cpu_time_total / 1e3 / steps
        calls[e.key] += e.count / steps
    return {k: (ms[k], calls[k]) for k in ms}, sum(ms.values())


def compare(threads:int, steps:int, top:int, full:bool=False) -> list:
    "The table for one thread count: operator, our ms and calls per step, byol-pytorch's, the difference."
    torch.set_num_threads(threads)
    from byol_course.bench import compared_steps, pin_allocator
    from byol_course.settings import get_settings
    s = get_settings(preset='colab' if full else 'tiny', device='cpu')
    fns = compared_steps(s)          # the steps the bench's verdict times
    pin_allocator()                  # as the bench does: no page faults from memory handed back to the system
    ours, ours_ms = op_times(fns['model'], steps)
    peer, peer_ms = op_times(fns['peer'], steps)
    rows = [(k, *ours.get(k, (0., 0.)), *peer.get(k, (0., 0.))) for k in set(ours) | set(peer)]
    rows.sort(key=lambda r: -abs(r[1] - r[3]))
    print(f"\n{threads} thread(s), torch {torch.__version__}, {s.preset} preset (width {s.width}, batch {s.ssl_bs}): "
          f"self CPU time per step, ours {ours_ms:.1f} ms, byol-pytorch {peer_ms:.1f} ms ({ours_ms / peer_ms:.2f}x)")
    print(f"{'operator':<44} {'ours ms':>8} {'calls':>6} {'peer ms':>8} {'calls':>6} {'ours-peer':>9}")
    for k, a, ac, b, bc in rows[:top]:
        print(f"{k[:44]:<44} {a:8.2f} {ac:6.0f} {b:8.2f} {bc:6.0f} {a - b:+9.2f}")
    return rows


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--threads', default='1,2', help='thread counts, comma-separated (default: 1,2)')
    p.add_argument('--steps', type=int, default=20, help='profiled steps of each (default: 20)')
    p.add_argument('--top', type=int, default=20, help='operators shown, largest difference first (default: 20)')
    p.add_argument('--full', action='store_true', help='the colab preset (width 64, batch 256): slow on a CPU')
    a = p.parse_args(argv)
    for t in (int(x) for x in a.threads.split(',')): compare(t, a.steps, a.top, a.full)
    return 0


if __name__ == '__main__': sys.exit(main())
