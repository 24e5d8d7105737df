# conditional expressions, and/or returning operands, parenthesised forms
a = 0
b = "x"
print(a or b, a and b, b or a, b and a)
print(None or [] or 0 or "last")
print(1 and 2 and 3, 1 and 0 and 3)
print(not a, not b, not not b)
print("yes" if a else "no", "yes" if b else "no")
x = 1 if a else 2 if b else 3
print(x)
print((1, ), (), (1, 2), ((1)))
t = 1, 2, 3
print(t)
print(-(-3), +(-3), - - 3, ~~5)
print(2 ** -1, -2 ** 2, (-2) ** 2)
