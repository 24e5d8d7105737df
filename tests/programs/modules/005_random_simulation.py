# a seeded simulation: dice, walk, Monte Carlo pi
import random
random.seed(2024)
counts = [0] * 13
for _ in range(2000):
    counts[random.randint(1, 6) + random.randint(1, 6)] += 1
print(counts[2:])
pos = 0
path = []
for _ in range(20):
    pos += random.choice((-1, 1))
    path.append(pos)
print(path)
inside = 0
N = 5000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(f"pi ~ {4 * inside / N:.4f}")
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:5], sorted(random.sample(deck, 4)))
print(random.uniform(10, 20), random.gauss(100, 15))
