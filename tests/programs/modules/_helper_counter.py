# helper: a module with state, imported by _helper_user.py and by 033_import_cached.py
print("_helper_counter loaded")
count = 0
def incr():
    global count
    count += 1
    return count
