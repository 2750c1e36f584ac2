# Telegram 机器人（HTML 模式：值由代码转义）。

cmd-log = 记录会面、通话或消息
cmd-who = 按任一姓名查找人物
cmd-due = 该联系的关系
cmd-add = 添加联系人
cmd-lang = 更改语言
cmd-help = 使用说明
cmd-cancel = 退出当前对话
cmd-mydata = 关于您的全部存储信息

lang-name-ko = 한국어
lang-name-zh-CN = 中文
lang-name-en = English

bot-not-enrolled = Inmaek（인맥）是首尔市国际交流部门的人脉管理工具，仅供已注册用户使用。如果管理员给了您注册码，请发送 <b>/start 注册码</b>。
bot-not-enrolled-short = 仅已注册用户可使用 Inmaek。
bot-enrolled = { $name }，欢迎！您已注册为{ $role }。
bot-already-enrolled = 您已注册为 { $name }。
bot-group-chat = 为保护隐私，我只在私聊中工作。请直接给我发消息：@{ $bot }
bot-not-allowed = 您的角色（{ $role }）不能使用此功能。/help 列出您可以使用的功能。
bot-unknown-command = 没有 { $command } 这个命令。/help 列出您可以使用的功能。
bot-stray-text = 记录会面请发送 /log（一行写法：<i>/log 姓名: 备注 #领域 #外交</i>）。查找人物请发送 /who 和姓名。/help 列出全部功能。
bot-not-text = 我只能读取文字。/help 列出您可以使用的功能。
bot-use-buttons = 请用上面的按钮回答，或发送 /cancel。
bot-cancelled = 已取消，未保存任何内容。
bot-nothing-to-cancel = 没有可取消的对话。
bot-button-expired = 此按钮已失效。
bot-button-refused = 此按钮不是发给您的，或者无效。未做任何更改。
bot-none = —

bot-help-officer = <b>Inmaek</b> — { $name }，交流联络官
    /log — 分步记录会面、通话或消息
    <i>/log 姓名: 备注 #领域 #外交</i> — 一行记录；可识别“昨天”“三天前”“11月20日”“上周五”等日期、#对方（对方承诺）等标签及“两周后跟进”
    /who <i>姓名</i> — 用任何文字的姓名查看人物卡片
    /path <i>姓名</i> — 通过熟人接触某人的途径
    /due — 该联系的关系，最紧急的在前
    /brief <i>地区或姓名</i> [<i>日期</i>] — 访问前的关系简报
    /add — 添加联系人
    /event — 创建活动 · /invite <i>活动</i> — 邀请
    /events — 活动与邀请情况 · /checkin <i>活动</i> — 签到
    /web — 网页控制台登录链接
    /lang — 更改语言
    /cancel — 退出当前对话
    转发对方的消息给我即可记录。
bot-help-reader = <b>Inmaek</b> — { $name }
    /who <i>姓名</i> — 用任何文字的姓名查看人物卡片
    /path <i>姓名</i> — 通过熟人接触某人的途径
    /brief <i>地区或姓名</i> [<i>日期</i>] — 访问前的关系简报
    /events — 即将举行的活动
    /web — 网页控制台登录链接
    /lang — 更改语言
bot-help-member = <b>Inmaek</b> — { $name }
    /events — 受邀的活动及回复
    /stop — 停止接收邀请（撤回同意）
    /mydata — 获取关于我的全部已存信息
    /web — 网页控制台登录链接
    /lang — 更改语言
    您将在这里收到首尔的邀请。

bot-lang-choose = 请选择语言：
bot-lang-set = 从现在起我将使用中文。

bot-btn-cancel = ✖ 取消
bot-btn-today = 今天
bot-btn-yesterday = 昨天
bot-btn-other-date = 其他日期
bot-btn-skip = 跳过
bot-btn-done = 完成
bot-btn-none = 无
bot-btn-1w = 一周后
bot-btn-2w = 两周后
bot-btn-1m = 一个月后
bot-btn-save = ✔ 保存
bot-btn-same-as-note = 与备注相同
bot-btn-create = ➕ 新联系人“{ $name }”

