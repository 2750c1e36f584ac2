//! The console in a real browser: Chromium driven through WebDriver
//! (`chromedriver`, installed by `.ci/run` with `fonts-noto-cjk`). An
//! officer signs in by link, finds 김영남 by typing 金永男, opens the card,
//! edits the title and the bot's `/who` shows it; invites members to an
//! event and sees an RSVP made in the bot appear; a stranger sees nothing.
//! Screenshots of the main pages in three languages are kept in
//! `target/tmp/screenshots/`.

mod common;

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{NOW, TestApp, TestDb, at};
use inmaek::domain::Lang;
use inmaek::domain::keys::{Category, InvitationStatus, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::users::Invitation;
use inmaek::telegram_sim::SimUser;
use thirtyfour::prelude::*;

/// chromedriver, and the browser profiles it was given (removed last).
struct Driver(Child, Option<tempfile::TempDir>);

impl Drop for Driver {
    /// Ends chromedriver and every browser it started (its process group),
    /// even when the test failed before quitting the session.
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", "--", &format!("-{}", self.0.id())])
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// chromedriver on a free port, and a headless Chromium session. The
/// browser is not ours: it runs on the real clock even when the suite runs
/// under libfaketime (which Chromium does not survive), like the server's
/// visitors would.
async fn browser() -> (Driver, WebDriver) {
    let port = common::free_port();
    let child = std::os::unix::process::CommandExt::process_group(
        Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .env_remove("LD_PRELOAD")
            .env_remove("FAKETIME")
            .env_remove("FAKETIME_DONT_FAKE_MONOTONIC"),
        0,
    )
    .stdout(Stdio::null())
    .stderr(Stdio::null())
    .spawn()
    .expect("chromedriver is installed (apt-get install chromium chromium-driver; .ci/run does)");
    let mut driver = Driver(child, None);
    let started = Instant::now();
    while reqwest::get(format!("http://127.0.0.1:{port}/status"))
        .await
        .is_err()
    {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not start"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A loaded machine may miss Chromium's first start: three tries, each
    // with a profile of its own.
    let profiles = tempfile::tempdir().unwrap();
    let mut last = None;
    for attempt in 0..3 {
        let mut caps = DesiredCapabilities::chrome();
        if std::path::Path::new("/usr/bin/chromium").exists() {
            caps.set_binary("/usr/bin/chromium").unwrap();
        }
        let profile = profiles.path().join(attempt.to_string());
        for arg in [
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--window-size=1280,1000",
            &format!("--user-data-dir={}", profile.display()),
        ] {
            caps.add_arg(arg).unwrap();
        }
        match WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await {
            Ok(web) => {
                driver.1 = Some(profiles);
                return (driver, web);
            }
            Err(err) => last = Some(err),
        }
    }
    panic!("no Chromium session: {last:?}")
}

fn shots() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Waits until the page's source contains `needle`.
async fn wait_for(web: &WebDriver, needle: &str) -> String {
    let started = Instant::now();
    loop {
        let source = web.source().await.unwrap();
        if source.contains(needle) {
            return source;
        }
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "{needle:?} never appeared in {source}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test]
async fn an_officer_works_in_the_browser_and_a_stranger_sees_nothing() {
    let db = TestDb::sqlite();
    // The console's address first: the bot's /web links point there.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let mut config = common::config(&db.url);
    config.web_url = base.clone();
    let app = TestApp::spawn_with(db.store_at(at(NOW)).await, config.clone()).await;
    let store = app.store.clone();
    // The officer, enrolled in the bot; 김영남 is theirs.
    let officer = SimUser::new(42, "Park", Some("ko"));
    app.enrol(&officer, "Park Officer", Role::Officer).await;
    let kim = common::add_kim(&store, "Park Officer").await;
    // A Seoul Club member in Shenyang, enrolled and consenting.
    let zhang = store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Hanzi, "张伟").unwrap()],
            categories: vec![Category::SeoulClub],
            place: Some("Shenyang".into()),
            lang: Some(Lang::ZhCn),
            ..Default::default()
        })
        .await
        .unwrap()
        .id;
    let code = store
        .invite_user(Invitation {
            lang: Lang::ZhCn,
            ..common::invitation("张伟", Role::Member, Some(zhang))
        })
        .await
        .unwrap()
        .code;
    let member = store.redeem_code(&code, 77).await.unwrap();
    store
        .grant_consent(member.id, "invitations", "bot", None)
        .await
        .unwrap();
    let event = store
        .add_event(common::forum(
            "Seoul Club forum",
            // Today, so that check-in at the door is open.
            store.clock.now() + chrono::Duration::hours(6),
            "Shenyang",
        ))
        .await
        .unwrap()
        .id;

    // The console, in this process, on the same store.
    let router = inmaek::web::router(inmaek::web::WebApp::new(store.clone(), config.clone()));
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await
        .unwrap();
    });

    let (_driver, web) = browser().await;
    // A stranger: sent to the sign-in page, which names no one.
    web.goto(format!("{base}/contacts/{kim}")).await.unwrap();
    let page = wait_for(&web, "/web").await;
    assert!(
        !page.contains("김영남") && !page.contains("金永男"),
        "{page}"
    );
    web.screenshot(&shots().join("ko-sign-in.png"))
        .await
        .unwrap();

    // The officer asks the bot for a link, and signs in with it.
    let reply = app.send(&officer, "/web").await;
    let url = reply
        .text()
        .split_whitespace()
        .find(|w| w.starts_with(&format!("{base}/signin/")))
        .unwrap_or_else(|| panic!("no link in {}", reply.text()))
        .to_owned();
    web.goto(&url).await.unwrap();
    web.find(By::Css("main form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Signed in: the header's sign-out (the page before it named the
    // officer too, and a slow first Chromium lost that race).
    wait_for(&web, "action=\"/signout\"").await;

    // Find 김영남 by typing 金永男: the results come as one types.
    web.goto(format!("{base}/contacts?lang=ko")).await.unwrap();
    wait_for(&web, "id=\"q\"").await;
    let search = web.find(By::Id("q")).await.unwrap();
    search.send_keys("金永男").await.unwrap();
    wait_for(&web, &format!("href=\"/contacts/{kim}\"")).await;
    web.screenshot(&shots().join("ko-search.png"))
        .await
        .unwrap();
    web.find(By::Css(format!("#results a[href='/contacts/{kim}']")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&web, "延边大学").await;
    web.screenshot(&shots().join("ko-card.png")).await.unwrap();

    // Edit the title; the bot's /who shows it.
    let title = web.find(By::Id("f-title")).await.unwrap();
    title.clear().await.unwrap();
    title.send_keys("교수").await.unwrap();
    web.find(By::Css(".edit button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for(&web, "저장했습니다").await;
    let who = app.send(&officer, "/who 김영남").await;
    assert!(who.text().contains("교수"), "{}", who.text());

    // Invite the members the event concerns; the member answers in the bot.
    web.goto(format!("{base}/events/{event}")).await.unwrap();
    web.find(By::Css("form[action$='/invite'] button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // A preview first: who would be invited; Send invites them.
    wait_for(&web, "name=\"confirm\"").await;
    web.find(By::Css("form[action$='/invite'] button.primary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Sent: the event page's notice (the preview, which says "이미 초대됨"
    // for those invited already, matched the status word and lost a race
    // under .ci/run's load).
    wait_for(&web, "초대장 1건을 보내는 중입니다").await;
    let invited = i18n_label(Lang::Ko, InvitationStatus::KIND, InvitationStatus::Invited);
    wait_for(&web, &format!("<td>{invited}")).await;
    let zhang_user = SimUser::new(77, "Zhang", Some("zh"));
    let events = app.send(&zhang_user, "/events").await;
    app.press(&zhang_user, events.button("接受")).await;
    web.refresh().await.unwrap();
    let accepted = i18n_label(Lang::Ko, InvitationStatus::KIND, InvitationStatus::Accepted);
    wait_for(&web, &accepted).await;
    web.screenshot(&shots().join("ko-event.png")).await.unwrap();
    // Checked in at the door, from the console.
    web.find(By::XPath(format!(
        "//tr[td/a[@href='/contacts/{zhang}']]//form[contains(@action, '/checkin/')]//button"
    )))
    .await
    .unwrap()
    .click()
    .await
    .unwrap();
    let attended = i18n_label(Lang::Ko, InvitationStatus::KIND, InvitationStatus::Attended);
    let page = wait_for(&web, &attended).await;
    let row = page
        .split("<tr>")
        .find(|row| row.contains(&format!("/contacts/{zhang}\"")))
        .unwrap_or_default()
        .to_owned();
    assert!(row.contains(&attended), "{row}");

    // The main pages in each language.
    for lang in ["ko", "zh-CN", "en"] {
        for (name, path) in [
            ("home", "/".to_owned()),
            ("search", "/contacts?q=jin".to_owned()),
            ("card", format!("/contacts/{kim}")),
            ("due", "/due".to_owned()),
            ("events", "/events".to_owned()),
            ("event", format!("/events/{event}")),
        ] {
            let sep = if path.contains('?') { '&' } else { '?' };
            web.goto(format!("{base}{path}{sep}lang={lang}"))
                .await
                .unwrap();
            wait_for(&web, &format!("<html lang=\"{lang}\">")).await;
            web.screenshot(&shots().join(format!("{lang}-{name}.png")))
                .await
                .unwrap();
        }
    }
    // Signing out ends the session.
    web.goto(format!("{base}/?lang=en")).await.unwrap();
    web.find(By::Css("header form button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Signed out: the landing page, which tells how to get a link.
    wait_for(&web, "/web").await;
    web.goto(format!("{base}/contacts/{kim}")).await.unwrap();
    let page = wait_for(&web, "/web").await;
    assert!(!page.contains("김영남"), "{page}");
    web.quit().await.unwrap();
    app.stop().await;
}

fn i18n_label(lang: Lang, kind: &str, key: impl std::fmt::Display) -> String {
    inmaek::i18n::label(lang, kind, key)
}
