# string format specs, s type, truncation, and repr conversion
s = "hello"
for spec in ["", "s", "10", "<10", ">10", "^10", "*^11", ".3", "10.2", "-<7", ">3"]:
    print(f"[{s:{spec}}]")
print(f"[{'é':*^5}]", f"[{'中文':>6}]")
print(f"{s!r:>10}", f"{'x'!r}", f"{[1, 'a']!s:>12}|")
print("{:s}".format("plain"), format("abc", "5"))
try:
    format("abc", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
try:
    format(2.5, "d")
except ValueError as e:
    print("ValueError:", e)
