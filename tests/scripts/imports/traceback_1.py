# The traceback of an error raised while importing shows the importing
# line and the module's own frames, nothing of the import system.
# lemonpy: stderr=all
import _helper


def load():
    import raises


load()
