# Iterative Fibonacci with tuple assignment `a, b = b, a + b`.
# Shows: a tight loop whose ints grow past 64 bits into big integers.

def fib_for(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in [10, 50, 90, 92, 93, 100, 200]:
    print(f"fib_for({n}) = {fib_for(n)}")
assert fib_for(200) == 280571172992510140037611932413038677189525
f = fib_for(10_000)
print("fib_for(10000) has", len(str(f)), "digits, starts", str(f)[:20], "ends", str(f)[-20:])
