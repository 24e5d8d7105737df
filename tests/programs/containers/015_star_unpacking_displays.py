# star-unpacking in displays and calls
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 5), {*a, *b} == {1, 2, 3, 4}, [*"hi", *range(2)])
d1 = {"x": 1}
d2 = {"y": 2, "x": 9}
print({**d1, **d2}, {**d2, **d1}, {**d1, "z": 3})
def f(*args, **kw):
    return args, kw
print(f(*a, *b), f(**d1, **{"q": 0}), f(0, *a, k=1, **d2))
print(*a, *b, sep=",")
first, *rest = [10, 20, 30]
*init, last = "abcd"
h, *mid, t = range(5)
print(first, rest, init, last, h, mid, t)
x, *y = [1]
print(x, y)
[p, q], *r = [(1, 2), 3, 4]
print(p, q, r)
