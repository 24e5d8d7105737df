# arguments are passed by object reference
def mutate(xs):
    xs.append("added")
def rebind(xs):
    xs = ["new"]
    return xs
a = [1]
mutate(a)
print(a)
print(rebind(a), a)
def inc_all(d):
    for k in d:
        d[k] += 1
d = {"x": 1, "y": 2}
inc_all(d)
print(d)
def modify_copy(xs):
    xs = xs[:]
    xs.append(0)
    return xs
orig = [9]
print(modify_copy(orig), orig)
