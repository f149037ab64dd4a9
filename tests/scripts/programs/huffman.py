# Huffman coding with deterministic tie-breaking: build tree, codes, encode/decode, stats.

class Node:
    order = 0
    def __init__(self, weight, symbol=None, left=None, right=None):
        Node.order += 1
        self.weight, self.symbol, self.left, self.right = weight, symbol, left, right
        self.seq = Node.order
    def __lt__(self, other):
        return (self.weight, self.seq) < (other.weight, other.seq)
    def is_leaf(self):
        return self.symbol is not None

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [Node(w, s) for s, w in sorted(freq.items(), key=lambda kv: (kv[1], kv[0]))]
    while len(nodes) > 1:
        nodes.sort()
        a, b = nodes.pop(0), nodes.pop(0)
        nodes.append(Node(a.weight + b.weight, left=a, right=b))
    return nodes[0], freq

def codes(node, prefix="", table=None):
    table = {} if table is None else table
    if node.is_leaf():
        table[node.symbol] = prefix or "0"
    else:
        codes(node.left, prefix + "0", table)
        codes(node.right, prefix + "1", table)
    return table

def encode(text, table):
    return "".join(table[c] for c in text)

def decode(bits, root):
    out, node = [], root
    for b in bits:
        node = node.left if b == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)

for text in ["abracadabra", "this is an example of a huffman tree", "aaaa", "mississippi river"]:
    Node.order = 0
    root, freq = build(text)
    table = codes(root)
    bits = encode(text, table)
    assert decode(bits, root) == text or set(text) == {text[0]}
    print(repr(text))
    for sym in sorted(table, key=lambda s: (len(table[s]), s)):
        print(f"  {sym!r}: {freq[sym]:2d} {table[sym]}")
    ratio = len(bits) / (8 * len(text))
    print(f"  {len(bits)} bits vs {8 * len(text)} ({ratio:.1%}), avg {len(bits) / len(text):.3f} bits/char")
    packed = int(bits, 2).to_bytes((len(bits) + 7) // 8, "big") if bits else b""
    print("  packed:", packed.hex(), len(packed))
