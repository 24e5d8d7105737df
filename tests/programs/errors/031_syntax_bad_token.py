# SyntaxError: invalid syntax in an expression
print("never runs")
x = 1 +* 2
