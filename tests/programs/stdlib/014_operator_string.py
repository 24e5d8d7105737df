import operator
import string
from operator import itemgetter, attrgetter, methodcaller
from functools import reduce

print(operator.add(1, 2), operator.sub(5, 3), operator.mul(3, 4), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.pow(2, 10), operator.neg(5), operator.pos(-5), operator.abs(-3), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.lshift(1, 5), operator.rshift(64, 2))
print(operator.contains([1, 2], 2), operator.getitem("abc", 1), operator.concat([1], [2]), operator.is_(None, None), operator.is_not(1, None))
print(operator.countOf([1, 2, 1], 1), operator.indexOf([4, 5, 6], 6), operator.index(7))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.iadd([1], [2]))
print(reduce(operator.mul, range(1, 6)), list(map(operator.add, [1, 2], [10, 20])))
rows = [("b", 2, 9.5), ("a", 3, 1.0), ("c", 1, 5.0)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 2)(rows[0]), itemgetter(slice(1, None))(rows[1]))
print(list(map(itemgetter("k"), [{"k": 1}, {"k": 2}])))

class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
    def greet(self, greeting, punct="!"):
        return f"{greeting}, {self.name}{punct}"

ps = [P("zed", P("in1")), P("amy", P("in2"))]
print([p.name for p in sorted(ps, key=attrgetter("name"))], attrgetter("inner.name")(ps[0]), attrgetter("name", "inner.name")(ps[1]))
print(methodcaller("greet", "Hi")(ps[0]), methodcaller("greet", "Yo", punct="?")(ps[1]), methodcaller("upper")("abc"))
print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"))
print([c for c in "a1!B" if c in string.ascii_letters])
try:
    operator.add(1)
except TypeError as e:
    print("TypeError:", e)
