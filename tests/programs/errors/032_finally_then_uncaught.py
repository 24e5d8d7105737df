# finally blocks run before an uncaught exception ends the program
def work():
    try:
        print("working")
        raise ValueError("failed inside try")
    finally:
        print("cleanup done")
work()
