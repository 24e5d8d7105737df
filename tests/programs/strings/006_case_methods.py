# upper, lower, title, capitalize
words = ["hello world", "HELLO", "hELLo wORLD", "it's a dog's life", "123abc def", "ß straße", "", "x"]
for w in words:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()))
print("éclair ÉCOLE".upper(), "ÉCOLE".lower(), "ǆemal".title())
print("hello-world_foo bar".title(), "they're bill's".title())
