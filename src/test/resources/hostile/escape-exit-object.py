# SystemExit with an object as its code.
raise SystemExit(object)
