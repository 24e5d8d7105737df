# A counted store that releases the last reference to the value its slot held (`b` the
# list the previous iteration replaced in `xs`): compiled code calls the release through a
# `preserve_all` trampoline, and the loop's floats (`total`, `scale`, `t`) must come out of
# it unchanged.


def replace_all(xs, scale):
    total = 0.0
    for i in range(len(xs)):
        b = xs[i]
        t = b[0] * scale + 1.0
        total += t
        xs[i] = [t, b[0]]
    return total


xs = [[float(i)] for i in range(5000)]
print(replace_all(xs, 2.5), replace_all(xs, 0.5), xs[4999])


def drop_strings(words):
    n = 0
    w = ""
    for i in range(len(words)):
        w = words[i]
        words[i] = None
        n += len(w)
    return n, w


print(drop_strings([str(i) * 3 for i in range(4000)]))
