# a file that indents with tabs consistently
def f(n):
	total = 0
	for i in range(n):
		if i % 2:
			total += i
		else:
			total -= 1
	return total
print(f(10))
class A:
	def m(self):
		return "tab-indented method"
print(A().m())
