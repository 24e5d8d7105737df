# concatenation, repetition, immutability, building strings
a = "ab"
b = a
a += "cd"
print(a, b, a * 3, 3 * "x", "-" * 0, "z" * -2)
parts = []
for i in range(5):
    parts.append(str(i) * i)
print(parts, "".join(parts))
s = ""
for ch in "hello":
    s = ch + s
print(s)
try:
    "a" + 1
except TypeError as e:
    print("TypeError:", e)
try:
    "a" * 2.0
except TypeError as e:
    print("TypeError:", e)
print(str(12) + str(3.5) + str(None) + str([1]))
