# Employee hierarchy: inheritance, class/static methods, __eq__/__hash__, org chart recursion.

class Employee:
    raise_pct = 0.03
    headcount = 0

    def __init__(self, name, salary, manager=None):
        self.name = name
        self.salary = salary
        self.manager = manager
        self.reports = []
        if manager:
            manager.reports.append(self)
        Employee.headcount += 1

    @property
    def title(self):
        return type(self).__name__

    def give_raise(self):
        self.salary = round(self.salary * (1 + self.raise_pct))

    @staticmethod
    def parse(line):
        name, role, salary, boss = [p.strip() for p in line.split("|")]
        return name, role, int(salary), boss or None

    def chain(self):
        e, out = self, []
        while e:
            out.append(e.name)
            e = e.manager
        return " -> ".join(out)

    def __eq__(self, other):
        return isinstance(other, Employee) and self.name == other.name

    def __hash__(self):
        return hash(self.name)

    def __repr__(self):
        return f"{self.title}({self.name!r}, {self.salary})"

class Manager(Employee):
    raise_pct = 0.05

    def team_cost(self):
        return self.salary + sum(r.team_cost() if isinstance(r, Manager) else r.salary for r in self.reports)

class Engineer(Employee):
    def __init__(self, name, salary, manager=None, lang="python"):
        super().__init__(name, salary, manager)
        self.lang = lang

class Intern(Engineer):
    raise_pct = 0.0

ROSTER = """ada | Manager | 200000 |
bob | Manager | 150000 | ada
cy | Engineer | 120000 | bob
di | Engineer | 125000 | bob
ed | Intern | 40000 | di
fe | Manager | 140000 | ada
gil | Engineer | 110000 | fe
hal | Intern | 38000 | fe"""
classes = {"Manager": Manager, "Engineer": Engineer, "Intern": Intern}
staff = {}
for line in ROSTER.splitlines():
    name, role, salary, boss = Employee.parse(line)
    staff[name] = classes[role](name, salary, staff.get(boss))
print(Employee.headcount, list(staff.values()))

def chart(e, depth=0):
    lines = [f"{'  ' * depth}{e.name} [{e.title}] ${e.salary:,}"]
    for r in sorted(e.reports, key=lambda r: r.name):
        lines.extend(chart(r, depth + 1))
    return lines
print("\n".join(chart(staff["ada"])))
print(staff["ed"].chain(), "|", staff["hal"].chain())
print(staff["ada"].team_cost(), staff["bob"].team_cost())
for e in staff.values():
    e.give_raise()
print([(e.name, e.salary) for e in staff.values()])
print(staff["cy"] == Engineer("cy", 1), len({staff["cy"], Engineer("cy", 2)}), Employee.headcount)
by_title = {}
for e in staff.values():
    by_title.setdefault(e.title, []).append(e.name)
print(by_title)
print([c.__name__ for c in Intern.__mro__], Intern.raise_pct, Engineer.raise_pct)
print(isinstance(staff["ed"], Engineer), type(staff["ed"]) is Engineer, staff["ed"].lang)
print(max(staff.values(), key=lambda e: e.salary).name, sum(e.salary for e in staff.values()))
print(staff["gil"].team_cost())
