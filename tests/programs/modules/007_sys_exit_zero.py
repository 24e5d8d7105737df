# sys.exit(0) and sys.exit() end the program successfully; finally blocks run
import sys
print("before")
try:
    sys.exit(0)
finally:
    print("finally runs on exit")
print("never printed")
