# range objects: lazy, indexable, sliceable, reprs
r = range(0, 20, 3)
print(r, len(r), r[2], r[-1], list(r))
print(range(5), range(1, 5), range(10, 0, -2), list(range(10, 0, -2)))
print(r[1:4], r[::-1], list(r[::-1]), range(100)[::10][2])
print(3 in r, 4 in r, r.index(9), r.count(9), range(5) == range(0, 5, 1))
print(range(10 ** 20)[-1], 10 ** 20 - 1 in range(10 ** 20), list(range(0)), list(range(5, 2)))
try:
    len(range(10 ** 20))
except OverflowError as e:
    print("OverflowError:", e)
big = range(0, 10 ** 18, 7)
print(big[10 ** 15], len(big))
try:
    range(0, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(3)[5]
except IndexError as e:
    print("IndexError:", e)
print(sum(range(101)), max(range(-5, 5)), min(range(3, 9)), list(reversed(range(4))))
