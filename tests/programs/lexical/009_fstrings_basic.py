# f-strings: expressions, conversions, braces
name = "World"
n = 42
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2}")
print(f"{name!r} {name!s} {n!r}")
print(f"{{literal}} {{{n}}}")
print(F"upper F {n}")
xs = [1, 2, 3]
d = {"k": "v"}
print(f"{xs[0]} {xs[-1]} {len(xs)} {d['k']}")
print(f"{'nested' + ' string'}")
print(f"{n if n > 10 else 0}")
print(f"{[x * 2 for x in xs]}")
print(f"{ {'a': 1} }")
print(f"{(lambda v: v + 1)(1)}")
print(f"{'a'!r:>6}|")
print(f"{3.0} {1/3} {None} {True}")
s = "q"
print(f"{s}{s}{s}", f"" == "", f"plain")
print(f"{n}\t|")
