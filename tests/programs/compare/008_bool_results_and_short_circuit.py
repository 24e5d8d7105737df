# comparison results are bools; and/or short-circuit with side effects
log = []
def t(name, val):
    log.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, log); log.clear()
r = t("a", 1) or t("b", 0)
print(r, log); log.clear()
r = t("a", 0) or t("b", "") or t("c", "x") or t("d", 1)
print(repr(r), log); log.clear()
r = t("a", 1) and t("b", 2) and t("c", None) and t("d", 3)
print(r, log); log.clear()
print(type(1 < 2).__name__, (1 < 2) + 1, not [], not [0])
