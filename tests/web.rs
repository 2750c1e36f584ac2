//! The web console and the JSON API through the real binary (`inmaek
//! serve --listen`), on SQLite and PostgreSQL: sign-in by a one-time link,
//! sessions, CSRF, the role table over every page and action, a member and
//! a stranger seeing nothing of anyone, disabled users' sessions and tokens
//! ending, and the API with its OpenAPI document.

mod common;

use std::process::Child;
use std::time::{Duration, Instant};

use common::{TestDb, ok};
use inmaek::domain::keys::{NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::Store;
use inmaek::store::contacts::NewContact;
use inmaek::telegram_sim::TelegramSim;
use inmaek::web::PAGES;

/// The office: one user of each role, 김영남 kept by the officer, another
/// contact kept by nobody, a member who is a third contact, an event.
#[derive(Debug)]
pub struct Seeded {
    pub kim: i32,
    pub other: i32,
    pub event: i32,
    /// An officer the role walk may disable and enable again.
    pub spare: i32,
}

async fn user(store: &Store, name: &str, role: Role, contact_id: Option<i32>) -> i32 {
    store
        .invite_user(common::invitation(name, role, contact_id))
        .await
        .unwrap()
        .user
        .id
}

async fn seed(store: &Store) -> Seeded {
    user(store, "Park Officer", Role::Officer, None).await;
    user(store, "Mayor Aide", Role::MayorOffice, None).await;
    user(store, "Admin Lee", Role::Admin, None).await;
    let kim = common::add_kim(store, "Park Officer").await;
    let other = store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Hangul, "왕웨이").unwrap()],
            place: Some("Changchun".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id;
    let member = store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Latin, "Member Zhang").unwrap()],
            ..Default::default()
        })
        .await
        .unwrap()
        .id;
    user(store, "Member Zhang", Role::Member, Some(member)).await;
    let event = store
        .add_event(common::forum(
            "Seoul Club forum",
            store.clock.now() + chrono::Duration::days(10),
            "Shenyang",
        ))
        .await
        .unwrap()
        .id;
    // A follow-up Seoul promised 김영남, two days late: on the due page.
    let park = store.find_user("Park Officer").await.unwrap().id;
    store
        .log_interaction(inmaek::store::interactions::NewInteraction {
            occurred_at: store.clock.now() - chrono::Duration::days(20),
            kind: inmaek::domain::keys::InteractionKind::Call,
            contact_ids: vec![kim],
            officer_ids: Vec::new(),
            place: None,
            note: Some("training plans".into()),
            track: None,
            topics: Vec::new(),
            logged_by: Some(park),
            follow_ups: vec![inmaek::store::interactions::NewFollowUp {
                what: "send the <training> invitation".into(),
                due_on: store.clock.now().date_naive() - chrono::Days::new(2),
                promised_by_seoul: true,
            }],
        })
        .await
        .unwrap();
    let spare = user(store, "Spare Officer", Role::Officer, None).await;
    Seeded {
        kim,
        other,
        event,
        spare,
    }
}

