# counting and membership over text
text = "It was the best of times, it was the worst of times"
lower = text.lower()
print(lower.count("it"), lower.count("was"), lower.count("times"), lower.count("s"))
print("best" in text, "Best" in text, "worst of" in text)
vowels = sum(1 for c in lower if c in "aeiou")
print(vowels, len(text), len(text.split()))
words = lower.replace(",", "").split()
print(sorted(set(words)), len(set(words)))
print(text.index("times"), text.rfind("times"))
