# an uncaught math domain error after some output
import math


def norm(xs):
    return math.sqrt(sum(x * x for x in xs) - 100)


print(norm([6, 8, 10]))
print(norm([1, 2, 3]))
