# string comparison, equal strings hash equal, interning not observable
a = "hello world"
b = " ".join(["hello", "world"])
print(a == b, hash(a) == hash(b), a < b, a >= b)
print("apple" < "banana" < "cherry", "Apple" < "apple", "10" < "9", "abc" < "abcd")
d = {a: 1}
print(d[b], b in d)
print(sorted(["banana", "Apple", "cherry", "apple"]), min("zebra", "ant"), max(["a", "B"]))
