registry = []

def register(cls):
    registry.append(cls.__name__)
    return cls

def add_greeting(cls):
    def greet(self):
        return "hello from " + type(self).__name__
    cls.greet = greet
    return cls

@register
@add_greeting
class Alpha:
    pass

@register
class Beta(Alpha):
    pass

print(registry, Beta().greet(), Alpha().greet())
print(hasattr(Alpha, "greet"), "greet" in vars(Alpha), "greet" in vars(Beta))
