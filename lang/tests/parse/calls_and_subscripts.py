# Calls in every legal argument order, subscripts with slices and tuples of slices.
f(1, *a, x=1, *b, **c, y=2, **d)
g(x for x in y)
sum(x * x for x in range(10))
h((x for x in y), 1)
print(*args, sep="", end="\n",)
a[1:2, ::3]
a[::-1]
a[1:-1:2]
a[:]
a[x, y]
a[x,]
a[*b]
p = a.b.c(d)(e)[f][g]
