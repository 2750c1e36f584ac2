# Output of the admin command line.

migrate-done = The database is up to date.

user-invited = Invited { $name } (#{ $id }) as { $role }, language { $lang }; the code expires { $expires }.
user-invited-how = They enrol by sending “/start { $code }” to the bot. The code works once.
user-list-empty = No users yet. Create one with “inmaek user invite”.
user-list-row = #{ $id } { $name } · { $role } · { $lang } · { $status }
user-enrolled = enrolled
user-not-enrolled = not yet enrolled
user-disabled = disabled
user-disabled-done = { $name } (#{ $id }) can no longer use Inmaek: the bot, --as, buttons already sent, web console sessions and API tokens refuse them from now on. { $messages ->
    [0] No queued message was waiting for them.
    [one] One queued message to them was dropped.
   *[other] { $messages } queued messages to them were dropped.
}
user-enabled-done = { $name } (#{ $id }) can use Inmaek again.
user-role-done = { $name } (#{ $id }) is now { $role }.
user-moved-to = { $contacts ->
    [one] One contact
   *[other] { $contacts } contacts
} and { $follow_ups ->
    [one] one open follow-up
   *[other] { $follow_ups } open follow-ups
} moved to { $officer }.
user-moved-unowned = { $contacts ->
    [one] One contact
   *[other] { $contacts } contacts
} and { $follow_ups ->
    [one] one open follow-up
   *[other] { $follow_ups } open follow-ups
} have no owner now; hand them over with “contact handover” or “user disable --handover-to”.

cadence-row = { $category } ({ $key }): every { $days ->
    [one] day
   *[other] { $days } days
}
cadence-set = { $category }: keep in touch every { $days ->
    [one] day
   *[other] { $days } days
}.

contact-added = Added contact #{ $id } { $name }.
contact-list-empty = No contacts match.
contact-list-row = #{ $id } { $name } · { $details }
contact-list-count = { $count ->
    [one] One contact.
   *[other] { $count } contacts.
}

health-ok = in touch (due { $days ->
    [0] later today
    [one] tomorrow
   *[other] in { $days } days
})
health-due = due{ $days ->
    [0] {""}
    [one] {" "}for a day
   *[other] {" "}for { $days } days
}
health-overdue = OVERDUE (no contact for { $days ->
    [one] one day
   *[other] { $days } days
})

card-title = #{ $id } { $names }
card-none = —
card-categories = Categories: { $value }
card-place = Place: { $value }
card-position-current = Position: { $title } — { $organization }
card-position-past = Former position: { $title } — { $organization }
card-owner = Owning officer: { $value }
card-interests = Interests: { $value }
card-lang = Language: { $value }
card-email = E-mail: { $value }
card-phone = Phone: { $value }
card-telegram = Telegram: { $value }
card-cadence-own = Keep in touch every { $days ->
    [one] day
   *[other] { $days } days
} (set for this contact): { $health }
card-cadence-default = Keep in touch every { $days ->
    [one] day
   *[other] { $days } days
} (category default): { $health }
card-cadence-office = Keep in touch every { $days ->
    [one] day
   *[other] { $days } days
} (office default, no category): { $health }
card-honor-noted = Honor: { $kind } { $date } ({ $status }) — { $note }
card-never = never
card-last-interaction = Last interaction: { $value }
card-honor = Honor: { $kind } { $date } ({ $status })
card-follow-ups = Open follow-ups ({ $count }):
card-follow-up-ours = { $date } — { $what } (Seoul promised)
card-follow-up-theirs = { $date } — { $what }
card-recent = Latest interactions ({ $count }):
card-notes = Notes: { $value }

interaction-added = Logged interaction #{ $id }: { $kind } on { $date } with { $contacts }.
interaction-list-empty = No interactions recorded.
interaction-row = #{ $id } { $date } { $kind }

export-done = Exported { $contacts ->
    [one] one contact
   *[other] { $contacts } contacts
} and { $interactions ->
    [one] one interaction
   *[other] { $interactions } interactions
} to { $path }.
import-checked = { $path } can be imported: { $contacts ->
    [one] one contact
   *[other] { $contacts } contacts
}, { $interactions ->
    [one] one interaction
   *[other] { $interactions } interactions
}, { $users ->
    [one] one user
   *[other] { $users } users
}. Nothing was written (dry run).
import-done = Imported { $path }: { $contacts ->
    [one] one contact
   *[other] { $contacts } contacts
}, { $interactions ->
    [one] one interaction
   *[other] { $interactions } interactions
}, { $users ->
    [one] one user
   *[other] { $users } users
}.

demo-banner = Inmaek demo — you are “Demo Officer”, a liaison officer, chatting with the real bot. Type messages and commands (/log, /who 김영남, /path 위안훙, /due, /add, /lang); press a button by typing its number; /quit leaves. The data are fictional.
demo-seeded = Created { $path } with { $count ->
    [one] one fictional contact
   *[other] { $count } fictional contacts
} and a year of interactions.
demo-bye = Goodbye. Your changes are kept in the demo database.

search-none = Nothing matches “{ $query }”.
search-contact = #{ $id } { $names } ({ $rank })
search-place = Place { $key }: { $names }
search-organization = Organization #{ $id }: { $name }
search-rank-exact = exact
search-rank-prefix = starts with
search-rank-fuzzy = one letter off
contact-merged = Merged #{ $other } { $other_name } into #{ $keep } { $name }.
import-not-in-encoding = not valid { $encoding } text
import-not-a-file = not a regular file (a directory, a device or a pipe); name a file
import-too-large = larger than { $max } MB: no contacts file or dump is that large
import-no-vcard = holds no vCard (no BEGIN:VCARD line); is it a contacts file?
import-not-utf8 = not UTF-8 text; it reads as { $likely }: name its encoding, e.g. --encoding { $first }, or save it as UTF-8
import-earlier-line = line { $line } of this file
import-row-invalid = line { $line }: { $column }: { $reason }
import-row-duplicate = line { $line }: already recorded as { $candidates }
import-csv-checked = { $path }: { $new } new, { $duplicates } duplicate, { $invalid ->
    [one] { $invalid } invalid row
   *[other] { $invalid } invalid rows
}. Nothing was written (dry run).
import-csv-done = Imported { $count ->
    [one] one contact
   *[other] { $count } contacts
} from { $path }{ $skipped ->
    [0] .
    [one] ; skipped one already recorded.
   *[other] ; skipped { $skipped } already recorded.
}
import-unknown-owner = { $count ->
    [one] One contact names
   *[other] { $count } contacts name
} an owner who is not a user here ({ $owners }): { $count ->
    [one] it is
   *[other] they are
} imported without an owner.
card-position-current-organization = Organization: { $organization }
card-position-past-organization = Former organization: { $organization }

cadence-set-contact = #{ $id } { $name }: own cadence every { $days ->
    [one] day
   *[other] { $days } days
}. Next contact due { $due }.
cadence-cleared-contact = #{ $id } { $name }: own cadence removed (the categories' applies). Next contact due { $due }.
contact-handover-done = { $from } → { $to }: { $contacts ->
    [one] one contact
   *[other] { $contacts } contacts
} and { $follow_ups ->
    [one] one open follow-up
   *[other] { $follow_ups } open follow-ups
} handed over.
reminders-tick-done = Queued { $digests ->
    [one] one digest
   *[other] { $digests } digests
} and { $follow_ups ->
    [one] one follow-up reminder
   *[other] { $follow_ups } follow-up reminders
}. Sent { $sent }, waiting to retry { $waiting }, dead { $dead }.
outbox-none = The queue is empty.
outbox-none-dead = No dead letters.
outbox-row = #{ $id } { $status } · { $kind } → { $recipient } · { $at } · { $attempts ->
    [one] { $attempts } attempt
   *[other] { $attempts } attempts
} { $error }
outbox-retried = #{ $id } { $kind }: queued again; the next relay sends it.
event-added = Event created: { $title } — { $when }
event-none = No upcoming events.
event-no-invitations = no invitations
event-count = { $status } { $count }
event-row = #{ $id } { $title } · { $kind } · { $when } · { $place } · { $counts }
event-row-cancelled = #{ $id } [cancelled] { $title } · { $kind } · { $when } · { $place } · { $counts }
event-invite-preview = { $title }: { $total ->
    [one] one contact
   *[other] { $total } contacts
} to invite — { $reachable ->
    [one] one member
   *[other] { $reachable } members
} the bot can reach; cannot be reached: { $no_account } without an account, { $no_consent } without consent, { $unreachable } unreachable. { $already } invited already.
event-invite-sample = For example: { $names }
event-invite-confirm = Run the same command with --yes to send. Nothing has been written yet.
event-invite-done = { $title }: { $queued ->
    [one] one invitation queued
   *[other] { $queued } invitations queued
}. { $unreachable ->
    [one] One contact cannot
   *[other] { $unreachable } contacts cannot
} be reached by the bot: see inmaek event unreachable { $id }. { $already } invited already.
event-attendee-row = #{ $id } { $name } · { $status } · { $delivery }
event-unreachable-row = #{ $id } { $name } · { $reason }
event-unreachable-none = Everyone invited can be reached by the bot.
member-revoked = { $name }: { $purposes } withdrawn; invitations still queued will not be sent and reminders about them stop.
member-no-consent = { $name }: there is no consent to withdraw.
consent-purpose-invitations = event invitations
consent-purpose-reminders = keep-in-touch reminders about them
consent-purpose-all = every consent (invitations and reminders about them)
export-done-events = Wrote { $events ->
    [one] one event
   *[other] { $events } events
} to { $path }.
event-changed = Changed: { $title } — { $when }. { $told ->
    [one] The one who accepted is told.
   *[other] The { $told } who accepted are told.
}
event-cancelled = Cancelled: { $title } — { $when }. Everyone who accepted is told.
audit-row = { $at } · { $who } ({ $channel }) · { $action } · { $scope } · subjects { $subjects }
audit-none = Nothing recorded.
audit-command-line = the admin command line
audit-all-contacts = all contacts
audit-action-card = read a card
audit-action-brief = read a brief
audit-action-export = export
contact-erase-confirm = #{ $id } { $names }: everything about this person (names, notes, follow-ups, invitations, member account, queued messages) will be erased for good; shared interactions keep the others with this person blacked out. Run again with --yes to erase.
contact-erased = #{ $id } erased: { $deleted ->
    [one] one interaction with them alone deleted
   *[other] { $deleted } interactions with them alone deleted
}, { $redacted ->
    [one] one shared interaction redacted
   *[other] { $redacted } shared ones redacted
}. The access log keeps them as { $pseudonym }.
contact-erased-traces = Blacked out of { $texts ->
    [one] one other text
   *[other] { $texts } other texts
} (notes, follow-ups, messages sent, the log's searches); { $dropped ->
    [one] one waiting message about them dropped
   *[other] { $dropped } waiting messages about them dropped
}; { $dialogues ->
    [one] one open conversation that mentioned them cleared, its officer told
   *[other] { $dialogues } open conversations that mentioned them cleared, their officers told
}.
audit-action-erase = erase
audit-action-mydata = their own data (/mydata)
audit-purged = Deleted { $count ->
    [one] one access record
   *[other] { $count } access records
} from before { $date } (only records older than two years can go).
audit-action-purge = purge of old access records
audit-action-contact-add = added a contact
audit-action-interaction-add = logged an interaction
audit-action-follow-up-done = follow-up done
audit-action-follow-up-moved = follow-up rescheduled
audit-action-follow-up-add = follow-up recorded
audit-action-follow-up-changed = follow-up changed (who promised)
audit-action-snooze = snoozed
audit-action-cadence = cadence changed
audit-action-handover = handed over
audit-action-merge = merged duplicates
audit-action-consent-given = consent given
audit-action-consent-declined = consent declined
audit-action-consent-withdrawn = consent withdrawn
audit-action-event-add = created an event
audit-action-event-change = changed an event
audit-action-event-cancel = cancelled an event
audit-action-invite = invited
audit-action-rsvp = answered an invitation
audit-action-check-in = checked in at an event
audit-action-user-invite = issued an enrolment code
audit-action-enrol = enrolled
audit-action-list = listed contacts
audit-action-search = searched
audit-action-interactions = listed interactions
audit-action-attendees = listed an event's attendees
audit-action-unreachable = listed members the bot cannot reach
audit-action-outbox = listed queued messages
audit-action-audit = read the access log
audit-action-users = listed users
audit-action-due = listed relationships due (/due)
audit-action-message = received a message naming them (digest, reminder)
audit-action-access-request = answered an access request
audit-action-user-disable = ended a user's access
audit-action-user-enable = gave a user access back
audit-action-user-role = changed a user's role
audit-action-restore = restored a dump
audit-action-outbox-retry = retried a message
audit-system = the scheduler
audit-stranger = an account enrolling
contact-data-written = Wrote what is stored about them to { $path } (readable by you only).

