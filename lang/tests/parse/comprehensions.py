# Comprehensions with nested for and if clauses.
squares = [x * x for x in range(10) if x % 2 if x > 3]
pairs = [(x, y) for x in a for y in b if x != y]
lookup = {k: v for k, v in items}
unique = {c for c in text}
gen = (n for n in range(3))
total = sum(len(w) for w in words if w)
nested = [[c for c in row] for row in grid]
