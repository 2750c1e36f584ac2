# 命令行的帮助和用法错误（src/cli_text.rs）。键由命令路径生成：
# 命令为 help-COMMAND-SUBCOMMAND，其参数为
# help-COMMAND-SUBCOMMAND--ARG。

help-heading-usage = 用法：
help-heading-options = 选项
help-heading-arguments = 参数
help-heading-commands = 命令
help-value-command = 命令
help-flag-help = 显示帮助
help-flag-version = 显示版本
help-note-default = ［默认：{ $value }］
help-note-values = ［可选值：{ $values }］
help-note-env = ［环境变量：{ $name }］

help-error-no-value = { $arg } 需要一个值。
help-error-repeated = { $arg } 被指定了不止一次。
help-error-invalid-value = “{ $value }”不是 { $arg } 的有效值。
help-error-value-validation = “{ $value }”对 { $arg } 无效；请参阅 --help 中的说明。
help-error-unknown-argument = 此处不能使用 { $arg }。
help-error-unknown-command = 没有“{ $name }”命令。
help-error-no-equals = { $arg } 的值须写在等号之后（{ $arg }=值）。
help-error-number-of-values = { $arg } 的值个数不对。
help-error-conflict = { $arg } 不能与 { $prior } 同时使用。
help-error-missing = 缺少：{ $arg }。
help-error-utf8 = 命令行不是有效的 UTF-8。
help-error-other = 无法读取命令行。
help-error-valid-values = 可用的值：{ $values }。
help-error-did-you-mean = 您是否想用 { $suggestion }？
help-error-more = 详情请见：{ $command } --help
help-help = 显示某个命令的帮助（inmaek help contact list）
help-help--command = 写在 inmaek 之后的命令

help-inmaek = 国际交流部门的关系管理 CRM 和 Telegram 机器人
help-inmaek--as_user = 以此已注册用户（编号或姓名）的身份操作，享有其角色的权限，并以其名义记入访问记录；不指定时，命令行以管理员身份运行

help-serve = 运行 Telegram 机器人（长轮询或 Webhook）和调度程序，直到收到 SIGINT 或 SIGTERM
help-serve--listen = /healthz、/readyz 和 /metrics（以及 Webhook）的监听地址，例如 127.0.0.1:8080
help-serve--webhook_url = 不用长轮询，改为通过此公开 HTTPS URL 的 Webhook 接收更新（在 --listen 上监听，未指定时为 127.0.0.1:8080）

help-demo = 在此终端中用虚构数据库与真实的机器人对话（无需 Telegram 账号）
help-demo--db = 演示用的 SQLite 文件（不存在时创建并填入虚构数据）

help-migrate = 执行尚未应用的数据库迁移后退出

help-user = Inmaek 的用户：联络官、市长办公室、管理员、会员

help-user-invite = 创建一次性注册码；最后一行只输出注册码
help-user-invite--role = officer、mayor-office、admin 或 member
help-user-invite--name = 用户的名字，联络官将以此称呼该用户（例如指定联系人的负责人时）
help-user-invite--lang = 用户的语言：ko、zh-CN 或 en（默认：INMAEK_LANG）
help-user-invite--tz = 用户的时区（默认：INMAEK_TZ）
help-user-invite--contact = 会员：其本人对应的联系人（编号或唯一匹配的姓名）
help-user-invite--valid_days = 注册码的有效天数

help-user-list = 列出用户及其角色、语言和状态（已注册、尚未注册、已停用）

help-user-disable = 立即终止用户的访问（机器人、--as、已发送的按钮）；其联系人和未完成的跟进移交给 --handover-to 指定的联络官，否则变为无负责人
help-user-disable--user = 用户（编号或姓名）
help-user-disable--handover_to = 接手其联系人和跟进的联络官

help-user-enable = 恢复已停用用户的访问
help-user-enable--user = 用户（编号或姓名）

help-user-role = 更改工作人员的角色：officer、mayor-office 或 admin
help-user-role--user = 用户（编号或姓名）
help-user-role--role = 新角色
help-user-role--handover_to = 联络官不再担任联络官时：接手其联系人和跟进的人（不指定则变为无负责人）

help-contact = 管理员的联系人工具

