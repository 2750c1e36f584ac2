# 명령줄 도움말과 사용법 오류(src/cli_text.rs). 키는 명령 경로에서
# 만듭니다: 명령은 help-COMMAND-SUBCOMMAND, 그 인수는
# help-COMMAND-SUBCOMMAND--ARG.

help-heading-usage = 사용법:
help-heading-options = 옵션
help-heading-arguments = 인수
help-heading-commands = 명령
help-value-command = 명령
help-flag-help = 도움말을 보여 줍니다
help-flag-version = 버전을 보여 줍니다
help-note-default = {"["}기본값: { $value }]
help-note-values = {"["}가능한 값: { $values }]
help-note-env = {"["}환경 변수: { $name }]

help-error-no-value = { $arg }에는 값이 필요합니다.
help-error-repeated = { $arg }을(를) 두 번 이상 썼습니다.
help-error-invalid-value = “{ $value }”은(는) { $arg }에 쓸 수 있는 값이 아닙니다.
help-error-value-validation = “{ $value }”은(는) { $arg }에 맞지 않는 값입니다. --help의 설명을 확인하세요.
help-error-unknown-argument = { $arg }은(는) 여기에 쓸 수 없습니다.
help-error-unknown-command = “{ $name }” 명령은 없습니다.
help-error-no-equals = { $arg } 뒤에는 등호를 붙여 값을 쓰세요({ $arg }=값).
help-error-number-of-values = { $arg }에 준 값의 개수가 맞지 않습니다.
help-error-conflict = { $arg }은(는) { $prior }과(와) 함께 쓸 수 없습니다.
help-error-missing = 필요한 인수가 빠졌습니다: { $arg }.
help-error-utf8 = 명령줄이 올바른 UTF-8이 아닙니다.
help-error-other = 명령줄을 읽을 수 없습니다.
help-error-valid-values = 쓸 수 있는 값: { $values }.
help-error-did-you-mean = { $suggestion }을(를) 쓰려고 하셨나요?
help-error-more = 자세한 내용: { $command } --help
help-help = 명령의 도움말을 보여 줍니다(inmaek help contact list)
help-help--command = inmaek 뒤에 쓰는 명령

help-inmaek = 국제교류 부서의 관계 관리 CRM 겸 텔레그램 봇
help-inmaek--as_user = 이 등록 사용자(번호 또는 이름)로서 그 역할의 권한으로 실행하고 접근 기록에도 그 사용자로 남깁니다. 지정하지 않으면 명령줄은 관리자로 실행됩니다

help-serve = SIGINT 또는 SIGTERM을 받을 때까지 텔레그램 봇(롱 폴링 또는 웹훅)과 스케줄러를 실행합니다
help-serve--listen = /healthz, /readyz, /metrics(및 웹훅)용 주소. 예: 127.0.0.1:8080
help-serve--webhook_url = 롱 폴링 대신 이 공개 HTTPS URL의 웹훅으로 업데이트를 받습니다(--listen 주소에서 수신, 지정하지 않으면 127.0.0.1:8080)

help-demo = 이 터미널에서 가상 데이터베이스로 실제 봇과 대화합니다(텔레그램 계정 불필요)
help-demo--db = 데모용 SQLite 파일(없으면 가상 데이터를 넣어 만듭니다)

help-migrate = 아직 적용하지 않은 데이터베이스 마이그레이션을 적용하고 종료합니다

help-user = 인맥 사용자: 교류 담당관, 시장실, 관리자, 회원

help-user-invite = 일회용 등록 코드를 만듭니다. 마지막 줄에는 코드만 출력합니다
help-user-invite--role = officer, mayor-office, admin 또는 member
help-user-invite--name = 사용자 이름. 교류 담당관들이 이 이름으로 그 사용자를 가리킵니다(예: 연락처 담당자로 지정할 때)
help-user-invite--lang = 사용자 언어: ko, zh-CN 또는 en(기본값: INMAEK_LANG)
help-user-invite--tz = 사용자 시간대(기본값: INMAEK_TZ)
help-user-invite--contact = 회원일 때: 그 회원 본인의 연락처(번호 또는 하나로 특정되는 이름)
help-user-invite--valid_days = 코드가 만료되기까지의 일수

