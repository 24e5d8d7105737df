import bisect
from bisect import bisect_left, bisect_right, insort, insort_left

a = [1, 2, 2, 2, 3, 5, 8]
print(bisect_left(a, 2), bisect_right(a, 2), bisect.bisect(a, 2), bisect_left(a, 0), bisect_right(a, 100))
print(bisect_left(a, 2, 2), bisect_right(a, 2, 0, 3), bisect_left(a, 4, lo=1, hi=5))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    insort(b, x)
print(b)
insort_left(b, 5)
bisect.insort_right(b, 5.0)
print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect_left(recs, 3, key=lambda r: r[1]), bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("z", 4), key=lambda r: r[1])
print(recs)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect_left(a, 1, -1)
except ValueError as e:
    print("ValueError:", e)
words = ["apple", "banana", "cherry"]
print(bisect_left(words, "blue"), bisect_right(words, "banana"))
