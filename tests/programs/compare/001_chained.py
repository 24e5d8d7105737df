# chained comparisons evaluate each operand once
calls = []
def v(x):
    calls.append(x)
    return x
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 2 > 0)
print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) == v(1) != v(2) <= v(2) >= v(0), calls)
x = 5
print(0 <= x < 10, 0 <= x < 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5 < 4)
print("a" < "b" < "c", [1] < [2] < [3])
