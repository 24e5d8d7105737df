# **kwargs keeps call order; defaults shared across calls
def kw(**k):
    return list(k.items())
print(kw(z=1, y=2, x=3))
print(kw(**{"b": 1, "a": 2}, c=3))
def merge(base, **extra):
    out = dict(base)
    out.update(extra)
    return out
print(merge({"a": 1}, b=2, a=3))
def cfg(opts={}):
    opts["n"] = opts.get("n", 0) + 1
    return opts["n"]
print(cfg(), cfg(), cfg({}), cfg())
