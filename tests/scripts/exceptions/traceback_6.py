# lemonpy: stderr=all
# A traceback through a lambda, a method and a comprehension.
class K:
    def m(self, xs):
        return [(lambda v: 10 // v)(x) for x in xs]

K().m([1, 0])
