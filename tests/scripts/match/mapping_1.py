# Mapping patterns: the listed keys must be present (extra keys are fine);
# **rest collects the others.
def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": k, **rest}:
            return f"key {k}, rest {rest}"
        case {"type": t}:
            return f"unknown event type {t}"
        case {}:
            return "a mapping without type"
        case _:
            return "not a mapping"

print(handle({"type": "click", "pos": (1, 2), "button": 1}))
print(handle({"type": "key", "key": "q", "shift": True, "ctrl": False}))
print(handle({"type": "scroll"}))
print(handle({"other": 1}))
print(handle([("type", "click")]))
