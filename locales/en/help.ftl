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

help-contact-edit = Change a contact: names, categories, organization and title, place, language, e-mails, phones, birthday
help-contact-edit--contact = The contact (id or unambiguous name)
help-contact-edit--add_name = Add a name in any script (repeatable)
help-contact-edit--remove_name = Remove a name, as written (repeatable)
help-contact-edit--category = Add a category (repeatable)
help-contact-edit--remove_category = Remove a category (repeatable)
help-contact-edit--org = A new current organization (created if new); the current position ends today
help-contact-edit--title = The title at --org
help-contact-edit--place = A city or province, any name form
help-contact-edit--language = ko, zh-CN or en
help-contact-edit--email = Add an e-mail address, optionally labelled: work:kim@example.cn (repeatable)
help-contact-edit--phone = Add a phone number, optionally labelled: mobile:+86 138 0000 0000 (repeatable)
help-contact-edit--remove_email = Remove an e-mail address (repeatable)
help-contact-edit--remove_phone = Remove a phone number (repeatable)
help-contact-edit--birthday = Birthday, YYYY-MM-DD
help-contact-edit--lunar = The birthday is a date of the Korean lunar calendar (reminded on its solar day each year)
help-position = Careers: the positions a contact held, over time
help-position-add = Record a position a contact holds or held; its id is printed alone on the last line
help-position-add--contact = The contact (id or unambiguous name)
help-position-add--org = The organization (id or a name in any language; created if new)
help-position-add--title = The title
help-position-add--from = Since, YYYY-MM-DD
help-position-add--to = Until, YYYY-MM-DD (a past position)
help-position-add--end_current = End the contact's current positions the day this one starts
help-position-end = End a current position
help-position-end--id = The position's number (from position list)
help-position-end--on = The last day, YYYY-MM-DD (default: today)
help-position-list = A contact's positions: current, then past
help-position-list--contact = The contact (id or unambiguous name)
help-org = Organizations: kind, place, parent
help-org-add = Add an organization; its id is printed alone on the last line
help-org-add--name = Its name, in any language
help-org-add--name_ko = Its Korean name
help-org-add--name_zh = Its Chinese name
help-org-add--name_en = Its English name
help-org-add--kind = government, research_institute, university, company, association or other
help-org-add--place = A city or province, any name form
help-org-add--parent = The organization it is part of (id or name)
help-org-edit = Change an organization's names, kind, place or parent
help-org-edit--org = The organization (id or a name in any language)
help-org-edit--name_ko = Its Korean name
help-org-edit--name_zh = Its Chinese name
help-org-edit--name_en = Its English name
help-org-edit--kind = government, research_institute, university, company, association or other
help-org-edit--place = A city or province, any name form
help-org-edit--parent = The organization it is part of (id or name)
help-org-merge = Merge an organization into another: positions and projects move, it is removed
help-org-merge--org = The duplicate, removed
help-org-merge--into = The organization that stays
help-org-list = Every organization, within its parents, with how many hold a post there
help-honor = Honours and memberships: honorary citizenship, Seoul Club, awards
help-honor-add = Record an honour or membership of a contact
help-honor-add--contact = The contact (id or unambiguous name)
help-honor-add--kind = honorary_citizen, seoul_club or award
help-honor-add--on = Conferred or member since, YYYY-MM-DD
help-honor-add--status = active, lapsed or revoked (default: active)
help-honor-add--note = The award's name, or any remark
help-honor-list = Honours and memberships, of one contact or of everyone
help-honor-list--contact = Only this contact (id or unambiguous name)
help-committee = Joint committees, their members and meetings
help-committee-add = Add a committee; its id is printed alone on the last line
help-committee-add--name = Its English name
help-committee-add--name_ko = Its Korean name (default: the English one)
help-committee-add--name_zh = Its Chinese name (default: the English one)
help-committee-add--place = The places it covers (repeatable)
help-committee-add--founded = Founded, YYYY-MM-DD
help-committee-edit = Change a committee's names, places or founding day
help-committee-edit--committee = The committee (id or a name in any language)
help-committee-edit--name = Its English name
help-committee-edit--name_ko = Its Korean name
help-committee-edit--name_zh = Its Chinese name
help-committee-edit--place = The places it covers, instead of the current ones (repeatable)
help-committee-edit--founded = Founded, YYYY-MM-DD
help-committee-member = Members of a committee
help-committee-member-add = Give a contact, or an officer, a seat on a committee
help-committee-member-add--committee = The committee (id or a name in any language)
help-committee-member-add--contact = The contact (id or unambiguous name)
help-committee-member-add--user = Or one of Seoul's users (name or id)
help-committee-member-add--role = chair, vice_chair, secretary or member
help-committee-member-add--side = seoul or counterpart (default: counterpart for a contact, seoul for a user)
help-committee-member-add--from = Since, YYYY-MM-DD
help-committee-member-add--to = Until, YYYY-MM-DD
help-committee-meeting = Meetings of a committee
help-committee-meeting-add = Record a meeting; it is logged as an interaction with every attendee. Its id is printed alone on the last line
help-committee-meeting-add--committee = The committee (id or a name in any language)
help-committee-meeting-add--on = The day, YYYY-MM-DD
help-committee-meeting-add--place = Where, any place name form
help-committee-meeting-add--agenda = The agenda
help-committee-meeting-add--minutes = The minutes
help-committee-meeting-add--attendee = A contact who attended (repeatable)
help-committee-list = Every committee with its places, members and last meeting
help-committee-show = A committee with its members and meetings
help-committee-show--committee = The committee (id or a name in any language)
help-agreement = Sister and friendship city ties and MOUs, with their history
help-agreement-add = Record a sister or friendship city tie or an MOU with a place; its id is printed alone on the last line
help-agreement-add--place = The city or province, any name form
help-agreement-add--status = exploring, friendship, sister_city or mou
help-agreement-add--on = From, YYYY-MM-DD (default: today)
help-agreement-add--signatory = A contact who signed it (repeatable)
help-agreement-add--document = Where the signed text is kept (a file number, a link)
help-agreement-add--note = A remark
help-agreement-status = A new step in an agreement's history
help-agreement-status--agreement = The agreement (its number, or its place when there is one there)
help-agreement-status--to = exploring, friendship, sister_city, mou, renewed or suspended
help-agreement-status--on = From, YYYY-MM-DD (default: today)
help-agreement-list = Agreements with their history
help-agreement-list--place = Only in this place; a province includes its cities
help-project = Cooperation projects and their stages
help-project-add = Record a cooperation project; its id is printed alone on the last line
help-project-add--title = Its title (in English, or the one language it has)
help-project-add--title_ko = Its Korean title
help-project-add--title_zh = Its Chinese title
help-project-add--area = A policy area (repeatable)
help-project-add--place = The city or province, any name form
help-project-add--org = A counterpart organization (repeatable; created if new)
help-project-add--officer = Seoul's responsible officer (name or id)
help-project-add--stage = idea, proposal, mou, pilot, running, done or stopped (default: idea)
help-project-add--on = Since, YYYY-MM-DD (default: today)
help-project-stage = A new stage in a project's history
help-project-stage--project = The project (id or a title in any language)
help-project-stage--to = idea, proposal, mou, pilot, running, done or stopped
help-project-stage--on = From, YYYY-MM-DD (default: today)
help-project-follow-up = Attach a follow-up to a project: something promised to (or by) a contact
help-project-follow-up--project = The project (id or a title in any language)
help-project-follow-up--contact = Who it is promised to (id or unambiguous name)
help-project-follow-up--what = What is promised
help-project-follow-up--due = Due, YYYY-MM-DD
help-project-follow-up--theirs = The contact promised it (default: Seoul did)
help-project-list = Projects with their stage
help-project-list--place = Only in this place; a province includes its cities
help-project-show = A project with its history and follow-ups
help-project-show--project = The project (id or a title in any language)
help-relation = Ties between people
help-relation-add = Record a tie between two people; its id is printed alone on the last line
help-relation-add--from = The first person (id or unambiguous name); for superior, the superior; for introduced, who introduced
help-relation-add--to = The second person (id or unambiguous name)
help-relation-add--kind = introduced, colleague, superior, family, classmate or friend
help-relation-add--note = A remark (how they know each other)
help-relation-list = The ties recorded with a contact
help-relation-list--contact = The contact (id or unambiguous name)
help-relation-remove = Remove a recorded tie
help-relation-remove--id = The tie's number (from relation list)
help-path = The best chains of acquaintance from the office's officers to a person, each step explained
help-path--to = The person (id or unambiguous name)
help-path--from = Only from this officer (name or id)
help-path--limit = At most this many chains (1 to 50)
help-position-export = Every position as CSV (contact_id, contact, organization, title, from, to)
help-position-export--out = Write here (owner-only) instead of standard output
help-position-import = Positions from a CSV file like export's, all or nothing
help-position-import--file = The CSV file
help-position-import--dry_run = Check every row and say what would be added, without writing
help-position-import--encoding = The file's encoding when it is not UTF-8: cp949 (euc-kr) or gb18030
help-relation-export = Every recorded tie as CSV (from_id, from, to_id, to, kind, note)
help-relation-export--out = Write here (owner-only) instead of standard output
help-relation-import = Ties from a CSV file like export's, all or nothing; ties recorded already are skipped
help-relation-import--file = The CSV file
help-relation-import--dry_run = Check every row and say what would be added, without writing
help-relation-import--encoding = The file's encoding when it is not UTF-8: cp949 (euc-kr) or gb18030
help-user-link = Print a one-time sign-in link to the web console for a user (valid 10 minutes), alone on the last line
help-user-link--user = The user (id or name)
help-token = Bearer tokens for the JSON API
help-token-create = Create a bearer token for the JSON API; the token is shown once, alone on the last line
help-token-create--user = The user the token acts as (id or name)
help-token-create--read_only = The token may only read
help-token-revoke = Revoke a token at once
help-token-revoke--id = The token's id (from token list)
help-token-list = List tokens: id, user, read-only, created, last used, revoked
help-demo--web = Where the web console listens (another free port if this one is taken)
