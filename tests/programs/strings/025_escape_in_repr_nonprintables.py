# repr chooses quotes and escapes non-printable characters
samples = ["\x00", "\x1b[0m", "\r\n", "\x80", "\xa0", "\xad", "é", "\u2028", "😀", "a'b\"c"]
for s in samples:
    print(repr(s), len(s))
print(repr(["\n", "'"]), str(("\t",)))
