# min and max with key and default
print(max(3, 7, 5), min(3, 7, 5), max([1, 9, 2]), min("hello"), max("a", "B"))
print(max([], default="empty"), min((), default=None), max([4], default=0))
words = ["apple", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words), min(words, key=lambda w: w[-1]))
print(max([(1, "b"), (1, "a")]), min([[2], [1, 5]]), max(-1, -2, key=abs))
print(max({"a": 3, "b": 1}), max({"a": 3, "b": 1}.items(), key=lambda kv: kv[1]))
print(max([2, 2.0]), max([2.0, 2]), min(1, True), min(True, 1))
print(max(range(10), key=lambda x: (x % 3, -x)))
for args in [(), ([],)]:
    try:
        max(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
