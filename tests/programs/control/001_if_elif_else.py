# if / elif / else chains
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 7
if x % 2:
    print("odd")
if not x % 2:
    print("even")
else:
    print("not even")
if []:
    print("empty list is true?")
elif [0]:
    print("non-empty list is true")
if x > 5:
    if x > 6:
        print("x > 6")
    else:
        print("5 < x <= 6")
