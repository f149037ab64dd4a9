# To-do manager: priorities, due days, tags, filtering with lambdas, undo stack, summary.

class Task:
    _ids = iter(range(1, 10 ** 6))
    PRIORITIES = ("low", "normal", "high", "urgent")

    def __init__(self, title, priority="normal", due=None, tags=()):
        if priority not in self.PRIORITIES:
            raise ValueError(f"priority must be one of {', '.join(self.PRIORITIES)}")
        self.id = next(Task._ids)
        self.title = title
        self.priority = priority
        self.due = due
        self.tags = set(tags)
        self.done = False

    @property
    def rank(self):
        return self.PRIORITIES.index(self.priority)

    def __lt__(self, other):
        a = (-self.rank, self.due if self.due is not None else float("inf"), self.id)
        b = (-other.rank, other.due if other.due is not None else float("inf"), other.id)
        return a < b

    def __str__(self):
        box = "x" if self.done else " "
        due = f" (due day {self.due})" if self.due is not None else ""
        tags = " " + " ".join("#" + t for t in sorted(self.tags)) if self.tags else ""
        return f"[{box}] {self.id:>2}. {self.title} <{self.priority}>{due}{tags}"

class TodoList:
    def __init__(self):
        self.tasks = {}
        self.undo_stack = []

    def add(self, *args, **kwargs):
        t = Task(*args, **kwargs)
        self.tasks[t.id] = t
        self.undo_stack.append(("add", t.id))
        return t

    def complete(self, tid):
        t = self.tasks[tid]
        if t.done:
            raise RuntimeError(f"task {tid} already done")
        t.done = True
        self.undo_stack.append(("complete", tid))

    def remove(self, tid):
        t = self.tasks.pop(tid)
        self.undo_stack.append(("remove", t))

    def undo(self):
        if not self.undo_stack:
            return "nothing to undo"
        action, arg = self.undo_stack.pop()
        if action == "add":
            del self.tasks[arg]
        elif action == "complete":
            self.tasks[arg].done = False
        else:
            self.tasks[arg.id] = arg
        return f"undid {action}"

    def query(self, pred=lambda t: True):
        return sorted(t for t in self.tasks.values() if pred(t))

todo = TodoList()
todo.add("write report", "high", due=3, tags=["work"])
todo.add("buy milk", "low", tags=["home", "errand"])
todo.add("fix bug 42", "urgent", due=1, tags=["work", "code"])
todo.add("call mom", due=2)
todo.add("refactor parser", "normal", due=10, tags=["code"])
try:
    todo.add("panic", "critical")
except ValueError as e:
    print("ValueError:", e)
todo.complete(3)
try:
    todo.complete(3)
except RuntimeError as e:
    print("RuntimeError:", e)
for t in todo.query():
    print(t)
print("--- open work:")
for t in todo.query(lambda t: "work" in t.tags and not t.done):
    print(t)
print("--- due by day 2:", [t.id for t in todo.query(lambda t: t.due is not None and t.due <= 2)])
todo.remove(2)
print(todo.undo(), todo.undo(), todo.undo(), len(todo.tasks))
try:
    todo.remove(99)
except KeyError as e:
    print("KeyError:", e)
tags = {}
for t in todo.tasks.values():
    for tag in t.tags:
        tags.setdefault(tag, []).append(t.id)
print(dict(sorted(tags.items())))
by_prio = {p: sum(1 for t in todo.tasks.values() if t.priority == p) for p in Task.PRIORITIES}
print(by_prio, f"{sum(t.done for t in todo.tasks.values())}/{len(todo.tasks)} done")
while todo.undo_stack:
    todo.undo()
print(todo.undo(), todo.tasks)
