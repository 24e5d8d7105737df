# isdigit, isalpha, isalnum, isspace
samples = ["123", "12.3", "abc", "abc123", "", " ", " \t\n", "héllo", "²", "٣", "a b", "ABC", "_", "-1"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace())
