# The command line's help and usage errors (src/cli_text.rs). Keys are
# derived from the command path: help-COMMAND-SUBCOMMAND for a command,
# help-COMMAND-SUBCOMMAND--ARG for one of its arguments.

help-heading-usage = Usage:
help-heading-options = Options
help-heading-arguments = Arguments
help-heading-commands = Commands
help-value-command = COMMAND
help-flag-help = Print help
help-flag-version = Print the version
help-note-default = [default: { $value }]
help-note-values = [values: { $values }]
help-note-env = [environment: { $name }]

help-error-no-value = { $arg } needs a value.
help-error-repeated = { $arg } was given more than once.
help-error-invalid-value = “{ $value }” is not a valid value for { $arg }.
help-error-value-validation = “{ $value }” is not valid for { $arg }; see its description in --help.
help-error-unknown-argument = { $arg } is not expected here.
help-error-unknown-command = There is no command “{ $name }”.
help-error-no-equals = { $arg } needs its value after an equals sign ({ $arg }=VALUE).
help-error-number-of-values = { $arg } was given the wrong number of values.
help-error-conflict = { $arg } cannot be used together with { $prior }.
help-error-missing = Missing: { $arg }.
help-error-utf8 = The command line is not valid UTF-8.
help-error-other = The command line could not be read.
help-error-valid-values = Possible values: { $values }.
help-error-did-you-mean = Did you mean { $suggestion }?
help-error-more = For more, see: { $command } --help
help-help = Print the help of a command (inmaek help contact list)
help-help--command = The command, as typed after inmaek

help-inmaek = Relationship CRM and Telegram bot of an international-relations office
help-inmaek--as_user = Act as this enrolled user (id or name), with their role's rights and recorded as them in the access log; without it, the command line is the admin

help-serve = Run the Telegram bot (long polling, or a webhook) and the scheduler until SIGINT or SIGTERM
help-serve--listen = Address for /healthz, /readyz and /metrics (and the webhook): e.g. 127.0.0.1:8080
help-serve--webhook_url = Receive updates by webhook at this public HTTPS URL instead of long polling (listening on --listen, 127.0.0.1:8080 if not given)

help-demo = Chat with the real bot in this terminal, on a sample database (no Telegram account needed)
help-demo--db = The demo's SQLite file (created with sample data if missing)

help-migrate = Apply pending database migrations and exit

help-user = Users of Inmaek: officers, the mayor's office, admins, members

help-user-invite = Create a one-time enrolment code; the code is printed alone on the last line
help-user-invite--role = officer, mayor-office, admin or member
help-user-invite--name = The user's name, as officers will refer to them (e.g. as a contact's owner)
help-user-invite--lang = The user's language: ko, zh-CN or en (default: INMAEK_LANG)
help-user-invite--tz = The user's time zone (default: INMAEK_TZ)
help-user-invite--contact = For a member: the contact they are (id or unambiguous name)
help-user-invite--valid_days = Days before the code expires

help-user-list = List users with their role, language and status (enrolled, not yet, disabled)

help-user-disable = End a user's access at once (bot, --as, buttons already sent); their contacts and open follow-ups move to --handover-to or become unowned
help-user-disable--user = The user (id or name)
help-user-disable--handover_to = The officer who takes over their contacts and follow-ups

help-user-enable = Give a disabled user access again
help-user-enable--user = The user (id or name)

help-user-role = Change a staff user's role: officer, mayor-office or admin
help-user-role--user = The user (id or name)
help-user-role--role = The new role
help-user-role--handover_to = When an officer stops being one: who takes over their contacts and follow-ups (else they become unowned)

help-contact = The admin's contact tools

help-contact-add = Add a contact; at least one of --hangul, --hanzi, --latin
help-contact-add--hangul = Korean name, family name first (김영남)
help-contact-add--hanzi = Chinese name (金永男)
help-contact-add--latin = Latin-letter name as the person writes it (Jin Yongnan)
help-contact-add--alias = Another name (repeatable)
help-contact-add--former = A former name (repeatable)
help-contact-add--category = Category key (repeatable): seoul_club, honorary_citizen, next_gen_leader, bridge, official, researcher
help-contact-add--interest = Policy-area interest (repeatable): transportation, e_government, waterworks, environment, urban_planning_housing, sewage
help-contact-add--org = Organization name (created if new)
help-contact-add--title = Current title at that organization
help-contact-add--place = A place key or any of its names
help-contact-add--lang = Preferred language: ko, zh-CN or en
help-contact-add--tz = Time zone (IANA name)
help-contact-add--telegram = Telegram user id (digits) or @username
help-contact-add--cadence_days = Keep-in-touch cadence override, whole days
help-contact-add--owner = The owning officer, by name
help-contact-add--allow_duplicate = Add even when someone with one of these names exists
help-contact-add--email = E-mail address
help-contact-add--phone = Phone number, in any format (+86 433 …, 010-…)
help-contact-add--notes = Notes about the person

