# global lets a function create and rebind module-level names.
total = 0

def add(n):
    global total
    total += n

def create():
    global made
    made = "created"

add(5)
add(7)
print(total)
create()
print(made)
