x = 0.0
i = 0
n = 10
while i < n and x <= 100.0:
    x = x * 0.5 + i / 3
    i += 1
