# infinity and NaN arithmetic and comparisons
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf * 2, inf / inf)
print(1 / inf, -1 / inf, inf > 1e308, -inf < -1e308)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan)
print(inf == inf, inf == float("inf"), -inf == -inf)
print(max(1, inf), min(-inf, 0))
print(float("Infinity"), float("-iNF"), float("NaN"))
print(1e308 * 10, -1e308 * 10)
x = nan
print(x == x, [x] == [x])
import math
print(math.isnan(nan), math.isinf(-inf), math.isinf(nan))
