# Loops the JIT cannot compile (calls, lists, strings) still run exactly.
out = []
for i in range(3000):
    if i % 1000 == 0:
        out.append(i)
print(out)

s = ""
i = 0
while i < 2000:
    if i % 500 == 0:
        s += str(i)
    i += 1
print(s)


def squares(n):
    t = 0
    for i in range(n):
        t += abs(i - 50)
    return t


print(squares(5000))
