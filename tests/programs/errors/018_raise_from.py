# uncaught exception raised from another
class ConfigError(Exception):
    pass
def read(conf, key):
    try:
        return conf[key]
    except KeyError as e:
        raise ConfigError(f"missing key {key!r}") from e
conf = {"port": 80}
print(read(conf, "port"))
print(read(conf, "host"))
