# hash values are only compared, never printed
print(hash(1) == hash(1.0), hash(True) == hash(1), hash(0) == hash(-0.0) == hash(False))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(type(hash("x")).__name__, hash(10 ** 30) == hash(10 ** 30), hash(None) == hash(None))
for v in [[], {}, set()]:
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
class H:
    def __hash__(self):
        return 12345
print(hash(H()) == 12345, hash(42) == 42, hash(-1) == hash(-2))
