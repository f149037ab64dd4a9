# Generator methods, generators closing over variables, and generators
# as __iter__.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

def repeater(word):
    def gen(times):
        for _ in range(times):
            yield word
    return gen

print(list(Countdown(3)), sum(Countdown(4)), list(repeater("hi")(2)))
c = Countdown(2)
print([(a, b) for a in c for b in c])