/// `inmaek serve --listen` on `db`, the console at the returned address.
struct Server {
    child: Child,
    pub base: String,
    _sim: TelegramSim,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

async fn serve(db: &TestDb) -> Server {
    let sim = TelegramSim::start_with_clock(db.clock.clone())
        .await
        .unwrap();
    let port = common::free_port();
    let base = format!("http://127.0.0.1:{port}");
    let child = common::serve_command(db, &sim.api_url())
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .env("INMAEK_WEB_URL", &base)
        .spawn()
        .expect("serve starts");
    let client = reqwest::Client::new();
    let started = Instant::now();
    loop {
        if client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .is_ok_and(|r| r.status() == 200)
        {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "serve did not listen"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Server {
        child,
        base,
        _sim: sim,
    }
}

/// The body of a response that must come.
async fn body(
    response: impl std::future::Future<Output = reqwest::Result<reqwest::Response>>,
) -> String {
    response.await.unwrap().text().await.unwrap()
}

fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// The sign-in link `inmaek user link NAME` prints (its last line).
fn link(db: &TestDb, base: &str, name: &str) -> String {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_inmaek"))
        .args(["user", "link", name])
        .env("DATABASE_URL", &db.url)
        .env("INMAEK_NOW", db.now_env())
        .env("INMAEK_LANG", "en")
        .env("INMAEK_WEB_URL", base)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let last = stdout.lines().last().unwrap().to_owned();
    assert!(last.starts_with(&format!("{base}/signin/")), "{stdout}");
    last
}

/// Signs in with a fresh link: the session cookie and the form token.
async fn sign_in(db: &TestDb, server: &Server, name: &str) -> (String, String) {
    let url = link(db, &server.base, name);
    let http = client();
    let confirm = http.get(&url).send().await.unwrap();
    assert_eq!(confirm.status(), 200);
    let page = confirm.text().await.unwrap();
    // Found in a trial: the page was in the office's language (Korean)
    // for an English-speaking user whose browser said nothing.
    assert!(
        page.contains(name) && page.contains("<html lang=\"en\">"),
        "{page}"
    );
    let done = http.post(&url).send().await.unwrap();
    assert_eq!(done.status(), 303, "{name}");
    let set = done
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        set.contains("HttpOnly") && set.contains("SameSite=Strict") && !set.contains("Secure"),
        "{set}"
    );
    let cookie = set.split(';').next().unwrap().to_owned();
    // The link works once.
    let again = http.post(&url).send().await.unwrap();
    assert_eq!(again.status(), 404);
    let home = http
        .get(format!("{}/", server.base))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = home
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("the page carries the form token")
        .to_owned();
    (cookie, csrf)
}

fn path_of(path: &str, seeded: &Seeded) -> String {
    path.replace("{contact}", &seeded.kim.to_string())
        .replace("{event}", &seeded.event.to_string())
        .replace("{invitation}", "999999")
        .replace("{user}", &seeded.spare.to_string())
}

#[tokio::test]
async fn sign_in_by_link_the_role_table_and_nothing_for_strangers() {
    for db in TestDb::all() {
        let store = db.store_at(common::at(common::NOW)).await;
        let seeded = seed(&store).await;
        drop(store);
        let server = serve(&db).await;
        let http = client();

        // Without a session: the pages send to the sign-in page, the API
        // answers 401; the sign-in page explains how to get a link.
        for page in PAGES {
            let url = format!("{}{}", server.base, path_of(page.path, &seeded));
            let request = match page.method {
                "POST" => http.post(&url).form(&[("csrf", "x")]),
                _ => http.get(&url),
            };
            let response = request.send().await.unwrap();
            let status = response.status().as_u16();
            if page.path == "/" {
                assert_eq!(status, 200);
                let text = response.text().await.unwrap();
                assert!(text.contains("/web"), "{text}");
                assert!(!text.contains("김영남"));
            } else if page.path.starts_with("/api/") {
                assert_eq!(status, 401, "{} {}", page.method, page.path);
            } else {
                assert_eq!(status, 303, "{} {}", page.method, page.path);
            }
        }

        // Every role over every page and action: allowed exactly as the
        // bot and the command line allow.
        for (name, role) in [
            ("Park Officer", Role::Officer),
            ("Mayor Aide", Role::MayorOffice),
            ("Admin Lee", Role::Admin),
            ("Member Zhang", Role::Member),
        ] {
            let (cookie, csrf) = sign_in(&db, &server, name).await;
            let token = ok(&db, "en", &["token", "create", "--user", name])
                .lines()
                .last()
                .unwrap()
                .to_owned();
            for page in PAGES {
                let url = format!("{}{}", server.base, path_of(page.path, &seeded));
                let api = page.path.starts_with("/api/");
                let request = match (page.method, api) {
                    ("POST", true) => http.post(&url).json(&serde_json::json!({
                        "contacts": [seeded.kim], "kind": "call", "note": "by the API"
                    })),
                    ("POST", false) => http.post(&url).form(&[("csrf", csrf.as_str())]),
                    (_, _) => http.get(&url),
                };
                let request = if api {
                    request.bearer_auth(&token)
                } else {
                    request.header("cookie", &cookie)
                };
                let status = request.send().await.unwrap().status().as_u16();
                let allowed = page
                    .action
                    .is_none_or(|action| inmaek::domain::access::allowed(role, action));
                if allowed {
                    // (A form sent without its fields may be refused in
                    // words, 409 or 422, but never as a role's.)
                    let expected: &[u16] = if page.path.contains("{invitation}") {
                        &[404]
                    } else if page.method == "POST" && !api {
                        &[200, 303, 409, 422]
                    } else {
                        &[200, 201, 303]
                    };
                    assert!(
                        expected.contains(&status),
                        "{name} {} {}: {status}",
                        page.method,
                        page.path
                    );
                } else {
                    assert_eq!(status, 403, "{name} {} {}", page.method, page.path);
                }
            }
        }

        // Found in a trial: another site may not sign a browser in (login
        // CSRF), and a new link voids the older one.
        let older = link(&db, &server.base, "Park Officer");
        let newer = link(&db, &server.base, "Park Officer");
        assert_eq!(http.get(&older).send().await.unwrap().status(), 404);
        let forged = http
            .post(&newer)
            .header("origin", "https://evil.example")
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), 403);
        assert!(forged.headers().get("set-cookie").is_none());
        let cross_site = http
            .post(&newer)
            .header("sec-fetch-site", "cross-site")
            .header("origin", "null")
            .send()
            .await
            .unwrap();
        assert_eq!(cross_site.status(), 403);
        // Found in a trial: `Origin: null` (a sandboxed frame) without
        // `Sec-Fetch-Site` is no page of the console's either.
        let sandboxed = http
            .post(&newer)
            .header("origin", "null")
            .send()
            .await
            .unwrap();
        assert_eq!(sandboxed.status(), 403);
        let log = ok(&db, "en", &["audit", "--user", "Park Officer"]);
        assert!(log.contains("signed in to the web console"), "{log}");

        // A member's session shows nothing of anyone else.
        let (member, _) = sign_in(&db, &server, "Member Zhang").await;
        for path in [
            format!("/contacts/{}", seeded.other),
            "/contacts?q=김영남".to_owned(),
            "/contacts/results?q=金永男".to_owned(),
        ] {
            let response = http
                .get(format!("{}{path}", server.base))
                .header("cookie", &member)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 403, "{path}");
            let text = response.text().await.unwrap();
            assert!(!text.contains("김영남") || path.contains("q="), "{text}");
            assert!(!text.contains("왕웨이"), "{text}");
        }
    }
}

