//! Reads the textual IR (`display.rs`) back into a `Trace`, so tests are written as text.
//!
//! The parser checks only what it needs to build the data structure: `%n` labels must match
//! instruction positions, names must exist and snapshot ids must be dense. Everything
//! semantic (defs before uses, types, snapshots on guards) is the verifier's job, so that
//! rejection tests can be written as text too.
//!
//! Invariant: no input makes the parser panic; every problem is a `ParseError` with a line.

use super::{Helper, HelperId, Inst, IrRef, Op, Slot, SnapshotId, TagImm, Trace, Type, ALL_TAGS, F64};
use crate::ir::tag_name;
use crate::snapshot::Snapshot;
use cranelift_entity::{EntityRef, PrimaryMap};
use std::collections::BTreeMap;
use std::fmt;

/// What went wrong, and on which line (1-based).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub kind: ParseErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ParseErrorKind {
    Expected(&'static str),
    UnknownOp(String),
    UnknownTag(String),
    UnknownType(String),
    UnknownHelper(String),
    BadNumber(String),
    /// A `%n =` label that is not the instruction's position.
    WrongLabel {
        expected: usize,
        found: usize,
    },
    DuplicateSnapshot(usize),
    /// Snapshot ids must be `0..n` with no gaps.
    MissingSnapshot(usize),
    TrailingText(String),
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: ", self.line)?;
        match &self.kind {
            ParseErrorKind::Expected(what) => write!(f, "expected {what}"),
            ParseErrorKind::UnknownOp(name) => write!(f, "unknown op `{name}`"),
            ParseErrorKind::UnknownTag(name) => write!(f, "unknown tag `{name}`"),
            ParseErrorKind::UnknownType(name) => write!(f, "unknown type `{name}`"),
            ParseErrorKind::UnknownHelper(name) => write!(f, "undeclared helper `@{name}`"),
            ParseErrorKind::BadNumber(text) => write!(f, "bad number `{text}`"),
            ParseErrorKind::WrongLabel { expected, found } => {
                write!(f, "instruction {expected} is labelled %{found}")
            }
            ParseErrorKind::DuplicateSnapshot(id) => write!(f, "snapshot {id} defined twice"),
            ParseErrorKind::MissingSnapshot(id) => write!(f, "snapshot {id} is used or skipped but not defined"),
            ParseErrorKind::TrailingText(text) => write!(f, "unexpected `{text}`"),
        }
    }
}

impl std::error::Error for ParseError {}

/// A position in one line of input.
pub(super) struct Cursor<'a> {
    text: &'a str,
    pos: usize,
    line: usize,
    helpers: &'a PrimaryMap<HelperId, Helper>,
}

impl<'a> Cursor<'a> {
    fn error(&self, kind: ParseErrorKind) -> ParseError {
        ParseError { line: self.line, kind }
    }

    fn rest(&self) -> &'a str {
        self.text.get(self.pos..).unwrap_or("")
    }

    fn skip_ws(&mut self) {
        let rest = self.rest();
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn at_end(&mut self) -> bool {
        self.skip_ws();
        self.rest().is_empty()
    }

    /// Consumes `token` if it comes next.
    fn eat(&mut self, token: &str) -> bool {
        self.skip_ws();
        if self.rest().starts_with(token) {
            self.pos += token.len();
            true
        } else {
            false
        }
    }

    pub(super) fn expect(&mut self, token: &'static str) -> Result<(), ParseError> {
        if self.eat(token) {
            Ok(())
        } else {
            Err(self.error(ParseErrorKind::Expected(token)))
        }
    }

    /// The next run of characters that can make up a name or a number.
    fn word(&mut self) -> &'a str {
        self.skip_ws();
        let rest = self.rest();
        let len = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-' | '+')))
            .unwrap_or(rest.len());
        self.pos += len;
        &rest[..len]
    }

    fn name(&mut self, what: &'static str) -> Result<&'a str, ParseError> {
        let word = self.word();
        if word.is_empty() {
            Err(self.error(ParseErrorKind::Expected(what)))
        } else {
            Ok(word)
        }
    }

    fn number<T: std::str::FromStr>(&mut self) -> Result<T, ParseError> {
        let word = self.name("a number")?;
        word.parse().map_err(|_| self.error(ParseErrorKind::BadNumber(word.to_string())))
    }

    fn ty(&mut self) -> Result<Type, ParseError> {
        let word = self.name("a type")?;
        Type::from_name(word).ok_or_else(|| self.error(ParseErrorKind::UnknownType(word.to_string())))
    }
}

