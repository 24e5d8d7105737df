print("before")
with open("/tmp/hyper_stdlib_missing_dir/data.txt") as f:
    print(f.read())
print("after")
