//! The Mersenne Twister behind `random.Random`: CPython 3.11's `_randommodule.c` generator plus
//! the Python-level algorithms of `Lib/random.py`, so a seeded program sees CPython's numbers.
//!
//! Invariant: every method draws exactly the 32-bit words CPython draws for the same call, in the
//! same order; a fast path is allowed only when it consumes the same words.
//! Invariant: `index <= N`, and `index == N` means the next draw regenerates the whole state.
//! Invariant: nothing here panics on any input; Python-level failures come back as `RandomError`.
//!
//! Not here: seeding from `str`/`bytes` (CPython hashes them with SHA-512) or from floats (CPython
//! seeds with `hash(x)`); the caller converts those to an int first or refuses them.

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::collections::HashSet;
use std::f64::consts::PI;

/// Number of 32-bit words of state (CPython's `N`).
const N: usize = 624;
/// Middle word offset used by the twist (CPython's `M`).
const M: usize = 397;
/// Constant vector a of the twist.
const MATRIX_A: u32 = 0x9908_b0df;
/// Most significant w-r bits.
const UPPER_MASK: u32 = 0x8000_0000;
/// Least significant r bits.
const LOWER_MASK: u32 = 0x7fff_ffff;
/// `random.py`'s `TWOPI`.
const TWOPI: f64 = 2.0 * PI;

/// Which Python exception a `RandomError` becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RandomErrorKind {
    ValueError,
    IndexError,
    TypeError,
    ZeroDivisionError,
    OverflowError,
}

/// A Python-level failure of a `random` function: the exception type and CPython's message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RandomError {
    pub kind: RandomErrorKind,
    pub message: String,
}

impl RandomError {
    #[cold]
    fn new(kind: RandomErrorKind, message: impl Into<String>) -> RandomError {
        RandomError { kind, message: message.into() }
    }

    #[cold]
    fn value(message: impl Into<String>) -> RandomError {
        RandomError::new(RandomErrorKind::ValueError, message)
    }

    #[cold]
    fn float_division() -> RandomError {
        RandomError::new(RandomErrorKind::ZeroDivisionError, "float division by zero")
    }
}

/// The state of one `random.Random` instance: the MT19937 words, the read position and the
/// second normal deviate that `gauss` caches.
#[derive(Clone)]
pub struct MersenneTwister {
    state: [u32; N],
    index: usize,
    gauss_next: Option<f64>,
}

impl Default for MersenneTwister {
    fn default() -> Self {
        MersenneTwister::new()
    }
}

impl std::fmt::Debug for MersenneTwister {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MersenneTwister").field("index", &self.index).finish_non_exhaustive()
    }
}

impl MersenneTwister {
    /// Python's `random.Random()`: a generator seeded from the clock, the pid and an address.
    pub fn new() -> MersenneTwister {
        let mut mt = MersenneTwister { state: [0; N], index: N, gauss_next: None };
        mt.seed_from_entropy();
        mt
    }

    /// Python's `random.Random(n)` for an int `n`.
    pub fn from_seed(seed: &BigInt) -> MersenneTwister {
        let mut mt = MersenneTwister { state: [0; N], index: N, gauss_next: None };
        mt.seed_from_int(seed);
        mt
    }

