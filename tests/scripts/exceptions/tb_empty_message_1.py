# lemonpy: stderr=all
# An exception whose str() is empty prints its type alone.
raise ValueError("")
