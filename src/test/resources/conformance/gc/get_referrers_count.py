import gc
gc.disable()
gc.collect()
class Thing:
    pass

t = Thing()
holder = [t]
box = {"t": t}
refs = gc.get_referrers(t)
print("referrer count:", len(refs))
print("holder among them:", any(r is holder for r in refs))
print("box among them:", any(r is box for r in refs))
del holder, refs
print("after del holder:", len(gc.get_referrers(t)))
