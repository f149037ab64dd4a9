# Exception hierarchies, chaining, finally, else, re-raise.

class AppError(Exception):
    """Base error."""

class ValidationError(AppError):
    def __init__(self, field, msg):
        super().__init__(field, msg)
        self.field = field
        self.msg = msg
    def __str__(self):
        return f"{self.field}: {self.msg}"

class NotFound(AppError, LookupError):
    pass

def validate(user):
    if "name" not in user:
        raise ValidationError("name", "missing")
    if not isinstance(user.get("age"), int):
        raise ValidationError("age", f"expected int, got {type(user.get('age')).__name__}")
    if user["age"] < 0:
        raise ValidationError("age", "negative")
    return True

users = [{"name": "a", "age": 3}, {"age": 4}, {"name": "b", "age": "x"}, {"name": "c", "age": -1}]
for u in users:
    try:
        validate(u)
    except ValidationError as e:
        print("invalid:", e, "|", e.args, "|", repr(e))
    else:
        print("valid:", u)
    finally:
        print("checked", sorted(u))

def lookup(db, key):
    try:
        return db[key]
    except KeyError as e:
        raise NotFound(f"no record {key!r}") from e

try:
    lookup({}, "k")
except LookupError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)

def convert(s):
    try:
        return int(s)
    except ValueError:
        try:
            return float(s)
        except ValueError as inner:
            raise AppError("bad number " + s) from None

for s in ["12", "1.5", "abc"]:
    try:
        print(convert(s))
    except AppError as e:
        print("AppError", e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)

def order():
    log = []
    for i in range(4):
        try:
            log.append(f"try{i}")
            if i == 1:
                continue
            if i == 2:
                raise ZeroDivisionError
            if i == 3:
                break
        except ZeroDivisionError:
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    return log
print(order())

def f():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(f())

def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return err
e = g()
print(type(e), e.args, str(e))

errors = [lambda: [][1], lambda: {}["x"], lambda: int("q"), lambda: None.foo,
          lambda: 1 + "a", lambda: "a" * "b", lambda: undefined_name, lambda: (1, 2).append(3),
          lambda: [1, 2].index(5), lambda: "abc".index("z"), lambda: 2 ** 10000 * 1.0,
          lambda: 1 % 0, lambda: 1.0 / 0, lambda: divmod(1, 0), lambda: int(None), lambda: len(5),
          lambda: sorted([1, "a"]), lambda: iter(5), lambda: next(iter([])), lambda: {}.pop("k"),
          lambda: set().pop(), lambda: [].pop(), lambda: "x".join([1]), lambda: tuple(1),
          lambda: chr(-1), lambda: ord("ab"), lambda: float("x1"), lambda: int("12", 1),
          lambda: [1][1.0], lambda: "abc"[5], lambda: abs("x"), lambda: hash([]),
          lambda: {[1]: 2}, lambda: max([]), lambda: min(1), lambda: range(1, 2, 0),
          lambda: "%d" % "x", lambda: "{0}".format(), lambda: "{x}".format(y=1), lambda: f"{1:q}"]
for fn in errors:
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

try:
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
except TypeError as e:
    print(repr(e), repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
class Weird(Exception):
    pass
print(Weird(), repr(Weird()), str(Weird(1, 2)), Weird("x").args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1:3])
raise ValidationError("zip", "bad format")
