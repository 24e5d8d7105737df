# helper: imports another helper; both must be executed only once
import _helper_counter
print("_helper_user loaded")
def use():
    return _helper_counter.incr()
