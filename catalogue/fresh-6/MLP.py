"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
from collections import OrderedDict
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("the obvious one: four layers passed to nn.Sequential's __init__, Identity when bn=False", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@right("OrderedDict of named layers (still indexable mlp[0] .. mlp[3]), ReLU not in place", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        norm = nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()
        super().__init__(OrderedDict([('fc1', nn.Linear(in_dim, hidden_dim)), ('bn', norm),
                                      ('act', nn.ReLU()), ('fc2', nn.Linear(hidden_dim, out_dim))]))
        self.use_bn = bn  # a plain attribute, harmless


@right("empty Sequential then add_module in a loop; the output Linear is created FIRST (same default init distribution, different RNG order)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        last = nn.Linear(hidden_dim, out_dim)          # created first: other random draws for the same seed
        first = nn.Linear(in_dim, hidden_dim)
        for i, layer in enumerate([first, nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(hidden_dim), nn.ReLU(), last]):
            self.add_module(str(i), layer)


@right("a factory function returning a plain nn.Sequential (MLP(...) is an nn.Sequential of the four layers)", fresh=True)
def MLP(in_dim, hidden_dim=4096, out_dim=256, bn=True):
    layers = [nn.Linear(in_dim, hidden_dim)]
    layers.append(nn.BatchNorm1d(hidden_dim) if bn else nn.Identity())
    layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
    return nn.Sequential(*layers)


@right("nn.Sequential subclass that builds the list with a conditional expression and stores the dims as attributes", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        self_dims = (in_dim, hidden_dim, out_dim)
        super().__init__(*[nn.Linear(in_dim, hidden_dim), (nn.BatchNorm1d if bn else (lambda n: nn.Identity()))(hidden_dim),
                           nn.ReLU(False), nn.Linear(hidden_dim, out_dim)])
        self.dims = self_dims


# ---------------------------------------------------------------- wrong answers

@wrong('the signature should be `MLP(in_dim, hidden_dim', "hidden_dim defaults to 2048 (the SimSiam/other-paper value) instead of 4096", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=2048, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "out_dim defaults to 128 instead of 256", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=128, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "first Linear has bias=False ('a bias before BatchNorm is redundant'), also when bn=False", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=False), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "first Linear drops its bias only when bn=True (bn=False is then right, the default is not)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=not bn), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the layer instead of putting an nn.Identity in its place (3 layers, mlp[3] missing)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "ReLU before BatchNorm (Linear -> ReLU -> BN -> Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.ReLU(),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm with TensorFlow-style settings (momentum=0.01, eps=1e-3) instead of PyTorch's defaults", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, eps=1e-3, momentum=0.01) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm momentum=None (cumulative average of the running statistics) instead of the default 0.1", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, momentum=None) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d(track_running_stats=False): in eval mode it still normalises with the batch's statistics", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('d, has affine=False where it should be affine=True; bias=False where i', "BatchNorm1d(affine=False): no learnable scale and shift", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, affine=False) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("where nn.Linear's default initialisation draws them uniformly from", "custom init: Xavier-uniform weights and zero biases on both Linears (not PyTorch's default init)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))
        for m in self:
            if isinstance(m, nn.Linear):
                nn.init.xavier_uniform_(m.weight); nn.init.zeros_(m.bias)


@wrong("where nn.Linear's default initialisation draws them uniformly from", "only zeroes the output Linear's bias (a 'harmless' tweak; weights keep the default init)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))
        nn.init.zeros_(self[3].bias)


@wrong('in order, are Linear, Identity, ReLU, Linear; expected Linear, BatchNo', "bn flag inverted: Identity when bn=True, BatchNorm when bn=False", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.Identity() if bn else nn.BatchNorm1d(hidden_dim),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "ignores bn: always a BatchNorm1d", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim), nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "parameters in the order (in_dim, out_dim, hidden_dim, bn): BYOL's positional call MLP(d, hidden, proj, bn) swaps them", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, out_dim=256, hidden_dim=4096, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('bn=True)`: `bn` can only be passed by keyword (it comes after `*`): th', "bn is keyword-only (`*, bn=True`): BYOL passes it positionally", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, *, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Linear, LayerNorm, ReLU, Linear; expected Linear, BatchN', "LayerNorm instead of BatchNorm1d in the hidden layer", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.LayerNorm(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "an extra BatchNorm1d on the output (5 layers): the lesson says deliberately none there", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim), nn.BatchNorm1d(out_dim) if bn else nn.Identity())


@wrong('in order, are Sequential, Linear; expected Linear, BatchNorm', "groups the hidden block in an inner nn.Sequential: 2 top-level modules, same function", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        hidden = nn.Sequential(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU())
        super().__init__(hidden, nn.Linear(hidden_dim, out_dim))


@wrong("uses GELU; BYOL's MLPs use ReLU", "GELU instead of ReLU", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.GELU(), nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "output Linear without bias", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim, bias=False))
