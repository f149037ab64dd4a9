# lemonpy: stderr=all
# When str() of the exception raises, the report says so.
class E(Exception):
    def __str__(self):
        raise ValueError("no str")
raise E()
