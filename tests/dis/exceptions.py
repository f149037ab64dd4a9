try:
    f()
except ValueError as e:
    print(e)
except (TypeError, KeyError):
    pass
else:
    print("ok")
finally:
    print("done")
