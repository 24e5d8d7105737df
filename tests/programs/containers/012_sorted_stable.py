# sorted / sort with key, reverse, stability
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people, key=lambda p: p[0])
by_age = sorted(by_name, key=lambda p: p[1])
print(by_age)
xs = [3, -1, 2, -3, 1, -2]
xs.sort(key=abs)
print(xs)
xs.sort(key=abs, reverse=True)
print(xs)
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted([], reverse=True))
print(sorted({3: "a", 1: "b"}), sorted((2, 1)), sorted(x % 3 for x in range(7)))
words = ["bb", "a", "ccc", "dd", "e"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
