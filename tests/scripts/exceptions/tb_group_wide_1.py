# lemonpy: stderr=all
# A group of more than 15 exceptions shows the first 15.
raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
