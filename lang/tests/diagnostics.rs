//! Syntax errors and refusals: each case is source text, the last line CPython 3.11 prints for
//! it (or hyper's refusal), the line it names, and whether the input is merely incomplete.
//!
//! Invariant: every expected message here was produced by CPython 3.11 for the same source,
//! except refusals (`hyper does not support …`) and `too many nested expressions`.

use lang::SourceFile;

/// Parses `source` and checks the error's rendered last line, line number and incompleteness.
#[track_caller]
fn check(source: &str, expected: &str, line: u32, is_incomplete: bool) {
    let file = SourceFile::new("t.py", source);
    let Err(diagnostic) = lang::parse(&file) else {
        panic!("expected an error for {source:?}");
    };
    let rendered = format!("{}: {}", diagnostic.kind.name(), diagnostic.message);
    assert_eq!(rendered, expected, "for {source:?}");
    assert_eq!(file.line_of(diagnostic.span.start), line, "line for {source:?}");
    assert_eq!(diagnostic.is_incomplete, is_incomplete, "incompleteness for {source:?}");
}

#[track_caller]
fn check_column(source: &str, column: u32) {
    let file = SourceFile::new("t.py", source);
    match lang::parse(&file) {
        Err(diagnostic) => assert_eq!(file.column_of(diagnostic.span.start), column, "column for {source:?}"),
        Ok(_) => panic!("expected an error for {source:?}"),
    }
}

#[test]
fn missing_colon() {
    check("if x\n  pass\n", "SyntaxError: expected ':'", 1, false);
    check("def f()\n  pass\n", "SyntaxError: expected ':'", 1, false);
    check("class A\n  pass\n", "SyntaxError: expected ':'", 1, false);
    check("while x\n pass", "SyntaxError: expected ':'", 1, false);
    check("for x in y\n pass", "SyntaxError: expected ':'", 1, false);
    check_column("for x in y\n pass", 10);
}

#[test]
fn brackets() {
    check("x = (1 +\n", "SyntaxError: '(' was never closed", 1, true);
    check("x = (1, [2,\n", "SyntaxError: '[' was never closed", 1, true);
    check("x = [1, 2\ny = 3\n", "SyntaxError: '[' was never closed", 1, true);
    check("x = )\n", "SyntaxError: unmatched ')'", 1, false);
    check("x = (]\n", "SyntaxError: closing parenthesis ']' does not match opening parenthesis '('", 1, false);
    check(
        "x = (\n1]\n",
        "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        2,
        false,
    );
    let deep = format!("x = {}{}\n", "(".repeat(200), ")".repeat(200));
    assert!(lang::parse(&SourceFile::new("t.py", deep)).is_ok());
    let too_deep = format!("x = {}{}\n", "(".repeat(201), ")".repeat(201));
    check(&too_deep, "SyntaxError: too many nested parentheses", 1, false);
}

#[test]
fn strings() {
    check("x = \"abc\n", "SyntaxError: unterminated string literal (detected at line 1)", 1, false);
    check("x = \"\"\"abc\n\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 2)", 1, true);
    check(
        "x = \"\\x4\"\n",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
        1,
        false,
    );
    check(
        "x = \"\\u12\"\n",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape",
        1,
        false,
    );
    check(
        "x = \"\\U0011ffff\"\n",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
        1,
        false,
    );
}

#[test]
fn numbers() {
    check("x = 1abc\n", "SyntaxError: invalid decimal literal", 1, false);
    check(
        "x = 0123\n",
        "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        1,
        false,
    );
    check("x = 0x\n", "SyntaxError: invalid hexadecimal literal", 1, false);
    check("x = 1_\n", "SyntaxError: invalid decimal literal", 1, false);
    check("x = 1__0\n", "SyntaxError: invalid decimal literal", 1, false);
    check("x = 1e\n", "SyntaxError: invalid decimal literal", 1, false);
    check("x = 0o8\n", "SyntaxError: invalid digit '8' in octal literal", 1, false);
    check("x = 0b2\n", "SyntaxError: invalid digit '2' in binary literal", 1, false);
    check("x = 0b\n", "SyntaxError: invalid binary literal", 1, false);
    assert!(lang::parse(&SourceFile::new("t.py", "x = 1if y else 2\n")).is_ok());
}

