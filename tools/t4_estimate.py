"""Estimated minutes per lesson on a free Colab T4 at the `colab` and `paper` presets, from counted FLOPs (no GPU measured).

Method:
1. F = forward FLOPs of one 32x32 image through `encoder_for(32, width)` (ResNet-18, CIFAR stem), counted on the CPU
   with `torch.utils.flop_counter.FlopCounterMode` (a multiply-add counts 2), and likewise H = the projector + predictor.
2. Training an image costs about 3x its forward (forward + backward); extracting features (validation, kNN, probes) 1x.
   A BYOL image: two views through the online network, trained (2 x 3(F+H)), and the target encoder + projector, forward
   only (2 x (F+H_proj)): about 8F.
3. Each lesson's images are counted from the preset (functions below), so the estimate follows `PRESETS`.
   Small costs are left out: BatchNorm, the losses, the kNN similarity search, training linear heads on stored features.
4. Minutes = FLOPs / an assumed effective throughput of 6 (high estimate) to 8 (low) TFLOP/s: about 9-12% of the T4's
   65 TFLOP/s fp16 tensor-core peak, which a small-image ResNet with BatchNorm, augmentation on the fly and a GPU shared
   with data loading rarely beats. An estimate, not a measurement: `tools/gpu_check.py` measures on a real card.

Usage:  python tools/t4_estimate.py [--json FILE]
"""
import argparse, json
import torch
from torch.utils.flop_counter import FlopCounterMode
from byol_course.settings import get_settings
from byol_course.backbone import encoder_for
from byol_course.model import BYOL

N_TRAIN, N_TEST = 50_000, 10_000          # CIFAR-10
RATES = (8e12, 6e12)                      # assumed effective FLOP/s on a T4: (fast, slow) -> (low, high) minutes

def count(f, *args) -> float:
    "FLOPs of `f(*args)` (forward only), counted without gradients."
    with torch.no_grad(), FlopCounterMode(display=False) as fc: f(*args)
    return fc.get_total_flops()

def costs(s, n:int=8) -> dict:
    "Per-image FLOPs at settings `s`: F (encoder forward), the heads, one BYOL training image."
    m = BYOL(encoder_for(32, s.width), s.hidden_dim, s.proj_dim).eval()   # eval: BatchNorm1d needs no batch statistics
    x = torch.randn(n, 3, 32, 32)
    F = count(m.encoder, x) / n
    feats = torch.randn(n, m.encoder.out_dim)
    proj = count(m.projector, feats) / n
    pred = count(m.predictor, torch.randn(n, s.proj_dim)) / n
    byol = 2 * 3 * (F + proj + pred) + 2 * (F + proj)     # online views trained, target views forward only
    return dict(F=F, proj=proj, pred=pred, byol=byol)

# ---- the work of each lesson, in FLOPs, as functions of the settings `s` and the per-image costs `c` ----
def epoch_images(s, f): return max(f * N_TRAIN, s.min_epoch)      # a small label fraction still gets `min_epoch` images an epoch

def supervised(s, c, f, epochs):
    "A supervised run on fraction `f`: `epochs` epochs trained (3F an image), each followed by validation on the test set."
    return epochs * (epoch_images(s, f) * 3 * c['F'] + N_TEST * c['F'])

def lesson01(s, c):
    return sum(supervised(s, c, f, s.epochs) for f in s.fracs)

def knn_checks(s):
    "How often the kNN monitor runs: every `knn_every` epochs and after the last (as `KNNMonitor` does)."
    return sum(1 for e in range(s.ssl_epochs) if (e + 1) % s.knn_every == 0 or e + 1 == s.ssl_epochs)

def lesson07(s, c):
    train = s.ssl_epochs * N_TRAIN * c['byol']
    monitor = knn_checks(s) * ((s.knn_bank or N_TRAIN) + N_TEST) * c['F']
    # at the end, for BYOL's and a random encoder: kNN (train + test extracted) and a linear probe (extracted again),
    # then 4 kNN evaluations for the bank-size experiment
    final = (2 * 2 + 4) * (N_TRAIN + N_TEST) * c['F']
    return train + monitor + final

