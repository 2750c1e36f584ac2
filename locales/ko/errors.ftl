# 거절 사유: 한 문장으로, 항목과 값을 밝혀서.

kind-category = 분류
kind-policy-area = 정책 분야
kind-track = 외교 분야
kind-interaction-kind = 교류 유형
kind-role = 역할
kind-name-form = 이름 형식
kind-honor-kind = 명예
kind-honor-status = 명예 상태
kind-agreement-status = 협약 상태
kind-project-stage = 사업 단계
kind-organization-kind = 기관 유형
kind-lang = 언어

kind-event-status = 행사 상태
kind-delivery = 전달 방식
kind-consent-purpose = 동의 목적

error-unknown-key = 알 수 없는 { $kind } “{ $value }”입니다. 다음 중 하나를 쓰세요: { $expected }.
error-unknown-place = 알 수 없는 장소 “{ $value }”입니다. 장소 키(harbin)나 이름(하얼빈, 합이빈, 哈尔滨, Harbin)을 쓰세요.
error-unknown-time-zone = 알 수 없는 시간대 “{ $value }”입니다. Asia/Seoul 같은 IANA 이름을 쓰세요.
error-invalid-date = { $field }: “{ $value }”은(는) 올바른 날짜가 아닙니다(YYYY-MM-DD 형식).
error-no-database = { $path }에 데이터베이스가 없습니다(DATABASE_URL). “inmaek migrate”(또는 “inmaek import FILE”, “inmaek user invite …”)로 만들거나 DATABASE_URL이 기존 데이터베이스를 가리키게 하세요.
error-not-a-count = { $field }: “{ $value }”은(는) 숫자가 아닙니다. { $least } 이상의 정수를 숫자로 쓰세요(예: 40).
error-invalid-date-time = { $field }: “{ $value }”은(는) 올바른 날짜나 시각이 아닙니다(YYYY-MM-DD, “YYYY-MM-DD HH:MM” 또는 RFC 3339).
error-invalid-instant = { $field }: “{ $value }”은(는) 올바른 시각이 아닙니다(2026-12-10T14:00:00+09:00 같은 RFC 3339 형식).
error-invalid-local-time = { $field }: “{ $value }”은(는) 올바른 날짜와 시각이 아닙니다(행사 시간대 기준 “YYYY-MM-DD HH:MM” 또는 RFC 3339).
error-in-future = { $field }: “{ $value }”은(는) 미래 시점입니다. 교류는 있었던 뒤에 기록하세요.
error-ends-before-start = { $field }: “{ $value }”이(가) 시작보다 앞섭니다.
error-empty = { $field } 값이 비어 있습니다.
error-too-long = { $field } 값이 { $max }자를 넘습니다.
error-invalid = { $field }: “{ $value }”은(는) 올바르지 않은 값입니다.
error-year-out-of-range = { $field }: { $value }은(는) 1900년부터 2100년 사이가 아닙니다. 연도를 확인하세요.
error-control-character = { $field }에 제어 문자({ $code })가 들어 있습니다. 줄바꿈과 탭은 메모에만 쓸 수 있습니다.
error-no-name = 연락처에는 이름이 하나 이상 있어야 합니다: --hangul, --hanzi 또는 --latin.
error-contact-not-found = “{ $query }”에 해당하는 연락처가 없습니다.
error-ambiguous-contact = “{ $query }”에 해당하는 연락처가 여럿입니다. 다음 중 하나의 번호를 쓰세요: { $candidates }.
error-only-near-names = “{ $query }”이라는 연락처는 없습니다. 가장 비슷한 이름: { $candidates }. 원하는 사람의 번호를 쓰세요.
error-user-not-found = “{ $name }”(이)라는 사용자가 없습니다.
error-import-invalid-rows = { $path }: 잘못된 행이 { $count }개 있습니다(위 목록). 가져오면 아무것도 쓰지 않습니다.
error-not-an-officer = { $name }은(는) 교류 담당관이 아닙니다({ $role }).
error-user-name-taken = “{ $name }”(이)라는 사용자가 이미 등록되어 있습니다. 다른 이름을 쓰세요.
error-member-needs-contact = 회원은 연락처와 연결되어야 합니다: --contact를 추가하세요.
error-contact-only-for-member = 연락처는 회원에게만 연결됩니다: --contact를 빼거나 --role member를 쓰세요.
error-code-unknown = 유효하지 않은 등록 코드입니다.
error-code-used = 이미 사용된 등록 코드입니다.
error-code-expired = 만료된 등록 코드입니다. 관리자에게 새 코드를 요청하세요.
error-telegram-already-enrolled = 이 텔레그램 계정은 이미 다른 사용자로 등록되어 있습니다.
error-dump-format = 이 파일은 이 프로그램이 읽을 수 있는 인맥 덤프가 아닙니다(“{ $found }”).
error-dump-invalid = 덤프의 { $path } 값을 받아들일 수 없습니다: { $reason } 아무것도 가져오지 않았습니다.
error-dump-missing-reference = { $table }[{ $index }].{ $field } = { $value }: 덤프에 그런 기록이 없습니다. 아무것도 가져오지 않았습니다.
error-dump-duplicate-id = { $table }[{ $index }]: id { $id }이(가) 두 번 나옵니다. 아무것도 가져오지 않았습니다.
error-dump-place-conflict = { $table }[{ $index }]: 장소 “{ $key }”이(가) 이 데이터베이스의 장소 “{ $existing }”과(와) 충돌합니다. 아무것도 가져오지 않았습니다.
error-dump-into-non-empty = 데이터베이스에 이미 기록이 { $count }건 있습니다. 덤프는 빈 데이터베이스에만 복원할 수 있습니다. 아무것도 가져오지 않았습니다.
error-database = 데이터베이스 오류: { $reason }
error-read-file = { $path } 파일을 읽을 수 없습니다: { $reason }
error-write-file = { $path } 파일을 쓸 수 없습니다: { $reason }
error-import-not-json = { $path }은(는) Inmaek 내보내기 파일이 아닙니다. JSON이 아닙니다. CSV나 vCard라면 --format csv 또는 --format vcard로 형식을 지정하세요.
error-import-broken-json = { $path }은(는) 온전한 JSON이 아닙니다. { $line }행 { $column }열에서 끊기거나 잘못되었습니다. 다시 내보내세요.
error-import-not-export = { $path }은(는) JSON이지만 Inmaek 내보내기 파일이 아닙니다(내보내기 파일은 "format": "inmaek-dump"로 시작합니다). 아무것도 가져오지 않았습니다.
error-parse-file = { $path }:{ $line }:{ $column }: { $reason }
error-environment = 환경 변수 { $name }이(가) 없거나 형식이 잘못되었습니다.
error-listen = { $address }에서 연결을 받을 수 없습니다: { $reason }.
error-webhook = 텔레그램이 웹훅을 받아들이지 않았습니다: { $reason }.
error-possible-duplicate = 이 이름 가운데 하나로 이미 기록된 사람이 있습니다: { $candidates }. 그 연락처를 쓰거나 “inmaek contact merge”로 나중에 합치세요. 다른 사람이면 --allow-duplicate를 붙여 추가하세요.
error-merge-same = 연락처를 자기 자신과 합칠 수 없습니다.
error-row = { $path }:{ $line }: { $column }: { $reason } 아무것도 가져오지 않았습니다.
error-csv-unknown-column = 알 수 없는 열 “{ $column }”입니다. 쓸 수 있는 열: { $expected }. 아무것도 가져오지 않았습니다.
error-csv-separator = 머리글이 “{ $separator }”가 들어간 열 하나뿐입니다. 파일이 “{ $separator }”로 구분되어 있는데 인맥은 쉼표로 구분된 파일을 읽습니다. 쉼표로 구분된 CSV로 저장하세요.
error-csv-duplicate-column = “{ $column }” 열이 두 번 나옵니다. 아무것도 가져오지 않았습니다.
error-csv-no-name-column = name_hangul, name_hanzi, name_latin 열 가운데 하나가 있어야 합니다. 아무것도 가져오지 않았습니다.
error-import-duplicates = { $count }개 행이 이미 기록된 사람입니다(이 행: { $candidates }). 아무것도 가져오지 않았습니다. 나머지만 가져오려면 --skip-duplicates, 모두 가져오려면 --allow-duplicates를 쓰세요.
error-row-file = { $path }:{ $line }: { $reason }

