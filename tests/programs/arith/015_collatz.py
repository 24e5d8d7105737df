# integer loop: Collatz sequence lengths
def collatz_len(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
print([collatz_len(n) for n in range(1, 20)])
print(collatz_len(27), collatz_len(97))
