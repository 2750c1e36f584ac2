//! The closed vocabularies of the domain (DOMAIN.md): each is an enum with a
//! stable key used in the database, files, the CLI and Fluent message ids.

use std::fmt;

use super::Error;

/// Folds a key the way people type it: `Next-Gen-Leader` → `next_gen_leader`.
fn fold(value: &str) -> String {
    value.trim().to_lowercase().replace(['-', ' '], "_")
}

macro_rules! key_enum {
    ($(#[$meta:meta])* $name:ident, $kind:literal { $($variant:ident => $key:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in a stable order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            /// What the key names, for error messages (a Fluent id suffix).
            pub const KIND: &'static str = $kind;

            /// The stable key stored in the database.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// Parses a key, forgiving case, spaces and `-` for `_`.
            pub fn parse(value: &str) -> Result<Self, Error> {
                let folded = fold(value);
                Self::ALL
                    .iter()
                    .copied()
                    .find(|candidate| fold(candidate.key()) == folded)
                    .ok_or_else(|| Error::UnknownKey {
                        kind: $kind,
                        value: value.trim().to_owned(),
                        expected: Self::ALL.iter().map(|v| v.key()).collect(),
                    })
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.key())
            }
        }

        /// Compares with a stored key, as in `row.kind == "meeting"`.
        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.key() == *other
            }
        }

        impl std::str::FromStr for $name {
            type Err = Error;
            fn from_str(value: &str) -> Result<Self, Error> {
                Self::parse(value)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.key())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                Self::parse(&value).map_err(serde::de::Error::custom)
            }
        }
    };
}

key_enum!(
    /// Who a contact is to Seoul; a contact may carry several.
    Category, "category" {
        SeoulClub => "seoul_club",
        HonoraryCitizen => "honorary_citizen",
        NextGenLeader => "next_gen_leader",
        Bridge => "bridge",
        Official => "official",
        Researcher => "researcher",
    }
);

key_enum!(
    /// The policy areas Seoul shares (interests of contacts, topics of interactions).
    PolicyArea, "policy-area" {
        Transportation => "transportation",
        EGovernment => "e_government",
        Waterworks => "waterworks",
        Environment => "environment",
        UrbanPlanningHousing => "urban_planning_housing",
        Sewage => "sewage",
    }
);

key_enum!(
    /// The diplomacy track of an interaction.
    Track, "track" {
        Political => "political",
        Public => "public",
        Economic => "economic",
        Peace => "peace",
    }
);

key_enum!(
    /// What kind of contact an interaction was.
    InteractionKind, "interaction-kind" {
        Meeting => "meeting",
        Call => "call",
        Message => "message",
        Event => "event",
        Visit => "visit",
        LetterGift => "letter_gift",
    }
);

key_enum!(
    /// What a user of Inmaek may do.
    Role, "role" {
        Officer => "officer",
        MayorOffice => "mayor-office",
        Admin => "admin",
        Member => "member",
    }
);

key_enum!(
    /// The script or status of one written form of a person's name.
    NameForm, "name-form" {
        Hangul => "hangul",
        Hanzi => "hanzi",
        Latin => "latin",
        Alias => "alias",
        Former => "former",
    }
);

key_enum!(
    /// Seoul's honors and memberships.
    HonorKind, "honor-kind" {
        HonoraryCitizen => "honorary_citizen",
        SeoulClub => "seoul_club",
        Award => "award",
    }
);

key_enum!(
    HonorStatus, "honor-status" {
        Active => "active",
        Lapsed => "lapsed",
        Revoked => "revoked",
    }
);

key_enum!(
    /// Where a city stands with Seoul.
    AgreementStatus, "agreement-status" {
        Exploring => "exploring",
        Friendship => "friendship",
        SisterCity => "sister_city",
        Mou => "mou",
        Renewed => "renewed",
        Suspended => "suspended",
    }
);

key_enum!(
    /// The stage of a cooperation project (economic diplomacy).
    ProjectStage, "project-stage" {
        Idea => "idea",
        Proposal => "proposal",
        Mou => "mou",
        Pilot => "pilot",
        Running => "running",
        Done => "done",
        Stopped => "stopped",
    }
);

key_enum!(
    /// A seat on a committee.
    CommitteeRole, "committee-role" {
        Chair => "chair",
        ViceChair => "vice_chair",
        Secretary => "secretary",
        Member => "member",
    }
);

key_enum!(
    /// Which side of a joint committee a member sits on.
    Side, "side" {
        Seoul => "seoul",
        Counterpart => "counterpart",
    }
);

key_enum!(
    /// A tie between two people someone recorded. `superior`: the first
    /// is the second's superior; `introduced`: the first introduced the
    /// second (to Seoul, or to someone); the others go both ways.
    TieKind, "tie-kind" {
        Introduced => "introduced",
        Colleague => "colleague",
        Superior => "superior",
        Family => "family",
        Classmate => "classmate",
        Friend => "friend",
    }
);

key_enum!(
    /// A way to reach a contact beyond the first e-mail and phone.
    DetailKind, "detail-kind" {
        Email => "email",
        Phone => "phone",
    }
);

key_enum!(
    OrganizationKind, "organization-kind" {
        Government => "government",
        ResearchInstitute => "research_institute",
        University => "university",
        Company => "company",
        Association => "association",
        Other => "other",
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_parsed_forgiving_case_and_dashes() {
        assert_eq!(
            Category::parse("Next-Gen-Leader").unwrap(),
            Category::NextGenLeader
        );
        assert_eq!(Role::parse("mayor_office").unwrap(), Role::MayorOffice);
        assert_eq!(Role::parse(" MAYOR-OFFICE ").unwrap(), Role::MayorOffice);
    }

    #[test]
    fn an_unknown_key_names_the_value_and_what_was_expected() {
        let err = Category::parse("vip").unwrap_err();
        match err {
            Error::UnknownKey {
                kind,
                value,
                expected,
            } => {
                assert_eq!(kind, "category");
                assert_eq!(value, "vip");
                assert!(expected.contains(&"seoul_club"));
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

key_enum!(
    /// What kind of event Seoul holds or takes part in.
    EventKind, "event-kind" {
        Forum => "forum",
        SeoulClub => "seoul_club_gathering",
        AcademicExchange => "academic_exchange",
        DelegationVisit => "delegation_visit",
        Other => "other",
    }
);

key_enum!(
    /// Where an invitation stands.
    InvitationStatus, "invitation-status" {
        Invited => "invited",
        Accepted => "accepted",
        Declined => "declined",
        Tentative => "tentative",
        Waitlisted => "waitlisted",
        Attended => "attended",
        NoShow => "no_show",
    }
);
