# every conversion type of %-formatting and format specs, side by side
v = 1234.5678
print("%e|%E|%f|%F|%g|%G" % (v, v, v, v, v, v))
print("%e|%E|%f|%F|%g|%G" % (1e-10, 1e-10, 1e-10, 1e-10, 1e-10, 1e-10))
print("%F %F %E %G" % (float("inf"), float("nan"), float("-inf"), float("nan")))
print("%d|%i|%o|%x|%X|%c|%s|%r|%%" % (255, 255, 255, 255, 255, 955, "s", "r"))
print("%#o|%#x|%#X|%+.2e|%-8.3g|%08.2f|% .1f" % (8, 255, 255, 12345.6789, 0.000123456, -3.14159, 2.5))
print("%5s|%-5s|%.1s|%5.2s|" % ("abc", "abc", "abc", "abc"))
print("%c%c%c" % ("h", 105, 0x263A))
for t in "bdoxXc":
    print(t, format(97, t), format(97, "#" + t) if t not in "dc" else "")
for t in "eEfFgG%":
    print(t, format(v, t), format(-v, "+" + t), format(v, "12.2" + t), format(v, "<12.1" + t) + "|")
print(format("s", "s"), "{!r:>6}|{!s:<6}|".format("r", "s"))
print(f"{3.0:F} {1e20:F} {1e-3:F} {2.5:.0F} {3.5:.0F}")
print(f"{1e16:g} {1e15:g} {123456:g} {1234567:g} {0.0001:g} {0.00001:G}")
print(f"{0.1:.17g} {0.1:.20e} {1/3:.30f}")
