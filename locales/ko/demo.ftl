# 터미널 데모(src/demo/mod.rs): 버튼이 한 일, 쓴 파일.

demo-buttons-changed = 버튼이 바뀌었습니다. 이제 번호는 다음과 같습니다:
demo-buttons-gone = 그 메시지의 버튼이 없어졌습니다.
demo-pressed-nothing = (아무 일도 없었습니다. 그 버튼은 더 이상 쓸 수 없습니다.)
demo-document-written = { $path } 파일을 썼습니다. 브라우저로 열어 읽거나 인쇄하세요.
demo-document-failed = { $path } 파일을 쓰지 못했습니다: { $reason }
