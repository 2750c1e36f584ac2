//! Relationship briefs on a fixture: the right people in the right order,
//! overdue ones flagged, follow-ups listed, in each language; the HTML is
//! well-formed, fetches nothing, and (when Chromium is installed) renders
//! to a picture that is not blank; the bot sends a summary and the file;
//! every brief is in the access log.

mod common;

use chrono::{Duration, NaiveDate};
use common::{TestApp, TestDb, at};
use inmaek::brief::make::{Target, make};
use inmaek::domain::Lang;
use inmaek::domain::keys::{
    AgreementStatus, Category, InteractionKind, NameForm, PolicyArea, Role, Track,
};
use inmaek::domain::names::PersonName;
use inmaek::store::Store;
use inmaek::store::audit::Actor;
use inmaek::store::contacts::NewContact;
use inmaek::store::institutions::{NewAgreement, NewProject};
use inmaek::store::interactions::{NewFollowUp, NewInteraction};
use inmaek::store::users::Invitation;
use inmaek::telegram_sim::SimUser;

const NOW: &str = "2026-11-30T10:00:00+09:00";

struct Fixture {
    ma: i32,
    liang: i32,
    song: i32,
    province: i32,
    shenyang: i32,
}

async fn person(
    store: &Store,
    names: [&str; 3],
    category: Category,
    place: &str,
    org: Option<(&str, &str)>,
) -> i32 {
    store
        .add_contact(NewContact {
            names: vec![
                PersonName::parse(NameForm::Hangul, names[0]).unwrap(),
                PersonName::parse(NameForm::Hanzi, names[1]).unwrap(),
                PersonName::parse(NameForm::Latin, names[2]).unwrap(),
            ],
            categories: vec![category],
            interests: vec![PolicyArea::Waterworks],
            organization: org.map(|o| o.0.to_owned()),
            title: org.map(|o| o.1.to_owned()),
            place: Some(place.into()),
            owner: Some("Park Jiwoo".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

async fn met(store: &Store, contact: i32, days_ago: i64, note: &str, follow_ups: Vec<NewFollowUp>) {
    store
        .log_interaction(NewInteraction {
            occurred_at: store.clock.now() - Duration::days(days_ago),
            kind: InteractionKind::Meeting,
            contact_ids: vec![contact],
            officer_ids: Vec::new(),
            place: None,
            note: Some(note.into()),
            track: Some(Track::Economic),
            topics: vec![PolicyArea::Waterworks],
            logged_by: None,
            follow_ups,
        })
        .await
        .unwrap();
}

async fn fixture(store: &Store) -> Fixture {
    store
        .invite_user(Invitation {
            role: Role::Officer,
            name: "Park Jiwoo".into(),
            lang: Lang::Ko,
            time_zone: chrono_tz::Asia::Seoul,
            contact_id: None,
            valid_for: Duration::days(7),
        })
        .await
        .unwrap();
    let ma = person(
        store,
        ["마훙", "马红", "Ma Hong"],
        Category::Official,
        "harbin",
        Some(("哈尔滨市人民政府", "副市长")),
    )
    .await;
    let liang = person(
        store,
        ["량천", "梁晨", "Liang Chen"],
        Category::NextGenLeader,
        "harbin",
        None,
    )
    .await;
    let song = person(
        store,
        ["쑹밍", "宋明", "Song Ming"],
        Category::Researcher,
        "harbin",
        None,
    )
    .await;
    let province = person(
        store,
        ["후빈", "胡斌", "Hu Bin"],
        Category::Official,
        "heilongjiang",
        Some(("黑龙江省外事办公室", "处长")),
    )
    .await;
    let shenyang = person(
        store,
        ["왕웨이", "王伟", "Wang Wei"],
        Category::Official,
        "shenyang",
        Some(("沈阳市人民政府", "副市长")),
    )
    .await;
    met(
        store,
        ma,
        300,
        "상수도 협력 논의",
        vec![NewFollowUp {
            what: "하수도 연수 초청장 보내기".into(),
            due_on: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap(),
            promised_by_seoul: true,
        }],
    )
    .await;
    met(
        store,
        liang,
        10,
        "청년 교류 프로그램",
        vec![NewFollowUp {
            what: "Send the youth programme dates".into(),
            due_on: NaiveDate::from_ymd_opt(2026, 12, 20).unwrap(),
            promised_by_seoul: false,
        }],
    )
    .await;
    met(store, song, 20, "연구 협력", Vec::new()).await;
    met(store, province, 5, "외사판공실 예방", Vec::new()).await;
    met(store, shenyang, 400, "선양", Vec::new()).await;
    let harbin = store.resolve_place("harbin").await.unwrap().id;
    store
        .add_agreement(NewAgreement {
            place_id: harbin,
            status: AgreementStatus::Exploring,
            on: NaiveDate::from_ymd_opt(2026, 2, 1),
            signatory_ids: Vec::new(),
            document: None,
            note: Some("자매도시 검토".into()),
        })
        .await
        .unwrap();
    store
        .add_project(NewProject {
            title: "Harbin waterworks training".into(),
            title_ko: None,
            title_zh: None,
            areas: vec![PolicyArea::Waterworks],
            place_id: Some(harbin),
            organization_ids: Vec::new(),
            officer_user_id: None,
            stage: inmaek::domain::keys::ProjectStage::Idea,
            on: None,
            note: None,
        })
        .await
        .unwrap();
    Fixture {
        ma,
        liang,
        song,
        province,
        shenyang,
    }
}

fn position(html: &str, needle: &str) -> usize {
    html.find(needle)
        .unwrap_or_else(|| panic!("{needle:?} missing"))
}

/// Well-formed (parsed as XML) and without any address to fetch.
fn check_self_contained(html: &str) {
    let body = html.trim_start_matches("<!DOCTYPE html>");
    roxmltree::Document::parse(body).expect("the brief is well-formed");
    for forbidden in ["http://", "https://", "src=", "href=", "@import", "url("] {
        assert!(!html.contains(forbidden), "{forbidden} in the brief");
    }
}

#[tokio::test]
async fn a_place_brief_ranks_flags_and_lists_in_each_language() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let f = fixture(&store).await;
        let date = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let brief = store
            .place_brief(
                &store.resolve_place("哈尔滨").await.unwrap(),
                date,
                chrono_tz::Asia::Seoul,
            )
            .await
            .unwrap();
        let order: Vec<i32> = brief
            .counterparts
            .iter()
            .map(|c| c.card.contact.id)
            .collect();
        // The overdue vice-mayor posted here first; the province's official
        // next; nobody from Shenyang.
        assert_eq!(order[0], f.ma, "{order:?}");
        assert!(order.contains(&f.province) && order.contains(&f.liang) && order.contains(&f.song));
        assert!(!order.contains(&f.shenyang));
        assert!(
            order.iter().position(|id| *id == f.liang) < order.iter().position(|id| *id == f.song)
        );
        assert_eq!(
            brief.cold.iter().map(|c| c.0).collect::<Vec<_>>(),
            vec![f.ma]
        );
        assert!(
            brief.follow_ups[0].follow_up.promised_by_seoul,
            "Seoul's promises first"
        );
        // Activity counted as logged, and the same when counted afresh.
        let economic = |brief: &inmaek::store::brief::PlaceBrief| {
            brief
                .tracks
                .iter()
                .find(|(t, _)| *t == Some(Track::Economic))
                .unwrap()
                .1
        };
        assert_eq!(economic(&brief), 4, "{:?}", brief.tracks);
        assert_eq!(brief.timeline.iter().map(|m| m.1).sum::<i64>(), 4);
        assert_eq!(brief.recent_topics, vec![(PolicyArea::Waterworks, 3)]);
        store.rebuild_activity().await.unwrap();
        let again = store
            .place_brief(
                &store.resolve_place("harbin").await.unwrap(),
                date,
                chrono_tz::Asia::Seoul,
            )
            .await
            .unwrap();
        assert_eq!(again.tracks, brief.tracks);
        assert_eq!(again.timeline, brief.timeline);

        for (lang, title, overdue, promise, track) in [
            (
                Lang::Ko,
                "하얼빈 (哈尔滨 / Harbin / 합이빈) 관계 브리핑",
                "연락 지연",
                "★ 서울시 약속",
                "경제외교",
            ),
            (
                Lang::ZhCn,
                "哈尔滨 (하얼빈 / Harbin / 합이빈) 关系简报",
                "已逾期",
                "★ 首尔市承诺",
                "经济外交",
            ),
            (
                Lang::En,
                "Relationship brief: Harbin (하얼빈 / 哈尔滨 / 합이빈)",
                "OVERDUE",
                "★ Seoul's promise",
                "Economic diplomacy",
            ),
        ] {
            let html = inmaek::brief::place_html(lang, &brief, chrono_tz::Asia::Seoul, at(NOW));
            check_self_contained(&html);
            assert!(html.contains(&format!("<html lang=\"{}\">", lang.tag())));
            assert!(html.contains(title), "{lang:?}");
            assert!(html.contains(overdue), "{lang:?}");
            assert!(
                html.contains(promise) && html.contains("하수도 연수 초청장 보내기"),
                "{lang:?}"
            );
            assert!(html.contains("Send the youth programme dates"), "{lang:?}");
            assert!(html.contains(track), "{lang:?}: the track chart");
            // Every name form of every person shown.
            for name in ["마훙", "马红", "Ma Hong", "胡斌", "Hu Bin"] {
                assert!(html.contains(name), "{name} in {lang:?}");
            }
            assert!(position(&html, "Ma Hong") < position(&html, "Song Ming"));
            assert!(html.contains("Harbin waterworks training"));
            assert!(html.contains("<svg"));
            assert!(html.contains("@page { size: A4"));
        }
        let summary = inmaek::brief::place_summary(Lang::En, &brief);
        assert!(
            summary.contains("one relationship going cold, one promise by Seoul open"),
            "{summary}"
        );
        assert!(summary.starts_with("<b>Harbin"), "{summary}");
    }
}

#[tokio::test]
async fn a_person_brief_has_the_card_history_company_and_what_to_raise() {
    for db in TestDb::all() {
        let store = db.store_at(at(NOW)).await;
        let f = fixture(&store).await;
        // Ma Hong and Hu Bin met together once.
        store
            .log_interaction(NewInteraction {
                occurred_at: store.clock.now() - Duration::days(400),
                kind: InteractionKind::Visit,
                contact_ids: vec![f.ma, f.province],
                officer_ids: Vec::new(),
                place: Some("harbin".into()),
                note: Some("하얼빈 방문".into()),
                track: Some(Track::Political),
                topics: Vec::new(),
                logged_by: None,
                follow_ups: Vec::new(),
            })
            .await
            .unwrap();
        let made = make(
            &store,
            Target::Contact("马红".into()),
            NaiveDate::from_ymd_opt(2026, 12, 10).unwrap(),
            Lang::En,
            chrono_tz::Asia::Seoul,
            Actor::CLI,
        )
        .await
        .unwrap();
        check_self_contained(&made.html);
        assert!(
            made.html.contains("Person brief: Ma Hong"),
            "{}",
            &made.html[..400]
        );
        assert!(
            made.html
                .contains("Report on Seoul's promise “하수도 연수 초청장 보내기”")
        );
        assert!(made.html.contains("Repair the relationship with Ma Hong"));
        // Found in a trial: for a later visit the days were counted from
        // today (300) while the state was the visit's; both are the
        // visit's now: met 300 days before the clock, ten days before the
        // visit on 2026-12-10.
        assert!(
            made.html.contains("no contact for 310 days"),
            "{}",
            made.html
        );
        assert!(made.html.contains("Hu Bin"), "met together");
        assert!(made.html.contains("상수도 협력 논의") && made.html.contains("하얼빈 방문"));
        assert!(made.summary.contains("<b>Ma Hong</b>"), "{}", made.summary);
        let log = reads(store.access_log(None).await.unwrap());
        assert_eq!(log.len(), 1);
        assert_eq!(log[0].action, "brief");
        assert_eq!(log[0].channel, "cli");
        assert_eq!(log[0].scope, format!("contact:{} date:2026-12-10", f.ma));
        // The person, and the people the brief names as met with them
        // (Hu Bin): a brief is a read of each.
        let subjects: Vec<i32> = serde_json::from_str(&log[0].subjects).unwrap();
        assert_eq!(subjects[0], f.ma);
        assert_eq!(subjects.len(), 2, "{subjects:?}");
        assert!(made.html.contains("Hu Bin"));
    }
}

#[tokio::test]
async fn the_cli_writes_a_brief_and_chromium_renders_it() {
    let db = TestDb::sqlite();
    let store = db.store_at(at(NOW)).await;
    fixture(&store).await;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brief.html");
    let run = common::inmaek(
        &db,
        "ko",
        &[
            "brief",
            "--place",
            "하얼빈",
            "--date",
            "2026-12-10",
            "--lang",
            "zh-CN",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("브리핑을"), "{}", run.stderr);
    let html = std::fs::read_to_string(&out).unwrap();
    check_self_contained(&html);
    assert!(html.contains("哈尔滨 (하얼빈 / Harbin / 합이빈) 关系简报"));
    let log = reads(store.access_log(None).await.unwrap());
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].scope, "place:harbin date:2026-12-10");

    let unknown = common::refused(&db, "en", &["brief", "--place", "Atlantis"]);
    assert!(unknown.contains("Atlantis"), "{unknown}");

    // Rendered by a real browser when one is installed (.ci/run installs it).
    let Some(chromium) = chromium() else {
        eprintln!("no Chromium: the screenshot check is skipped");
        return;
    };
    let (pixels, samples) = screenshot(chromium, &out, "900,1200");
    let first = &pixels[..3];
    let differing = pixels.chunks(samples).filter(|p| &p[..3] != first).count();
    assert!(
        differing > 10_000,
        "the picture is blank ({differing} pixels differ)"
    );
}

#[tokio::test]
async fn the_bot_sends_a_summary_and_the_document_to_officers_only() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        fixture(&app.store).await;
        let reader = SimUser::new(61, "Mayor office", Some("en"));
        app.enrol(&reader, "Mayor Office", Role::MayorOffice).await;
        app.send(&reader, "/lang en").await;
        let reply = app.send(&reader, "/brief 하얼빈 2026-12-10").await;
        assert!(reply.text().contains("<b>Harbin"), "{}", reply.text());
        assert!(reply.text().contains("Ma Hong"), "{}", reply.text());
        let document = reply
            .calls
            .iter()
            .find(|c| c.name() == "senddocument")
            .expect("the HTML is sent");
        assert_eq!(
            document
                .params
                .pointer("/document/filename")
                .and_then(|v| v.as_str()),
            Some("brief-harbin-2026-12-10.html")
        );
        let reply = app.send(&reader, "/brief Jin Yongnan").await;
        assert!(reply.text().contains("Jin Yongnan"), "{}", reply.text());
        let log = reads(app.store.access_log(None).await.unwrap());
        assert_eq!(log.len(), 1, "a refused brief is no access");
        assert_eq!(log[0].channel, "bot");

        let member_contact = app.store.resolve_contact("梁晨").await.unwrap().id;
        let code = app
            .invite("Liang", Role::Member, Some(member_contact))
            .await;
        let member = SimUser::new(62, "Liang", Some("en"));
        app.send(&member, &format!("/start {code}")).await;
        let reply = app.send(&member, "/brief 하얼빈").await;
        assert!(!reply.calls.iter().any(|c| c.name() == "senddocument"));
        assert!(!reply.text().contains("Ma Hong"), "{}", reply.text());
    }
}

