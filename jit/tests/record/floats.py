# Float `//`, `%`, `**`, `math.sqrt`, `abs`, `min` and `max`.
import math

t = 0.0
for i in range(5):
    x = i * 1.5 + 0.5
    t += x // 2.0 + x % 0.75 + x ** 2 + x ** 0.5 + math.sqrt(x) + abs(-x) + min(x, t) + max(t, 1.0)
