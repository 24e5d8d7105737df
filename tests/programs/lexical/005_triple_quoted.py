# triple-quoted strings keep newlines and quotes
a = """line one
line two
  indented "quoted" 'single'"""
print(a)
print(len(a.splitlines()))
b = '''x
y'''
print(repr(b))
c = """\
no leading newline"""
print(repr(c))
d = """ends with newline
"""
print(repr(d))
print("""a""" """b""")
print('''it's''' + """ "q" """)
