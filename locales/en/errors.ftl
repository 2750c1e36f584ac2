# One sentence per refusal, naming the field and the value.

kind-category = category
kind-policy-area = policy area
kind-track = diplomacy track
kind-interaction-kind = interaction kind
kind-role = role
kind-name-form = name form
kind-honor-kind = honor
kind-honor-status = honor status
kind-agreement-status = agreement status
kind-project-stage = project stage
kind-organization-kind = organization kind
kind-lang = language

kind-event-status = event status
kind-delivery = delivery
kind-consent-purpose = consent purpose

error-unknown-key = Unknown { $kind } “{ $value }”; expected one of: { $expected }.
error-unknown-place = Unknown place “{ $value }”: give a place key (harbin) or any of its names (Harbin, 哈尔滨, 하얼빈, 합이빈).
error-unknown-time-zone = Unknown time zone “{ $value }”: give an IANA name such as Asia/Seoul.
error-invalid-date = { $field }: “{ $value }” is not a valid date (expected YYYY-MM-DD).
error-no-database = There is no database at { $path } (DATABASE_URL). Create it with “inmaek migrate” (or “inmaek import FILE”, “inmaek user invite …”), or point DATABASE_URL at the existing one.
error-not-a-count = { $field }: “{ $value }” is not a number; write a whole number of at least { $least }, in digits (for example 40).
error-invalid-date-time = { $field }: “{ $value }” is not a valid date or time (expected YYYY-MM-DD, “YYYY-MM-DD HH:MM” or RFC 3339).
error-invalid-instant = { $field }: “{ $value }” is not a valid instant (expected RFC 3339, such as 2026-12-10T14:00:00+09:00).
error-invalid-local-time = { $field }: “{ $value }” is not a valid date and time (expected “YYYY-MM-DD HH:MM” in the event's time zone, or RFC 3339).
error-in-future = { $field }: “{ $value }” is in the future; log an interaction after it happened.
error-ends-before-start = { $field }: “{ $value }” is before the start.
error-empty = { $field } is empty.
error-too-long = { $field } is longer than { $max ->
    [one] one character
   *[other] { $max } characters
}.
error-invalid = { $field }: “{ $value }” is not valid.
error-year-out-of-range = { $field }: { $value } lies outside the years 1900 to 2100; check the year.
error-control-character = { $field } contains a control character ({ $code }); only a note may hold line breaks and tabs.
error-no-name = A contact needs at least one name: --hangul, --hanzi or --latin.
error-contact-not-found = No contact matches “{ $query }”.
error-ambiguous-contact = “{ $query }” matches several contacts; use the id of one of: { $candidates }.
error-only-near-names = No contact is named “{ $query }”; the nearest names are: { $candidates }. Give the id of the one you mean.
error-user-not-found = No user is named “{ $name }”.
error-import-invalid-rows = { $path }: { $count ->
    [one] one row is invalid
   *[other] { $count } rows are invalid
} (listed above); an import would write nothing.
error-not-an-officer = { $name } is not a liaison officer ({ $role }).
error-user-name-taken = A user named “{ $name }” is already enrolled; choose another name.
error-member-needs-contact = A member must be linked to a contact: add --contact.
error-contact-only-for-member = Only a member is linked to a contact: drop --contact or use --role member.
error-code-unknown = This enrolment code is not valid.
error-code-used = This enrolment code has already been used.
error-code-expired = This enrolment code has expired; ask an administrator for a new one.
error-telegram-already-enrolled = This Telegram account is already enrolled as another user.
error-dump-format = This file is not an Inmaek dump of a version this program reads (found “{ $found }”).
error-dump-invalid = The dump is refused at { $path }: { $reason } Nothing was imported.
error-dump-missing-reference = { $table }[{ $index }].{ $field } = { $value }: no such record in the dump; nothing was imported.
error-dump-duplicate-id = { $table }[{ $index }]: id { $id } appears twice; nothing was imported.
error-dump-place-conflict = { $table }[{ $index }]: place “{ $key }” conflicts with place “{ $existing }” of this database; nothing was imported.
error-dump-into-non-empty = The database already holds { $count ->
    [one] one record
   *[other] { $count } records
}; a dump is restored into an empty database only. Nothing was imported.
error-database = Database error: { $reason }
error-read-file = Cannot read { $path }: { $reason }
error-write-file = Cannot write { $path }: { $reason }
error-import-not-json = { $path } is not an Inmaek export: it is not JSON. Name its format with --format csv or --format vcard if it is one of those.
error-import-broken-json = { $path } is not complete JSON: it breaks off or goes wrong at line { $line }, column { $column }. Export it again.
error-import-not-export = { $path } is JSON but not an Inmaek export (an export begins with "format": "inmaek-dump"). Nothing was imported.
error-parse-file = { $path }:{ $line }:{ $column }: { $reason }
error-environment = The environment variable { $name } is missing or malformed.
error-listen = Cannot listen on { $address }: { $reason }.
error-webhook = Telegram did not accept the webhook: { $reason }.
error-possible-duplicate = Already recorded under one of these names: { $candidates }. Use that contact, merge later with “inmaek contact merge”, or add with --allow-duplicate if this is someone else.
error-merge-same = A contact cannot be merged into itself.
error-row = { $path }:{ $line }: { $column }: { $reason } Nothing was imported.
error-csv-unknown-column = unknown column “{ $column }”; the columns are: { $expected }. Nothing was imported.
error-csv-separator = The header has one column holding “{ $separator }”: the file is separated by “{ $separator }”, but Inmaek reads commas. Save it as CSV with commas.
error-csv-duplicate-column = the column “{ $column }” appears twice. Nothing was imported.
error-csv-no-name-column = the file needs a name_hangul, name_hanzi or name_latin column. Nothing was imported.
error-import-duplicates = { $count ->
    [one] One row is a person already recorded
   *[other] { $count } rows are people already recorded
} (this one: { $candidates }). Nothing was imported; use --skip-duplicates to import only the others, or --allow-duplicates to import them all.
error-row-file = { $path }:{ $line }: { $reason }

error-outbox-not-found = There is no message { $id } in the queue.
error-outbox-not-dead = Message { $id } is { $status }, not a dead letter; only messages that could not be sent can be retried.
error-not-the-owner = Contact #{ $contact } is not owned by { $user }. Nothing was changed.
error-handover-to-self = A hand-over needs two different officers.
kind-event-kind = event kind
kind-invitation-status = invitation status
error-event-not-found = There is no event “{ $query }”.
error-ambiguous-event = “{ $query }” matches several events: { $candidates }. Give its number.
error-rsvp-unknown = This invitation button is not valid. Nothing was changed.
error-rsvp-not-yours = This invitation was sent to someone else. Nothing was changed.
error-rsvp-closed = Answers closed at { $deadline }. Nothing was changed.
error-event-cancelled = This event was cancelled.
error-not-a-member = { $name } is not a member.
error-not-allowed = { $user } ({ $role }) may not run this command. Nothing was done.
error-in-past = { $field }: “{ $value }” is already past.
error-dump-unknown-key = { $table }[{ $index }].{ $field } = “{ $value }”: unknown { $kind }; expected one of: { $expected }. Nothing was imported.
error-stored-value = The database holds a value Inmaek does not know ({ $detail }); it was written outside Inmaek. Correct that row, or restore from a dump.
error-user-already-disabled = { $name } is disabled already.
error-user-not-disabled = { $name } is not disabled; nothing was changed.
error-user-disabled = { $name } is disabled: their access has ended.
error-user-not-enrolled = { $name } has not enrolled yet (no Telegram account is linked), so nobody can act as them.
error-role-unchanged = { $name } is { $role } already.
error-role-member-change = { $name }: a member is a contact and stays a member, and staff cannot become members; invite them again under the other role.
error-record-for-other = Only an admin may record an interaction for another officer ({ $by }). Nothing was saved.
error-reinvite-other-role = { $name } was invited as { $role } (or for another contact); a new code keeps that. Change the role with “user role”, or invite under another name.
error-format-contradicts = --format { $format } contradicts the file name { $path }; give one of the two, or make them agree. Nothing was written.

kind-committee-role = committee role
kind-side = side
kind-tie-kind = kind of tie
kind-detail-kind = contact detail
kind-committee = committee
kind-agreement = agreement
kind-project = project
kind-organization = organization
kind-position = position
kind-relation = tie
kind-name = name
kind-email = e-mail address
kind-phone = phone number
position-ended = ended
error-not-found = No { $kind } answers to “{ $query }”. Give its number, or a name as it is written (see the list command).
error-ambiguous = “{ $query }” matches several: { $candidates }. Give the { $kind }'s number.
error-unchanged = The { $kind } is already “{ $value }”. Nothing was changed.
error-with-itself = That would tie something to itself, or place it within itself ({ $kind }). Nothing was changed.
error-exists = This { $kind } is recorded already (#{ $id }). Nothing was added.

error-only-partial = No { $kind } is named “{ $query }”; the name is part of: { $candidates }. Give the number or the whole name.

error-not-your-record = Only who recorded this { $kind }, or an admin, may remove it. Nothing was changed.

error-still-to-come = { $field }: “{ $value }” is still to come; record it once it has happened.
error-before-latest = { $field }: “{ $value }” is before the latest step ({ $latest }); the history is kept in order. Nothing was changed.

kind-seat = seat

error-not-on-card = This contact has no { $kind } “{ $value }”. Nothing was changed.
error-sign-in-link-invalid = This sign-in link is not valid any more: it was used already, it is more than 10 minutes old, or the account is disabled. Ask the bot for a new one with /web.
error-api-token-not-found = There is no active API token #{ $id }.
error-api-token-number = API tokens are known by their numbers (inmaek token list shows them); “{ $value }” is not one.
error-not-yourself = You cannot disable your own account or change its role; another admin can.
error-last-admin = { $name } is the only active admin: make someone else an admin first.
error-check-in-not-yet = Check-in opens 12 hours before the event starts; nothing was recorded.
