# 운영 체제가 알린 오류를 말로 옮긴 것 (src/commands/mod.rs os_reason).

os-error-not-found = 그런 파일이나 폴더가 없습니다
os-error-permission = 권한이 없습니다
os-error-exists = 이미 있습니다
os-error-is-a-folder = 파일이 아니라 폴더입니다
os-error-not-a-folder = 경로의 일부가 폴더가 아닙니다
os-error-disk-full = 디스크가 가득 찼습니다
os-error-read-only = 파일 시스템이 읽기 전용입니다
os-error-address-in-use = 이미 사용 중인 주소입니다
os-error-address-not-available = 이 컴퓨터에 없는 주소입니다
os-error-invalid-data = 데이터가 올바르지 않습니다
os-error-broken-pipe = 출력을 받는 쪽이 닫혔습니다
os-error-timed-out = 시간이 초과되었습니다
os-error-too-large = 파일이 너무 큽니다
os-error-other = 시스템 오류 { $code }
database-created = 데이터베이스 { $path }을(를) 만들었습니다.
