# math on big ints and float precision corners
import math
print(math.factorial(50), math.comb(100, 50))
print(math.gcd(math.factorial(20), 2 ** 30), math.sqrt(10 ** 30))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5), math.floor(1e300) == int(1e300))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 100))
print(math.exp(-1000), math.sqrt(0.0), math.sqrt(-0.0), math.hypot(1e200, 1e200))
print(math.fsum([0.1, 0.2, 0.3]), 0.1 + 0.2 + 0.3, math.fsum([1e20, 1, -1e20]))
print(math.inf > 10 ** 400, -math.inf < -(10 ** 400))
