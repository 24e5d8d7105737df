# An uncaught IndexError from a store with a negative index at module level: the loop
# writes buf[-1 - i] for i past len(buf) (9999 elements), after reads with negative indexes
# that stay in range; stdout before it and the traceback line match the interpreter's.
buf = [0] * 9999
i = 0
while i < 9999:
    buf[-1 - i] = i * 2
    i += 1
print(buf[0], buf[-1], buf[4999])
s = 0
for j in range(1, 10000):
    s += buf[-j]
print(s)
k = 0
while k < 20000:
    buf[-1 - k] = buf[k % 50] + 1
    k += 1
print("not reached", k)
