# 텔레그램 봇 (HTML 모드: 값은 코드에서 이스케이프).

cmd-log = 면담·통화·메시지 기록
cmd-who = 이름으로 인물 찾기
cmd-due = 연락할 때가 된 관계
cmd-add = 연락처 추가
cmd-lang = 언어 변경
cmd-help = 사용 안내
cmd-cancel = 진행 중인 대화 취소
cmd-mydata = 나에 대해 저장된 모든 정보

lang-name-ko = 한국어
lang-name-zh-CN = 中文
lang-name-en = English

bot-not-enrolled = 인맥은 서울시 국제교류 부서의 인적 네트워크 관리 도구로, 등록된 사용자만 쓸 수 있습니다. 관리자에게 받은 등록 코드가 있으면 <b>/start 코드</b>를 보내세요.
bot-not-enrolled-short = 등록된 사용자만 인맥을 쓸 수 있습니다.
bot-enrolled = { $name } 님, 환영합니다! { $role }(으)로 등록되었습니다.
bot-already-enrolled = 이미 { $name } 님으로 등록되어 있습니다.
bot-group-chat = 개인정보 보호를 위해 1:1 대화에서만 응답합니다. 저에게 직접 말을 걸어 주세요: @{ $bot }
bot-not-allowed = 현재 역할({ $role })로는 쓸 수 없는 기능입니다. /help 에서 쓸 수 있는 기능을 확인하세요.
bot-unknown-command = { $command } 명령은 없습니다. /help 에서 쓸 수 있는 기능을 확인하세요.
bot-stray-text = 면담을 기록하려면 /log 를 보내세요(한 줄로: <i>/log 이름: 메모 #분야 #외교</i>). 인물을 찾으려면 /who 와 이름을 보내세요. 전체 안내는 /help 입니다.
bot-not-text = 글자만 읽을 수 있습니다. /help 에서 쓸 수 있는 기능을 확인하세요.
bot-use-buttons = 위의 버튼으로 답하거나 /cancel 을 보내세요.
bot-cancelled = 취소했습니다. 아무것도 저장하지 않았습니다.
bot-nothing-to-cancel = 취소할 대화가 없습니다.
bot-button-expired = 더 이상 쓸 수 없는 버튼입니다.
bot-button-refused = 회원님께 보낸 버튼이 아니거나 올바르지 않은 버튼입니다. 아무것도 바뀌지 않았습니다.
bot-none = —

bot-help-officer = <b>인맥</b> — { $name } 교류 담당관
    /log — 면담·통화·메시지를 단계별로 기록
    <i>/log 이름: 메모 #분야 #외교</i> — 한 줄로 기록; “어제”, “3일 전”, “11월 20일”, “지난주 금요일” 같은 날짜, #상대(상대측 약속) 같은 태그, “2주 후 후속”을 알아듣습니다
    /who <i>이름</i> — 어떤 문자로 쓴 이름으로도 인물 카드 보기
    /path <i>이름</i> — 인맥으로 그 사람에게 닿는 길
    /due — 연락할 때가 된 관계, 급한 순서로
    /brief <i>지역 또는 이름</i> [<i>날짜</i>] — 방문 전 관계 브리핑
    /add — 연락처 추가
    /event — 행사 만들기 · /invite <i>행사</i> — 초대
    /events — 행사와 초대 현황 · /checkin <i>행사</i> — 참석 확인
    /web — 웹 콘솔 로그인 링크
    /lang — 언어 변경
    /cancel — 진행 중인 대화 취소
    상대방의 메시지를 전달하면 교류로 기록할 수 있습니다.
bot-help-reader = <b>인맥</b> — { $name }
    /who <i>이름</i> — 어떤 문자로 쓴 이름으로도 인물 카드 보기
    /path <i>이름</i> — 인맥으로 그 사람에게 닿는 길
    /brief <i>지역 또는 이름</i> [<i>날짜</i>] — 방문 전 관계 브리핑
    /events — 예정된 행사
    /web — 웹 콘솔 로그인 링크
    /lang — 언어 변경
bot-help-member = <b>인맥</b> — { $name }
    /events — 초대받은 행사와 회신
    /stop — 초대 수신 중단(동의 철회)
    /mydata — 나에 관해 저장된 모든 정보 받기
    /web — 웹 콘솔 로그인 링크
    /lang — 언어 변경
    서울시의 초대장을 이곳에서 받게 됩니다.

bot-lang-choose = 언어를 고르세요:
bot-lang-set = 이제부터 한국어로 안내합니다.

bot-btn-cancel = ✖ 취소
bot-btn-today = 오늘
bot-btn-yesterday = 어제
bot-btn-other-date = 다른 날짜
bot-btn-skip = 건너뛰기
bot-btn-done = 완료
bot-btn-none = 없음
bot-btn-1w = 1주 후
bot-btn-2w = 2주 후
bot-btn-1m = 1개월 후
bot-btn-save = ✔ 저장
bot-btn-same-as-note = 메모와 같음
bot-btn-create = ➕ 새 연락처 “{ $name }”

bot-log-who = 누구를 만나셨나요? 이름을 어떤 문자로든 보내세요(김영남, 金永男, Jin Yongnan).
bot-log-pick = “{ $query }”에 해당하는 사람이 여럿입니다. 누구인가요?
bot-log-near = “{ $query }”이라는 이름은 없습니다. 다음 중 한 분인가요, 아니면 새로운 사람인가요?
bot-log-none = “{ $query }”에 해당하는 사람이 없습니다. 다른 이름을 보내거나 새 연락처를 만드세요:
bot-log-created = 연락처 #{ $id } { $name }을(를) 만들었습니다.
bot-log-when = { $name } 님을 언제 만나셨나요?
bot-log-date-ask = 날짜를 보내세요: 2026-11-20, 11월 20일, “어제”, “3일 전”, “지난주 금요일”…
bot-log-date-invalid = “{ $text }”을(를) 날짜로 읽지 못했습니다. 2026-11-20, 11월 20일, “어제”, “3일 전”, “지난주 금요일”처럼 보내세요.
bot-log-date-future = “{ $text }”은(는) 미래입니다. 교류는 있었던 뒤에 기록하세요.
bot-log-date-impossible = “{ $text }”은(는) 존재하지 않는 날짜라 아무것도 저장하지 않았습니다. 2026-11-20이나 “3일 전”처럼 실제 날짜로 다시 보내세요.
bot-log-date-future-offer = { $date }은(는) 아직 오지 않은 날입니다. 교류는 있었던 뒤에 기록하므로 저장하지 않았습니다. 대신 <b>{ $name }</b> 후속 조치(기한 { $date })로 만들까요?
bot-log-kind = 어떤 교류였나요?
bot-log-track = 어느 외교 분야인가요?
bot-log-topics = 어떤 정책 분야를 다뤘나요? 눌러서 고른 뒤 완료를 누르세요.
bot-log-note = 메모를 보내거나 건너뛰세요.
bot-log-follow-up = 후속 조치를 약속했나요?
bot-log-follow-up-date = 후속 조치 기한은 언제인가요? (2026-12-05, 12월 5일, “2주”…)
bot-log-follow-up-what = 무엇을 해야 하나요?
bot-log-follow-up-default = 후속 연락
bot-log-follow-up-text = { $date } { $kind } 후속: { $note }
bot-log-follow-up-text-bare = { $date } { $kind } 후속 연락
bot-log-planned = <b>{ $name }</b> 후속 조치를 기록했습니다. 기한 { $date } (약속: { $by }): { $what }
bot-promised-by-seoul = 서울시
bot-promised-by-them = 상대측
bot-btn-promised-by-them = ↔ 상대측 약속으로
bot-btn-promised-by-seoul = ↔ 서울시 약속으로
bot-btn-make-follow-up = 📌 후속 조치로 만들기
bot-log-no-colon = “{ $line }”의 앞부분에 해당하는 사람이 없어 아무것도 저장하지 않았습니다. 이름, 쌍점(:), 메모 순으로 쓰세요 — <i>/log { $name }: 어제 상수도 협력 논의</i> — 새 사람을 추가하려면 <i>/log { $name }</i>만 보내세요.
bot-log-no-colon-pick = “{ $line }”이라는 이름은 없습니다. “{ $name }”이(가) 다음 중 한 분이라면 나머지는 메모로 기록합니다:
bot-log-confirm = <b>이 교류를 저장할까요?</b>
bot-log-summary-who = 상대: { $name }
bot-log-summary-when = 날짜: { $date }
bot-log-summary-kind = 유형: { $kind } · { $track }
bot-log-summary-topics = 분야: { $topics }
bot-log-summary-follow-up = 후속 조치: { $date } — { $what } (약속: { $by })
bot-log-summary-note = 메모: { $note }
bot-log-saved = ✔ <b>저장했습니다.</b> { $name } 님과 다음 연락 예정일은 { $due }입니다.

bot-forward-offer = { $name } 님의 메시지({ $date })를 메시지 교류로 기록할까요? 인물을 고르세요:
bot-forward-none = “{ $name }”에 해당하는 연락처가 없습니다. /add 로 추가한 뒤 메시지를 다시 전달하세요.
bot-forward-saved = ✔ { $name } 님의 메시지를 기록했습니다. 다음 연락 예정일은 { $due }입니다.

bot-who-usage = /who 와 이름을 보내세요. 예: <i>/who 김영남</i>
bot-who-none = “{ $query }”에 해당하는 사람이 없습니다.
bot-who-pick = “{ $query }”에 해당하는 사람이 여럿입니다:
bot-who-suggest = “{ $query }”이라는 이름은 없습니다. 혹시 이분인가요?
bot-event-pick = “{ $query }”에 해당하는 행사가 여럿입니다. 어느 행사인가요?

bot-add-names = 알고 있는 모든 문자로 이름을 “/”로 나눠 보내세요: <i>김영남 / 金永男 / Jin Yongnan</i>
bot-add-possible-duplicate = ⚠ 이 이름으로 이미 기록된 사람이 있습니다:
    { $list }
    다른 사람일 때만 계속하세요(또는 /cancel).
bot-add-categories = 분류를 눌러서 고른 뒤 완료를 누르세요.
bot-add-organization = 기관과 직위를 <i>기관, 직위</i> 형식으로 보내거나 건너뛰세요.
bot-add-place = 도시나 성을 누르거나 이름을 보내세요. 건너뛸 수도 있습니다.
bot-add-lang = 이 사람의 언어는?
bot-add-confirm = <b>이 연락처를 추가할까요?</b>
bot-add-summary-names = 이름: { $value }
bot-add-summary-categories = 분류: { $value }
bot-add-summary-organization = 기관: { $value }
bot-add-summary-place = 지역: { $value }
bot-add-summary-lang = 언어: { $value }
bot-add-saved = ✔ { $name }(#{ $id })을(를) 추가했습니다. 면담 기록: /log { $name }

due-btn-log = { $n } ✍ 기록
due-btn-snooze = { $n } ⏰ 1주 뒤
due-btn-done = { $n } ✓ 완료
due-btn-handover = { $n } ↪ 인계
due-no-place = 지역 미상
due-city = 📍 <b>{ $city }</b>
due-item = { $n }. <b>{ $name }</b> — { $health }
due-follow-up = { $n }. { $date } · <b>{ $name }</b> — { $what }
due-follow-up-overdue = { $n }. ⚠ { $date } · <b>{ $name }</b> — { $what } <i>({ $late }일 지남)</i>
due-follow-up-promised = { $n }. { $date } · <b>{ $name }</b> — { $what } <i>(서울시 약속)</i>
due-follow-up-overdue-promised = { $n }. ⚠ { $date } · <b>{ $name }</b> — { $what } <i>(서울시 약속, { $late }일 지남)</i>
due-digest-title = ☀️ <b>{ $date } 오늘의 관계 관리</b>
due-digest-relationships = <b>연락할 때가 된 관계 { $count }건</b>
due-more = … 외 { $count }건 — /due
due-digest-follow-ups = <b>다가오는 후속 조치 { $count }건</b>
due-more-follow-ups = … 외 후속 조치 { $count }건
due-digest-unowned = 담당자가 없는 관계 { $count }건도 연락할 때가 되었습니다 — /due
due-digest-footer = <i>번호별 버튼: 기록 · 1주 뒤 다시 알림 · 완료 · 다른 담당관에게 인계</i>
due-none = 지금 연락할 때가 된 관계가 없습니다. 👍
due-title = <b>연락할 때가 된 관계</b> — 내 담당 { $count }건
due-unowned-heading = <b>담당자 없음</b> ({ $count }건)
due-btn-previous = ◀ 이전
due-btn-next = 다음 ▶
due-page = { $page }/{ $pages }
due-follow-up-reminder = ⏰ <b>오늘까지인 후속 조치</b>
due-snoozed = { $name }: { $date }까지 미뤘습니다.
due-follow-up-snoozed = { $name } 후속 조치를 { $date }로 미뤘습니다.
due-follow-up-promised-by = { $name } 후속 조치: 이제 { $by } 약속으로 기록됩니다.
due-done-contact = { $name }: 오늘 연락한 것으로 기록했습니다.
due-done-follow-up = { $name } 후속 조치를 완료했습니다.
due-follow-up-already-done = { $name } 후속 조치는 이미 완료되었습니다.
due-handover-nobody = 인계할 다른 담당관이 없습니다.
due-handover-pick = <b>{ $name }</b>: 누구에게 인계할까요?
due-handed-over = <b>{ $name }</b>: { $to }에게 인계했습니다. 이제 { $to }이(가) 알림을 받습니다.
due-handover-received = ↪ { $from }이(가) <b>{ $name }</b>을(를) 인계했습니다. 이제 담당자는 당신입니다.
due-btn-card-log = ✍ 기록
due-btn-card-cadence = ⏰ 연락 주기
due-cadence-days = { $days }일
due-cadence-default = 분류 기본값
due-cadence-pick = <b>{ $name }</b>: 지금은 { $days }일마다 연락합니다. 새 주기를 고르세요.
due-cadence-set = <b>{ $name }</b>: 이제 { $days }일마다 연락합니다. 다음 연락 시기 { $due }.
due-cadence-cleared = <b>{ $name }</b>: 분류 기본값({ $days }일)으로 돌아갔습니다. 다음 연락 시기 { $due }.
event-btn-accept = ✅ 참석
event-btn-decline = ❌ 불참
event-btn-maybe = 🤔 미정
event-invitation-head = 📨 <b>초대장</b>
event-line-title = <b>{ $title }</b>
event-line-when = { $kind } · { $when }
event-line-where = 📍 { $venue }
event-line-fallback = <i>(한국어 안내가 없어 { $language }로 보여 드립니다.)</i>
event-line-deadline = 회신 기한: { $deadline }
event-promoted = 🎉 자리가 났습니다. <b>{ $title }</b>({ $when })에 참석하시는 것으로 기록했습니다.
event-rsvp-accepted = 참석으로 기록했습니다: { $title }
event-rsvp-declined = 불참으로 기록했습니다: { $title }
event-rsvp-tentative = 미정으로 기록했습니다: { $title }
event-rsvp-waitlisted = 정원이 차서 대기자로 기록했습니다: { $title }. 자리가 나면 알려 드립니다.
event-rsvp-unchanged = 이미 { $status }(으)로 기록되어 있습니다.
bot-consent-invitations-question = 서울시 국제교류 행사(포럼, 서울클럽 모임 등) 초대장을 이 채팅으로 받으시겠습니까? 언제든 /stop 으로 중단할 수 있습니다.
bot-consent-yes = 네, 받겠습니다
bot-consent-no = 아니요
bot-consent-invitations-thanks = 감사합니다. 행사 초대장을 이 채팅으로 보내 드리겠습니다. 그만 받으시려면 /stop 을 보내 주세요.
bot-consent-invitations-declined = 알겠습니다. 초대장을 보내지 않겠습니다. 마음이 바뀌시면 /start 를 보내 주세요.
bot-consent-reminders-question = 한 가지 더 여쭙겠습니다. 서울시 교류 담당관이 회원님과의 연락을 잊지 않도록 알림을 받아도 될까요? (담당관의 연락 목록에 회원님 성함이 오르고, 회원님께 약속한 일을 알려 드립니다.) 이 때문에 회원님께 보내는 메시지는 없습니다. 언제든 /stop 으로 철회할 수 있습니다.
bot-consent-reminders-thanks = 감사합니다. 담당관이 회원님과의 연락을 잊지 않도록 알림을 받습니다.
bot-consent-reminders-declined = 알겠습니다. 담당관에게 회원님에 관한 알림을 보내지 않겠습니다.
bot-stop-done = 모든 초대 수신과 회원님에 관한 알림을 중단하고 동의를 철회했습니다. 다시 동의하시려면 /start 를 보내 주세요.
bot-stop-nothing = 받고 계신 초대가 없습니다. 다시 받으시려면 /start 를 보내 주세요.
bot-events-item = <b>{ $title }</b>
    { $when } · 내 회신: { $status }
bot-events-none = 앞으로 초대받은 행사가 없습니다.
bot-events-none-officer = 예정된 행사가 없습니다.
bot-events-title = <b>예정된 행사</b>
bot-events-row = #{ $id } <b>{ $title }</b> · { $kind } · { $when }
    { $counts }
bot-events-row-cancelled = #{ $id } [취소됨] <b>{ $title }</b> · { $kind } · { $when }
    { $counts }
cmd-events = 행사와 초대 현황
cmd-stop = 초대 수신 중단
event-reminder-head = ⏰ <b>내일 행사 안내</b> — 참석하시는 행사가 곧 시작합니다.
event-changed-head = ✏️ <b>행사 일정이 바뀌었습니다</b>
event-cancelled-head = 🚫 <b>행사가 취소되었습니다</b>
bot-checkin-usage = 참석 확인할 행사를 알려 주세요: <i>/checkin 행사 번호 또는 이름</i> (/events 에서 번호 확인)
bot-checkin-nobody = <b>{ $title }</b>: 참석 확인할 초대 대상이 없습니다.
bot-checkin-list = <b>{ $title }</b> 참석 확인 — { $count }명 ({ $page }쪽). 오신 분을 누르세요.
bot-checkin-done = { $name }: 참석을 확인하고 교류로 기록했습니다.
bot-checkin-already = { $name }: 이미 참석 확인되었습니다.
cmd-checkin = 행사 참석 확인
bot-event-kind = 새 행사 — 어떤 행사인가요?
bot-event-title = 행사 제목을 보내 주세요(한국어, 중국어 또는 영어; 문자로 언어를 알아봅니다).
bot-event-when = 언제 시작하나요? <i>2026-12-10 14:00</i> 형식으로 보내 주세요({ $zone } 기준).
bot-event-place = 어디에서 열리나요? 버튼을 누르거나 도시 이름을 보내 주세요.
bot-event-capacity = 정원은 몇 명인가요? 숫자를 보내거나 건너뛰세요.
bot-event-deadline = 회신 기한은 언제인가요? <i>2026-12-08</i> 또는 <i>2026-12-08 18:00</i> 형식으로 보내거나 건너뛰세요.
bot-event-confirm = 이대로 만들까요?
bot-event-summary = 종류: { $kind }
    제목: { $title }
    시작: { $when }
    장소: { $place }
    정원: { $capacity }
    회신 기한: { $deadline }
bot-event-saved = 행사 #{ $id } <b>{ $title }</b>을(를) 만들었습니다. 초대하려면 /invite { $id }
bot-invite-usage = 어떤 행사에 초대할까요? <i>/invite 행사 번호 또는 이름</i> (/events 에서 번호 확인)
bot-invite-categories = <b>{ $title }</b> 초대 — 어떤 분류의 연락처를 초대할까요? 고르지 않고 완료를 누르면 모든 분류입니다.
bot-invite-places = 어느 지역의 연락처를 초대할까요? 성을 고르면 그 도시들도 포함됩니다. 고르지 않으면 모든 지역입니다.
bot-invite-preview = 새로 초대할 연락처 { $total }명 — 봇으로 보낼 수 있는 회원 { $reachable }명, 봇으로 보낼 수 없는 { $unreachable }명(봇에 등록하지 않음 { $no_account }명, 초대 수신에 동의하지 않음 { $no_consent }명, 봇을 차단함 { $blocked }명). 이미 초대됨 { $already }명.
    예: { $sample }
bot-invite-nobody = 이 대상 중 봇으로 초대할 수 있는 사람이 없습니다. 회원은 봇에 등록하고(관리자가 <i>inmaek user invite --role member --contact …</i>로 코드를 만들어 보냄) 초대 수신에 동의해야 초대됩니다. 나머지는 <i>inmaek event unreachable</i>이 이메일·전화번호와 함께 보여 줍니다.
bot-invite-send = 초대장 { $count }건 보내기
bot-invite-done = <b>{ $title }</b>({ $when }): 초대장 { $queued }건을 보냅니다. 봇으로 연락할 수 없는 { $unreachable }명은 <i>inmaek event unreachable { $id }</i> 로 확인하세요.
cmd-event = 행사 만들기
cmd-invite = 행사에 초대하기
mydata-title = { $name }님에 관해 저장된 정보
mydata-intro = 서울시 국제교류 담당 부서가 저장한 당신에 관한 모든 정보입니다. JSON 파일은 저장된 그대로입니다.
mydata-names = 이름
mydata-details = 분류·관심 분야·연락처·메모
mydata-interactions = 교류 기록
mydata-with-others = 다른 { $count }명과 함께 (여럿이 함께한 만남의 메모는 본인만의 정보가 아니므로 보여 주지 않습니다)
mydata-follow-ups = 후속 조치
mydata-follow-up-shared = (여럿이 함께한 만남에서 한 약속: 내용이 본인만의 정보가 아니므로 보여 주지 않습니다)
mydata-invitations = 행사 초대
mydata-consents = 동의
mydata-consent = { $purpose }: { $granted } 동의(문구 { $version }), 철회 { $withdrawn }
mydata-sent = 저장된 모든 정보를 두 파일로 보내 드립니다: 저장된 그대로의 JSON과 읽기 쉬운 HTML.

# A handler failed: nothing of this update was saved.
bot-failed = 문제가 생겨 아무것도 저장하지 못했습니다. 다시 시도해 주세요.
erase-dialogue-cleared = 진행 중이던 대화를 지웠습니다. 본인 요청으로 정보가 삭제된 사람이 언급되어 있었습니다. 저장된 것은 없으니 다시 시작해 주세요.

cmd-path = 인맥으로 그 사람에게 닿는 길
bot-path-usage = /path 뒤에 그 사람의 이름을 어느 문자로든 쓰세요: <i>/path 张丽</i>.
bot-edit-btn = ✏️ 수정
bot-edit-menu = { $name }의 무엇을 바꿀까요? 바꾸는 대로 바로 저장됩니다.
bot-edit-not-yours = 이 연락처를 맡은 담당관이나 관리자만 바꿀 수 있습니다.
bot-edit-done = ✔ 완료
bot-edit-finished = 완료했습니다. /who로 카드를 볼 수 있습니다.
bot-edit-saved = ✔ 저장했습니다.
bot-edit-field-name-add = ➕ 이름
bot-edit-field-name-remove = ➖ 이름
bot-edit-field-category = 분류
bot-edit-field-org = 소속
bot-edit-field-place = 지역
bot-edit-field-lang = 언어
bot-edit-field-email = 이메일
bot-edit-field-phone = 전화
bot-edit-field-birthday = 생일
bot-edit-ask-name-add = 추가할 이름을 어느 문자로든 보내세요(김영남, 金永男, Jin Yongnan).
bot-edit-ask-name-remove = 어느 이름을 지울까요?
bot-edit-ask-category = 분류를 누르면 추가(+)하거나 뺍니다(−).
bot-edit-ask-org = 새 소속과 직함을 “/”로 나눠 보내세요: <i>辽宁省外事办公室 / 처장</i>. 지금 직위는 오늘로 끝납니다.
bot-edit-ask-place = 도시나 성 이름을 어느 형태로든 보내세요(하얼빈, 哈尔滨, Harbin).
bot-edit-ask-lang = 이분은 어느 언어로 읽나요?
bot-edit-ask-email = 추가할 이메일 주소를 보내세요. 이름표를 붙여도 됩니다(<i>직장:kim@example.cn</i>). 지우려면 앞에 “-”를 붙이세요.
bot-edit-ask-phone = 추가할 전화번호를 보내세요. 이름표를 붙여도 됩니다(<i>휴대:+86 138 0000 0000</i>). 지우려면 앞에 “-”를 붙이세요.
bot-edit-ask-birthday = 생일을 YYYY-MM-DD로 보내세요. 음력이면 앞에 “음력”을 쓰세요(<i>음력 1968-08-15</i>).

mydata-birthday = 생일: { $date }
mydata-birthday-lunar = 생일: 음력 { $date }
mydata-positions = 직위·서훈·위원직
mydata-signed = 서울과의 협정에 서명 ({ $status })
mydata-ties = 기록된 관계 (상대가 누구인지는 그분의 정보입니다)

due-digest-birthdays = 🎂 이번 주 생일
due-digest-birthday = {"  "}{ $name } — { $date } ({ $days ->
        [0] 오늘
       *[other] { $days }일 후
    })
due-digest-birthday-lunar = {"  "}{ $name } — { $date }, 음력 생일 ({ $days ->
        [0] 오늘
       *[other] { $days }일 후
    })

bot-edit-back = ← 항목
bot-edit-which = 다음은 어느 항목을 바꿀까요? 저장한 것은 그대로 남습니다.
cmd-web = 웹 콘솔 로그인
bot-web-link = 웹 콘솔 로그인 링크입니다. { $minutes }분 안에 한 번만, 본인만 쓸 수 있습니다. 다른 사람에게 전달하지 마세요.
    { $url }
