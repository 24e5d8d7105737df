# pass in every kind of block
def f():
    pass
class C:
    pass
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
print(f(), C.__name__, _)
