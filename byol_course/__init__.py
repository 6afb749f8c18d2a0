__version__ = "0.2.0"

import warnings
# fastai's import uses torch.jit.script, which recent torch versions warn about at every start (also in each worker process
# of `compare`): a warning about a library's internals, not about anything the learner or the user can change
warnings.filterwarnings('ignore', message=r'`torch\.jit\.script` is deprecated', category=FutureWarning)
