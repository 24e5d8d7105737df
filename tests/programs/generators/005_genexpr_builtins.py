# generator expressions fed to builtins
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(sum(x for x in nums if x > 0))
print(any(x > 5 for x in nums), all(x > -10 for x in nums), any(x > 100 for x in nums))
print(sorted(x * x for x in nums), list(abs(x) for x in nums))
print(max(x for x in nums), min((x for x in nums), key=abs), set(x % 3 for x in nums) == {0, 1, 2})
print(tuple(c for c in "abc"), dict((c, ord(c)) for c in "xy"))
print(" ".join(str(x) for x in range(5)), sum(1 for _ in range(1000)))
print(sum(x * y for x in range(4) for y in range(4) if x != y))
g = (x for x in range(3))
print(list(g), list(g))
def checked(x):
    print("check", x)
    return x > 1
print(any(checked(x) for x in [0, 1, 2, 3, 4]))
print(all(checked(x) for x in [5, 0, 9]))
