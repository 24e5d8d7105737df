# passing generator expressions and unpacking generators into calls
def f(a, b, c):
    return a * 100 + b * 10 + c
print(f(*(x for x in range(3))), f(*"123" and [1, 2, 3]))
print(sum(x * x for x in range(5)), max(len(w) for w in ["a", "abc", "ab"]))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print(dict((k, k * 2) for k in "ab"))
print(list(zip(*[(1, "a"), (2, "b")])))