error-outbox-not-found = 대기열에 { $id }번 메시지가 없습니다.
error-outbox-not-dead = { $id }번 메시지는 { $status } 상태라 다시 보낼 대상이 아닙니다. 전송 실패한 메시지만 다시 보낼 수 있습니다.
error-not-the-owner = 연락처 #{ $contact }의 담당자는 { $user }이(가) 아닙니다. 아무것도 바꾸지 않았습니다.
error-handover-to-self = 인계는 서로 다른 두 담당관 사이에서만 할 수 있습니다.
kind-event-kind = 행사 종류
kind-invitation-status = 초대 상태
error-event-not-found = “{ $query }” 행사를 찾을 수 없습니다.
error-ambiguous-event = “{ $query }”에 해당하는 행사가 여럿입니다: { $candidates }. 번호로 지정하세요.
error-rsvp-unknown = 더 이상 유효하지 않은 초대 버튼입니다. 아무것도 바꾸지 않았습니다.
error-rsvp-not-yours = 다른 분께 보낸 초대입니다. 아무것도 바꾸지 않았습니다.
error-rsvp-closed = 회신 기한({ $deadline })이 지났습니다. 아무것도 바꾸지 않았습니다.
error-event-cancelled = 취소된 행사입니다.
error-not-a-member = { $name }은(는) 회원이 아닙니다.
error-not-allowed = { $user }({ $role })은(는) 이 명령을 실행할 수 없습니다. 아무것도 하지 않았습니다.
error-in-past = { $field }: “{ $value }”은(는) 이미 지난 시점입니다.
error-dump-unknown-key = { $table }[{ $index }].{ $field } = “{ $value }”: 알 수 없는 { $kind }입니다. 다음 중 하나여야 합니다: { $expected }. 아무것도 가져오지 않았습니다.
error-stored-value = 데이터베이스에 Inmaek이 알지 못하는 값이 있습니다({ $detail }). Inmaek 밖에서 기록된 값입니다. 그 행을 고치거나 덤프에서 복원하세요.
error-user-already-disabled = { $name } 님은 이미 비활성화되었습니다.
error-user-not-disabled = { $name } 님은 비활성화 상태가 아닙니다. 바뀐 것은 없습니다.
error-user-disabled = { $name } 님은 비활성화되어 접근 권한이 끝났습니다.
error-user-not-enrolled = { $name } 님은 아직 등록하지 않아(텔레그램 계정 연결 없음) 그 사용자로 행동할 수 없습니다.
error-role-unchanged = { $name } 님은 이미 { $role }입니다.
error-role-member-change = { $name }: 회원은 연락처와 연결되어 있어 역할을 바꿀 수 없고, 직원을 회원으로 바꿀 수도 없습니다. 다른 역할로 다시 초대하세요.
error-record-for-other = 다른 담당관({ $by }) 명의로 교류를 기록하는 것은 관리자만 할 수 있습니다. 저장된 것은 없습니다.
error-reinvite-other-role = { $name } 님은 { $role }(으)로(또는 다른 연락처로) 이미 초대되었습니다. 새 코드도 그대로입니다. 역할은 “user role”로 바꾸거나 다른 이름으로 초대하세요.
error-format-contradicts = --format { $format }이(가) 파일 이름 { $path }와(과) 맞지 않습니다. 둘 중 하나만 쓰거나 서로 맞추세요. 아무것도 쓰지 않았습니다.

