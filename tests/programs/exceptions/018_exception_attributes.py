# custom attributes on exceptions and catching by attribute
class HttpError(Exception):
    def __init__(self, status, msg):
        super().__init__(status, msg)
        self.status = status
        self.msg = msg
    def __str__(self):
        return f"{self.status}: {self.msg}"
errors = []
for status in [200, 404, 500]:
    try:
        if status != 200:
            raise HttpError(status, "not found" if status == 404 else "server error")
        print("ok", status)
    except HttpError as e:
        errors.append(e)
        print("error", e, e.args, e.status)
print([e.status for e in errors], repr(errors[0]))
