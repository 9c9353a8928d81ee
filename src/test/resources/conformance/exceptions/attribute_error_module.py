import sys
print("has getrefcount:", hasattr(sys, "getrefcount"))
sys.getrefcnt([])
