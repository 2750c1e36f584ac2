//! Places are a hierarchy everywhere: for each of the three provinces, the
//! province includes its cities in `contact list --place`, in search
//! filters, in `/due`'s grouping, in event audiences and in briefs.

mod common;

use chrono::Duration;
use common::{TestApp, TestDb, at};
use inmaek::domain::keys::{Category, NameForm, Role};
use inmaek::domain::names::PersonName;
use inmaek::store::contacts::NewContact;
use inmaek::store::invitations::Audience;
use inmaek::telegram_sim::SimUser;

const NOW: &str = "2026-06-01T10:00:00+09:00";

/// Each province, one of its cities, and a city of another province.
const PROVINCES: [(&str, &str, &str, &str, &str); 3] = [
    ("jilin", "yanji", "harbin", "Jilin", "Yanji"),
    ("liaoning", "dalian", "changchun", "Liaoning", "Dalian"),
    (
        "heilongjiang",
        "mudanjiang",
        "shenyang",
        "Heilongjiang",
        "Mudanjiang",
    ),
];

async fn add(app: &TestApp, name: &str, place: &str) -> i32 {
    app.store
        .add_contact(NewContact {
            names: vec![PersonName::parse(NameForm::Latin, name).unwrap()],
            categories: vec![Category::Official],
            place: Some(place.into()),
            owner: Some("Lee Officer".into()),
            ..Default::default()
        })
        .await
        .unwrap()
        .id
}

fn ids(output: &str) -> Vec<String> {
    output
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(|id| id.trim_start_matches('#').to_owned())
        .filter(|id| id.parse::<i32>().is_ok())
        .collect()
}

#[tokio::test]
async fn a_province_includes_its_cities_in_lists_search_due_audiences_and_briefs() {
    for db in TestDb::all() {
        let app = TestApp::spawn(&db, at(NOW)).await;
        let officer = SimUser::new(41, "Lee", Some("en"));
        app.enrol(&officer, "Lee Officer", Role::Officer).await;
        let event = app
            .store
            .add_event(common::forum(
                "Northeast Asia forum",
                at(NOW) + Duration::days(20),
                "harbin",
            ))
            .await
            .unwrap()
            .id;
        for (province, city, elsewhere, province_en, city_en) in PROVINCES {
            let in_province = add(&app, &format!("Zhang {province}"), province).await;
            let in_city = add(&app, &format!("Zhang {city}"), city).await;
            let outside = add(&app, &format!("Zhang {elsewhere}"), elsewhere).await;

            let listed = ids(&common::ok(
                &db,
                "en",
                &["contact", "list", "--place", province],
            ));
            assert!(
                listed.contains(&in_province.to_string()) && listed.contains(&in_city.to_string()),
                "{province}: {listed:?} on {}",
                db.backend
            );
            assert!(
                !listed.contains(&outside.to_string()),
                "{province}: {listed:?}"
            );
            // A city lists its own only.
            let listed = ids(&common::ok(
                &db,
                "en",
                &["contact", "list", "--place", city],
            ));
            assert_eq!(listed, [in_city.to_string()], "{city}");

            let found = common::ok(
                &db,
                "en",
                &[
                    "contact", "search", "Zhang", "--place", province, "--limit", "50",
                ],
            );
            assert!(
                found.contains(&format!("Zhang {city}"))
                    && found.contains(&format!("Zhang {province}"))
                    && !found.contains(&format!("Zhang {elsewhere}")),
                "{province}: {found}"
            );

            let audience = app
                .store
                .audience(
                    event,
                    &Audience {
                        places: vec![province.into()],
                        ..Default::default()
                    },
                )
                .await
                .unwrap();
            let mut expected = vec![in_province, in_city];
            expected.sort();
            let mut got: Vec<i32> = audience.iter().map(|i| i.contact_id).collect();
            got.retain(|id| [in_province, in_city, outside].contains(id));
            got.sort();
            assert_eq!(got, expected, "{province} audience");

            let brief = common::ok(&db, "en", &["brief", "--place", province]);
            assert!(
                brief.contains(&format!("Zhang {city}"))
                    && brief.contains(&format!("Zhang {province}")),
                "{province} brief"
            );
            let _ = (province_en, city_en);
        }

        // Half a year later every relationship is due: /due groups each
        // province's cities under it, the city headed with its province.
        db.clock.set(at(NOW) + Duration::days(200));
        let reply = app.send(&officer, "/due").await;
        let text = reply.text();
        for (_, _, _, province_en, city_en) in PROVINCES {
            assert!(
                text.contains(&format!("{province_en} › {city_en}")),
                "{text}"
            );
        }
        // Each province's lines are together: its own heading and its
        // cities' come one after another.
        let headings: Vec<&str> = text
            .lines()
            .filter(|line| line.contains("📍") || line.contains('›'))
            .collect();
        for (_, _, _, province_en, _) in PROVINCES {
            let at: Vec<usize> = headings
                .iter()
                .enumerate()
                .filter(|(_, h)| h.contains(province_en))
                .map(|(i, _)| i)
                .collect();
            assert!(
                at.windows(2).all(|w| w[1] == w[0] + 1),
                "{province_en} scattered: {headings:?}"
            );
        }
        app.stop().await;
    }
}
