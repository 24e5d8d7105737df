# e.args, str(e), repr(e) for zero, one and many arguments
cases = [Exception(), Exception("msg"), Exception("a", 2), ValueError(42), KeyError("k"),
         KeyError("a", "b"), IndexError(), RuntimeError(None), TypeError(""), StopIteration(5),
         AssertionError("x"), NotImplementedError("todo")]
for e in cases:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("m")
print(f"{e}", f"{e!r}", [e], (e,))
