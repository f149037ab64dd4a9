# An uncaught user-defined exception: the last stderr line names its class.
class ConfigError(Exception):
    pass

print("loading")
raise ConfigError("missing section [main]")
