class Node:
    def __init__(self, v, nxt=None):
        self.v = v; self.nxt = nxt
def walk(n):
    while n:
        yield n.v
        n = n.nxt
lst = Node(1, Node(2, Node(3)))
print(list(walk(lst)), [x for x in walk(lst) if x > 1])
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    return inc
c = counter(); c(); c(5)
print(c())
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
fs2 = [lambda: i for i in range(3)]
print([f() for f in fs2])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], list(zip(*matrix)))
d = {"b": 2, "a": 1}
for k, v in sorted(d.items()):
    print(k, v, end="; ")
print()
print({x: x * x for x in range(4)}, {x % 3 for x in range(10)})
s = "héllo wörld"
print(len(s), s[1], s[-1], s[::-1], s.upper() if hasattr(s, "upper") else "")
print(1 < 2 < 3, 1 < 3 < 2, (1, 2) < (1, 3), [1, 2] == [1, 2], "a" in "abc", 3 not in [1, 2])
x = 5
print("big" if x > 3 else "small", x and 0, x or 0, not x, None is None)
print(2 ** 64, -2 ** 63, 2 ** -2, 10 // 3, -10 // 3, 10 % -3, 7.5 // 2, -7.5 % 2, 1 / 3)
print(0xff, 0o17, 0b101, 1_000_000, 1e-9, .5, 3.0, 1.5e300 * 1e10, -1.5e300 * 1e10, float("nan"))
print(abs(-3), abs(-2.5), pow(2, 10, 1000), pow(2, -1), hex(255), oct(8), bin(5), chr(65), ord("a"))
big = 1
for i in range(1, 30): big *= i
print(big, big // 7, big % 1000, -big, big.bit_length() if hasattr(big, "bit_length") else "")
print(3 & 5, 3 | 5, 3 ^ 5, ~3, 1 << 70, (1 << 70) >> 68, 2 ** 63 ^ 1)
while True:
    x -= 1
    if x < 2: break
else:
    print("not reached")
print(x)
try:
    [][1]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {}["k"]
except KeyError as e:
    print(repr(e), str(e))
try:
    int("x1")
except ValueError as e:
    print(e)
assert x == 1, "x should be 1"
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("tab\t\n"), str(None), repr([None, True]))
print(sorted("hello"), sorted([3, 1, 2], reverse=True), list(reversed([1, 2, 3])), "".join(reversed("abc")))
print(tuple([1]), (), (1,), [()], {}, set(), frozenset([1]))
print(round(1.23456, 3), round(-0.5), round(1234, -2), 7 / 2, int(7 / 2), int(-3.9), float(2))
