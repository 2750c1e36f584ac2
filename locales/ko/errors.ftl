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
error-invalid-date = { $field }: “{ $value }”은(는) 올바른 날짜가 아닙니다(YYYY-MM-DD, “YYYY-MM-DD HH:MM” 또는 RFC 3339).
error-in-future = { $field }: “{ $value }”은(는) 미래 시점입니다. 교류는 있었던 뒤에 기록하세요.
error-ends-before-start = { $field }: “{ $value }”이(가) 시작보다 앞섭니다.
error-empty = { $field } 값이 비어 있습니다.
error-too-long = { $field } 값이 { $max }자를 넘습니다.
error-invalid = { $field }: “{ $value }”은(는) 올바르지 않은 값입니다.
error-no-name = 연락처에는 이름이 하나 이상 있어야 합니다: --hangul, --hanzi 또는 --latin.
error-contact-not-found = “{ $query }”에 해당하는 연락처가 없습니다.
error-ambiguous-contact = “{ $query }”에 해당하는 연락처가 여럿입니다. 다음 중 하나의 번호를 쓰세요: { $candidates }.
error-user-not-found = “{ $name }”(이)라는 사용자가 없습니다.
error-not-an-officer = { $name }은(는) 교류 담당관이 아닙니다({ $role }).
error-user-name-taken = “{ $name }”(이)라는 사용자가 이미 등록되어 있습니다. 다른 이름을 쓰세요.
error-member-needs-contact = 회원은 연락처와 연결되어야 합니다: --contact를 추가하세요.
error-contact-only-for-member = 연락처는 회원에게만 연결됩니다: --contact를 빼거나 --role member를 쓰세요.
error-code-unknown = 유효하지 않은 등록 코드입니다.
error-code-used = 이미 사용된 등록 코드입니다.
error-code-expired = 만료된 등록 코드입니다. 관리자에게 새 코드를 요청하세요.
error-telegram-already-enrolled = 이 텔레그램 계정은 이미 다른 사용자로 등록되어 있습니다.
error-dump-format = 이 파일은 이 프로그램이 읽을 수 있는 인맥 덤프가 아닙니다(“{ $found }”).
error-dump-missing-reference = { $table }[{ $index }].{ $field } = { $value }: 덤프에 그런 기록이 없습니다. 아무것도 가져오지 않았습니다.
error-dump-duplicate-id = { $table }[{ $index }]: id { $id }이(가) 두 번 나옵니다. 아무것도 가져오지 않았습니다.
error-dump-place-conflict = { $table }[{ $index }]: 장소 “{ $key }”이(가) 이 데이터베이스의 장소 “{ $existing }”과(와) 충돌합니다. 아무것도 가져오지 않았습니다.
error-dump-into-non-empty = 데이터베이스에 이미 기록이 { $count }건 있습니다. 덤프는 빈 데이터베이스에만 복원할 수 있습니다. 아무것도 가져오지 않았습니다.
error-database = 데이터베이스 오류: { $reason }
error-read-file = { $path } 파일을 읽을 수 없습니다: { $reason }
error-write-file = { $path } 파일을 쓸 수 없습니다: { $reason }
error-parse-file = { $path }:{ $line }:{ $column }: { $reason }
error-environment = 환경 변수 { $name }이(가) 없거나 형식이 잘못되었습니다.
error-listen = { $address }에서 연결을 받을 수 없습니다: { $reason }.
error-webhook = 텔레그램이 웹훅을 받아들이지 않았습니다: { $reason }.
error-possible-duplicate = 이 이름 가운데 하나로 이미 기록된 사람이 있습니다: { $candidates }. 그 연락처를 쓰거나 “inmaek contact merge”로 나중에 합치세요. 다른 사람이면 --allow-duplicate를 붙여 추가하세요.
error-merge-same = 연락처를 자기 자신과 합칠 수 없습니다.
error-row = { $path }:{ $line }: { $column }: { $reason } 아무것도 가져오지 않았습니다.
error-csv-unknown-column = 알 수 없는 열 “{ $column }”입니다. 쓸 수 있는 열: { $expected }. 아무것도 가져오지 않았습니다.
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
