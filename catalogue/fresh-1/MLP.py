"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
from collections import OrderedDict
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong

# ---------------------------------------------------------------- right answers

@right("four layers passed straight to nn.Sequential.__init__, Identity when bn=False", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))

@right("named layers through an OrderedDict", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        norm = nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()
        super().__init__(OrderedDict([('fc1', nn.Linear(in_dim, hidden_dim)), ('norm', norm),
                                      ('act', nn.ReLU()), ('fc2', nn.Linear(hidden_dim, out_dim))]))

@right("empty Sequential, then add_module in a loop; BatchNorm1d with its defaults spelled out", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        layers = [nn.Linear(in_dim, hidden_dim, bias=True),
                  nn.BatchNorm1d(hidden_dim, eps=1e-5, momentum=0.1, affine=True, track_running_stats=True) if bn else nn.Identity(),
                  nn.ReLU(inplace=False),
                  nn.Linear(hidden_dim, out_dim, bias=True)]
        for i, layer in enumerate(layers): self.add_module(str(i), layer)

@right("list built first, then *layers; keyword-only style call", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_features=in_dim, out_features=hidden_dim)]
        layers.append(nn.BatchNorm1d(num_features=hidden_dim) if bn else nn.Identity())
        layers += [nn.ReLU(), nn.Linear(in_features=hidden_dim, out_features=out_dim)]
        super().__init__(*layers)

# ---------------------------------------------------------------- wrong answers

@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the BatchNorm instead of putting an nn.Identity in its place (3 layers)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)

@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "first Linear without bias (\"BatchNorm makes it redundant\")", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=not bn),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong('d, has affine=False where it should be affine=True; bias=False where i', "BatchNorm1d(affine=False): no learnable scale and shift", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, affine=False) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d(track_running_stats=False): eval mode still uses batch statistics", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d with TensorFlow-style eps=1e-3, momentum=0.01", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, eps=1e-3, momentum=0.01) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d(momentum=None): cumulative moving average instead of default momentum", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, momentum=None) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "ReLU before BatchNorm (Linear -> ReLU -> BN -> Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.ReLU(),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.Linear(hidden_dim, out_dim))

@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "extra BatchNorm on the output (as in SimCLR-style projectors)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim),
                         nn.BatchNorm1d(out_dim) if bn else nn.Identity())

@wrong('the signature should be `MLP(in_dim, hidden_dim', "default hidden_dim=2048 (SimSiam's size) instead of 4096", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=2048, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong('the signature should be `MLP(in_dim, hidden_dim', "default out_dim=128 instead of 256", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=128, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong('in order, are Linear, Identity, ReLU, Linear; expected Linear, BatchNo', "bn flag inverted: BatchNorm when bn=False, Identity when bn=True", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.Identity() if bn else nn.BatchNorm1d(hidden_dim),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))

@wrong('in order, are Linear, Linear, BatchNorm', "layers registered as attributes in the wrong order (fc1, fc2, bn, relu) with a hand-written forward", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.fc1 = nn.Linear(in_dim, hidden_dim)
        self.fc2 = nn.Linear(hidden_dim, out_dim)
        self.bn = nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()
        self.relu = nn.ReLU()
    def forward(self, x): return self.fc2(self.relu(self.bn(self.fc1(x))))

@wrong("where nn.Linear's default initialisation draws them uniformly from", "biases zero-initialised and weights Xavier-initialised instead of PyTorch's default init", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))
        for m in self:
            if isinstance(m, nn.Linear): nn.init.xavier_uniform_(m.weight); nn.init.zeros_(m.bias)

@wrong("uses GELU; BYOL's MLPs use ReLU", "GELU instead of ReLU", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.GELU(), nn.Linear(hidden_dim, out_dim))

@wrong('in order, are Linear, LayerNorm, ReLU, Linear; expected Linear, BatchN', "LayerNorm instead of BatchNorm1d", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.LayerNorm(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(), nn.Linear(hidden_dim, out_dim))
