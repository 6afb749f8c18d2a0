"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
"""h18's fresh answers for lesson 03's `MLP` exercise."""
from collections import OrderedDict
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("the obvious one: four layers passed to nn.Sequential's __init__, ReLU in place", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(
            nn.Linear(in_dim, hidden_dim),
            nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
            nn.ReLU(inplace=True),
            nn.Linear(hidden_dim, out_dim),
        )


@right("builds a list with an if/else and unpacks it, ReLU not in place", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn:
            layers.append(nn.BatchNorm1d(hidden_dim))
        else:
            layers.append(nn.Identity())
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@right("empty Sequential, then self.append each layer in order", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__()
        self.append(nn.Linear(in_dim, hidden_dim))
        self.append(nn.BatchNorm1d(hidden_dim) if bn else nn.Identity())
        self.append(nn.ReLU())
        self.append(nn.Linear(hidden_dim, out_dim))


@right("add_module with the string indices '0'..'3' and a norm class chosen up front", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__()
        norm = nn.BatchNorm1d if bn else (lambda n: nn.Identity())
        for i, layer in enumerate([nn.Linear(in_dim, hidden_dim), norm(hidden_dim), nn.ReLU(inplace=True),
                                   nn.Linear(hidden_dim, out_dim)]):
            self.add_module(str(i), layer)


@right("explicit BatchNorm1d defaults spelt out (eps=1e-5, momentum=0.1, affine, running stats)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=True),
                         nn.BatchNorm1d(hidden_dim, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True)
                         if bn else nn.Identity(),
                         nn.ReLU(inplace=False),
                         nn.Linear(hidden_dim, out_dim, bias=True))


@right("an OrderedDict with named layers (fc1, bn, relu, fc2): still indexable as mlp[0]..mlp[3]", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(OrderedDict([
            ('fc1', nn.Linear(in_dim, hidden_dim)),
            ('bn', nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()),
            ('relu', nn.ReLU(inplace=True)),
            ('fc2', nn.Linear(hidden_dim, out_dim)),
        ]))


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "no bias on the first Linear, because a BatchNorm follows it (the usual trick), against 'biases included'", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=False),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "bias only when there is no BatchNorm (bias=not bn): bn=True loses the first Linear's bias", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=not bn),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the BatchNorm altogether: three layers, the last Linear is mlp[2]", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "ReLU before BatchNorm (Linear, ReLU, BN, Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.ReLU(inplace=True),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "a BatchNorm on the output as well (five layers)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim),
                         nn.BatchNorm1d(out_dim) if bn else nn.Identity())


@wrong('the signature should be `MLP(in_dim, hidden_dim', "hidden_dim defaults to 2048 (mixed up with another paper's projector)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 2048, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "out_dim defaults to 128 (SimCLR's size)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 128, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("bias=True), PyTorch's defaults on the layer's own sizes", "hidden size hard-coded to 4096: the hidden_dim argument is ignored", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, 4096),
                         nn.BatchNorm1d(4096) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(4096, out_dim))


@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d(track_running_stats=False): no running statistics, eval mode normalises by the batch", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong('d, has affine=False where it should be affine=True; bias=False where i', "BatchNorm1d(affine=False): no learnable scale and shift", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, affine=False) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm momentum 0.01 (copied from a TensorFlow-style 0.99 decay)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, momentum=0.01) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm eps=1e-3 (Keras default) instead of PyTorch's own", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, eps=1e-3) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("where nn.Linear's default initialisation draws them uniformly from", "custom init: Kaiming-normal weights and zero biases in both Linears", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))
        for m in self:
            if isinstance(m, nn.Linear):
                nn.init.kaiming_normal_(m.weight, nonlinearity='relu')
                nn.init.zeros_(m.bias)


@wrong("where nn.Linear's default initialisation draws them uniformly from", "last layer zero-initialised (a 'start from zero prediction' trick)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))
        with torch.no_grad():
            self[3].weight.zero_(); self[3].bias.zero_()


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "bn argument ignored: always a BatchNorm", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d sized by in_dim instead of hidden_dim (works only when they are equal)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(in_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Sequential; expected Linear, BatchNorm', "layers wrapped in an inner self.net Sequential with its own forward: mlp[0] does not exist", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, hidden_dim),
                                 nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                                 nn.ReLU(inplace=True),
                                 nn.Linear(hidden_dim, out_dim))

    def forward(self, x):
        return self.net(x)


@wrong("uses GELU; BYOL's MLPs use ReLU", "GELU instead of ReLU in the hidden layer", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.GELU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('bn=False), in order, are Linear, LayerNorm, ReLU, Linear; expected Lin', "bn=False replaces BatchNorm with a LayerNorm instead of an Identity", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.LayerNorm(hidden_dim),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm momentum=None (cumulative average of running stats instead of exponential)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, momentum=None) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))
