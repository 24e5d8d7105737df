"""Argument handling of the str methods: CPython's exact TypeError/ValueError messages."""

def show(label, f):
    """Prints what f() returns, or the exception it raises."""
    try:
        r = f()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)

show('"a".split(None)', lambda: "a".split(None))
show('"a b".split(None, maxsplit=1)', lambda: "a b".split(None, maxsplit=1))
show('"a".split(",", maxsplit=True)', lambda: "a".split(",", maxsplit=True))
show('"a".split(sep=",", sep2=1)', lambda: "a".split(sep=",", sep2=1))
show('"abc".find("b", None, None)', lambda: "abc".find("b", None, None))
show('"abc".find("b", True)', lambda: "abc".find("b", True))
show('"abc".find("b", 10**30)', lambda: "abc".find("b", 10**30))
show('"abc".find("b", -10**30)', lambda: "abc".find("b", -10**30))
show('"abc"[::-1].find("a")', lambda: "abc"[::-1].find("a"))
show('"abcdef".find("cd", 2, 4)', lambda: "abcdef".find("cd", 2, 4))
show('"abcdef".find("cd", 2, 3)', lambda: "abcdef".find("cd", 2, 3))
show('"abcdef".rfind("", 2, 4)', lambda: "abcdef".rfind("", 2, 4))
show('"abcdef".rfind("", 4, 2)', lambda: "abcdef".rfind("", 4, 2))
show('"abcdef".count("", 4, 2)', lambda: "abcdef".count("", 4, 2))
show('"ab".center(5, "")', lambda: "ab".center(5, ""))
show('"ab".ljust(5.0)', lambda: "ab".ljust(5.0))
show('"abc".translate({97: 0x110000})', lambda: "abc".translate({97: 0x110000}))
show('"abc".translate({97: -1})', lambda: "abc".translate({97: -1}))
show('str.maketrans("a", 1)', lambda: str.maketrans("a", 1))
show('str.maketrans(1, "a")', lambda: str.maketrans(1, "a"))
show('str.maketrans({1.5: 2})', lambda: str.maketrans({1.5: 2}))
show('str.maketrans("abc", "xyz", "q")', lambda: str.maketrans("abc", "xyz", "q"))
show('"ab".startswith(("a",), 1)', lambda: "ab".startswith(("a",), 1))
show('"a".replace("a", "b", 1.5)', lambda: "a".replace("a", "b", 1.5))
show('"a".zfill(3.0)', lambda: "a".zfill(3.0))
