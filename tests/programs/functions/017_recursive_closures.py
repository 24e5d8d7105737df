# recursive inner functions and mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7))
def flatten(xs):
    out = []
    def walk(v):
        if isinstance(v, list):
            for item in v:
                walk(item)
        else:
            out.append(v)
    walk(xs)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
def count_down(n):
    def step(k, acc):
        if k == 0:
            return acc
        return step(k - 1, acc + [k])
    return step(n, [])
print(count_down(6))
