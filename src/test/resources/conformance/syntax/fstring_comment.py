print(f"{x # c}")
