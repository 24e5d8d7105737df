# comparisons between int, float, bool, and errors for unorderable types
print(1 == 1.0, 1 == True, 0 == False, 2 == True, 1.5 > 1, True < 2)
print(10 ** 20 == 1e20, 10 ** 20 < 1e20 + 1e5, 2 ** 53 + 1 > 2.0 ** 53)
print("1" == 1, [1] == (1,), None == 0, None == False, "" == [])
print(1 != "1", [] != (), {} != [])
pairs = [(1, "a"), ("a", 1), ([], ()), (None, 0), ({}, {}), (1, None)]
for a, b in pairs:
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(1 >= "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] > "x")
except TypeError as e:
    print("TypeError:", e)
