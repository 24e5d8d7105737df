# Several generator objects of the same function run the same compiled loop in different
# frames, interleaved by `zip`: each yields from inside its hot loop every few hundred
# iterations (leaving compiled code with its frame suspended), and the others enter the
# same compiled loop meanwhile. Each frame's variables must stay its own.
def walker(start, step, n):
    pos = start
    acc = 0
    for i in range(n):
        pos += step
        acc += pos % 11
        if i % 333 == 332:
            yield pos, acc


def ratio(seed, n):
    x = seed
    k = 0
    while k < n:
        x = (x * 1.0001 + 0.5) % 1000.0
        k += 1
        if k % 500 == 0:
            yield round(x, 6)


rows = list(zip(walker(0, 3, 5000), walker(10, -7, 5000), walker(2**40, 2**20, 5000)))
print(len(rows))
for r in rows[:3] + rows[-2:]:
    print(r)
print(list(zip(ratio(1.0, 6000), ratio(2.5, 6000), ratio(999.0, 3000))))

gens = [walker(k, k + 1, 2000 + 400 * k) for k in range(5)]
done = [0] * 5
totals = [0] * 5
while sum(done) < 5:
    for g in range(5):
        if done[g]:
            continue
        try:
            p, a = next(gens[g])
            totals[g] += a
        except StopIteration:
            done[g] = 1
print(totals)
