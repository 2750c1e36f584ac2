//! Property tests over what users and files feed Inmaek: the one-line
//! `/log` parser, the date parsers, the name keys, name lists, CSV and
//! vCard import, text decoding and the JSON dump. On any input: no panic,
//! and each call returns (a hang would stop the suite at its timeout).
//! Inputs mix the scripts and punctuation real messages carry.

use chrono::NaiveDate;
use proptest::prelude::*;

use inmaek::domain::dates::{parse_coming_instant, parse_date, parse_instant, parse_occurred_at};
use inmaek::domain::namekeys::{name_keys, query_keys};
use inmaek::domain::names::{parse_name_list, search_key};
use inmaek::domain::quicklog::parse_quick_log;
use inmaek::domain::spoken::{parse_future_date, parse_span, parse_spoken_date};

/// Text drawn from the alphabets our users type in, and from anything.
fn messy_text() -> impl Strategy<Value = String> {
    let pieces = prop::collection::vec(
        prop_oneof![
            "[가-힣]{1,4}",
            "[一-龥]{1,4}",
            "[a-zA-Z]{1,8}",
            "[0-9]{1,4}",
            Just(" ".to_owned()),
            Just(":".to_owned()),
            Just("：".to_owned()),
            Just("#".to_owned()),
            Just("/".to_owned()),
            Just("-".to_owned()),
            Just("월".to_owned()),
            Just("일".to_owned()),
            Just("月".to_owned()),
            Just("日".to_owned()),
            Just("주 후 후속".to_owned()),
            Just("follow up in".to_owned()),
            Just("어제".to_owned()),
            Just("昨天".to_owned()),
            Just("\n".to_owned()),
            Just(",".to_owned()),
            Just(";".to_owned()),
            Just("\"".to_owned()),
            Just("=".to_owned()),
            Just("ㄱㅇㄴ".to_owned()),
            "\\PC{1,3}",
        ],
        0..24,
    );
    pieces.prop_map(|p| p.concat())
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn the_one_line_log_parser_never_panics(text in messy_text()) {
        if let Some(log) = parse_quick_log(&text, today()) {
            prop_assert!(!log.name.trim().is_empty());
        }
        let _ = parse_quick_log(&text, NaiveDate::MAX);
        let _ = parse_quick_log(&text, NaiveDate::MIN);
    }

    #[test]
    fn the_date_parsers_never_panic(text in messy_text(), any in "\\PC{0,40}") {
        for input in [&text, &any] {
            let _ = parse_date("date", input);
            let _ = parse_instant("now", input);
            let _ = parse_spoken_date(input, today());
            let _ = parse_future_date(input, today());
            let _ = parse_span(input);
            let now = today().and_hms_opt(10, 0, 0).unwrap().and_utc();
            let _ = parse_occurred_at("at", input, chrono_tz::Asia::Seoul, now);
            let _ = parse_coming_instant("starts", input, chrono_tz::America::New_York, chrono::NaiveTime::MIN, now);
        }
    }

    #[test]
    fn name_keys_never_panic_and_a_name_finds_itself(text in messy_text()) {
        let keys = name_keys(&text);
        let query = query_keys(&text);
        let _ = search_key(&text);
        let _ = parse_name_list(&text);
        // Whatever a name yields as keys, searching the same text must
        // produce at least one of them (or nothing at all).
        if !keys.is_empty() && !query.is_empty() {
            prop_assert!(query.iter().any(|q| keys.iter().any(|(_, k)| k == q || k.starts_with(q.as_str()))),
                "{text:?}: {keys:?} vs {query:?}");
        }
    }

    #[test]
    fn csv_and_vcard_import_never_panic(body in messy_text(), header in prop::sample::select(vec![
        "name_hangul,name_hanzi,name_latin,categories,place,cadence_days,email,phone\n",
        "\u{feff}name_latin;categories\n",
        "Name,Given Name,Family Name,Phonetic First Name,Labels\n",
        "BEGIN:VCARD\nVERSION:2.1\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=EA=B9=80;",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:",
        "",
    ])) {
        let text = format!("{header}{body}\nEND:VCARD\n");
        let _ = inmaek::exchange::csv::parse_contacts(&text);
        let _ = inmaek::exchange::vcard::parse_contacts(&text);
        let _ = inmaek::exchange::json::parse_dump(&text);
    }

    #[test]
    fn decoding_any_bytes_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = inmaek::exchange::text::decode(&bytes, None);
    }
}
