# Exceptions raised deep into a hot loop (ZeroDivisionError at iteration 7777, IndexError
# at 9999, KeyError from a rare branch, TypeError from adding a str) and caught outside
# it: the variables, lists and attributes hold what the interpreter would have left, with
# the failing statement's effects not done and the earlier ones done exactly once.
class State:
    def __init__(self):
        self.steps = 0
        self.acc = 0.0


def int_div(n):
    total = 0
    i = 0
    try:
        while i < n:
            total += 1000003 // (7777 - i)
            i += 1
    except ZeroDivisionError as e:
        print("int //:", e, i, total)
    try:
        for i in range(n):
            total -= i % (7777 - i)
    except ZeroDivisionError as e:
        print("int %:", e, i, total)
    return total


print(int_div(20000))


def float_div(st, n):
    marks = [0.0] * 4
    try:
        for i in range(n):
            st.steps += 1
            marks[i % 4] = st.acc
            st.acc += 1.0 / (i - 7777.0)
    except ZeroDivisionError as e:
        print("float /:", e, st.steps, marks)
    return st.acc


print(float_div(State(), 20000))


def index_read(n):
    data = [k * 3 for k in range(9999)]
    s = 0
    last = -1
    try:
        for i in range(n):
            last = i
            s += data[i]
    except IndexError as e:
        print("read:", e, last, s)
    return s


print(index_read(30000))


def rare_key(n):
    table = {k: k * k for k in range(8)}
    total = 0
    i = 0
    try:
        for i in range(n):
            total += i & 7
            if i % 1000 == 0:
                total += table[i // 1000]
    except KeyError as e:
        print("KeyError:", repr(e), i, total)
    return total


print(rare_key(20000))


def add_str(vals):
    total = 0
    count = 0
    try:
        for v in vals:
            count += 1
            total = total + v
    except TypeError as e:
        print("TypeError:", e, count, total)
    return total


vals = list(range(9000))
vals[5555] = "5555"
print(add_str(vals))


def str_first(n):
    parts = 0
    s = "x"
    k = 0
    try:
        while k < n:
            parts += len(s)
            k += 1
            if k == 6000:
                s = s + k
    except TypeError as e:
        print("TypeError:", e, k, parts)
    return k


print(str_first(10000))
