# Patterns nest freely: a small command interpreter.
commands = [
    ["go", "north"],
    ["take", "lamp", "key"],
    {"cmd": "look", "at": ["door", "window"]},
    ["drop"],
    ["quit"],
]
for c in commands:
    match c:
        case ["go", ("north" | "south") as d]:
            print("going", d)
        case ["take", *things] if things:
            print("taking", ", ".join(things))
        case {"cmd": "look", "at": [first, *_]}:
            print("looking at", first)
        case ["quit"]:
            print("bye")
        case [verb, *_]:
            print("cannot", verb, "without an object")
