"Fresh answers, round 5: written on 2026-12-05, after the checks' fifth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
"""h18's fresh answers for lesson 03's `byol_forward` exercise."""
import torch, torch.nn as nn, torch.nn.functional as F
from byol_course.model import BYOLOutput
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("the obvious one: online chain per view, target chain per view under torch.no_grad, a BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@right("a loop over the two views collecting lists, returns a plain tuple", fresh=True)
def byol_forward(model, v1, v2):
    ps, zs = [], []
    for v in (v1, v2):
        h = model.encoder(v)
        ps.append(model.predictor(model.projector(h)))
        with torch.no_grad():
            zs.append(model.target_projector(model.target_encoder(v)))
    return (ps[0], ps[1], zs[0], zs[1])


@right("nn.Sequential chains built on the fly from the model's modules; target under set_grad_enabled(False)", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    p1, p2 = online(v1), online(v2)
    with torch.set_grad_enabled(False):
        z1, z2 = target(v1), target(v2)
    return BYOLOutput(p1=p1, p2=p2, z1=z1, z2=z2)


@right("helpers, the target one decorated with @torch.no_grad(); target computed first", fresh=True)
def byol_forward(model, v1, v2):
    @torch.no_grad()
    def target(v): return model.target_projector(model.target_encoder(v))
    def online(v): return model.predictor(model.projector(model.encoder(v)))
    z1, z2 = target(v1), target(v2)
    return BYOLOutput(online(v1), online(v2), z1, z2)


@right("target outputs cut with .detach() instead of a no_grad block (same values, no gradient)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1)).detach()
    z2 = model.target_projector(model.target_encoder(v2)).detach()
    return BYOLOutput(p1, p2, z1, z2)


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong("is the target's projection of v", "z1 and z2 swapped in the output (thinking of the cross pairing the loss does)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)


@wrong('swapped (views mixed up): p', "p1 and p2 swapped in the output", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return p2, p1, z1, z2


@wrong('gradient reaches the target network: compute z', "no torch.no_grad and no detach on the target side (relies on requires_grad=False of the target weights)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder and projector: z comes from', "the target side uses the online encoder and projector (under no_grad) instead of the target copies", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.projector(model.encoder(v1))
        z2 = model.projector(model.encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online projector (model.projector); use mod', "target encoder followed by the ONLINE projector", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.projector(model.target_encoder(v1))
        z2 = model.projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor is applied to the target branch (only the online branch', "the predictor is applied on the target side too", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('predictor missing from the online branch: p = predictor(projector(enco', "the predictor is forgotten on the online side: p is the online projection", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.projector(model.encoder(v1))
    p2 = model.projector(model.encoder(v2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('both views went through the online network as one concatenated batch', "both views as one concatenated batch through each network (byol-pytorch's way): BatchNorm sees both views", fresh=True)
def byol_forward(model, v1, v2):
    n = v1.shape[0]
    v = torch.cat([v1, v2])
    p = model.predictor(model.projector(model.encoder(v)))
    with torch.no_grad():
        z = model.target_projector(model.target_encoder(v))
    return BYOLOutput(p[:n], p[n:], z[:n], z[n:])


@wrong("no gradient reaches the online network: don't compute p", "everything inside torch.no_grad (thought the whole forward should be gradient-free like the target)", fresh=True)
def byol_forward(model, v1, v2):
    with torch.no_grad():
        p1 = model.predictor(model.projector(model.encoder(v1)))
        p2 = model.predictor(model.projector(model.encoder(v2)))
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target ran in evaluation mode', "the target is put in eval mode for its pass (it 'is not trained'), then restored: no batch statistics, running stats frozen", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    was = model.target_encoder.training, model.target_projector.training
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    model.target_encoder.train(was[0]); model.target_projector.train(was[1])
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched encoder, predictor, projector, target_encoder, target_project', "calls model.train() first ('forward on two views is for training'), changing an eval-mode model", fresh=True)
def byol_forward(model, v1, v2):
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('are inference tensors (made under torch.inference_mode()): a loss cann', "torch.inference_mode instead of no_grad: z are inference tensors the loss cannot save for backward", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.inference_mode():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('after your forward pass the BatchNorm statistic encoder', "a sanity check re-runs the online encoder on v1: the encoder runs three times, BN stats move an extra step", fresh=True)
def byol_forward(model, v1, v2):
    assert model.encoder(v1).dim() == 2, "encoder must give flat features"
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('weight: it should only compute (the target moves in the EMA update, af', "syncs the target to the online weights first ('they must start identical'): target weights move", fresh=True)
def byol_forward(model, v1, v2):
    model.target_encoder.load_state_dict(model.encoder.state_dict())
    model.target_projector.load_state_dict(model.projector.state_dict())
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('differs from the reference on a batch of', "L2-normalises the target projections already in the forward (the loss's job)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = F.normalize(model.target_projector(model.target_encoder(v1)), dim=-1)
        z2 = F.normalize(model.target_projector(model.target_encoder(v2)), dim=-1)
    return BYOLOutput(p1, p2, z1, z2)


@wrong('should return four tensors (p', "returns a dict keyed p1, p2, z1, z2 instead of a tuple", fresh=True)
def byol_forward(model, v1, v2):
    out = {}
    for i, v in enumerate((v1, v2), 1):
        out[f'p{i}'] = model.predictor(model.projector(model.encoder(v)))
        with torch.no_grad():
            out[f'z{i}'] = model.target_projector(model.target_encoder(v))
    return out


@wrong('both views went through the target network as one concatenated batch', "online one view at a time, but the target (no gradient, 'so it does not matter') on both views as one batch", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1, z2 = model.target_projector(model.target_encoder(torch.cat([v1, v2]))).chunk(2)
    return BYOLOutput(p1, p2, z1, z2)


@wrong("weights of model.encoder: don't detach anything in the online branch", "the online projection is detached before the predictor (thinking the stop-gradient goes there): encoder and projector get no gradient", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)).detach())
    p2 = model.predictor(model.projector(model.encoder(v2)).detach())
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder (model.encoder); use model.t', "the encoder features are reused: view 1's target uses the ONLINE encoder's features h1 through the target projector", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model.encoder(v1), model.encoder(v2)
    p1 = model.predictor(model.projector(h1))
    p2 = model.predictor(model.projector(h2))
    with torch.no_grad():
        z1 = model.target_projector(h1)
        z2 = model.target_projector(h2)
    return BYOLOutput(p1, p2, z1, z2)
