# seeded random sequences are CPython's: every method, independent Random instances, state
import random

random.seed(42)
print([random.random() for _ in range(4)])
print([random.randint(1, 6) for _ in range(12)], random.randint(-5, -5), random.randint(0, 2 ** 70))
print([random.randrange(10) for _ in range(6)], [random.randrange(5, 50, 5) for _ in range(4)],
      [random.randrange(100, 0, -7) for _ in range(4)], random.randrange(-3, 3), random.randrange(10 ** 25))
print(random.randrange(0, 10 ** 30, 10 ** 20), random.randrange(7, None, 1), random.randrange(2, 9, 1),
      random.randrange(start=3, stop=40, step=4), random.randrange(True, 5))
print([random.getrandbits(k) for k in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100, 200)])
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(100, 200, 3)),
      random.choice((None, True)), random.choice({0: "zero", 1: "one"}), random.choice(["only"]))
xs = list(range(12))
random.shuffle(xs)
print(xs)
big = list(range(100))
random.shuffle(big)
print(big[:15])
print(random.sample(range(100), 5), random.sample("abcdef", 3), random.sample((1, 2, 3), 3),
      random.sample([5, 6, 7], k=0), random.sample(range(10 ** 9), 4), random.sample(range(1000), 8))
print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample(range(40), k=30)[:6])
print(random.choices("xyz", k=6), random.choices([1, 2, 3], [10, 1, 1], k=6), random.choices(range(4)))
print(random.choices("abc", cum_weights=[1, 1, 5], k=5), random.choices([0, 1], weights=[0.25, 0.75], k=8),
      random.choices("ab", k=-3), random.choices("ab", [1, 1], k=0))
print(random.uniform(1, 2), random.uniform(-1.5, 1.5), random.uniform(5, 5), random.uniform(10, 2),
      random.uniform(2 ** 60, 2 ** 60 + 1000))
print(random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(5, 5, 5),
      random.triangular(2.0, 2.0, 7), random.triangular(high=3, low=1, mode=None))

random.seed(0)
a = [random.random() for _ in range(5)]
random.seed(0)
b = [random.random() for _ in range(5)]
print(a == b, a)
for seed in [0, 1, -1, 7, -7, 2 ** 32, 2 ** 32 + 1, 10 ** 40, -(10 ** 40), True, False, 3.5, -3.5, 0.0,
             1e300, float("inf"), 12.0]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randrange(1000))
random.seed(a=123, version=2)
print(random.random())
random.seed(123, 1)
print(random.random())

# independent generators
r1 = random.Random(7)
r2 = random.Random(7)
r3 = random.Random()
random.seed(7)
print(r1.random() == r2.random() == random.random(), r1.randint(1, 100), r2.randint(1, 100))
print(r1.random(), r1.random(), r2.random())
r3.seed(7)
print(r3.random(), r3.random(), r3.random(), r1.random())
r4 = random.Random(x=99)
print(r4.randint(0, 10 ** 6), random.Random(99).randint(0, 10 ** 6), random.Random(None).random() < 1)
print(type(r1).__name__, isinstance(r1, random.Random), type(random.Random), random.Random.VERSION)

# getstate / setstate round trips, including the cached gauss value
random.seed(5)
state = random.getstate()
print(type(state).__name__, len(state), state[0], len(state[1]), state[1][-1], state[2])
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
g1 = random.gauss(0, 1)
mid = random.getstate()
print(type(mid[2]).__name__)
g2 = random.gauss(0, 1)
random.setstate(mid)
print(g2 == random.gauss(0, 1), g1 != g2)
r5 = random.Random()
r5.setstate(r1.getstate())
print(r5.random() == r1.random(), r5.getstate() == r1.getstate())
old = (2, tuple(x - 2 ** 32 if x > 2 ** 31 else x for x in state[1]), None)
random.setstate(old)
print(random.getstate() == state, random.random() == first[0])