bot-log-who = 您见了谁？请用任何文字发送姓名（김영남、金永男、Jin Yongnan）。
bot-log-pick = 有多人与“{ $query }”匹配。是哪一位？
bot-log-near = 没有人叫“{ $query }”。是以下某位，还是新联系人？
bot-log-none = 没有与“{ $query }”匹配的人。请发送其他姓名，或新建联系人：
bot-log-created = 已新建联系人 #{ $id } { $name }。
bot-log-when = 您何时见了 { $name }？
bot-log-date-ask = 请发送日期：2026-11-20、11月20日、“昨天”、“三天前”、“上周五”……
bot-log-date-invalid = 无法将“{ $text }”识别为日期。请使用 2026-11-20、11月20日、“昨天”、“三天前”或“上周五”。
bot-log-date-future = “{ $text }”是将来的日期；交流发生后再记录。
bot-log-date-impossible = “{ $text }”不是存在的日期，未保存任何内容。请用真实的日期重试，例如 2026-11-20 或“三天前”。
bot-log-date-future-offer = { $date } 尚未到来：交流在发生后才记录，因此未保存。改为与 <b>{ $name }</b> 的跟进（截止 { $date }）吗？
bot-log-kind = 这是哪种交流？
bot-log-track = 属于哪类外交？
bot-log-topics = 涉及哪些政策领域？点击选择后按“完成”。
bot-log-note = 请发送备注，或跳过。
bot-log-follow-up = 是否承诺了后续跟进？
bot-log-follow-up-date = 跟进截止日期是？（2026-12-05、12月5日、“两周”……）
bot-log-follow-up-what = 需要做什么？
bot-log-follow-up-default = 后续跟进
bot-log-follow-up-text = 跟进{ $date }的{ $kind }：{ $note }
bot-log-follow-up-text-bare = 跟进{ $date }的{ $kind }
bot-log-planned = 已记录与 <b>{ $name }</b> 的跟进，截止 { $date }（承诺方：{ $by }）：{ $what }
bot-promised-by-seoul = 首尔市
bot-promised-by-them = 对方
bot-btn-promised-by-them = ↔ 改为对方承诺
bot-btn-promised-by-seoul = ↔ 改为首尔市承诺
bot-btn-make-follow-up = 📌 改为跟进
bot-log-no-colon = “{ $line }”开头没有认识的人，未保存任何内容。请写姓名、冒号，再写备注——<i>/log { $name }：昨天 讨论供水合作</i>——若要新增联系人，只发送 <i>/log { $name }</i>。
bot-log-no-colon-pick = 没有人叫“{ $line }”。如果“{ $name }”是以下某位，其余内容记为备注：
bot-log-confirm = <b>保存这次交流吗？</b>
bot-log-summary-who = 对象：{ $name }
bot-log-summary-when = 日期：{ $date }
bot-log-summary-kind = 类型：{ $kind } · { $track }
bot-log-summary-topics = 领域：{ $topics }
bot-log-summary-follow-up = 跟进：{ $date } — { $what }（承诺方：{ $by }）
bot-log-summary-note = 备注：{ $note }
bot-log-saved = ✔ <b>已保存。</b>下次与 { $name } 联系的日期是 { $due }。

bot-forward-offer = 将 { $name } 的这条消息（{ $date }）记录为消息交流吗？请选择人物：
bot-forward-none = 没有与“{ $name }”匹配的联系人。请先用 /add 添加，再转发消息。
bot-forward-saved = ✔ 已记录 { $name } 的消息。下次联系日期是 { $due }。

bot-who-usage = 请发送 /who 和姓名，例如 <i>/who 金永男</i>。
bot-who-none = 没有与“{ $query }”匹配的人。
bot-who-pick = 有多人与“{ $query }”匹配：
bot-who-suggest = 没有人叫“{ $query }”。您是不是要找：
bot-event-pick = 有多个活动与“{ $query }”匹配。是哪一个？

bot-add-names = 请用您知道的各种文字发送姓名，以“/”分隔：<i>김영남 / 金永男 / Jin Yongnan</i>
bot-add-possible-duplicate = ⚠ 已有人以这些姓名之一被记录：
    { $list }
    仅当是另一个人时才继续（或 /cancel）。
bot-add-categories = 请点击选择类别，然后按“完成”。
bot-add-organization = 请按 <i>机构, 职务</i> 的格式发送机构和职务，或跳过。
bot-add-place = 请点击或输入城市或省份名称，也可跳过。
bot-add-lang = 对方使用的语言？
bot-add-confirm = <b>添加这位联系人吗？</b>
bot-add-summary-names = 姓名：{ $value }
bot-add-summary-categories = 类别：{ $value }
bot-add-summary-organization = 机构：{ $value }
bot-add-summary-place = 地区：{ $value }
bot-add-summary-lang = 语言：{ $value }
bot-add-saved = ✔ 已添加 { $name }（#{ $id }）。记录会面：/log { $name }

