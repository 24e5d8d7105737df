# every reflected arithmetic dunder, and in-place operators falling back to the binary ones
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"R({self.v})"
    def __radd__(self, o):
        return f"radd {o}+{self.v}"
    def __rsub__(self, o):
        return f"rsub {o}-{self.v}"
    def __rmul__(self, o):
        return f"rmul {o}*{self.v}"
    def __rtruediv__(self, o):
        return f"rtruediv {o}/{self.v}"
    def __rfloordiv__(self, o):
        return f"rfloordiv {o}//{self.v}"
    def __rmod__(self, o):
        return f"rmod {o}%{self.v}"
r = R(2)
print(1 + r)
print(1 - r)
print(3 * r)
print(1 / r)
print(7 // r)
print(7 % r)
print(2.5 + r, [1] * 2)
class N:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return N(self.v + (o.v if isinstance(o, N) else o))
    def __sub__(self, o):
        return N(self.v - o)
    def __mul__(self, o):
        return N(self.v * o)
    def __truediv__(self, o):
        return N(self.v / o)
    def __floordiv__(self, o):
        return N(self.v // o)
    def __mod__(self, o):
        return N(self.v % o)
    def __neg__(self):
        return N(-self.v)
    def __repr__(self):
        return f"N({self.v})"
n = N(10)
m = n
n += 5; print(n, m, n is m)
n -= 1; print(n)
n *= 3; print(n)
n //= 4; print(n)
n %= 7; print(n)
n /= 2; print(n)
print(-N(3), -(-N(3)), N(1) + N(2))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        print("le called")
        return self.v <= o.v
    def __ge__(self, o):
        print("ge called")
        return self.v >= o.v
    def __ne__(self, o):
        print("ne called")
        return self.v != o.v
a, b = Cmp(1), Cmp(2)
print(a <= b)
print(a >= b)
print(a != b)
