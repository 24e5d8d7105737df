# finally with return, break, continue
def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(h())
for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body2", i)
    finally:
        print("finally2", i)
def count():
    n = 0
    while True:
        try:
            n += 1
            if n >= 3:
                return n
        finally:
            n += 10
print(count())
