# Pure recursive functions run as compiled functions once hot; their results must be
# CPython's, whatever the argument types and whichever branch returns.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def power(x, k):
    # float recursion with an int exponent
    if k == 0:
        return 1.0
    half = power(x, k // 2)
    if k % 2 == 0:
        return half * half
    return half * half * x


def even(n):
    if n == 0:
        return True
    return not even(n - 1)


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


def collatz_len(n):
    if n == 1:
        return 1
    return 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)


def sign_mix(a, b):
    # floor division and modulo on negative operands, shifts, bit operations
    if a > 100:
        return (a // b) + (a % b) + ((a >> 2) ^ (b << 3)) - (~a & 255)
    return sign_mix(a + 37, b) - (a | b)


def clamp_sum(n, lo, hi):
    if n <= 0:
        return 0
    return max(lo, min(hi, n * 3 - 50)) + abs(n - 20) + clamp_sum(n - 1, lo, hi)


def half_sum(n):
    # int / int is a float
    if n == 0:
        return 0.0
    return n / 3 + half_sum(n - 1)


def both(a, b):
    return a < b and b < 100 or a == 7


def chain(n):
    if 0 < n < 10 <= n * 2:
        return n
    return -n


def fib_pair(n, a, b):
    # a parallel assignment builds no tuple; fib_pair(90, 0, 1) overflows 64 bits
    if n == 0:
        return a
    a, b = b, a + b
    return fib_pair(n - 1, a, b)


def twin(n):
    x = y = n * 2
    return x + y


for rnd in range(3):
    print(sum(fib(i) for i in range(25)))
    print(ack(2, 3), ack(2, 20), ack(3, 3))
    print(power(1.0001, 1000), power(2.0, 10), power(-1.5, 7))
    print(even(10), even(7), even(0))
    print(gcd(1071, 462), gcd(-48, 18), gcd(48, -18), gcd(0, 5))
    print(max(collatz_len(n) for n in range(1, 300)))
    print([sign_mix(a, b) for a in (-300, -7, 5, 99) for b in (3, -4, 7)])
    print(clamp_sum(40, -5, 30), clamp_sum(10, 0, 3))
    print(half_sum(30), half_sum(7))
    print([both(a, b) for a in (1, 7, 50, 200) for b in (0, 60, 150)])
    print([chain(n) for n in range(-2, 13)])
    print(fib_pair(50, 0, 1), fib_pair(90, 0, 1), fib_pair(100, 0, 1), twin(21))
    # a new argument type gives a second specialization
    print(power(3, 4), fib(True), fib(False), gcd(12.0, 8.0) if rnd == 2 else "")
