class Conn:
    def __init__(self, port):
        print("init start", port)
        if port < 0:
            raise ValueError(f"bad port {port}")
        self.port = port

c = Conn(80)
print("ok", c.port)
c = Conn(-1)
