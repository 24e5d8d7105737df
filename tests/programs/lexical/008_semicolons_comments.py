# semicolons separate simple statements; comments everywhere
a = 1; b = 2; c = a + b  # a comment
print(a, b, c); print("same line")
# a full-line comment
if c == 3: print("one-line if"); print("still in if")
for i in range(2): print("loop", i)
while False: pass
x = 5;
print(x)  # trailing semicolon above is fine
def f(): return 42
print(f())
class K: pass
print(K.__name__)
    # an indented comment does not matter
print("end")  # done
