card-section-facts = About
card-section-positions = Positions
card-section-reach = How to reach them
card-section-committees = Committees
card-section-honors = Honours
card-section-follow-ups = Follow-ups
card-section-interactions = Interactions
card-section-ties = Ties
card-section-notes = Notes
web-app-name = Inmaek
web-skip = Skip to the content
web-nav-label = Main
web-lang-label = Language
web-nav-home = Home
web-nav-contacts = Contacts
web-nav-due = Due
web-nav-events = Events
web-nav-users = Users
web-nav-access = Access log
web-sign-out = Sign out
web-signed-in-as = { $name } ({ $role })
web-welcome-title = Sign in to Inmaek
web-welcome-how = The console has no passwords. Send /web to the Inmaek bot in Telegram: it answers with a sign-in link that works once, for 10 minutes.
web-welcome-admin = Without Telegram, an administrator can make a link for you with: inmaek user link YOUR-NAME
web-sign-in-title = Sign in
web-sign-in-prompt = Sign in to Inmaek as { $name }?
web-sign-in-button = Sign in
web-sign-in-too-many = Too many sign-in attempts. Wait a minute and try again.
web-home-title = Home
web-home-hello = Welcome, { $name }.
web-home-member = As a member you answer invitations and see your own data in the bot (/events, /mydata); the console has nothing for members.
web-not-allowed = Your role ({ $role }) may not do this.
web-form-expired = This form has expired or did not come from this console. Reload the page and send it again.
web-not-found = There is nothing at this address.
web-failed = Something went wrong on our side; nothing was changed. Try again in a moment.
web-saved = Saved.
web-search-title = Contacts
web-search-label = Name in any script
web-search-button = Search
web-search-none = No one is named “{ $query }”.
web-search-too-long = Type at most { $max ->
    [one] one character
   *[other] { $max } characters
} — no name is longer.
web-edit-heading = Edit
web-edit-org = Organization
web-edit-title = Title
web-edit-place = Place
web-edit-language = Language
web-edit-no-language = (not set)
web-edit-add-name = Add a name
web-edit-email = Add an e-mail
web-edit-phone = Add a phone
web-edit-birthday = Birthday
web-edit-stored = Stored e-mails and phones — tick one to remove it
web-edit-lunar = The birthday is in the lunar calendar
web-edit-categories = Categories
web-edit-save = Save
web-edit-not-owner = Only the contact's owning officer or an administrator may change this contact.
web-col-who = Who
web-col-event = Event
web-col-when = When
web-col-status = Status
web-col-answers = Answers
web-col-answer = Answer
web-col-answered = Answered
web-col-delivery = Delivery
web-col-id = No.
web-col-name = Name
web-col-role = Role
web-col-language = Language
web-col-state = State
web-col-channel = Channel
web-col-action = Action
web-col-scope = Scope
web-col-subjects = Contacts
web-due-title = Due for contact
web-due-empty = Every relationship you keep is in touch.
web-due-unowned = nobody's
web-events-title = Events
web-events-caption = Events, newest first
web-events-empty = No events yet.
web-event-empty = No one is invited yet.
web-users-title = Users
web-users-intro = Invite users, hand them a sign-in link, change staff roles, disable and enable accounts. Every change is in the access log under your name.
web-user-disabled = disabled { $date }
web-user-enrolled = active
web-user-not-enrolled = not in the bot yet
web-access-title = Access log
web-access-intro = Who read or changed what, newest first, with the people each line is about.
web-access-no-user = There is no user #{ $id }.
web-page-newer = ← Newer
web-page-older = Older →
web-pages-label = Pages of the access log
web-access-no-older = No entries are older than these.
web-access-filtered = Only the lines of: { $on }.
web-access-whole = The whole log
web-access-empty = The access log is empty.
web-access-system = the system
api-unauthorized = Send a valid API token: Authorization: Bearer TOKEN (inmaek token create).
api-read-only = This token may only read.
api-not-json = Send the body as JSON (Content-Type: application/json).
api-missing-field = The body lacks the field “{ $field }”; see /api/v1/openapi.json.
api-unknown-field = The body has a field this address does not know: “{ $field }”; see /api/v1/openapi.json.
api-wrong-type = A field of the body has a value of the wrong kind (a number for a text, or the reverse); see /api/v1/openapi.json.
api-wrong-type-of = The field “{ $field }” of the body has a value of the wrong kind; see /api/v1/openapi.json.
api-bad-body = The request body is not the JSON this address expects; see /api/v1/openapi.json.
web-search-count = { $count ->
        [one] One person found
       *[other] { $count } people found
    }
