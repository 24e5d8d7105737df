# join
print(", ".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"))
print("|".join([]), "|".join(["only"]), " ".join(str(i) for i in range(5)))
print("\n".join(["line1", "line2"]))
print("ab".join(("1", "2", "3")), "".join(reversed("hello")))
print(", ".join(sorted({"c", "a", "b"})), ",".join({"k1": 1, "k2": 2}))
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