contact-edited = Changed contact #{ $id } { $name }.
position-added = Recorded the position at { $organization }.
position-end-done = Position #{ $id } ended on { $date }.
position-none = No positions recorded.
position-row-current = #{ $id } { $title } — { $organization } (since { $from })
position-row-past = #{ $id } { $title } — { $organization } ({ $from } – { $to })
org-added = Added organization { $name }.
org-changed = Changed organization { $name }.
org-merged = Merged { $gone } into { $name }.
org-none = No organizations yet.
org-row = #{ $id } { $name } · { $kind } · { $place } · { $people ->
        [one] 1 person holds a post
       *[other] { $people } people hold a post
    }
honor-added = Recorded: { $kind }.
honor-none = No honours recorded.
honor-row = #{ $id } { $name } — { $kind } { $date } ({ $status }) { $note }
committee-added = Added committee { $name }.
committee-changed = Changed committee { $name }.
committee-member-added = Seat on { $committee }: { $role }, { $side }.
committee-meeting-added = Recorded the meeting of { $committee } on { $date }, logged with { $count ->
        [one] 1 attendee
       *[other] { $count } attendees
    }.
committee-none = No committees yet.
committee-no-members = No members yet.
committee-row = #{ $id } { $name } · { $places } · { $members ->
        [one] 1 member
       *[other] { $members } members
    } · last meeting { $last }
