# chr and ord
print(chr(65), chr(97), chr(48), chr(32) == " ", chr(0x263A), chr(233), chr(0x1F600), chr(10) == "\n")
print(ord("A"), ord("z"), ord(" "), ord("é"), ord("中"), ord("😀"), ord("\n"))
print("".join(chr(c) for c in range(ord("a"), ord("f"))), [ord(c) for c in "hi!"])
print(chr(ord("a") + 25), ord(chr(1000)) == 1000, chr(0x10FFFF) == chr(1114111))
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
