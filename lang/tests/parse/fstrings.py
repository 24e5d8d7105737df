# f-strings: conversions, nested specs, doubled braces, debug form, nested quotes.
a = f"a{x}b{y!r}c{z:>10}d{w!s:{width}.{prec}f}e{{}}f"
b = f"{x=}" f"{x = }" f"{x=!s}" f"{x=:>4}"
c = f"{'nested'}" f'{"q"}' f"{a['k']}" f"{ {1: 2}[1] }"
d = rf"\d{x}" "plain" f"{y}" "more"
e = f"{x:{'>' if a else '<'}10}" f"{3.14:.2f}" f"{x!a}"
g = f"{a, b}" f"{x for x in y}"
h = f""
i = f"{x:=10}"
j = f"""{
x
+ y}"""
