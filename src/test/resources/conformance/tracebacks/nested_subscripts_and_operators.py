grid = [[1, 2], [3, 4]]
weights = {"a": 1}
print(grid[0][1] + weights["a"])
scale = 0
print(grid[1][0] // scale)
