# __lt__ __le__ __gt__ __ge__ and sorting
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs))
a, b = Version("2.0"), Version("10.0")
print(a < b, a <= b, a > b, a >= b, a == Version("2.0"), a != b)
print(sorted(vs, reverse=True))
