//! `inmaek demo`: the product on a local SQLite file, chatting with the
//! real bot in the terminal.

use super::{Failure, Outcome};
use crate::cli::DemoArgs;
use crate::config::Config;
use crate::demo;
use crate::i18n;
use crate::store::Store;

/// Starts the web console on `wanted` (or any free port of 127.0.0.1 when
/// it is taken) and points the sign-in links there.
async fn start_console(
    store: &Store,
    config: &mut Config,
    wanted: std::net::SocketAddr,
) -> Result<tokio::task::JoinHandle<()>, Failure> {
    let listener = match tokio::net::TcpListener::bind(wanted).await {
        Ok(listener) => listener,
        Err(_) => tokio::net::TcpListener::bind((std::net::Ipv4Addr::LOCALHOST, 0))
            .await
            .map_err(|err| Failure::Listen {
                address: wanted.to_string(),
                reason: super::os_reason(&err),
            })?,
    };
    let address = listener.local_addr().map_err(|err| Failure::Listen {
        address: wanted.to_string(),
        reason: super::os_reason(&err),
    })?;
    config.web_url = format!("http://{address}");
    let router = crate::ops::router(store.clone()).merge(crate::web::router(
        crate::web::WebApp::new(store.clone(), config.clone()),
    ));
    Ok(tokio::spawn(async move {
        let _ = axum::serve(
            listener,
            router.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .await;
    }))
}

pub async fn run(mut config: Config, args: &DemoArgs) -> Outcome {
    let url = format!("sqlite://{}?mode=rwc", args.db.display());
    config.database_url = url.clone();
    let store = Store::open(&url, config.clock()).await?;
    let seeded = demo::prepare(&store, config.lang).await?;
    if seeded > 0 {
        super::out::line(&i18n::t_args(
            config.lang,
            "demo-seeded",
            &[
                ("count", seeded.into()),
                ("path", args.db.display().to_string().into()),
            ],
        ));
    }
    let console = start_console(&store, &mut config, args.web).await?;
    let officer = store.find_user(demo::DEMO_OFFICER).await?;
    let token = store.create_sign_in_link(officer.id).await?;
    let link = config.sign_in_url(&token);
    let result = demo::run_terminal(store, config, Some(link)).await;
    console.abort();
    match result {
        // The reader went away (`inmaek demo | head`): the demo ends quietly.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|err| Failure::Write {
            path: "stdout".to_owned(),
            reason: super::os_reason(&err),
        }),
    }
}
