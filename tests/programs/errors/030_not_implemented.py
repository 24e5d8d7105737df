# NotImplementedError from an abstract-style method
class Base:
    def run(self):
        raise NotImplementedError("subclasses must implement run()")
class Good(Base):
    def run(self):
        return "good"
print(Good().run())
Base().run()
