# A small bank: classes, inheritance, properties, custom exceptions and a transaction log.
# Shows: class hierarchies, @property, @classmethod, __repr__/__str__/__eq__, try/except/else/finally.


class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount:.2f} (balance {account.balance:.2f})")
        self.shortfall = amount - account.balance


class AccountFrozen(BankError):
    pass


class Account:
    _next_number = 1000
    kind = "basic"

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.frozen = False
        self.number = Account._next_number
        Account._next_number += 1

    @property
    def balance(self):
        return self._balance

    @classmethod
    def opening(cls, owner, deposit):
        acct = cls(owner)
        acct.deposit(deposit)
        return acct

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self._balance += amount

    def withdraw(self, amount):
        self._check()
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self._balance:.2f})"

    def __str__(self):
        return f"#{self.number} {self.owner:<6} {self.kind:<8} {self._balance:>10,.2f}"

    def __eq__(self, other):
        return isinstance(other, Account) and self.number == other.number


class Savings(Account):
    kind = "savings"
    rate = 0.02

    def add_interest(self):
        self.deposit(round(self._balance * self.rate, 2))


class Checking(Account):
    kind = "checking"
    overdraft = 100.0

    def withdraw(self, amount):
        self._check()
        if amount > self._balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self._balance -= amount


def transfer(log, src, dst, amount):
    try:
        src.withdraw(amount)
        dst.deposit(amount)
    except InsufficientFunds as e:
        log.append(f"FAILED {amount:.2f}: {e} (short {e.shortfall:.2f})")
    except BankError as e:
        log.append(f"FAILED {amount:.2f}: {type(e).__name__}: {e}")
    else:
        log.append(f"ok     {amount:.2f}: {src.owner} -> {dst.owner}")
    finally:
        log.append(f"       balances {src.balance:.2f} / {dst.balance:.2f}")


ann = Savings.opening("ann", 1200.0)
bob = Checking.opening("bob", 50.0)
cy = Account("cy", 10.0)
log = []
transfer(log, ann, bob, 300.0)
transfer(log, bob, cy, 400.0)
transfer(log, bob, cy, 420.0)
cy.frozen = True
transfer(log, ann, cy, 5.0)
ann.add_interest()
try:
    ann.deposit(-5)
except ValueError as e:
    log.append(f"ValueError: {e}")
print("\n".join(log))
print()
for acct in sorted([ann, bob, cy], key=lambda a: a.balance, reverse=True):
    print(acct)
print([ann, bob, cy])
print(ann == ann, ann == bob, isinstance(bob, Account), issubclass(Savings, Checking))
print("total:", f"{sum(a.balance for a in (ann, bob, cy)):,.2f}")
