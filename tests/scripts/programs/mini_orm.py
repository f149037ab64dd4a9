# A tiny ORM: descriptors with __set_name__, a metaclass with class keywords, __init_subclass__, __class_getitem__.
class Field:
    def __init__(self, kind, default=None, required=False):
        self.kind, self.default, self.required = kind, default, required
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, self.default)
    def __set__(self, obj, value):
        if value is not None and not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name}: expected {self.kind.__name__}, got {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"

class ModelMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, table=None):
        cls = super().__new__(mcls, name, bases, ns)
        cls._table = table or name.lower() + "s"
        mcls.registry[cls._table] = cls
        return cls
    def __repr__(cls):
        return f"<Model {cls.__name__} table={cls._table}>"

class Model(metaclass=ModelMeta):
    _fields = ()
    def __init__(self, **kw):
        for f in self._fields:
            v = kw.pop(f, None)
            field = type(self).__dict__.get(f) or getattr(type(self), f)
            if v is None and field.required:
                raise ValueError(f"{type(self).__name__}: {f} is required")
            setattr(self, f, v if v is not None else field.default)
        if kw:
            raise TypeError(f"unknown fields: {', '.join(sorted(kw))}")
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._fields = tuple(dict.fromkeys(cls._fields))
    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({args})"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self._fields)
    __hash__ = None
    def __class_getitem__(cls, key):
        return f"{cls.__name__}[{key!r}]"

class User(Model, table="people"):
    name = Field(str, required=True)
    age = Field(int, default=0)
    email = Field(str)

class Admin(User):
    level = Field(int, default=1)

u = User(name="ann", age=30)
a = Admin(name="root", level=9)
print(u, a, User._fields, Admin._fields)
print(User, Admin, ModelMeta.registry, User.name, Admin.level)
print(u == User(name="ann", age=30), u == a, User[5], Admin["x"])
for bad in [lambda: User(age=3), lambda: User(name="x", age="old"), lambda: User(name="x", nick="y"), lambda: hash(u)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
u.age = 31
print(u.age, vars(u), isinstance(a, User), type(type(a)).__name__)
