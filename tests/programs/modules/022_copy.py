# copy.copy and copy.deepcopy
import copy
a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a)
print(s)
print(d)
class Node:
    def __init__(self, v, kids=None):
        self.v = v
        self.kids = kids or []
    def __repr__(self):
        return f"Node({self.v}, {self.kids})"
n = Node(1, [Node(2)])
n2 = copy.deepcopy(n)
n3 = copy.copy(n)
n.kids[0].v = 20
n.v = 10
print(n, n2, n3)
r = [1]
r.append(r)
rc = copy.deepcopy(r)
print(rc, rc[1] is rc, rc is not r)
t = (1, [2])
print(copy.deepcopy(t) == t, copy.copy(t) is t)
