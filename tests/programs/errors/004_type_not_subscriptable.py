# TypeError: 'int' object is not subscriptable
n = 5
print("n is", n)
print(n[0])
