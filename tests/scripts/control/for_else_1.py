# for/else: else runs when the loop ends without break, also for an empty
# iterable; it does not run after break.
for n in [1, 3, 5]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even number")
for n in [1, 4, 5]:
    if n % 2 == 0:
        print("found even", n)
        break
else:
    print("no even number")
for n in []:
    pass
else:
    print("empty loop, else runs")
