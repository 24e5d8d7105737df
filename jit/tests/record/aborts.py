out = []
for i in range(3):
    out.append(i)
for i in range(3):
    for j in range(2):
        pass
s = 0
for i in range(3):
    s = s + 0.5
t = "a"
for i in range(3):
    t += "b"
for i in range(3):
    print(f"{i}")