#[tokio::test]
async fn cards_briefs_and_exports_are_in_the_access_log() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let f = fixture(&app.store).await;
        let officer = SimUser::new(71, "Park", Some("en"));
        let code = app
            .store
            .invite_user(Invitation {
                role: Role::Officer,
                name: "Officer Two".into(),
                lang: Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: Duration::days(7),
            })
            .await
            .unwrap()
            .code;
        app.send(&officer, &format!("/start {code}")).await;
        app.send(&officer, "/who Ma Hong").await;
        common::ok(&db, "en", &["contact", "show", "马红"]);
        common::ok(&db, "en", &["export", "--format", "csv"]);
        common::ok(
            &db,
            "en",
            &["brief", "--place", "harbin", "--date", "2026-12-10"],
        );
        // Someone else's card is not in Ma Hong's history.
        common::ok(&db, "en", &["contact", "show", "王伟"]);

        let history = common::ok(&db, "en", &["audit", "--contact", &f.ma.to_string()]);
        // Changes are in the history too: the fixture's, made by no one.
        assert!(
            history.contains("the scheduler (system) · added a contact · contacts · subjects ["),
            "{history}"
        );
        assert!(
            history.contains("the scheduler (system) · logged an interaction · interaction:"),
            "{history}"
        );
        let lines: Vec<&str> = history
            .lines()
            .filter(|l| !l.contains("(system)"))
            .collect();
        assert_eq!(lines.len(), 4, "{history}");
        assert!(
            lines[0].contains("Officer Two (bot) · read a card · contact:"),
            "{history}"
        );
        assert!(
            lines[1].contains("the admin command line (cli) · read a card"),
            "{history}"
        );
        assert!(
            lines[2].contains("export · format:csv · subjects all contacts"),
            "{history}"
        );
        assert!(
            lines[3].contains("read a brief · place:harbin date:2026-12-10"),
            "{history}"
        );
        // What they did, and what was done to their access.
        let by_user = common::ok(&db, "ko", &["audit", "--user", "Officer Two"]);
        assert_eq!(by_user.lines().count(), 3, "{by_user}");
        assert!(by_user.contains("등록 코드 발급"), "{by_user}");
        assert!(by_user.contains("인물 카드 열람"), "{by_user}");
        let nobody = common::ok(&db, "en", &["audit", "--contact", &f.song.to_string()]);
        assert_eq!(
            nobody.lines().filter(|l| !l.contains("(system)")).count(),
            2,
            "the export and the brief: {nobody}"
        );
    }
}

