# SyntaxError: expected ':'
print("start")
for i in range(3)
    print(i)
