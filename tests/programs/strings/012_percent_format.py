# %-formatting
print("%d %i %s %r" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20))
print("%x %X %#x %o %#o %c %c" % (255, 255, 255, 8, 8, 65, "z"))
print("%s and %s" % ("a", [1, 2]), "%s" % (1,), "%s" % "alone", "%%", "100%%" % ())
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30})
print("%*d|%-*d|%.*f" % (6, 1, 6, 2, 2, 3.14159))
print("%s %s" % (None, True), "%d" % 3.99, "%d" % True, "%.3s" % "abcdef")
print("%r" % (("tuple",),), "%s" % [(1, 2)])
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print("TypeError:", e)