committee-seat = {"  "}{ $name } — { $role }, { $side } { $from }–{ $to }
committee-meeting-row = {"  "}{ $date } { $place } — { $agenda } · { $attendees }
agreement-added = Recorded: { $place }, { $status }.
agreement-status-changed = Agreement #{ $id }: { $status } from { $date }.
agreement-none = No agreements recorded.
agreement-row = #{ $id } { $place } — { $status } · { $details }
project-added = Added project { $title }.
project-stage-changed = { $title }: { $stage } from { $date }.
project-follow-up-added = Follow-up on { $title } due { $date }.
project-none = No projects recorded.
project-row = #{ $id } { $title } — { $stage } · { $areas } · { $place } · { $orgs } · { $officer }
project-title-in = {"  "}{ $lang }: { $title }
project-step = {"  "}{ $date } { $stage }
project-follow-up-open = {"  "}☐ { $date } { $name }: { $what }
project-follow-up-done = {"  "}☑ { $date } { $name }: { $what }
relation-added = Recorded: { $sentence }.
relation-none = No ties recorded.
relation-by-admin = the admin
relation-row = #{ $id } { $sentence } — recorded by { $by } on { $date } { $note }
relation-removed = Removed tie #{ $id }.
path-header = { $count ->
        [one] The best way in to { $name }:
       *[other] The best { $count } ways in to { $name }, shortest first:
    }
