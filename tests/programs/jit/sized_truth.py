# A list, tuple or str as a condition (`while stack:`, `if line:`) is its length in compiled code;
# a variable turning empty mid-loop, and mixed types (None, 0, 5) that go through the interpreter.
def drain(n):
    stack = list(range(n))
    t = 0
    while stack:
        t += stack[-1]
        stack.pop()
    return t

def count_nonempty(lines):
    c = 0
    for line in lines:
        if line:
            c += 1
        if not line:
            c += 100
    return c

def pairs(ts):
    c = 0
    for t in ts:
        if t:
            c += len(t)
    return c

print(drain(5000))
print(count_nonempty(["a", "", "bc", ""] * 1000))
print(pairs([(1, 2), (), (3,)] * 1000))
q = [1, 2, 3]
n = 0
for i in range(3000):
    if q:
        n += 1
    if i == 1500:
        q = []
print(n)
mixed = ["x", [], [1], "", (), 0, None, 5] * 400
n = 0
for m in mixed:
    if m:
        n += 1
print(n)