help-user-list = 사용자 목록을 역할, 언어, 상태(등록됨, 등록 전, 비활성화됨)와 함께 보여 줍니다

help-user-disable = 사용자의 접근을 즉시 끝냅니다(봇, --as, 이미 보낸 버튼). 그 사용자의 연락처와 진행 중인 후속 조치는 --handover-to로 지정한 담당관에게 넘어가거나 담당자가 없게 됩니다
help-user-disable--user = 사용자(번호 또는 이름)
help-user-disable--handover_to = 그 사용자의 연락처와 후속 조치를 넘겨받을 교류 담당관

help-user-enable = 비활성화된 사용자의 접근을 다시 허용합니다
help-user-enable--user = 사용자(번호 또는 이름)

help-user-role = 직원 사용자의 역할을 바꿉니다: officer, mayor-office 또는 admin
help-user-role--user = 사용자(번호 또는 이름)
help-user-role--role = 새 역할
help-user-role--handover_to = 교류 담당관이 더 이상 담당관이 아니게 될 때: 그 연락처와 후속 조치를 넘겨받을 사람(지정하지 않으면 담당자가 없게 됩니다)

help-contact = 관리자용 연락처 도구

help-contact-add = 연락처를 추가합니다. --hangul, --hanzi, --latin 가운데 하나 이상이 필요합니다
help-contact-add--hangul = 한글 이름, 성을 먼저(김영남)
help-contact-add--hanzi = 한자 이름(金永男)
help-contact-add--latin = 본인이 쓰는 대로의 로마자 이름(Jin Yongnan)
help-contact-add--alias = 다른 이름(여러 번 쓸 수 있음)
help-contact-add--former = 옛 이름(여러 번 쓸 수 있음)
help-contact-add--category = 분류 키(여러 번 쓸 수 있음): seoul_club, honorary_citizen, next_gen_leader, bridge, official, researcher
help-contact-add--interest = 관심 정책 분야(여러 번 쓸 수 있음): transportation, e_government, waterworks, environment, urban_planning_housing, sewage
help-contact-add--org = 기관 이름(없으면 새로 만듭니다)
help-contact-add--title = 그 기관에서의 현재 직함
help-contact-add--place = 장소 키 또는 그 장소의 이름(어느 표기든)
help-contact-add--lang = 선호 언어: ko, zh-CN 또는 en
help-contact-add--tz = 시간대(IANA 이름)
help-contact-add--telegram = 텔레그램 사용자 ID(숫자) 또는 @username
help-contact-add--cadence_days = 개별 연락 주기(일 단위 정수)
help-contact-add--owner = 담당관 이름
help-contact-add--allow_duplicate = 이 이름 가운데 하나로 이미 기록된 사람이 있어도 추가합니다
help-contact-add--email = 이메일 주소
help-contact-add--phone = 전화번호(형식 무관: +86 433 …, 010-…)
help-contact-add--notes = 이 사람에 대한 메모

help-contact-show = 연락처 카드를 보여 줍니다
help-contact-show--contact = 번호 또는 하나로 특정되는 이름(어느 문자로든)

help-contact-list = 연락처 목록을 보여 줍니다
help-contact-list--owner = 담당관 이름
help-contact-list--due = 연락할 때가 되었거나 연락이 지연된 관계만 급한 순서로 보여 줍니다
help-contact-list--category = 이 분류의 연락처만
help-contact-list--place = 이 장소의 연락처만. 성(省)을 지정하면 그 도시들도 포함합니다

help-contact-search = 어느 문자로 쓴 이름으로든 연락처, 장소, 기관을 찾습니다
help-contact-search--query = 예: 김영남, 金永男, "kim yong nam", ㄱㅇㄴ, 요녕 …
help-contact-search--limit = 종류별 최대 개수(1~1000)
help-contact-search--place = 이 장소의 연락처만. 성(省)을 지정하면 그 도시들도 포함합니다
help-contact-search--category = 이 분류의 연락처만

