# raw strings keep backslashes
print(r'\n is not a newline')
print(R"C:\path\to\file")
print(len(r'\t'), len('\t'))
print(repr(r'\x41'))
print(r'a\'b')
print(repr(r"\\"))
print(r'''raw
triple \d+''')
s = r'\w+\s*'
print(s, len(s))
