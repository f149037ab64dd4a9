# A tiny scripted text adventure: rooms graph, inventory, parser, state machine.

ROOMS = {
    "hall": {"desc": "A dusty hall.", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "Shelves of old books.", "exits": {"south": "hall"}, "items": ["book", "key"], "dark": True},
    "kitchen": {"desc": "Smells of bread.", "exits": {"west": "hall", "down": "cellar"}, "items": ["bread"]},
    "cellar": {"desc": "A locked chest sits here.", "exits": {"up": "kitchen"}, "items": [], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.moves = 0
        self.score = 0
        self.over = False

    def look(self):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "It is pitch dark."
        items = f" You see: {', '.join(r['items'])}." if r["items"] else ""
        exits = ", ".join(sorted(r["exits"]))
        return f"{r['desc']}{items} Exits: {exits}."

    def do(self, line):
        self.moves += 1
        words = line.lower().split()
        if not words:
            return "Pardon?"
        verb, args = words[0], words[1:]
        handler = getattr(self, "cmd_" + verb, None)
        if handler is None:
            return f"I don't know how to {verb!r}."
        try:
            return handler(*args)
        except TypeError:
            return f"{verb} what?"

    def cmd_look(self):
        return self.look()

    def cmd_go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return "You can't go that way."
        self.room = exits[direction]
        return self.look()

    def cmd_take(self, item):
        r = ROOMS[self.room]
        if r.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in r["items"]:
            return f"There is no {item} here."
        r["items"].remove(item)
        self.inventory.append(item)
        self.score += 5
        return f"Taken: {item}."

    def cmd_drop(self, item):
        if item not in self.inventory:
            return f"You don't have a {item}."
        self.inventory.remove(item)
        ROOMS[self.room]["items"].append(item)
        return "Dropped."

    def cmd_inventory(self):
        return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")

    def cmd_open(self, thing, *rest):
        if self.room != "cellar" or thing != "chest":
            return "Nothing to open."
        if "key" not in self.inventory:
            return "It's locked."
        self.score += 50
        self.over = True
        return "The chest opens. Treasure! You win."

game = Game()
script = ["look", "go north", "take book", "go south", "take lamp", "go north", "take key", "take book",
          "inventory", "go west", "go south", "dance", "go", "go east", "take bread", "drop bread",
          "drop sword", "go down", "open", "open chest now", ""]
for line in script:
    if game.over:
        break
    print(f"> {line}")
    print(game.do(line))
print(f"Score {game.score} in {game.moves} moves; over={game.over}")
print({k: v["items"] for k, v in ROOMS.items()})
