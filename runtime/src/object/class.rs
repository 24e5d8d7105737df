//! Classes: user classes and the builtin types, with C3 method resolution order.
//!
//! Invariant: `mro` is the C3 linearisation of the bases, without the class itself (which
//! always comes first: see `Class::mro_iter`), and ends with `object` for every class but
//! `object`.
//! Invariant: `base_kind` is the builtin layout its instances carry (a subclass of `list`
//! has `BaseKind::List`); it is inherited from the bases and never changes.

use crate::object::instance::Shape;
use crate::value::Value;
use hashbrown::HashMap;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The builtin layout a class's instances carry beside their attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BaseKind {
    /// Plain `object`: attributes only.
    Object,
    /// `BaseException` and its subclasses: `args`, cause, context and traceback.
    Exception,
    List,
    Dict,
    Tuple,
    Int,
    Float,
    Str,
    Set,
    /// A builtin type whose instances are not `Instance`s and cannot be subclassed here
    /// (function, generator, module…).
    Final,
}

thread_local! {
    /// Bumped whenever any class's namespace changes after creation. Caches of "what does
    /// attribute lookup do on this class" are valid while the epoch they saw is current.
    /// (A per-thread counter: one interpreter runs per thread.)
    static CLASS_EPOCH: Cell<u64> = const { Cell::new(1) };
}

pub fn class_epoch() -> u64 {
    CLASS_EPOCH.with(|e| e.get())
}

/// Where this thread's class epoch lives: compiled code reads it to check `is_plain`'s
/// cache inline (see [`Class::PLAIN_CACHE_OFFSET`]). The address is valid for the thread's
/// lifetime.
pub fn class_epoch_addr() -> usize {
    CLASS_EPOCH.with(|e| e.as_ptr() as usize)
}

fn bump_class_epoch() {
    CLASS_EPOCH.with(|e| e.set(e.get() + 1));
}

pub struct Class {
    pub name: String,
    /// The module the class was defined in (`builtins` for builtin types).
    pub module: String,
    pub bases: Vec<Rc<Class>>,
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<ClassDict>,
    pub base_kind: BaseKind,
    /// True for the types hyper defines (`int`, `list`, `ValueError`…).
    pub is_builtin: bool,
    /// The empty shape every new instance starts from.
    pub root_shape: Rc<Shape>,
    /// Bumped on every change of this class's dict that may change what a lookup finds
    /// (not on rebinding a data attribute, see `set_attr`): compiled code's method guards
    /// check it.
    pub version: Cell<u64>,
    /// Cached `is_plain`: (epoch it was computed in, value).
    plain: Cell<(u64, bool)>,
    /// Cached `slot_names`: (epoch it was computed in, value).
    slots: RefCell<(u64, Option<Rc<[Rc<str>]>>)>,
    /// A builtin type's `__new__`, looked up once: builtin types are immutable (setting an
    /// attribute on one raises TypeError), so the lookup never changes after start-up.
    builtin_new: std::cell::OnceCell<Option<Value>>,
}

/// A class's namespace, in definition order.
#[derive(Default, Clone)]
pub struct ClassDict {
    map: HashMap<Rc<str>, Value>,
    order: Vec<Rc<str>>,
}

/// True for a class attribute whose value no lookup cache depends on: a number, string,
/// bool or `None` under a name that is not a dunder. Such a value is no descriptor, so it
/// neither binds as a method, nor intercepts instance attributes (a property does), nor
/// changes what `__slots__`, `__setattr__` or `__getattribute__` do. Only rebinding such a
/// name to such a value is inert: adding a name may shadow an inherited method.
fn inert_data(name: &str, v: &Value) -> bool {
    !name.starts_with("__")
        && matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) | Value::Bool(_) | Value::None | Value::Str(_)
        )
}

impl ClassDict {
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.map.get(name)
    }

    pub fn insert(&mut self, name: Rc<str>, value: Value) -> Option<Value> {
        let old = self.map.insert(name.clone(), value);
        if old.is_none() {
            self.order.push(name);
        }
        old
    }

    pub fn remove(&mut self, name: &str) -> Option<Value> {
        let v = self.map.remove(name)?;
        self.order.retain(|n| &**n != name);
        Some(v)
    }

    pub fn iter(&self) -> impl Iterator<Item = (&Rc<str>, &Value)> {
        self.order.iter().filter_map(move |n| self.map.get(n).map(|v| (n, v)))
    }
}

impl Class {
    /// Makes a class from its bases; the MRO is computed here. Returns an error message
    /// (CPython's) when no consistent MRO exists.
    pub fn new(
        name: &str,
        module: &str,
        bases: Vec<Rc<Class>>,
        dict: ClassDict,
        is_builtin: bool,
        explicit_kind: Option<BaseKind>,
    ) -> Result<Rc<Class>, String> {
        let mro = c3_merge(&bases)?;
        let base_kind = explicit_kind.unwrap_or_else(|| {
            mro.iter().map(|c| c.base_kind).find(|k| *k != BaseKind::Object).unwrap_or(BaseKind::Object)
        });
        Ok(Rc::new(Class {
            name: name.to_string(),
            module: module.to_string(),
            bases,
            mro,
            dict: RefCell::new(dict),
            base_kind,
            is_builtin,
            root_shape: Shape::root(),
            version: Cell::new(0),
            plain: Cell::new((0, false)),
            slots: RefCell::new((0, None)),
            builtin_new: std::cell::OnceCell::new(),
        }))
    }

