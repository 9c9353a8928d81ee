class Temperature:
    __slots__ = ("_celsius", "sensor", "room", "floor", "timestamp")

    def __init__(self, celsius, sensor, room, floor, timestamp):
        self._celsius = celsius
        self.sensor = sensor
        self.room = room
        self.floor = floor
        self.timestamp = timestamp

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32


t = Temperature(21.5, "s-7", "lab", 2, 1700000000)
print(f"{t.fahrenheit=}")
print(sorted(Temperature.__slots__))
