LETTERS = "etaoinsh"


def lcg(x):
    return (x * 1103515245 + 12345) % 2147483648


def sort_key(item):
    return (-item[1], item[0])


def main():
    n_words = 10_000
    x = 2024
    counts = {}
    for _ in range(n_words):
        x = lcg(x)
        length = 1 + (x >> 16) % 5
        w = ""
        for k in range(length):
            x = lcg(x)
            w += LETTERS[(x >> 16) % 8]
        counts[w] = counts.get(w, 0) + 1
    items = sorted(counts.items(), key=sort_key)
    print(f"distinct {len(counts)}")
    for i in range(5):
        print(f"{items[i][0]} {items[i][1]}")


main()
