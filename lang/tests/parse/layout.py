# Indentation with tabs, comments, blank lines, implicit and explicit line joining.
def f(a,
      b):  # comment after a header
	# a comment at another indentation
	if a:

		return [1,
  2,
      3]
	total = a + \
		b
	return total
x = {
    "k": 1,
}
