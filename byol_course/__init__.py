__version__ = "0.2.0"

import warnings
# fastai's layers call torch.jit.script when imported, which recent torch versions warn about at every start (also in each
# worker process of `compare`): a warning about a library's internals that no learner or user can act on. Silenced for
# that import only; the warnings filters are as they were afterwards.
with warnings.catch_warnings():
    warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning)
    import fastai.layers  # noqa: F401