    /// Python's `Random.seed(n)` for an int `n` (CPython's `random_seed`): the absolute value,
    /// split into 32-bit words least significant first, goes to `init_by_array`; 0 is the key
    /// `[0]`. Like `Random.seed`, it also forgets the cached `gauss` value.
    pub fn seed_from_int(&mut self, seed: &BigInt) {
        let mut key = seed.magnitude().to_u32_digits();
        if key.is_empty() {
            key.push(0);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// Python's `Random.seed()` / `Random.seed(None)`. CPython reads 624 words of `os.urandom`;
    /// hyper mixes the clock, the pid and two addresses instead, which is just as unpredictable
    /// for a program's purposes and needs no extra crate.
    pub fn seed_from_entropy(&mut self) {
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos()).unwrap_or(0);
        let stack_marker = 0u8;
        let heap_marker = Box::new(0u8);
        let mut mix = (nanos as u64)
            ^ ((nanos >> 64) as u64).rotate_left(17)
            ^ u64::from(std::process::id()).rotate_left(32)
            ^ (&stack_marker as *const u8 as u64).rotate_left(7)
            ^ (&*heap_marker as *const u8 as u64).rotate_left(45);
        let mut key = [0u32; 16];
        for pair in key.chunks_mut(2) {
            let word = splitmix64(&mut mix);
            pair[0] = word as u32;
            pair[1] = (word >> 32) as u32;
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }

    /// Python's `Random.getstate()[1:]`: the 624 state words followed by the read position
    /// (CPython's 625-tuple), and the cached `gauss` value.
    pub fn getstate(&self) -> (Vec<u32>, Option<f64>) {
        let mut words = self.state.to_vec();
        words.push(self.index as u32);
        (words, self.gauss_next)
    }

    /// Python's `Random.setstate((3, words, gauss_next))` with CPython's checks on `words`.
    pub fn setstate(&mut self, words: &[u32], gauss_next: Option<f64>) -> Result<(), RandomError> {
        if words.len() != N + 1 {
            return Err(RandomError::value("state vector is the wrong size"));
        }
        let index = words[N] as usize;
        if index > N {
            return Err(RandomError::value("invalid state"));
        }
        self.state.copy_from_slice(&words[..N]);
        self.index = index;
        self.gauss_next = gauss_next;
        Ok(())
    }

    /// CPython's `init_genrand`: fills the state from one 32-bit seed.
    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32.wrapping_mul(prev ^ (prev >> 30)).wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// CPython's `init_by_array`: the reference MT19937 seeding from a key of words.
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(key[j]).wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        // The most significant bit is set so that the state is never all zeros.
        mt[0] = 0x8000_0000;
    }

    /// CPython's `genrand_uint32`: the next tempered 32-bit output.
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// Regenerates all N words at once, as `genrand_uint32` does when the state runs out.
    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag01 = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag01(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag01(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag01(y);
        self.index = 0;
    }

    /// Python's `Random.random()` (CPython's `random_random`): 53 bits from two words,
    /// `(a * 2**26 + b) / 2**53` with `a = w1 >> 5` and `b = w2 >> 6`.
    pub fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Python's `Random.getrandbits(k)` for `k <= 64`, returned as a machine integer. It draws
    /// exactly the words `getrandbits` draws: one for `k <= 32`, two (low word first) otherwise,
    /// and none for `k == 0`. Larger `k` is clamped to 64.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        match k {
            0 => 0,
            1..=32 => u64::from(self.genrand_u32() >> (32 - k)),
            _ => {
                let k = k.min(64);
                let low = u64::from(self.genrand_u32());
                let high = u64::from(self.genrand_u32() >> (64 - k));
                (high << 32) | low
            }
        }
    }

    /// Python's `Random.getrandbits(k)` for `k >= 0` (a negative `k` is the caller's
    /// `ValueError: number of bits must be non-negative`). CPython 3.11 takes `k` as a C int, so
    /// `k > 2**31 - 1` is `OverflowError: Python int too large to convert to C int`.
    pub fn getrandbits(&mut self, k: u64) -> Result<BigInt, RandomError> {
        if k > i32::MAX as u64 {
            return Err(RandomError::new(RandomErrorKind::OverflowError, "Python int too large to convert to C int"));
        }
        Ok(self.random_bits(k))
    }

