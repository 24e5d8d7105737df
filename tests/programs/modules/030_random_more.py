# more random: choices-free APIs over several seeds; state is reproducible
import random
for seed in [1, 7, 99]:
    random.seed(seed)
    print(seed, random.randint(1, 6), random.randrange(0, 100, 10), round(random.random(), 10),
          random.choice(["r", "g", "b"]), random.sample([1, 2, 3, 4, 5], 2))
random.seed(5)
xs = list("abcdefgh")
random.shuffle(xs)
print("".join(xs))
random.seed(5)
ys = list("abcdefgh")
random.shuffle(ys)
print(xs == ys)
random.seed(3)
print([random.getrandbits(1) for _ in range(16)], random.getrandbits(32))
random.seed(10)
print([round(random.gauss(0, 1), 6) for _ in range(4)])
print(random.randrange(10 ** 20), random.uniform(5, 5))