path-none = No known way in to { $name } yet: no officer has met them or anyone tied to them.
path-step-met = { $officer } met { $name } { $times ->
        [one] once
       *[other] { $times } times
    }, last on { $date }
path-step-together = { $a } and { $b } met together { $times ->
        [one] once
       *[other] { $times } times
    }, last on { $date }
path-tie-introduced = { $a } introduced { $b }
path-tie-colleague = { $a } and { $b } are colleagues
path-tie-superior = { $a } is { $b }'s superior
path-tie-family = { $a } and { $b } are family
path-tie-classmate = { $a } and { $b } were classmates
path-tie-friend = { $a } and { $b } are friends
audit-action-committee = read a committee
audit-action-agreement = read agreements
audit-action-project = read projects
audit-action-organizations = listed organizations
audit-action-positions = read positions
audit-action-honors = read honours
audit-action-relations = read ties
audit-action-path = looked for ways in
audit-action-contact-edit = changed a contact
audit-action-honor-add = recorded an honour
audit-action-committee-add = added a committee
audit-action-committee-change = changed a committee
audit-action-committee-member = seated a committee member
audit-action-committee-meeting = recorded a committee meeting
audit-action-agreement-add = recorded an agreement
audit-action-agreement-status = moved an agreement
audit-action-project-add = added a project
audit-action-project-stage = moved a project
audit-action-org-add = added an organization
audit-action-org-change = changed an organization
audit-action-org-merge = merged organizations
audit-action-position-add = recorded a position
audit-action-position-end = ended a position
audit-action-relation-add = recorded a tie
audit-action-relation-remove = removed a tie

