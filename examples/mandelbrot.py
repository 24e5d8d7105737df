# An ASCII-art Mandelbrot set.
# Shows: nested loops over floats, while loops with early exit, string building with join.

WIDTH, HEIGHT, MAX_ITER = 72, 28, 200
CHARS = " .:-=+*#%@"


def escape_time(cr, ci):
    zr = zi = 0.0
    for i in range(MAX_ITER):
        zr2, zi2 = zr * zr, zi * zi
        if zr2 + zi2 > 4.0:
            return i
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
    return MAX_ITER


inside = 0
for row in range(HEIGHT):
    ci = -1.2 + 2.4 * row / (HEIGHT - 1)
    line = []
    for col in range(WIDTH):
        cr = -2.1 + 2.8 * col / (WIDTH - 1)
        n = escape_time(cr, ci)
        if n == MAX_ITER:
            inside += 1
            line.append("@")
        else:
            line.append(CHARS[n % (len(CHARS) - 1)])
    print("".join(line).rstrip())
print(f"{inside} of {WIDTH * HEIGHT} points stayed bounded ({inside / (WIDTH * HEIGHT):.1%})")
