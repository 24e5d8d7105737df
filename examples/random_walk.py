# Seeded random simulations: a 2-D random walk and a Monte Carlo estimate of pi.
# Shows: random.seed (same Mersenne Twister as CPython), format specs, math.
import math
import random

random.seed(42)

# a random walk on the grid
x = y = 0
max_dist = 0.0
steps = {"N": (0, 1), "S": (0, -1), "E": (1, 0), "W": (-1, 0)}
for i in range(10_000):
    dx, dy = steps[random.choice("NSEW")]
    x += dx
    y += dy
    max_dist = max(max_dist, math.hypot(x, y))
print(f"walk ends at ({x}, {y}), distance {math.hypot(x, y):.3f}, farthest {max_dist:.3f}")

# Monte Carlo estimate of pi
n = 200_000
inside = 0
for _ in range(n):
    px, py = random.random(), random.random()
    if px * px + py * py <= 1.0:
        inside += 1
estimate = 4 * inside / n
print(f"pi ~ {estimate:.5f} (error {abs(estimate - math.pi):.2e}) from {n:,} samples")

# a few other seeded draws
print(random.randint(1, 6), random.uniform(0, 1), random.sample(range(50), 5))
print(f"gauss: {random.gauss(0, 1):+.6f}")
