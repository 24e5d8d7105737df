# range() forms
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(-3, 3)))
print(list(range(0)), list(range(3, 3)), list(range(0, -5)), list(range(0, -5, -2)))
print(range(3), repr(range(1, 9, 2)), len(range(1, 100, 7)), range(1, 100, 7)[-1])
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range()
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(10 ** 6, 10 ** 6 + 5):
    total += i
print(total)
