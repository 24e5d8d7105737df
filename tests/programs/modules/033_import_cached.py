# a module imported from two places is executed once and shared
import _helper_user
import _helper_counter
from _helper_counter import incr
print(_helper_user.use(), _helper_user.use(), incr(), _helper_counter.count)
print(_helper_user._helper_counter is _helper_counter)
_helper_counter.count = 100
print(_helper_user.use())
