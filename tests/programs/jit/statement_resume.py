# Guards that fail after an effect of the same iteration resume at the failing statement,
# inside nested if/else blocks: the stores before it are not repeated, the ones after it
# are not lost.
class Acc:
    def __init__(self):
        self.a = 0
        self.b = 0.0


def run(n):
    acc = Acc()
    hist = [0] * 8
    total = 0
    for i in range(n):
        acc.a += 1
        if i % 3 == 0:
            hist[i % 8] += 1
            if i > 6000:
                total += i * i * i * i * 1000
            else:
                total += 1
            acc.b += 0.5
        else:
            hist[(i + 1) % 8] += 2
            total -= 1
        acc.b += total % 5
    return acc.a, acc.b, hist, total


print(run(9000))

vals = [1.0] * 16
s = 0
w = 0
while w < 8000:
    vals[w % 16] += 1.0
    s += w
    if w == 4000:
        s = s * 1.5
    vals[(w + 3) % 16] -= 0.5
    w += 1
print(s, vals)
