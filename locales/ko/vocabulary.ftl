# 도메인 어휘 (DOMAIN.md의 키).

category-seoul_club = 서울클럽 회원
category-honorary_citizen = 서울 명예시민
category-next_gen_leader = 차세대 리더
category-bridge = 중국동포(조선족) 가교 인물
category-official = 공무원
category-researcher = 연구자

policy-area-transportation = 교통
policy-area-e_government = 전자정부
policy-area-waterworks = 상수도
policy-area-environment = 환경
policy-area-urban_planning_housing = 도시계획·주택
policy-area-sewage = 하수도

track-political = 정무외교
track-public = 공공외교
track-economic = 경제외교
track-peace = 평화외교
track-none = 외교 분야 없음

interaction-kind-meeting = 면담
interaction-kind-call = 통화
interaction-kind-message = 메시지
interaction-kind-event = 행사
interaction-kind-visit = 방문
interaction-kind-letter_gift = 서신·선물

role-officer = 교류 담당관
role-mayor-office = 시장실
role-admin = 관리자
role-member = 회원

name-form-hangul = 한글
name-form-hanzi = 한자
name-form-latin = 로마자
name-form-alias = 별칭
name-form-former = 옛 이름

honor-kind-honorary_citizen = 명예시민증
honor-kind-seoul_club = 서울클럽 회원 자격
honor-status-active = 유효
honor-status-lapsed = 만료
honor-status-revoked = 취소

agreement-status-exploring = 교류 모색
agreement-status-friendship = 우호도시
agreement-status-sister_city = 자매도시

project-stage-idea = 구상
project-stage-proposal = 제안
project-stage-mou = 양해각서(MoU)
project-stage-done = 완료

organization-kind-government = 정부
organization-kind-research_institute = 연구기관
organization-kind-university = 대학
organization-kind-company = 기업
organization-kind-association = 협회·단체
organization-kind-other = 기타

outbox-status-pending = 대기
outbox-status-sent = 전송됨
outbox-status-dead = 전송 실패
outbox-kind-digest = 일일 요약
outbox-kind-followup = 후속 조치 알림
outbox-kind-handover = 인계 알림
event-kind-forum = 포럼
event-kind-seoul_club_gathering = 서울클럽 모임
event-kind-academic_exchange = 학술 교류
event-kind-delegation_visit = 대표단 방문
event-kind-other = 기타 행사
invitation-status-invited = 초대됨
invitation-status-accepted = 참석
invitation-status-declined = 불참
invitation-status-tentative = 미정
invitation-status-waitlisted = 대기
invitation-status-attended = 참석 확인
invitation-status-no_show = 불참(무단)
event-delivery-queued = 봇으로 보냄
event-delivery-no_account = 봇 계정 없음
event-delivery-no_consent = 수신 동의 없음
event-delivery-unreachable = 연락 불가(봇 차단)
outbox-kind-invitation = 행사 초대
outbox-kind-event = 행사 안내

honor-kind-award = 수상
agreement-status-mou = 양해각서(MoU)
agreement-status-renewed = 갱신
agreement-status-suspended = 중단
project-stage-pilot = 시범 사업
project-stage-running = 추진 중
project-stage-stopped = 중단
committee-role-chair = 위원장
committee-role-vice_chair = 부위원장
committee-role-secretary = 간사
committee-role-member = 위원
side-seoul = 서울 측
side-counterpart = 상대 측
tie-kind-introduced = 소개
tie-kind-colleague = 동료
tie-kind-superior = 상급자
tie-kind-family = 가족
tie-kind-classmate = 동문
tie-kind-friend = 친구
detail-kind-email = 이메일
detail-kind-phone = 전화
