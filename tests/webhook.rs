//! Scale-out: two `serve` instances in webhook mode on one PostgreSQL.
//! Each update is handled once whichever instance (or both) receives it,
//! each reminder goes out once while both run their scheduler, a request
//! without Telegram's secret is refused with 401, and the operations
//! endpoints answer on the same listener.

mod common;

use std::process::Child;
use std::time::{Duration, Instant};

use common::{TOKEN, TestDb};
use inmaek::domain::Lang;
use inmaek::domain::keys::{Category, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::users::Invitation;
use inmaek::telegram_sim::TelegramSim;
use sea_orm::{EntityTrait, PaginatorTrait};

const UPDATES: i64 = 20;
const OFFICER: i64 = 7_700;

fn serve(db: &TestDb, sim: &TelegramSim, port: u16) -> Child {
    common::serve_command(db, &sim.api_url())
        .args([
            "--listen",
            &format!("127.0.0.1:{port}"),
            "--webhook-url",
            &format!("https://bot.example.org/telegram/{port}"),
        ])
        .env("INMAEK_SCHEDULER_INTERVAL_SECS", "1")
        .spawn()
        .expect("serve starts")
}

fn update(db: &TestDb, update_id: i64, text: &str) -> serde_json::Value {
    serde_json::json!({
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": db.clock.now().timestamp(),
            "chat": { "id": OFFICER, "type": "private", "first_name": "Kim" },
            "from": { "id": OFFICER, "is_bot": false, "first_name": "Kim", "language_code": "en" },
            "text": text,
        }
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_webhook_instances_on_postgresql_handle_each_update_once() {
    let Some(db) = TestDb::all()
        .into_iter()
        .find(|db| db.backend == "postgres")
    else {
        eprintln!("skipped: TEST_DATABASE_URL is not set (this test needs PostgreSQL)");
        return;
    };
    let sim = TelegramSim::start_with_clock(db.clock.clone())
        .await
        .unwrap();
    // An officer in Seoul (where the test's clock says it is ten in the
    // morning), owning a relationship that is long overdue: each scheduler
    // pass of either instance would write them a digest.
    let now = common::at(common::NOW);
    {
        let store = db.store_at(now - chrono::Duration::days(400)).await;
        let invited = store
            .invite_user(Invitation {
                role: Role::Officer,
                name: "Kim Officer".into(),
                lang: Lang::En,
                time_zone: chrono_tz::Asia::Seoul,
                contact_id: None,
                valid_for: chrono::Duration::days(1),
            })
            .await
            .unwrap();
        let officer = store.redeem_code(&invited.code, OFFICER).await.unwrap();
        let contact = store
            .add_contact(NewContact {
                names: vec![PersonName::parse(NameForm::Hangul, "김영남").unwrap()],
                categories: vec![Category::Bridge],
                ..Default::default()
            })
            .await
            .unwrap();
        store
            .hand_contact_over(contact.id, officer.id)
            .await
            .unwrap();
    }
    db.clock.set(now);
    let ports = [common::free_port(), common::free_port()];
    let mut instances: Vec<Child> = ports.iter().map(|port| serve(&db, &sim, *port)).collect();
    let client = reqwest::Client::new();
    for port in ports {
        let started = Instant::now();
        loop {
            let ready = client
                .get(format!("http://127.0.0.1:{port}/readyz"))
                .send()
                .await;
            if ready.is_ok_and(|r| r.status() == 200) {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(30),
                "instance on {port} not ready"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let health = client
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .send()
            .await
            .unwrap();
        assert_eq!(health.status(), 200);
    }
    let secret = inmaek::ops::webhook_secret(TOKEN);
    let post = |port: u16, body: serde_json::Value, secret: Option<&str>| {
        let mut request = client
            .post(format!("http://127.0.0.1:{port}/telegram/{port}"))
            .header("content-type", "application/json")
            .body(body.to_string());
        if let Some(secret) = secret {
            request = request.header("x-telegram-bot-api-secret-token", secret);
        }
        request.send()
    };

    // Without the secret, or with another, nothing is handled.
    let forged = post(ports[0], update(&db, 1, "/log 김영남: forged"), None)
        .await
        .unwrap();
    assert_eq!(forged.status(), 401);
    let forged = post(
        ports[1],
        update(&db, 1, "/log 김영남: forged"),
        Some("wrong"),
    )
    .await
    .unwrap();
    assert_eq!(forged.status(), 401);

    // Each update delivered to one instance and again to the other (as
    // Telegram does after a timeout), all at once.
    let mut deliveries = Vec::new();
    for n in 0..UPDATES {
        let body = update(&db, 100 + n, &format!("/log 김영남: meeting number {n}"));
        deliveries.push(post(ports[(n % 2) as usize], body.clone(), Some(&secret)));
        deliveries.push(post(ports[((n + 1) % 2) as usize], body, Some(&secret)));
    }
    for delivery in futures_util::future::join_all(deliveries).await {
        assert_eq!(delivery.unwrap().status(), 200);
    }
    let replies = |sim: &TelegramSim| {
        sim.calls()
            .into_iter()
            .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(OFFICER))
            .filter(|c| c.text().is_some_and(|t| t.contains("Saved")))
            .count()
    };
    let started = Instant::now();
    while replies(&sim) < UPDATES as usize {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "{} replies of {UPDATES}",
            replies(&sim)
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Both schedulers have run several passes by now.
    tokio::time::sleep(Duration::from_secs(3)).await;
    let store = db.store_at(now).await;
    let interactions = inmaek::store::entity::interaction::Entity::find()
        .count(store.db_for_tests())
        .await
        .unwrap();
    assert_eq!(interactions, UPDATES as u64, "one interaction per update");
    assert_eq!(replies(&sim), UPDATES as usize, "one reply per update");
    let digests = sim
        .calls()
        .into_iter()
        .filter(|c| c.name() == "sendmessage" && c.chat_id() == Some(OFFICER))
        .filter(|c| {
            c.text()
                .is_some_and(|t| t.contains("김영남") && !t.contains("Saved"))
        })
        .count();
    assert_eq!(digests, 1, "one digest from two schedulers");
    let webhooks = sim
        .calls()
        .into_iter()
        .filter(|c| c.name() == "setwebhook")
        .count();
    assert_eq!(webhooks, 2, "each instance registers the same webhook");

    let metrics = client
        .get(format!("http://127.0.0.1:{}/metrics", ports[0]))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("inmaek_updates_total{kind=\"message\"} 20"),
        "{metrics}"
    );
    assert!(
        metrics.contains("inmaek_update_duration_seconds_bucket{kind=\"message\",le=\"+Inf\"} 20")
    );
    assert!(
        metrics.contains("inmaek_outbox_messages{status=\"sent\"} 1"),
        "{metrics}"
    );
    assert!(metrics.contains("# TYPE inmaek_sends_total counter"));

    for child in &instances {
        common::terminate(child);
    }
    for child in &mut instances {
        assert!(
            common::stopped_within(child, Duration::from_secs(5)).await,
            "stops within 5 s"
        );
    }
}
