# Both directions of a small pure `if` become selects: no guard on the direction.
count = 0
m = 0.0
for i in range(10):
    if i % 3 == 0:
        count += 1
    x = i * 0.5
    if x > m and i != 7:
        m = x
    else:
        m = m - 0.0
