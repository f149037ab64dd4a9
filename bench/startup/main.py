"""main -- the start-up benchmark (scripts/bench startup): imports a dozen
modules of this folder, does a little work with each and prints a checksum.
The time is dominated by starting the interpreter and importing (compiling
the modules, or reading their cached bytecode)."""
import textutil
import mathutil
import vectors
import shapes
import matrix
import heap
import graph
import lru
import events
import tokenizer
import stats
import report
import inventory
from inventory import Item, Catalogue, Order, OrderError

out = []
out.append(textutil.slugify("Hello, Start-up World!"))
out.append(" ".join(textutil.wrap("the quick brown fox jumps over the lazy dog", 12)))
out.append(str(mathutil.primes_below(60)[-3:]) + str(mathutil.fib(60)))
out.append(repr(mathutil.Fraction(6, 8) + mathutil.Fraction(1, 3)))
sh = [shapes.Circle(vectors.Vec2(2, 2), 2), shapes.Square(vectors.ORIGIN, 3),
      shapes.Polygon((0, 0), (4, 0), (0, 3))]
out.extend(s.describe() for s in sorted(sh))
out.append(str(len(shapes.lattice_points(sh[0], 5))))
out.append(str(matrix.fib_matrix(30)) + " " + str(matrix.Matrix([[2, 1, 0], [1, 3, 1], [0, 1, 4]]).determinant()))
g = graph.grid_graph(5)
out.append(str(g.shortest_paths((0, 0))[(4, 4)]) + " " + str(len(g.topological_order())))
out.append(str(heap.heapsort([5, 3, 9, 1, 7])))


@lru.memoise(16)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)


out.append(str(ways(80)) + " " + str(ways.cache.hits))
bus = events.EventBus()
counter = events.Counter(bus, "start", "stop")
bus.emit("start"); bus.emit("start"); bus.emit("stop")
out.append(str(counter.counts))
out.append(str(tokenizer.calc("2 ^ 3 ^ 2 - (x + 4) * 3 % 5", x=7)))
data = [mathutil.collatz_length(n) for n in range(1, 200)]
out.append(str(stats.summary(data)["median"]) + " " + str(stats.histogram(data, 5)))
cat = Catalogue()
cat.add(Item("Blue Widget", 2.5, 10, {"blue"}))
cat.add(Item("Red Gadget", 7.25, 3, {"red"}))
order = Order(cat).add("blue-widget", 4).add("red-gadget")
try:
    order.add("red-gadget", 5)
except OrderError as e:
    out.append(str(e))
out.append(report.table(["sku", "price", "stock"], [(i.sku, i.price, i.stock) for i in cat]))
out.append(str(order.commit()) + " " + str(inventory.VERSION))
text = "\n".join(out)
print(len(out), report.checksum(text))