#[test]
fn indentation() {
    check("if x:\n    pass\n  y\n", "IndentationError: unindent does not match any outer indentation level", 3, false);
    check("if x:\npass\n", "IndentationError: expected an indented block after 'if' statement on line 1", 2, false);
    check("  x = 1\n", "IndentationError: unexpected indent", 1, false);
    check("def f():\n    x\n        y\n", "IndentationError: unexpected indent", 3, false);
    check("if x:\n", "IndentationError: expected an indented block after 'if' statement on line 1", 1, true);
    check(
        "def f():\n    if x:\n",
        "IndentationError: expected an indented block after 'if' statement on line 2",
        2,
        true,
    );
    check("for x in y:\nz\n", "IndentationError: expected an indented block after 'for' statement on line 1", 2, false);
    check(
        "def f():\nz\n",
        "IndentationError: expected an indented block after function definition on line 1",
        2,
        false,
    );
    check("class A:\nz\n", "IndentationError: expected an indented block after class definition on line 1", 2, false);
    check("while x:\nz\n", "IndentationError: expected an indented block after 'while' statement on line 1", 2, false);
    check("try:\nz\n", "IndentationError: expected an indented block after 'try' statement on line 1", 2, false);
    check(
        "try:\n z\nexcept E as e:\nz\n",
        "IndentationError: expected an indented block after 'except' statement on line 3",
        4,
        false,
    );
    check(
        "try:\n z\nfinally:\nz\n",
        "IndentationError: expected an indented block after 'finally' statement on line 3",
        4,
        false,
    );
    check(
        "if x:\n z\nelse:\nz\n",
        "IndentationError: expected an indented block after 'else' statement on line 3",
        4,
        false,
    );
    check(
        "if x:\n z\nelif y:\nz\n",
        "IndentationError: expected an indented block after 'elif' statement on line 3",
        4,
        false,
    );
    check("with a:\nz\n", "IndentationError: expected an indented block after 'with' statement on line 1", 2, false);
    check("if x:\n\tpass\n        pass\n", "TabError: inconsistent use of tabs and spaces in indentation", 3, false);
    let deep: String =
        (0..101).map(|i| format!("{}if x:\n", " ".repeat(i))).collect::<String>() + &" ".repeat(101) + "pass\n";
    check(&deep, "IndentationError: too many levels of indentation", 101, false);
}

#[test]
fn assignment_targets() {
    check(
        "f() = 1\n",
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?",
        1,
        false,
    );
    check("1 = x\n", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, false);
    check(
        "a + 1 = 2\n",
        "SyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?",
        1,
        false,
    );
    check("for 1 in x: pass\n", "SyntaxError: cannot assign to literal", 1, false);
    check("(a, 1) = x\n", "SyntaxError: cannot assign to literal", 1, false);
    check_column("(a, 1) = x\n", 4);
    check("x = 1 = 2\n", "SyntaxError: cannot assign to literal", 1, false);
    check("True = 1\n", "SyntaxError: cannot assign to True", 1, false);
    check("x == 1 = 2\n", "SyntaxError: cannot assign to comparison", 1, false);
    check("del f()\n", "SyntaxError: cannot delete function call", 1, false);
    check("del 1\n", "SyntaxError: cannot delete literal", 1, false);
    check("del (a, *b)\n", "SyntaxError: cannot delete starred", 1, false);
    check("[a, b] += 1\n", "SyntaxError: 'list' is an illegal expression for augmented assignment", 1, false);
    check("x = yield = 3\n", "SyntaxError: assignment to yield expression not possible", 1, false);
    check("a, *b, *c = d\n", "SyntaxError: multiple starred expressions in assignment", 1, false);
    check("*a = b\n", "SyntaxError: starred assignment target must be in a list or tuple", 1, false);
    check("x = *a\n", "SyntaxError: can't use starred expression here", 1, false);
    check("x = (*a)\n", "SyntaxError: cannot use starred expression here", 1, false);
    check("with a as 1: pass\n", "SyntaxError: cannot assign to literal", 1, false);
    check("(x, y): int\n", "SyntaxError: only single target (not tuple) can be annotated", 1, false);
}

