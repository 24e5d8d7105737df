"""A stand-in for pyperf: runs each benchmark once and prints a digest of its result."""
import time


def perf_counter():
    return time.perf_counter()


class _Namespace:
    pass


class _ArgParser:
    def __init__(self, args):
        self._args = args

    def add_argument(self, *names, **options):
        name = names[-1].lstrip("-").replace("-", "_")
        setattr(self._args, name, options.get("default"))


class Runner:
    def __init__(self, *args, **kwargs):
        self.metadata = {}
        self.args = _Namespace()
        self.argparser = _ArgParser(self.args)

    def parse_args(self, *args):
        return self.args

    def bench_func(self, name, func, *args, inner_loops=None):
        result = func(*args)
        print(name, "done", type(result).__name__, repr(result)[:300])

    def bench_time_func(self, name, func, *args, inner_loops=None):
        elapsed = func(1, *args)
        print(name, "done", type(elapsed).__name__)
