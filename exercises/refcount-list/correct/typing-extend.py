import sys
from typing import List


class Job:
    def __repr__(self):
        return "Job()"


job = Job()
queue: List[Job] = []
first = sys.getrefcount(job)
queue.extend((job,))
second = sys.getrefcount(job)
print("before:", first)
print("after:", second)
print("difference:", second - first)
