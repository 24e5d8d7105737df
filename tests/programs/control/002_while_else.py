# while loops with else, break and continue
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n", n)
else:
    print("while finished normally")
m = 0
while True:
    m += 1
    if m > 3:
        break
print("m", m)
k = 10
while k > 0:
    if k == 7:
        print("found 7, breaking")
        break
    k -= 1
else:
    print("never printed")
j = 0
while j < 0:
    print("never")
else:
    print("else runs when the condition is false at once")
