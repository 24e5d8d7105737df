# Operator precedence exactly as Python's.
a = -2**2
b = 2**-1
c = 2**3**2
d = not a == b
e = a or b and not c
f = a | b ^ c & d << e + f * g ** h
g = (a | b) ^ (c & d) << (e + f) * g
h = a if b else c if d else e
i = lambda x: x if x else -x
j = a < b <= c != d is not e not in f
k = ~a + -b - +c
l = a @ b // c % d / e
