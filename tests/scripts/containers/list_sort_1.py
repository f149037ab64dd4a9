# sort: stable, key, reverse, sorted(), mixed numbers
data = [('b', 2), ('a', 2), ('c', 1), ('a', 1), ('b', 1)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: p[0], reverse=True))
words = 'the quick brown fox jumps over the lazy dog'.split()
words.sort(key=len)
print(words)
words.sort(key=str.lower, reverse=True)
print(words)
nums = [3, 1.5, -2, 10**20, 0, -0.5, True, 2]
nums.sort()
print(nums)
print(sorted([5, 2, 9] * 3, reverse=True))
print(sorted(range(20), key=lambda x: x % 3))
big = [(i * 7919) % 1009 for i in range(2000)]
s = sorted(big)
print(s[:5], s[-5:], all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
print(sorted('hello world'), sorted([]), sorted((3, 1)))
print(sorted([[2, 1], [1, 2], [1]]))
