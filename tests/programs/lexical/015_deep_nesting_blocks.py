# blocks nested deeply and dedenting several levels at once
def f(x):
    if x > 0:
        for i in range(x):
            while True:
                if i % 2 == 0:
                    try:
                        if i > 2:
                            return i
                    finally:
                        pass
                break
    return -1
print(f(5), f(0), f(2))
if True:
    if True:
        if True:
            print("deep")
print("back")
