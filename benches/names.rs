//! Figures for the names-and-import issue, printed, never asserted:
//! importing 100,000 contacts from CSV (rows/s) next to a plain insert of
//! the same rows in the same run, and search latency (p50/p99) over them.
//!
//!     cargo bench --bench names                 # SQLite (a temporary file)
//!     BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo bench --bench names
//!
//! `BENCH_CONTACTS` changes the number of contacts (default 100000).

mod common;

use std::time::Instant;

use common::{backend, env_number, fresh_store, percentile};

use inmaek::domain::hangul::{romanize, surname_spellings};
use inmaek::exchange::csv::parse_contacts;
use inmaek::store::contacts::Resolver;
use inmaek::store::entity::{contact, contact_category, contact_name, name_key};
use inmaek::store::insert_rows;
use sea_orm::{ActiveModelTrait, EntityTrait, IntoActiveModel};

const SURNAMES: &[(&str, &str)] = &[
    ("김", "金"),
    ("이", "李"),
    ("박", "朴"),
    ("최", "崔"),
    ("정", "郑"),
    ("강", "姜"),
    ("조", "赵"),
    ("윤", "尹"),
    ("장", "张"),
    ("임", "林"),
    ("한", "韩"),
    ("오", "吴"),
    ("서", "徐"),
    ("신", "申"),
    ("권", "权"),
    ("황", "黄"),
    ("안", "安"),
    ("송", "宋"),
    ("류", "柳"),
    ("홍", "洪"),
    ("전", "全"),
    ("고", "高"),
    ("문", "文"),
    ("양", "杨"),
    ("손", "孙"),
    ("배", "裴"),
    ("백", "白"),
    ("허", "许"),
    ("남", "南"),
    ("심", "沈"),
    ("노", "卢"),
    ("하", "河"),
    ("곽", "郭"),
    ("성", "成"),
    ("차", "车"),
    ("주", "朱"),
    ("우", "禹"),
    ("구", "具"),
    ("민", "闵"),
    ("진", "陈"),
];
const GIVEN: &[(&str, &str)] = &[
    ("영", "永"),
    ("남", "男"),
    ("수", "秀"),
    ("철", "哲"),
    ("민", "敏"),
    ("지", "智"),
    ("현", "贤"),
    ("준", "俊"),
    ("호", "浩"),
    ("성", "星"),
    ("훈", "勋"),
    ("우", "宇"),
    ("진", "真"),
    ("혜", "惠"),
    ("미", "美"),
    ("은", "恩"),
    ("정", "正"),
    ("광", "光"),
    ("명", "明"),
    ("석", "石"),
    ("동", "东"),
    ("희", "熙"),
    ("경", "京"),
    ("재", "在"),
    ("태", "泰"),
    ("상", "相"),
    ("원", "元"),
    ("용", "龙"),
    ("선", "善"),
    ("연", "延"),
    ("화", "华"),
    ("춘", "春"),
    ("순", "顺"),
    ("옥", "玉"),
    ("란", "兰"),
    ("국", "国"),
    ("문", "文"),
    ("학", "学"),
    ("덕", "德"),
    ("복", "福"),
    ("길", "吉"),
    ("인", "仁"),
    ("의", "义"),
    ("예", "艺"),
    ("송", "松"),
    ("하", "夏"),
    ("봉", "凤"),
    ("란", "岚"),
    ("청", "清"),
    ("해", "海"),
];

struct Person {
    hangul: String,
    hanzi: String,
    latin: String,
}

fn people(count: usize) -> Vec<Person> {
    let mut out = Vec::with_capacity(count);
    'outer: for (a, first) in GIVEN.iter().enumerate() {
        for (b, second) in GIVEN.iter().enumerate() {
            for (c, surname) in SURNAMES.iter().enumerate() {
                if out.len() == count {
                    break 'outer;
                }
                let _ = (a, b, c);
                let given_hangul = format!("{}{}", first.0, second.0);
                let latin_surname = surname_spellings(surname.0)
                    .get(1)
                    .cloned()
                    .unwrap_or_else(|| romanize(surname.0));
                let mut given_latin = romanize(&given_hangul);
                given_latin[..1].make_ascii_uppercase();
                let mut surname_latin = latin_surname;
                surname_latin[..1].make_ascii_uppercase();
                out.push(Person {
                    hangul: format!("{}{given_hangul}", surname.0),
                    hanzi: format!("{}{}{}", surname.1, first.1, second.1),
                    latin: format!("{surname_latin} {given_latin}"),
                });
            }
        }
    }
    out
}

fn csv_of(people: &[Person]) -> String {
    let mut text = String::from("name_hangul,name_hanzi,name_latin,categories,place\n");
    let categories = [
        "bridge",
        "official",
        "researcher",
        "next_gen_leader",
        "seoul_club",
        "honorary_citizen",
    ];
    let places = ["changchun", "harbin", "shenyang", "yanji", "dalian"];
    for (i, p) in people.iter().enumerate() {
        text.push_str(&format!(
            "{},{},{},{},{}\n",
            p.hangul,
            p.hanzi,
            p.latin,
            categories[i % 6],
            places[i % 5]
        ));
    }
    text
}

