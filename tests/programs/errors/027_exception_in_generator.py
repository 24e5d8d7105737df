# an exception escaping a generator consumed by a for loop
def gen():
    yield 1
    yield 2
    raise RuntimeError("generator broke")
for v in gen():
    print("got", v)
