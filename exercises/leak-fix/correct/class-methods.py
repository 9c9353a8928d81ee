class EventLog:
    def __init__(self, limit=None):
        self.limit = limit


all_events = []
window = []
bounded_log = EventLog(limit=10)


def leaky(item):
    all_events.append(item)


def fixed(item):
    window.append(item)
    if len(window) > bounded_log.limit:
        window.clear()
