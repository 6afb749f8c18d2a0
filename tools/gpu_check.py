"""Every GPU check of the course in one run, for a machine with one GPU (synthetic data: no network needed).

1. One epoch of the real `byol_learner` at the colab preset (ResNet-18 width 64, batch 256, MLP 4096/256) with the mixed
   precision `get_settings` picks for the card, on 50,000 synthetic CIFAR-size images, checkpointed; then interrupted.
2. Resumed on the GPU from that checkpoint for a second epoch (with the kNN monitor on a 10,000-image bank): the optimiser
   state and the model must be on the GPU, the gradient scaler must continue from its saved scale, the loss stay finite.
3. `byol-course bench --full`: images per second of each part, the ratios, byol-pytorch's step if installed, and the
   number of CPU-GPU synchronisations per training step (`torch.cuda.set_sync_debug_mode`).

Usage:  python tools/gpu_check.py [--json FILE]     (about 3-5 minutes on a T4, by estimate; less on newer cards)
        python tools/gpu_check.py --smoke           (the same steps at the tiny preset, on any machine: checks the script itself)
"""
import argparse, json, math, tempfile, time
from pathlib import Path
import torch
from fastai.callback.core import Callback, CancelFitException
from byol_course.data import ImageData
from byol_course.settings import get_settings
from byol_course.train import byol_learner, fit_byol
from byol_course.checkpoint import load_checkpoint, CheckpointCallback
from byol_course.bench import run_bench, bench_table, bench_summary, synthetic_data

class StopAfterFirstEpoch(Callback):
    order = 80      # after the checkpoint is written
    def after_epoch(self):
        if self.epoch == 0: raise CancelFitException()

def main():
    p = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    p.add_argument('--json', help='write every figure to this file')
    p.add_argument('--smoke', action='store_true', help='tiny preset, few images: check the script on any machine')
    args = p.parse_args()
    s = get_settings(preset='tiny' if args.smoke else 'colab', ssl_epochs=2)
    dev = torch.device(s.device)
    print(f"device: {torch.cuda.get_device_name(dev) if dev.type == 'cuda' else 'cpu'}; torch {torch.__version__}; "
          f"amp {s.amp}; width {s.width}, batch {s.ssl_bs}; cuDNN {torch.backends.cudnn.version() if dev.type == 'cuda' else None}")
    n = 2_000 if args.smoke else 50_000
    pool = synthetic_data(s, n + n // 5)
    x, y = pool.train
    data = ImageData('synthetic', (x[:n], y[:n]), (x[n:], y[n:]), x[:n], pool.classes)
    ckpt, out = Path(tempfile.mkdtemp())/'gpu_check.pth', {'device': torch.cuda.get_device_name(dev) if dev.type == 'cuda' else 'cpu', 'amp': s.amp}

    learn = byol_learner(data, s, knn=False)
    start = time.perf_counter()
    fit_byol(learn, s, cbs=[CheckpointCallback(ckpt, s), StopAfterFirstEpoch()])
    if dev.type == 'cuda': torch.cuda.synchronize()
    secs = time.perf_counter() - start
    out['epoch'] = dict(images=n, seconds=round(secs, 1), images_per_s=round(n / secs), steps=len(learn.dls.train))
    print(f"1. one epoch, {n:,} images, in {secs:.1f} s: {n / secs:,.0f} images/s (views, model, EMA, callbacks, epoch end)")

    state = load_checkpoint(ckpt)
    resumed = byol_learner(data, s)
    load_checkpoint(ckpt, resumed)
    fit_byol(resumed, s, start_epoch=1, cbs=[CheckpointCallback(ckpt, s, state['meta']['history'])])
    opt_devices = {t.device.type for st in resumed.opt.opt.state.values() for t in st.values()}
    loss = float(resumed.recorder.losses[-1])
    history = load_checkpoint(ckpt)['meta']['history']
    out['resume'] = dict(opt_state_devices=sorted(opt_devices), model_device=next(resumed.model.parameters()).device.type,
                         saved_scale=(state.get('scaler') or {}).get('scale'), final_loss=loss, epochs=[h['epoch'] for h in history],
                         knn_acc=history[-1].get('knn_acc'))
    print(f"2. resumed: {out['resume']}")
    assert opt_devices == {dev.type} and out['resume']['model_device'] == dev.type, "optimiser state or model not on the training device"
    assert math.isfinite(loss) and out['resume']['epochs'] == [0, 1], "the resumed run did not finish its second epoch cleanly"

    res = run_bench(full=not args.smoke, steps=5 if args.smoke else 20, knn_images=1_200 if args.smoke else 60_000)
    table = bench_table(res)
    print('3. ' + table.attrs['title']); print(table.to_string()); print('\n'.join(bench_summary(res)))
    out['bench'] = res
    if args.json: Path(args.json).write_text(json.dumps(out, indent=1)); print(f"Figures: {args.json}")

if __name__ == '__main__': main()
