# Statements left to the interpreter from compiled loops move only the variables they name
# between the trace and the frame; every kind of expression that names a local must still
# see the trace's newest value (the trace assigns `k`, `x` before each such statement).

G = "g"
TOTAL = 0


def main():
    acc = []
    text = ""
    x = 0
    for i in range(3000):
        k = i * 3
        x = x + k % 7
        text = f"{k}:{x}"                       # f-string
        squares = [j * k for j in range(3)]     # comprehension reading `k`
        pick = {k: x}.get(k, -1)                # dict display
        f = lambda a=x: a + 1                   # a default evaluated here
        t = (k, x) if i % 2 else [x, k]         # tuple / list displays
        s = str(k)[-2:]                         # slice
        acc.append(len(text) + squares[2] + pick + f() + len(t) + len(s))
    return acc, text, x


def module_level():
    global TOTAL
    for i in range(2000):
        j = i * 2                               # compiled
        name = G + str(j % 10)                  # a global read inside the statement
        TOTAL += len(name) + j % 3              # a global written


acc, text, x = main()
print(sum(acc), text, x)
module_level()
print(TOTAL)
s = ""
for i in range(5000):
    c = 97 + i % 26                             # compiled
    s += chr(c)                                 # module-level `s += …` extends in place
print(len(s), s[-5:])
