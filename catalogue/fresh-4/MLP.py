"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import math
from collections import OrderedDict
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("the four layers passed straight to nn.Sequential.__init__, Identity when bn=False", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@right("named layers through an OrderedDict, in-place ReLU (still indexable by position)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        norm = nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()
        super().__init__(OrderedDict([('fc1', nn.Linear(in_dim, hidden_dim)), ('bn', norm),
                                      ('relu', nn.ReLU(inplace=True)), ('fc2', nn.Linear(hidden_dim, out_dim))]))


@right("empty nn.Sequential, then append the layers one by one from a list", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__()
        layers = [nn.Linear(in_dim, hidden_dim)]
        layers.append(nn.BatchNorm1d(hidden_dim) if bn else nn.Identity())
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        for i, layer in enumerate(layers): self.add_module(str(i), layer)


@right("bn is any truthy value: keyword-only style with bool() and explicit eps/momentum equal to PyTorch's defaults", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        mid = nn.BatchNorm1d(hidden_dim, eps=1e-5, momentum=0.1) if bool(bn) else nn.Identity()
        super().__init__(*[nn.Linear(in_dim, hidden_dim, bias=True), mid, nn.ReLU(False), nn.Linear(hidden_dim, out_dim, bias=True)])


# ---------------------------------------------------------------- wrong answers

@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "BatchNorm after the ReLU instead of before it (Linear, ReLU, BN, Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.ReLU(),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the BatchNorm slot entirely: only three layers, mlp[3] does not exist", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "first Linear without bias ('the BatchNorm after it makes the bias redundant')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=not bn),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm momentum 0.9 (TensorFlow's convention, copied from the BYOL paper's code)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, momentum=0.9) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm eps=1e-3 (the TensorFlow/Keras default) instead of PyTorch's 1e-5", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, eps=1e-3) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "hidden_dim and out_dim swapped in the signature (in_dim, out_dim=256, hidden_dim=4096, bn): positional calls build the wrong sizes", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, out_dim:int=256, hidden_dim:int=4096, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "default hidden_dim 2048 (SimSiam's size) instead of 4096", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=2048, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "default out_dim 128 (SimCLR's size) instead of 256", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=128, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d(track_running_stats=False): in eval mode it still normalises with the batch's statistics", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "bn=False gives a BatchNorm1d(affine=False) instead of an nn.Identity ('no learnable BN')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, affine=bn),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("where nn.Linear's default initialisation draws them uniformly from", "custom initialisation: Kaiming-normal weights and zero biases in both Linears", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))
        for m in self:
            if isinstance(m, nn.Linear):
                nn.init.kaiming_normal_(m.weight, nonlinearity='relu'); nn.init.zeros_(m.bias)


@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "a BatchNorm on the output as well (as in SimCLR v2 / some projector heads): five layers", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim),
                         nn.BatchNorm1d(out_dim) if bn else nn.Identity())


@wrong('in order, are Sequential; expected Linear, BatchNorm', "wraps an inner nn.Sequential as one child (self.net = ...): iterating gives one module, mlp[0] is the whole net", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, hidden_dim),
                                 nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                                 nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("uses GELU; BYOL's MLPs use ReLU", "GELU instead of ReLU in the hidden layer", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.GELU(), nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Linear, LayerNorm, ReLU, Linear; expected Linear, BatchN', "LayerNorm in place of BatchNorm1d ('works for any batch size')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.LayerNorm(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))


@wrong("PyTorch's default starts it at scale", "BatchNorm's affine weight initialised to zero in the hidden layer ('zero-init' trick misapplied)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))
        if bn: nn.init.zeros_(self[1].weight)
