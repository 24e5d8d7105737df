# keyword arguments, defaults, ordering
def describe(name, age=0, city="nowhere"):
    return f"{name} ({age}) from {city}"
print(describe("ann"))
print(describe("bob", 30))
print(describe("cy", city="Paris"))
print(describe(age=5, name="dee"))
print(describe("eve", 40, "Rome"))
def power(base, exp=2):
    return base ** exp
print(power(3), power(exp=3, base=2), power(2, exp=10))
try:
    describe("x", name="y")
except TypeError as e:
    print("TypeError:", e)
try:
    describe(nme="x")
except TypeError as e:
    print("TypeError:", e)
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
