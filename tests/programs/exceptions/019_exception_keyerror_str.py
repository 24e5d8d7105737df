# KeyError str() uses repr of the key; other errors use str
for key in ["name", 3, (1, 2), "", None]:
    try:
        {}[key]
    except KeyError as e:
        print(str(e), "|", repr(e), "|", e.args)
try:
    raise KeyError("a", "b")
except KeyError as e:
    print(str(e))
try:
    raise ValueError("a", "b")
except ValueError as e:
    print(str(e))
print(str(KeyError()), str(ValueError()), repr(KeyError()))
