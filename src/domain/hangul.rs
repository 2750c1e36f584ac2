//! Hangul: syllables into jamo, initial consonants (김영남 → ㄱㅇㄴ), and
//! Revised Romanization with the common spellings of Korean surnames.

const SYLLABLE_FIRST: u32 = 0xAC00;
const SYLLABLE_LAST: u32 = 0xD7A3;

/// Compatibility jamo of the 19 initial consonants, as people type them.
const INITIALS: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];
const RR_INITIALS: [&str; 19] = [
    "g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p",
    "h",
];
const RR_MEDIALS: [&str; 21] = [
    "a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we",
    "wi", "yu", "eu", "ui", "i",
];
const RR_FINALS: [&str; 28] = [
    "", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p",
    "t", "t", "ng", "t", "t", "k", "t", "p", "t",
];

/// Korean surnames of two syllables.
const COMPOUND_SURNAMES: &[&str] = &[
    "남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절",
];

/// How people spell common Korean surnames in Latin letters.
const SURNAME_SPELLINGS: &[(&str, &[&str])] = &[
    ("김", &["kim", "gim"]),
    ("이", &["lee", "yi", "rhee", "i", "li", "ri"]),
    ("리", &["lee", "li", "ri", "yi", "rhee"]),
    ("박", &["park", "bak", "pak", "piao"]),
    ("최", &["choi", "choe", "cui"]),
    ("정", &["jung", "jeong", "chung", "jong", "zheng"]),
    ("강", &["kang", "gang", "jiang"]),
    ("조", &["cho", "jo", "zhao"]),
    ("윤", &["yoon", "yun"]),
    ("장", &["jang", "chang", "zhang"]),
    ("임", &["lim", "im", "rim", "yim"]),
    ("림", &["lim", "rim", "lin"]),
    ("한", &["han"]),
    ("오", &["oh", "o", "wu"]),
    ("서", &["seo", "suh", "so", "xu"]),
    ("신", &["shin", "sin", "shen"]),
    ("권", &["kwon", "gwon", "quan"]),
    ("황", &["hwang", "huang"]),
    ("안", &["ahn", "an"]),
    ("송", &["song"]),
    ("류", &["ryu", "yoo", "yu", "ryoo", "liu"]),
    ("유", &["yoo", "yu", "you", "ryu", "liu"]),
    ("홍", &["hong"]),
    ("전", &["jeon", "jun", "chun", "quan"]),
    ("고", &["ko", "go", "koh", "gao"]),
    ("문", &["moon", "mun", "wen"]),
    ("양", &["yang"]),
    ("손", &["son", "sohn", "sun"]),
    ("배", &["bae", "pae", "pei"]),
    ("백", &["baek", "paik", "back", "bai"]),
    ("허", &["heo", "huh", "hur", "xu"]),
    ("남", &["nam", "nan"]),
    ("심", &["shim", "sim", "shen"]),
    ("노", &["noh", "no", "roh", "lu"]),
    ("로", &["roh", "ro", "lu"]),
    ("하", &["ha"]),
    ("곽", &["kwak", "gwak", "guo"]),
    ("성", &["sung", "seong", "cheng"]),
    ("차", &["cha"]),
    ("주", &["joo", "ju", "chu", "zhou", "zhu"]),
    ("우", &["woo", "u", "yu"]),
    ("구", &["koo", "gu", "ku"]),
    ("민", &["min"]),
    ("진", &["jin", "chin"]),
    ("나", &["na", "ra"]),
    ("지", &["ji", "chi"]),
    ("엄", &["eom", "um", "uhm", "yan"]),
    ("채", &["chae", "cai"]),
    ("원", &["won", "yuan"]),
    ("천", &["cheon", "chun"]),
    ("방", &["bang", "pang", "fang"]),
    ("공", &["kong", "gong"]),
    ("현", &["hyun", "hyeon"]),
    ("함", &["ham"]),
    ("변", &["byun", "byeon", "bian"]),
    ("염", &["yeom", "yum"]),
    ("여", &["yeo", "yuh", "lu"]),
    ("추", &["choo", "chu"]),
    ("도", &["do", "doh", "tao"]),
    ("석", &["seok", "suk"]),
    ("선", &["sun", "seon"]),
    ("설", &["seol", "sul"]),
    ("마", &["ma"]),
    ("길", &["gil", "kil"]),
    ("연", &["yeon", "yun"]),
    ("표", &["pyo"]),
    ("명", &["myung", "myeong"]),
    ("기", &["ki", "gi"]),
    ("반", &["ban", "pan"]),
    ("왕", &["wang"]),
    ("금", &["keum", "geum", "kum"]),
    ("육", &["yook", "yuk"]),
    ("국", &["kook", "guk"]),
    ("경", &["kyung", "gyeong"]),
    ("남궁", &["namgung", "namkoong", "namgoong"]),
    ("제갈", &["jegal", "chegal"]),
    ("선우", &["sunwoo", "seonu", "sunwu"]),
    ("황보", &["hwangbo"]),
];

/// The (initial, medial, final) indices of a Hangul syllable.
fn jamo(c: char) -> Option<(usize, usize, usize)> {
    let code = u32::from(c);
    if !(SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&code) {
        return None;
    }
    let index = (code - SYLLABLE_FIRST) as usize;
    Some((index / (21 * 28), (index % (21 * 28)) / 28, index % 28))
}