#[tokio::main]
async fn main() {
    let count = env_number("BENCH_CONTACTS", 100_000);
    let (base, backend) = backend();
    let people = people(count);
    let csv = csv_of(&people);
    println!("names bench: {} contacts, {backend}", people.len());

    // Inmaek's import: parse, resolve, check duplicates, insert with names and keys.
    let (store, _) = fresh_store(base.as_deref(), "inmaek_bench_import").await;
    let started = Instant::now();
    let (rows, invalid) = parse_contacts(&csv).unwrap();
    assert!(invalid.is_empty());
    let mut resolver = Resolver::default();
    let mut prepared = Vec::with_capacity(rows.len());
    for row in rows {
        prepared.push(resolver.prepare(&store, row.contact).await.unwrap());
    }
    let keys: Vec<String> = prepared
        .iter()
        .flat_map(|p| {
            p.new
                .names
                .iter()
                .flat_map(|n| inmaek::domain::namekeys::query_keys(&n.value))
        })
        .collect();
    let checked = started.elapsed();
    let _known = store.contacts_by_keys(&keys).await.unwrap();
    let deduped = started.elapsed();
    store
        .import_contacts(prepared, resolver, |_| {})
        .await
        .unwrap();
    println!(
        "  phases: parse and resolve {:.2} s, duplicate check {:.2} s, insert {:.2} s",
        checked.as_secs_f64(),
        (deduped - checked).as_secs_f64(),
        (started.elapsed() - deduped).as_secs_f64()
    );
    let import_secs = started.elapsed().as_secs_f64();
    let import_rate = people.len() as f64 / import_secs;

    // Baseline, same run: the rows the import wrote (contacts, names, search
    // keys, categories), inserted into an empty database by the same driver
    // in one transaction with multi-row statements.
    let (plain, _) = fresh_store(base.as_deref(), "inmaek_bench_plain").await;
    let contacts = rows_of::<contact::Entity>(&store).await;
    let names = rows_of::<contact_name::Entity>(&store).await;
    let keys = rows_of::<name_key::Entity>(&store).await;
    let categories = rows_of::<contact_category::Entity>(&store).await;
    let written = contacts.len() + names.len() + keys.len() + categories.len();
    let started = Instant::now();
    plain
        .write(move |txn| {
            let (contacts, names, keys, categories) = (
                contacts.clone(),
                names.clone(),
                keys.clone(),
                categories.clone(),
            );
            Box::pin(async move {
                insert_rows(txn, contacts).await?;
                insert_rows(txn, names).await?;
                insert_rows(txn, keys).await?;
                insert_rows(txn, categories).await?;
                Ok(())
            })
        })
        .await
        .unwrap();
    let plain_secs = started.elapsed().as_secs_f64();
    let plain_rate = people.len() as f64 / plain_secs;
    println!(
        "plain insert:   {:>10.0} contacts/s ({plain_secs:.2} s for the {written} rows they are)",
        plain_rate
    );
    println!(
        "inmaek import:  {:>10.0} contacts/s ({import_secs:.2} s) = {:.2}x the plain insert (goal ≥ 0.5×); {} name keys",
        import_rate,
        import_rate / plain_rate,
        store.name_key_count().await.unwrap()
    );

    // Search: names in the three scripts, whole and by prefix.
    let mut latencies = Vec::new();
    let mut found = 0usize;
    for (i, p) in people
        .iter()
        .step_by((people.len() / 1000).max(1))
        .enumerate()
    {
        let query = match i % 5 {
            0 => p.hangul.clone(),
            1 => p.hanzi.clone(),
            2 => p.latin.clone(),
            3 => p.latin.to_lowercase().replace(' ', ""),
            _ => p.hangul.chars().take(2).collect(),
        };
        let started = Instant::now();
        let matches = store.find_contacts(&query, 8).await.unwrap();
        latencies.push(started.elapsed());
        found += usize::from(!matches.is_empty());
    }
    latencies.sort();
    println!(
        "search:         p50 {:.2} ms, p99 {:.2} ms over {} queries ({} found something)",
        percentile(&latencies, 0.50).as_secs_f64() * 1000.0,
        percentile(&latencies, 0.99).as_secs_f64() * 1000.0,
        latencies.len(),
        found
    );
}

/// Every row of a table, ready to insert elsewhere as it is.
async fn rows_of<E>(store: &inmaek::store::Store) -> Vec<E::ActiveModel>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E>,
{
    E::find()
        .all(store.db_for_tests())
        .await
        .unwrap()
        .into_iter()
        .map(|row| row.into_active_model().reset_all())
        .collect()
}
