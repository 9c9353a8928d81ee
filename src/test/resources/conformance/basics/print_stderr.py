import sys
print("to stdout 1")
print("warning one", file=sys.stderr)
sys.stdout.write("written directly\n")
print("to stdout 2")
print("final", "stderr", "line", sep="_", file=sys.stderr)
