# Prime numbers two ways: a sieve of Eratosthenes over a list of flags, and a lazy generator.
# Shows: list slice assignment, enumerate, generators with state, itertools.islice.
import itertools


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for n in range(2, int(limit**0.5) + 1):
        if is_prime[n]:
            is_prime[n * n :: n] = [False] * len(range(n * n, limit + 1, n))
    return [n for n, flag in enumerate(is_prime) if flag]


def prime_gen():
    """Incremental sieve: maps each upcoming composite to the primes that divide it."""
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


primes = sieve(1_000_000)
print("primes below 10**6:", len(primes))
print("first 20:", primes[:20])
print("last 5:", primes[-5:])
gen_primes = list(itertools.islice(prime_gen(), 10_000))
print("10000th prime:", gen_primes[-1])
print("sieve and generator agree:", gen_primes == primes[:10_000])
twins = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
print("twin prime pairs below 10**6:", len(twins), "largest:", twins[-1])
gaps = {}
for p, q in zip(primes, primes[1:]):
    gaps[q - p] = gaps.get(q - p, 0) + 1
print("most common gaps:", sorted(gaps.items(), key=lambda kv: -kv[1])[:5])
