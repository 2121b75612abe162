//! A small deterministic random generator for the tests, the benchmarks and the generated
//! portfolios they measure: a 64-bit linear congruential generator (Knuth's MMIX constants),
//! read from its well-mixed high bits. The same seed always gives the same sequence, so a
//! failing case can be replayed from its seed. Nothing in a build uses it.

/// The generator and its state.
#[derive(Debug, Clone)]
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number, from the high 31 bits of the state.
    pub fn number(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.number() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }

    /// One of `items`.
    pub fn pick<'a, T: ?Sized>(&mut self, items: &[&'a T]) -> &'a T {
        items[self.below(items.len())]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_numbers() {
        let (mut a, mut b) = (Lcg(7), Lcg(7));
        let first: Vec<usize> = (0..5).map(|_| a.below(100)).collect();
        assert_eq!(first, (0..5).map(|_| b.below(100)).collect::<Vec<_>>());
        assert!(first.iter().all(|n| *n < 100));
        assert!((0..100).all(|_| (3..=5).contains(&a.between(3, 5))));
    }
}
