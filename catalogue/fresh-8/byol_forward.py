"Fresh answers, round 8: written on 2026-12-05, after the checks' eighth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn as nn, torch.nn.functional as F
from byol_course.model import BYOLOutput
from byol_course.checks.catalogue import right, wrong


# ----------------------------------------------------------------------------------------------- right answers

@right("straightforward: online chain per view, target chain per view under torch.no_grad(), BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@right("loop over the views with two helpers, plain tuple built from lists", fresh=True)
def byol_forward(model, v1, v2):
    def online(v): return model.predictor(model.projector(model.encoder(v)))
    def target(v):
        with torch.no_grad(): return model.target_projector(model.target_encoder(v))
    ps, zs = [], []
    for v in (v1, v2):
        ps.append(online(v)); zs.append(target(v))
    return tuple(ps + zs)


@right("target first, with a @torch.no_grad()-decorated helper; online in a second pass", fresh=True)
def byol_forward(model, v1, v2):
    @torch.no_grad()
    def tgt(x): return model.target_projector(model.target_encoder(x))
    z1, z2 = tgt(v1), tgt(v2)
    p1, p2 = (model.predictor(model.projector(model.encoder(x))) for x in (v1, v2))
    return BYOLOutput(p1=p1, p2=p2, z1=z1, z2=z2)


@right("torch.set_grad_enabled(False) for the target, nn.Sequential built on the fly around the online modules", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    p1, p2 = online(v1), online(v2)
    with torch.set_grad_enabled(False):
        z1, z2 = target(v1), target(v2)
    return p1, p2, z1, z2


# ----------------------------------------------------------------------------------------------- wrong answers

@wrong('gradient reaches the target network: compute z', "no torch.no_grad() around the target (relies on its requires_grad=False)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('are inference tensors (made under torch.inference_mode()): a loss cann', "torch.inference_mode() instead of torch.no_grad() for the target", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.inference_mode():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('both views went through the online network as one concatenated batch', "both views concatenated into one batch through each network (byol-pytorch style)", fresh=True)
def byol_forward(model, v1, v2):
    n = len(v1)
    v = torch.cat([v1, v2])
    p = model.predictor(model.projector(model.encoder(v)))
    with torch.no_grad():
        z = model.target_projector(model.target_encoder(v))
    return BYOLOutput(p[:n], p[n:], z[:n], z[n:])


@wrong("is the target's projection of v", "z1 and z2 swapped in the output ('the loss pairs p1 with the other view anyway')", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)


@wrong('outputs in the wrong order: return (p', "outputs grouped by view: (p1, z1, p2, z2)", fresh=True)
def byol_forward(model, v1, v2):
    out = []
    for v in (v1, v2):
        out.append(model.predictor(model.projector(model.encoder(v))))
        with torch.no_grad(): out.append(model.target_projector(model.target_encoder(v)))
    return tuple(out)


@wrong('switched target_encoder, target_projector to eval mode: leave the mode', "puts the target networks in eval mode (and leaves them there)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target ran in evaluation mode (its BatchNorm on the running statis', "runs the target in eval mode, then restores its previous mode (target BN uses running stats in training)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    modes = model.target_encoder.training, model.target_projector.training
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    model.target_encoder.train(modes[0]); model.target_projector.train(modes[1])
    return BYOLOutput(p1, p2, z1, z2)


@wrong('predictor missing from the online branch: p = predictor(projector(enco', "forgot the predictor on the online side", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.projector(model.encoder(v1))
    p2 = model.projector(model.encoder(v2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor is applied to the target branch (only the online branch', "the target side also goes through the (online) predictor", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder (model.encoder); use model.t', "target side uses the ONLINE encoder with the target projector", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.encoder(v1))
        z2 = model.target_projector(model.encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('after your forward pass the BatchNorm statistic encoder', "calls the online encoder twice per view (once to keep the representation, again for the prediction)", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model.encoder(v1), model.encoder(v2)          # representations, 'in case we need them'
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("no gradient reaches the online network: don't compute p", "everything, online included, under torch.no_grad()", fresh=True)
@torch.no_grad()
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("weights of model.encoder: don't detach anything in the online branch", "detaches the online encoder's features: no gradient reaches the encoder", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model.encoder(v1).detach(), model.encoder(v2).detach()
    p1, p2 = model.predictor(model.projector(h1)), model.predictor(model.projector(h2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('should return four tensors (p', "returns torch.stack([p1, p2, z1, z2]): one tensor, not a tuple", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return torch.stack([p1, p2, z1, z2])


@wrong('weight: it should only compute (the target moves in the EMA update, af', "copies the online weights into the target at every call ('the target is a copy of the online network')", fresh=True)
def byol_forward(model, v1, v2):
    model.target_encoder.load_state_dict(model.encoder.state_dict())
    model.target_projector.load_state_dict(model.projector.state_dict())
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('differs from the reference on a batch of', "L2-normalises p and z in the forward pass (the loss's job)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = F.normalize(model.predictor(model.projector(model.encoder(v1))), dim=-1)
    p2 = F.normalize(model.predictor(model.projector(model.encoder(v2))), dim=-1)
    with torch.no_grad():
        z1 = F.normalize(model.target_projector(model.target_encoder(v1)), dim=-1)
        z2 = F.normalize(model.target_projector(model.target_encoder(v2)), dim=-1)
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched encoder, predictor, projector, target_encoder, target_project', "calls model.train() first 'so BatchNorm uses batch statistics'", fresh=True)
def byol_forward(model, v1, v2):
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('more: it should only compute; which parameters train is set up once, w', "freezes the target inside the forward (requires_grad_(False)): changes the model's parameters' flags", fresh=True)
def byol_forward(model, v1, v2):
    model.target_encoder.requires_grad_(False); model.target_projector.requires_grad_(False)
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('both views went through the target network as one concatenated batch', "target run on one batch of both views, online one view at a time", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1, z2 = model.target_projector(model.target_encoder(torch.cat([v1, v2]))).chunk(2)
    return BYOLOutput(p1, p2, z1, z2)
