# lemonpy: args=-X int_max_str_digits=100
# lemonpy: stderr=all
# A limit below 640 (and not 0) is a fatal configuration error.
print("never")
