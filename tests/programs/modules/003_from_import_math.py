# import forms: import m as n, from m import a, b as c
import math as m
from math import sqrt, pi as PI, floor
from math import ceil, e, tau  # `import *` is outside the subset (refused)
print(m.sqrt(9), sqrt(25), PI, floor(2.5))
print(ceil(1.2), e == m.e, tau == 2 * PI)
import math
print(math is m)
