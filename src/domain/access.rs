//! Who may do what: deny by default, one table.

use super::keys::Role;

/// Something a user asks Inmaek to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// `/log`, forwarding a message to log it.
    LogInteraction,
    /// `/add`.
    AddContact,
    /// `/who`: read a contact's card.
    ReadCard,
    /// `/due` and the digest's buttons: snooze, done, hand over.
    KeepInTouch,
    /// `/brief`: a relationship brief on a place or a person.
    ReadBrief,
    /// `/lang`, `/help`, `/cancel`.
    OwnSettings,
    /// Events: create, invite, change, cancel (`/event`, `/invite`, CLI).
    ManageEvents,
    /// Events with their invitations and attendees.
    ReadEvents,
    /// Contact upkeep: merge, hand over, cadences.
    ManageContacts,
    /// Everything at once out of the system: `export`.
    ExportData,
    /// Many contacts at once into it: `import`.
    ImportData,
    /// Accounts and members' consents: `user invite|list`, `member revoke`.
    ManageUsers,
    /// The access log: `audit`.
    ReadAudit,
    /// A person's erasure: `contact erase`.
    EraseData,
    /// Running the system: `serve`, `migrate`, `reminders tick`, `outbox`.
    Operate,
    /// The office's rules: a category's keep-in-touch cadence.
    OfficeSettings,
    /// Change a contact (`contact edit`, the card's *Edit*): its owner
    /// (an officer) or an admin.
    EditContact,
    /// Committees, agreements, projects, honours, organizations,
    /// positions and ties between people.
    ManageInstitutions,
}

/// Whether `role` may do `action`. Admins work through the CLI; in the bot
/// they read like the mayor's office.
pub fn allowed(role: Role, action: Action) -> bool {
    match action {
        Action::OwnSettings => true,
        Action::ReadCard => matches!(role, Role::Officer | Role::MayorOffice | Role::Admin),
        // Admins may brief from the command line anyway; in the bot they read
        // like the mayor's office.
        Action::ReadBrief => matches!(role, Role::Officer | Role::MayorOffice | Role::Admin),
        Action::LogInteraction | Action::AddContact | Action::KeepInTouch => role == Role::Officer,
        Action::ManageEvents
        | Action::ReadEvents
        | Action::ManageContacts
        | Action::EditContact
        | Action::ManageInstitutions => {
            matches!(role, Role::Officer | Role::Admin)
        }
        Action::ExportData
        | Action::ImportData
        | Action::ManageUsers
        | Action::ReadAudit
        | Action::EraseData
        | Action::Operate
        | Action::OfficeSettings => role == Role::Admin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_officers_log_and_add_and_members_read_no_cards() {
        for role in Role::ALL {
            assert_eq!(
                allowed(*role, Action::LogInteraction),
                *role == Role::Officer
            );
            assert_eq!(allowed(*role, Action::AddContact), *role == Role::Officer);
            assert_eq!(allowed(*role, Action::KeepInTouch), *role == Role::Officer);
            assert_eq!(allowed(*role, Action::ReadCard), *role != Role::Member);
            assert_eq!(allowed(*role, Action::ReadBrief), *role != Role::Member);
            assert!(allowed(*role, Action::OwnSettings));
        }
    }
}
