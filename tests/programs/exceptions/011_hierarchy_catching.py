# catching by base classes in the builtin hierarchy
tests = [
    (lambda: 1 / 0, ArithmeticError),
    (lambda: [][1], LookupError),
    (lambda: {}[1], LookupError),
    (lambda: undefined_name, NameError),
    (lambda: int("q"), ValueError),
    (lambda: None.x, AttributeError),
    (lambda: next(iter([])), StopIteration),
    (lambda: float(10 ** 400), OverflowError),
    (lambda: float(10 ** 400), ArithmeticError),
]
for fn, base in tests:
    try:
        fn()
    except base as e:
        print(base.__name__, "caught", type(e).__name__)
print([c.__name__ for c in RecursionError.__mro__])
print([c.__name__ for c in NotImplementedError.__mro__])
print([c.__name__ for c in UnboundLocalError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in KeyboardInterrupt.__mro__])
print(issubclass(MemoryError, Exception), issubclass(StopIteration, Exception))
