# `for x in a_list` reads the iterator's position in place: the list growing, shrinking
# and changing element types while it is walked, nested walks of one list, a break, an
# exception, and the iterator resumed by the interpreter after an exit.

nums = list(range(3000))
total = 0
for x in nums:
    total += x
print("sum", total)

# Growing while walked: CPython's iterator sees the new end.
grow = [1, 2, 3]
seen = 0
for x in grow:
    seen += 1
    if len(grow) < 2500:
        grow.append(x + 1)
print("grown", seen, len(grow), grow[-1])

# Shrinking while walked (a residual call): the iterator stops at the new end.
shrink = list(range(2000))
count = 0
for x in shrink:
    count += 1
    if x % 3 == 0:
        shrink.pop()
print("shrunk", count, len(shrink))

# The element type changes after many iterations: int, then float, then str.
mixed = list(range(1500)) + [0.5] * 1500 + ["s"] * 10
acc = 0
n_str = 0
for v in mixed:
    if v == "s":
        n_str += 1
    else:
        acc += v
print("mixed", acc, n_str)

# Nested walks of the same list.
small = [1, 2, 3, 4, 5, 6, 7]
pairs = 0
for _ in range(200):
    for a in small:
        for b in small:
            if a < b:
                pairs += 1
print("pairs", pairs)

# Break and continue deep in the body.
found = -1
for i, v in enumerate(nums):
    if v % 7 != 3:
        continue
    if v > 2500:
        found = i
        break
print("found", found)

# An exception in the body: the position is where CPython has it.
it_list = list(range(2000)) + [None] + list(range(100))
it = iter(it_list)
partial = 0
try:
    for v in it:
        partial += v
except TypeError as e:
    print("TypeError:", e)
print("partial", partial, "next", next(it))
rest = 0
for v in it:
    rest += v
print("rest", rest)

# The loop's list rebound inside the body: the iterator keeps walking the old list.
items = [1] * 2000
walked = 0
for v in items:
    walked += v
    items = [2]
print("walked", walked, items)
