# random with a seed gives CPython's Mersenne Twister sequences
import random
random.seed(42)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(5)], [random.randrange(5, 50, 5) for _ in range(5)])
print([round(random.uniform(-1, 1), 12) for _ in range(3)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(100)))
xs = list(range(10))
random.shuffle(xs)
print(xs)
print(random.sample(range(100), 5), random.sample("abcdef", 3))
print([random.gauss(0, 1) for _ in range(3)])
print(random.getrandbits(8), random.getrandbits(64), random.getrandbits(100))
random.seed(0)
a = [random.random() for _ in range(5)]
random.seed(0)
b = [random.random() for _ in range(5)]
print(a == b, a)
random.seed(12345)
print(random.randint(0, 10 ** 30), random.randrange(-100, 100))
