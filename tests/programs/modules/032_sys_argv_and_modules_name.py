# sys.argv[0] is the path given on the command line; __name__ is "__main__"
import sys
print(sys.argv[0])
print(sys.argv[1:])
print(__name__)
import math, random
print(type(math).__name__, math.__name__, random.__name__, sys.__name__)
