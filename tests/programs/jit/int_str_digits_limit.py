# A hot loop (compiled until its int overflows 64 bits) grows an int past 4300 decimal
# digits; converting it to a str then raises ValueError (CPython 3.11's limit on int-to-str
# conversion), caught; and finally `print(steps, x)` writes `steps ` to stdout before it
# fails on `x` (CPython's print writes each argument as it converts it), uncaught.
def grow(n):
    x = 1
    steps = 0
    for i in range(n):
        x = x * 3 + 1
        steps += 1
    return x, steps


x, steps = grow(10000)
print(steps, x % 1000000007, x > 10**4299)
try:
    s = str(x)
    print(len(s))
except ValueError as e:
    print("ValueError:", e)
small, _ = grow(8000)
print(len(str(small)))
print(steps, x)
