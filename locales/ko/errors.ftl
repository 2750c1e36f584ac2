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
error-possible-duplicate = 이 이름 가운데 하나로 이미 기록된 사람이 있습니다: { $candidates }. 그 연락처를 쓰거나 “inmaek contact merge”로 나중에 합치세요. 다른 사람이면 --allow-duplicate를 붙여 추가하세요.
error-merge-same = 연락처를 자기 자신과 합칠 수 없습니다.
