# Word statistics on a fixed text.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way."""

def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?\"'").lower()
        if w:
            out.append(w)
    return out

ws = words(TEXT)
print("words:", len(ws))
print("unique:", len(set(ws)))
print("lines:", len(TEXT.splitlines()))
print("chars:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT))

counts = {}
for w in ws:
    counts[w] = counts.get(w, 0) + 1

top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for w, n in top:
    print(f"{w:<{width}} {n:3d} {'#' * n}")

by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, ", ".join(by_len[length]))

avg = sum(map(len, ws)) / len(ws)
print(f"average word length: {avg:.3f}")
print("longest:", max(ws, key=len), "shortest:", min(ws, key=len))
letters = {}
for c in TEXT.lower():
    if c.isalpha():
        letters[c] = letters.get(c, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
print(TEXT.title()[:40])
print(TEXT.count("it was"), TEXT.find("age"), TEXT.rfind("age"), TEXT.index("Light"))
caps = [w for w in TEXT.split() if w[0].isupper()]
print(caps)
print(" ".join(reversed(TEXT.split()[:6])))
print(TEXT.replace("it was", "'twas", 3).splitlines()[0])
sentence = "the quick brown fox jumps over the lazy dog"
print(set("abcdefghijklmnopqrstuvwxyz") <= set(sentence))
print(sentence.capitalize(), sentence.swapcase().center(50, "*"))
print([w[::-1] for w in sentence.split()])
print(sentence.partition("fox"), sentence.rpartition("the"))
