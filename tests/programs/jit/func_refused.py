# Functions the typed-function compiler refuses, each for one reason (the `--jit-log`
# snapshot in tests/jit_log.rs shows the reasons); each still runs in the interpreter.

NAMES = "abc"


def uses_global(n):
    return n + len(NAMES)


def has_loop(n):
    t = 0
    while n > 0:
        t += n
        n -= 1
    return t


def returns_none(n):
    if n > 0:
        return n


def two_types(n):
    if n > 0:
        return n
    return 0.5


def changes_type(n):
    x = n
    x = x / 2
    return x


def maybe_unbound(n):
    if n > 0:
        y = n
    return y


def mutual_a(n):
    return 0 if n == 0 else mutual_b(n - 1)


def mutual_b(n):
    return 1 if n == 0 else mutual_a(n - 1)


def pow_op(n):
    return n ** 2


def kw_call(n):
    return max(n, 3, key=abs)


def str_arg(s):
    return len(s)


def only_recursion(n):
    return only_recursion(n - 1)


print(uses_global(1), has_loop(4), returns_none(2), two_types(-1), changes_type(3))
print(maybe_unbound(5), mutual_a(7), pow_op(4), kw_call(-9), str_arg("abc"))
try:
    maybe_unbound(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    only_recursion(3)
except RecursionError as e:
    print("RecursionError:", e)
