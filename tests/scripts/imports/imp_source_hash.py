# _imp.source_hash(key, source): SipHash-1-3 keyed with key (as a uint64)
import _imp
import importlib.util
for key in (0, 5, -1, 2**40):
    for src in (b'', b'abc', b'x = 1\n' * 50):
        print(key, len(src), _imp.source_hash(key, src).hex())
print(importlib.util.source_hash(b'abc') == importlib.util.source_hash(b'abc'))
