# LEGB scoping and shadowing
x = "global"
def f():
    x = "enclosing"
    def g():
        x = "local"
        return x
    def h():
        return x
    return g(), h(), x
print(f(), x)
def uses_builtin():
    return len("abc")
def shadows_builtin():
    len = lambda s: -1
    return len("abc")
print(uses_builtin(), shadows_builtin(), len("ab"))
def param_shadow(x):
    x = x + "!"
    return x
print(param_shadow("p"), x)
def loop_var():
    for i in range(3):
        pass
    return i
print(loop_var())
def late_binding():
    def inner():
        return y
    y = "bound later"
    return inner()
print(late_binding())