#[test]
fn calls_and_parameters() {
    check("f(a.b=1)\n", "SyntaxError: expression cannot contain assignment, perhaps you meant \"==\"?", 1, false);
    check("f(**a, *b)\n", "SyntaxError: iterable argument unpacking follows keyword argument unpacking", 1, false);
    check("f(a=1, b)\n", "SyntaxError: positional argument follows keyword argument", 1, false);
    check("f(**kw, a)\n", "SyntaxError: positional argument follows keyword argument unpacking", 1, false);
    check("f(x for x in y, 1)\n", "SyntaxError: Generator expression must be parenthesized", 1, false);
    check("f(a for a in b, )\n", "SyntaxError: Generator expression must be parenthesized", 1, false);
    check("f(x=1, x=2)\n", "SyntaxError: keyword argument repeated: x", 1, false);
    check("f(True=1)\n", "SyntaxError: cannot assign to True", 1, false);
    check("def f(a=1, b): pass\n", "SyntaxError: non-default argument follows default argument", 1, false);
    check("lambda x=1, y: 0\n", "SyntaxError: non-default argument follows default argument", 1, false);
    check("def f(x, x): pass\n", "SyntaxError: duplicate argument 'x' in function definition", 1, false);
    check("def f(a, *, **k): pass\n", "SyntaxError: named arguments must follow bare *", 1, false);
    check("def f(*a, *b): pass\n", "SyntaxError: * argument may appear only once", 1, false);
    check("def f(/, a): pass\n", "SyntaxError: at least one argument must precede /", 1, false);
    check("def f(a, /, b, /): pass\n", "SyntaxError: / may appear only once", 1, false);
    check("def f(*, a, /): pass\n", "SyntaxError: / must be ahead of *", 1, false);
    check("def f(**k, a): pass\n", "SyntaxError: arguments cannot follow var-keyword argument", 1, false);
    check("x = [*a for a in b]\n", "SyntaxError: iterable unpacking cannot be used in comprehension", 1, false);
}

