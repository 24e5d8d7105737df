# slicing with steps and out-of-range bounds
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[:], s[5:2])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[2:8:-1])
print(s[-100:100], s[100:], s[:-100], s[3:3], s[-1:-4:-1])
print(s[1:-1:3], s[::3], s[::-3], s[5::-1], s[:5:-1])
print("abc"[::-1] + "abc"[1:], "x"[0:1], ""[::-1])
i, j = 2, 6
print(s[i:j], s[i:j:2], s[j:i:-1], s[slice(1, 9, 4)], s[slice(None, None, -5)])
