//! What each page and action of the console asks of the role: the table
//! the handlers follow (`Signed::require`) and a test walks for every role.

use crate::domain::access::Action;

/// A page or action: method, an example address, and the permission it
/// needs (`None`: any signed-in user).
#[derive(Debug, Clone, Copy)]
pub struct Page {
    pub method: &'static str,
    pub path: &'static str,
    pub action: Option<Action>,
}

const fn page(method: &'static str, path: &'static str, action: Option<Action>) -> Page {
    Page {
        method,
        path,
        action,
    }
}

/// Every page and action; `{contact}`, `{event}`, `{user}` stand for an
/// existing id (`{user}` one the walk may disable and enable again),
/// `{invitation}` for one that is not the event's (a check-in answered 404).
pub const PAGES: &[Page] = &[
    page("GET", "/", None),
    page("GET", "/contacts", Some(Action::ReadCard)),
    page("GET", "/contacts?q=a", Some(Action::ReadCard)),
    page("GET", "/contacts/results?q=a", Some(Action::ReadCard)),
    page("GET", "/contacts/{contact}", Some(Action::ReadCard)),
    page("POST", "/contacts/{contact}", Some(Action::EditContact)),
    page("GET", "/contacts/{contact}/brief", Some(Action::ReadBrief)),
    page("GET", "/places", Some(Action::ReadBrief)),
    page("GET", "/places/harbin/brief", Some(Action::ReadBrief)),
    page("GET", "/institutions", Some(Action::ReadBrief)),
    page("GET", "/office", Some(Action::ReadBrief)),
    page("GET", "/due", Some(Action::KeepInTouch)),
    page("GET", "/events", Some(Action::ReadEvents)),
    page("GET", "/events/{event}", Some(Action::ReadEvents)),
    page("POST", "/events/{event}/invite", Some(Action::ManageEvents)),
    page(
        "POST",
        "/events/{event}/checkin/{invitation}",
        Some(Action::KeepInTouch),
    ),
    page("GET", "/admin/users", Some(Action::ManageUsers)),
    page("POST", "/admin/users", Some(Action::ManageUsers)),
    page(
        "POST",
        "/admin/users/{user}/link",
        Some(Action::ManageUsers),
    ),
    page(
        "POST",
        "/admin/users/{user}/role",
        Some(Action::ManageUsers),
    ),
    page(
        "POST",
        "/admin/users/{user}/disable",
        Some(Action::ManageUsers),
    ),
    page(
        "POST",
        "/admin/users/{user}/enable",
        Some(Action::ManageUsers),
    ),
    page("GET", "/admin/access", Some(Action::ReadAudit)),
    page("GET", "/api/v1/contacts?q=a", Some(Action::ReadCard)),
    page("GET", "/api/v1/contacts/{contact}", Some(Action::ReadCard)),
    page("GET", "/api/v1/events", Some(Action::ReadEvents)),
    page("GET", "/api/v1/events/{event}", Some(Action::ReadEvents)),
    page("GET", "/api/v1/follow-ups", Some(Action::KeepInTouch)),
    page("GET", "/api/v1/committees", Some(Action::ReadBrief)),
    page("GET", "/api/v1/agreements", Some(Action::ReadBrief)),
    page("GET", "/api/v1/projects", Some(Action::ReadBrief)),
    page(
        "GET",
        "/api/v1/briefs/places/harbin",
        Some(Action::ReadBrief),
    ),
    page(
        "GET",
        "/api/v1/briefs/contacts/{contact}",
        Some(Action::ReadBrief),
    ),
    page(
        "GET",
        "/api/v1/interactions?contact={contact}",
        Some(Action::ReadCard),
    ),
    page("POST", "/api/v1/interactions", Some(Action::LogInteraction)),
];
