# nested and recursive reprs
a = [1, [2, [3, [4]]], (5, (6,)), {"k": [7, {"n": None}]}]
print(a)
print(repr(a) == str(a))
r = [1, 2]
r.append(r)
print(r)
d = {"self": None}
d["self"] = d
print(d)
x = [1]
y = [x, x]
print(y)
e = []
e.append(e)
e.append([e])
print(e)
t = ([],)
t[0].append(t)
print(t)
dl = {"list": []}
dl["list"].append(dl)
print(dl)
print([["a", 'b"c'], ("d",), {"e": 'f\'g'}])
