# higher-order helpers built from scratch
def my_map(fn, xs):
    return [fn(x) for x in xs]
def my_filter(pred, xs):
    return [x for x in xs if pred(x)]
def my_reduce(fn, xs, init):
    acc = init
    for x in xs:
        acc = fn(acc, x)
    return acc
nums = list(range(1, 11))
print(my_map(lambda x: x * x, nums))
print(my_filter(lambda x: x % 2 == 0, nums))
print(my_reduce(lambda a, b: a * b, nums, 1))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
s = "  Hello World  "
for step in pipeline:
    s = step(s)
print(s)
