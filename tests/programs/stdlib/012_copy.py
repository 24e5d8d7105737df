import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
print(a, b, c)
print(b[1] is a[1], c[1] is a[1])
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp, dp[0] is dp[1], dp[0] is shared)
rec = [1]
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2, r2[1] is r2, r2 is rec)
t = (1, 2, (3, 4))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
t3 = copy.deepcopy(t2)
print(t3, t3 is t2, t3[1] is t2[1])
d = {"a": {1, 2}, "b": frozenset([3])}
d2 = copy.deepcopy(d)
print(d2, d2["a"] is d["a"], d2 == d)

class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f"Node({self.val}, {self.children})"

root = Node(1, [Node(2), Node(3)])
root2 = copy.deepcopy(root)
root2.children[0].val = 20
print(root, root2, type(root2).__name__)
s = copy.copy(root)
s.children.append(Node(4))
print(root, s.children is root.children)

class Custom:
    def __init__(self, x):
        self.x = x
    def __copy__(self):
        print("custom copy")
        return Custom(self.x + 1)
    def __deepcopy__(self, memo):
        print("custom deepcopy", type(memo).__name__)
        return Custom(self.x + 100)

print(copy.copy(Custom(1)).x, copy.deepcopy(Custom(1)).x, copy.deepcopy([Custom(2)])[0].x)

class L(list):
    pass

l = L([1, [2]])
l.tag = "t"
l2 = copy.deepcopy(l)
print(l2, type(l2).__name__, l2.tag, l2[1] is l[1])
from collections import deque, Counter, defaultdict, namedtuple, OrderedDict
dq = deque([[1], [2]], maxlen=5)
dq2 = copy.deepcopy(dq)
dq3 = copy.copy(dq)
dq[0].append(9)
print(dq, dq2, dq3)
cn = Counter("aab")
print(copy.copy(cn), copy.deepcopy(cn))
dd = defaultdict(list, {"x": [1]})
dd2 = copy.deepcopy(dd)
dd2["y"].append(2)
print(dd, dd2)
P = namedtuple("P", "a b")
p = P([1], 2)
p2 = copy.deepcopy(p)
print(p2, p2.a is p.a, type(p2).__name__)
print(copy.deepcopy(OrderedDict(a=[1])))
print(copy.copy(5), copy.deepcopy("s"), copy.deepcopy(None), copy.copy(len) is len)
memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y, id(x) in memo)
