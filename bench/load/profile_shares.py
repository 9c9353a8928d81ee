"""Splits a JFR recording's CPU samples (jdk.ExecutionSample) of the service under load into what a submission
spends them on: HTTP, JSON, token lookup, course and member look-ups, storing (JPA/SQL), grading set-up, the run,
the checks and metrics. Usage: python3 bench/load/profile_shares.py recording.jfr

Each sample goes to the first rule that matches its stack, read from the thread's entry point towards the leaf
for the service's own callers (which service method asked for SQL) and from the leaf for libraries.
"""
import json
import subprocess
import sys
from collections import Counter

DATABASE = ("org.h2.", "org.hibernate.", "com.zaxxer.", "org.springframework.jdbc.", "org.springframework.orm.",
            "org.springframework.data.", "org.springframework.transaction.", "org.postgresql.", "jakarta.persistence")


def frames(sample):
    stack = sample["values"]["stackTrace"]
    if not stack:
        return []
    # JFR names types the JVM's way (dev/heapgrader/...); the rules below use dots
    return [(f["method"]["type"]["name"] + "." + f["method"]["name"]).replace("/", ".") for f in stack["frames"]]


def category(thread, stack):
    text = "\n".join(stack)
    if thread.startswith("heapgrader-program"):
        return "the run (engine, program thread)"
    in_database = any(f.startswith(DATABASE) for f in stack)
    if "dev.heapgrader.token.TokenService" in text and ".authenticate" in text:
        return "token lookup (SQL)" if in_database else "token lookup (hash, cache)"
    if in_database:
        for caller, name in (("SubmissionRateLimiter", "rate limit (SQL)"),
                             ("CourseService", "course look-up (SQL)"),
                             ("MemberService", "member look-up (SQL)"),
                             ("SubmissionService", "storing: submission, grade, cell (SQL)"),
                             ("GradeRecorder", "storing: submission, grade, cell (SQL)"),
                             ("CountedSubmissions", "storing: submission, grade, cell (SQL)")):
            if caller in text:
                return name
        return "other SQL"
    if "io.micrometer" in text or "prometheus" in text:
        return "metrics"
    for f in stack:
        if f.startswith("dev.heapgrader.grading.check") or f.startswith("dev.heapgrader.grading.report"):
            return "checks"
        if f.startswith("dev.heapgrader.engine.syntax") or f.startswith("dev.heapgrader.engine.Engine."):
            return "grading set-up (parse, run thread)"
        if f.startswith("tools.jackson") or f.startswith("com.fasterxml"):
            return "JSON (Jackson)"
    if "dev.heapgrader.grading." in text or "dev.heapgrader.exercise." in text:
        return "grading set-up and checks (other)"
    if thread.startswith("http-nio") or "org.apache" in text or "org.springframework.web" in text:
        return "HTTP (Tomcat, Spring MVC, filters)"
    return "other threads (" + thread.split("-")[0] + ")"


def main():
    raw = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample",
                          sys.argv[1]], capture_output=True, text=True, check=True).stdout
    events = json.loads(raw)["recording"]["events"]
    shares = Counter()
    for event in events:
        thread = event["values"]["sampledThread"]["javaName"] or ""
        shares[category(thread, frames(event))] += 1
    total = sum(shares.values())
    print(f"{total} samples")
    for name, count in shares.most_common():
        print(f"{100.0 * count / total:5.1f} %  {name}")


if __name__ == "__main__":
    main()