/// The reads in an access log (changes are recorded too).
fn reads(
    log: Vec<inmaek::store::records::AccessEntry>,
) -> Vec<inmaek::store::records::AccessEntry> {
    log.into_iter()
        .filter(|row| ["card", "brief", "export", "mydata"].contains(&row.action.as_str()))
        .collect()
}

/// The installed Chromium, if any.
fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            std::process::Command::new(b)
                .env_remove("LD_PRELOAD")
                .env_remove("FAKETIME")
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// A headless screenshot of `page` at `size` ("900,1200"): its pixels and
/// the samples per pixel. The browser is not ours: it runs on the real
/// clock even when the suite runs under libfaketime (which slows it to a
/// crawl).
fn screenshot(chromium: &str, page: &std::path::Path, size: &str) -> (Vec<u8>, usize) {
    let shot = page.with_extension("png");
    let output = std::process::Command::new(chromium)
        .env_remove("LD_PRELOAD")
        .env_remove("FAKETIME")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            &format!("--window-size={size}"),
            &format!("--screenshot={}", shot.display()),
            &format!("file://{}", page.display()),
        ])
        .output()
        .unwrap();
    assert!(shot.exists(), "{}", String::from_utf8_lossy(&output.stderr));
    let decoder = png::Decoder::new(std::io::BufReader::new(std::fs::File::open(&shot).unwrap()));
    let mut reader = decoder.read_info().unwrap();
    let mut pixels = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut pixels).unwrap();
    pixels.truncate(info.buffer_size());
    (pixels, info.color_type.samples())
}

