# lemonpy: stderr=all
# traceback of a user exception: renamed
class E(Exception):
    pass
E.__name__ = "Renamed"
E.__qualname__ = "Outer.Renamed"
raise E("renamed class")
