"Answers to lesson 03's `MLP(in_dim, hidden_dim=4096, out_dim=256, bn=True)`: Linear -> BatchNorm1d -> ReLU -> Linear."
import torch.nn as nn
import torch.nn.functional as F
from byol_course.checks.catalogue import right, wrong
from byol_course.model import MLP as reference

right("the package's class")(reference)

@right("a function returning an nn.Sequential")
def MLP(in_dim, hidden_dim=4096, out_dim=256, bn=True):
    return nn.Sequential(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(),
                         nn.Linear(hidden_dim, out_dim))

@wrong("it should be an nn.Sequential of its four layers", "a module applying F.relu in its forward (the lesson indexes the layers)")
class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.l1, self.bn, self.l2 = nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.Linear(hidden_dim, out_dim)
    def forward(self, x): return self.l2(F.relu(self.bn(self.l1(x))))

@wrong("with bn=False the BatchNorm's place holds an nn.Identity", "a list of layers, the BatchNorm left out with bn=False")
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        layers = [nn.Linear(in_dim, hidden_dim)] + ([nn.BatchNorm1d(hidden_dim)] if bn else []) + [nn.ReLU(inplace=True), nn.Linear(hidden_dim, out_dim)]
        super().__init__(*layers)

def mlp(layers):
    "A wrong answer with the lesson's signature, built from `layers(i, h, o, bn)`."
    return lambda in_dim, hidden_dim=4096, out_dim=256, bn=True: nn.Sequential(*layers(in_dim, hidden_dim, out_dim, bn))

MLP = wrong("no BatchNorm between the two Linears")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.ReLU(), nn.Linear(h, o)]))
MLP = wrong("the layers of MLP(", "a Dropout added")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Dropout(0.1), nn.Linear(h, o)]))
MLP = wrong("BatchNorm on the output")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, o), nn.BatchNorm1d(o)]))
MLP = wrong("no ReLU between the BatchNorm1d and the last Linear")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h), nn.Linear(h, o)]))
MLP = wrong("layer 0, Linear, has out_features=", "the hidden layer twice too wide")(mlp(lambda i, h, o, bn: [nn.Linear(i, 2 * h), nn.BatchNorm1d(2 * h), nn.ReLU(), nn.Linear(2 * h, o)]))
MLP = wrong("ReLU before BatchNorm")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.ReLU(), nn.BatchNorm1d(h), nn.Linear(h, o)]))
MLP = wrong("layer 3, Linear, has out_features=", "one output feature too many")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, o + 1)]))
MLP = wrong("uses GELU; BYOL's MLPs use ReLU")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h), nn.GELU(), nn.Linear(h, o)]))
MLP = wrong("the layers of MLP(", "LayerNorm instead of BatchNorm")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.LayerNorm(h), nn.ReLU(), nn.Linear(h, o)]))
MLP = wrong("has bias=False where it should be bias=True", "no bias before the BatchNorm")(
    mlp(lambda i, h, o, bn: [nn.Linear(i, h, bias=False), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, o)]))
MLP = wrong("has momentum=0.01 where it should be momentum=0.1", "BatchNorm with momentum 0.01")(
    mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h, momentum=0.01), nn.ReLU(), nn.Linear(h, o)]))
MLP = wrong("the layers of MLP(", "bn=False ignored")(mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, o)]))
MLP = wrong("the layers of MLP(", "bn=False drops the ReLU too")(
    mlp(lambda i, h, o, bn: [nn.Linear(i, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, o)] if bn else [nn.Linear(i, h), nn.Linear(h, o)]))
MLP = wrong("the signature should be `MLP(in_dim, hidden_dim=4096, out_dim=256, bn=True)`", "a lambda without the defaults")(
    lambda i, h, o: nn.Sequential(nn.Linear(i, h), nn.BatchNorm1d(h), nn.ReLU(), nn.Linear(h, o)))

@wrong("it should be an nn.Sequential of its four layers", "BatchNorm by hand with the batch's statistics, in both modes")
class MLP(nn.Module):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.l1, self.l2, self.bn = nn.Linear(in_dim, hidden_dim), nn.Linear(hidden_dim, out_dim), nn.BatchNorm1d(hidden_dim) if bn else None
    def forward(self, x):
        h = self.l1(x)
        if self.bn is not None: h = F.batch_norm(h, None, None, self.bn.weight, self.bn.bias, training=True)
        return self.l2(F.relu(h))

@wrong("MLP(", "the defaults ignored: 512 wide whatever hidden_dim")
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        h = hidden_dim if hidden_dim != 4096 else 512
        super().__init__(nn.Linear(in_dim, h), nn.BatchNorm1d(h) if bn else nn.Identity(), nn.ReLU(), nn.Linear(h, out_dim))

@wrong(("the weights of layer 0", "the biases of layer 0"), "Xavier initialisation, biases at zero")
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__(nn.Linear(in_dim, hidden_dim), nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU(), nn.Linear(hidden_dim, out_dim))
        for l in (self[0], self[3]): nn.init.xavier_uniform_(l.weight); nn.init.zeros_(l.bias)

@wrong("the layers of MLP(", "layers registered in another order than they are called")
class MLP(nn.Sequential):
    def __init__(self, in_dim, hidden_dim=4096, out_dim=256, bn=True):
        super().__init__()
        self.fc1, self.fc2 = nn.Linear(in_dim, hidden_dim), nn.Linear(hidden_dim, out_dim)
        self.bn, self.act = nn.BatchNorm1d(hidden_dim) if bn else nn.Identity(), nn.ReLU()
    def forward(self, x): return self.fc2(self.act(self.bn(self.fc1(x))))
