# bisect
import bisect
xs = [1, 3, 3, 5, 8]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 3), bisect.bisect(xs, 0), bisect.bisect(xs, 9))
bisect.insort(xs, 4); print(xs)
bisect.insort_left(xs, 3); print(xs)
bisect.insort_right(xs, 10); print(xs)
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
from bisect import bisect_left
words = sorted(["pear", "apple", "fig"])
print(words, bisect_left(words, "banana"), bisect_left(words, "zzz"))
print(bisect.bisect_left(xs, 5, 0, 3), bisect.bisect_right(xs, 5, lo=2))
