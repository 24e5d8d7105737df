# ordering used by max/min/sorted, ties keep the first
print(max(3, 1, 3.0), min(1, 1.0, True), max(1.0, 1), max([1, True]))
words = ["pear", "fig", "apple", "kiwi", "plum"]
print(max(words, key=len), min(words, key=len), sorted(words, key=len))
print(max("hello"), min("hello"), max([[1, 2], [1, 3], [0, 9]]))
print(sorted([3, 1.5, True, 2, 0]))
print(sorted(["B", "a", "C", "b"]), sorted(["B", "a", "C", "b"], key=str.lower))
