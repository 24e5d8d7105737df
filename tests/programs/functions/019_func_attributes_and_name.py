# function objects: __name__
def documented(a, b=2):
    return a + b
print(documented.__name__, documented(1))
def outer():
    def inner():
        pass
    return inner
print(outer().__name__)
f = lambda: None
print(f.__name__)
class K:
    def method(self):
        return 1
print(K.method.__name__, K().method.__name__)
