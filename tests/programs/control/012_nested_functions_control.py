# return from inside loops and nested blocks
def first_negative(rows):
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v < 0:
                return (r, c)
    return None
print(first_negative([[1, 2], [3, -4], [-5]]))
print(first_negative([[1]]))
def loop_with_else(n):
    while n > 0:
        n -= 1
        if n == 3:
            return "returned from while"
    else:
        return "while else"
print(loop_with_else(10), loop_with_else(2))
