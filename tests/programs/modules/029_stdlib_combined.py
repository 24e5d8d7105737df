# several modules working together: a tiny event scheduler
import heapq
from collections import defaultdict, deque
from itertools import count
from functools import partial
events = []
seq = count()
def schedule(t, name, action):
    heapq.heappush(events, (t, next(seq), name, action))
log = defaultdict(list)
recent = deque(maxlen=2)
def record(kind, name, t):
    log[kind].append((t, name))
    recent.append(name)
for t, name in [(5, "e"), (1, "a"), (3, "c"), (1, "b"), (4, "d")]:
    schedule(t, name, partial(record, "odd" if t % 2 else "even"))
while events:
    t, _, name, action = heapq.heappop(events)
    action(name, t)
print(dict(log))
print(list(recent))
