# a small object model with validation and class-level bookkeeping
class InsufficientFunds(Exception):
    pass
class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner} has {self.balance}, needs {amount}")
        self.balance -= amount
        self.history.append(("wd", amount))
    def __repr__(self):
        return f"Account#{self.id}({self.owner}, {self.balance})"
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))
a = Account("ann", 100)
s = Savings("bob", 1000)
a.deposit(50)
s.add_interest()
for acct, amt in [(a, 500), (s, 20)]:
    try:
        acct.withdraw(amt)
    except InsufficientFunds as e:
        print("refused:", e)
try:
    a.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
print(a, s, a.history, s.history)
