# annotations never change behaviour
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, 2), add("x", "y"), add([1], [2]))
x: int = "not an int"
print(x)
y: float
y = 3
print(y)
def scale(xs: list[float], k: float) -> list[float]:
    return [v * k for v in xs]
print(scale([1, 2], 2), scale([1.5], 2))
class P:
    x: int
    y: int = 5
    def __init__(self, x: "int") -> None:
        self.x = x
p = P(1)
print(p.x, p.y, P.y)
def f(*args: int, **kw: str) -> dict[str, int]:
    return {"n": len(args) + len(kw)}
print(f(1, 2, a="b"))
n: int = 10
total: int = 0
for i in range(n):
    total += i
print(total)
