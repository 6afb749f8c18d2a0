"Fresh answers, round 6: written on 2026-12-05, after the checks' sixth version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import copy
import torch, torch.nn as nn
from byol_course.model import BYOLOutput
from byol_course.checks.catalogue import right, wrong


# ---------------------------------------------------------------- right answers

@right("the obvious one: online per view, then target per view inside torch.no_grad(), a BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@right("target first (in a no_grad-decorated helper), online after; a plain tuple", fresh=True)
def byol_forward(model, v1, v2):
    @torch.no_grad()
    def target(v): return model.target_projector(model.target_encoder(v))
    def online(v): return model.predictor(model.projector(model.encoder(v)))
    z1, z2 = target(v1), target(v2)
    return online(v1), online(v2), z1, z2


@right("loop over the views; the online representation through model(v) (one batch = the encoder); keyword BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    ps, zs = [], []
    for v in (v1, v2):
        ps.append(model.predictor(model.projector(model(v))))
        with torch.no_grad():
            zs.append(model.target_projector(model.target_encoder(v)))
    return BYOLOutput(p1=ps[0], p2=ps[1], z1=zs[0], z2=zs[1])


@right("nn.Sequential views of the two networks (no new weights), torch.set_grad_enabled(False) as a context", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    p1, p2 = online(v1), online(v2)
    with torch.set_grad_enabled(False):
        z1, z2 = target(v1), target(v2)
    return BYOLOutput(p1, p2, z1, z2)


# ---------------------------------------------------------------- wrong answers

@wrong('both views went through the online network as one concatenated batch', "both views as one batch through each network (byol-pytorch style): BatchNorm sees both views' statistics", fresh=True)
def byol_forward(model, v1, v2):
    v = torch.cat([v1, v2])
    p = model.predictor(model.projector(model.encoder(v)))
    with torch.no_grad():
        z = model.target_projector(model.target_encoder(v))
    p1, p2 = p.chunk(2); z1, z2 = z.chunk(2)
    return BYOLOutput(p1, p2, z1, z2)


@wrong('both views went through the target network as one concatenated batch', "online per view, but the target runs both views as one concatenated batch (a 'memory saving')", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1, z2 = model.target_projector(model.target_encoder(torch.cat([v1, v2]))).split(len(v1))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor ran on both views as one concatenated batch (the online', "encoder and projector per view, but the predictor called once on both projections concatenated", fresh=True)
def byol_forward(model, v1, v2):
    y1, y2 = model.projector(model.encoder(v1)), model.projector(model.encoder(v2))
    p1, p2 = model.predictor(torch.cat([y1, y2])).chunk(2)
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("is the target's projection of v", "pre-swaps the targets: returns (p1, p2, z2, z1), thinking the loss pairs p1 with z1", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)


@wrong('outputs in the wrong order: return (p', "BYOLOutput(p1, z1, p2, z2): fields in the wrong positional order", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    with torch.no_grad(): z1 = model.target_projector(model.target_encoder(v1))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad(): z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, z1, p2, z2)


@wrong('are inference tensors (made under torch.inference_mode()): a loss cann', "target under torch.inference_mode() instead of torch.no_grad()", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.inference_mode():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('gradient reaches the target network: compute z', "no torch.no_grad() at all: relies on the target weights being frozen (requires_grad=False)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor is applied to the target branch (only the online branch', "the target side also goes through the predictor", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('predictor missing from the online branch: p = predictor(projector(enco', "online side skips the predictor (p = projector(encoder(v)))", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.projector(model.encoder(v1))
    p2 = model.projector(model.encoder(v2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder and projector: z comes from', "z from the ONLINE encoder and projector under no_grad (never uses the target networks)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.projector(model.encoder(v1))
        z2 = model.projector(model.encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target branch uses the online encoder and projector: z comes from', "makes a fresh deepcopy of the online networks as 'the target' on every call (ignores model.target_*)", fresh=True)
def byol_forward(model, v1, v2):
    target = nn.Sequential(copy.deepcopy(model.encoder), copy.deepcopy(model.projector))
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1, z2 = target(v1), target(v2)
    return BYOLOutput(p1, p2, z1, z2)


@wrong("should be the target's projection of v", "typo: z2 from v1 (target of view 1 twice)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v1))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched encoder, predictor, projector, target_encoder, target_project', "calls model.train() first ('a forward pass is for training'): forces the mode", fresh=True)
def byol_forward(model, v1, v2):
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched target_encoder, target_projector to eval mode: leave the mode', "puts the target networks in eval mode (and leaves them there): target BN uses running stats and never updates them", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target ran in evaluation mode', "runs the target in eval mode temporarily and restores its mode: modes kept, but the target BN neither uses batch stats nor moves its running stats", fresh=True)
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


@wrong('the target ran in evaluation mode', "target via model.eval() ... model.train(): after the call the model is in training mode even if it was in eval mode", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    model.train()
    return BYOLOutput(p1, p2, z1, z2)


@wrong("weights of model.encoder: don't detach anything in the online branch", "detaches the projection before the predictor: only the predictor gets a gradient", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)).detach())
    p2 = model.predictor(model.projector(model.encoder(v2)).detach())
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('after your forward pass the BatchNorm statistic encoder', "calls the online encoder twice per view (once for the 'representation' h, once again for the projector)", fresh=True)
def byol_forward(model, v1, v2):
    outs = []
    for v in (v1, v2):
        h = model.encoder(v)                                     # the representation, 'kept for later'
        outs.append(model.predictor(model.projector(model.encoder(v))))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(outs[0], outs[1], z1, z2)


@wrong("` require gradients in place (`requires_grad_()`): the caller's tensor", "sets requires_grad on the views ('so that gradients flow'): changes the caller's inputs", fresh=True)
def byol_forward(model, v1, v2):
    v1.requires_grad_(True); v2.requires_grad_(True)
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("as the contract says (a BYOLOutput's fields read out.p", "returns a list [p1, p2, z1, z2] instead of a tuple / BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return [p1, p2, z1, z2]


@wrong('your function left gradient computation switched off for everything af', "torch.set_grad_enabled(False) as a plain call before the target, never re-enabled: grad stays off for the caller", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    torch.set_grad_enabled(False)
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)
