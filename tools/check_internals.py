"""Check that the library internals the course leans on still exist in the shape its code assumes.

The course replaces, wraps, subclasses or reads things that fastai, fastprogress, nbdev, fastcore, PyTorch and
albumentations do not promise to keep. Each row of `INTERNALS` names one: its module, its attribute path, the call the
course's code makes (`params`, see `_check_params`; None: not called, presence only), names its source must still use
(when the course's code depends on how it works inside), and the file of this repository that relies on it.
Prints one line per broken internal and exits 1, or one line of summary and exits 0. Run it in a fresh process (the
package replaces some of these when imported). The drift workflow (.github/workflows/drift.yaml) runs it against the newest
releases and against the lower bounds in pyproject.toml; `--list` shows the table.
"""
import argparse, importlib, inspect, sys, warnings
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

root = Path(__file__).resolve().parents[1]

# (module, attribute path, params, its source uses, used by, why the course needs it)
INTERNALS = [
    ('fastai.distributed', 'DistributedDL.get_idxs', 'self', ('self._broadcast(', 'self.n_padded'),
     'byol_course/distributed.py', 'wrapped for empty loaders; must get the order through _broadcast'),
    ('fastai.distributed', 'DistributedDL._broadcast', 'self, t, rank', (),
     'byol_course/distributed.py', 'replaced, to broadcast on the CPU under gloo'),
    ('fastai.callback.fp16', 'MixedPrecision.__init__', 'self, amp_mode, **kwargs', ('AMPMode(', 'self.kwargs'),
     'byol_course/amp.py', 'DeviceMixedPrecision reads self.amp_mode.value and self.kwargs'),
    ('fastai.callback.fp16', 'AMPMode.BF16', None, (), 'byol_course/amp.py', "the amp modes 'fp16' and 'bf16'"),
    ('fastai.callback.fp16', 'MixedPrecision.step', 'self', ('self.skipped',),
     'byol_course/amp.py', "GradScaler.step(self) calls it as the fake optimizer's step"),
    ('fastai.callback.fp16', 'MixedPrecision.param_groups', None, (),
     'byol_course/amp.py', "GradScaler reads the fake optimizer's param_groups"),
    ('fastai.callback.fp16', 'MixedPrecision.before_batch', 'self', ('self.autocast',),
     'byol_course/amp.py', 'inherited: enters the autocast that DeviceMixedPrecision.before_fit makes'),
    ('fastai.callback.fp16', 'MixedPrecision.after_loss', 'self', ('self.autocast',),
     'byol_course/amp.py', 'inherited: leaves that autocast'),
    ('fastai.callback.fp16', 'MixedPrecision.after_step', 'self', ('scaler.update',),
     'byol_course/amp.py', 'inherited: updates the scaler that DeviceMixedPrecision.before_fit makes'),
    ('fastai.callback.training', 'GradientAccumulation.__init__', 'self, n_acc', (),
     'byol_course/ema.py', 'reads cb.n_acc'),
    ('fastai.learner', 'Recorder.__init__', 'self', ('self.smooth_loss',),
     'byol_course/checkpoint.py', 'checkpoints save and restore recorder.smooth_loss'),
    ('fastai.learner', 'AvgSmoothLoss.value', None, ('self.val', 'self.count'),
     'byol_course/checkpoint.py', 'checkpoints save and restore its val and count'),
    ('fastai.data.load', 'DataLoader.shuffle_fn', 'self, idxs', ('self.rng',),
     'byol_course/checkpoint.py', "checkpoints save and restore each loader's shuffler dl.rng"),
    ('fastprogress.fastprogress', 'printing', '', (), 'byol_course/settings.py', 'replaced: no bars in logs and CI'),
    ('fastprogress.fastprogress', 'NO_BAR', None, (), 'byol_course/settings.py', 'read by the replacement'),
    ('fastprogress.fastprogress', 'ConsoleProgressBar.on_update', 'self, val, text', ('printing()',),
     'byol_course/settings.py', 'bars must look printing up when they draw, or the replacement does nothing'),
    ('fastprogress.fastprogress', 'ConsoleProgressBar.__init__', 'self, gen', (),
     'byol_course/settings.py', 'wrapped, to silence its test character'),
    ('nbdev.processors', '_do_eval', 'cell', ('directives_',), 'tools/check_docs_cells.py', 'which cells the docs build runs'),
    ('fastcore.nbio', 'NbCell.directives', None, (), 'tools/check_docs_cells.py', 'copied into cell.directives_ for _do_eval'),
    ('nbdev.test', 'test_nb', 'fn, *, skip_flags, basepath, save, cell_timeout', (),
     'tools/execute_docs.py', 'runs a lesson in-process and saves its outputs'),
    ('nbdev.serve', 'proc_nbs', 'path, *, n_workers, force, file_re', (), 'tools/execute_docs.py', 'the HTML preview'),
    ('torch._subclasses.fake_tensor', 'FakeTensorMode.__init__', 'self, *, allow_non_fake_inputs', (),
     'byol_course/checks/__init__.py', "runs the learner's code on a GPU with no values"),
    ('torch._subclasses.fake_tensor', 'FakeTensorMode.from_tensor', 'self, tensor', (),
     'byol_course/checks/__init__.py', 'fakes the arguments'),
    ('torch._subclasses.fake_tensor', 'FakeTensorDeviceMismatchError', None, (),
     'byol_course/checks/__init__.py', 'recognised by name as a device mix-up'),
    ('torch.utils._pytree', 'tree_map', 'func, tree', (), 'byol_course/checks/__init__.py', 'moves nested tensors'),
    ('torch.utils._pytree', 'tree_leaves', 'tree', (), 'byol_course/checks/__init__.py, byol_course/checks/knn.py',
     'finds nested tensors'),
    ('torch.utils._python_dispatch', 'TorchDispatchMode.__torch_dispatch__', 'self, func, types, args, kwargs', (),
     'byol_course/checks/knn.py', 'subclassed'),
    ('torch.overrides', 'TorchFunctionMode.__torch_function__', 'self, func, types, args, kwargs', (),
     'byol_course/checks/__init__.py', 'subclassed'),
    ('torch', '_foreach_lerp_', '', (), 'byol_course/ema.py', 'the fused EMA update'),
    ('torch.nn.modules.batchnorm', '_BatchNorm', None, (), 'byol_course/checks/model.py', 'isinstance test for BatchNorm layers'),
    ('albumentations', 'BasicTransform.get_transform_init_args', 'self', (),
     'byol_course/checks/augment.py', 'compares settings; an error there is swallowed, so the check would compare nothing'),
    # lesson cells that are not exported: learners run them
    *[('albumentations.augmentations.pixel.functional', f, params, (), 'nbs/15_batch_views.ipynb', 'the GPU views are tested against it')
      for f, params in [('adjust_brightness_torchvision', 'img, factor'), ('adjust_contrast_torchvision', 'img, factor'),
                        ('adjust_saturation_torchvision', 'img, factor'), ('adjust_hue_torchvision', 'img, factor'),
                        ('to_gray_weighted_average', 'img'), ('separable_convolve', 'img, kernel'), ('solarize', 'img, threshold')]],
    ('albumentations.augmentations.blur.functional', 'create_gaussian_kernel_1d', 'sigma, ksize', (),
     'nbs/15_batch_views.ipynb', 'the GPU blur is tested against it'),
    *[('fastai.vision.augment', f, params, (), 'nbs/15_batch_views.ipynb', "compared with fastai's GPU augmentations")
      for f, params in [('rgb2hsv', 'img'), ('hsv2rgb', 'img'), ('flip_mat', 'x, *, p')]],
    ('torch._subclasses.fake_tensor', 'FakeTensor', None, (), 'nbs/19_bench.ipynb', 'patched (__deepcopy__) to time a model with no values'),
]

