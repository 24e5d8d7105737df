# Numbers and strings in every form the lexer decodes.
ints = [0, 00, 0_0, 42, 1_000_000, 0xFF, 0x_ff, 0o17, 0b1010, 123456789012345678901234567890]
floats = [1.5, .5, 1., 1e-9, 1_000.0, 1E+5, 3.14e-10, 1e400, 0.1]
strings = ['single', "double", '''triple''', """triple double""", r'\n raw', R"\d", u'unicode', 'a' "b" 'c']
escapes = "\n\t\r\\\'\"\0\a\b\f\v\x41\u00e9\U0001F600\101\7\d\{"
continued = 'line1\
line2'
multi = """first
second"""
non_ascii = "héllo wörld ✓"
constants = [None, True, False, ...]
