# IndentationError: unindent does not match any outer indentation level
def f():
    if True:
        x = 1
      y = 2
    return x
print(f())
