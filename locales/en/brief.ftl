brief-place-title = Relationship brief: { $place }
brief-person-title = Person brief: { $name }
brief-meta = Visit on { $date } · prepared { $generated } · { $count ->
    [one] one person concerned
   *[other] { $count } people concerned
}
brief-meta-person = As of { $date } · prepared { $generated }
brief-region = Covers: { $places }
brief-points = Suggested talking points
brief-none = None
brief-counterparts = Counterparts ({ $shown } of { $total }, most relevant first)
brief-cold = Relationships going cold ({ $count }) — to repair during the visit
brief-promises = Open follow-ups (★ Seoul's promises first)
brief-ties = Agreements, committees, projects, events
brief-agreements = Agreements (sister and friendship cities)
brief-committees = Committees and their members
brief-projects = Cooperation projects
brief-events = Upcoming events
brief-activity = Activity (last 24 months)
brief-tracks-chart = Interactions by diplomacy track
brief-timeline-chart = Interactions per month ({ $months ->
    [one] last month
   *[other] last { $months } months
})
brief-track-none = No track
brief-posted-here = posted here
brief-owner = Owner: { $name }
brief-no-owner = No owner
brief-interests = Interests: { $value }
brief-never-met = No interaction recorded yet.
brief-promised-by-seoul = ★ Seoul's promise
brief-promised-by-them = Their request
brief-due-on = due { $date }
brief-due-late = due { $date } · { $late ->
    [one] one day late
   *[other] { $late } days late
}
brief-point-promise = Report on Seoul's promise “{ $what }” ({ $name }, { $due }).
brief-point-follow-up = Answer { $name }'s request “{ $what }”.
brief-point-reconnect = Repair the relationship with { $name } — { $health }.
brief-point-interest = Shared interest in { $area }: { $count ->
    [one] one counterpart
   *[other] { $count } counterparts
}, { $projects ->
    [one] one project under way
   *[other] { $projects } projects under way
}.
brief-point-interest-person = Share Seoul's experience in { $area }.
brief-point-topic = Follow up on { $area }, discussed { $count ->
    [one] once
   *[other] { $count } times
} recently.
brief-point-event = Invite them to “{ $title }” ({ $date }).
brief-card = The person
brief-history = History
brief-met-with = Met together with
brief-officer = Officer { $name }
brief-footer = Confidential — for the Seoul Metropolitan Government's international relations office only. Contains personal data; do not forward.
brief-chat-place = <b>{ $place }</b> brief ({ $date }) — { $total ->
    [one] one person concerned
   *[other] { $total } people concerned
}, { $cold ->
    [one] one relationship going cold
   *[other] { $cold } relationships going cold
}, { $promises ->
    [one] one promise by Seoul open
   *[other] { $promises } promises by Seoul open
}.
brief-chat-person = <b>{ $name }</b> <i>{ $others }</i> — { $health }; { $follow_ups ->
    [one] one open follow-up
   *[other] { $follow_ups } open follow-ups
}.
brief-chat-attached = The full brief is in the attached HTML file (prints on A4).
brief-written = Brief written to { $path }.
brief-usage = A brief on which place or person? <i>/brief Harbin December 10</i> or <i>/brief Jin Yongnan</i> (the day of the visit, if not today, at the end: 2026-12-10, Dec 10, next Friday…)
brief-person-place = Place: { $place }
brief-date-impossible = “{ $text }” is not a date that exists. Send the day of the visit as, for example, 2026-12-10, December 10 or “next Friday”.
brief-pick = Several people match “{ $query }”. Whose brief?
cmd-brief = A relationship brief before a visit

brief-committee-last-meeting = last met { $date }

brief-ways-in = Ways in
brief-ways-in-none = No officer has met them or anyone tied to them yet.