    /// The class itself, then its MRO.
    pub fn mro_iter<'a>(self: &'a Rc<Class>) -> impl Iterator<Item = &'a Rc<Class>> + 'a {
        std::iter::once(self).chain(self.mro.iter())
    }

    /// `lookup("__new__")`, cached for a builtin type (see `builtin_new`).
    pub fn lookup_new(self: &Rc<Class>) -> Option<Value> {
        if self.is_builtin {
            return self.builtin_new.get_or_init(|| self.lookup("__new__")).clone();
        }
        self.lookup("__new__")
    }

    /// Looks `name` up along the MRO (class attributes, methods, descriptors).
    pub fn lookup(self: &Rc<Class>, name: &str) -> Option<Value> {
        for c in self.mro_iter() {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Python's `issubclass(self, other)`.
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        self.mro_iter().any(|c| Rc::ptr_eq(c, other))
    }

    /// Binds a class attribute. Rebinding a data attribute (`Counter.count += 1`) leaves
    /// the class's version and the class epoch alone: no cache keyed on it can depend on that value (see
    /// `inert_data`), and an epoch bumped on every iteration of a loop would defeat the
    /// interpreter's attribute caches and the compiled code's method guards.
    pub fn set_attr(&self, name: Rc<str>, value: Value) {
        let new_is_data = inert_data(&name, &value);
        let old = self.dict.borrow_mut().insert(name.clone(), value);
        if !(new_is_data && old.is_some_and(|old| inert_data(&name, &old))) {
            self.version.set(self.version.get() + 1);
            bump_class_epoch();
        }
    }

    pub fn remove_attr(&self, name: &str) -> bool {
        let removed = self.dict.borrow_mut().remove(name).is_some();
        self.version.set(self.version.get() + 1);
        bump_class_epoch();
        removed
    }

    /// Where `version` sits in a `Class`: compiled code guards an inlined method on the
    /// versions of the classes its lookup went through.
    pub const VERSION_OFFSET: usize = std::mem::offset_of!(Class, version);

    /// Where `is_plain`'s cache, a `Cell<(u64, bool)>` holding (the epoch it was computed
    /// in, the answer), sits in a `Class`: compiled code takes the answer inline while that
    /// epoch is current.
    pub const PLAIN_CACHE_OFFSET: usize = std::mem::offset_of!(Class, plain);

    /// True when no class in the MRO defines a data descriptor (`property`), `__setattr__`
    /// or `__getattribute__`: then an instance's own attributes can be read and written
    /// without looking at the class first.
    pub fn is_plain(self: &Rc<Class>) -> bool {
        let epoch = class_epoch();
        let (seen, value) = self.plain.get();
        if seen == epoch {
            return value;
        }
        let value = self.mro_iter().all(|c| {
            let d = c.dict.borrow();
            let user_hook = |n: &str| matches!(d.get(n), Some(Value::Function(_)));
            !user_hook("__setattr__")
                && !user_hook("__getattribute__")
                && !d
                    .iter()
                    .any(|(_, v)| matches!(v, Value::Other(o) if matches!(**o, crate::object::Other::Property { .. })))
        }) && self.slot_names().is_none();
        self.plain.set((epoch, value));
        value
    }

    /// The attribute names instances may have when every user class in the MRO declares
    /// `__slots__` (without `__dict__`); `None` when instances have a `__dict__`.
    pub fn slot_names(self: &Rc<Class>) -> Option<Rc<[Rc<str>]>> {
        let epoch = class_epoch();
        {
            let (seen, value) = &*self.slots.borrow();
            if *seen == epoch {
                return value.clone();
            }
        }
        let value: Option<Rc<[Rc<str>]>> = self.compute_slot_names().map(Into::into);
        *self.slots.borrow_mut() = (epoch, value.clone());
        value
    }

    fn compute_slot_names(self: &Rc<Class>) -> Option<Vec<Rc<str>>> {
        let mut names = Vec::new();
        for c in self.mro_iter() {
            if c.is_builtin {
                continue;
            }
            let d = c.dict.borrow();
            let slots = d.get("__slots__")?;
            let mut add = |v: &Value| match v {
                Value::Str(s) if s.as_str() == "__dict__" => false,
                Value::Str(s) => {
                    names.push(Rc::from(s.as_str()));
                    true
                }
                _ => true,
            };
            match slots {
                Value::Str(_) => {
                    if !add(slots) {
                        return None;
                    }
                }
                Value::Tuple(t) => {
                    for v in t.items.iter() {
                        if !add(v) {
                            return None;
                        }
                    }
                }
                Value::List(l) => {
                    for v in l.items.borrow().iter() {
                        if !add(v) {
                            return None;
                        }
                    }
                }
                _ => return None,
            }
        }
        Some(names)
    }

    /// `module.Name` for reprs (`<class '__main__.A'>`); builtins are bare.
    pub fn qualified_name(&self) -> String {
        if self.module == "builtins" {
            self.name.clone()
        } else {
            format!("{}.{}", self.module, self.name)
        }
    }
}

/// C3 linearisation of `bases` (the MRO of a class with these bases, minus the class).
fn c3_merge(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, String> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(|b| b.mro_iter().cloned().collect()).collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let candidate =
            seqs.iter().map(|s| s[0].clone()).find(|c| !seqs.iter().any(|s| s[1..].iter().any(|x| Rc::ptr_eq(x, c))));
        let Some(c) = candidate else {
            let names: Vec<&str> = bases.iter().map(|b| b.name.as_str()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}