pub fn is_syllable(c: char) -> bool {
    jamo(c).is_some()
}

/// Every syllable as its jamo (김영남 → ᄀ ᅵ ᆷ ᄋ ᅧ ᆼ ᄂ ᅡ ᆷ, conjoining
/// jamo); other characters as they are. One jamo off (김영난) is one edit
/// away in this form.
pub fn decompose(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for c in text.chars() {
        match jamo(c) {
            Some((i, m, f)) => {
                let parts = [
                    Some(0x1100 + i as u32),
                    Some(0x1161 + m as u32),
                    (f > 0).then_some(0x11A7 + f as u32),
                ];
                out.extend(parts.into_iter().flatten().filter_map(char::from_u32));
            }
            None => out.push(c),
        }
    }
    out
}

/// The initial consonants of every syllable (김영남 → ㄱㅇㄴ); other characters are dropped.
pub fn initials(text: &str) -> String {
    text.chars()
        .filter_map(jamo)
        .map(|(i, _, _)| INITIALS[i])
        .collect()
}

/// Revised Romanization of one syllable.
fn romanize_syllable(c: char) -> Option<String> {
    let (i, m, f) = jamo(c)?;
    Some(format!(
        "{}{}{}",
        RR_INITIALS[i], RR_MEDIALS[m], RR_FINALS[f]
    ))
}

/// Revised Romanization, syllable by syllable, of the Hangul in `text`.
pub fn romanize(text: &str) -> String {
    text.chars().filter_map(romanize_syllable).collect()
}

/// The given name romanized as Revised Romanization spells it, and as the
/// older McCune–Reischauer habit does with unvoiced initials (광호 →
/// gwangho, kwangho; 동진 → dongjin, tongchin).
pub fn given_name_spellings(given: &str) -> Vec<String> {
    let rr: String = given.chars().filter_map(romanize_syllable).collect();
    let unvoiced: String = given
        .chars()
        .filter_map(|c| {
            let (i, _, _) = jamo(c)?;
            let syllable = romanize_syllable(c)?;
            let replaced = match i {
                0 => syllable.replacen('g', "k", 1),
                3 => syllable.replacen('d', "t", 1),
                7 => syllable.replacen('b', "p", 1),
                12 => syllable.replacen('j', "ch", 1),
                _ => syllable,
            };
            Some(replaced)
        })
        .collect();
    if unvoiced == rr {
        vec![rr]
    } else {
        vec![rr, unvoiced]
    }
}

/// Splits a Korean name into (surname, given name), family name first.
pub fn split_korean_name(name: &str) -> (String, String) {
    let syllables: String = name.chars().filter(|c| is_syllable(*c)).collect();
    if syllables.chars().count() >= 3
        && let Some(compound) = COMPOUND_SURNAMES.iter().find(|s| syllables.starts_with(*s))
    {
        return (
            (*compound).to_owned(),
            syllables[compound.len()..].to_owned(),
        );
    }
    let mut chars = syllables.chars();
    let surname: String = chars.next().map(String::from).unwrap_or_default();
    (surname, chars.collect())
}

/// Every Latin spelling a Korean surname is written in (Revised
/// Romanization first).
pub fn surname_spellings(surname: &str) -> Vec<String> {
    let mut spellings = vec![romanize(surname)];
    if let Some((_, known)) = SURNAME_SPELLINGS
        .iter()
        .find(|(hangul, _)| *hangul == surname)
    {
        for spelling in *known {
            if !spellings.iter().any(|s| s == spelling) {
                spellings.push((*spelling).to_owned());
            }
        }
    }
    spellings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_jamo_off_is_one_edit_away_once_decomposed() {
        use crate::domain::namekeys::within_one_edit;
        assert!(within_one_edit(&decompose("김영난"), &decompose("김영남")));
        assert!(within_one_edit(&decompose("김영나"), &decompose("김영남")));
        assert!(!within_one_edit(&decompose("김영수"), &decompose("김영남")));
        assert_eq!(decompose("가A").chars().count(), 3);
    }

    #[test]
    fn initials_of_a_name() {
        assert_eq!(initials("김영남"), "ㄱㅇㄴ");
        assert_eq!(initials("김 영-남"), "ㄱㅇㄴ");
    }

    #[test]
    fn revised_romanization_of_names() {
        assert_eq!(romanize("김영남"), "gimyeongnam");
        assert_eq!(romanize("서울"), "seoul");
        assert_eq!(romanize("박지훈"), "bakjihun");
    }

    #[test]
    fn compound_surnames_are_split_off_whole() {
        assert_eq!(
            split_korean_name("남궁민수"),
            ("남궁".into(), "민수".into())
        );
        assert_eq!(split_korean_name("남민"), ("남".into(), "민".into()));
        assert_eq!(split_korean_name("김영남"), ("김".into(), "영남".into()));
    }

    #[test]
    fn common_surnames_have_their_usual_spellings() {
        assert!(surname_spellings("김").contains(&"kim".to_owned()));
        assert!(surname_spellings("이").contains(&"lee".to_owned()));
        assert!(surname_spellings("박").contains(&"park".to_owned()));
        assert_eq!(surname_spellings("봉")[0], "bong");
    }
}
