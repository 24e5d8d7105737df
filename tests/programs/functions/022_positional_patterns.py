# mixing positional, default, star and keyword in one call
def f(a, b=10, *args, c=20, **kw):
    return f"a={a} b={b} args={args} c={c} kw={kw}"
print(f(1))
print(f(1, 2, 3, 4))
print(f(1, c=3, d=4))
print(f(*[1, 2], *[3], c=0, **{"z": 9}))
print(f(b=5, a=6))
