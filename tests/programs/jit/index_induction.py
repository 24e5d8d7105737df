# Loop counters used as list indices: guards on the index's sign may go only when the
# counter provably stays on its side of zero (it starts there and moves away from zero).
# Counters that walk towards zero and cross it must keep reading Python's negative
# indices from the end of the list.


def forward(v, start):
    s = 0
    for j in range(start, len(v)):
        s += v[j] * (j + 1)
    return s


def backward_while(v, start, stop):
    s = 0
    j = start
    while j > stop:
        s += v[j] * 3 + j
        j -= 1
    return s


def backward_range(v, start, stop):
    s = 0
    for j in range(start, stop, -1):
        s = (s * 7 + v[j]) % 1000003
    return s


def from_negative(v, start):
    s = 0
    j = start
    while j < len(v):
        s = (s * 5 + v[j] + j) % 1000003
        j += 2
    return s


v = list(range(1, 3001))
print(forward(v, 0), forward(v, 1500))
print(backward_while(v, 2999, -1), backward_while(v, 1000, -2000))
print(backward_range(v, 2999, -1), backward_range(v, 500, -3001))
print(from_negative(v, -3000), from_negative(v, -1))
try:
    print(backward_while(v, 10, -3005))
except IndexError as e:
    print("IndexError", e)
