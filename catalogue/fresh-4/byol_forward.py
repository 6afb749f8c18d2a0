"Fresh answers, round 4: written on 2026-12-05, after the checks' fourth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong
from byol_course.model import BYOLOutput


# ---------------------------------------------------------------- right answers

@right("online chain per view, target chain per view inside torch.no_grad(), returned as a BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@right("target first, through a helper decorated with @torch.no_grad(); a plain tuple; online encoder reached through model(v)", fresh=True)
def byol_forward(model, v1, v2):
    @torch.no_grad()
    def target(v): return model.target_projector(model.target_encoder(v))
    z1, z2 = target(v1), target(v2)
    online = lambda v: model.predictor(model.projector(model(v)))   # model(v) with one batch = encoder(v)
    return (online(v1), online(v2), z1, z2)


@right("loop over the views, nn.Sequential built on the fly for each network, outputs unpacked from lists", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    ps, zs = [], []
    for v in (v1, v2):
        ps.append(online(v))
        with torch.no_grad(): zs.append(target(v))
    return BYOLOutput(*ps, *zs)


@right("torch.set_grad_enabled(False) around the target calls (same as no_grad)", fresh=True)
def byol_forward(model, v1, v2):
    p1, p2 = (model.predictor(model.projector(model.encoder(v))) for v in (v1, v2))
    with torch.set_grad_enabled(False):
        z1, z2 = (model.target_projector(model.target_encoder(v)) for v in (v1, v2))
    return BYOLOutput(p1=p1, p2=p2, z1=z1, z2=z2)


# ---------------------------------------------------------------- wrong answers

@wrong('gradient reaches the target network: compute z', "no torch.no_grad() around the target ('its weights have requires_grad=False anyway')", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("is the target's projection of v", "target outputs already swapped for the loss: returns (p1, p2, z2, z1)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)


@wrong('outputs in the wrong order: return (p', "outputs in the order (p1, z1, p2, z2): grouped by view instead of by network", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return p1, z1, p2, z2


@wrong('predictor missing from the online branch: p = predictor(projector(enco', "online side forgets the predictor: p is the online projection", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.projector(model.encoder(v1))
    p2 = model.projector(model.encoder(v2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor is applied to the target branch (only the online branch', "target side also goes through the predictor", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder (model.encoder); use model.t', "target side uses the ONLINE encoder with the target projector (typo: model.encoder)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.encoder(v1))
        z2 = model.target_projector(model.encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder and projector: z comes from', "z is the online projection detached (z = projector(encoder(v)).detach()), the target network never runs", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.projector(model.encoder(v1)).detach()
    z2 = model.projector(model.encoder(v2)).detach()
    return BYOLOutput(p1, p2, z1, z2)


@wrong('as one concatenated batch (byol-pytorch',  "both views concatenated into one batch per network (byol-pytorch style): BatchNorm sees both views' statistics", fresh=True)
def byol_forward(model, v1, v2):
    n = len(v1)
    v = torch.cat([v1, v2])
    p = model.predictor(model.projector(model.encoder(v)))
    with torch.no_grad():
        z = model.target_projector(model.target_encoder(v))
    return BYOLOutput(p[:n], p[n:], z[:n], z[n:])


@wrong('switched target_encoder, target_projector to eval mode: leave the mode', "puts the target networks in eval mode before using them ('the target is not trained')", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched encoder, predictor, projector, target_encoder, target_project', "calls model.train() at the start ('forward is for training'), overriding eval mode", fresh=True)
def byol_forward(model, v1, v2):
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("no gradient reaches the online network: don't compute p", "everything indented inside the torch.no_grad() block: the predictions carry no gradient either", fresh=True)
def byol_forward(model, v1, v2):
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
        p1 = model.predictor(model.projector(model.encoder(v1)))
        p2 = model.predictor(model.projector(model.encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('after your forward pass the BatchNorm statistic encoder', "also computes the representations model(v1), model(v2) 'for logging': the online encoder runs twice per view, its BatchNorm statistics move twice", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model(v1), model(v2)                       # representations, 'for logging'
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("weights of model.encoder: don't detach anything in the online branch", "detaches the online representation before the projector ('only the heads should train'): no gradient reaches the encoder", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1).detach()))
    p2 = model.predictor(model.projector(model.encoder(v2).detach()))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('weight: it should only compute (the target moves in the EMA update, af', "syncs the target to the online weights at every call (load_state_dict) 'so both start identical'", fresh=True)
def byol_forward(model, v1, v2):
    model.target_encoder.load_state_dict(model.encoder.state_dict())
    model.target_projector.load_state_dict(model.projector.state_dict())
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)
