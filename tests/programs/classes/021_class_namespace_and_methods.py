# class bodies run code; methods see class via self or the class name
class Table:
    sizes = [1, 2, 3]
    total = sum(sizes)
    label = "t" + str(total)
    def size_of(self, i):
        return self.sizes[i] * Table.total
    for_loop_var = [s * 2 for s in sizes]
print(Table.total, Table.label, Table.for_loop_var, Table().size_of(2))
class Methods:
    def a(self):
        return "a"
    def b(self):
        return self.a() + "b"
    def c(self):
        return Methods.b(self) + "c"
print(Methods().c())
