# Prints to stdout and to stderr (`file=sys.stderr`) from the same hot loops, with `sep`,
# `end` and `flush`: every line appears once on its stream, in order, also in iterations
# where the compiled code exits for another reason (a type change, an overflow) just
# before or after the print. The last stderr line is the final count.
import sys

out_lines = 0
err_lines = 0
x = 0
big = 2**62
for i in range(12000):
    x += 3
    if i == 5000:
        x = x + 0.5
    if i == 9000:
        x = big + big
    if i % 137 == 0:
        print("out", i, x, sep=":")
        out_lines += 1
    if i % 1000 == 999:
        print("err", i, file=sys.stderr)
        err_lines += 1
print(out_lines, err_lines)

k = 0
while k < 6000:
    if k % 500 == 0:
        print(k, end=",", flush=True)
        print(k // 500, end=";", file=sys.stderr)
    k += 1
print()
print(file=sys.stderr)
print("lines", out_lines, err_lines, file=sys.stderr)
