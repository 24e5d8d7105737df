# sorting objects by attribute and tuples with mixed fields
class Emp:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
    def __repr__(self):
        return self.name
staff = [Emp("ann", "ops", 50), Emp("bob", "dev", 70), Emp("cid", "ops", 60),
         Emp("dee", "dev", 70), Emp("eve", "hr", 40)]
staff.sort(key=lambda e: e.salary)
print(staff)
staff.sort(key=lambda e: (e.dept, -e.salary))
print(staff)
print(sorted(staff, key=lambda e: e.name, reverse=True))
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.salary)
print({d: sum(v) / len(v) for d, v in by_dept.items()})
print(max(staff, key=lambda e: e.salary), min(staff, key=lambda e: (e.salary, e.name)))
