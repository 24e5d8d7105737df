# slice objects
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(3), slice(None, 5), slice(1, None, -1))
xs = list(range(10))
print(xs[s], "abcdefghij"[s], tuple(xs)[s])
print(xs[slice(None, None, -1)], xs[slice(-3, None)])
first_half = slice(0, 5)
print(xs[first_half], range(10)[first_half])
xs[slice(0, 2)] = ["a", "b"]
print(xs)
del xs[slice(2, None, 2)]
print(xs)
