# Ints overflow 64 bits in the middle of a hot loop: the interpreter redoes the iteration
# with big ints, and the results stay exact.
def fib_for(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib_for(90))
print(fib_for(200))
x = 1
for i in range(100):
    x = x * 3
print(x)
total = 9223372036854775000
for i in range(2000):
    total += i
print(total)
y = -9223372036854775807
for i in range(5):
    y -= 1
print(y)