def lesson08(s, c):
    finetune = sum(supervised(s, c, f, s.epochs + 1) for f in s.fracs)
    probes = 2 * len(s.fracs) * (N_TRAIN + N_TEST) * c['F']     # 2 encoders x each fraction, features extracted anew
    knn = 2 * (N_TRAIN + N_TEST) * c['F']                       # t-SNE: a few thousand points, negligible
    return finetune + probes + knn

def minutes(flops) -> tuple: return tuple(flops / r / 60 for r in RATES)      # (low, high)

def fmt(mm) -> str:
    "Minutes `(low, high)` rounded for reading: '< 1', '12-16', or to 5 minutes above 100."
    def r(m): return round(m / 5) * 5 if m >= 100 else round(m)
    lo, hi = mm
    if hi < 1: return '< 1'
    if lo < 1: return f'< 1-{r(hi)}'
    return f'{r(lo)}' if r(lo) == r(hi) else f'{r(lo)}-{r(hi)}'

def estimate(presets=('colab', 'paper')) -> dict:
    "FLOPs and minutes of each lesson at each preset."
    out = {}
    for p in presets:
        s = get_settings(preset=p, device='cpu')
        c = costs(s)
        l01, l07, l08 = lesson01(s, c), lesson07(s, c), lesson08(s, c)
        flops = {'01': l01, '07': l07, '08': l08, '08 standalone': l08 + l01 + l07, 'total': l01 + l07 + l08}
        out[p] = dict(costs=c, knn_checks=knn_checks(s), flops=flops, minutes={k: minutes(v) for k, v in flops.items()})
    return out

ROWS = [('01', '01 baseline', 'supervised ResNet-18 at 3 label fractions, validated each epoch'),
        ('07', '07 pretrain', 'BYOL pre-training, kNN monitor, final kNN + linear probes, bank-size kNN'),
        ('08', '08 evaluation', 'fine-tuning at 3 fractions, linear probes, kNN (reusing 01 and 07)'),
        ('08 standalone', '08 evaluation, standalone', 'the same, plus 01 and 07 trained first')]
SMALL = '06 collapse, 09 cli, 10 bench, 11 compare, all others'

def table(est) -> str:
    ps = list(est)
    lines = ['| lesson | what it runs | ' + ' | '.join(f'{p} (min, low-high)' for p in ps) + ' |',
             '|---|---|' + '---|' * len(ps)]
    for key, name, what in ROWS:
        lines.append(f'| {name} | {what} | ' + ' | '.join(fmt(est[p]['minutes'][key]) for p in ps) + ' |')
    lines.append(f'| {SMALL} | fixed small runs on the digits | ' + ' | '.join('under 1 min' for _ in ps) + ' |')
    tot = ', '.join(f"{p} {fmt(est[p]['minutes']['total'])} min (about {est[p]['minutes']['total'][0]/60:.1f}-"
                    f"{est[p]['minutes']['total'][1]/60:.1f} h)" for p in ps)
    c = est[ps[0]]['costs']
    ips = ' and '.join(f"{r/c['byol']:,.0f} BYOL images/s at {r/1e12:.0f} TFLOP/s" for r in RATES)
    return '\n'.join(lines + [
        '', f'Course total (01 + 07 + 08, with 08 reusing 01 and 07, so the same as 08 standalone; small lessons not counted): {tot}.',
        '', f"F = {c['F']/1e9:.3f} GFLOP per 32x32 image (ResNet-18 width 64, counted with FlopCounterMode); "
            f"projector + predictor {(c['proj'] + c['pred'])/1e6:.1f} MFLOP; a BYOL training image {c['byol']/1e9:.2f} GFLOP "
            f"({c['byol']/c['F']:.2f}F): on the T4 about {ips}.",
        '', 'Minutes at 8 (low) to 6 (high) TFLOP/s: the assumed effective fp16 throughput of a T4 on '
            'this network, about 9-12% of its 65 TFLOP/s tensor-core peak; an estimate, not a measurement.'])

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--json', help='also write the FLOPs and minutes to this file')
    a = p.parse_args()
    est = estimate()
    print(table(est))
    if a.json:
        with open(a.json, 'w') as f: json.dump(dict(rates_flops_per_s=RATES, presets=est), f, indent=1)
