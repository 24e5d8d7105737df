# A loop variable that is an int for thousands of iterations, then becomes a float.
def f(n):
    total = 0
    for i in range(n):
        if i == 5000:
            total = total + 0.5
        total += i
    return total


print(f(10000))
x = 0
i = 0
while i < 8000:
    x = x + 1
    if i == 3000:
        x = x * 1.5
    i += 1
print(x)
