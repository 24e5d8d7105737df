# An IndexError raised at iteration 9999 of a hot loop that also stores into a list: caught
# outside, the state is exactly what the interpreter would have left; then raised again
# uncaught, so the traceback line is compared with the interpreter's.
def fill(n):
    data = [0.0] * 9999
    out = [0] * 9999
    total = 0.0
    i = 0
    try:
        for i in range(n):
            out[i] = i * 2
            total += data[i] + 1.5
            data[i - 1] = total
    except IndexError as e:
        print("caught:", e, "at", i, "total", total)
    print(out[-1], out[9998], data[9997], data[-1], len(data))
    return data


data = fill(20000)

neg = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
acc = 0
j = 0
try:
    while True:
        acc += neg[-1 - (j % 10)] * j
        neg[j % 10] = acc % 97
        j += 1
        if j > 12000:
            acc += neg[j - 12000 + 20]
except IndexError as e:
    print("negative:", e, j, acc, neg)


def again(values):
    k = 0
    s = 0
    while k < 20000:
        s += values[k]
        k += 1
    return s


print(again(data))
