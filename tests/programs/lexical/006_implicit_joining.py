# adjacent string literals concatenate; brackets join lines
s = "abc" 'def' "ghi"
print(s)
t = ("first part "
     "second part "
     'third')
print(t)
total = (1 +
         2 +
         3)
print(total)
xs = [
    1,
    2,
    3,  # trailing comma and comment
]
print(xs)
d = {
    "a": 1,
    "b": 2
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
print(r"raw\n" "normal\n", end="")