    /// The body of `getrandbits(k)`: words fill the result from the least significant end and
    /// the last word keeps its top `k % 32` bits, as CPython does.
    fn random_bits(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.getrandbits_u64(k as u32));
        }
        let n_words = (k - 1) / 32 + 1;
        let mut words = Vec::with_capacity(usize::try_from(n_words).unwrap_or(0));
        let mut remaining = k;
        for _ in 0..n_words {
            let mut word = self.genrand_u32();
            if remaining < 32 {
                word >>= 32 - remaining;
            }
            words.push(word);
            remaining = remaining.saturating_sub(32);
        }
        BigInt::from_biguint(Sign::Plus, BigUint::new(words))
    }

    /// `Random._randbelow(n)` for a machine-sized `n`: `_randbelow_with_getrandbits`, drawing
    /// `getrandbits(n.bit_length())` until the value is below `n`. CPython never calls it with
    /// `n == 0` (it would loop forever there); this returns 0 without drawing.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// Python's `Random._randbelow(n)` (`_randbelow_with_getrandbits`) for any positive int;
    /// `n <= 0` returns 0 without drawing instead of CPython's endless loop.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if !n.is_positive() {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u64() {
            return BigInt::from(self.randbelow_u64(small));
        }
        let k = n.bits();
        loop {
            let r = self.random_bits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// Python's `Random.randrange(start, stop=None, step=1)` for int arguments, with 3.11's
    /// messages. As in CPython, `step` equal to 1 counts as "not given" (`step is _ONE` holds
    /// for a literal 1), so `randrange(5, None, 1)` is `randrange(5)`.
    pub fn randrange(&mut self, start: &BigInt, stop: Option<&BigInt>, step: &BigInt) -> Result<BigInt, RandomError> {
        let Some(stop) = stop else {
            if !step.is_one() {
                return Err(RandomError::new(RandomErrorKind::TypeError, "Missing a non-None stop argument"));
            }
            if start.is_positive() {
                return Ok(self.randbelow(start));
            }
            return Err(RandomError::value("empty range for randrange()"));
        };
        let width = stop - start;
        if step.is_one() {
            if width.is_positive() {
                return Ok(start + self.randbelow(&width));
            }
            return Err(RandomError::value(format!("empty range for randrange() ({start}, {stop}, {width})")));
        }
        // Python's `//` floors, which is num-integer's `div_floor`.
        let n = if step.is_positive() {
            num_integer::Integer::div_floor(&(&width + step - 1), step)
        } else if step.is_negative() {
            num_integer::Integer::div_floor(&(&width + step + 1), step)
        } else {
            return Err(RandomError::value("zero step for randrange()"));
        };
        if !n.is_positive() {
            return Err(RandomError::value("empty range for randrange()"));
        }
        Ok(start + step * self.randbelow(&n))
    }

    /// Python's `Random.randint(a, b)`: `randrange(a, b + 1)`, so its error names `b + 1`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, RandomError> {
        self.randrange(a, Some(&(b + 1)), &BigInt::one())
    }

    /// Python's `Random.choice(seq)` as an index into a sequence of length `len`.
    pub fn choice_index(&mut self, len: usize) -> Result<usize, RandomError> {
        if len == 0 {
            return Err(RandomError::new(RandomErrorKind::IndexError, "Cannot choose from an empty sequence"));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// Python's `Random.shuffle(x)`: `for i in reversed(range(1, len(x))): j = randbelow(i + 1)`
    /// and swap, in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// Python's `Random.sample(population, k)` (without `counts`) as indices into a population
    /// of length `n`, in selection order. Like 3.11 it keeps a pool list when `n <= setsize` and
    /// a set of chosen indices otherwise, with `setsize = 21 + 4 ** ceil(log(3k, 4))` for
    /// `k > 5`; the two branches draw different numbers, so the choice must match exactly.
    pub fn sample_indices(&mut self, n: usize, k: i64) -> Result<Vec<usize>, RandomError> {
        let k = match usize::try_from(k) {
            Ok(k) if k <= n => k,
            _ => return Err(RandomError::value("Sample larger than population or is negative")),
        };
        let mut setsize: u128 = 21;
        if k > 5 {
            // `math.log(k * 3, 4)` is `log(float(3k)) / log(4.0)`; the exponent is at most 35.
            let exponent = (((k as u128 * 3) as f64).ln() / 4.0f64.ln()).ceil();
            setsize += 4u128.saturating_pow(exponent.clamp(0.0, 60.0) as u32);
        }
        let mut result = Vec::with_capacity(k);
        if (n as u128) <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// Python's `Random.choices(population, k=k)` without weights, as indices:
    /// `floor(random() * n)` per pick. As in CPython, `n == 0` only fails when an index is used
    /// (the caller's `IndexError: list index out of range`), so this returns zeros then.
    pub fn choices_indices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let n = n as f64;
        (0..k).map(|_| (self.random() * n).floor() as usize).collect()
    }

    /// Python's `Random.choices(population, cum_weights=cum, k=k)` as indices, with CPython's
    /// checks on the total. `weights=w` is the caller's running sum of `w` passed here.
    /// Quirk reproduced: `bisect(cum_weights, random() * total, 0, n - 1)` never returns `n`.
    pub fn choices_weighted_indices(
        &mut self,
        n: usize,
        cum_weights: &[f64],
        k: usize,
    ) -> Result<Vec<usize>, RandomError> {
        if cum_weights.len() != n {
            return Err(RandomError::value("The number of weights does not match the population"));
        }
        let Some(&last) = cum_weights.last() else {
            return Err(RandomError::new(RandomErrorKind::IndexError, "list index out of range"));
        };
        let total = last + 0.0;
        if total <= 0.0 {
            return Err(RandomError::value("Total of weights must be greater than zero"));
        }
        if !total.is_finite() {
            return Err(RandomError::value("Total of weights must be finite"));
        }
        let hi = n - 1;
        let mut res = Vec::with_capacity(k);
        for _ in 0..k {
            let x = self.random() * total;
            // `bisect_right` on `cum_weights[0:hi]`.
            res.push(cum_weights[..hi].partition_point(|w| *w <= x));
        }
        Ok(res)
    }

    /// Python's `Random.uniform(a, b)`: `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// Python's `Random.triangular(low, high, mode)`. Quirk reproduced: with a mode and
    /// `high == low` the division raises `ZeroDivisionError`, which returns `low`.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let mut u = self.random();
        let mut c = match mode {
            None => 0.5,
            Some(_) if high - low == 0.0 => return low,
            Some(mode) => (mode - low) / (high - low),
        };
        let (mut low, mut high) = (low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }

    /// Python's `Random.normalvariate(mu, sigma)`: Kinderman and Monahan's ratio method.
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let nv_magicconst = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magicconst * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -u2.ln() {
                return mu + z * sigma;
            }
        }
    }

    /// Python's `Random.gauss(mu, sigma)`: Box-Muller, caching the second deviate in
    /// `gauss_next` exactly as 3.11 does (the cache is cleared by reseeding).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * TWOPI;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// Python's `Random.lognormvariate(mu, sigma)`: `math.exp(normalvariate(mu, sigma))`,
    /// with `math.exp`'s `OverflowError`.
    pub fn lognormvariate(&mut self, mu: f64, sigma: f64) -> Result<f64, RandomError> {
        let z = self.normalvariate(mu, sigma);
        checked_exp(z)
    }

    /// Python's `Random.expovariate(lambd)`: `-log(1.0 - random()) / lambd`; a zero `lambd`
    /// raises `ZeroDivisionError` after the draw, as in CPython.
    pub fn expovariate(&mut self, lambd: f64) -> Result<f64, RandomError> {
        let x = -(1.0 - self.random()).ln();
        if lambd == 0.0 {
            return Err(RandomError::float_division());
        }
        Ok(x / lambd)
    }

    /// Python's `Random.vonmisesvariate(mu, kappa)` (Fisher's algorithm), with Python's float
    /// `%` for the final angle.
    pub fn vonmisesvariate(&mut self, mu: f64, kappa: f64) -> Result<f64, RandomError> {
        if kappa <= 1e-6 {
            return Ok(TWOPI * self.random());
        }
        let s = 0.5 / kappa;
        let r = s + (1.0 + s * s).sqrt();
        let z = loop {
            let u1 = self.random();
            let z = (PI * u1).cos();
            let d = z / (r + z);
            let u2 = self.random();
            if u2 < 1.0 - d * d || u2 <= (1.0 - d) * d.exp() {
                break z;
            }
        };
        let q = 1.0 / r;
        let f = (q + z) / (1.0 + q * z);
        let u3 = self.random();
        let acos_f = f.acos();
        if acos_f.is_nan() {
            return Err(RandomError::value("math domain error"));
        }
        let theta = if u3 > 0.5 { mu + acos_f } else { mu - acos_f };
        Ok(python_float_mod(theta, TWOPI))
    }

    /// Python's `Random.gammavariate(alpha, beta)`: Cheng's method for `alpha > 1`, the
    /// exponential for `alpha == 1` and algorithm GS below, with the same draws.
    pub fn gammavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        // `alpha <= 0.0 or beta <= 0.0` is false for NaN, so NaN passes as in CPython.
        if alpha <= 0.0 || beta <= 0.0 {
            return Err(RandomError::value("gammavariate: alpha and beta must be > 0.0"));
        }
        if alpha > 1.0 {
            let ainv = (2.0 * alpha - 1.0).sqrt();
            let bbb = alpha - 4.0f64.ln();
            let ccc = alpha + ainv;
            let sg_magicconst = 1.0 + 4.5f64.ln();
            loop {
                let u1 = self.random();
                if !(1e-7 < u1 && u1 < 0.9999999) {
                    continue;
                }
                let u2 = 1.0 - self.random();
                let v = (u1 / (1.0 - u1)).ln() / ainv;
                let x = alpha * checked_exp(v)?;
                let z = u1 * u1 * u2;
                let r = bbb + ccc * v - x;
                if r + sg_magicconst - 4.5 * z >= 0.0 || r >= z.ln() {
                    return Ok(x * beta);
                }
            }
        } else if alpha == 1.0 {
            Ok(-(1.0 - self.random()).ln() * beta)
        } else {
            let e = std::f64::consts::E;
            loop {
                let u = self.random();
                let b = (e + alpha) / e;
                let p = b * u;
                let x = if p <= 1.0 { python_float_pow(p, 1.0 / alpha)? } else { -((b - p) / alpha).ln() };
                let u1 = self.random();
                let accept = if p > 1.0 { u1 <= python_float_pow(x, alpha - 1.0)? } else { u1 <= checked_exp(-x)? };
                if accept {
                    return Ok(x * beta);
                }
            }
        }
    }

    /// Python's `Random.betavariate(alpha, beta)` (3.11): `y / (y + gammavariate(beta, 1))`
    /// with `y = gammavariate(alpha, 1)`; quirk reproduced: `y == 0` returns 0.0 without the
    /// second draw (and without checking `beta`).
    pub fn betavariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let y = self.gammavariate(alpha, 1.0)?;
        if y != 0.0 {
            let denominator = y + self.gammavariate(beta, 1.0)?;
            if denominator == 0.0 {
                return Err(RandomError::float_division());
            }
            return Ok(y / denominator);
        }
        Ok(0.0)
    }

    /// Python's `Random.paretovariate(alpha)`: `(1.0 - random()) ** (-1.0 / alpha)`.
    pub fn paretovariate(&mut self, alpha: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        if alpha == 0.0 {
            return Err(RandomError::float_division());
        }
        python_float_pow(u, -1.0 / alpha)
    }

    /// Python's `Random.weibullvariate(alpha, beta)`: `alpha * (-log(u)) ** (1.0 / beta)`.
    pub fn weibullvariate(&mut self, alpha: f64, beta: f64) -> Result<f64, RandomError> {
        let u = 1.0 - self.random();
        if beta == 0.0 {
            return Err(RandomError::float_division());
        }
        Ok(alpha * python_float_pow(-u.ln(), 1.0 / beta)?)
    }
}

