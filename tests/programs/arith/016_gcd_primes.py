# integer algorithms: gcd, primes, digit sums, base conversion
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(2 ** 100, 6 ** 50))
def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True
print([n for n in range(60) if is_prime(n)])
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return s
print(to_base(255, 2), to_base(255, 16), to_base(10 ** 20, 36), to_base(0, 7))
print(int(to_base(10 ** 20, 36), 36) == 10 ** 20)
