# a linked list class with dunders
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for x in reversed(list(items)):
            self.push(x)
    def push(self, x):
        self.head = Node(x, self.head)
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        n = self.head
        while n is not None:
            yield n.value
            n = n.next
    def __contains__(self, x):
        return any(v == x for v in self)
    def __getitem__(self, i):
        for j, v in enumerate(self):
            if j == i:
                return v
        raise IndexError("linked list index out of range")
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"
ll = LinkedList([1, 2, 3])
ll.push(0)
print(ll, len(ll), 2 in ll, 9 in ll, ll[2])
ll.reverse()
print(ll, list(ll), sum(ll))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
