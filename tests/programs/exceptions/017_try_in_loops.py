# exception handling inside loops: retry, skip, collect errors
data = ["1", "2", "x", "4", "", "6"]
total, errors = 0, []
for s in data:
    try:
        total += int(s)
    except ValueError as e:
        errors.append(str(e))
        continue
    finally:
        pass
print(total, errors)
attempts = 0
while True:
    try:
        attempts += 1
        if attempts < 3:
            raise RuntimeError("flaky")
        print("succeeded after", attempts)
        break
    except RuntimeError as e:
        print("attempt", attempts, "failed:", e)
