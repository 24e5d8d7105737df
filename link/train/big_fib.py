def fib_iter(n):
    a = 0
    b = 1
    for _ in range(n):
        a, b = b, a + b
    return a


def main():
    n = 1_000
    reps = 400
    total = 0
    for _ in range(reps):
        total += fib_iter(n) % 1000003
    a = fib_iter(10_000)
    s = str(a)
    print(f"digits {len(s)}")
    print(f"last10 {a % 10000000000}")
    print(f"sum_mod {total}")


main()
