//! `inmaek demo`: the product on a local SQLite file, chatting with the
//! real bot in the terminal.

use super::{Failure, Outcome};
use crate::cli::DemoArgs;
use crate::config::Config;
use crate::demo;
use crate::i18n;
use crate::store::Store;

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
    match demo::run_terminal(store, config).await {
        // The reader went away (`inmaek demo | head`): the demo ends quietly.
        Err(err) if err.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.map_err(|err| Failure::Write {
            path: "stdout".to_owned(),
            reason: super::os_reason(&err),
        }),
    }
}
