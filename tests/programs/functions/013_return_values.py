# return values: none, multiple, early return
def nothing():
    pass
def bare():
    return
def multi():
    return 1, "two", [3]
def early(n):
    if n < 0:
        return "negative"
    for i in range(n):
        if i * i > n:
            return i
    return "end"
print(nothing(), bare(), multi())
a, b, c = multi()
print(a, b, c)
print(early(-1), early(10), early(0), early(1))
def swap(x, y):
    return y, x
print(swap(1, 2), type(swap(1, 2)).__name__)
