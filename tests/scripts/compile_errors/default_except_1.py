# lemonpy: stderr=all
# A bare except: clause must be the last one.
try:
    pass
except:
    pass
except ValueError:
    pass
