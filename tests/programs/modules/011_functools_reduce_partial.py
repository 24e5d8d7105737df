# functools.reduce and partial
from functools import reduce, partial
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 11), 1))
print(reduce(max, [3, 9, 2]), reduce(lambda acc, s: acc + s[0], ["ab", "cd"], ""), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print("TypeError:", e)
def power(base, exp):
    return base ** exp
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), two_to(10), square(base=3))
int2 = partial(int, base=2)
print(int2("1011"), int2("1111"))
p = partial(print, "prefix:", sep="|")
p("a", "b")
add3 = partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(c=10))
