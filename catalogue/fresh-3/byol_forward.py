"Fresh answers, round 3: written on 2026-12-05, after the checks' third version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import copy
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong
from byol_course.model import BYOLOutput

# ---------------------------------------------------------------- right answers

@right("the obvious one: online chain per view, target chain per view under torch.no_grad, BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@right("loop over the views collecting lists, plain tuple; helper decorated with @torch.no_grad()", fresh=True)
def byol_forward(model, v1, v2):
    @torch.no_grad()
    def target(v): return model.target_projector(model.target_encoder(v))
    ps, zs = [], []
    for v in (v1, v2):
        ps.append(model.predictor(model.projector(model.encoder(v))))
        zs.append(target(v))
    return (*ps, *zs)


@right("online chain via model(v) (one batch gives the encoder's representation); targets computed first", fresh=True)
def byol_forward(model, v1, v2):
    with torch.no_grad():
        z1, z2 = (model.target_projector(model.target_encoder(v)) for v in (v1, v2))
    p1, p2 = (model.predictor(model.projector(model(v))) for v in (v1, v2))
    return BYOLOutput([p1, p2, z1, z2])


@right("temporary nn.Sequential wrappers around the existing modules (no new weights)", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    with torch.no_grad():
        z1, z2 = target(v1), target(v2)
    return BYOLOutput(online(v1), online(v2), z1, z2)


# ---------------------------------------------------------------- wrong answers

@wrong('gradient reaches the target network: compute z', "forgot torch.no_grad on the target (relies on the target's requires_grad=False)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("is the target's projection of v", "returns the target projections crossed (p1, p2, z2, z1), 'since p1 is compared to z2'", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)


@wrong('as one concatenated batch (byol-pytorch',  "both views concatenated into one batch per network (byol-pytorch style, shared BN statistics)", fresh=True)
def byol_forward(model, v1, v2):
    n = len(v1)
    v = torch.cat([v1, v2])
    p = model.predictor(model.projector(model.encoder(v)))
    with torch.no_grad():
        z = model.target_projector(model.target_encoder(v))
    return BYOLOutput(p[:n], p[n:], z[:n], z[n:])


@wrong('the target branch uses the online encoder and projector: z comes from', "target side uses the online encoder and projector under no_grad instead of the target modules", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.projector(model.encoder(v1))
        z2 = model.projector(model.encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder (model.encoder); use model.t', "reuses the online representation for the target (z = target_projector(online y), no target encoder)", fresh=True)
def byol_forward(model, v1, v2):
    y1, y2 = model.encoder(v1), model.encoder(v2)
    p1 = model.predictor(model.projector(y1))
    p2 = model.predictor(model.projector(y2))
    with torch.no_grad():
        z1 = model.target_projector(y1)
        z2 = model.target_projector(y2)
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor is applied to the target branch (only the online branch', "target also goes through the predictor", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched target_encoder, target_projector to eval mode: leave the mode', "puts the target networks in eval mode ('the target is not trained')", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched encoder, predictor, projector, target_encoder, target_project', "calls model.train() first ('the forward pass is for training')", fresh=True)
def byol_forward(model, v1, v2):
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("no gradient reaches the online network: don't compute p", "whole forward inside torch.no_grad (predictions carry no gradient)", fresh=True)
def byol_forward(model, v1, v2):
    with torch.no_grad():
        p1 = model.predictor(model.projector(model.encoder(v1)))
        p2 = model.predictor(model.projector(model.encoder(v2)))
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('after your forward pass the BatchNorm statistic encoder', "calls the online encoder a second time to keep the representations for logging (BN stats move twice)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        model._last_repr = (model.encoder(v1), model.encoder(v2))
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('outputs in the wrong order: return (p', "returns in the order (p1, z1, p2, z2)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return p1, z1, p2, z2


# Its author labelled it wrong; round 3 accepted it (the contract then said only "without gradient"); since round 5 the
# contract says torch.no_grad(), not torch.inference_mode(), and the author's label stands.
@wrong('are inference tensors (made under torch.inference_mode()): a loss cannot save them', "target under torch.inference_mode: z are inference tensors the loss cannot save for backward", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.inference_mode():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('predictor missing from the online branch: p = predictor(projector(enco', "predictor skipped on the online side (p = projector output)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.projector(model.encoder(v1))
    p2 = model.projector(model.encoder(v2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('weight: it should only compute (the target moves in the EMA update, af', "copies the online weights into the target (load_state_dict) on every call", fresh=True)
def byol_forward(model, v1, v2):
    model.target_encoder.load_state_dict(model.encoder.state_dict())
    model.target_projector.load_state_dict(model.projector.state_dict())
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("should be the target's projection of v", "target views computed under no_grad but from v1 for both (copy-paste slip: z2 from v1)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v1))
    return BYOLOutput(p1, p2, z1, z2)
