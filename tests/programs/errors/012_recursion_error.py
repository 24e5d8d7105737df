# RecursionError: maximum recursion depth exceeded
def forever(n):
    return forever(n + 1) + 1
print("starting")
forever(0)
