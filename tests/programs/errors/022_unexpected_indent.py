# IndentationError: unexpected indent
print("a")
    print("b")
