# Labels of the domain's closed vocabularies (keys from DOMAIN.md).

category-seoul_club = Seoul Club member
category-honorary_citizen = Honorary citizen of Seoul
category-next_gen_leader = Next-generation leader
category-bridge = Korean-Chinese bridge figure
category-official = Government official
category-researcher = Researcher

policy-area-transportation = Transportation
policy-area-e_government = E-government
policy-area-waterworks = Waterworks
policy-area-environment = Environment
policy-area-urban_planning_housing = Urban planning and housing
policy-area-sewage = Sewage

track-political = Political diplomacy
track-public = Public diplomacy
track-economic = Economic diplomacy
track-peace = Peace diplomacy
track-none = no track

interaction-kind-meeting = Meeting
interaction-kind-call = Call
interaction-kind-message = Message
interaction-kind-event = Event
interaction-kind-visit = Visit
interaction-kind-letter_gift = Letter or gift

role-officer = Liaison officer
role-mayor-office = Mayor's office
role-admin = Administrator
role-member = Member

name-form-hangul = Hangul
name-form-hanzi = Hanzi
name-form-latin = Latin
name-form-alias = alias
name-form-former = former name

honor-kind-honorary_citizen = Honorary citizenship
honor-kind-seoul_club = Seoul Club membership
honor-status-active = active
honor-status-lapsed = lapsed
honor-status-revoked = revoked

agreement-status-exploring = Exploring
agreement-status-friendship = Friendship city
agreement-status-sister_city = Sister city

project-stage-idea = Idea
project-stage-proposal = Proposal
project-stage-mou = MoU
project-stage-done = Done

organization-kind-government = Government
organization-kind-research_institute = Research institute
organization-kind-university = University
organization-kind-company = Company
organization-kind-association = Association
organization-kind-other = Other

outbox-status-pending = pending
outbox-status-sent = sent
outbox-status-dead = dead
outbox-kind-digest = daily digest
outbox-kind-followup = follow-up reminder
outbox-kind-handover = hand-over notice
event-kind-forum = Forum
event-kind-seoul_club_gathering = Seoul Club gathering
event-kind-academic_exchange = Academic exchange
event-kind-delegation_visit = Delegation visit
event-kind-other = Other event
invitation-status-invited = invited
invitation-status-accepted = accepted
invitation-status-declined = declined
invitation-status-tentative = maybe
invitation-status-waitlisted = waitlisted
invitation-status-attended = attended
invitation-status-no_show = no-show
event-delivery-queued = sent by the bot
event-delivery-no_account = no bot account
event-delivery-no_consent = no consent
event-delivery-unreachable = unreachable (blocked the bot)
outbox-kind-invitation = event invitation
outbox-kind-event = event notice

honor-kind-award = Award
agreement-status-mou = MOU
agreement-status-renewed = Renewed
agreement-status-suspended = Suspended
project-stage-pilot = Pilot
project-stage-running = Running
project-stage-stopped = Stopped
committee-role-chair = Chair
committee-role-vice_chair = Vice-chair
committee-role-secretary = Secretary
committee-role-member = Member
side-seoul = Seoul side
side-counterpart = Counterpart side
tie-kind-introduced = Introduced
tie-kind-colleague = Colleague
tie-kind-superior = Superior
tie-kind-family = Family
tie-kind-classmate = Classmate
tie-kind-friend = Friend
detail-kind-email = e-mail
detail-kind-phone = phone
