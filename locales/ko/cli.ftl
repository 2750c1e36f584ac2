# 관리자 명령줄 출력.

migrate-done = 데이터베이스가 최신 상태입니다.

user-invited = { $name }(#{ $id }) 님을 { $role }(으)로 초대했습니다. 언어 { $lang }, 코드 만료 { $expires }.
user-invited-how = 봇에게 “/start { $code }”를 보내면 등록됩니다. 코드는 한 번만 쓸 수 있습니다.
user-list-empty = 아직 사용자가 없습니다. “inmaek user invite”로 만드세요.
user-list-row = #{ $id } { $name } · { $role } · { $lang } · { $status }
user-enrolled = 등록됨
user-not-enrolled = 등록 전
user-disabled = 비활성화됨
user-disabled-done = { $name }(#{ $id }) 님은 이제 인맥을 쓸 수 없습니다. 봇, --as, 이미 보낸 버튼 모두 지금부터 거절합니다. 대기 중이던 메시지 { $messages }건을 지웠습니다.
user-enabled-done = { $name }(#{ $id }) 님이 다시 인맥을 쓸 수 있습니다.
user-role-done = { $name }(#{ $id }) 님의 역할이 이제 { $role }입니다.
user-moved-to = 연락처 { $contacts }명과 열린 후속 조치 { $follow_ups }건을 { $officer } 님에게 넘겼습니다.
user-moved-unowned = 연락처 { $contacts }명과 열린 후속 조치 { $follow_ups }건은 이제 담당자가 없습니다. “contact handover”로 넘기세요.

cadence-row = { $category } ({ $key }): { $days }일마다
cadence-set = { $category }: { $days }일마다 연락합니다.

contact-added = 연락처 #{ $id } { $name }을(를) 추가했습니다.
contact-list-empty = 해당하는 연락처가 없습니다.
contact-list-row = #{ $id } { $name } · { $categories } · { $place } · { $health }
contact-list-count = 연락처 { $count }명.

health-ok = 연락 유지 중({ $days }일 후 연락 시기)
health-due = 연락할 때{ $days ->
    [0] {""}
   *[other] {" "}({ $days }일 지남)
}
health-overdue = 연락 지연({ $days }일째 연락 없음)

card-title = #{ $id } { $names }
card-none = —
card-categories = {"  "}분류: { $value }
card-place = {"  "}지역: { $value }
card-position-current = {"  "}현직: { $organization } { $title }
card-position-past = {"  "}전직: { $organization } { $title }
card-owner = {"  "}담당관: { $value }
card-interests = {"  "}관심 분야: { $value }
card-lang = {"  "}언어: { $value }
card-email = {"  "}이메일: { $value }
card-phone = {"  "}전화: { $value }
card-telegram = {"  "}텔레그램: { $value }
card-cadence-own = {"  "}연락 주기 { $days }일(개별 설정): { $health }
card-cadence-default = {"  "}연락 주기 { $days }일(분류 기본값): { $health }
card-never = 없음
card-last-interaction = {"  "}최근 교류: { $value }
card-honor = {"  "}명예: { $kind } { $date } ({ $status })
card-follow-ups = {"  "}후속 조치 { $count }건:
card-follow-up-ours = {"    "}{ $date } — { $what } (서울시 약속)
card-follow-up-theirs = {"    "}{ $date } — { $what }
card-recent = {"  "}최근 교류 { $count }건:
card-notes = {"  "}메모: { $value }

interaction-added = 교류 #{ $id }을(를) 기록했습니다: { $date } { $contacts }와(과) { $kind }.
interaction-list-empty = 기록된 교류가 없습니다.
interaction-row = #{ $id } { $date } { $kind }

export-done = 연락처 { $contacts }명, 교류 { $interactions }건을 { $path }에 내보냈습니다.
import-checked = { $path } 파일을 가져올 수 있습니다: 연락처 { $contacts }명, 교류 { $interactions }건, 사용자 { $users }명. 시험 실행이므로 아무것도 쓰지 않았습니다.
import-done = { $path } 파일을 가져왔습니다: 연락처 { $contacts }명, 교류 { $interactions }건, 사용자 { $users }명.

demo-banner = 인맥 데모 — 당신은 교류 담당관 “Demo Officer”로서 실제 봇과 대화합니다. 메시지와 명령(/log, /who 김영남, /due, /add, /lang)을 입력하고, 버튼은 번호를 입력해 누르세요. /quit 로 끝냅니다. 데이터는 모두 가상입니다.
demo-seeded = { $path } 파일을 만들고 가상 연락처 { $count }명과 1년 치 교류를 넣었습니다.
demo-bye = 종료합니다. 변경 내용은 데모 데이터베이스에 남아 있습니다.

search-none = “{ $query }”에 해당하는 것이 없습니다.
search-contact = #{ $id } { $names } ({ $rank })
search-place = 장소 { $key }: { $names }
search-organization = 기관 #{ $id }: { $name }
search-rank-exact = 일치
search-rank-prefix = 앞부분 일치
search-rank-fuzzy = 한 글자 차이
contact-merged = #{ $other } { $other_name }을(를) #{ $keep } { $name }에 합쳤습니다.
import-not-in-encoding = 올바른 { $encoding } 텍스트가 아닙니다
import-not-a-file = 일반 파일이 아닙니다(디렉터리, 장치 또는 파이프). 파일을 지정하세요
import-too-large = { $max }MB보다 큽니다. 연락처 파일이나 덤프가 그렇게 클 수는 없습니다
import-no-vcard = vCard가 없습니다(BEGIN:VCARD 줄 없음). 연락처 파일이 맞습니까?
import-not-utf8 = UTF-8 텍스트가 아닙니다. { $likely }(으)로 읽힙니다. --encoding { $first }처럼 인코딩을 지정하거나 UTF-8로 저장하세요
import-earlier-line = 이 파일의 { $line }행
import-row-invalid = { $line }행: { $column }: { $reason }
import-row-duplicate = { $line }행: 이미 기록됨 { $candidates }
import-csv-checked = { $path }: 새 행 { $new }개, 중복 { $duplicates }개, 잘못된 행 { $invalid }개. 시험 실행이므로 아무것도 쓰지 않았습니다.
import-csv-done = { $path }에서 연락처 { $count }명을 가져왔습니다{ $skipped ->
    [0] .
   *[other] . 이미 기록된 { $skipped }명은 건너뛰었습니다.
}
import-unknown-owner = 연락처 { $count }명의 담당자({ $owners })가 이곳 사용자가 아니어서 담당자 없이 가져옵니다.
card-position-current-organization = {"  "}소속: { $organization }
card-position-past-organization = {"  "}이전 소속: { $organization }

cadence-set-contact = #{ $id } { $name }: 개별 연락 주기 { $days }일. 다음 연락 시기 { $due }.
cadence-cleared-contact = #{ $id } { $name }: 개별 연락 주기를 없앴습니다(분류 기본값 적용). 다음 연락 시기 { $due }.
contact-handover-done = { $from } → { $to }: 연락처 { $contacts }건, 진행 중인 후속 조치 { $follow_ups }건을 인계했습니다.
reminders-tick-done = 일일 요약 { $digests }건, 후속 조치 알림 { $follow_ups }건을 대기열에 넣었습니다. 보냄 { $sent }건, 재시도 대기 { $waiting }건, 전송 실패 { $dead }건.
outbox-none = 대기열이 비어 있습니다.
outbox-none-dead = 전송 실패한 메시지가 없습니다.
outbox-row = #{ $id } { $status } · { $kind } → { $recipient } · { $at } · 시도 { $attempts }회 { $error }
outbox-retried = #{ $id } { $kind }: 다시 대기열에 넣었습니다. 다음 전송 때 보냅니다.
event-added = 행사를 만들었습니다: { $title } — { $when }
event-none = 예정된 행사가 없습니다.
event-no-invitations = 초대 없음
event-count = { $status } { $count }
event-row = #{ $id } { $title } · { $kind } · { $when } · { $place } · { $counts }
event-row-cancelled = #{ $id } [취소됨] { $title } · { $kind } · { $when } · { $place } · { $counts }
event-invite-preview = { $title }: 새로 초대할 연락처 { $total }명 — 봇으로 보낼 수 있는 회원 { $reachable }명, 보낼 수 없음: 계정 없음 { $no_account }명, 동의 없음 { $no_consent }명, 연락 불가 { $unreachable }명. 이미 초대됨 { $already }명.
event-invite-sample = 예: { $names }
event-invite-confirm = 보내려면 같은 명령에 --yes 를 붙여 다시 실행하세요. 아직 아무것도 기록하지 않았습니다.
event-invite-done = { $title }: 초대장 { $queued }건을 대기열에 넣었습니다. 봇으로 연락할 수 없는 { $unreachable }명은 inmaek event unreachable { $id } 로 확인하세요. 이미 초대됨 { $already }명.
event-attendee-row = #{ $id } { $name } · { $status } · { $delivery }
event-unreachable-row = #{ $id } { $name } · { $reason }
event-unreachable-none = 봇으로 연락할 수 없는 초대 대상이 없습니다.
member-revoked = { $name }: { $purposes }를 철회했습니다. 대기 중인 초대는 보내지 않고, 이 회원에 관한 알림도 멈춥니다.
member-no-consent = { $name }: 철회할 동의가 없습니다.
consent-purpose-invitations = 행사 초대 수신 동의
consent-purpose-reminders = 연락 유지 알림 동의
consent-purpose-all = 모든 동의(초대 수신과 연락 유지 알림)
export-done-events = { $path }에 행사 { $events }건을 썼습니다.
event-changed = 바꾸었습니다: { $title } — { $when }. 참석 회신한 { $told }명에게 알립니다.
event-cancelled = 취소했습니다: { $title } — { $when }. 참석 회신한 분들께 알립니다.
audit-row = { $at } · { $who } ({ $channel }) · { $action } · { $scope } · 대상 { $subjects }
audit-none = 기록이 없습니다.
audit-command-line = 관리자 명령줄
audit-all-contacts = 모든 연락처
audit-action-card = 인물 카드 열람
audit-action-brief = 브리핑 열람
audit-action-export = 내보내기
contact-erase-confirm = #{ $id } { $names }: 이 사람에 관한 모든 것(이름, 메모, 후속 조치, 초대, 회원 계정, 대기 중인 메시지)을 되돌릴 수 없게 지웁니다. 함께한 교류에서는 이름을 가립니다. 지우려면 --yes 를 붙여 다시 실행하세요.
contact-erased = #{ $id }를 지웠습니다: 혼자 관련된 교류 { $deleted }건 삭제, 다른 사람과 함께한 교류 { $redacted }건에서 가림. 접근 기록에는 { $pseudonym }(으)로 남습니다.
contact-erased-traces = 다른 글 { $texts }건(메모, 후속 조치, 보낸 메시지, 접근 기록의 검색어)에서 가렸고, 보내지 않은 관련 메시지 { $dropped }건을 지웠고, 이 사람이 언급된 진행 중 대화 { $dialogues }건을 지우고 담당관에게 알렸습니다.
audit-action-erase = 삭제
audit-action-mydata = 본인 정보 열람(/mydata)
audit-purged = { $date } 이전 접근 기록 { $count }건을 지웠습니다(2년 이상 지난 기록만 지울 수 있습니다).
audit-action-purge = 오래된 접근 기록 삭제
audit-action-contact-add = 연락처 추가
audit-action-interaction-add = 교류 기록
audit-action-follow-up-done = 후속 조치 완료
audit-action-follow-up-moved = 후속 조치 일정 변경
audit-action-follow-up-add = 후속 조치 기록
audit-action-follow-up-changed = 후속 조치 변경(약속한 쪽)
audit-action-snooze = 미루기
audit-action-cadence = 연락 주기 변경
audit-action-handover = 인계
audit-action-merge = 중복 병합
audit-action-consent-given = 동의
audit-action-consent-declined = 동의 거부
audit-action-consent-withdrawn = 동의 철회
audit-action-event-add = 행사 등록
audit-action-event-change = 행사 변경
audit-action-event-cancel = 행사 취소
audit-action-invite = 초대
audit-action-rsvp = 초대 응답
audit-action-check-in = 행사 참석 확인
audit-action-user-invite = 등록 코드 발급
audit-action-enrol = 등록
audit-action-list = 연락처 목록 조회
audit-action-search = 검색
audit-action-interactions = 교류 목록 조회
audit-action-attendees = 행사 참석자 목록 조회
audit-action-unreachable = 봇이 연락할 수 없는 회원 목록 조회
audit-action-outbox = 대기 메시지 목록 조회
audit-action-audit = 접근 기록 열람
audit-action-users = 사용자 목록 조회
audit-action-due = 연락할 관계 목록 조회(/due)
audit-action-message = 이 사람이 언급된 메시지 수신(요약, 알림)
audit-action-access-request = 열람 요청에 응답
audit-action-user-disable = 사용자 접근 종료
audit-action-user-enable = 사용자 접근 복구
audit-action-user-role = 사용자 역할 변경
audit-action-restore = 백업 복원
audit-action-outbox-retry = 메시지 재전송
audit-system = 스케줄러
audit-stranger = 등록 중인 계정
contact-data-written = 저장된 정보를 { $path }에 썼습니다(본인만 읽을 수 있음).
