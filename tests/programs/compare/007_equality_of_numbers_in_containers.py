# equality of containers with numeric elements of different types
print([1, 2] == [1.0, 2.0], (True, 0) == (1, False))
print({1: "a"} == {1.0: "a"}, {1, 2} == {1.0, 2.0})
print(["a", 1] == ["a", 1], ["a", 1] == ["a", "1"])
print([] == [], () == (), {} == {}, set() == set(), set() == frozenset())
print([[]] == [[]], [()] == [[]])
print(range(3) == range(0, 3), range(0) == range(5, 2), list(range(3)) == [0, 1, 2])
print("abc" == "abc", "a" * 3 == "aaa")
