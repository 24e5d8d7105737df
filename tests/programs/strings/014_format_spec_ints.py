# integer format specs: d b o x X c n-free, with fill/align/sign/#/0/width/grouping
n = 1234567
for spec in ["d", "10d", "<10d", "^10d", ">10d", "010d", "+d", " d", "-d", ",d", "_d", "_b", "_x",
             "b", "#b", "o", "#o", "x", "#x", "X", "#X", "#010x", "*^15,", "+012,d", "=+12d", "c"]:
    v = 65 if spec == "c" else n
    print(f"{spec!r:10} [{format(v, spec)}] [{format(-v, spec) if spec != 'c' else ''}]")
print(format(0, "#b"), format(0, "#x"), format(-255, "#x"), format(255, "08b"))
print(format(10 ** 20, ","), format(-10 ** 20, "_"), format(2 ** 70, "x"))
print(format(True, "d"), format(True, ""), format(5, ""), format(5, "^5"))