web-due-caption = { $count ->
        [one] One item to act on: relationships due now, follow-ups late or falling due within a week.
       *[other] { $count } items to act on: relationships due now, follow-ups late or falling due within a week.
    }
web-event-caption = { $count ->
        [one] One person invited
       *[other] { $count } people invited
    }
web-users-caption = { $count ->
        [one] One user
       *[other] { $count } users
    }
web-access-caption = { $count ->
        [one] The only entry
       *[other] Entries { $from }–{ $to } of { $count }, newest first
    }
web-event-capacity = Capacity: { $count ->
        [one] one seat
       *[other] { $count } seats
    }
web-events-counts = { $invited ->
        [one] one invited
       *[other] { $invited } invited
    } · { $accepted } coming · { $waitlisted } waitlisted · { $attended } attended
web-event-cancelled = This event is cancelled.
web-invite-label = Whom to invite
web-invite-everyone = every category
web-invite-place = Living or posted in
web-invite-anywhere = anywhere
web-invite-reach-member = in the bot: gets the invitation
web-invite-preview-title = Invite to { $title }
web-invite-preview-nothing-yet = Nothing has been sent yet.
web-invite-preview-caption = { $count ->
        [one] The one contact it would invite
       *[other] The { $count } contacts it would invite
    }
web-invite-preview-empty = Everyone this audience covers is invited already.
web-invite-send = { $count ->
        [0] Record the invitations (the bot reaches no one)
        [one] Send one invitation
       *[other] Send { $count } invitations
    }
web-invite-back = Back to the event without inviting
web-invite-button = Invite
web-nav-places = Places and briefs
web-nav-institutions = Committees and agreements
web-places-title = Places and briefs
web-places-intro = Each province and city opens its relationship brief as of today, with its charts; print it from the browser.
web-places-brief = The whole province's brief
web-places-no-cities = No cities recorded.
web-institutions-title = Committees, agreements and projects
web-institutions-committees = Joint committees
web-institutions-agreements = Agreements
web-institutions-projects = Cooperation projects
web-nav-office = Office view
web-office-title = The office at a glance
web-office-intro = Relationships due for contact now, and those gone cold, by province, category and owning officer; interactions by diplomacy track and policy area over the last twelve months.
web-office-by-province = Going cold, by province
web-office-by-category = Going cold, by category
web-office-by-owner = Going cold, by owning officer
web-office-by-track = Interactions by diplomacy track
web-office-by-area = Interactions by policy area
web-office-col-province = Province
web-office-col-category = Category
web-office-col-owner = Officer
web-office-col-due = Due now
web-office-col-long = Gone cold
web-office-col-month = Month
web-office-no-place = No place recorded
web-office-none-cold = No relationship is due for contact.
web-office-activity-caption = Interactions per month (office time)
web-office-no-activity = No interactions in the last twelve months.
audit-action-office = read the office view
web-office-cold-caption = Relationships due now; gone cold: due for more than { $days ->
        [one] one day
       *[other] { $days } days
    }
web-event-check-in = Check in
event-status-scheduled = scheduled
event-status-cancelled = cancelled
web-title-not-found = Not found
web-title-forbidden = Not allowed
web-title-failed = Something went wrong
web-title-refused = Not done
web-bad-address = This address is not one the console knows: a number or a value in it is not valid.
web-bad-form = This form could not be read: send it from the console's own page.
api-bad-query = A parameter of this request is missing or not valid; see /api/v1/openapi.json.
web-sign-in-elsewhere = This sign-in did not come from the console's own page. Open the link again and press the button there.
web-access-cli = the admin command line
web-invited = { $queued ->
        [0] No invitation is sent by the bot
        [one] One invitation is on its way
       *[other] { $queued } invitations are on their way
    }; { $unreachable ->
        [0] everyone invited can be reached
        [one] one person the bot cannot reach (no account or no consent) is listed as invited
       *[other] { $unreachable } people the bot cannot reach (no account or no consent) are listed as invited
    }.
