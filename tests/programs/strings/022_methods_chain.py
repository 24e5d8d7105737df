# method chaining and methods on literals
print("  Hello World  ".strip().lower().replace("world", "there").title())
print(",".join("a b c".split()).upper().center(11, "."))
print("x=1;y=2;z=3".split(";")[1].split("=")[1].zfill(3))
print("{}-{}".format(*"ab"), "abc".upper()[::-1].lower())
csv = "name,age\nann,30\nbob,25\n"
rows = [line.split(",") for line in csv.strip().splitlines()]
header, data = rows[0], rows[1:]
for r in data:
    print(dict(zip(header, r)))
print(sum(int(r[1]) for r in data))