#[tokio::test]
async fn the_officer_finds_reads_and_edits_and_a_disabled_user_is_signed_out() {
    for db in TestDb::all() {
        let store = db.store_at(common::at(common::NOW)).await;
        let seeded = seed(&store).await;
        drop(store);
        let server = serve(&db).await;
        let http = client();
        // Found in a trial: the page asked for before signing in was lost
        // (every sign-in landed on the home page). It is kept, and only a
        // page of the console is gone back to.
        let asked = http
            .get(format!("{}/contacts/{}?lang=en", server.base, seeded.kim))
            .send()
            .await
            .unwrap();
        assert_eq!(asked.status(), 303);
        // (Not a search's results alone, or the API: found in a trial.)
        let fragment = http
            .get(format!("{}/contacts/results?q=kim", server.base))
            .send()
            .await
            .unwrap();
        assert!(fragment.headers().get("set-cookie").is_none());
        let next = asked.headers()["set-cookie"].to_str().unwrap();
        let next = next.split(';').next().unwrap().to_owned();
        assert!(next.starts_with("inmaek_next="), "{next}");
        for (kept, back) in [
            (next.as_str(), format!("/contacts/{}?lang=en", seeded.kim)),
            ("inmaek_next=%2F%2Fevil.example%2F", "/".to_owned()),
            ("inmaek_next=%2Fapi%2Fv1%2Fcontacts", "/".to_owned()),
        ] {
            let url = link(&db, &server.base, "Park Officer");
            let done = http.post(&url).header("cookie", kept).send().await.unwrap();
            assert_eq!(done.status(), 303);
            assert_eq!(done.headers()["location"], back.as_str());
        }
        let (cookie, csrf) = sign_in(&db, &server, "Park Officer").await;
        let get = |path: String| {
            http.get(format!("{}{path}", server.base))
                .header("cookie", &cookie)
                .header("accept-language", "ko-KR,ko;q=0.9,en;q=0.5")
                .send()
        };
        // Search in another script, in Korean (Accept-Language).
        let page = get("/contacts?q=金永男".into()).await.unwrap();
        let csp = page
            .headers()
            .get("content-security-policy")
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            csp.starts_with("default-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        let text = page.text().await.unwrap();
        assert!(text.contains("<html lang=\"ko\">"), "{text}");
        assert!(
            text.contains(&format!("href=\"/contacts/{}\">김영남", seeded.kim)),
            "{text}"
        );
        // The fragment htmx asks for.
        let fragment = body(get("/contacts/results?q=jin".into())).await;
        assert!(!fragment.contains("<html"), "{fragment}");
        // The card, in Chinese by the switcher (remembered in a cookie).
        let card = get(format!("/contacts/{}?lang=zh-CN", seeded.kim))
            .await
            .unwrap();
        assert!(
            card.headers()
                .get_all("set-cookie")
                .iter()
                .any(|v| v.to_str().unwrap().starts_with("inmaek_lang=zh-CN"))
        );
        let text = card.text().await.unwrap();
        assert!(text.contains("<html lang=\"zh-CN\">"), "{text}");
        assert!(text.contains("副教授"), "{text}");
        // Found in a trial: the card did not lead to the person's brief.
        assert!(
            text.contains(&format!("href=\"/contacts/{}/brief\"", seeded.kim)),
            "{text}"
        );
        // Markup typed into a name is shown as text.
        // A form as the card page fills it: opened just now (`seen`) unless
        // the fields say otherwise.
        let edit = |fields: Vec<(&str, &str)>| {
            let (http, cookie) = (http.clone(), cookie.clone());
            let address = format!("{}/contacts/{}", server.base, seeded.kim);
            let mut fields: Vec<(String, String)> = fields
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            async move {
                if !fields.iter().any(|(k, _)| k == "seen") {
                    let page = http
                        .get(&address)
                        .header("cookie", &cookie)
                        .send()
                        .await?
                        .text()
                        .await?;
                    if let Some(seen) = page
                        .split("name=\"seen\" value=\"")
                        .nth(1)
                        .and_then(|rest| rest.split('"').next())
                    {
                        fields.push(("seen".to_owned(), seen.to_owned()));
                    }
                }
                http.post(&address)
                    .header("cookie", &cookie)
                    .form(&fields)
                    .send()
                    .await
            }
        };
        // Without the form token: refused, nothing changed.
        let refused = edit(vec![("org", "延边大学"), ("title", "教授")])
            .await
            .unwrap();
        assert_eq!(refused.status(), 403);
        // With it: the new title is on the card the command line shows.
        let saved = edit(vec![
            ("csrf", &csrf),
            ("org", "延边大学"),
            ("title", "教授"),
            ("add_name", "<script>alert(1)</script>"),
            ("category", "bridge"),
        ])
        .await
        .unwrap();
        assert_eq!(saved.status(), 303);
        let shown = ok(&db, "en", &["contact", "show", "김영남"]);
        assert!(shown.contains("Position: 教授 — 延边大学"), "{shown}");
        let text = body(get(format!("/contacts/{}", seeded.kim))).await;
        assert!(
            (text.contains("&lt;script&gt;") || text.contains("&#60;script&#62;"))
                && !text.contains("<script>alert"),
            "{text}"
        );
        // A bad date is one sentence above the form, the field named as
        // the form names it, what was typed kept; nothing is stored.
        let bad = edit(vec![
            ("csrf", &csrf),
            ("org", "延边大学"),
            ("title", "教授"),
            ("place", "Yanji"),
            ("birthday", "1968-02-30"),
            ("category", "bridge"),
            ("category", "seoul_club"),
        ])
        .await
        .unwrap();
        assert_eq!(bad.status(), 422);
        let page = bad.text().await.unwrap();
        assert!(
            page.contains("role=\"alert\">Birthday: “1968-02-30” is not a valid date")
                && page.contains("value=\"1968-02-30\" aria-invalid=\"true\"")
                && page.contains("value=\"seoul_club\" checked"),
            "{page}"
        );
        let shown = ok(&db, "en", &["contact", "show", "김영남"]);
        assert!(
            !shown.contains("1968") && !shown.contains("Seoul Club"),
            "{shown}"
        );
        // Found in a trial: an emptied place or organization was kept while
        // the page said "saved". Emptied now means forgotten.
        // (The title is left as it was: emptying the organization alone
        // ends the post.)
        let cleared = edit(vec![
            ("csrf", &csrf),
            ("org", ""),
            ("title", "教授"),
            ("place", ""),
            ("language", ""),
            ("category", "bridge"),
        ])
        .await
        .unwrap();
        assert_eq!(cleared.status(), 303);
        let shown = ok(&db, "en", &["contact", "show", "김영남"]);
        assert!(
            !shown.contains("Yanji") && !shown.contains("Position: 教授"),
            "{shown}"
        );
        let restored = edit(vec![
            ("csrf", &csrf),
            ("org", "延边大学"),
            ("title", "教授"),
            ("place", "Yanji"),
            ("category", "bridge"),
        ])
        .await
        .unwrap();
        assert_eq!(restored.status(), 303);
        // Found in a trial: two people editing the same card, the second
        // silently undid the first. A form opened before a save is refused
        // now, with what was typed kept.
        let opened = body(get(format!("/contacts/{}?lang=en", seeded.kim))).await;
        let seen = opened
            .split("name=\"seen\" value=\"")
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .unwrap()
            .to_owned();
        let first = edit(vec![
            ("csrf", &csrf),
            ("seen", &seen),
            ("org", "延边大学"),
            ("title", "学科带头人"),
            ("place", "Yanji"),
            ("category", "bridge"),
        ])
        .await
        .unwrap();
        assert_eq!(first.status(), 303);
        let second = edit(vec![
            ("csrf", &csrf),
            ("seen", &seen),
            ("org", "延边大学"),
            ("title", "教授"),
            ("place", "Yanji"),
            ("category", "bridge"),
        ])
        .await
        .unwrap();
        assert_eq!(second.status(), 422);
        // Found in a trial: a form that says nothing of what it was opened
        // on (`seen` empty or left out) overwrote the other change too.
        for blank in [Some(""), None] {
            let mut fields = vec![
                ("csrf", csrf.as_str()),
                ("org", "延边大学"),
                ("title", "教授"),
                ("place", "Yanji"),
                ("category", "bridge"),
            ];
            fields.extend(blank.map(|b| ("seen", b)));
            let blind = http
                .post(format!("{}/contacts/{}", server.base, seeded.kim))
                .header("cookie", &cookie)
                .form(&fields)
                .send()
                .await
                .unwrap();
            assert_eq!(blind.status(), 422, "{blank:?}");
        }
        let text = second.text().await.unwrap();
        // (Found in a review: the form came back as typed, and saving it
        // again undid the other change. It shows the card as it is now.)
        assert!(
            text.contains("This card was saved after you opened this form")
                && text.contains("value=\"学科带头人\"")
                && !text.contains("value=\"教授\""),
            "{text}"
        );
        // ... and the form as sent stands beside it, not saved, so
        // nothing typed is lost (found in a trial: it was gone).
        let unsaved = text
            .split("class=\"unsaved\"")
            .nth(1)
            .and_then(|rest| rest.split("</div>").next())
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            unsaved.contains("not saved")
                && unsaved.contains("<dt>Title</dt><dd>教授</dd>")
                && unsaved.contains("<dt>Organization</dt><dd>延边大学</dd>"),
            "{unsaved}"
        );
        let shown = ok(&db, "en", &["contact", "show", "김영남"]);
        assert!(shown.contains("Position: 学科带头人"), "{shown}");
        // Found in a trial: fixing a typo in a title recorded a former
        // position each time. "Correct the current post" changes it in place.
        let corrected = edit(vec![
            ("csrf", &csrf),
            ("org", "延边大学"),
            ("title", "学科带头人（正）"),
            ("place", "Yanji"),
            ("category", "bridge"),
            ("correct", "1"),
        ])
        .await
        .unwrap();
        assert_eq!(corrected.status(), 303);
        let after = ok(&db, "en", &["contact", "show", "김영남"]);
        assert!(
            after.contains("Position: 学科带头人（正）")
                && after.matches("延边大学").count() == shown.matches("延边大学").count(),
            "{shown}\n{after}"
        );
        // Found in a trial: a stored e-mail could not be seen or removed
        // in the form. Each stored one has a box that removes it.
        let with = |extra: (&'static str, &'static str)| {
            vec![
                ("csrf", csrf.as_str()),
                ("org", "延边大学"),
                ("title", "学科带头人（正）"),
                ("place", "Yanji"),
                ("category", "bridge"),
                extra,
            ]
        };
        let added = edit(with(("email", "work:kim@example.cn"))).await.unwrap();
        assert_eq!(added.status(), 303);
        let page = body(get(format!("/contacts/{}?lang=en", seeded.kim))).await;
        assert!(
            page.contains("name=\"remove_email\" value=\"kim@example.cn\""),
            "{page}"
        );
        let removed = edit(with(("remove_email", "kim@example.cn")))
            .await
            .unwrap();
        assert_eq!(removed.status(), 303);
        let shown = ok(&db, "en", &["contact", "show", "김영남"]);
        assert!(
            !shown.contains("kim@example.cn") && shown.contains("学科带头人（正）"),
            "{shown}"
        );
        // Found in a trial: an organization a console edit made was the
        // system's in the access log, not the officer's.
        let moved = edit(vec![
            ("csrf", &csrf),
            ("org", "Harbin Trade Office"),
            ("title", "学科带头人（正）"),
            ("place", "Yanji"),
            ("category", "bridge"),
            ("correct", "1"),
        ])
        .await
        .unwrap();
        assert_eq!(moved.status(), 303);
        let log = db
            .store_at(common::at(common::NOW))
            .await
            .access_log(None)
            .await
            .unwrap();
        let made = log
            .iter()
            .rev()
            .find(|e| e.action == "org-add")
            .expect("the new organization is in the access log");
        assert!(made.user_id.is_some() && made.channel == "web", "{made:?}");
        // Found in a trial: a form sent from another site was accepted
        // when it carried a valid token.
        let forged = http
            .post(format!("{}/contacts/{}", server.base, seeded.kim))
            .header("cookie", &cookie)
            .header("origin", "https://evil.example")
            .form(&[("csrf", csrf.as_str()), ("title", "forged")])
            .send()
            .await
            .unwrap();
        assert_eq!(forged.status(), 403);
        // Found in a trial: JSON posted to a form got the framework's
        // English; now one sentence in the visitor's language.
        let json = http
            .post(format!(
                "{}/contacts/{}?lang=zh-CN",
                server.base, seeded.kim
            ))
            .header("cookie", &cookie)
            .json(&serde_json::json!({"csrf": csrf, "title": "json"}))
            .send()
            .await
            .unwrap();
        assert_eq!(json.status(), 415);
        let text = json.text().await.unwrap();
        assert!(
            text.contains("无法读取此表单") && !text.contains("Content-Type"),
            "{text}"
        );
        // Found in a trial: a search of a page of text filled the access
        // log; a query is a name, at most 200 characters.
        let long = get(format!("/contacts/results?q={}", "a".repeat(201)))
            .await
            .unwrap();
        assert_eq!(long.status(), 200);
        assert!(long.text().await.unwrap().contains("200"));
        // Found in a trial: on the search page it was a bare 400 page
        // without the search box, naming the field "query" in English.
        let long = body(get(format!("/contacts?lang=ko&q={}", "가".repeat(201)))).await;
        assert!(
            long.contains("최대 200자까지 입력하세요")
                && long.contains("type=\"search\"")
                && !long.contains("query"),
            "{long}"
        );
        // Every read and change is in the access log, through the web.
        let log = ok(&db, "en", &["audit", "--contact", &seeded.kim.to_string()]);
        assert!(log.contains("web"), "{log}");
        // Found in a trial: addresses that do not parse get one localized
        // sentence, not the framework's English; the language links keep
        // the search; event states are words, not keys.
        for path in [
            "/contacts/abc",
            "/contacts/99999999999",
            "/admin/access?user=abc",
        ] {
            let response = get(path.into()).await.unwrap();
            let status = response.status().as_u16();
            let text = response.text().await.unwrap();
            assert!([400, 403, 404].contains(&status), "{path}: {status}");
            assert!(
                text.contains("<html lang=\"ko\">") && !text.contains("Invalid URL"),
                "{text}"
            );
        }
        // Found in a trial: a NUL in the address came back in the page,
        // and a refusal's title read "Inmaek · Inmaek".
        let nul = get("/places/1%00/brief?lang=en".into()).await.unwrap();
        assert!(nul.status().is_client_error());
        let nul = nul.text().await.unwrap();
        assert!(
            !nul.contains('\0') && !nul.contains("<title>Inmaek · Inmaek</title>"),
            "{nul}"
        );
        let search = body(get("/contacts?q=jin".into())).await;
        assert!(
            search.contains("href=\"/contacts?q=jin&amp;lang=en\"")
                || search.contains("href=\"/contacts?q=jin&#38;lang=en\""),
            "{search}"
        );
        let events = body(get("/events?lang=en".into())).await;
        assert!(
            events.contains("scheduled") && !events.contains("Unknown localization key"),
            "{events}"
        );
        // Found in a trial: Invite sent at once to everyone the event
        // concerns. It shows who first; only Send invites.
        let invite = |fields: Vec<(&'static str, String)>| {
            http.post(format!(
                "{}/events/{}/invite?lang=en",
                server.base, seeded.event
            ))
            .header("cookie", &cookie)
            .form(&fields)
            .send()
        };
        let preview = invite(vec![("csrf", csrf.clone()), ("category", String::new())])
            .await
            .unwrap();
        assert_eq!(preview.status(), 200);
        let preview = preview.text().await.unwrap();
        assert!(
            preview.contains("Nothing has been sent yet")
                && preview.contains("Member Zhang")
                && preview.contains("name=\"confirm\" value=\"1\""),
            "{preview}"
        );
        let page = format!("/events/{}?lang=en", seeded.event);
        let before = body(get(page.clone())).await;
        assert!(before.contains("No one is invited yet"), "{before}");
        // Found in a trial: the audience was the whole address book; the
        // form offers the event's province (chosen) or anywhere.
        assert!(
            before.contains("<option value=\"liaoning\" selected>"),
            "{before}"
        );
        let elsewhere = invite(vec![
            ("csrf", csrf.clone()),
            ("category", String::new()),
            ("place", "jilin".into()),
        ])
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
        assert!(!elsewhere.contains("Member Zhang"), "{elsewhere}");
        // A reloaded preview (GET) goes back to the event, not a blank 405.
        let reloaded = http
            .get(format!("{}/events/{}/invite", server.base, seeded.event))
            .header("cookie", &cookie)
            .send()
            .await
            .unwrap();
        assert_eq!(reloaded.status(), 303);
        let sent = invite(vec![
            ("csrf", csrf.clone()),
            ("category", String::new()),
            ("confirm", "1".into()),
        ])
        .await
        .unwrap();
        assert_eq!(sent.status(), 303);
        let after = body(get(page)).await;
        assert!(
            !after.contains("No one is invited yet") && after.contains("Member Zhang"),
            "{after}"
        );
        // Found in a trial: Check in was offered ten days ahead, and
        // refused when pressed; it shows from 12 hours before the start
        // (the browser test checks in on the day).
        assert!(!after.contains("/checkin/"), "{after}");
        // The due page lays out the items the bot's /due shows.
        let due = body(get("/due?lang=en".into())).await;
        let late = "Jin Yongnan — send the &#60;training&#62; invitation (2 days late) (promised by Seoul)";
        assert!(
            due.contains("Follow-ups falling due")
                && (due.contains(late)
                    || due.contains(&late.replace("&#60;", "&lt;").replace("&#62;", "&gt;"))),
            "{due}"
        );
        // The office view, in English by the switcher.
        let office = body(get("/office?lang=en".into())).await;
        assert!(
            office.contains("Going cold, by province")
                && office.contains("Interactions by diplomacy track"),
            "{office}"
        );
        // A place's brief: its own policy (inline styles, no script).
        let brief = get("/places/yanji/brief".into()).await.unwrap();
        let csp = brief.headers()["content-security-policy"]
            .to_str()
            .unwrap()
            .to_owned();
        assert!(
            csp.starts_with("default-src 'none'") && !csp.contains("script"),
            "{csp}"
        );
        assert!(brief.text().await.unwrap().contains("<!DOCTYPE html>"));
        // Disabled: the session ends at once.
        ok(&db, "en", &["user", "disable", "Park Officer"]);
        let after = get("/contacts".into()).await.unwrap();
        assert_eq!(after.status(), 303);
    }
}

