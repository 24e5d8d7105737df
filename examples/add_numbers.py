# The simplest hot loop: add up the numbers below N with `total += number`.
# Shows: a for loop over a lazy range, int accumulation, and the closed form to check it.

def add_numbers(n):
    total = 0
    for number in range(n):
        total += number
    return total


for n in [10, 100, 1_000, 1_000_000, 5_000_000]:
    total = add_numbers(n)
    print(f"sum of range({n:,}) = {total:,}")
    assert total == n * (n - 1) // 2

# the same loop keeps going past 64 bits when the numbers are big
big = 0
for number in range(10**18, 10**18 + 1000):
    big += number
print(big, big > 2**63)
