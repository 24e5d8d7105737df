# Classes with bases and keywords; annotated class attributes.
class Empty: pass


class Point(Base, Mixin, metaclass=Meta):
    x: int = 0
    ys: list[float]
    __slots__ = ("x", "y")

    def __init__(self, x):
        super().__init__()
        self.x = x

    @property
    def norm(self):
        return (self.x ** 2) ** 0.5
