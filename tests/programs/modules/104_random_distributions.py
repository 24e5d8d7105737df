# the real-valued distributions over several seeds, and subclasses of random.Random
import random

for seed in [1, 42, 2024]:
    random.seed(seed)
    print("seed", seed)
    print(" gauss", [random.gauss() for _ in range(3)], random.gauss(100, 15), random.gauss(mu=5, sigma=0))
    print(" normal", [random.normalvariate() for _ in range(3)], random.normalvariate(10, 2),
          random.normalvariate(sigma=3))
    print(" lognorm", random.lognormvariate(0, 1), random.lognormvariate(1.5, 0.25))
    print(" expo", [random.expovariate(1.5) for _ in range(3)], random.expovariate(-2))
    print(" vonmises", random.vonmisesvariate(0, 4), random.vonmisesvariate(3.0, 1e-7),
          random.vonmisesvariate(-1, 0.5), random.vonmisesvariate(10, 100))
    print(" gamma", random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(2.5, 3),
          random.gammavariate(200, 0.5), random.gammavariate(0.01, 1))
    print(" beta", random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.betavariate(1, 1))
    print(" pareto", random.paretovariate(1), random.paretovariate(3.5))
    print(" weibull", random.weibullvariate(1, 1), random.weibullvariate(2, 0.5), random.weibullvariate(1, 5))
    print(" triangular", random.triangular(0, 1, 0.2), random.triangular(10, 0))

# gauss caches its second value; reseeding forgets it
random.seed(3)
x1 = random.gauss()
random.seed(3)
print(x1 == random.gauss(), random.gauss() != x1)

r = random.Random(11)
s = random.Random(11)
print([r.gauss(0, 1) for _ in range(3)] == [s.gauss(0, 1) for _ in range(3)])
print(r.betavariate(3, 3), r.weibullvariate(2, 3), r.paretovariate(2), s.expovariate(0.5))


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(6)
print(d.roll(), d.roll(), d.roll(), isinstance(d, random.Random), type(d).__name__)
random.seed(6)
print([random.randint(1, 6) for _ in range(3)])


class Logged(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def seed(self, a=None, version=2):
        self.calls += 1
        super().seed(a)


lg = Logged(99)
print(lg.calls, lg.random() == random.Random(99).random())
lg.seed(5)
print(lg.calls, lg.randrange(1000), random.Random(5).randrange(1000))

# a seeded Monte Carlo estimate and a shuffled deck
rng = random.Random(2024)
inside = sum(1 for _ in range(4000) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
print(f"pi ~ {4 * inside / 4000:.4f}")
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:7], sorted(rng.sample(deck, 5)), rng.choices(deck, k=3))
