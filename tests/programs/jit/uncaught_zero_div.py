# An uncaught ZeroDivisionError at iteration 7777 of a compiled loop two calls deep: the
# lines printed before it (every 1000th iteration) all appear once, and the traceback has
# the same frames and line as the interpreter's.
def step(i, acc):
    total = acc
    k = 0
    while k < 50:
        total += (i + k) % 13
        k += 1
    return total


def run(n):
    acc = 0
    for i in range(n):
        acc = acc + 77777 // (7777 - i)
        if i % 1000 == 0:
            print("at", i, acc)
    return acc


def main():
    print(step(3, 0), step(4000, 5))
    print(run(7000))
    print(run(20000))
    print("not reached")


main()
