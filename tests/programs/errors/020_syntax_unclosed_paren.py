# SyntaxError: an unclosed parenthesis
print("never runs")
x = (1 + 2
y = 3
print(x, y)