help-contact-add = 添加联系人；--hangul、--hanzi、--latin 至少需要一个
help-contact-add--hangul = 韩文姓名，姓在前（김영남）
help-contact-add--hanzi = 汉字姓名（金永男）
help-contact-add--latin = 本人书写的拉丁字母姓名（Jin Yongnan）
help-contact-add--alias = 其他名字（可重复）
help-contact-add--former = 曾用名（可重复）
help-contact-add--category = 类别键（可重复）：seoul_club、honorary_citizen、next_gen_leader、bridge、official、researcher
help-contact-add--interest = 关注的政策领域（可重复）：transportation、e_government、waterworks、environment、urban_planning_housing、sewage
help-contact-add--org = 机构名称（不存在时新建）
help-contact-add--title = 在该机构的现任职务
help-contact-add--place = 地点键或其任一名称
help-contact-add--lang = 首选语言：ko、zh-CN 或 en
help-contact-add--tz = 时区（IANA 名称）
help-contact-add--telegram = Telegram 用户 ID（数字）或 @username
help-contact-add--cadence_days = 单独设定的联系周期（整天数）
help-contact-add--owner = 负责联络官的姓名
help-contact-add--allow_duplicate = 即使已有人以其中一个姓名被记录，也照样添加
help-contact-add--email = 电子邮件地址
help-contact-add--phone = 电话号码（格式不限：+86 433 …、010-…）
help-contact-add--notes = 关于此人的备注

help-contact-show = 显示联系人卡片
help-contact-show--contact = 编号或唯一匹配的姓名（任何文字均可）

help-contact-list = 列出联系人
help-contact-list--owner = 负责联络官的姓名
help-contact-list--due = 只列出应联系或已逾期的关系，最紧急的在前
help-contact-list--category = 仅此类别的联系人
help-contact-list--place = 仅此地点的联系人；指定省份时包括其下属城市

help-contact-search = 用任何文字的任一名称查找联系人、地点和机构
help-contact-search--query = 例如：김영남、金永男、"kim yong nam"、ㄱㅇㄴ、요녕 …
help-contact-search--limit = 每类最多显示的数量（1 至 1000）
help-contact-search--place = 只限此地点的联系人；省包括其下属城市
help-contact-search--category = 只限此类别的联系人

help-contact-data = 答复本人的查阅请求：以本人可见的形式给出关于其存储的全部信息（与他人共同参与的会面不含备注和其他参与者）
help-contact-data--contact = 联系人（编号或唯一匹配的姓名）
help-contact-data--format = json（按存储原样）或 html（易读，使用 INMAEK_LANG 的语言）
help-contact-data--out = 写入此文件（仅本人可读），而非标准输出

help-contact-erase = 应本人请求永久删除关于此人的一切（需要 --yes）
help-contact-erase--contact = 联系人（编号或唯一匹配的姓名）
help-contact-erase--yes = 真正删除（不加时只说明将删除什么）

help-contact-handover = 将一位联络官的联系人（全部或一位）及未完成的跟进移交给另一位联络官
help-contact-handover--from = 移交的联络官（姓名或用户编号）
help-contact-handover--to = 接手的联络官（姓名或用户编号）
help-contact-handover--contact = 仅此联系人（编号或唯一匹配的姓名）

help-contact-merge = 将 OTHER 合并到 KEEP：姓名、职务、交流、跟进、荣誉；OTHER 将被删除
help-contact-merge--keep = 保留的联系人（编号或唯一匹配的姓名）
help-contact-merge--other = 合并到保留联系人后删除的重复联系人

help-interaction = 记录和列出交流

help-interaction-add = 记录一次交流
help-interaction-add--contact = 参与的联系人（可重复）：编号或唯一匹配的姓名
help-interaction-add--kind = meeting、call、message、event、visit 或 letter_gift
help-interaction-add--at = 发生时间：RFC 3339、"YYYY-MM-DD HH:MM" 或 YYYY-MM-DD（办公室时区）；默认为现在
help-interaction-add--place = 地点：地点键或名称
help-interaction-add--track = political、public、economic 或 peace
help-interaction-add--topic = 讨论的政策领域（可重复）
help-interaction-add--officer = 一同参与的其他联络官姓名（可重复）
help-interaction-add--by = 记录的联络官（成为无负责人的联系人的负责人）
help-interaction-add--follow_up = 会面中承诺的跟进事项
help-interaction-add--follow_up_due = 其截止日期，YYYY-MM-DD
help-interaction-add--note = 谈话内容和达成的共识

help-interaction-list = 列出交流，最新的在前
help-interaction-list--contact = 仅此联系人的交流（编号或姓名）
help-interaction-list--limit = 最多显示的条数（1 至 10000）

