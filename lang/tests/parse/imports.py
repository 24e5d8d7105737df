# Imports, relative ones included (the runtime refuses level > 0).
import a, b.c as d, e.f.g
from m import a, b as c
from m import (a,
    b as c,
)
from . import x
from .. import y
from ...m import z
from .m.n import w
from __future__ import annotations
if __name__ == "__main__":
    main()