def _version(module:str) -> str:
    top = module.split('.')[0]
    try: return f"{top} {version(top)}"
    except PackageNotFoundError: return f"{top} (version unknown)"

def _check_params(obj, params:str) -> str:
    """What is wrong with calling `obj` as `params` says ('' if nothing): names before `*` are passed by position, in
    that order; names after it by keyword; `**kwargs` must be accepted. Any other parameter must have a default."""
    if not callable(obj): return f"is now {type(obj).__name__}, not callable"
    try: sig = inspect.signature(obj)
    except (TypeError, ValueError): return ''             # a builtin (C) function: callable is all that can be told
    ps, names = list(sig.parameters.values()), [p.strip() for p in params.split(',') if p.strip()]
    now = f"its parameters are ({', '.join(str(p) for p in ps)})"
    cut = names.index('*') if '*' in names else len(names)
    positional, keywords = [n for n in names[:cut] if n != '**kwargs'], names[cut + 1:]
    P, K = inspect.Parameter, inspect.Parameter.VAR_KEYWORD
    for i, n in enumerate(positional):
        if i >= len(ps) or ps[i].name != n or ps[i].kind not in (P.POSITIONAL_ONLY, P.POSITIONAL_OR_KEYWORD):
            return f"'{n}' is not its positional parameter {i + 1}: {now}"
    for n in keywords:
        if n not in sig.parameters or sig.parameters[n].kind not in (P.POSITIONAL_OR_KEYWORD, P.KEYWORD_ONLY):
            return f"no keyword parameter '{n}': {now}"
    if '**kwargs' in names and not any(p.kind == K for p in ps): return f"takes no **kwargs: {now}"
    new = [p.name for p in ps if p.name not in names and p.default is P.empty and p.kind not in (P.VAR_POSITIONAL, K)]
    return f"new required parameter(s) {', '.join(new)}: {now}" if new else ''