help-cadence = 按联系人类别设定的保持联系周期

help-cadence-list = 显示各类别的默认联系周期

help-cadence-set = 设定某类别的默认联系周期，或某位联系人的单独周期
help-cadence-set--category = 类别（next_gen_leader、bridge、official 等）
help-cadence-set--contact = 联系人（编号或唯一匹配的姓名）：其单独周期优先于类别默认周期
help-cadence-set--days = 两次联系之间的天数（1 至 3650）
help-cadence-set--default = 与 --contact 一起使用：取消该联系人的单独周期，恢复类别默认

help-export = 写出除机密信息外的全部数据（JSON），可用 `import` 重新导入
help-export--format = json（默认）、csv、vcard 或 ics；未指定时，由 --out 文件的扩展名（.json、.csv、.vcf、.ics）决定
help-export--out = 写入此文件，而非标准输出

help-import = 导入导出文件（要么全部导入，要么全不导入）
help-import--format = 未指定时根据扩展名推断
help-import--dry_run = 只检查并报告新行、重复行和无效行，不写入
help-import--encoding = 文件不是 UTF-8 时的编码：cp949（euc-kr）或 gb18030（不加此项时拒绝非 UTF-8 文件，并指出可能的编码）
help-import--skip_duplicates = 只导入尚未记录的人，跳过其他人
help-import--allow_duplicates = 导入所有行，包括似乎已记录的人
help-import--file = 要导入的文件（.csv、.vcf、.json）

help-reminders = 保持联系调度程序

help-reminders-tick = 运行一次调度（每日摘要、跟进提醒），并发送一次队列中的消息
help-reminders-tick--now = 运行所依据的时刻，RFC 3339（默认：现在）

help-outbox = 待发消息队列（每日摘要、提醒、邀请）

help-outbox-list = 列出排队中和已发送的消息，最新的在前
help-outbox-list--dead = 仅发送失败的消息
help-outbox-list--limit = 最多显示的条数（1 至 10000）

help-outbox-retry = 将发送失败的消息重新排队，下次发送时送出
help-outbox-retry--id = 消息（outbox list --dead 中的编号）

help-event = 活动及其邀请

help-event-add = 创建活动；最后一行只输出其编号
help-event-add--kind = forum、seoul_club_gathering、academic_exchange、delegation_visit 或 other
help-event-add--title = 标题；根据文字判断其语言（韩文：韩语，汉字：中文，其他：英语）
help-event-add--starts = 开始时间：按活动时区（--tz，否则 INMAEK_TZ）的“YYYY-MM-DD HH:MM”，或 RFC 3339，例如 2026-12-10T14:00:00+09:00
help-event-add--tz = 活动的时区（默认：INMAEK_TZ）
help-event-add--place = 城市（任何名称形式均可）
help-event-add--deadline = 答复截止时间：按活动时区的“YYYY-MM-DD HH:MM”或 RFC 3339
help-event-add--organizer = 主办联络官（姓名或用户编号）
help-event-add--track = 将出席记录为交流时使用的外交类别
help-event-add--topics = 政策领域（可重复）
help-event-add--title_ko = 韩文标题
help-event-add--title_zh = 中文标题
help-event-add--title_en = 英文标题
help-event-add--description_ko = 韩文说明
help-event-add--description_zh = 中文说明
help-event-add--description_en = 英文说明
help-event-add--ends = 结束时间（RFC3339，或按活动时区的 YYYY-MM-DD HH:MM）
help-event-add--address = 场地地址
help-event-add--capacity = 可参加人数（数字）；超出后进入候补名单

help-event-list = 列出今天起的活动，并按状态统计邀请数
help-event-list--all = 也包括过去的活动

help-event-invite = 邀请一批对象：不加 --yes 时只显示人数和示例；加上后将邀请排队
help-event-invite--categories = 属于其中任一类别的联系人（可重复）
help-event-invite--places = 位于其中任一地点的联系人；省包括其下属城市（可重复）
help-event-invite--organizations = 目前就职于其中任一机构的联系人（可重复）
help-event-invite--committees = 其中任一委员会的成员（可重复）
help-event-invite--language = 使用此语言的联系人（ko、zh-CN、en）
help-event-invite--yes = 将邀请排队（不加时不写入任何内容）
help-event-invite--event = 活动（编号或标题中能唯一确定的部分）

