# ZeroDivisionError messages for each operator
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: divmod(1, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: 10 ** 30 // 0,
    lambda: 10 ** 30 / 0,
]
for i, f in enumerate(cases):
    try:
        f()
    except ZeroDivisionError as e:
        print(i, type(e).__name__, e)
try:
    1 / 0
except ArithmeticError as e:
    print("caught as ArithmeticError:", repr(e))
