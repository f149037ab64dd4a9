# The first example: run it with  scripts/run examples/hello.py
def greet(name):
    return f"Hello, {name}!"


if __name__ == "__main__":
    print(greet("lemonpy"))