help-event-change = 更改活动时间或地点；通知所有已接受的人
help-event-change--event = 活动（编号或标题中能唯一确定的部分）
help-event-change--starts = 新的开始时间（RFC3339，或按活动时区的 YYYY-MM-DD HH:MM）
help-event-change--ends = 新的结束时间（RFC3339，或按活动时区的 YYYY-MM-DD HH:MM）
help-event-change--place = 新的地点（键或任一名称）
help-event-change--address = 新的地址

help-event-cancel = 取消活动；通知所有已接受的人，尚未发出邀请的人不会收到通知
help-event-cancel--event = 活动（编号或标题中能唯一确定的部分）

help-event-attendees = 列出所有受邀者及其状态
help-event-attendees--event = 活动（编号或标题中唯一匹配的一部分）
help-event-attendees--format = 列出方式

help-event-unreachable = 列出邀请对象中机器人无法联系的联系人及原因
help-event-unreachable--event = 活动（编号或标题中能唯一确定的部分）
help-event-unreachable--format = 列出方式

help-member = 会员（已在机器人注册的联系人）

help-member-revoke = 撤回会员的同意（用户编号、姓名或其联系人）：全部用途，或指定的一项
help-member-revoke--purpose = 仅此用途：`invitations` 或 `reminders`（关于该会员的提醒）
help-member-revoke--member = 会员（用户编号或姓名）

help-brief = 生成关于某地或某人的关系简报，为独立的 HTML 页面
help-brief--place = 城市或省份，任何名称形式均可（harbin、哈尔滨、하얼빈）
help-brief--contact = 人物（编号或任何名称形式）
help-brief--date = 访问日期，YYYY-MM-DD（默认：今天）
help-brief--lang = 简报的语言：ko、zh-CN 或 en（默认：INMAEK_LANG）
help-brief--out = 写入此文件，而非标准输出

help-audit = 访问记录：谁读取或更改了某联系人的哪些信息，或某用户做了什么
help-audit--contact = 联系人（编号或任何名称形式）
help-audit--user = 用户（编号或姓名）
help-audit--purge_before = 删除早于此日期（YYYY-MM-DD）的记录；该日期须至少在两年前