def check(module:str, path:str, params, uses, used_by:str, why:str) -> str:
    "'' if the internal is as the course assumes, else one line saying which, where it is used, and what changed."
    head = f"{_version(module)}: {module}.{path} (relied on by {used_by}: {why})"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            obj = importlib.import_module(module)
    except Exception as e: return f"{head}: cannot import {module} ({type(e).__name__}: {e})"
    done = module
    for a in path.split('.'):
        try: obj = getattr(obj, a) if inspect.ismodule(obj) else inspect.getattr_static(obj, a)   # a property as itself
        except AttributeError: return f"{head}: {done} has no attribute '{a}'"
        if isinstance(obj, (staticmethod, classmethod)): obj = obj.__func__
        done += '.' + a
    if (getattr(obj, '__module__', None) or '').startswith('byol_course'):
        return f"{head}: byol_course has replaced it in this process: run the check in a fresh one, before importing byol_course"
    problem = _check_params(obj, params) if params is not None else ''
    if problem: return f"{head}: {problem}"
    if uses:
        try: src = inspect.getsource(obj.fget if isinstance(obj, property) else obj)
        except (OSError, TypeError) as e: return f"{head}: its source cannot be read to check it uses {', '.join(uses)} ({e})"
        gone = [u for u in uses if u not in src]
        if gone: return f"{head}: its source does not use {', '.join(repr(u) for u in gone)}"
    return ''

def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--list', action='store_true', help='print the table of internals and exit')
    args = parser.parse_args(argv)
    if args.list:
        for m, p, params, uses, by, why in INTERNALS:
            print(f"{m}.{p}" + ('' if params is None else f"({params})") + (f" using {', '.join(uses)}" if uses else '')
                  + f"  <- {by}: {why}")
        return 0
    broken = [line for line in (check(*row) for row in INTERNALS) if line]
    gone = sorted({f for row in INTERNALS for f in row[4].split(', ') if not (root/f).exists()})
    broken += [f"the table in tools/check_internals.py is out of date: {f} no longer exists" for f in gone]
    for line in broken: print(f"BROKEN {line}")
    if broken: print(f"{len(broken)} problem(s) in {len(INTERNALS)} internals checked"); return 1
    print(f"{len(INTERNALS)} internals checked: ok")
    return 0

if __name__ == '__main__': sys.exit(main())
