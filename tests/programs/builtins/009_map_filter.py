# map and filter are lazy iterators
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(len, ["a", "bb"])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x > 2, range(6))))
print(list(filter(str.isdigit, "a1b2c3")), "".join(map(str.upper, "abc")))
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
calls = []
def f(x):
    calls.append(x)
    return x
lazy = map(f, range(5))
print(calls)
print(next(lazy), calls)
print(sum(map(int, "12345")), max(map(abs, [-7, 3])), sorted(map(lambda s: s[::-1], ["ab", "ca"])))
print(list(map(pow, [2, 3], [3, 2])), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
