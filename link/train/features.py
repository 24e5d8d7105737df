# A little of everything the benchmarks do not: classes and methods, inheritance, string
# methods, dict and set iteration, comprehensions, generators, closures, exceptions, builtins.


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0

    def describe(self):
        return f"{self.name}: {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


def counter():
    n = 0

    def step(k):
        nonlocal n
        n += k
        return n

    return step


def squares(limit):
    i = 0
    while i < limit:
        yield i * i
        i += 1


def checked_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1
    finally:
        pass


def main():
    shapes = []
    for i in range(3000):
        if i % 2 == 0:
            shapes.append(Rect(i % 7 + 1, i % 5 + 1))
        else:
            shapes.append(Circle(i % 3 + 1))
    total = 0.0
    for s in shapes:
        total += s.area()
    print(f"{total:.3f}")
    print(shapes[0].describe(), shapes[1].describe())

    step = counter()
    for i in range(3000):
        step(i)
    print(step(0))

    print(sum(squares(3000)), max(squares(100)), min(x for x in range(5, 50)))
    evens = [x * 2 for x in range(3000) if x % 3 == 0]
    lookup = {str(x): x for x in evens}
    unique = {x % 17 for x in evens}
    print(len(evens), len(lookup), sorted(unique)[:5])

    words = "the quick brown fox jumps over the lazy dog".split()
    freq = {}
    for _ in range(300):
        for w in words:
            freq[w] = freq.get(w, 0) + 1
    for k, v in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])):
        print(k.upper(), v, k.startswith("t"), k.replace("o", "0"))
    print("-".join(w.capitalize() for w in words), len(" ".join(words)))
    text = ""
    for i in range(1000):
        text += chr(97 + i % 26)
    print(text.count("abc"), text.find("xyz"), text[10:20], text[::-100])

    bad = 0
    for i in range(2000):
        if checked_div(i, i % 4) < 0:
            bad += 1
    print(bad)
    try:
        [][1]
    except IndexError as e:
        print("IndexError", e)
    try:
        {}["k"]
    except KeyError as e:
        print("KeyError", e)

    pairs = list(zip(range(10), reversed(range(10))))
    print(pairs[:3], [i for i, _ in enumerate(pairs) if i > 7])
    t = (1, 2.5, "x", None, True)
    print(t, repr("a'b"), abs(-3), round(2.675, 2), divmod(17, 5), int("42") + int(3.9))
    nested = [[i * j for j in range(4)] for i in range(4)]
    print(nested, any(x > 8 for row in nested for x in row), all(nested))


main()
