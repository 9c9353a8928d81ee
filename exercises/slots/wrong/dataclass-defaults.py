from dataclasses import dataclass


@dataclass
class Employee:
    __slots__ = ("name", "team", "level", "salary", "active")
    name: str
    team: str = "core"
    level: int = 1
    salary: float = 0.0
    active: bool = True


e = Employee("Grace")
print(e)
