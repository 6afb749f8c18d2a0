"Fresh answers, round 2: written on 2026-12-05, after the checks' second version, by someone who had only the lesson text and the signature; the verdicts they got then are in the closing note of issue 20. Kept as written; only each wrong answer's expected message is filled in."
import torch, torch.nn as nn
from byol_course.checks.catalogue import right, wrong
from byol_course.model import BYOLOutput

# ---------------------------------------------------------------- right answers

@right("the obvious one: online chain per view, target chain per view inside torch.no_grad(), a BYOLOutput", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@right("two local helpers, the target one decorated with @torch.no_grad(); a plain tuple built by comprehension", fresh=True)
def byol_forward(model, v1, v2):
    def online(v): return model.predictor(model.projector(model.encoder(v)))
    @torch.no_grad()
    def target(v): return model.target_projector(model.target_encoder(v))
    ps = [online(v) for v in (v1, v2)]
    zs = [target(v) for v in (v1, v2)]
    return tuple(ps + zs)


@right("nn.Sequential views of the two networks (built on the fly, no copies), target under torch.set_grad_enabled(False)", fresh=True)
def byol_forward(model, v1, v2):
    online = nn.Sequential(model.encoder, model.projector, model.predictor)
    target = nn.Sequential(model.target_encoder, model.target_projector)
    p1, p2 = online(v1), online(v2)
    with torch.set_grad_enabled(False):
        z1, z2 = target(v1), target(v2)
    return BYOLOutput(p1=p1, p2=p2, z1=z1, z2=z2)


@right("target computed with normal grad mode and then .detach()ed (no gradient in the outputs either way)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    z1 = model.target_projector(model.target_encoder(v1)).detach()
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z2 = model.target_projector(model.target_encoder(v2)).detach()
    return BYOLOutput(p1, p2, z1, z2)

# ---------------------------------------------------------------- wrong answers

@wrong('gradient reaches the target network: compute z', "no torch.no_grad() and no detach on the target (relies on the target's requires_grad=False)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('as one concatenated batch (byol-pytorch',  "byol-pytorch style: both views concatenated into one batch through each network (BatchNorm sees both views)", fresh=True)
def byol_forward(model, v1, v2):
    n = v1.shape[0]
    v = torch.cat([v1, v2])
    p = model.predictor(model.projector(model.encoder(v)))
    with torch.no_grad():
        z = model.target_projector(model.target_encoder(v))
    p1, p2 = p[:n], p[n:]
    z1, z2 = z[:n], z[n:]
    return BYOLOutput(p1, p2, z1, z2)


@wrong('predictor missing from the online branch: p = predictor(projector(enco', "forgets the predictor: p is the online projection", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.projector(model.encoder(v1))
    p2 = model.projector(model.encoder(v2))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the predictor is applied to the target branch (only the online branch', "runs the (online) predictor on the target side as well", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.predictor(model.target_projector(model.target_encoder(v1)))
        z2 = model.predictor(model.target_projector(model.target_encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("is the target's projection of v", "pre-swaps the targets for the loss: returns (p1, p2, z2, z1)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z2, z1)


@wrong('the target branch uses the online encoder and projector: z comes from', "target side uses the ONLINE encoder and projector under no_grad (identical at init, wrong once the target drifts)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.projector(model.encoder(v1))
        z2 = model.projector(model.encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("no gradient reaches the online network: don't compute p", "the return sits inside the `with torch.no_grad()` block that wraps everything: predictions carry no gradient", fresh=True)
def byol_forward(model, v1, v2):
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
        p1 = model.predictor(model.projector(model.encoder(v1)))
        p2 = model.predictor(model.projector(model.encoder(v2)))
        return BYOLOutput(p1, p2, z1, z2)


@wrong("should be the target's projection of v", "copy-paste typo: z2 computed from v1 (z2 == z1)", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v1))
    return BYOLOutput(p1, p2, z1, z2)


@wrong("weights of model.encoder: don't detach anything in the online branch", "online encoder run under no_grad (thinks the backbone features are frozen): no gradient reaches the encoder", fresh=True)
def byol_forward(model, v1, v2):
    with torch.no_grad():
        h1, h2 = model.encoder(v1), model.encoder(v2)
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    p1 = model.predictor(model.projector(h1))
    p2 = model.predictor(model.projector(h2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('switched target_encoder, target_projector to eval mode: leave the mode', "puts the target networks in eval mode for the target pass and leaves them there", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('the target ran in evaluation mode', "target pass in eval mode, then model.train() to 'restore': wrong for a model that was in eval mode, and the target's BN statistics never move", fresh=True)
def byol_forward(model, v1, v2):
    model.target_encoder.eval(); model.target_projector.eval()
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    model.train()
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('after your forward pass the BatchNorm statistic encoder', "computes the representation through model(v) AND the chain again: the online encoder runs twice per view", fresh=True)
def byol_forward(model, v1, v2):
    h1, h2 = model(v1), model(v2)                       # representations, 'for logging'
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('gradient reaches the target network: compute z', "stop-gradient on the wrong side: predictions detached, target left attached", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1))).detach()
    p2 = model.predictor(model.projector(model.encoder(v2))).detach()
    z1 = model.target_projector(model.target_encoder(v1))
    z2 = model.target_projector(model.target_encoder(v2))
    return BYOLOutput(p1, p2, z1, z2)


@wrong('outputs in the wrong order: return (p', "returns the four outputs in the order (p1, z1, p2, z2) as a plain tuple", fresh=True)
def byol_forward(model, v1, v2):
    p1 = model.predictor(model.projector(model.encoder(v1)))
    p2 = model.predictor(model.projector(model.encoder(v2)))
    with torch.no_grad():
        z1 = model.target_projector(model.target_encoder(v1))
        z2 = model.target_projector(model.target_encoder(v2))
    return p1, z1, p2, z2
