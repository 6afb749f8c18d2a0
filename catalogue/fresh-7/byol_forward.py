"Fresh answers, round 7: written on 2026-12-05, after the checks' seventh version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import copy
import torch, torch.nn as nn
from byol_course.model import BYOLOutput
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("the obvious one: online chain per view, target chain per view under torch.no_grad(), BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


def _target(model, v):
    return model.target_projector(model.target_encoder(v))

_target_ng = torch.no_grad()(_target)   # no_grad as a decorator on a helper


@right("loop over the two views, target through a helper decorated with torch.no_grad(), BYOLOutput by keyword (z before p)", fresh=True)
def byol_forward(model, v1, v2):
    ps, zs = [], []
    for v in (v1, v2):
        ps.append(model.predictor(model.projector(model.encoder(v))))
        zs.append(_target_ng(model, v))
    return BYOLOutput(z1=zs[0], z2=zs[1], p1=ps[0], p2=ps[1])


@right("plain tuple; online encoder reached through model(v) (one-batch forward); target under torch.set_grad_enabled(False)", fresh=True)
def byol_forward(model, v1, v2):
    online = lambda v: model.predictor(model.projector(model(v)))
    p1, p2 = online(v1), online(v2)
    with torch.set_grad_enabled(False):
        z1, z2 = _target(model, v1), _target(model, v2)
    return (p1, p2, z1, z2)


@right("temporary nn.Sequential chains over the model's own modules (no copies), target under no_grad", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    p1, p2 = online(v1), online(v2)
    with torch.no_grad():
        z1, z2 = target(v1), target(v2)
    return BYOLOutput([p1, p2, z1, z2])


# ---------------------------------------------------------------- wrong answers

@wrong('gradient reaches the target network: compute z', "target computed with gradients enabled (no torch.no_grad): z carries a graph whenever the target's weights require grad", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('are inference tensors (made under torch.inference_mode()): a loss cann', "target under torch.inference_mode() instead of torch.no_grad() (inference tensors a loss cannot save)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.inference_mode():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder and projector: z comes from', "forgot the target networks: z from the online encoder and projector under no_grad", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.projector(model.encoder(v1))
        z2 = model.projector(model.encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor is applied to the target branch (only the online branch', "predictor applied on the target side too", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('outputs in the wrong order: return (p', "returns the outputs in the wrong order (p1, z1, p2, z2), pairing each view's p and z", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return p1, z1, p2, z2


@wrong("is the target's projection of v", "already swaps the targets for the loss: returns (p1, p2, z2, z1)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)


@wrong('both views went through the online network as one concatenated batch', "both views as one concatenated batch through each network (byol-pytorch style): BatchNorm sees both views' statistics", fresh=True)
def byol_forward(model, v1, v2):
    v = torch.cat([v1, v2])
    p1, p2 = model.predictor(model.projector(model.encoder(v))).chunk(2)
    with torch.no_grad():
        z1, z2 = model.target_projector(model.target_encoder(v)).chunk(2)
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched encoder, predictor, projector, target_encoder, target_project', "forces model.train() at the start (a forward pass 'is training'), changing the caller's eval mode", fresh=True)
def byol_forward(model, v1, v2):
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched target_encoder, target_projector to eval mode: leave the mode', "puts the target networks in eval mode (and leaves them there): their BatchNorm stops using batch stats and stops updating", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target ran in evaluation mode (its BatchNorm on the running statis', "target run in eval mode temporarily, then the previous modes restored: modes look unchanged but target BN uses running stats and they never move", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    modes = [(m, m.training) for m in [*model.target_encoder.modules(), *model.target_projector.modules()]]
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    for m, t in modes: m.training = t
    return BYOLOutput(p1, p2, z1, z2)


@wrong("no gradient reaches the online network: don't compute p", "the whole function under torch.no_grad(): the predictions have no gradient either", fresh=True)
@torch.no_grad()
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("weights of model.encoder: don't detach anything in the online branch", "stop-gradient in the wrong place: predictor fed a detached online projection, so no gradient reaches encoder and projector", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)).detach())
    p2 = model.predictor(model.projector(model.encoder(v2)).detach())
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("called under torch.no_grad(), as fastai's validation calls it: your fu", "global grad switch: set_grad_enabled(False) for the target then set_grad_enabled(True), which turns grad on for a caller that was under no_grad", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    torch.set_grad_enabled(False)
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    torch.set_grad_enabled(True)
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder and projector: z comes from', "target copied afresh from the online networks each call (copy.deepcopy) instead of using model.target_*: z = online projection", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    t_enc, t_proj = copy.deepcopy(model.encoder), copy.deepcopy(model.projector)
    with torch.no_grad():
        z1 = t_proj(t_enc(v1))
        z2 = t_proj(t_enc(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('after your forward pass the BatchNorm statistic encoder', "online encoder run twice per view (once to 'check' the representation shape via model(v1), once in the chain): BN running stats move twice", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model(v1), model(v2)
    assert h1.shape[0] == v1.shape[0] and h2.shape[0] == v2.shape[0]
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("is the target's projection of v", "target of each view computed from the other view (z1 from v2, z2 from v1)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v2))
        z2 = model.target_projector(model.target_encoder(v1))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("as the contract says (a BYOLOutput's fields read out.p", "returns a list [p1, p2, z1, z2] instead of a tuple / BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return [p1, p2, z1, z2]


@wrong('more: it should only compute; which parameters train is set up once, w', "makes the target weights non-trainable inside the forward (target.requires_grad_(False)) and the online ones trainable (requires_grad_(True)): changes the model", fresh=True)
def byol_forward(model, v1, v2):
    model.encoder.requires_grad_(True); model.projector.requires_grad_(True); model.predictor.requires_grad_(True)
    model.target_encoder.requires_grad_(False); model.target_projector.requires_grad_(False)
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)
