# nonlocal and global
x = "global x"
def read_global():
    return x
def write_global():
    global x
    x = "changed"
print(read_global())
write_global()
print(x)
def outer():
    v = 0
    def a():
        nonlocal v
        v += 10
    def b():
        nonlocal v
        v *= 2
    a(); b(); a()
    return v
print(outer())
def level1():
    n = 1
    def level2():
        def level3():
            nonlocal n
            n += 100
        level3()
    level2()
    return n
print(level1())
def make_global():
    global fresh
    fresh = "created in function"
make_global()
print(fresh)
total = 0
def add_all(xs):
    global total
    for v in xs:
        total += v
add_all([1, 2, 3])
add_all([4])
print(total)
