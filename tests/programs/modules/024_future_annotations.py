# from __future__ import annotations is accepted and changes nothing visible
from __future__ import annotations
class Node:
    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next
    def total(self) -> int:
        return self.value + (self.next.total() if self.next else 0)
def build(xs: list[int]) -> Node | None:
    head = None
    for x in reversed(xs):
        head = Node(x, head)
    return head
print(build([1, 2, 3]).total())
x: dict[str, list[int]] = {"a": [1]}
print(x)