due-btn-log = { $n } ✍ 记录
due-btn-snooze = { $n } ⏰ 一周后
due-btn-done = { $n } ✓ 完成
due-btn-handover = { $n } ↪ 移交
due-no-place = 地区不详
due-city = 📍 <b>{ $city }</b>
due-item = { $n }. <b>{ $name }</b> — { $health }
due-follow-up = { $n }. { $date } · <b>{ $name }</b> — { $what }
due-follow-up-overdue = { $n }. ⚠ { $date } · <b>{ $name }</b> — { $what } <i>（逾期 { $late } 天）</i>
due-follow-up-promised = { $n }. { $date } · <b>{ $name }</b> — { $what } <i>（首尔市承诺）</i>
due-follow-up-overdue-promised = { $n }. ⚠ { $date } · <b>{ $name }</b> — { $what } <i>（首尔市承诺，逾期 { $late } 天）</i>
due-digest-title = ☀️ <b>{ $date } 今日关系维护</b>
due-digest-relationships = <b>该联系的关系 { $count } 个</b>
due-more = … 另有 { $count } 个 — /due
due-digest-follow-ups = <b>即将到期的跟进 { $count } 项</b>
due-more-follow-ups = … 另有 { $count } 项跟进
due-digest-unowned = 另有 { $count } 个无人负责的关系也该联系了 — /due
due-digest-footer = <i>各编号的按钮：记录 · 一周后再提醒 · 完成 · 移交给其他联络官</i>
due-none = 目前没有该联系的关系。👍
due-title = <b>该联系的关系</b> — 我负责的 { $count } 个
due-unowned-heading = <b>无人负责</b>（{ $count } 个）
due-btn-previous = ◀ 上一页
due-btn-next = 下一页 ▶
due-page = { $page }/{ $pages }
due-follow-up-reminder = ⏰ <b>今天到期的跟进</b>
due-snoozed = { $name }：已推迟到 { $date }。
due-follow-up-snoozed = { $name } 的跟进已推迟到 { $date }。
due-follow-up-promised-by = 与 { $name } 的跟进：现记为{ $by }承诺。
due-done-contact = { $name }：已记录为今天联系过。
due-done-follow-up = { $name } 的跟进已完成。
due-follow-up-already-done = { $name } 的跟进早已完成。
due-handover-nobody = 没有其他可以移交的联络官。
due-handover-pick = <b>{ $name }</b>：移交给谁？
due-handed-over = <b>{ $name }</b>：已移交给 { $to }，今后由 { $to } 接收提醒。
due-handover-received = ↪ { $from } 把 <b>{ $name }</b> 移交给了您，现在由您负责。
due-btn-card-log = ✍ 记录
due-btn-card-cadence = ⏰ 联系周期
due-cadence-days = { $days } 天
due-cadence-default = 按类别默认
due-cadence-pick = <b>{ $name }</b>：目前每 { $days } 天联系一次。请选择新的周期。
due-cadence-set = <b>{ $name }</b>：今后每 { $days } 天联系一次。下次应联系日期 { $due }。
due-cadence-cleared = <b>{ $name }</b>：已恢复类别默认（{ $days } 天）。下次应联系日期 { $due }。
event-btn-accept = ✅ 接受
event-btn-decline = ❌ 谢绝
event-btn-maybe = 🤔 待定
event-invitation-head = 📨 <b>邀请函</b>
event-line-title = <b>{ $title }</b>
event-line-when = { $kind } · { $when }
event-line-where = 📍 { $venue }
event-line-fallback = <i>（此活动没有中文说明，以下以{ $language }显示。）</i>
event-line-deadline = 回复截止：{ $deadline }
event-promoted = 🎉 有名额了。已为您登记出席 <b>{ $title }</b>（{ $when }）。
event-rsvp-accepted = 已登记接受：{ $title }
event-rsvp-declined = 已登记谢绝：{ $title }
event-rsvp-tentative = 已登记待定：{ $title }
event-rsvp-waitlisted = 名额已满，已登记为候补：{ $title }。有名额时会通知您。
event-rsvp-unchanged = 已登记为“{ $status }”。
bot-consent-invitations-question = 您愿意在此聊天中接收首尔市国际交流活动（论坛、首尔俱乐部聚会等）的邀请吗？随时可以发送 /stop 停止。
bot-consent-yes = 愿意接收
bot-consent-no = 不用了
bot-consent-invitations-thanks = 谢谢。活动邀请将发送到此聊天。如需停止，请发送 /stop。
bot-consent-invitations-declined = 好的，不会向您发送邀请。如改变主意，请发送 /start。
bot-consent-reminders-question = 还有一个问题：首尔市的联络官可以设置与您保持联系的提醒吗？（您的名字会出现在联络官自己的联系清单中，并提醒他们对您的承诺。）这不会向您发送任何消息。随时可以发送 /stop 撤回。
bot-consent-reminders-thanks = 谢谢。联络官将收到与您保持联系的提醒。
bot-consent-reminders-declined = 好的，不会向联络官发送关于您的提醒。
bot-stop-done = 已停止所有邀请和关于您的提醒，并撤回同意。如需重新同意，请发送 /start。
bot-stop-nothing = 您目前没有接收邀请。如需接收，请发送 /start。
bot-events-item = <b>{ $title }</b>
    { $when } · 我的回复：{ $status }
