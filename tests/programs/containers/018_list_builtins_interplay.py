# list() of iterables, copies, aliasing
s = "abc"
print(list(s), list((1, 2)), list({"k": 1}), list(range(3)), list(x for x in "hi"))
a = [[1], [2]]
b = list(a)
c = a[:]
b[0].append(99)
c.append([3])
print(a, b, c)
d = a
d.append("shared")
print(a is d, a)
nums = [5, 3, 8, 1]
s2 = sorted(nums)
print(nums, s2, nums is s2)
r = reversed(nums)
print(list(r), list(r))
print(len([]), len([[]]), [[]] * 2, [] == [], [] is [])
