"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn as nn
from collections import OrderedDict
from byol_course.checks.catalogue import right, wrong

# ---------------------------------------------------------------- right answers

@right("the obvious one: four layers straight into nn.Sequential.__init__, a conditional for the BatchNorm", fresh=True)
class MLP(nn.Sequential):
    "Linear -> BatchNorm1d -> ReLU -> Linear: BYOL's projector and predictor (no BatchNorm on the output)."
    def __init__(self, in_dim:int, hidden_dim:int=4096, out_dim:int=256, bn:bool=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@right("builds a list of layers first, then unpacks it into super().__init__(*layers)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        norm = nn.BatchNorm1d if bn else (lambda n: nn.Identity())
        layers = [nn.Linear(in_dim, hidden_dim), norm(hidden_dim), nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@right("empty nn.Sequential, then append() each layer in turn", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.append(nn.Linear(in_dim, hidden_dim))
        if bn: self.append(nn.BatchNorm1d(hidden_dim))
        else:  self.append(nn.Identity())
        self.append(nn.ReLU())
        self.append(nn.Linear(hidden_dim, out_dim))


@right("an OrderedDict with the names '0'..'3' (same keys as plain positional Sequential)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(OrderedDict([
            ('0', nn.Linear(in_dim, hidden_dim)),
            ('1', nn.BatchNorm1d(hidden_dim) if bn else nn.Identity()),
            ('2', nn.ReLU()),
            ('3', nn.Linear(hidden_dim, out_dim)),
        ]))

# ---------------------------------------------------------------- wrong answers

@wrong("with bn=False the BatchNorm's place holds an nn.Identity, so the layer", "bn=False drops the normalisation layer altogether: only three layers, the last one at mlp[2]", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_dim, hidden_dim)]
        if bn: layers.append(nn.BatchNorm1d(hidden_dim))
        layers += [nn.ReLU(), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "no bias on the first Linear (it is followed by BatchNorm, so the learner thinks it is redundant)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim, bias=False),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm with a TF-style momentum (0.01) instead of PyTorch's default 0.1", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, momentum=0.01) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('ReLU before BatchNorm: the order is Linear -> BatchNorm', "ReLU before BatchNorm (Linear, ReLU, BatchNorm, Linear)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.ReLU(),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('the signature should be `MLP(in_dim, hidden_dim', "defaults from the SimSiam/SimCLR habit: hidden_dim=2048, out_dim=128", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=2048, out_dim=128, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('d, has track_running_stats=False where it should be track_running_stat', "BatchNorm1d(track_running_stats=False): in eval mode it still normalises with the batch's statistics", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, track_running_stats=False) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("where nn.Linear's default initialisation draws them uniformly from", "BYOL-paper-style custom init: truncated-normal weights and zero biases on the Linears", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))
        for m in self:
            if isinstance(m, nn.Linear):
                nn.init.trunc_normal_(m.weight, std=1 / m.in_features ** 0.5)
                nn.init.zeros_(m.bias)


@wrong('in order, are Sequential; expected Linear, BatchNorm', "wraps an inner nn.Sequential in an attribute: MLP is a Sequential of length 1, mlp[0] is the whole net", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(in_dim, hidden_dim),
                                 nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                                 nn.ReLU(),
                                 nn.Linear(hidden_dim, out_dim))


@right("ReLU(inplace=True): not PyTorch's default setting", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(inplace=True),
                         nn.Linear(hidden_dim, out_dim))


@wrong('d, ReLU, Linear; expected Linear, Identity, ReLU, Linear', "bn=False keeps a BatchNorm without affine parameters instead of an nn.Identity", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, affine=bn),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong('in order, are Linear, LayerNorm, ReLU, Linear; expected Linear, BatchN', "LayerNorm instead of BatchNorm1d in the hidden layer", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.LayerNorm(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))


@wrong("BatchNorm on the output (BYOL's MLPs end with a plain Linear", "an extra BatchNorm on the output, after the last Linear (five layers)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim),
                         nn.BatchNorm1d(out_dim) if bn else nn.Identity())


@wrong("Linear, has bias=False where it should be bias=True (the lesson's MLP", "no bias on the output Linear (thinks the next loss normalisation makes it pointless)", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim, bias=False))


@wrong("affine=True, bias=True, track_running_stats=True), PyTorch's defaults", "BatchNorm1d with eps=1e-3 (Keras/TF default) instead of PyTorch's 1e-5", fresh=True)
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim),
                         nn.BatchNorm1d(hidden_dim, eps=1e-3) if bn else nn.Identity(),
                         nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))