bot-events-none = 您目前没有受邀的活动。
bot-events-none-officer = 没有即将举行的活动。
bot-events-title = <b>即将举行的活动</b>
bot-events-row = #{ $id } <b>{ $title }</b> · { $kind } · { $when }
    { $counts }
bot-events-row-cancelled = #{ $id } [已取消] <b>{ $title }</b> · { $kind } · { $when }
    { $counts }
cmd-events = 活动与邀请情况
cmd-stop = 停止接收邀请
event-reminder-head = ⏰ <b>活动提醒</b>——您将出席的活动即将开始。
event-changed-head = ✏️ <b>活动安排有变</b>
event-cancelled-head = 🚫 <b>活动已取消</b>
bot-checkin-usage = 请指明要签到的活动：<i>/checkin 活动编号或名称</i>（编号见 /events）
bot-checkin-nobody = <b>{ $title }</b>：没有可签到的受邀者。
bot-checkin-list = <b>{ $title }</b> 签到——共 { $count } 位（第 { $page } 页）。请点击已到场的人。
bot-checkin-done = { $name }：已签到并记录为交流。
bot-checkin-already = { $name }：已签到过。
cmd-checkin = 活动签到
bot-event-kind = 新活动——是哪类活动？
bot-event-title = 请发送活动名称（韩文、中文或英文，按文字判断语言）。
bot-event-when = 何时开始？请按 <i>2026-12-10 14:00</i> 的格式发送（{ $zone } 时间）。
bot-event-place = 在哪里举行？请点按钮或发送城市名称。
bot-event-capacity = 名额多少？请发送数字，或跳过。
bot-event-deadline = 回复截止时间？请按 <i>2026-12-08</i> 或 <i>2026-12-08 18:00</i> 的格式发送，或跳过。
bot-event-confirm = 按以下内容创建吗？
bot-event-summary = 类型：{ $kind }
    名称：{ $title }
    开始：{ $when }
    地点：{ $place }
    名额：{ $capacity }
    回复截止：{ $deadline }
bot-event-saved = 已创建活动 #{ $id } <b>{ $title }</b>。邀请请用 /invite { $id }
bot-invite-usage = 邀请参加哪个活动？<i>/invite 活动编号或名称</i>（编号见 /events）
bot-invite-categories = <b>{ $title }</b> 邀请——邀请哪些类别的联系人？不选直接点完成即为全部类别。
bot-invite-places = 邀请哪些地区的联系人？选省即包括其下各市。不选即为全部地区。
bot-invite-preview = 新邀请 { $total } 位联系人——可通过机器人发送的会员 { $reachable } 位，无法通过机器人联系的 { $unreachable } 位（未在机器人注册 { $no_account } 位、未同意接收邀请 { $no_consent } 位、已屏蔽机器人 { $blocked } 位）。已邀请 { $already } 位。
    例如：{ $sample }
