# Prints inside hot loops, counted: a line every 137th iteration of a compiled loop (plus
# its state), prints in both arms of a rarely-flipping branch, `end=""` partial lines, a print
# that happens in the same iteration as a type change and as an overflow; the final counts
# must equal the number of lines printed (none lost, none doubled).
printed = 0
total = 0
for i in range(10000):
    total += i * 3
    if i % 137 == 0:
        print("tick", i, total)
        printed += 1
print("ticks", printed, total)


def arms(n):
    lines = 0
    x = 0
    for i in range(n):
        x += 1
        if i % 1000 == 999:
            if (i // 1000) % 2:
                print("odd", i, x)
            else:
                print("even", i, x)
            lines += 1
    return lines


print("arms", arms(9000))


def partial(n):
    k = 0
    while k < n:
        if k % 250 == 0:
            print(k // 250, end=" ")
        k += 1
    print()
    return k


print("partial", partial(5000))


def with_change(n):
    v = 0
    count = 0
    for i in range(n):
        if i == 3000:
            v = v + 0.5
            print("float now", v)
            count += 1
        v += 2
        if i % 999 == 0:
            print("at", i, v)
            count += 1
    return count, v


print("with_change", with_change(6000))


def with_overflow(n):
    x = 2**62
    step = 2**52
    lo = 2**63 - step
    hi = 2**63 + step
    count = 0
    for i in range(n):
        x += step
        if x > lo and x < hi:
            print("crossing", i, x)
            count += 1
        if i % 700 == 0:
            print("x", i, x)
            count += 1
    return count


print("with_overflow", with_overflow(3000))
