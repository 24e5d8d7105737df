# f-string format specs, including nested ones and '='
x = 3.14159265
n = 1234567
print(f"{x:.2f} {x:10.3f}| {x:<10.1f}| {x:^10.2f}|")
print(f"{n:,} {n:_} {n:>12,}| {n:012d}")
width, prec = 12, 4
print(f"[{x:{width}.{prec}f}]")
print(f"[{'hi':{'*'}^{width}}]")
print(f"{n:x} {n:#x} {n:#o} {n:#b}")
print(f"{0.5:%} {0.125:.1%}")
print(f"{x=}")
print(f"{n = }")
print(f"{x=:.3f}")
print(f"{'abc'=}")
print(f"{1+1=}")
v = [1, 2]
print(f"{v!r:>10}|")
print(f"{-5:+} {5:+} {5: } {-5: }")
