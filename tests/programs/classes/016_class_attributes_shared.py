# class attributes vs instance attributes; mutable class attributes are shared
class Bag:
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Bag(), Bag()
a.add(1); b.add(2)
print(a.items, b.items, Bag.items)
class Fixed:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
c, d = Fixed(), Fixed()
c.add(1); d.add(2)
print(c.items, d.items)
class Config:
    debug = False
    level = 1
cfg = Config()
cfg.level = 5
print(cfg.level, Config.level, cfg.debug)
del cfg.level
print(cfg.level)
print(vars(cfg), sorted(k for k in vars(Config) if not k.startswith("__")))
