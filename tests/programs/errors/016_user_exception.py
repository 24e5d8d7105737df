# an uncaught user exception
class BudgetExceeded(Exception):
    pass
spent = 0
for cost in [30, 40, 50]:
    spent += cost
    print("spent", spent)
    if spent > 100:
        raise BudgetExceeded(f"spent {spent} of 100")
