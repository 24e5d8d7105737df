# continue skipping work in while and for, with else clauses
i = 0
evens = []
while i < 10:
    i += 1
    if i % 2:
        continue
    evens.append(i)
else:
    evens.append("else")
print(evens)
out = []
for word in ["keep", "skip", "keep2", "", "last"]:
    if not word or word.startswith("skip"):
        continue
    out.append(word.upper())
else:
    out.append("done")
print(out)
