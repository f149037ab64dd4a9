# lemonpy: stderr=all
# traceback of a user exception: module
class E(Exception):
    def __repr__(self): return "never used"
class M:
    pass
E.__module__ = "some.mod"
raise E("module-qualified")
