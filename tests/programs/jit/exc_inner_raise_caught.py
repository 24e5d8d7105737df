# A `try` in the body of an outer loop around an inner hot loop that raises at a different
# iteration each time (ZeroDivisionError, IndexError, OverflowError from a float power): the
# exception leaves compiled code, the handler runs inside the outer loop, and the next outer
# iteration enters the compiled inner loop again. `else` and `finally` run the right times.
def divisions(rounds):
    acc = 0
    caught = 0
    finals = 0
    clean = 0
    for r in range(rounds):
        try:
            i = 0
            while i < 1500:
                acc += 10007 // (i - r * 97)
                i += 1
        except ZeroDivisionError:
            caught += 1
            acc -= i
        else:
            clean += 1
        finally:
            finals += 1
    return acc, caught, clean, finals


print(divisions(25))


def windows(rounds):
    data = [k % 17 for k in range(3000)]
    sums = []
    for r in range(rounds):
        s = 0
        try:
            for j in range(2000):
                s += data[r * 150 + j]
        except IndexError:
            s = -s
        sums.append(s)
    return sums


print(windows(14))


def powers(rounds):
    out = []
    for r in range(rounds):
        x = 1.0
        k = 0
        try:
            for k in range(3000):
                x = x * 1.001 + (1.0 + r * 0.25) ** (k * 0.5)
        except OverflowError as e:
            out.append((k, str(e)))
            continue
        out.append((k, round(x, 3) if x < 1e300 else "big"))
    return out


for item in powers(8):
    print(item)


def nested_handlers(n):
    log = []
    total = 0
    for r in range(n):
        try:
            try:
                k = 0
                while True:
                    total += 5 // (2000 + r * 300 - k)
                    k += 1
            except ZeroDivisionError:
                log.append(k)
                raise IndexError(k)
        except IndexError as e:
            total += e.args[0] % 7
    return total, log


print(nested_handlers(5))
