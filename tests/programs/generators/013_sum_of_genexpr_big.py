# large lazy sums that never build a list
print(sum(x for x in range(100000)))
print(sum(x * x for x in range(1, 1001)) % 1000007)
print(sum(1 / (k * k) for k in range(1, 10001)))
print(len([c for c in str(2 ** 1000) if c == "7"]))
print(max(((i * 7919) % 10007, i) for i in range(5000)))
