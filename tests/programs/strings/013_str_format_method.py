# str.format: positional, numbered, named, attributes, indexing, conversions
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=7), "{0} {x}".format(1, x=2))
p = [10, 20]
d = {"k": "v"}
print("{0[1]} {1[k]}".format(p, d))
class P:
    x = 3
print("{0.x}".format(P()))
print("{0!r} {1!s} {0!r:>8}".format("a", "b"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{{}} {{{0}}}".format(5))
print("{:d} {:5.1f} {:x} {:,}".format(10, 2.25, 255, 1234567))
print("{0:{1}}|".format("w", 5), "{:{}.{}f}".format(3.14159, 8, 2))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print("KeyError:", e)
