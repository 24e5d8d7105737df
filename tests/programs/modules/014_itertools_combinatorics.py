# itertools: product, permutations, combinations
from itertools import product, permutations, combinations
print(list(product("ab", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(len(list(product(range(4), repeat=4))), list(product()))
print(list(permutations([1, 2, 3])))
print(list(permutations("abcd", 2)))
print(list(permutations([], 0)), list(permutations([1], 2)))
print(list(combinations("abcd", 2)), list(combinations(range(5), 3))[:4])
print(len(list(combinations(range(20), 3))), list(combinations([1, 2], 0)), list(combinations([1, 2], 3)))
print(["".join(p) for p in permutations("abc")])
