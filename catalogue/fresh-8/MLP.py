"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn as nn
from collections import OrderedDict
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("subclass of nn.Sequential, four layers passed to super().__init__", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@right("factory function returning an nn.Sequential built from a named OrderedDict", fresh=True)
def MLP(in_dim, hidden_dim=4096, out_dim=256, bn=True):
    return nn.Sequential(OrderedDict([
        ('fc1', nn.Linear(in_dim, hidden_dim)),
        ('bn', nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()),
        ('act', nn.ReLU(inplace=True)),
        ('fc2', nn.Linear(hidden_dim, out_dim)),
    ]))


@right("nn.Sequential subclass that appends its layers one by one in a loop, in-place ReLU", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        norm = nn.BatchNorm1d if bn else (lambda n: nn.Identity())
        for layer in (nn.Linear(in_dim, hidden_dim), norm(hidden_dim), nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim)):
            self.append(layer)


MLP = right("a lambda that builds the nn.Sequential from a list", fresh=True)(
    lambda in_dim, hidden_dim=4096, out_dim=256, bn=True: nn.Sequential(
        *[nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(), nn.Linear(hidden_dim, out_dim)]))


@right("subclass using add_module with string indices '0'..'3', keyword arguments to the layers", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__()
        self.add_module('0', nn.Linear(in_features=in_dim, out_features=hidden_dim, bias=True))
        self.add_module('1', nn.BatchNorm1d(num_features=hidden_dim) if bn else nn.Identity())
        self.add_module('2', nn.ReLU(inplace=False))
        self.add_module('3', nn.Linear(in_features=hidden_dim, out_features=out_dim))


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "BatchNorm on the output too (five layers, like SimCLR's projector)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim), nn.BatchNorm1d(out_dim) if bn else nn.Identity())


@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "ReLU before BatchNorm (Linear, ReLU, BN, Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.ReLU(), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "first Linear without bias ('the BatchNorm cancels it anyway')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=False), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the layer instead of putting an Identity (three layers)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "bn argument ignored: always a BatchNorm", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim), nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "default hidden_dim 2048 instead of 4096", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=2048, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "parameters in the order (in_dim, out_dim, hidden_dim, bn): positional calls swap hidden and output sizes", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, out_dim=256, hidden_dim=4096, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('bn=True)`: `bn` can only be passed by keyword (it comes after `*`): th', "bn made keyword-only: MLP(d, h, o, False) fails", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, *, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('d, has affine=False where it should be affine=True; bias=False where i', "BatchNorm1d(affine=False): no learnable scale and shift", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim, affine=False) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d(track_running_stats=False): eval mode still uses batch statistics", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm momentum=0.9 (TensorFlow's decay convention ported as PyTorch momentum)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim, momentum=0.9) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm eps=1e-3 (TensorFlow/Keras default) instead of PyTorch's 1e-5", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim, eps=1e-3) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("where nn.Linear's default initialisation draws them uniformly from", "custom init: zero biases on both Linears (not the default initialisation)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))
        for m in (self[0], self[3]): nn.init.zeros_(m.bias)


@wrong('built one after the other have the same weights: each should draw its', "torch.manual_seed(0) in __init__ 'for reproducibility': resets the global RNG, every MLP gets the same weights", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        torch.manual_seed(0)
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('is in evaluation mode (the MLP): a module starts in training mode, as', "calls self.eval() at the end of __init__: the new module starts in evaluation mode", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))
        self.eval()


@wrong('in order, are Linear, LayerNorm, ReLU, Linear; expected Linear, BatchN', "LayerNorm instead of BatchNorm1d", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.LayerNorm(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Sequential, Linear; expected Linear, BatchNorm', "nested: Sequential(Sequential(Linear, BN, ReLU), Linear): two top-level layers, mlp[3] fails", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        block = nn.Sequential(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU())
        super().__init__(block, nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d(in_dim) instead of BatchNorm1d(hidden_dim)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(in_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "last Linear without bias", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim, bias=False))


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "bn=False puts a BatchNorm1d(affine=False) instead of an Identity ('just no learnable BN')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim, affine=bn), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))
