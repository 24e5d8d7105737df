# a program that does not read stdin still works; builtins are shadowable
def len(x):
    return "my len"
print(len([1, 2]))
del len
print(len([1, 2]))
print = print
print("print rebound to itself")
max_ = max
print(max_(1, 2))
