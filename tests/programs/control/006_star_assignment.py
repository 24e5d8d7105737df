# star-unpacking in assignment targets
first, *rest = [1, 2, 3, 4]
print(first, rest)
*head, tail = (1, 2, 3)
print(head, tail)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*everything, = range(3)
print(everything)
(x, *y), z = [1, 2, 3], 4
print(x, y, z)
p, q, *r = 1, 2
print(p, q, r)
s = [*range(3), *"ab"]
print(s)
m, n = n, m = 1, 2
print(m, n)
