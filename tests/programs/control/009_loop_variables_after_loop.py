# loop variables keep their last value; range with zero iterations
for i in range(5):
    pass
print(i)
i = "unchanged"
for i in range(0):
    pass
print(i)
for ch in "abc":
    last = ch
print(ch, last)
total = 0
for n in range(1, 101):
    if n % 3 == 0 or n % 5 == 0:
        total += n
print(total)
k = 0
while k < 10:
    k += 3
print(k)
