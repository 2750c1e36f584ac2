//! Who is acting: the user (or the command line, or the scheduler) a
//! change or a read is recorded under. Set once where a request enters and
//! carried, task-local, into the units the writer runs for it.

/// Every channel a read or a change can come through (a dump's access log
/// may hold any of them).
pub const CHANNELS: &[&str] = &["cli", "system", "bot", "web", "api"];

/// Who read or changed something, through which channel.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    /// None: the admin's command line.
    pub user_id: Option<i32>,
    pub channel: &'static str,
}

impl Actor {
    pub const CLI: Actor = Actor {
        user_id: None,
        channel: "cli",
    };

    /// The scheduler, and changes made with no one acting (tests, restores
    /// by the system itself).
    pub const SYSTEM: Actor = Actor {
        user_id: None,
        channel: "system",
    };

    /// Someone not yet enrolled, writing to the bot (an enrolment).
    pub const BOT_STRANGER: Actor = Actor {
        user_id: None,
        channel: "bot",
    };

    pub fn bot(user_id: i32) -> Self {
        Actor {
            user_id: Some(user_id),
            channel: "bot",
        }
    }

    /// A signed-in user of the web console.
    pub fn web(user_id: i32) -> Self {
        Actor {
            user_id: Some(user_id),
            channel: "web",
        }
    }

    /// A user acting through the JSON API with a bearer token.
    pub fn api(user_id: i32) -> Self {
        Actor {
            user_id: Some(user_id),
            channel: "api",
        }
    }

    /// An enrolled user acting through the command line (`--as`).
    pub fn cli_as(user_id: i32) -> Self {
        Actor {
            user_id: Some(user_id),
            channel: "cli",
        }
    }

    /// Runs `work` with `self` as the one acting: every change it makes is
    /// recorded in the access log under this actor (`audit::changed`). Set once
    /// where a request enters: a bot update, a CLI command, a scheduler pass.
    pub async fn acting<F: std::future::Future>(self, work: F) -> F::Output {
        ACTOR.scope(self, work).await
    }

    /// Who is acting in this task ([`Actor::SYSTEM`] if no one was set).
    pub fn current() -> Actor {
        ACTOR.try_with(|actor| *actor).unwrap_or(Actor::SYSTEM)
    }
}

tokio::task_local! {
    static ACTOR: Actor;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_actor_speaks_through_a_listed_channel() {
        for actor in [
            Actor::CLI,
            Actor::SYSTEM,
            Actor::BOT_STRANGER,
            Actor::bot(1),
            Actor::web(1),
            Actor::api(1),
            Actor::cli_as(1),
        ] {
            assert!(CHANNELS.contains(&actor.channel), "{actor:?}");
        }
    }
}
