# while/else: else runs when the condition becomes false, not after break.
i = 0
while i < 3:
    i += 1
else:
    print("finished normally", i)
while True:
    i += 1
    if i > 5:
        break
else:
    print("never printed")
print("broke at", i)
while False:
    pass
else:
    print("condition false at once")
