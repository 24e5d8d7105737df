# closures capture variables, not values
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
def multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double(triple(2)))
def acc():
    items = []
    def add(x):
        items.append(x)
        return items
    return add
a = acc()
a(1)
print(a(2))