help-contact-edit = 修改联系人：姓名、类别、机构与职务、地区、语言、电子邮件、电话、生日
help-contact-edit--contact = 联系人（编号或唯一的姓名）
help-contact-edit--add_name = 添加任意文字的姓名（可重复）
help-contact-edit--remove_name = 删除姓名，按原样书写（可重复）
help-contact-edit--category = 添加类别（可重复）
help-contact-edit--remove_category = 删除类别（可重复）
help-contact-edit--org = 新的现任机构（不存在则新建）；当前职位于今日结束
help-contact-edit--title = 在 --org 的职务
help-contact-edit--place = 城市或省份，任意名称形式
help-contact-edit--language = ko、zh-CN 或 en
help-contact-edit--email = 添加电子邮件地址，可加标签：工作:kim@example.cn（可重复）
help-contact-edit--phone = 添加电话号码，可加标签：手机:+86 138 0000 0000（可重复）
help-contact-edit--remove_email = 删除电子邮件地址（可重复）
help-contact-edit--remove_phone = 删除电话号码（可重复）
help-contact-edit--birthday = 生日，YYYY-MM-DD
help-contact-edit--lunar = 生日为农历日期（每年按当年的公历日期提醒）
help-position = 履历：联系人历年担任的职位
help-position-add = 记录联系人现任或曾任的职位；编号单独输出在最后一行
help-position-add--contact = 联系人（编号或唯一的姓名）
help-position-add--org = 机构（编号或任意语言的名称；不存在则新建）
help-position-add--title = 职务
help-position-add--from = 起始日期，YYYY-MM-DD
help-position-add--to = 结束日期，YYYY-MM-DD（已卸任的职位）
help-position-add--end_current = 在该职位开始之日结束当前职位
help-position-end = 结束现任职位
help-position-end--id = 职位编号（见 position list）
help-position-end--on = 最后一天，YYYY-MM-DD（默认：今天）
help-position-list = 联系人的职位：先现任，后曾任
help-position-list--contact = 联系人（编号或唯一的姓名）
help-org = 机构：类型、地区、上级机构
help-org-add = 添加机构；编号单独输出在最后一行
help-org-add--name = 机构名称，任意语言
help-org-add--name_ko = 韩文名称
help-org-add--name_zh = 中文名称
help-org-add--name_en = 英文名称
help-org-add--kind = government、research_institute、university、company、association 或 other
help-org-add--place = 城市或省份，任意名称形式
help-org-add--parent = 上级机构（编号或名称）
help-org-edit = 修改机构的名称、类型、地区或上级机构
help-org-edit--org = 机构（编号或任意语言的名称）
help-org-edit--name_ko = 韩文名称
help-org-edit--name_zh = 中文名称
help-org-edit--name_en = 英文名称
help-org-edit--kind = government、research_institute、university、company、association 或 other
help-org-edit--place = 城市或省份，任意名称形式
help-org-edit--parent = 上级机构（编号或名称）
help-org-merge = 将机构合并到另一机构：职位和项目随之转移，该机构被删除
help-org-merge--org = 被删除的重复机构
help-org-merge--into = 保留的机构
help-org-list = 所有机构及其上级机构和在职人数
help-honor = 荣誉与会员资格：名誉市民、首尔俱乐部、奖项
help-honor-add = 记录联系人的荣誉或会员资格
help-honor-add--contact = 联系人（编号或唯一的姓名）
help-honor-add--kind = honorary_citizen、seoul_club 或 award
help-honor-add--on = 授予日期或入会日期，YYYY-MM-DD
help-honor-add--status = active、lapsed 或 revoked（默认：active）
help-honor-add--note = 奖项名称或备注
help-honor-list = 某联系人或所有人的荣誉与会员资格
help-honor-list--contact = 仅此联系人（编号或唯一的姓名）
help-committee = 联合委员会及其成员和会议
help-committee-add = 添加委员会；编号单独输出在最后一行
help-committee-add--name = 英文名称
help-committee-add--name_ko = 韩文名称（默认：英文名称）
help-committee-add--name_zh = 中文名称（默认：英文名称）
help-committee-add--place = 委员会涵盖的地区（可重复）
help-committee-add--founded = 成立日期，YYYY-MM-DD
help-committee-edit = 修改委员会的名称、地区或成立日期
help-committee-edit--committee = 委员会（编号或任意语言的名称）
help-committee-edit--name = 英文名称
help-committee-edit--name_ko = 韩文名称
help-committee-edit--name_zh = 中文名称
help-committee-edit--place = 取代现有地区的新地区（可重复）
help-committee-edit--founded = 成立日期，YYYY-MM-DD
help-committee-member = 委员会成员
help-committee-member-add = 为联系人或联络官设立委员会席位
help-committee-member-add--committee = 委员会（编号或任意语言的名称）
help-committee-member-add--contact = 联系人（编号或唯一的姓名）
help-committee-member-add--user = 或首尔方的用户（名称或编号）
help-committee-member-add--role = chair、vice_chair、secretary 或 member
help-committee-member-add--side = seoul 或 counterpart（默认：联系人为 counterpart，用户为 seoul）
help-committee-member-add--from = 起始日期，YYYY-MM-DD
help-committee-member-add--to = 结束日期，YYYY-MM-DD
help-committee-meeting = 委员会会议
help-committee-meeting-add = 记录会议；记为与每位出席者的交流。编号单独输出在最后一行
help-committee-meeting-add--committee = 委员会（编号或任意语言的名称）
help-committee-meeting-add--on = 日期，YYYY-MM-DD
help-committee-meeting-add--place = 地点，任意地名形式
help-committee-meeting-add--agenda = 议程
help-committee-meeting-add--minutes = 会议纪要
help-committee-meeting-add--attendee = 出席的联系人（可重复）
help-committee-list = 所有委员会及其地区、成员和最近一次会议
help-committee-show = 委员会的成员和会议
help-committee-show--committee = 委员会（编号或任意语言的名称）
help-agreement = 姐妹城市、友好城市关系及谅解备忘录及其历程
help-agreement-add = 记录与某地的姐妹城市、友好城市关系或谅解备忘录；编号单独输出在最后一行
help-agreement-add--place = 城市或省份，任意名称形式
help-agreement-add--status = exploring、friendship、sister_city 或 mou
help-agreement-add--on = 起始日期，YYYY-MM-DD（默认：今天）
help-agreement-add--signatory = 签署的联系人（可重复）
help-agreement-add--document = 签署文本的存放位置（文件编号、链接）
help-agreement-add--note = 备注
help-agreement-status = 协议历程中的新阶段
help-agreement-status--agreement = 协议（编号；若该地只有一项协议，也可用地名）
help-agreement-status--to = exploring、friendship、sister_city、mou、renewed 或 suspended
help-agreement-status--on = 起始日期，YYYY-MM-DD（默认：今天）
help-agreement-list = 协议及其历程
help-agreement-list--place = 仅此地区；省份包括其下属城市
help-project = 合作项目及其阶段
help-project-add = 记录合作项目；编号单独输出在最后一行
help-project-add--title = 标题（英文，或仅有的一种语言）
help-project-add--title_ko = 韩文标题
help-project-add--title_zh = 中文标题
help-project-add--area = 政策领域（可重复）
help-project-add--place = 城市或省份，任意名称形式
help-project-add--org = 对方机构（可重复；不存在则新建）
help-project-add--officer = 首尔方负责联络官（名称或编号）
help-project-add--stage = idea、proposal、mou、pilot、running、done 或 stopped（默认：idea）
help-project-add--on = 起始日期，YYYY-MM-DD（默认：今天）
help-project-stage = 项目历程中的新阶段
help-project-stage--project = 项目（编号或任意语言的标题）
help-project-stage--to = idea、proposal、mou、pilot、running、done 或 stopped
help-project-stage--on = 起始日期，YYYY-MM-DD（默认：今天）
help-project-follow-up = 为项目添加后续事项：对联系人（或联系人）作出的承诺
help-project-follow-up--project = 项目（编号或任意语言的标题）
help-project-follow-up--contact = 承诺对象（编号或唯一的姓名）
help-project-follow-up--what = 承诺的事项
help-project-follow-up--due = 截止日期，YYYY-MM-DD
help-project-follow-up--theirs = 由对方承诺（默认：首尔承诺）
help-project-list = 项目及其阶段
help-project-list--place = 仅此地区；省份包括其下属城市
help-project-show = 项目的历程和后续事项
help-project-show--project = 项目（编号或任意语言的标题）
help-relation = 人与人之间的关系
help-relation-add = 记录两人之间的关系；编号单独输出在最后一行
help-relation-add--from = 第一个人（编号或唯一的姓名）；superior 时为上级，introduced 时为引荐人
help-relation-add--to = 第二个人（编号或唯一的姓名）
help-relation-add--kind = introduced、colleague、superior、family、classmate 或 friend
help-relation-add--note = 备注（两人如何相识）
help-relation-list = 与某联系人有关的关系记录
help-relation-list--contact = 联系人（编号或唯一的姓名）
help-relation-remove = 删除关系记录
help-relation-remove--id = 关系编号（见 relation list）
help-path = 从联络官通往某人的最佳人脉链，逐步说明
help-path--to = 此人（编号或唯一的姓名）
help-path--from = 仅从此联络官出发（名称或编号）
help-path--limit = 最多显示的条数（1 至 50）
help-position-export = 以 CSV 导出全部职位（contact_id、contact、organization、title、from、to）
help-position-export--out = 写入此文件（仅所有者可读），而不是标准输出
help-position-import = 从与导出格式相同的 CSV 文件导入职位（全部成功或全部不导入）
help-position-import--file = CSV 文件
help-position-import--dry_run = 检查每一行并说明将添加什么，但不写入
help-position-import--encoding = 文件非 UTF-8 时的编码：cp949（euc-kr）或 gb18030
help-relation-export = 以 CSV 导出全部关系记录（from_id、from、to_id、to、kind、note）
help-relation-export--out = 写入此文件（仅所有者可读），而不是标准输出
help-relation-import = 从与导出格式相同的 CSV 文件导入关系（全部成功或全部不导入）；已有的关系跳过
help-relation-import--file = CSV 文件
help-relation-import--dry_run = 检查每一行并说明将添加什么，但不写入
help-relation-import--encoding = 文件非 UTF-8 时的编码：cp949（euc-kr）或 gb18030
help-user-link = 为用户生成一次性网页控制台登录链接（10分钟内有效），单独打印在最后一行
help-user-link--user = 用户（编号或名称）
help-token = JSON API 的持有者令牌
help-token-create = 创建 JSON API 持有者令牌；令牌只显示一次，单独打印在最后一行
help-token-create--user = 令牌所代表的用户（编号或名称）
help-token-create--read_only = 令牌只能读取
help-token-revoke = 立即吊销令牌
help-token-revoke--id = 令牌编号（见 token list）
help-token-list = 列出令牌：编号、用户、是否只读、创建时间、最近使用、吊销时间
help-demo--web = 网页控制台的监听地址（被占用时改用其他空闲端口）