help-contact-show = Show a contact's card
help-contact-show--contact = Id or any unambiguous name, in any script

help-contact-list = List contacts
help-contact-list--owner = Owning officer, by name
help-contact-list--due = Only relationships due or overdue, most urgent first
help-contact-list--category = Only contacts in this category
help-contact-list--place = Only contacts in this place; a province includes its cities

help-contact-search = Find contacts, places and organizations by any name in any script
help-contact-search--query = 김영남, 金永男, "kim yong nam", ㄱㅇㄴ, 요녕 …
help-contact-search--limit = At most this many of each (1 to 1000)
help-contact-search--place = Only contacts in this place; a province includes its cities
help-contact-search--category = Only contacts in this category

help-contact-data = Answer a person's request to see their data: everything stored about them, as they may see it (of a meeting shared with others, not the note nor who)
help-contact-data--contact = The contact (id or unambiguous name)
help-contact-data--format = json (as stored) or html (readable, in INMAEK_LANG)
help-contact-data--out = Write here (owner-only) instead of standard output

help-contact-erase = Erase a person on request: everything about them, for good (needs --yes)
help-contact-erase--contact = The contact (id or unambiguous name)
help-contact-erase--yes = Really erase (without it, only says what would be erased)

help-contact-handover = Hand an officer's contacts (all, or one) and open follow-ups over to another officer
help-contact-handover--from = The officer handing over (name or user id)
help-contact-handover--to = The officer taking over (name or user id)
help-contact-handover--contact = Only this contact (id or unambiguous name)

help-contact-merge = Merge OTHER into KEEP: names, positions, interactions, follow-ups, honors; OTHER is deleted
help-contact-merge--keep = The contact that stays (id or unambiguous name)
help-contact-merge--other = The duplicate that is merged into it and removed

help-interaction = Record and list interactions

help-interaction-add = Record an interaction
help-interaction-add--contact = A contact who took part (repeatable): id or unambiguous name
help-interaction-add--kind = meeting, call, message, event, visit or letter_gift
help-interaction-add--at = When it happened: RFC 3339, "YYYY-MM-DD HH:MM" or YYYY-MM-DD (office time zone); default now
help-interaction-add--place = Where: a place key or name
help-interaction-add--track = political, public, economic or peace
help-interaction-add--topic = Policy area discussed (repeatable)
help-interaction-add--officer = Another officer who took part (repeatable), by name
help-interaction-add--by = The officer recording it (becomes the owner of contacts without one)
help-interaction-add--follow_up = A follow-up promised in the meeting
help-interaction-add--follow_up_due = Its due date, YYYY-MM-DD
help-interaction-add--note = What was said and agreed

help-interaction-list = List interactions, newest first
help-interaction-list--contact = Only this contact's (id or name)
help-interaction-list--limit = At most this many (1 to 10000)

help-cadence = Keep-in-touch cadence per contact category

help-cadence-list = The default cadence of each category

help-cadence-set = Set a category's default cadence, or one contact's own cadence
help-cadence-set--category = A category (next_gen_leader, bridge, official, …)
help-cadence-set--contact = A contact (id or unambiguous name): their own cadence overrides the categories'
help-cadence-set--days = Days between contacts (1 to 3650)
help-cadence-set--default = With --contact: drop the contact's own cadence, back to its categories'

help-export = Write everything except secrets (JSON), re-importable with `import`
help-export--format = json (the default), csv, vcard or ics; with --out, the file's extension (.json, .csv, .vcf, .ics) says it when this is not given
help-export--out = Write here instead of standard output

help-import = Import a dump (all or nothing)
help-import--format = Guessed from the extension when not given
help-import--dry_run = Check and report new, duplicate and invalid rows without writing
help-import--encoding = The file's encoding when it is not UTF-8: cp949 (euc-kr) or gb18030 (a file that is not UTF-8 is refused without it, naming the likely one)
help-import--skip_duplicates = Import only the people not recorded yet; skip the others
help-import--allow_duplicates = Import every row, even people who seem to be recorded already
help-import--file = The file to import (.csv, .vcf, .json)

help-reminders = The keep-in-touch scheduler