help-contact-data = 본인 정보 열람 요청에 응답합니다: 그 사람에 관해 저장된 모든 것을 본인이 볼 수 있는 형태로 냅니다(다른 사람과 함께한 면담은 메모와 다른 참석자 제외)
help-contact-data--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-contact-data--format = json(저장된 그대로) 또는 html(읽기 쉬운 형태, INMAEK_LANG 언어)
help-contact-data--out = 표준 출력 대신 이 파일에 씁니다(본인만 읽을 수 있음)

help-contact-erase = 요청에 따라 한 사람에 관한 모든 것을 영구히 지웁니다(--yes 필요)
help-contact-erase--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-contact-erase--yes = 실제로 지웁니다(없으면 지울 내용만 알려 줍니다)

help-contact-handover = 한 교류 담당관의 연락처(전부 또는 하나)와 진행 중인 후속 조치를 다른 담당관에게 인계합니다
help-contact-handover--from = 인계하는 담당관(이름 또는 사용자 번호)
help-contact-handover--to = 인계받는 담당관(이름 또는 사용자 번호)
help-contact-handover--contact = 이 연락처만(번호 또는 하나로 특정되는 이름)

help-contact-merge = OTHER를 KEEP에 합칩니다: 이름, 직위, 교류, 후속 조치, 명예. OTHER는 삭제됩니다
help-contact-merge--keep = 남길 연락처(번호 또는 하나로 특정되는 이름)
help-contact-merge--other = 남길 연락처에 합친 뒤 지울 중복 연락처

help-interaction = 교류 기록과 목록

help-interaction-add = 교류를 기록합니다
help-interaction-add--contact = 참여한 연락처(여러 번 쓸 수 있음): 번호 또는 하나로 특정되는 이름
help-interaction-add--kind = meeting, call, message, event, visit 또는 letter_gift
help-interaction-add--at = 교류한 때: RFC 3339, "YYYY-MM-DD HH:MM" 또는 YYYY-MM-DD(사무실 시간대). 기본값은 지금
help-interaction-add--place = 장소: 장소 키 또는 이름
help-interaction-add--track = political, public, economic 또는 peace
help-interaction-add--topic = 논의한 정책 분야(여러 번 쓸 수 있음)
help-interaction-add--officer = 함께 참여한 다른 교류 담당관 이름(여러 번 쓸 수 있음)
help-interaction-add--by = 기록하는 교류 담당관(담당자가 없는 연락처의 담당자가 됩니다)
help-interaction-add--follow_up = 면담에서 약속한 후속 조치
help-interaction-add--follow_up_due = 그 후속 조치의 기한, YYYY-MM-DD
help-interaction-add--note = 오간 이야기와 합의한 내용

help-interaction-list = 교류 목록을 최신순으로 보여 줍니다
help-interaction-list--contact = 이 연락처의 교류만(번호 또는 이름)
help-interaction-list--limit = 최대 개수(1~10000)

help-cadence = 연락처 분류별 연락 유지 주기

help-cadence-list = 분류별 기본 연락 주기를 보여 줍니다

help-cadence-set = 분류의 기본 연락 주기나 한 연락처의 개별 연락 주기를 정합니다
help-cadence-set--category = 분류(next_gen_leader, bridge, official, …)
help-cadence-set--contact = 연락처(번호 또는 하나로 특정되는 이름): 개별 연락 주기가 분류 기본값보다 우선합니다
help-cadence-set--days = 연락 간격 일수(1~3650)
help-cadence-set--default = --contact와 함께: 연락처의 개별 연락 주기를 없애고 분류 기본값으로 되돌립니다

help-export = 비밀 정보를 뺀 모든 것을 씁니다(JSON). `import`로 다시 가져올 수 있습니다
help-export--format = json(기본값), csv, vcard 또는 ics. 지정하지 않으면 --out 파일의 확장자(.json, .csv, .vcf, .ics)로 정합니다
help-export--out = 표준 출력 대신 이 파일에 씁니다

