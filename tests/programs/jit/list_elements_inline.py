# List elements read and written by compiled code directly: negative indices, two names
# for one list (a store through one is seen through the other), a store then a load of the
# same element, an element whose type changes, objects replaced by numbers, a list that
# grows in the loop, and an index that leaves the list at the end (IndexError).
def negative(xs, n):
    t = 0
    for i in range(n):
        t += xs[-1 - i % len(xs)] * xs[i % len(xs)]
    return t


def aliases(n):
    a = [0] * 8
    b = a
    s = 0
    for i in range(n):
        a[i % 8] = i
        s += b[i % 8] + b[(i + 1) % 8]
    return s, a


def store_then_load(n):
    v = [1.0, 2.0, 3.0]
    for i in range(n):
        v[1] = v[0] + v[2] * 0.5
        v[0] = v[1] - 1.0
        v[2] = v[1] * 0.25 - v[0] * 0.5 + i % 3
    return v


def changing_type(n):
    v = [0, 0, 0]
    for i in range(n):
        v[i % 3] += 1
        if i == n // 2:
            v[1] = 0.5
    return v


def objects_replaced(n):
    v = ["a", "b", [1], None, 2.5]
    for i in range(n):
        v[i % 5] = i
    return v


def growing(n):
    v = [1, 2]
    for i in range(n):
        v.append(v[-1] + v[-2] if i < 60 else v[i % 50])
    return len(v), v[-1] % 1000003


def runs_off(n):
    v = list(range(100))
    t = 0
    for i in range(n):
        t += v[i]
    return t


print(negative([3, 1, 4, 1, 5, 9, 2, 6], 5000))
print(aliases(3000))
print(store_then_load(2000))
print(changing_type(3000))
print(objects_replaced(2003))
print(growing(3000))
print(runs_off(150))
