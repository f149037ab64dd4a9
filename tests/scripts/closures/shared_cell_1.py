# Two closures created by the same call share one cell.
def pair():
    value = "start"
    def get():
        return value
    def put(v):
        nonlocal value
        value = v
    return get, put

get, put = pair()
print(get())
put("changed")
print(get())