help-import = 덤프를 가져옵니다(전부 가져오거나 하나도 가져오지 않음)
help-import--format = 지정하지 않으면 확장자로 추정합니다
help-import--dry_run = 아무것도 쓰지 않고 새 행, 중복 행, 잘못된 행을 검사해 알려 줍니다
help-import--encoding = 파일이 UTF-8이 아닐 때의 인코딩: cp949(euc-kr) 또는 gb18030(이 옵션 없이는 UTF-8이 아닌 파일을 거절하고 가능성 높은 인코딩을 알려 줍니다)
help-import--skip_duplicates = 아직 기록되지 않은 사람만 가져오고 나머지는 건너뜁니다
help-import--allow_duplicates = 이미 기록된 것으로 보이는 사람도 포함해 모든 행을 가져옵니다
help-import--file = 가져올 파일(.csv, .vcf, .json)

help-reminders = 연락 유지 스케줄러

help-reminders-tick = 스케줄러를 한 번 실행하고(일일 요약, 후속 조치 알림) 대기열의 메시지를 한 번 전송합니다
help-reminders-tick--now = 실행 기준 시각, RFC 3339(기본값: 지금)

help-outbox = 보낼 메시지 대기열(일일 요약, 알림, 초대)

help-outbox-list = 대기 중이거나 보낸 메시지를 최신순으로 보여 줍니다
help-outbox-list--dead = 전송 실패한 메시지만
help-outbox-list--limit = 최대 개수(1~10000)

help-outbox-retry = 전송 실패한 메시지를 다시 대기열에 넣습니다. 다음 전송 때 보냅니다
help-outbox-retry--id = 메시지(outbox list --dead에 나오는 번호)

help-event = 행사와 초대

help-event-add = 행사를 만듭니다. 마지막 줄에는 행사 번호만 출력합니다
help-event-add--kind = forum, seoul_club_gathering, academic_exchange, delegation_visit 또는 other
help-event-add--title = 제목. 언어는 문자로 판단합니다(한글: 한국어, 한자: 중국어, 그 밖: 영어)
help-event-add--starts = 시작 시각: 행사 시간대(--tz, 없으면 INMAEK_TZ) 기준 “YYYY-MM-DD HH:MM”, 또는 2026-12-10T14:00:00+09:00 같은 RFC 3339
help-event-add--tz = 행사 시간대(기본값: INMAEK_TZ)
help-event-add--place = 도시(어느 이름 표기든)
help-event-add--deadline = 답할 수 있는 마지막 시각: 행사 시간대 기준 “YYYY-MM-DD HH:MM” 또는 RFC 3339
help-event-add--organizer = 주관 교류 담당관(이름 또는 사용자 번호)
help-event-add--track = 참석을 교류로 기록할 때 쓸 외교 분야
help-event-add--topics = 정책 분야(여러 번 쓸 수 있음)
help-event-add--title_ko = 한국어 제목
help-event-add--title_zh = 중국어 제목
help-event-add--title_en = 영어 제목
help-event-add--description_ko = 한국어 설명
help-event-add--description_zh = 중국어 설명
help-event-add--description_en = 영어 설명
help-event-add--ends = 끝나는 시각(RFC3339, 또는 행사 시간대 기준 YYYY-MM-DD HH:MM)
help-event-add--address = 행사장 주소
help-event-add--capacity = 참석 가능 인원(숫자). 넘으면 대기자 명단에 올립니다

help-event-list = 오늘 이후의 행사를 상태별 초대 수와 함께 보여 줍니다
help-event-list--all = 지난 행사도 포함합니다

