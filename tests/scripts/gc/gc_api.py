# the gc module's functions: results that do not depend on the collector,
# argument checks and CPython's messages
import gc
def attempt(text):
    try:
        print(text, "->", eval(text))
    except Exception as e:
        print(text, "!!", type(e).__name__, e)
for t in ["gc.collect(5)", "gc.collect(-1)", "gc.collect('x')", "gc.collect(1, 2)",
          "gc.collect(foo=1)", "type(gc.collect(generation=1))", "gc.collect(2.0)",
          "gc.collect(None)", "type(gc.collect(True))", "type(gc.collect())",
          "gc.enable(1)", "gc.isenabled(x=1)", "gc.set_threshold()",
          "gc.set_threshold(1, 2, 3, 4)", "gc.set_threshold('a')", "gc.set_threshold(1.5)",
          "gc.set_threshold(x=1)", "gc.get_threshold()", "gc.set_threshold(100, 5)",
          "gc.get_threshold()", "gc.set_threshold(700, 10, 10)", "gc.get_threshold(1)",
          "gc.is_tracked()", "gc.is_tracked(1, 2)", "gc.is_tracked(1)", "gc.is_tracked([])",
          "gc.is_tracked({})", "gc.is_tracked({1: []})", "gc.is_tracked(())",
          "gc.is_tracked(([],))", "gc.is_tracked('s')", "gc.is_tracked(None)",
          "gc.is_tracked(gc)", "gc.is_finalized(1)", "gc.is_finalized()",
          "gc.get_stats(1)", "len(gc.get_stats())", "sorted(gc.get_stats()[0])",
          "gc.garbage", "gc.callbacks", "gc.get_debug()", "gc.set_debug()",
          "gc.set_debug('a')", "gc.set_debug(gc.DEBUG_LEAK)", "gc.get_debug()",
          "gc.set_debug(0)",
          "[gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK]",
          "gc.freeze(1)", "gc.freeze()", "gc.unfreeze()", "gc.get_referents()",
          "gc.get_referents([1, 2])", "gc.get_referents([1], (2, 3))",
          "gc.get_referents({'a': 1, 'b': [2]})", "gc.get_referents({1: 2, 3: 4})",
          "gc.get_referents(1, 'x')", "gc.get_objects(5)", "gc.get_objects(generation='x')",
          "gc.get_objects(3)", "gc.get_objects(gen=1)", "type(gc.get_objects())",
          "gc.get_referrers(x=1)", "type(gc.get_referrers(1))", "gc.__name__",
          "gc.__doc__.splitlines()[0]", "gc.collect.__name__", "repr(gc.collect)", "repr(gc)",
          "len(gc.get_count())", "gc.isenabled()"]:
    attempt(t)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class A:
    pass
a = A()
a.x = [1]
a.y = 2
print(gc.get_referents(a))
print(sorted(k for k in dir(gc) if not k.startswith('__')))
def cb(phase, info):
    print(phase, sorted(info), info["generation"])
gc.callbacks.append(cb)
gc.collect()
gc.collect(0)
gc.callbacks.remove(cb)
gc.collect()
print("end")
