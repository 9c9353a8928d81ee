class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"

class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks
    def kind(self):
        return "dog, a kind of " + super().kind()

d = Dog("Rex", ["sit"])
print(d.speak(), "|", d.kind(), "|", d.tricks)
print(isinstance(d, Animal), issubclass(Dog, Animal), issubclass(Animal, Dog))
print([c.__name__ for c in Dog.__mro__], Dog.__bases__[0].__name__)
print(type(d).__name__, type(d) is Dog, d.__class__.__name__)
