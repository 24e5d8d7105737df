# Element and attribute stores at constant indices while other names for the same list or
# instance read it: a store at index 3 may not be forgotten by a read of index 3 through
# another name, while reads of other indices may be kept across it (and across iterations).


class P:
    def __init__(self):
        self.x = 0.0
        self.v = 1.0
        self.w = 2.0


def same_list(a, b, n):
    s = 0.0
    for i in range(n):
        a[3] = a[0] + i
        s += b[3] * 0.5 + b[0]
        b[0] = b[0] * 0.5 + 1.0
        s += a[0]
    return s, a, b is a


def two_lists(rows, n):
    s = 0.0
    for i in range(n):
        a = rows[i % 2]
        b = rows[(i + 1) % 2]
        a[1] = a[0] + b[1] * 0.25
        s += b[1] + a[1] + a[0]
    return s, rows


def same_instance(p, q, n):
    s = 0.0
    for i in range(n):
        p.x = p.v + i
        s += q.x + q.v
        q.v = q.w * 0.5 + p.x * 0.001
        s += p.v
    return s, p.x, p.v, q.w


lst = [1.0, 2.0, 3.0, 4.0]
print(same_list(lst, lst, 3000))
print(same_list([1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0], 3000))
r = [0.5, 1.5]
print(two_lists([r, r], 3000))
print(two_lists([[0.5, 1.5], [2.5, 3.5]], 3000))
p = P()
print(same_instance(p, p, 3000))
print(same_instance(P(), P(), 3000))
