print   "x", y
