# nested loops, break only exits the inner loop, flags for outer exit
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)
count = 0
for a in range(5):
    for b in range(5):
        for c in range(5):
            if a + b + c == 6:
                count += 1
print("triples", count)
