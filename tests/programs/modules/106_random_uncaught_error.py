# an uncaught error from random: the traceback's last line is CPython's
import random

random.seed(8)
hand = random.sample(range(1, 53), 5)
print(hand, random.choice(hand))
discard = []
print(random.choice(discard))
