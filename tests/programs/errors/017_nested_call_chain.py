# exception raised deep in a call chain
def parse(s):
    return int(s)
def load(items):
    return [parse(s) for s in items]
def main():
    print(load(["1", "2"]))
    print(load(["3", "four"]))
main()