kind-committee-role = 위원회 직책
kind-side = 측
kind-tie-kind = 관계 종류
kind-detail-kind = 연락처 종류
kind-committee = 위원회
kind-agreement = 협정
kind-project = 사업
kind-organization = 기관
kind-position = 직위
kind-relation = 관계
kind-name = 이름
kind-email = 이메일 주소
kind-phone = 전화번호
position-ended = 종료됨
error-not-found = “{ $query }”에 해당하는 { $kind }이(가) 없습니다. 번호나 적힌 그대로의 이름을 입력하세요(목록 명령으로 확인).
error-ambiguous = “{ $query }”에 해당하는 항목이 여럿입니다: { $candidates }. { $kind } 번호를 입력하세요.
error-unchanged = { $kind }은(는) 이미 “{ $value }”입니다. 바뀐 것이 없습니다.
error-with-itself = { $kind }을(를) 자기 자신과 연결할 수 없습니다. 바뀐 것이 없습니다.
error-exists = 이 { $kind }은(는) 이미 기록되어 있습니다(#{ $id }). 추가하지 않았습니다.

error-only-partial = “{ $query }”(이)라는 이름의 { $kind }이(가) 없습니다. 이 이름을 포함한 것: { $candidates }. 번호나 전체 이름을 입력하세요.

error-not-your-record = 이 { $kind }을(를) 기록한 사람이나 관리자만 지울 수 있습니다. 바뀐 것이 없습니다.

error-still-to-come = { $field }: “{ $value }”은(는) 아직 오지 않은 날입니다. 일어난 뒤에 기록하세요.
error-before-latest = { $field }: “{ $value }”은(는) 가장 최근 단계({ $latest })보다 앞섭니다. 경과는 순서대로 기록됩니다. 바뀐 것이 없습니다.

kind-seat = 위원 자리

error-not-on-card = 이 연락처에는 { $kind } “{ $value }”이(가) 없습니다. 바뀐 것이 없습니다.
error-sign-in-link-invalid = 이 로그인 링크는 더 이상 유효하지 않습니다. 이미 사용했거나, 10분이 지났거나, 계정이 비활성화되었습니다. 봇에 /web 을 보내 새 링크를 받으세요.
error-api-token-not-found = 활성 상태인 API 토큰 #{ $id }이(가) 없습니다.
error-api-token-number = API 토큰은 번호로 지정합니다(inmaek token list에서 볼 수 있습니다). “{ $value }”은(는) 번호가 아닙니다.
error-not-yourself = 자신의 계정은 비활성화하거나 역할을 바꿀 수 없습니다. 다른 관리자가 할 수 있습니다.
error-last-admin = { $name } 님은 유일한 활성 관리자입니다. 먼저 다른 사람을 관리자로 지정하세요.
error-check-in-not-yet = 체크인은 행사 시작 12시간 전부터 할 수 있습니다. 아무것도 기록하지 않았습니다.
