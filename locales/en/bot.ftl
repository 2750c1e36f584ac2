# The Telegram bot (HTML parse mode: values are escaped by the code).

cmd-log = Log a meeting, call or message
cmd-who = Find a person by any name
cmd-due = Relationships due for contact
cmd-add = Add a contact
cmd-lang = Change the language
cmd-help = What I can do for you
cmd-cancel = Leave the current dialogue
cmd-mydata = Everything stored about you

lang-name-ko = 한국어
lang-name-zh-CN = 中文
lang-name-en = English

bot-not-enrolled = Inmaek is the relationship register of Seoul's international-relations office and works for enrolled users only. If an administrator gave you an enrolment code, send <b>/start CODE</b>.
bot-not-enrolled-short = Only enrolled users can use Inmaek.
bot-enrolled = Welcome, { $name }! You are enrolled as { $role }.
bot-already-enrolled = You are already enrolled as { $name }.
bot-group-chat = For privacy I only work in a private chat. Write to me directly: @{ $bot }
bot-not-allowed = This is not available to your role ({ $role }). /help lists what you can do.
bot-unknown-command = I don't know { $command }. /help lists what you can do.
bot-stray-text = To record a meeting, send /log (or in one line: <i>/log Name: note #topic #track</i>). To look someone up, send /who and a name. /help lists everything.
bot-not-text = I can only read text. /help lists what you can do.
bot-use-buttons = Please answer with the buttons above, or send /cancel.
bot-cancelled = Cancelled. Nothing was saved.
bot-nothing-to-cancel = There is nothing to cancel.
bot-button-expired = This button is no longer active.
bot-button-refused = This button was not sent to you, or is not valid. Nothing was changed.
bot-none = —

bot-help-officer = <b>Inmaek</b> — { $name }, liaison officer
    /log — record a meeting, call or message, step by step
    <i>/log Name: note #topic #track</i> — the same in one line; dates such as “yesterday”, “3 days ago”, “November 20”, “last Friday”, tags such as #they (the counterpart promised) and “follow up in 2 weeks” are understood
    /who <i>name</i> — a person's card, by any name in any script
    /path <i>name</i> — ways in to a person, through people we know
    /due — relationships due for contact, most urgent first
    /brief <i>place or name</i> [<i>date</i>] — a relationship brief before a visit
    /add — add a contact
    /event — create an event · /invite <i>event</i> — invite an audience
    /events — events and their invitations · /checkin <i>event</i> — check people in
    /web — a sign-in link to the web console
    /lang — change the language
    /cancel — leave the current dialogue
    Forward me a counterpart's message to log it.
bot-help-reader = <b>Inmaek</b> — { $name }
    /who <i>name</i> — a person's card, by any name in any script
    /path <i>name</i> — ways in to a person, through people we know
    /brief <i>place or name</i> [<i>date</i>] — a relationship brief before a visit
    /events — upcoming events
    /web — a sign-in link to the web console
    /lang — change the language
bot-help-member = <b>Inmaek</b> — { $name }
    /events — the events you are invited to, and your answers
    /stop — stop all invitations (withdraw consent)
    /mydata — everything stored about you, as files
    /web — a sign-in link to the web console
    /lang — change the language
    You will receive invitations from Seoul here.

bot-lang-choose = Choose your language:
bot-lang-set = I will speak English from now on.

bot-btn-cancel = ✖ Cancel
bot-btn-today = Today
bot-btn-yesterday = Yesterday
bot-btn-other-date = Another date
bot-btn-skip = Skip
bot-btn-done = Done
bot-btn-none = None
bot-btn-1w = In 1 week
bot-btn-2w = In 2 weeks
bot-btn-1m = In 1 month
bot-btn-save = ✔ Save
bot-btn-same-as-note = Same as the note
bot-btn-create = ➕ New contact “{ $name }”

bot-log-who = Who did you meet? Send a name in any script (김영남, 金永男, Jin Yongnan).
bot-log-pick = Several people match “{ $query }”. Who was it?
bot-log-near = No one is named “{ $query }”. One of these, or someone new?
bot-log-none = No one matches “{ $query }”. Send another name, or create the contact:
bot-log-created = Created contact #{ $id } { $name }.
bot-log-when = When did you meet { $name }?
bot-log-date-ask = Send the date: 2026-11-20, 11/20, November 20, “yesterday”, “3 days ago”, “last Friday”…
bot-log-date-invalid = I could not read “{ $text }” as a date. Try 2026-11-20, November 20, “yesterday”, “3 days ago” or “last Friday”.
bot-log-date-future = “{ $text }” is in the future; log an interaction after it happened.
bot-log-date-impossible = “{ $text }” is not a date that exists; nothing was saved. Try again with a real date, for example 2026-11-20 or “3 days ago”.
bot-log-date-future-offer = { $date } is still to come: an interaction is logged after it happened, so nothing was saved. Make it a follow-up with <b>{ $name }</b> due { $date } instead?
bot-log-kind = What kind of contact was it?
bot-log-track = Which diplomacy track?
bot-log-topics = Which policy areas came up? Tap to select, then Done.
bot-log-note = Send a note about it, or Skip.
bot-log-follow-up = Was a follow-up promised?
bot-log-follow-up-date = When is the follow-up due? (2026-12-05, 12/5, “2 weeks”…)
bot-log-follow-up-what = What is to be done?
bot-log-follow-up-default = Follow up
bot-log-follow-up-text = Follow up on the { $kind } of { $date }: { $note }
bot-log-follow-up-text-bare = Follow up on the { $kind } of { $date }
bot-log-planned = Follow-up with <b>{ $name }</b> due { $date } (promised by { $by }): { $what }
bot-promised-by-seoul = Seoul
bot-promised-by-them = the counterpart
bot-btn-promised-by-them = ↔ The counterpart promised it
bot-btn-promised-by-seoul = ↔ Seoul promised it
bot-btn-make-follow-up = 📌 Make it a follow-up
bot-log-no-colon = No one I know is named at the start of “{ $line }”, and nothing was saved. Write the name, a colon, then the note — <i>/log { $name }: yesterday, talked about waterworks</i> — or send <i>/log { $name }</i> alone to add someone new.
bot-log-no-colon-pick = No one is named “{ $line }”. If “{ $name }” is one of these, the rest of the line is the note:
bot-log-confirm = <b>Save this interaction?</b>
bot-log-summary-who = Who: { $name }
bot-log-summary-when = When: { $date }
bot-log-summary-kind = Kind: { $kind } · { $track }
bot-log-summary-topics = Topics: { $topics }
bot-log-summary-follow-up = Follow-up: { $date } — { $what } (promised by { $by })
bot-log-summary-note = Note: { $note }
bot-log-saved = ✔ <b>Saved.</b> Next contact with { $name } is due { $due }.

bot-forward-offer = Log this message from { $name } ({ $date }) as a message interaction? Choose the person:
bot-forward-none = No contact matches “{ $name }”. Add them with /add, then forward the message again.
bot-forward-saved = ✔ Logged the message from { $name }. Next contact is due { $due }.

bot-who-usage = Send /who and a name in any script, for example <i>/who 김영남</i>.
bot-who-none = No one matches “{ $query }”.
bot-who-pick = Several people match “{ $query }”:
bot-who-suggest = No one is named “{ $query }”. Did you mean:
bot-event-pick = Several events match “{ $query }”. Which one?

bot-add-names = Send the person's name in every script you know, separated by “/”: <i>김영남 / 金永男 / Jin Yongnan</i>
bot-add-possible-duplicate = ⚠ Already recorded with one of these names:
    { $list }
    Continue only if this is someone else (or /cancel).
bot-add-categories = Categories? Tap to select, then Done.
bot-add-organization = Organization and title, as <i>organization, title</i> — or Skip.
bot-add-place = City or province? Tap one or type a name — or Skip.
bot-add-lang = Their language?
bot-add-confirm = <b>Add this contact?</b>
bot-add-summary-names = Names: { $value }
bot-add-summary-categories = Categories: { $value }
bot-add-summary-organization = Organization: { $value }
bot-add-summary-place = Place: { $value }
bot-add-summary-lang = Language: { $value }
bot-add-saved = ✔ Added { $name } (#{ $id }). Log a meeting with them: /log { $name }

due-btn-log = { $n } ✍ Log
due-btn-snooze = { $n } ⏰ 1 week
due-btn-done = { $n } ✓ Done
due-btn-handover = { $n } ↪ Hand over
due-no-place = Place unknown
due-city = 📍 <b>{ $city }</b>
due-item = { $n }. <b>{ $name }</b> — { $health }
due-follow-up = { $n }. { $date } · <b>{ $name }</b> — { $what }
due-follow-up-overdue = { $n }. ⚠ { $date } · <b>{ $name }</b> — { $what } <i>({ $late ->
    [one] one day late
   *[other] { $late } days late
})</i>
due-follow-up-promised = { $n }. { $date } · <b>{ $name }</b> — { $what } <i>(promised by Seoul)</i>
due-follow-up-overdue-promised = { $n }. ⚠ { $date } · <b>{ $name }</b> — { $what } <i>(promised by Seoul, { $late ->
    [one] one day late
   *[other] { $late } days late
})</i>
due-digest-title = ☀️ <b>Keeping in touch — { $date }</b>
due-digest-relationships = <b>{ $count ->
    [one] One relationship is
   *[other] { $count } relationships are
} due for contact</b>
due-more = … and { $count } more — /due
due-digest-follow-ups = <b>{ $count ->
    [one] One follow-up
   *[other] { $count } follow-ups
} falling due</b>
due-more-follow-ups = { $count ->
    [one] … and one more follow-up
   *[other] … and { $count } more follow-ups
}
due-digest-unowned = { $count ->
    [one] One relationship nobody owns is
   *[other] { $count } relationships nobody owns are
} due as well — /due
due-digest-footer = <i>Buttons by number: log · remind me in a week · done · hand over to another officer</i>
due-none = No relationship is due for contact right now. 👍
due-title = <b>Due for contact</b> — { $count } of yours
due-unowned-heading = <b>Nobody owns these</b> ({ $count })
due-btn-previous = ◀ Previous
due-btn-next = Next ▶
due-page = { $page }/{ $pages }
due-follow-up-reminder = ⏰ <b>A follow-up falls due today</b>
due-snoozed = { $name }: put off until { $date }.
due-follow-up-snoozed = Follow-up with { $name } moved to { $date }.
due-follow-up-promised-by = Follow-up with { $name }: now recorded as promised by { $by }.
due-done-contact = { $name }: recorded as in touch today.
due-done-follow-up = Follow-up with { $name } done.
due-follow-up-already-done = The follow-up with { $name } was already done.
due-handover-nobody = There is no other officer to hand over to.
due-handover-pick = <b>{ $name }</b>: hand over to whom?
due-handed-over = <b>{ $name }</b>: handed over to { $to }, who gets the reminders from now on.
due-handover-received = ↪ { $from } handed <b>{ $name }</b> over to you; you own the relationship now.
due-btn-card-log = ✍ Log
due-btn-card-cadence = ⏰ Cadence
due-cadence-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
due-cadence-default = Category default
due-cadence-pick = <b>{ $name }</b>: in touch every { $days ->
    [one] day
   *[other] { $days } days
} now. Choose a new cadence.
due-cadence-set = <b>{ $name }</b>: every { $days ->
    [one] day
   *[other] { $days } days
} from now on. Next contact due { $due }.
due-cadence-cleared = <b>{ $name }</b>: back to the category default ({ $days ->
    [one] one day
   *[other] { $days } days
}). Next contact due { $due }.
event-btn-accept = ✅ Accept
event-btn-decline = ❌ Decline
event-btn-maybe = 🤔 Maybe
event-invitation-head = 📨 <b>Invitation</b>
event-line-title = <b>{ $title }</b>
event-line-when = { $kind } · { $when }
event-line-where = 📍 { $venue }
event-line-fallback = <i>(There is no English text for this event; it is shown in { $language }.)</i>
event-line-deadline = Please answer by { $deadline }
event-promoted = 🎉 A seat is free: you are now attending <b>{ $title }</b> ({ $when }).
event-rsvp-accepted = Recorded: you accept — { $title }
event-rsvp-declined = Recorded: you decline — { $title }
event-rsvp-tentative = Recorded: maybe — { $title }
event-rsvp-waitlisted = The event is full: you are on the waitlist for { $title }. We will tell you when a seat frees up.
event-rsvp-unchanged = Already recorded as { $status }.
bot-consent-invitations-question = Would you like to receive invitations to Seoul's international events (forums, Seoul Club gatherings and more) in this chat? You can stop at any time with /stop.
bot-consent-yes = Yes, please
bot-consent-no = No, thanks
bot-consent-invitations-thanks = Thank you. Event invitations will come to this chat. Send /stop to end them.
bot-consent-invitations-declined = Understood: no invitations will be sent. Send /start if you change your mind.
bot-consent-reminders-question = One more question: may Seoul's liaison officers keep a reminder to stay in touch with you — your name in their own keep-in-touch lists, and reminders of what they promised you? Nothing is sent to you for this. You can withdraw at any time with /stop.
bot-consent-reminders-thanks = Thank you. The officers will be reminded to stay in touch with you.
bot-consent-reminders-declined = Understood: the officers will not be reminded about you.
bot-stop-done = All invitations stopped, reminders about you stopped, and your consents withdrawn. Send /start to give them again.
bot-stop-nothing = You are not receiving invitations. Send /start to receive them.
bot-events-item = <b>{ $title }</b>
    { $when } · your answer: { $status }
bot-events-none = You have no upcoming invitations.
bot-events-none-officer = No upcoming events.
bot-events-title = <b>Upcoming events</b>
bot-events-row = #{ $id } <b>{ $title }</b> · { $kind } · { $when }
    { $counts }
bot-events-row-cancelled = #{ $id } [cancelled] <b>{ $title }</b> · { $kind } · { $when }
    { $counts }
cmd-events = Events and invitations
cmd-stop = Stop invitations
event-reminder-head = ⏰ <b>Reminder</b> — an event you accepted starts within a day.
event-changed-head = ✏️ <b>The event has changed</b>
event-cancelled-head = 🚫 <b>The event is cancelled</b>
bot-checkin-usage = Which event? <i>/checkin EVENT-NUMBER-OR-NAME</i> (numbers are in /events)
bot-checkin-nobody = <b>{ $title }</b>: nobody to check in.
bot-checkin-list = <b>{ $title }</b> check-in — { $count ->
    [one] one person
   *[other] { $count } people
} (page { $page }). Tap who is here.
bot-checkin-done = { $name }: checked in and logged as an interaction.
bot-checkin-already = { $name }: checked in already.
cmd-checkin = Check people in at an event
bot-event-kind = A new event — what kind?
bot-event-title = Send the event's title (Korean, Chinese or English: the script tells the language).
bot-event-when = When does it start? Send it as <i>2026-12-10 14:00</i> ({ $zone } time).
bot-event-place = Where? Press a button or send a city's name.
bot-event-capacity = How many seats? Send a number, or skip.
bot-event-deadline = Answers until when? Send <i>2026-12-08</i> or <i>2026-12-08 18:00</i>, or skip.
bot-event-confirm = Create it like this?
bot-event-summary = Kind: { $kind }
    Title: { $title }
    Starts: { $when }
    Place: { $place }
    Seats: { $capacity }
    Answers until: { $deadline }
bot-event-saved = Event #{ $id } <b>{ $title }</b> created. To invite: /invite { $id }
bot-invite-usage = Invite to which event? <i>/invite EVENT-NUMBER-OR-NAME</i> (numbers are in /events)
bot-invite-categories = Inviting to <b>{ $title }</b> — contacts of which categories? Done without choosing means all.
bot-invite-places = From which places? A province includes its cities. None chosen means everywhere.
bot-invite-preview = { $total ->
    [one] One contact
   *[other] { $total } contacts
} to invite — { $reachable ->
    [one] one member
   *[other] { $reachable } members
} the bot can reach, { $unreachable } it cannot: { $no_account } not enrolled in the bot, { $no_consent } without consent to invitations, { $blocked } who blocked the bot. { $already } invited already.
    For example: { $sample }
bot-invite-nobody = Nobody in this audience can be invited through the bot. A member is invited once enrolled (an admin runs <i>inmaek user invite --role member --contact …</i> and sends them the code) and once they have accepted invitations; <i>inmaek event unreachable</i> lists the others, with their e-mail and phone.
bot-invite-send = { $count ->
    [one] Send one invitation
   *[other] Send { $count } invitations
}
bot-invite-done = <b>{ $title }</b> ({ $when }): { $queued ->
    [one] one invitation on its way
   *[other] { $queued } invitations on their way
}. { $unreachable ->
    [one] The one
   *[other] The { $unreachable }
} the bot cannot reach: <i>inmaek event unreachable { $id }</i>.
cmd-event = Create an event
cmd-invite = Invite to an event
mydata-title = What is stored about { $name }
mydata-intro = Everything the Seoul international relations office stores about you. The JSON file is the data as stored.
mydata-names = Names
mydata-details = Categories, interests, contact details, notes
mydata-interactions = Interactions
mydata-with-others = { $count ->
    [one] with one other person (the note of a shared meeting is not yours alone, so it is not shown)
   *[other] with { $count } other people (the note of a shared meeting is not yours alone, so it is not shown)
}
mydata-follow-ups = Follow-ups
mydata-follow-up-shared = (promised in a meeting with others: what it is about is not yours alone, so it is not shown)
mydata-invitations = Event invitations
mydata-consents = Consents
mydata-consent = { $purpose }: given { $granted } (wording { $version }), withdrawn { $withdrawn }
mydata-sent = Here is everything stored about you, in two files: the JSON as stored, and a readable HTML page.

# A handler failed: nothing of this update was saved.
bot-failed = Something went wrong; nothing was saved. Please try again.
erase-dialogue-cleared = Your unfinished conversation was cleared: it mentioned a person whose data was erased at their request. Nothing of it was saved; please start again.

cmd-path = Ways in to a person, through people we know
bot-path-usage = Write the person's name after /path, in any script: <i>/path 张丽</i>.
bot-edit-btn = ✏️ Edit
bot-edit-menu = What should change for { $name }? Each change is saved at once.
bot-edit-not-yours = Only the officer who keeps this contact, or an admin, may change it.
bot-edit-done = ✔ Done
bot-edit-finished = Done. /who shows the card.
bot-edit-saved = ✔ Saved.
bot-edit-field-name-add = ➕ Name
bot-edit-field-name-remove = ➖ Name
bot-edit-field-category = Categories
bot-edit-field-org = Organization
bot-edit-field-place = Place
bot-edit-field-lang = Language
bot-edit-field-email = E-mail
bot-edit-field-phone = Phone
bot-edit-field-birthday = Birthday
bot-edit-ask-name-add = Send the name to add, in any script (김영남, 金永男, Jin Yongnan).
bot-edit-ask-name-remove = Which name should go?
bot-edit-ask-category = Press a category to add (+) or remove (−) it.
bot-edit-ask-org = Send the new organization and title, separated by “/”: <i>辽宁省外事办公室 / 处长</i>. The current post ends today.
bot-edit-ask-place = Send the city or province, any name form (하얼빈, 哈尔滨, Harbin).
bot-edit-ask-lang = Which language does this person read?
bot-edit-ask-email = Send an e-mail address to add, with a label if you like (<i>work:kim@example.cn</i>), or one to remove after “-”.
bot-edit-ask-phone = Send a phone number to add, with a label if you like (<i>mobile:+86 138 0000 0000</i>), or one to remove after “-”.
bot-edit-ask-birthday = Send the birthday as YYYY-MM-DD; write “lunar” first for a lunar-calendar birthday (<i>lunar 1968-08-15</i>).

mydata-birthday = Birthday: { $date }
mydata-birthday-lunar = Birthday: { $date } (lunar calendar)
mydata-positions = Positions, honours and seats
mydata-signed = Signed an agreement with Seoul ({ $status })
mydata-ties = Ties recorded with you (who the other person is stays theirs)

due-digest-birthdays = 🎂 Birthdays this week
due-digest-birthday = {"  "}{ $name } — { $date } ({ $days ->
        [0] today
        [one] tomorrow
       *[other] in { $days } days
    })
due-digest-birthday-lunar = {"  "}{ $name } — { $date }, lunar birthday ({ $days ->
        [0] today
        [one] tomorrow
       *[other] in { $days } days
    })

bot-edit-back = ← Fields
bot-edit-which = Which field next? What was saved stays saved.
cmd-web = Sign in to the web console
bot-web-link = Your sign-in link to the web console — it works once, within { $minutes } minutes, and only for you. Do not forward it.
    { $url }