card-birthday = Birthday: { $date } (next: { $next })
card-birthday-lunar = Birthday: { $date }, lunar calendar (next: { $next })
card-tie = Tie: { $kind } — { $name }
card-tie-superior-of = Tie: superior of { $name }
card-tie-reports-to = Tie: reports to { $name }
card-tie-introduced = Tie: introduced { $name }
card-tie-introduced-by = Tie: introduced by { $name }

card-seat = Committee: { $committee } ({ $role })
table-exported = { $count ->
        [one] Wrote 1 row to { $path }.
       *[other] Wrote { $count } rows to { $path }.
    }
table-checked = { $count ->
        [one] 1 row is valid; nothing was written (--dry-run).
       *[other] All { $count } rows are valid; nothing was written (--dry-run).
    }
table-imported = { $count ->
        [one] Imported 1 row
       *[other] Imported { $count } rows
    }{ $skipped ->
        [0] .
        [one] ; 1 was recorded already and skipped.
       *[other] ; { $skipped } were recorded already and skipped.
    }

table-no-rows = the file has no rows under its header; nothing was imported
audit-action-web-link = made a sign-in link to the web console
audit-action-web-sign-in = signed in to the web console
audit-action-web-sign-out = signed out of the web console
audit-action-token-create = created an API token
audit-action-token-revoke = revoked an API token
web-link-made = Sign-in link for { $name }, valid { $minutes } minutes and once only:
token-created = API token #{ $id } for { $name } (read and write). It is shown only now; keep it secret:
token-created-read-only = API token #{ $id } for { $name } (read only). It is shown only now; keep it secret:
token-revoked = API token #{ $id } is revoked; it no longer works.
token-list-empty = No API tokens yet.
token-row = #{ $id } · { $name } · { $access } · created { $created } · last used { $used } · { $state }
token-read-only = read only
token-read-write = read and write
token-state-active = active
token-state-revoked = revoked { $date }
kind-token = API token
demo-console = Web console: { $url } — sign in as the demo officer (once, within 10 minutes): { $link }   In the chat, /web makes a new link.