web-users-invite-heading = Invite a user
web-users-name = Name (as officers will refer to them)
web-users-role = Role
web-users-language = Language
web-users-contact = Contact (members only)
web-users-contact-hint = A member is one of the office's contacts: their name or number.
web-users-invite = Invite
web-users-link = Sign-in link
web-users-change-role = Change role
web-users-handover = Contacts go to
web-users-unowned = (nobody: unowned)
web-users-disable = Disable
web-users-enable = Enable
web-col-actions = Actions
web-users-disabled-done = { $name } (#{ $id }) can no longer use Inmaek: the bot, buttons already sent, web sessions and API tokens refuse them from now on.
web-due-mine-heading = Your relationships
web-due-follow-ups-heading = Follow-ups falling due
web-due-unowned-heading = Nobody owns these
web-due-no-follow-ups = No follow-up falls due this week.
web-due-none-unowned = Every due relationship has an owner.
web-due-contact-item = { $name } · { $city } — { $health }
web-due-follow-up-item = { $date } · { $name } — { $what }{ $late ->
    [0] {""}
    [one] {" "}(one day late)
   *[other] {" "}({ $late } days late)
}{ $promised ->
    [yes] {" "}(promised by Seoul)
   *[no] {""}
}
web-users-you = (you)
web-users-link-not-yours = A sign-in link is only for yourself or for someone who has no bot yet and is not an admin; people in the bot get their own with /web.
web-users-sent-twice = This form was already sent (a reload?); nothing was done again. The code or link shown the first time is the one that works.
web-users-member-needs-contact = A member must be linked to a contact: fill in Contact with their name or number.
web-users-contact-only-for-member = Only a member is linked to a contact: leave Contact empty or choose the role Member.
web-users-reinvite-other-role = { $name } was invited as { $role } (or for another contact); a new code keeps that. Change the role in the table below, or invite under another name.
web-form-elsewhere = This form was sent from another site; nothing was changed. Use the console's own page.
web-edit-stale = This card was saved after you opened this form (by someone else, or by you in another tab); nothing was changed. The card and the form now show it as it is.
web-edit-unsaved = Your form as you sent it (not saved):
web-users-name-field = Name
api-no-such-address = The API has no such address; see /api/v1/openapi.json.
web-card-brief = The relationship brief on this person (printable)
web-access-more = { $count ->
        [one] and one more
       *[other] and { $count } more
    }
web-edit-correct = Correct the current post (a typo, the wrong organization): no former position is kept
web-access-everyone = everyone
api-bad-address = This address is not one the API knows: a number or a value in it is not valid; see /api/v1/openapi.json.
api-no-such-method = This address does not answer that method; see /api/v1/openapi.json for what it does.
web-channel-web = console
web-channel-api = API
web-channel-cli = command line
web-channel-bot = bot
web-channel-system = system
web-scope-all = everyone
web-scope-contacts = contacts
web-scope-users = users
web-scope-interactions = interactions
web-scope-office = the office view
web-scope-audience-preview = audience preview
web-scope-possible-duplicates = possible duplicates
web-scope-place = place
web-scope-date = date
web-scope-event = event
web-scope-project = project
web-scope-committee = committee
web-scope-position = position
web-scope-relation = tie
web-scope-interaction = interaction
web-scope-follow-up = follow-up
web-scope-token = API token
web-scope-owner = owner
web-scope-limit = at most
web-scope-page = page
web-scope-agreement = agreement
web-scope-honor = honour
web-scope-invitation = invitation
web-scope-organization = organization
web-scope-due = due list
web-scope-committee-meeting = committee meeting
web-scope-member = member
web-scope-session = session
web-scope-category = category
web-scope-format = format
web-scope-before = before
