# repr() of builtin values
for v in [1, -1.5, 1e100, "a'b", 'a"b', "a'\"b", None, True, [1, "x"], (), (1,), {}, {"k": (1, 2)},
          set(), frozenset(), range(0, 10, 2), slice(1, 2), 10 ** 25, -0.0, float("nan"), "\t\n"]:
    print(repr(v))
