# explicit line continuation with a backslash
x = 1 + \
    2 + \
    3
print(x)
if x > 5 and \
   x < 10:
    print("in range")
s = 'hello ' \
    'world'
print(s)
assert x == 6, \
    "message"
print("done")
