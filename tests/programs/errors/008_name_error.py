# NameError: name 'x' is not defined
print("before")
print(x)