help-event-invite = 초대 대상을 초대합니다. --yes 없이는 인원수와 예시만 보여 주고, --yes를 붙이면 초대장을 대기열에 넣습니다
help-event-invite--categories = 이 분류 가운데 하나에 속한 연락처(여러 번 쓸 수 있음)
help-event-invite--places = 이 장소 가운데 하나에 있는 연락처. 성을 지정하면 그 도시들도 포함합니다(여러 번 쓸 수 있음)
help-event-invite--organizations = 현재 이 기관 가운데 하나에 소속된 연락처(여러 번 쓸 수 있음)
help-event-invite--committees = 이 위원회 가운데 하나의 위원(여러 번 쓸 수 있음)
help-event-invite--language = 이 언어를 쓰는 연락처(ko, zh-CN, en)
help-event-invite--yes = 초대장을 대기열에 넣습니다(없으면 아무것도 기록하지 않습니다)
help-event-invite--event = 행사(번호 또는 제목 가운데 하나로 특정되는 부분)

help-event-change = 행사 일정이나 장소를 바꿉니다. 참석 회신한 모든 사람에게 알립니다
help-event-change--event = 행사(번호 또는 제목 가운데 하나로 특정되는 부분)
help-event-change--starts = 새 시작 시각(RFC3339, 또는 행사 시간대 기준 YYYY-MM-DD HH:MM)
help-event-change--ends = 새 종료 시각(RFC3339, 또는 행사 시간대 기준 YYYY-MM-DD HH:MM)
help-event-change--place = 새 장소(키 또는 어떤 이름이든)
help-event-change--address = 새 주소

help-event-cancel = 행사를 취소합니다. 참석 회신한 모든 사람에게 알리고, 아직 초대장을 보내지 않은 사람에게는 알리지 않습니다
help-event-cancel--event = 행사(번호 또는 제목 가운데 하나로 특정되는 부분)

help-event-attendees = 초대한 모든 사람을 상태와 함께 보여 줍니다
help-event-attendees--event = 행사(번호 또는 제목 가운데 하나로 특정되는 부분)
help-event-attendees--format = 목록 형식

help-event-unreachable = 초대 대상 가운데 봇이 연락할 수 없는 연락처와 그 이유를 보여 줍니다
help-event-unreachable--event = 행사(번호 또는 제목 가운데 하나로 특정되는 부분)
help-event-unreachable--format = 목록 형식

help-member = 회원(봇에 등록한 연락처)

help-member-revoke = 회원의 동의를 철회합니다(사용자 번호, 이름 또는 그 회원의 연락처): 모든 목적 또는 지정한 목적 하나
help-member-revoke--purpose = 이 목적만: `invitations` 또는 `reminders`(그 회원에 관한 알림)
help-member-revoke--member = 회원(사용자 번호 또는 이름)

help-brief = 장소나 인물에 관한 관계 브리핑을 독립된 HTML 페이지로 만듭니다
help-brief--place = 도시나 성, 어느 이름 표기든(harbin, 哈尔滨, 하얼빈)
help-brief--contact = 인물(번호 또는 어느 이름 표기든)
help-brief--date = 방문일, YYYY-MM-DD(기본값: 오늘)
help-brief--lang = 브리핑 언어: ko, zh-CN 또는 en(기본값: INMAEK_LANG)
help-brief--out = 표준 출력 대신 이 파일에 씁니다

help-audit = 접근 기록: 누가 어떤 연락처에 관해 무엇을 읽거나 바꾸었는지, 또는 한 사용자가 무엇을 했는지 보여 줍니다
help-audit--contact = 연락처(번호 또는 어느 이름 표기든)
help-audit--user = 사용자(번호 또는 이름)
help-audit--purge_before = 이 날짜(YYYY-MM-DD)보다 오래된 기록을 지웁니다. 2년 이상 지난 날짜여야 합니다

