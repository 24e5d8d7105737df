# non-ASCII text in source, strings and docstrings
def greet():
    """Grüße — docstring with non-ASCII: αβγ 中文."""
    return "héllo wörld"
print(greet())
s = "naïve café ☕"
print(len(s), s.upper())
print(s[6], s[-1], s[::-1])
print(ord("é"), chr(233), chr(0x4e2d))
print(repr("日本"), "日本")
# a comment with non-ASCII: ñ ü 🚀
print("emoji", "🚀", len("🚀"), ord("🚀"))