#[test]
fn other_parser_messages() {
    check("x = 1 +\n", "SyntaxError: invalid syntax", 1, false);
    check_column("x = 1 +\n", 7);
    check("print(a b)\n", "SyntaxError: invalid syntax. Perhaps you forgot a comma?", 1, false);
    check("x = 1 if 2\n", "SyntaxError: expected 'else' after 'if' expression", 1, false);
    check("try:\n  pass\nx = 1\n", "SyntaxError: expected 'except' or 'finally' block", 3, false);
    check("try:\n  pass\n", "SyntaxError: expected 'except' or 'finally' block", 2, true);
    check("print \"x\"\n", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?", 1, false);
    check("if x = 1: pass\n", "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, false);
    check("from m import a, b,\n", "SyntaxError: trailing comma not allowed without surrounding parentheses", 1, false);
    check("x = \\\n", "SyntaxError: unexpected EOF while parsing", 1, true);
    check("x = 1 \\ 2\n", "SyntaxError: unexpected character after line continuation character", 1, false);
    check("x = $\n", "SyntaxError: invalid syntax", 1, false);
    check("€ = 1\n", "SyntaxError: invalid character '€' (U+20AC)", 1, false);
    check("x = 1\u{a0}\n", "SyntaxError: invalid non-printable character U+00A0", 1, false);
    check("else:\n  pass\n", "SyntaxError: invalid syntax", 1, false);
    check("@d\n", "SyntaxError: invalid syntax", 1, true);
    check("x = lambda a\n", "SyntaxError: invalid syntax", 1, false);
    check("for x in y z:\n  pass\n", "SyntaxError: invalid syntax", 1, false);
    check("def f() x:\n  pass\n", "SyntaxError: expected ':'", 1, false);
    check("try:\n  pass\nexcept E as e\n  pass\n", "SyntaxError: expected ':'", 3, false);
}

#[test]
fn repl_continuation() {
    // What the REPL needs: incomplete inputs ask for another line, finished ones do not.
    check(
        "class A:\n    def f(self):\n",
        "IndentationError: expected an indented block after function definition on line 2",
        2,
        true,
    );
    check(
        "if x:\n    pass\nelse:\n",
        "IndentationError: expected an indented block after 'else' statement on line 3",
        3,
        true,
    );
    check("s = '''abc\n", "SyntaxError: unterminated triple-quoted string literal (detected at line 1)", 1, true);
    check("print(1,\n", "SyntaxError: '(' was never closed", 1, true);
    check("x = 1 + \\\n", "SyntaxError: unexpected EOF while parsing", 1, true);
    check("x = 1 +\n", "SyntaxError: invalid syntax", 1, false);
    check("x = 'abc\n", "SyntaxError: unterminated string literal (detected at line 1)", 1, false);
    assert!(lang::parse(&SourceFile::new("t.py", "if x:\n    pass\n")).is_ok());
}

#[test]
fn fstrings() {
    check(
        "x = f\"{a!x}\"\n",
        "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'",
        1,
        false,
    );
    check("x = f\"{}\"\n", "SyntaxError: f-string: empty expression not allowed", 1, false);
    check("x = f\"{a\"\n", "SyntaxError: f-string: expecting '}'", 1, false);
    check("x = f\"}\"\n", "SyntaxError: f-string: single '}' is not allowed", 1, false);
    check("x = f\"{a:{b:{c}}}\"\n", "SyntaxError: f-string: expressions nested too deeply", 1, false);
    check("x = f\"{a\\n}\"\n", "SyntaxError: f-string expression part cannot include a backslash", 1, false);
    check("x = f\"{a#}\"\n", "SyntaxError: f-string expression part cannot include '#'", 1, false);
    check("x = f\"{a b}\"\n", "SyntaxError: f-string: invalid syntax. Perhaps you forgot a comma?", 1, false);
    check("x = f'{lambda x: 1}'\n", "SyntaxError: f-string: invalid syntax", 1, false);
    check("x = f'{x!r=}'\n", "SyntaxError: f-string: expecting '}'", 1, false);
}

#[test]
fn refusals() {
    let refused = |construct: &str| format!("SyntaxError: hyper does not support '{construct}' yet");
    check("async def f(): pass\n", &refused("async def"), 1, false);
    check("async for x in y: pass\n", &refused("async for"), 1, false);
    check("async with a: pass\n", &refused("async with"), 1, false);
    check("x = await y\n", &refused("await"), 1, false);
    check("print(x := 3)\n", &refused(":="), 1, false);
    check("x = 1\nmatch x:\n    case 1: pass\n", &refused("match"), 2, false);
    check("match (x):\n    case 1: pass\n", &refused("match"), 1, false);
    check("try:\n  pass\nexcept* E:\n  pass\n", &refused("except*"), 3, false);
    check("x = b\"abc\"\n", &refused("bytes literals"), 1, false);
    check("x = 1j\n", &refused("complex literals"), 1, false);
    check("x = 1.5e3J\n", &refused("complex literals"), 1, false);
    check("from m import *\n", &refused("import *"), 1, false);
    check("type X = int\n", &refused("type"), 1, false);
    check("x = \"\\N{DASH}\"\n", &refused("\\N{...} escapes"), 1, false);
    // Soft keywords stay names everywhere else.
    assert!(lang::parse(&SourceFile::new("t.py", "match = 1\nmatch(x)\ntype = 5\nprint(type)\n")).is_ok());
}

#[test]
fn nesting_limits() {
    // Deep nesting without brackets is bounded too, so no later stage can overflow its stack.
    for source in [
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}\n", vec!["1"; 100_000].join("+")),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(100_000)),
        format!("x = {}1\n", "lambda: ".repeat(100_000)),
        format!("x = {}1\n", "1 if 1 else ".repeat(100_000)),
        format!("x = {}\n", vec!["2"; 100_000].join("**")),
    ] {
        check(&source, "SyntaxError: too many nested expressions", 1, false);
    }
    // Just below the limit parses, and the deep tree is dropped on a test thread's small stack.
    for source in [format!("x = {}1\n", "-".repeat(900)), format!("x = {}\n", vec!["1"; 900].join("+"))] {
        assert!(lang::parse(&SourceFile::new("t.py", source)).is_ok());
    }
    // Flat constructs are not limited.
    let flat = format!("x = [{}]\ny = {}\n", vec!["-1"; 50_000].join(", "), vec!["a"; 50_000].join(" and "));
    assert!(lang::parse(&SourceFile::new("t.py", flat)).is_ok());
}