/// Sebastiano Vigna's splitmix64 step, used only to spread entropy over a seeding key.
fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// `math.exp(x)` as `random.py` calls it: an infinite result from a finite argument is
/// `OverflowError: math range error`.
fn checked_exp(x: f64) -> Result<f64, RandomError> {
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return Err(RandomError::new(RandomErrorKind::OverflowError, "math range error"));
    }
    Ok(r)
}

/// Python's float `%` (`float_rem`): the result takes the sign of the divisor.
fn python_float_mod(x: f64, y: f64) -> f64 {
    let m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m + y
        } else {
            m
        }
    } else {
        0.0f64.copysign(y)
    }
}

/// Python's float `**` (`float_pow`) for the bases `random.py` uses, which are never negative
/// (a `-0.0` base is handled, a negative one would need complex results and does not occur).
fn python_float_pow(v: f64, w: f64) -> Result<f64, RandomError> {
    if w == 0.0 {
        return Ok(1.0);
    }
    if v.is_nan() {
        return Ok(v);
    }
    if w.is_nan() {
        return Ok(if v == 1.0 { 1.0 } else { w });
    }
    let w_is_odd_integer = w.is_finite() && w.abs() % 2.0 == 1.0;
    if w.is_infinite() {
        let v = v.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (w > 0.0) == (v > 1.0) {
            w.abs()
        } else {
            0.0
        });
    }
    if v.is_infinite() {
        return Ok(if w > 0.0 {
            if w_is_odd_integer {
                v
            } else {
                v.abs()
            }
        } else if w_is_odd_integer {
            0.0f64.copysign(v)
        } else {
            0.0
        });
    }
    if v == 0.0 {
        if w < 0.0 {
            return Err(RandomError::new(
                RandomErrorKind::ZeroDivisionError,
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if w_is_odd_integer { v } else { 0.0 });
    }
    if v == 1.0 {
        return Ok(1.0);
    }
    let r = v.powf(w);
    if r.is_infinite() {
        return Err(RandomError::new(RandomErrorKind::OverflowError, "(34, 'Numerical result out of range')"));
    }
    Ok(r)
}

#[cfg(test)]
#[path = "mt19937_tests.rs"]
mod tests;
