# vars() of instances reflects assignments in order
class P:
    def __init__(self):
        self.b = 2
        self.a = 1
p = P()
print(vars(p))
p.c = 3
del p.b
print(vars(p), list(vars(p)))
v = vars(p)
v["d"] = 4
print(p.d)