#[tokio::test]
async fn the_api_with_tokens_read_only_revoked_and_its_openapi_document() {
    for db in TestDb::all() {
        let store = db.store_at(common::at(common::NOW)).await;
        let seeded = seed(&store).await;
        drop(store);
        let server = serve(&db).await;
        let http = client();
        let made = ok(&db, "en", &["token", "create", "--user", "Park Officer"]);
        let token = made.lines().last().unwrap().to_owned();
        assert!(token.starts_with("inm_"), "{made}");
        assert!(made.contains("(read and write)"), "{made}");
        // Found in a trial: the mayor's office was given a "read and
        // write" token its role could not write with.
        let mayors = ok(&db, "en", &["token", "create", "--user", "Mayor Aide"]);
        assert!(mayors.contains("(read only)"), "{mayors}");
        let reader = ok(
            &db,
            "en",
            &["token", "create", "--user", "Park Officer", "--read-only"],
        )
        .lines()
        .last()
        .unwrap()
        .to_owned();
        let found: serde_json::Value = serde_json::from_str(
            &http
                .get(format!("{}/api/v1/contacts?q=金永男", server.base))
                .bearer_auth(&token)
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap(),
        )
        .unwrap();
        assert_eq!(found[0]["id"], seeded.kim, "{found}");
        // Found in a trial: a lunar birthday read as a solar one (the card
        // had no flag for it).
        ok(
            &db,
            "en",
            &[
                "contact",
                "edit",
                &seeded.kim.to_string(),
                "--birthday",
                "1956-08-15",
                "--lunar",
            ],
        );
        let card: serde_json::Value = serde_json::from_str(
            &http
                .get(format!("{}/api/v1/contacts/{}", server.base, seeded.kim))
                .bearer_auth(&reader)
                .header("accept-language", "zh-CN")
                .send()
                .await
                .unwrap()
                .text()
                .await
                .unwrap(),
        )
        .unwrap();
        assert_eq!(card["names"][0]["value"], "김영남", "{card}");
        assert_eq!(card["birthday"], "1956-08-15", "{card}");
        assert_eq!(card["birthday_lunar"], true, "{card}");
        assert!(card["lines"].to_string().contains("类别"), "{card}");
        let body =
            serde_json::json!({"contacts": [seeded.kim], "kind": "call", "note": "API note"});
        let log_by = |bearer: &str, json: serde_json::Value| {
            http.post(format!("{}/api/v1/interactions", server.base))
                .bearer_auth(bearer)
                .json(&json)
                .send()
        };
        let refused = log_by(&reader, body.clone()).await.unwrap();
        assert_eq!(refused.status(), 403);
        let logged = log_by(&token, body.clone()).await.unwrap();
        assert_eq!(logged.status(), 201);
        let bad = log_by(
            &token,
            serde_json::json!({"contacts": [seeded.kim], "kind": "dinner party"}),
        )
        .await
        .unwrap();
        assert_eq!(bad.status(), 422);
        // Found in a trial: a field the API does not know is refused (a
        // date sent as `occurred_at` was silently dropped), and a missing
        // parameter is a JSON error in the caller's language.
        let unknown = log_by(&token, serde_json::json!({"contacts": [seeded.kim], "kind": "call", "occurred_at": "2026-11-01"})).await.unwrap();
        assert_eq!(unknown.status(), 422);
        // Found in a trial: every refused body said the same sentence; now
        // the field is named, and a body that is not JSON is a 415.
        assert!(
            unknown.text().await.unwrap().contains("“occurred_at”"),
            "the unknown field is named"
        );
        let wrong = log_by(
            &token,
            serde_json::json!({"contacts": "33", "kind": "call"}),
        )
        .await
        .unwrap();
        assert_eq!(wrong.status(), 422);
        assert!(wrong.text().await.unwrap().contains("“contacts”"));
        let missing_kind = log_by(&token, serde_json::json!({"contacts": [seeded.kim]}))
            .await
            .unwrap();
        assert_eq!(missing_kind.status(), 422);
        assert!(missing_kind.text().await.unwrap().contains("“kind”"));
        let form = http
            .post(format!("{}/api/v1/interactions", server.base))
            .bearer_auth(&token)
            .form(&[("kind", "call")])
            .send()
            .await
            .unwrap();
        assert_eq!(form.status(), 415);
        let missing = http
            .get(format!("{}/api/v1/contacts", server.base))
            .bearer_auth(&token)
            .header("accept-language", "ko")
            .send()
            .await
            .unwrap();
        assert_eq!(missing.status(), 422);
        let problem: serde_json::Value =
            serde_json::from_str(&missing.text().await.unwrap()).unwrap();
        assert!(
            problem["error"]["message"]
                .as_str()
                .unwrap()
                .contains("매개변수"),
            "{problem}"
        );
        let listed = ok(&db, "en", &["interaction", "list", "--contact", "김영남"]);
        assert!(listed.contains("API note"), "{listed}");
        // The token list never shows a token; a revoked one stops at once.
        let list = ok(&db, "en", &["token", "list"]);
        assert!(
            !list.contains(&token[4..]) && list.contains("Park Officer"),
            "{list}"
        );
        ok(&db, "en", &["token", "revoke", "1"]);
        let gone = http
            .get(format!("{}/api/v1/contacts?q=kim", server.base))
            .bearer_auth(&token)
            .send()
            .await
            .unwrap();
        assert_eq!(gone.status(), 401);
        assert!(common::inmaek(&db, "en", &["token", "revoke", "1"]).code != 0);
        // Found in a trial: "abc" was answered as a name ("or a name as it
        // is written"); tokens have only numbers.
        let named = common::refused(&db, "en", &["token", "revoke", "abc"]);
        assert!(named.contains("known by their numbers"), "{named}");
        // Found in a trial: an unknown address answered in English.
        let nowhere = http
            .get(format!("{}/api/v1/nowhere", server.base))
            .bearer_auth(&reader)
            .header("accept-language", "ko")
            .send()
            .await
            .unwrap();
        assert_eq!(nowhere.status(), 404);
        let problem: serde_json::Value = nowhere.json().await.unwrap();
        assert!(
            problem["error"]["message"]
                .as_str()
                .unwrap()
                .contains("주소가 없습니다"),
            "{problem}"
        );
        // Found in a trial: a method an address does not answer, and a
        // word where the address wants a number, answered without JSON or
        // in the console's words.
        let deleted = http
            .delete(format!("{}/api/v1/contacts/{}", server.base, seeded.kim))
            .bearer_auth(&reader)
            .send()
            .await
            .unwrap();
        assert_eq!(deleted.status(), 405);
        let problem: serde_json::Value = deleted.json().await.unwrap();
        assert_eq!(problem["error"]["code"], "method_not_allowed", "{problem}");
        let word = http
            .get(format!("{}/api/v1/contacts/abc", server.base))
            .bearer_auth(&reader)
            .header("accept-language", "en")
            .send()
            .await
            .unwrap();
        assert_eq!(word.status(), 404);
        let problem: serde_json::Value = word.json().await.unwrap();
        let message = problem["error"]["message"].as_str().unwrap();
        assert!(
            message.contains("API") && !message.contains("console"),
            "{message}"
        );
        // The OpenAPI document, read by an independent parser.
        let json = http
            .get(format!("{}/api/v1/openapi.json", server.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let spec = oas3::from_json(&json).expect("a valid OpenAPI 3.1 document");
        assert!(spec.openapi.starts_with("3.1"), "{}", spec.openapi);
        let paths = spec.paths.unwrap_or_default();
        for path in [
            "/api/v1/contacts",
            "/api/v1/contacts/{id}",
            "/api/v1/interactions",
            "/api/v1/follow-ups",
            "/api/v1/events",
            "/api/v1/events/{id}",
            "/api/v1/committees",
            "/api/v1/agreements",
            "/api/v1/projects",
            "/api/v1/briefs/places/{key}",
            "/api/v1/briefs/contacts/{id}",
        ] {
            assert!(paths.contains_key(path), "{path}");
        }
        // Query parameters are declared in the query (found in a trial).
        let raw: serde_json::Value = serde_json::from_str(&json).unwrap();
        for parameter in raw["paths"]["/api/v1/interactions"]["get"]["parameters"]
            .as_array()
            .unwrap()
        {
            assert_eq!(parameter["in"], "query", "{parameter}");
            assert_ne!(parameter["required"], true, "{parameter}");
        }
        // Found in a trial: a strict validator refused the document, its
        // responses having no description (required by OpenAPI).
        for (path, operations) in raw["paths"].as_object().unwrap() {
            for (method, operation) in operations.as_object().unwrap() {
                for (status, response) in operation["responses"].as_object().unwrap() {
                    assert!(
                        response["description"]
                            .as_str()
                            .is_some_and(|d| !d.is_empty()),
                        "{method} {path} {status}"
                    );
                }
            }
        }
        // API reads are in the access log as such.
        let log = ok(&db, "en", &["audit", "--contact", &seeded.kim.to_string()]);
        assert!(log.contains("api"), "{log}");
    }
}

#[tokio::test]
async fn an_admin_invites_hands_a_link_changes_a_role_and_disables_in_the_console() {
    for db in TestDb::all() {
        let store = db.store_at(common::at(common::NOW)).await;
        let seeded = seed(&store).await;
        let users = store.users().await.unwrap();
        drop(store);
        let id_of = |name: &str| users.iter().find(|u| u.name == name).unwrap().id;
        let (park, mayor, admin) = (
            id_of("Park Officer"),
            id_of("Mayor Aide"),
            id_of("Admin Lee"),
        );
        let server = serve(&db).await;
        let http = client();
        let (cookie, csrf) = sign_in(&db, &server, "Admin Lee").await;
        let post = |path: String, mut fields: Vec<(&'static str, String)>| {
            fields.push(("csrf", csrf.clone()));
            http.post(format!("{}{path}", server.base))
                .header("cookie", &cookie)
                .header("accept-language", "en")
                .form(&fields)
                .send()
        };
        // The page: every user, and no way to disable or demote oneself.
        let page = body(
            http.get(format!("{}/admin/users", server.base))
                .header("cookie", &cookie)
                .header("accept-language", "en")
                .send(),
        )
        .await;
        assert!(
            page.contains("Invite a user")
                && page.contains(&format!("action=\"/admin/users/{park}/disable\""))
                && !page.contains(&format!("action=\"/admin/users/{admin}/disable\""))
                && !page.contains(&format!("action=\"/admin/users/{admin}/role\"")),
            "{page}"
        );
        let once = |page: &str| {
            page.split("name=\"once\" value=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap()
                .to_owned()
        };
        // Invite: the code is shown once, never cached.
        let choi = vec![
            ("name", "Choi Officer".into()),
            ("role", "officer".into()),
            ("lang", "ko".into()),
            ("once", once(&page)),
        ];
        let invited = post("/admin/users".into(), choi.clone()).await.unwrap();
        assert_eq!(invited.status(), 200);
        assert_eq!(invited.headers()["cache-control"], "no-store");
        let page = invited.text().await.unwrap();
        assert!(
            page.contains("Invited Choi Officer") && page.contains("class=\"secret\" readonly"),
            "{page}"
        );
        let listed = ok(&db, "en", &["user", "list"]);
        assert!(
            listed.contains("Choi Officer · Liaison officer · 한국어"),
            "{listed}"
        );
        // Found in a review: a reload sent the form again and a new code
        // voided the one on the screen. Now nothing is done twice.
        let again = post("/admin/users".into(), choi).await.unwrap();
        assert_eq!(again.status(), 409);
        assert!(again.text().await.unwrap().contains("already sent"));
        // A refused invitation says why in the console's words, above the
        // form as typed.
        let refused = post(
            "/admin/users".into(),
            vec![
                ("name", "Zhou Member".into()),
                ("role", "member".into()),
                ("once", once(&page) + "x"),
            ],
        )
        .await
        .unwrap();
        assert_eq!(refused.status(), 422);
        let text = refused.text().await.unwrap();
        assert!(
            text.contains("role=\"alert\">A member must be linked to a contact: fill in Contact")
                && text.contains("value=\"Zhou Member\"")
                && text.contains("value=\"member\" selected"),
            "{text}"
        );
        // Found in a review: a link for someone who has the bot, or for
        // another admin, would let an admin act as them. Refused.
        let promoted_first = post(
            format!("/admin/users/{mayor}/role"),
            vec![("role", "admin".into())],
        )
        .await
        .unwrap();
        assert_eq!(promoted_first.status(), 303);
        let theirs = post(
            format!("/admin/users/{mayor}/link"),
            vec![("once", "m1".into())],
        )
        .await
        .unwrap();
        assert_eq!(theirs.status(), 403);
        // A sign-in link for an officer without the bot: it signs them in.
        let linked = body(post(
            format!("/admin/users/{park}/link"),
            vec![("once", "p1".into())],
        ))
        .await;
        let url = linked
            .split(&format!("value=\"{}/signin/", server.base))
            .nth(1)
            .and_then(|rest| rest.split('"').next())
            .map(|token| format!("{}/signin/{token}", server.base))
            .unwrap_or_else(|| panic!("{linked}"));
        let confirm = http.get(&url).send().await.unwrap();
        assert_eq!(confirm.status(), 200);
        assert!(confirm.text().await.unwrap().contains("Park Officer"));
        // Disabling an officer hands their contacts over; the page says so.
        let disabled = post(
            format!("/admin/users/{park}/disable"),
            vec![("handover_to", seeded.spare.to_string())],
        )
        .await
        .unwrap();
        assert_eq!(disabled.status(), 303);
        let after = body(
            http.get(format!(
                "{}{}",
                server.base,
                disabled.headers()["location"].to_str().unwrap()
            ))
            .header("cookie", &cookie)
            .header("accept-language", "en")
            .send(),
        )
        .await;
        assert!(
            after.contains(&format!("Park Officer (#{park}) can no longer use Inmaek"))
                && after.contains("Spare Officer"),
            "{after}"
        );
        let shown = ok(&db, "en", &["contact", "show", "김영남"]);
        assert!(shown.contains("Spare Officer"), "{shown}");
        // Found in a trial: the access log showed `user:1:officer->user:5`
        // and lists of numbers, and would not take a contact by name.
        let access = body(
            http.get(format!(
                "{}/admin/access?contact={}",
                server.base,
                url::form_urlencoded::byte_serialize("김영남".as_bytes()).collect::<String>()
            ))
            .header("cookie", &cookie)
            .header("accept-language", "en")
            .send(),
        )
        .await;
        assert!(
            access.contains("Park Officer (Liaison officer) → Spare Officer")
                && access.contains("<td>Jin Yongnan</td>"),
            "{access}"
        );
        // Found in a trial: a user who does not exist got an empty log, as
        // if they had done nothing; and the log had no pages.
        let read = |path: String| {
            http.get(format!("{}{path}", server.base))
                .header("cookie", &cookie)
                .header("accept-language", "en")
                .send()
        };
        let nobody = read("/admin/access?user=9999".into()).await.unwrap();
        assert_eq!(nobody.status(), 404);
        assert!(
            nobody
                .text()
                .await
                .unwrap()
                .contains("There is no user #9999")
        );
        let first = body(read(format!("/admin/access?user={admin}"))).await;
        assert!(
            first.contains("Entries 1–") && !first.contains("Older →"),
            "{first}"
        );
        // Pages are anchored to entries (reading the log adds a line and
        // shifted numbered pages by one): nothing is older than entry 1.
        let beyond = body(read(format!("/admin/access?user={admin}&before=1"))).await;
        assert!(
            beyond.contains("No entries are older than these")
                && beyond.contains(&format!("href=\"/admin/access?user={admin}\">← Newer")),
            "{beyond}"
        );
        // Found in a trial: a user and a contact together showed the
        // contact's whole log; channels and scopes were raw words.
        let both = body(read(format!(
            "/admin/access?user={admin}&contact={}&lang=ko",
            seeded.kim
        )))
        .await;
        assert!(
            both.contains("다음에 해당하는 기록만") && both.contains("전체 기록"),
            "{both}"
        );
        assert!(
            both.contains("<td>콘솔</td>")
                && !both.contains("<td>cli</td>")
                && !both.contains("<td>명령줄</td>"),
            "{both}"
        );
        assert_eq!(http.post(&url).send().await.unwrap().status(), 404);
        // Oneself: refused in words.
        let own = post(format!("/admin/users/{admin}/disable"), vec![])
            .await
            .unwrap();
        assert_eq!(own.status(), 422);
        assert!(
            own.text()
                .await
                .unwrap()
                .contains("You cannot disable your own account")
        );
        // Enabled again; a role changed.
        let enabled = post(format!("/admin/users/{park}/enable"), vec![])
            .await
            .unwrap();
        assert_eq!(enabled.status(), 303);
        // The last admin stays: Mayor Aide may be demoted while Admin Lee
        // remains, but not Admin Lee by anyone once alone.
        let demoted = post(
            format!("/admin/users/{mayor}/role"),
            vec![("role", "mayor-office".into())],
        )
        .await
        .unwrap();
        assert_eq!(demoted.status(), 303);
        let last = common::inmaek(&db, "en", &["user", "disable", "Admin Lee"]);
        assert!(
            last.code != 0 && last.stderr.contains("the only active admin"),
            "{}",
            last.stderr
        );
        let listed = ok(&db, "en", &["user", "list"]);
        assert!(
            listed.contains(&format!(
                "#{park} Park Officer · Liaison officer · English · not yet enrolled"
            )) && listed.contains("Mayor Aide · Mayor's office"),
            "{listed}"
        );
        let log = ok(&db, "en", &["audit", "--user", "Admin Lee"]);
        assert!(
            log.contains(&format!(
                "Admin Lee (web) · ended a user's access · user:{park}"
            )),
            "{log}"
        );
    }
}

/// A server keeps sessions and users in memory between changes; a change
/// made by another process (the CLI, another `serve` on the same database)
/// is seen by the very next request: a role changed there, a user disabled
/// there, a session signed out there.
#[tokio::test]
async fn what_a_server_keeps_gives_way_at_once_to_a_change_made_elsewhere() {
    for db in TestDb::all() {
        let now = common::at("2026-11-30T09:00:00+09:00");
        let server = db.store_at(now).await;
        let elsewhere = Store::open(&db.url, db.clock.clone()).await.unwrap();
        let park = user(&server, "Park Officer", Role::Officer, None).await;
        let admin = user(&server, "Admin Lee", Role::Admin, None).await;
        let open = |store: Store, user_id: i32| async move {
            let link = store.create_sign_in_link(user_id).await.unwrap();
            store.sign_in(&link).await.unwrap().cookie
        };
        let cookie = open(server.clone(), park).await;
        let role = |store: Store, cookie: String| async move {
            store.session(&cookie).await.unwrap().map(|s| s.user.role)
        };
        // Read twice: the second from what the server keeps.
        assert_eq!(
            role(server.clone(), cookie.clone()).await,
            Some(Role::Officer)
        );
        assert_eq!(
            role(server.clone(), cookie.clone()).await,
            Some(Role::Officer)
        );
        elsewhere
            .set_role(park, Role::MayorOffice, None)
            .await
            .unwrap();
        assert_eq!(
            role(server.clone(), cookie.clone()).await,
            Some(Role::MayorOffice),
            "{}: a role changed elsewhere",
            db.backend
        );
        elsewhere.disable_user(park, None).await.unwrap();
        assert_eq!(
            role(server.clone(), cookie.clone()).await,
            None,
            "{}",
            db.backend
        );
        // Signed out on another server: ended here too.
        let admin_cookie = open(server.clone(), admin).await;
        assert_eq!(
            role(server.clone(), admin_cookie.clone()).await,
            Some(Role::Admin)
        );
        elsewhere.sign_out(&admin_cookie).await.unwrap();
        assert_eq!(
            role(server.clone(), admin_cookie).await,
            None,
            "{}",
            db.backend
        );
        // Idle for the idle limit: ended, kept or not.
        let cookie = open(server.clone(), admin).await;
        assert!(role(server.clone(), cookie.clone()).await.is_some());
        db.clock
            .set(now + inmaek::store::web::SESSION_IDLE + chrono::Duration::seconds(1));
        assert_eq!(role(server.clone(), cookie).await, None, "{}", db.backend);
    }
}
