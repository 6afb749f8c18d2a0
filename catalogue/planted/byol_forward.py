"Answers to lesson 03's `byol_forward(model, v1, v2)` -> (p1, p2, z1, z2)."
import torch
from byol_course.checks.catalogue import right, wrong
from byol_course.model import byol_forward as reference

right("the package's version")(reference)
byol_forward = right("the model called on two views (a lambda)")(lambda model, v1, v2: model(v1, v2))

@right("written out, a plain tuple")
def byol_forward(model, v1, v2):
    p1, p2 = (model.predictor(model.projector(model.encoder(v))) for v in (v1, v2))
    with torch.no_grad(): z1, z2 = (model.target_projector(model.target_encoder(v)) for v in (v1, v2))
    return p1, p2, z1, z2

@right("the target's projections detached instead of no_grad")
def byol_forward(model, v1, v2):
    online = lambda v: model.predictor(model.projector(model.encoder(v)))
    target = lambda v: model.target_projector(model.target_encoder(v)).detach()
    return online(v1), online(v2), target(v1), target(v2)

def make_forward(online=lambda m, v: m.predictor(m.projector(m.encoder(v))),
                 target=lambda m, v: m.target_projector(m.target_encoder(v)), no_grad=True, swap=False):
    "A forward pass with the branches given, for building wrong answers."
    def byol_forward(model, v1, v2):
        p1, p2 = online(model, v1), online(model, v2)
        with torch.set_grad_enabled(not no_grad): z1, z2 = target(model, v1), target(model, v2)
        return (p2, p1, z1, z2) if swap else (p1, p2, z1, z2)
    return byol_forward

byol_forward = wrong("gradient reaches the target network")(make_forward(no_grad=False))
byol_forward = wrong("the predictor is applied to the target branch")(
    make_forward(target=lambda m, v: m.predictor(m.target_projector(m.target_encoder(v)))))
byol_forward = wrong("the target branch uses the online encoder")(make_forward(target=lambda m, v: m.target_projector(m.encoder(v))))
byol_forward = wrong("p1 and p2 swapped (views mixed up)")(make_forward(swap=True))
byol_forward = wrong("predictor missing from the online branch")(make_forward(online=lambda m, v: m.projector(m.encoder(v))))
byol_forward = wrong("no gradient from the predictions reaches", "the encoder's output detached")(
    make_forward(online=lambda m, v: m.predictor(m.projector(m.encoder(v).detach()))))

@wrong("both views went through the online network as one concatenated batch")
def byol_forward(model, v1, v2):
    p = model.predictor(model.projector(model.encoder(torch.cat([v1, v2]))))
    with torch.no_grad(): z = model.target_projector(model.target_encoder(torch.cat([v1, v2])))
    return (*p.chunk(2), *z.chunk(2))

byol_forward = wrong("outputs in the wrong order")(lambda model, v1, v2: (lambda o: (o.p1, o.z1, o.p2, o.z2))(model(v1, v2)))

@wrong("switched target_encoder, target_projector to eval mode")
def byol_forward(model, v1, v2):
    model.target_encoder.eval(); model.target_projector.eval()
    return model(v1, v2)

@wrong("after your forward pass the BatchNorm statistic", "the target run once more, to check its output")
def byol_forward(model, v1, v2):
    out = model(v1, v2)
    with torch.no_grad(): model.target_projector(model.target_encoder(v1))
    return out

@wrong("switched encoder, predictor, projector, target_encoder, target_projector to train mode", "model.train() inside")
def byol_forward(model, v1, v2):
    model.train()
    return reference(model, v1, v2)

@wrong("your forward pass changed the weight", "the EMA step done inside the forward pass")
def byol_forward(model, v1, v2):
    out = reference(model, v1, v2)
    with torch.no_grad():
        for t, o in zip(model.target_params(), model.online_params()): t.lerp_(o, 0.01)
    return out
