# Counting words of an embedded text with a dict, then the top 10 by (-count, word).
# Shows: string methods, dict get/update, sorted with a key, formatted columns.

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way - in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""

counts = {}
for raw in TEXT.split():
    word = raw.strip(".,;:-!?\"'").lower()
    if word:
        counts[word] = counts.get(word, 0) + 1

print("words:", sum(counts.values()), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
for rank, (word, n) in enumerate(top, 1):
    print(f"{rank:2}. {word:<10} {n:3} {'#' * n}")
longest = max(counts, key=lambda w: (len(w), w))
print("longest word:", longest, len(longest))
