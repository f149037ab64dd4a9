# User-defined exceptions: subclassing, extra attributes, str and repr.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, name):
        super().__init__(f"{name} not found")
        self.name = name

try:
    raise NotFound("config")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.name, e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)

class WithStr(Exception):
    def __str__(self):
        return "custom str"

try:
    raise WithStr(1, 2)
except WithStr as e:
    print(e, e.args)