help-reminders-tick = Run one scheduler pass (digests, follow-up reminders) and relay the outbox once
help-reminders-tick--now = The instant to run the pass at, RFC 3339 (default: now)

help-outbox = The queue of outgoing messages (digests, reminders, invitations)

help-outbox-list = Queued and sent messages, newest first
help-outbox-list--dead = Only dead letters (messages that could not be sent)
help-outbox-list--limit = At most this many (1 to 10000)

help-outbox-retry = Queue a dead letter again; the next relay sends it
help-outbox-retry--id = The message (its number in outbox list --dead)

help-event = Events and their invitations

help-event-add = Create an event; its id is printed alone on the last line
help-event-add--kind = forum, seoul_club_gathering, academic_exchange, delegation_visit or other
help-event-add--title = The title; its language is told from its script (Hangul: Korean, Han: Chinese, else English)
help-event-add--starts = When it starts: “YYYY-MM-DD HH:MM” in the event's time zone (--tz, else INMAEK_TZ), or RFC 3339 such as 2026-12-10T14:00:00+09:00
help-event-add--tz = The event's time zone (default: INMAEK_TZ)
help-event-add--place = The city (any name form)
help-event-add--deadline = The last moment to answer: “YYYY-MM-DD HH:MM” in the event's time zone, or RFC 3339
help-event-add--organizer = The organizing officer (name or user id)
help-event-add--track = The diplomacy track attendance is logged with
help-event-add--topics = Policy areas (repeatable)
help-event-add--title_ko = The title in Korean
help-event-add--title_zh = The title in Chinese
help-event-add--title_en = The title in English
help-event-add--description_ko = The description in Korean
help-event-add--description_zh = The description in Chinese
help-event-add--description_en = The description in English
help-event-add--ends = When it ends (RFC3339, or YYYY-MM-DD HH:MM in the event's time zone)
help-event-add--address = The venue's address
help-event-add--capacity = How many people can attend (a number); beyond it, answers go on a waiting list

help-event-list = Events from today on, with their invitations counted by status
help-event-list--all = Past events too

help-event-invite = Invite an audience: without --yes, how many and a sample; with it, queue the invitations
help-event-invite--categories = Contacts in any of these categories (repeatable)
help-event-invite--places = Contacts in any of these places; a province includes its cities (repeatable)
help-event-invite--organizations = Contacts currently at any of these organizations (repeatable)
help-event-invite--committees = Members of any of these committees (repeatable)
help-event-invite--language = Contacts whose language is this (ko, zh-CN, en)
help-event-invite--yes = Queue the invitations (without it, nothing is written)
help-event-invite--event = The event (id or an unambiguous part of its title)

help-event-change = Move an event or change its venue; everyone who accepted is told
help-event-change--event = The event (id or an unambiguous part of its title)
help-event-change--starts = The new start (RFC3339, or YYYY-MM-DD HH:MM in the event's time zone)
help-event-change--ends = The new end (RFC3339, or YYYY-MM-DD HH:MM in the event's time zone)
help-event-change--place = The new place (key or any of its names)
help-event-change--address = The new address

help-event-cancel = Cancel an event; everyone who accepted is told, invitations not yet sent are not
help-event-cancel--event = The event (id or an unambiguous part of its title)

help-event-attendees = Everyone invited, with their status
help-event-attendees--event = The event (id or a unique part of its title)
help-event-attendees--format = How to list them

help-event-unreachable = Contacts of the audience the bot cannot reach, and why
help-event-unreachable--event = The event (id or an unambiguous part of its title)
help-event-unreachable--format = How to list them

help-member = Members (contacts enrolled in the bot)

help-member-revoke = Withdraw a member's consents (user id, name, or their contact): every purpose, or the one given
help-member-revoke--purpose = Only this purpose: `invitations` or `reminders` (about the member)
help-member-revoke--member = The member (user id or name)

help-brief = A relationship brief on a place or a person, as a self-contained HTML page
help-brief--place = A city or province, any name form (harbin, 哈尔滨, 하얼빈)
help-brief--contact = A person, by id or any name form
help-brief--date = The day of the visit, YYYY-MM-DD (default: today)
help-brief--lang = The brief's language: ko, zh-CN or en (default: INMAEK_LANG)
help-brief--out = Write here instead of standard output

help-audit = The access log: who read or changed what about a contact, or what a user did
help-audit--contact = A contact (id or any name form)
help-audit--user = A user (id or name)
help-audit--purge_before = Delete records older than this date (YYYY-MM-DD), at least two years ago
