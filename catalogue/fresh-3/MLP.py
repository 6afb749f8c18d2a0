"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
from collections import OrderedDict
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong

# ---------------------------------------------------------------- right answers

@right("the obvious one: four layers passed to nn.Sequential.__init__, Identity when bn=False", fresh=True)
class MLP(nn.Sequential):
    "Linear -> BatchNorm1d -> ReLU -> Linear: BYOL's projector and predictor (no BatchNorm on the output)."
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@right("named layers through an OrderedDict, ReLU in place (indexing by position still works)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        norm = nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()
        super().__init__(OrderedDict([('fc1', nn.Linear(in_dim, hidden_dim)),
                                      ('bn', norm),
                                      ('act', nn.ReLU(inplace=True)),
                                      ('fc2', nn.Linear(hidden_dim, out_dim))]))


@right("empty Sequential, then layers appended one by one in a loop", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__()
        layers = [nn.Linear(in_dim, hidden_dim)]
        layers.append(nn.BatchNorm1d(hidden_dim) if bn else nn.Identity())
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        for layer in layers: self.append(layer)


@right("builds the output Linear before the hidden one (different draw order, same default init)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        head = nn.Linear(hidden_dim, out_dim)
        first = nn.Linear(in_dim, hidden_dim)
        super().__init__(first, nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(), head)


# ---------------------------------------------------------------- wrong answers

@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "BatchNorm also on the output (five layers, as in SimCLR-style heads)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        if bn: layers.append(nn.BatchNorm1d(out_dim))
        super().__init__(*layers)


@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the BatchNorm layer instead of putting an nn.Identity there (three layers)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "first Linear without bias ('BatchNorm follows, so the bias is redundant')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=not bn),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d with track_running_stats=False: eval mode normalises with the batch's statistics", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d with momentum=0.01 and eps=1e-3 copied from a TensorFlow port", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, eps=1e-3, momentum=0.01) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "ReLU before BatchNorm (Linear, ReLU, BN, Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.ReLU(),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "default hidden_dim=2048 and out_dim=128 (SimSiam/SimCLR sizes)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=2048, out_dim:int=128, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "signature order (in_dim, out_dim, hidden_dim, bn): positional calls swap the sizes", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, out_dim:int=256, hidden_dim:int=4096, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Sequential; expected Linear, BatchNorm', "layers held in a self.net attribute instead of passed to Sequential (mlp[0] is the whole net)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, hidden_dim),
                                 nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                                 nn.ReLU(),
                                 nn.Linear(hidden_dim, out_dim))


@wrong("where nn.Linear's default initialisation draws them uniformly from", "Kaiming-normal init of the Linear weights and zero biases instead of PyTorch's default", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))
        for m in self:
            if isinstance(m, nn.Linear):
                nn.init.kaiming_normal_(m.weight, nonlinearity='relu'); nn.init.zeros_(m.bias)


@wrong('d, has affine=False where it should be affine=True; bias=False where i', "BatchNorm1d(affine=False): no learnable scale and shift", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, affine=False) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('bn=False), in order, are Linear, LayerNorm, ReLU, Linear; expected Lin', "bn=False replaces the BatchNorm with LayerNorm ('some normalisation is still needed')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.LayerNorm(hidden_dim),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("uses GELU; BYOL's MLPs use ReLU", "GELU instead of ReLU", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.GELU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "keyword renamed use_bn (MLP(..., bn=False) raises TypeError)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, use_bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if use_bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d sized by in_dim instead of hidden_dim (a typo; only works when they are equal)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(in_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))
