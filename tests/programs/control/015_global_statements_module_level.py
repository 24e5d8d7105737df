# if __name__ == "__main__" and module-level control flow
def main():
    print("main runs, __name__ =", __name__)
    return 0
if __name__ == "__main__":
    code = main()
    print("code", code)
else:
    print("imported")
