"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import collections
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("the obvious one: four layers passed to nn.Sequential.__init__, ReLU in place", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim: int, hidden_dim: int = 4096, out_dim: int = 256, bn: bool = True):
        super().__init__(
            nn.Linear(in_dim, hidden_dim),
            nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
            nn.ReLU(inplace=True),
            nn.Linear(hidden_dim, out_dim),
        )


@right("layers built in a list (Identity given the size, which it ignores), unpacked into nn.Sequential.__init__ called on the class", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        norm = nn.BatchNorm1d if bn else nn.Identity
        layers = [nn.Linear(in_dim, hidden_dim), norm(hidden_dim), nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        nn.Sequential.__init__(self, *layers)


@right("an OrderedDict of named layers (fc1, bn, relu, fc2): still indexable as mlp[0] .. mlp[3]", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(collections.OrderedDict([
            ('fc1', nn.Linear(in_dim, hidden_dim)),
            ('bn', nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()),
            ('relu', nn.ReLU()),
            ('fc2', nn.Linear(hidden_dim, out_dim)),
        ]))


@right("empty super().__init__() then append() one layer at a time; keeps the sizes as attributes", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.in_dim, self.hidden_dim, self.out_dim = in_dim, hidden_dim, out_dim
        self.append(nn.Linear(in_dim, hidden_dim))
        self.append(nn.BatchNorm1d(hidden_dim, eps=1e-5, momentum=0.1) if bn else nn.Identity())
        self.append(nn.ReLU(inplace=False))
        self.append(nn.Linear(hidden_dim, out_dim, bias=True))


# ---------------------------------------------------------------- wrong answers

@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "BatchNorm on the output as well (five layers, as in SimCLR-style heads)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim), nn.BatchNorm1d(out_dim) if bn else nn.Identity())


@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the BatchNorm slot entirely (three layers, mlp[3] missing)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "first Linear without bias (BatchNorm would cancel it anyway), against 'biases included'", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=False), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "bias only when there is no BatchNorm (bias=not bn): bn=True loses the first Linear's bias", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=not bn), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d with TensorFlow-style momentum=0.01 and eps=1e-3 instead of PyTorch's defaults", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, eps=1e-3, momentum=0.01) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d(track_running_stats=False): eval mode still normalises with the batch's statistics", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('d, has affine=False where it should be affine=True; bias=False where i', "BatchNorm1d(affine=False): no learnable scale and shift", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, affine=False) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "ReLU before BatchNorm (Linear, ReLU, BatchNorm, Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.ReLU(inplace=True),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "defaults hidden_dim=2048, out_dim=128 (SimCLR's sizes) instead of 4096 and 256", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=2048, out_dim=128, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "out_dim and hidden_dim swapped in the signature: MLP(512, 4096, 256) builds hidden 256, out 4096", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, out_dim=256, hidden_dim=4096, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "keyword names hidden/out instead of hidden_dim/out_dim (positional calls work, keyword calls fail)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden=4096, out=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden), nn.BatchNorm1d(hidden) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden, out))


@wrong("where nn.Linear's default initialisation draws them uniformly from", "custom initialisation: Kaiming-normal weights and zero biases instead of PyTorch's default", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.kaiming_normal_(m.weight, nonlinearity='relu'); nn.init.zeros_(m.bias)


@wrong('built one after the other have the same weights: each should draw its', "seeds the global RNG in __init__ (torch.manual_seed(0)) 'for reproducibility': every MLP identical, global state reset", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        torch.manual_seed(0)
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Linear, LayerNorm, ReLU, Linear; expected Linear, BatchN', "LayerNorm instead of BatchNorm1d in the hidden layer", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.LayerNorm(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Sequential; expected Linear, BatchNorm', "wraps an inner nn.Sequential in self.net instead of passing the layers to nn.Sequential's __init__ (len 1, mlp[3] fails)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                                 nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d sized by in_dim instead of hidden_dim (works only when in_dim == hidden_dim)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(in_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "bn=False still normalises, with a parameter-free BatchNorm1d(affine=False) instead of nn.Identity", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.BatchNorm1d(hidden_dim, affine=False),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "output Linear without bias ('no BatchNorm on the output' read as 'nothing after the last matmul')", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim, bias=False))


@wrong("uses GELU; BYOL's MLPs use ReLU", "GELU instead of ReLU", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.GELU(), nn.Linear(hidden_dim, out_dim))


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "tests `bn is not None` (treating bn as an optional module), so bn=False still builds a BatchNorm1d", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        norm = nn.BatchNorm1d(hidden_dim) if bn is not None else nn.Identity()
        super().__init__(nn.Linear(in_dim, hidden_dim), norm, nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim))