/// How an operand of each Rust type parses.
pub(super) trait Operand: Sized {
    fn parse(p: &mut Cursor<'_>) -> Result<Self, ParseError>;
}

impl Operand for IrRef {
    fn parse(p: &mut Cursor<'_>) -> Result<IrRef, ParseError> {
        p.expect("%")?;
        Ok(IrRef::from_u32(p.number()?))
    }
}

impl Operand for Slot {
    fn parse(p: &mut Cursor<'_>) -> Result<Slot, ParseError> {
        p.expect("s")?;
        Ok(Slot::from_u32(p.number()?))
    }
}

impl Operand for TagImm {
    fn parse(p: &mut Cursor<'_>) -> Result<TagImm, ParseError> {
        let word = p.name("a tag")?;
        ALL_TAGS
            .into_iter()
            .find(|t| tag_name(*t) == word)
            .map(TagImm)
            .ok_or_else(|| p.error(ParseErrorKind::UnknownTag(word.to_string())))
    }
}

impl Operand for i64 {
    fn parse(p: &mut Cursor<'_>) -> Result<i64, ParseError> {
        p.number()
    }
}

impl Operand for F64 {
    fn parse(p: &mut Cursor<'_>) -> Result<F64, ParseError> {
        Ok(F64::new(p.number()?))
    }
}

impl Operand for bool {
    fn parse(p: &mut Cursor<'_>) -> Result<bool, ParseError> {
        match p.name("true or false")? {
            "true" => Ok(true),
            "false" => Ok(false),
            _ => Err(p.error(ParseErrorKind::Expected("true or false"))),
        }
    }
}

impl Operand for Box<[IrRef]> {
    fn parse(p: &mut Cursor<'_>) -> Result<Box<[IrRef]>, ParseError> {
        p.expect("(")?;
        let mut refs = Vec::new();
        if !p.eat(")") {
            loop {
                refs.push(IrRef::parse(p)?);
                if p.eat(")") {
                    break;
                }
                p.expect(",")?;
            }
        }
        Ok(refs.into_boxed_slice())
    }
}

impl Operand for HelperId {
    fn parse(p: &mut Cursor<'_>) -> Result<HelperId, ParseError> {
        p.expect("@")?;
        let name = p.name("a helper name")?;
        p.helpers
            .iter()
            .find(|(_, h)| h.name == name)
            .map(|(id, _)| id)
            .ok_or_else(|| p.error(ParseErrorKind::UnknownHelper(name.to_string())))
    }
}

/// Parses a whole trace. Helpers come out unresolved (`addr: None`): see
/// `Trace::resolve_helpers`. `;` starts a comment.
pub fn parse(src: &str) -> Result<Trace, ParseError> {
    let mut trace = Trace::new();
    let mut snapshots: BTreeMap<usize, (Snapshot, usize)> = BTreeMap::new();
    let mut uses: Vec<(usize, usize)> = Vec::new();
    for (index, full_line) in src.lines().enumerate() {
        let text = full_line.split(';').next().unwrap_or("");
        let helpers = trace.helpers.clone();
        let mut p = Cursor { text, pos: 0, line: index + 1, helpers: &helpers };
        if p.at_end() {
            continue;
        }
        if p.eat("helper ") {
            let helper = parse_helper(&mut p)?;
            trace.helpers.push(helper);
        } else if p.eat("snap ") {
            let id: usize = p.number()?;
            p.expect("resume")?;
            let resume: u32 = p.number()?;
            p.expect(":")?;
            let mut entries = Vec::new();
            while !p.at_end() {
                if !entries.is_empty() {
                    p.expect(",")?;
                }
                let slot = Slot::parse(&mut p)?;
                p.expect("=")?;
                entries.push((slot, IrRef::parse(&mut p)?));
            }
            // Kept in text order (not re-sorted) so the verifier can reject unsorted input.
            let snapshot = Snapshot { resume, entries };
            if snapshots.insert(id, (snapshot, p.line)).is_some() {
                return Err(p.error(ParseErrorKind::DuplicateSnapshot(id)));
            }
        } else {
            let inst = parse_inst(&mut p, &trace)?;
            if let Some(snap) = inst.snap {
                uses.push((snap.index(), p.line));
            }
            trace.insts.push(inst);
        }
    }
    for (expected, (&id, (snapshot, line))) in snapshots.iter().enumerate() {
        if id != expected {
            return Err(ParseError { line: *line, kind: ParseErrorKind::MissingSnapshot(expected) });
        }
        trace.snapshots.push(snapshot.clone());
    }
    for (id, line) in uses {
        if id >= trace.snapshots.len() {
            return Err(ParseError { line, kind: ParseErrorKind::MissingSnapshot(id) });
        }
    }
    Ok(trace)
}

fn parse_helper(p: &mut Cursor<'_>) -> Result<Helper, ParseError> {
    p.expect("@")?;
    let name = p.name("a helper name")?.to_string();
    p.expect("(")?;
    let mut params = Vec::new();
    if !p.eat(")") {
        loop {
            params.push(p.ty()?);
            if p.eat(")") {
                break;
            }
            p.expect(",")?;
        }
    }
    p.expect("->")?;
    let ret = p.ty()?;
    expect_end(p)?;
    Ok(Helper { name, params, ret, addr: None })
}

fn parse_inst(p: &mut Cursor<'_>, trace: &Trace) -> Result<Inst, ParseError> {
    let position = trace.insts.len();
    if p.eat("%") {
        let found: usize = p.number()?;
        if found != position {
            return Err(p.error(ParseErrorKind::WrongLabel { expected: position, found }));
        }
        p.expect("=")?;
    }
    let name = p.name("an op name")?;
    let op = match Op::parse_operands(name, p) {
        Some(op) => op?,
        None => return Err(p.error(ParseErrorKind::UnknownOp(name.to_string()))),
    };
    let snap = if p.eat("[") {
        p.expect("snap")?;
        let id: u32 = p.number()?;
        p.expect("]")?;
        Some(SnapshotId::from_u32(id))
    } else {
        None
    };
    expect_end(p)?;
    let ty = trace.result_type(&op);
    Ok(Inst { op, ty, snap })
}

fn expect_end(p: &mut Cursor<'_>) -> Result<(), ParseError> {
    if p.at_end() {
        Ok(())
    } else {
        let rest = p.rest().to_string();
        Err(p.error(ParseErrorKind::TrailingText(rest)))
    }
}
