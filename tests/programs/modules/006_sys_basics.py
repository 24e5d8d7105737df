# sys: argv, maxsize, recursion limit, stdout/stderr write
import sys
print(sys.argv[0].endswith("006_sys_basics.py"), len(sys.argv))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
old = sys.getrecursionlimit()
print(old)
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit())
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(3000))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
sys.stdout.write("via stdout.write\n")
sys.stderr.write("via stderr.write\n")
print(sys.stdout.write("x") , end="\n")
