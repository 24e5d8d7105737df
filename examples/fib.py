# Recursive Fibonacci: the classic function-call benchmark (exponential calls).
# Shows: recursion, function call overhead, and a table printed with format specs.
# Under the JIT, `fib` becomes a compiled function once hot (`--jit-log` says when):
# compare `hyper run --no-jit examples/fib.py` with `hyper run examples/fib.py`.

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for n in range(0, 26, 5):
    print(f"fib({n:2}) = {fib(n):>6}")
print("fib(30) =", fib(30))
