//! Names no two of which meet in search, for load in tests and benches.

/// A distinct Korean name for contact `id`: five syllables, each with a
/// different initial consonant, so that no two names share their initials
/// (which name search matches, as it should) — names differing only in
/// digits would all match one another. The aspirated consonants (ㅋ ㅌ ㅍ ㅊ)
/// are left out: romanized, 바파 and 파바 meet (search folds b/p, g/k, d/t,
/// j/ch as people mix them up), and a `/log` naming either would ask which
/// one was meant instead of saving.
///
/// The first syllable, read as the family name, has another vowel (고 not
/// 가): search also matches a name given-name-first, and 바+아아나가가 turned
/// round would be 아아나가가+바, another person's name.
///
/// Search forgives one typo, so a sixth syllable is a check digit: two
/// names always differ in at least two syllables.
pub fn name_of(id: i64) -> String {
    let family: Vec<char> = "고노도로모보소오조호".chars().collect();
    let given: Vec<char> = "가나다라마바사아자하".chars().collect();
    let k = given.len() as i64;
    let digits: Vec<i64> = (0..5).map(|place| (id / k.pow(place)) % k).collect();
    let check = digits.iter().sum::<i64>() % k;
    digits
        .iter()
        .chain(std::iter::once(&check))
        .enumerate()
        .map(|(n, d)| {
            if n == 0 {
                family[*d as usize]
            } else {
                given[*d as usize]
            }
        })
        .collect()
}
