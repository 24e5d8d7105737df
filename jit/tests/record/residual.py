def work(n):
    s = 0
    for k in range(n):
        s += k
    return s


def run(n):
    total = 0
    seen = {}
    w = 0
    for i in range(n):
        w = work(i)
        seen.setdefault(i, w)
        print(i, w, sep=":")
        total += w
    return total


run(4)
