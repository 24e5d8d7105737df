# sys.exit(3): exit code 3, no traceback
import sys
print("exiting with 3")
sys.exit(3)
print("unreachable")
