class Particle:
    __slots__ = ("x", "y", "vx", "vy", "mass")

    def __init__(self, x, y, vx=0.0, vy=0.0, mass=1.0):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.mass = mass


particles = [Particle(i, -i) for i in range(100)]
total = sum(p.mass for p in particles)
print(len(particles), "particles, total mass", total)
print(any(hasattr(p, "__dict__") for p in particles))
