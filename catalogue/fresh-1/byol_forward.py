"Fresh answers, round 1: written on 2026-12-05, after the checks' first version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import copy
import torch, torch.nn as nn
from byol_course.model import BYOLOutput
from byol_course.checks.catalogue import right, wrong

# ---------------------------------------------------------------- right answers

@right("online chain per view, target chain per view under torch.no_grad(), BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@right("loop over the views, target first, .detach() instead of no_grad, plain tuple", fresh=True)
def byol_forward(model, v1, v2):
    ps, zs = [], []
    for v in (v1, v2):
        zs.append(model.target_projector(model.target_encoder(v)).detach())
        ps.append(model.predictor(model.projector(model.encoder(v))))
    return (*ps, *zs)

@right("helpers: online = model(v) (the encoder) -> projector -> predictor; target helper decorated with @torch.no_grad()", fresh=True)
def byol_forward(model, v1, v2):
    online = lambda v: model.predictor(model.projector(model(v)))
    @torch.no_grad()
    def target(v): return model.target_projector(model.target_encoder(v))
    return BYOLOutput(p1=online(v1), p2=online(v2), z1=target(v1), z2=target(v2))

@right("nn.Sequential wrappers built on the fly around the existing modules; list given to BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    with torch.no_grad(): z = [target(v) for v in (v1, v2)]
    p = [online(v) for v in (v1, v2)]
    return BYOLOutput(p + z)

# ---------------------------------------------------------------- wrong answers

@wrong('gradient reaches the target network: compute z', "target computed without torch.no_grad() or detach", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('as one concatenated batch (byol-pytorch',  "both views concatenated into one batch per network (byol-pytorch style, BatchNorm sees both views)", fresh=True)
def byol_forward(model, v1, v2):
    v = torch.cat([v1, v2])
    p1, p2 = model.predictor(model.projector(model.encoder(v))).chunk(2)
    with torch.no_grad(): z1, z2 = model.target_projector(model.target_encoder(v)).chunk(2)
    return BYOLOutput(p1, p2, z1, z2)

@wrong("is the target's projection of v", "outputs pre-swapped for the loss: returns (p1, p2, z2, z1)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)

@wrong('outputs in the wrong order: return (p', "returns in the order (p1, z1, p2, z2)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return p1, z1, p2, z2

@wrong('predictor missing from the online branch: p = predictor(projector(enco', "predictor forgotten on the online side", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.projector(model.encoder(v1))
    p2 = model.projector(model.encoder(v2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('the predictor is applied to the target branch (only the online branch', "predictor also applied on the target side", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('the target branch uses the online encoder (model.encoder); use model.t', "target projection computed with the ONLINE encoder (target_projector(encoder(v)))", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model.encoder(v1), model.encoder(v2)
    p1, p2 = model.predictor(model.projector(h1)), model.predictor(model.projector(h2))
    with torch.no_grad():
        z1, z2 = model.target_projector(h1), model.target_projector(h2)
    return BYOLOutput(p1, p2, z1, z2)

@wrong("weights of model.encoder: don't detach anything in the online branch", "encoder output detached before the projector: no gradient reaches the online encoder", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1).detach()))
    p2 = model.predictor(model.projector(model.encoder(v2).detach()))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('switched target_encoder, target_projector to eval mode: leave the mode', "target networks put in eval mode (\"the target is never trained\") and left there", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('switched encoder, predictor, projector, target_encoder, target_project', "forces model.train() at the start (\"BatchNorm needs batch statistics\")", fresh=True)
def byol_forward(model, v1, v2):
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('after your forward pass the BatchNorm statistic projector', "projector called twice per view (once to log the online projection, once inside the prediction)", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model.encoder(v1), model.encoder(v2)
    online_z1, online_z2 = model.projector(h1), model.projector(h2)     # kept "for monitoring"
    p1 = model.predictor(model.projector(h1))
    p2 = model.predictor(model.projector(h2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('weight: it should only compute (the target moves in the EMA update, af', "target synchronised to the online weights at every call (load_state_dict) before use", fresh=True)
def byol_forward(model, v1, v2):
    model.target_encoder.load_state_dict(model.encoder.state_dict())
    model.target_projector.load_state_dict(model.projector.state_dict())
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong("no gradient reaches the online network: don't compute p", "the whole forward inside torch.no_grad(): predictions carry no gradient", fresh=True)
@torch.no_grad()
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)

@wrong('the target branch uses the online projector (model.projector); use mod', "target side uses the ONLINE projector on the target encoder's features (projector(target_encoder(v)))", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.projector(model.target_encoder(v1))
        z2 = model.projector(model.target_encoder(v2))
    return p1, p2, z1, z2

@wrong('the target branch uses the online encoder and projector: z comes from', "target obtained as a deepcopy of the online network at each call (same weights as online, not the target's)", fresh=True)
def byol_forward(model, v1, v2):
    tgt = copy.deepcopy(nn.Sequential(model.encoder, model.projector))
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad(): z1, z2 = tgt(v1), tgt(v2)
    return BYOLOutput(p1, p2, z1, z2)
