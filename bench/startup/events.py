"""events -- a publish/subscribe event bus with decorators."""


class EventBus:
    def __init__(self):
        self.handlers = {}
        self.log = []

    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register

    def off(self, event, fn):
        try:
            self.handlers[event].remove(fn)
        except (KeyError, ValueError):
            raise LookupError(f"{fn.__name__} is not subscribed to {event!r}") from None

    def emit(self, event, *args, **kwargs):
        self.log.append(event)
        results = []
        for fn in list(self.handlers.get(event, ())):
            try:
                results.append(fn(*args, **kwargs))
            except StopIteration:
                break
        return results

    def count(self, event):
        return self.log.count(event)


class Counter:
    def __init__(self, bus, *events):
        self.counts = dict.fromkeys(events, 0)
        for e in events:
            bus.on(e)(self._make(e))

    def _make(self, event):
        def handler(*args, **kwargs):
            self.counts[event] += 1
            return self.counts[event]
        handler.__name__ = "count_" + event
        return handler


def once(bus, event):
    def register(fn):
        def wrapper(*args, **kwargs):
            bus.off(event, wrapper)
            return fn(*args, **kwargs)
        wrapper.__name__ = fn.__name__
        bus.on(event)(wrapper)
        return fn
    return register
