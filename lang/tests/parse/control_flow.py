# if/elif/else chains, loops with else, one-line bodies, ';' separated statements.
if x: pass
elif y:
    x = 1; y = 2;
elif z:
    pass
else:
    pass
while n > 0:
    n -= 1
    if n == 5: break
    else: continue
else:
    done = True
for i in range(3): print(i)
else: print("no break")
