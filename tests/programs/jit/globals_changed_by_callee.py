# Module globals that a hot loop reads are rebound by a function it calls every N
# iterations (`global` in the callee): an int limit, a scale that turns from int to float,
# a list the loop indexes replaced by a shorter one, and a global deleted (NameError caught
# outside). The compiled loop must re-read each global after every call.
LIMIT = 100
SCALE = 2
DATA = list(range(1000))
TICKS = 0


def retune(i):
    global LIMIT, SCALE, TICKS
    TICKS += 1
    LIMIT = LIMIT + 50
    if i >= 4000:
        SCALE = 0.5


def run(n):
    total = 0
    clipped = 0
    for i in range(n):
        v = (i * 37) % 1000
        if v > LIMIT:
            clipped += 1
            v = LIMIT
        total += v * SCALE
        if i % 700 == 0:
            retune(i)
    return total, clipped, LIMIT, SCALE, TICKS


print(run(8000))


def swap_data():
    global DATA
    DATA = [7] * 500


def reader(n):
    s = 0
    i = 0
    try:
        while i < n:
            s += DATA[i % 1000]
            if i == 6000:
                swap_data()
            i += 1
    except IndexError as e:
        print("IndexError:", e, i, s)
    return s


print(reader(10000))
DATA = list(range(1000))
print(reader(3000))

COUNT = 0


def forget():
    global COUNT
    del COUNT


def counter(n):
    global COUNT
    k = 0
    try:
        for k in range(n):
            COUNT += 1
            if k == 7777:
                forget()
    except NameError as e:
        print("NameError:", e, k)
    return k


print(counter(10000))
COUNT = 5
print(counter(100), COUNT)

FLAG = True


def flip():
    global FLAG
    FLAG = not FLAG


ups = 0
downs = 0
for i in range(9000):
    if FLAG:
        ups += 1
    else:
        downs += 1
    if i % 1500 == 1499:
        flip()
print(ups, downs, FLAG)
