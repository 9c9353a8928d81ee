from dataclasses import dataclass


@dataclass
class Employee:
    __slots__ = ("name", "team", "level", "salary", "active")
    name: str
    team: str
    level: int
    salary: float
    active: bool


e = Employee("Grace", "compilers", 5, 100.0, True)
print(e)
assert not hasattr(e, "__dict__")
