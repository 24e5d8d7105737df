# enumerate's count crosses 2**63 - 1 in a hot loop and goes on as a big int; starts
# past the i64 range, and a start given by __index__, are exact too.
def crossing(items, start):
    total = 0
    last = None
    for i, x in enumerate(items, start):
        total += x
        last = i
    return total, last


print(crossing(list(range(3000)), 2**63 - 1000))
print(crossing(list(range(3000)), -2**63 - 2000))
print(crossing(list(range(50)), 2**70))

for i, c in enumerate("abc", 2**64):
    print(i, c)


class Start:
    def __index__(self):
        return 7


print(list(enumerate("xy", Start())))
print(list(enumerate([], 2**100)))
try:
    enumerate(5, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    enumerate(5, 1)
except TypeError as e:
    print("TypeError:", e)
