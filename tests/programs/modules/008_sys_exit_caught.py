# SystemExit can be caught; its code is in .code/.args
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
print("continuing")
sys.exit(0)
