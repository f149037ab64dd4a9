# weakref.finalize objects still pending at exit run newest first
import weakref
class C: pass
a = C(); b = C()
weakref.finalize(a, print, "fin a")
weakref.finalize(b, print, "fin b")
r = weakref.ref(a, lambda w: print("cb a"))
print("end")
