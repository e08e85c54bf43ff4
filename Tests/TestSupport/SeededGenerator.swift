import FamilyAid

/// The generator property tests draw from: the same SplitMix64 that makes demo data, so a
/// failing seed reproduces its case on every run and machine.
public typealias SeededGenerator = SeedRandom
