# *args and **kwargs
def f(*args, **kwargs):
    return args, kwargs
print(f())
print(f(1, 2))
print(f(a=1))
print(f(1, b=2, c=3))
def g(a, b=2, *rest, **opts):
    return a, b, rest, opts
print(g(1), g(1, 3), g(1, 3, 5, 7), g(1, x=9), g(*[1, 2, 3], **{"y": 0}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1), total(1, 2, 3), total(*range(10)))
def show(**kw):
    for k in kw:
        print(k, "=", kw[k])
show(z=1, a=2, m=3)
args = (1, 2)
kwargs = {"b": 5}
def h(a, b, c=0):
    return a + b + c
print(h(*args), h(1, **kwargs), h(*args, c=10))