help-contact-edit = 연락처 수정: 이름, 분류, 기관과 직함, 지역, 언어, 이메일, 전화, 생일
help-contact-edit--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-contact-edit--add_name = 어느 문자로든 이름 추가(반복 가능)
help-contact-edit--remove_name = 적힌 그대로의 이름 삭제(반복 가능)
help-contact-edit--category = 분류 추가(반복 가능)
help-contact-edit--remove_category = 분류 삭제(반복 가능)
help-contact-edit--org = 새 현 소속 기관(없으면 새로 만듦); 지금의 직위는 오늘로 끝남
help-contact-edit--title = --org에서의 직함
help-contact-edit--place = 도시나 성, 어느 이름 형태든
help-contact-edit--language = ko, zh-CN 또는 en
help-contact-edit--email = 이메일 주소 추가, 이름표를 붙일 수 있음: 직장:kim@example.cn (반복 가능)
help-contact-edit--phone = 전화번호 추가, 이름표를 붙일 수 있음: 휴대:+86 138 0000 0000 (반복 가능)
help-contact-edit--remove_email = 이메일 주소 삭제(반복 가능)
help-contact-edit--remove_phone = 전화번호 삭제(반복 가능)
help-contact-edit--birthday = 생일, YYYY-MM-DD
help-contact-edit--lunar = 생일이 음력 날짜임(매년 그해의 양력 날짜에 알림)
help-position = 경력: 연락처가 맡아 온 직위
help-position-add = 연락처가 맡고 있거나 맡았던 직위 기록; 번호가 마지막 줄에 따로 출력됨
help-position-add--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-position-add--org = 기관(번호 또는 어느 언어의 이름; 없으면 새로 만듦)
help-position-add--title = 직함
help-position-add--from = 시작일, YYYY-MM-DD
help-position-add--to = 종료일, YYYY-MM-DD(지난 직위)
help-position-add--end_current = 이 직위가 시작되는 날 지금의 직위를 끝냄
help-position-end = 현 직위 종료
help-position-end--id = 직위 번호(position list에서 확인)
help-position-end--on = 마지막 날, YYYY-MM-DD(기본: 오늘)
help-position-list = 연락처의 직위: 현 직위, 그다음 지난 직위
help-position-list--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-org = 기관: 종류, 지역, 상위 기관
help-org-add = 기관 추가; 번호가 마지막 줄에 따로 출력됨
help-org-add--name = 어느 언어로든 기관 이름
help-org-add--name_ko = 한국어 이름
help-org-add--name_zh = 중국어 이름
help-org-add--name_en = 영어 이름
help-org-add--kind = government, research_institute, university, company, association 또는 other
help-org-add--place = 도시나 성, 어느 이름 형태든
help-org-add--parent = 상위 기관(번호 또는 이름)
help-org-edit = 기관의 이름, 종류, 지역, 상위 기관 수정
help-org-edit--org = 기관(번호 또는 어느 언어의 이름)
help-org-edit--name_ko = 한국어 이름
help-org-edit--name_zh = 중국어 이름
help-org-edit--name_en = 영어 이름
help-org-edit--kind = government, research_institute, university, company, association 또는 other
help-org-edit--place = 도시나 성, 어느 이름 형태든
help-org-edit--parent = 상위 기관(번호 또는 이름)
help-org-merge = 기관을 다른 기관에 합침: 직위와 사업이 옮겨 가고 이 기관은 지워짐
help-org-merge--org = 지워질 중복 기관
help-org-merge--into = 남는 기관
help-org-list = 모든 기관을 상위 기관과 함께, 재직자 수와 함께
help-honor = 서훈과 회원 자격: 명예시민, 서울클럽, 수상
help-honor-add = 연락처의 서훈이나 회원 자격 기록
help-honor-add--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-honor-add--kind = honorary_citizen, seoul_club 또는 award
help-honor-add--on = 수여일 또는 가입일, YYYY-MM-DD
help-honor-add--status = active, lapsed 또는 revoked(기본: active)
help-honor-add--note = 상 이름이나 메모
help-honor-list = 한 연락처 또는 모두의 서훈과 회원 자격
help-honor-list--contact = 이 연락처만(번호 또는 하나로 특정되는 이름)
help-committee = 공동위원회, 위원과 회의
help-committee-add = 위원회 추가; 번호가 마지막 줄에 따로 출력됨
help-committee-add--name = 영어 이름
help-committee-add--name_ko = 한국어 이름(기본: 영어 이름)
help-committee-add--name_zh = 중국어 이름(기본: 영어 이름)
help-committee-add--place = 위원회가 다루는 지역(반복 가능)
help-committee-add--founded = 설립일, YYYY-MM-DD
help-committee-edit = 위원회의 이름, 지역, 설립일 수정
help-committee-edit--committee = 위원회(번호 또는 어느 언어의 이름)
help-committee-edit--name = 영어 이름
help-committee-edit--name_ko = 한국어 이름
help-committee-edit--name_zh = 중국어 이름
help-committee-edit--place = 지금 지역 대신 다룰 지역(반복 가능)
help-committee-edit--founded = 설립일, YYYY-MM-DD
help-committee-member = 위원회 위원
help-committee-member-add = 연락처나 담당관에게 위원회 자리 부여
help-committee-member-add--committee = 위원회(번호 또는 어느 언어의 이름)
help-committee-member-add--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-committee-member-add--user = 또는 서울 측 사용자(이름 또는 번호)
help-committee-member-add--role = chair, vice_chair, secretary 또는 member
help-committee-member-add--side = seoul 또는 counterpart(기본: 연락처는 counterpart, 사용자는 seoul)
help-committee-member-add--from = 시작일, YYYY-MM-DD
help-committee-member-add--to = 종료일, YYYY-MM-DD
help-committee-meeting = 위원회 회의
help-committee-meeting-add = 회의 기록; 참석자 모두와의 교류로 남음. 번호가 마지막 줄에 따로 출력됨
help-committee-meeting-add--committee = 위원회(번호 또는 어느 언어의 이름)
help-committee-meeting-add--on = 날짜, YYYY-MM-DD
help-committee-meeting-add--place = 장소, 어느 지역 이름 형태든
help-committee-meeting-add--agenda = 안건
help-committee-meeting-add--minutes = 회의록
help-committee-meeting-add--attendee = 참석한 연락처(반복 가능)
help-committee-list = 모든 위원회와 지역, 위원, 최근 회의
help-committee-show = 위원회의 위원과 회의
help-committee-show--committee = 위원회(번호 또는 어느 언어의 이름)
help-agreement = 자매·우호도시 관계와 양해각서, 그 경과
help-agreement-add = 지역과의 자매·우호도시 관계나 양해각서 기록; 번호가 마지막 줄에 따로 출력됨
help-agreement-add--place = 도시나 성, 어느 이름 형태든
help-agreement-add--status = exploring, friendship, sister_city 또는 mou
help-agreement-add--on = 시작일, YYYY-MM-DD(기본: 오늘)
help-agreement-add--signatory = 서명한 연락처(반복 가능)
help-agreement-add--document = 서명본 보관 위치(문서 번호, 링크)
help-agreement-add--note = 메모
help-agreement-status = 협정 경과의 새 단계
help-agreement-status--agreement = 협정(번호, 또는 그 지역에 협정이 하나뿐이면 지역)
help-agreement-status--to = exploring, friendship, sister_city, mou, renewed 또는 suspended
help-agreement-status--on = 시작일, YYYY-MM-DD(기본: 오늘)
help-agreement-list = 협정과 그 경과
help-agreement-list--place = 이 지역만; 성은 소속 도시 포함
help-project = 협력 사업과 단계
help-project-add = 협력 사업 기록; 번호가 마지막 줄에 따로 출력됨
help-project-add--title = 제목(영어, 또는 있는 언어 하나)
help-project-add--title_ko = 한국어 제목
help-project-add--title_zh = 중국어 제목
help-project-add--area = 정책 분야(반복 가능)
help-project-add--place = 도시나 성, 어느 이름 형태든
help-project-add--org = 상대 기관(반복 가능; 없으면 새로 만듦)
help-project-add--officer = 서울 측 담당관(이름 또는 번호)
help-project-add--stage = idea, proposal, mou, pilot, running, done 또는 stopped(기본: idea)
help-project-add--on = 시작일, YYYY-MM-DD(기본: 오늘)
help-project-stage = 사업 경과의 새 단계
help-project-stage--project = 사업(번호 또는 어느 언어의 제목)
help-project-stage--to = idea, proposal, mou, pilot, running, done 또는 stopped
help-project-stage--on = 시작일, YYYY-MM-DD(기본: 오늘)
help-project-follow-up = 사업에 후속 조치 연결: 연락처에게(또는 연락처가) 약속한 일
help-project-follow-up--project = 사업(번호 또는 어느 언어의 제목)
help-project-follow-up--contact = 약속 상대(번호 또는 하나로 특정되는 이름)
help-project-follow-up--what = 약속한 일
help-project-follow-up--due = 기한, YYYY-MM-DD
help-project-follow-up--theirs = 상대가 약속함(기본: 서울이 약속함)
help-project-list = 사업과 단계
help-project-list--place = 이 지역만; 성은 소속 도시 포함
help-project-show = 사업의 경과와 후속 조치
help-project-show--project = 사업(번호 또는 어느 언어의 제목)
help-relation = 사람 사이의 관계
help-relation-add = 두 사람 사이의 관계 기록; 번호가 마지막 줄에 따로 출력됨
help-relation-add--from = 첫째 사람(번호 또는 하나로 특정되는 이름); superior면 상급자, introduced면 소개한 사람
help-relation-add--to = 둘째 사람(번호 또는 하나로 특정되는 이름)
help-relation-add--kind = introduced, colleague, superior, family, classmate 또는 friend
help-relation-add--note = 메모(서로 아는 사이가 된 경위)
help-relation-list = 연락처와 기록된 관계
help-relation-list--contact = 연락처(번호 또는 하나로 특정되는 이름)
help-relation-remove = 기록된 관계 삭제
help-relation-remove--id = 관계 번호(relation list에서 확인)
help-path = 담당관에게서 한 사람에게 닿는 가장 좋은 인맥 경로, 단계마다 설명과 함께
help-path--to = 그 사람(번호 또는 하나로 특정되는 이름)
help-path--from = 이 담당관에게서만(이름 또는 번호)
help-path--limit = 경로 최대 개수(1~50)
help-position-export = 모든 직위를 CSV로(contact_id, contact, organization, title, from, to)
help-position-export--out = 표준 출력 대신 이 파일에 씀(소유자만 읽기 가능)
help-position-import = export와 같은 형식의 CSV 파일에서 직위를 가져옴(전부 아니면 전무)
help-position-import--file = CSV 파일
help-position-import--dry_run = 모든 행을 확인하고 무엇이 추가될지 말하되 쓰지 않음
help-position-import--encoding = UTF-8이 아닐 때의 파일 인코딩: cp949(euc-kr) 또는 gb18030
help-relation-export = 기록된 모든 관계를 CSV로(from_id, from, to_id, to, kind, note)
help-relation-export--out = 표준 출력 대신 이 파일에 씀(소유자만 읽기 가능)
help-relation-import = export와 같은 형식의 CSV 파일에서 관계를 가져옴(전부 아니면 전무); 이미 있는 관계는 건너뜀
help-relation-import--file = CSV 파일
help-relation-import--dry_run = 모든 행을 확인하고 무엇이 추가될지 말하되 쓰지 않음
help-relation-import--encoding = UTF-8이 아닐 때의 파일 인코딩: cp949(euc-kr) 또는 gb18030
help-user-link = 사용자의 웹 콘솔 일회용 로그인 링크(10분간 유효)를 마지막 줄에 단독으로 출력합니다
help-user-link--user = 사용자(번호 또는 이름)
help-token = JSON API용 베어러 토큰
help-token-create = JSON API 베어러 토큰을 만듭니다. 토큰은 마지막 줄에 단 한 번만 표시됩니다
help-token-create--user = 토큰이 대신할 사용자(번호 또는 이름)
help-token-create--read_only = 읽기 전용 토큰
help-token-revoke = 토큰을 즉시 폐기합니다
help-token-revoke--id = 토큰 번호(token list 참조)
help-token-list = 토큰 목록: 번호, 사용자, 읽기 전용 여부, 생성일, 최근 사용, 폐기일
help-demo--web = 웹 콘솔이 열릴 주소(사용 중이면 다른 빈 포트)