bot-invite-nobody = 此范围内没有可以通过机器人邀请的人。会员需在机器人注册（管理员运行 <i>inmaek user invite --role member --contact …</i> 并把注册码发给对方）并同意接收邀请后才能被邀请；其余人员可用 <i>inmaek event unreachable</i> 查看，并附电子邮件和电话。
bot-invite-send = 发送 { $count } 份邀请
bot-invite-done = <b>{ $title }</b>（{ $when }）：将发送 { $queued } 份邀请。机器人无法联系的 { $unreachable } 位请用 <i>inmaek event unreachable { $id }</i> 查看。
cmd-event = 创建活动
cmd-invite = 邀请参加活动
mydata-title = 关于{ $name }的已存信息
mydata-intro = 这是首尔市国际交流部门存储的关于您的全部信息。JSON 文件为原始存储内容。
mydata-names = 姓名
mydata-details = 类别·关注领域·联系方式·备注
mydata-interactions = 交流记录
mydata-with-others = 与另外 { $count } 人一起（多人会面的备注不只属于您，因此不显示）
mydata-follow-ups = 跟进事项
mydata-follow-up-shared = （在多人会面中作出的承诺：内容不只属于您，因此不显示）
mydata-invitations = 活动邀请
mydata-consents = 同意
mydata-consent = { $purpose }：{ $granted } 同意（文本版本 { $version }），撤回 { $withdrawn }
mydata-sent = 现将存储的全部信息以两个文件发送给您：原始 JSON 和便于阅读的 HTML。

# A handler failed: nothing of this update was saved.
bot-failed = 出了点问题，没有保存任何内容。请再试一次。
erase-dialogue-cleared = 您未完成的对话已被清除：其中提及的人员已应本人要求删除其信息。未保存任何内容，请重新开始。

cmd-path = 通过熟人接触某人的途径
bot-path-usage = 请在 /path 后写上此人的姓名，任何文字均可：<i>/path 张丽</i>。
bot-edit-btn = ✏️ 修改
bot-edit-menu = 要修改 { $name } 的哪一项？每项修改立即保存。
bot-edit-not-yours = 只有负责此联系人的联络官或管理员可以修改。
bot-edit-done = ✔ 完成
bot-edit-finished = 已完成。用 /who 查看名片。
bot-edit-saved = ✔ 已保存。
bot-edit-field-name-add = ➕ 姓名
bot-edit-field-name-remove = ➖ 姓名
bot-edit-field-category = 类别
bot-edit-field-org = 机构
bot-edit-field-place = 地区
bot-edit-field-lang = 语言
bot-edit-field-email = 电子邮件
bot-edit-field-phone = 电话
bot-edit-field-birthday = 生日
bot-edit-ask-name-add = 请发送要添加的姓名，任何文字均可（김영남、金永男、Jin Yongnan）。
bot-edit-ask-name-remove = 要删除哪个姓名？
bot-edit-ask-category = 点按类别即可添加（+）或移除（−）。
bot-edit-ask-org = 请发送新的机构和职务，用“/”分隔：<i>辽宁省外事办公室 / 处长</i>。当前职位于今日结束。
bot-edit-ask-place = 请发送城市或省份，任意名称形式（하얼빈、哈尔滨、Harbin）。
bot-edit-ask-lang = 此人阅读哪种语言？
bot-edit-ask-email = 请发送要添加的电子邮件地址，可加标签（<i>工作:kim@example.cn</i>）；要删除请在前面加“-”。
bot-edit-ask-phone = 请发送要添加的电话号码，可加标签（<i>手机:+86 138 0000 0000</i>）；要删除请在前面加“-”。
bot-edit-ask-birthday = 请按 YYYY-MM-DD 发送生日；农历生日请在前面写“农历”（<i>农历 1968-08-15</i>）。

mydata-birthday = 生日：{ $date }
mydata-birthday-lunar = 生日：农历 { $date }
mydata-positions = 职位、荣誉与委员职务
mydata-signed = 签署了与首尔的协议（{ $status }）
mydata-ties = 记录的关系（对方是谁属于对方的信息）

due-digest-birthdays = 🎂 本周生日
due-digest-birthday = {"  "}{ $name } — { $date }（{ $days ->
        [0] 今天
       *[other] { $days } 天后
    }）
due-digest-birthday-lunar = {"  "}{ $name } — { $date }，农历生日（{ $days ->
        [0] 今天
       *[other] { $days } 天后
    }）

bot-edit-back = ← 字段
bot-edit-which = 下一个改哪一项？已保存的内容保持不变。
cmd-web = 登录网页控制台
bot-web-link = 这是您的网页控制台登录链接：{ $minutes } 分钟内有效，仅可使用一次，仅限本人。请勿转发。
    { $url }
