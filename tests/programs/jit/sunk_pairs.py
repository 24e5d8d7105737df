# Two loop variables holding objects, sunk together (`for a, b in pairs`-like indexing),
# nested loops whose inner variable is read by the outer loop, and strings as loop values.


class Node:
    def __init__(self, name, w):
        self.name = name
        self.w = w


def pairs(nodes, rounds):
    acc = 0.0
    for r in range(rounds):
        for i in range(len(nodes) - 1):
            a = nodes[i]
            b = nodes[i + 1]
            acc += a.w * b.w
    nodes.clear()
    return acc, a.name, b.name


print(pairs([Node("n" + str(i), i * 0.5) for i in range(30)], 300))


def outer_reads_inner(rows):
    names = []
    for row in rows:
        for cell in row:
            pass
        names.append(cell)
    return names[:3], names[-1], cell


rows = [["r%dc%d" % (i, j) for j in range(i % 4 + 1)] for i in range(500)]
print(outer_reads_inner(rows))


def words(ws):
    n = 0
    for w in ws:
        if w == "stop":
            break
        n += 1
    return n, w


print(words(["a", "bb", "ccc"] * 2000 + ["stop", "after"]))