/// A page of one character in the brief's own font stack, screenshot.
fn glyph_pixels(
    chromium: &str,
    dir: &std::path::Path,
    fonts: &str,
    text: &str,
    n: usize,
) -> (Vec<u8>, usize) {
    let page = dir.join(format!("glyph{n}.html"));
    std::fs::write(
        &page,
        format!(
            "<!DOCTYPE html><html lang=\"ko\"><meta charset=\"utf-8\"><body style=\"margin:0;background:#fff;font-family:{fonts};font-size:96px\">{text}</body></html>"
        ),
    )
    .unwrap();
    screenshot(chromium, &page, "240,140")
}

#[tokio::test]
async fn hangul_and_hanzi_print_as_glyphs_in_the_briefs_fonts_not_boxes() {
    let db = TestDb::sqlite();
    let store = db.store_at(at(NOW)).await;
    fixture(&store).await;
    let html = common::ok(&db, "en", &["brief", "--place", "harbin"]);
    // The brief names a CJK font stack for printing on any machine.
    let fonts = html
        .split("body { font-family: ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .expect("a font stack")
        .to_owned();
    for font in [
        "Noto Sans CJK KR",
        "Noto Sans CJK SC",
        "Malgun Gothic",
        "Microsoft YaHei",
        "PingFang SC",
        "Apple SD Gothic Neo",
    ] {
        assert!(fonts.contains(font), "{font} in {fonts}");
    }
    let Some(chromium) = chromium() else {
        eprintln!("no Chromium: the glyph check is skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    // Boxes for missing glyphs all look alike; real glyphs differ from
    // each other and from a box (U+0378 is unassigned: always a box).
    let fonts = fonts.replace('"', "'");
    let shots: Vec<(Vec<u8>, usize)> = ["김", "남", "金", "男", "\u{0378}"]
        .iter()
        .enumerate()
        .map(|(n, text)| glyph_pixels(chromium, dir.path(), &fonts, text, n))
        .collect();
    let samples = shots[0].1;
    let shots: Vec<Vec<u8>> = shots.into_iter().map(|(pixels, _)| pixels).collect();
    let ink = |pixels: &[u8]| pixels.chunks(samples).filter(|p| p[0] < 128).count();
    for (n, shot) in shots.iter().enumerate().take(4) {
        assert!(ink(shot) > 300, "glyph {n} has ink");
        for (m, other) in shots.iter().enumerate() {
            if m != n {
                let differing = shot.iter().zip(other).filter(|(a, b)| a != b).count();
                assert!(
                    differing > 1_000,
                    "glyphs {n} and {m} look alike: boxes, not letters"
                );
            }
        }
    }
}
