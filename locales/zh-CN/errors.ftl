# 每个拒绝理由一句话，写明字段和值。

kind-category = 类别
kind-policy-area = 政策领域
kind-track = 外交类别
kind-interaction-kind = 交流类型
kind-role = 角色
kind-name-form = 姓名形式
kind-honor-kind = 荣誉
kind-honor-status = 荣誉状态
kind-agreement-status = 协议状态
kind-project-stage = 项目阶段
kind-organization-kind = 机构类型
kind-lang = 语言

kind-event-status = 活动状态
kind-delivery = 送达方式
kind-consent-purpose = 同意用途

error-unknown-key = 未知的{ $kind }“{ $value }”；可用的值：{ $expected }。
error-unknown-place = 未知的地点“{ $value }”：请使用地点键（harbin）或其任一名称（哈尔滨、Harbin、하얼빈、합이빈）。
error-unknown-time-zone = 未知的时区“{ $value }”：请使用 IANA 名称，如 Asia/Seoul。
error-invalid-date = { $field }：“{ $value }”不是有效日期（应为 YYYY-MM-DD）。
error-no-database = { $path } 处没有数据库（DATABASE_URL）。请用“inmaek migrate”（或“inmaek import FILE”、“inmaek user invite …”）创建，或让 DATABASE_URL 指向现有数据库。
error-not-a-count = { $field }：“{ $value }”不是数字；请用阿拉伯数字写不小于 { $least } 的整数（例如 40）。
error-invalid-date-time = { $field }：“{ $value }”不是有效的日期或时间（应为 YYYY-MM-DD、“YYYY-MM-DD HH:MM”或 RFC 3339）。
error-invalid-instant = { $field }：“{ $value }”不是有效的时刻（应为 RFC 3339，例如 2026-12-10T14:00:00+09:00）。
error-invalid-local-time = { $field }：“{ $value }”不是有效的日期和时间（应为按活动时区的“YYYY-MM-DD HH:MM”或 RFC 3339）。
error-in-future = { $field }：“{ $value }”是将来的时间；交流发生后再记录。
error-ends-before-start = { $field }：“{ $value }”早于开始时间。
error-empty = { $field }为空。
error-too-long = { $field }超过 { $max } 个字符。
error-invalid = { $field }：“{ $value }”无效。
error-year-out-of-range = { $field }：{ $value } 不在 1900 年至 2100 年之间，请检查年份。
error-control-character = { $field }含有控制字符（{ $code }）；只有备注可以包含换行和制表符。
error-no-name = 联系人至少需要一个姓名：--hangul、--hanzi 或 --latin。
error-contact-not-found = 没有与“{ $query }”匹配的联系人。
error-ambiguous-contact = “{ $query }”匹配多个联系人；请使用其中一个的编号：{ $candidates }。
error-only-near-names = 没有名为“{ $query }”的联系人；最接近的是：{ $candidates }。请给出您要找的人的编号。
error-user-not-found = 没有名为“{ $name }”的用户。
error-import-invalid-rows = { $path }：有 { $count } 行无效（见上方列表）；导入将不会写入任何内容。
error-not-an-officer = { $name }不是交流联络官（{ $role }）。
error-user-name-taken = 名为“{ $name }”的用户已注册；请换一个名字。
error-member-needs-contact = 会员必须关联一个联系人：请加上 --contact。
error-contact-only-for-member = 只有会员才关联联系人：请去掉 --contact 或使用 --role member。
error-code-unknown = 此注册码无效。
error-code-used = 此注册码已被使用。
error-code-expired = 此注册码已过期；请向管理员索取新的注册码。
error-telegram-already-enrolled = 此 Telegram 账号已注册为其他用户。
error-dump-format = 此文件不是本程序可读取的 Inmaek 导出文件（“{ $found }”）。
error-dump-invalid = 转储在 { $path } 处被拒绝：{ $reason } 未导入任何内容。
error-dump-missing-reference = { $table }[{ $index }].{ $field } = { $value }：导出文件中没有该记录；未导入任何内容。
error-dump-duplicate-id = { $table }[{ $index }]：id { $id } 出现两次；未导入任何内容。
error-dump-place-conflict = { $table }[{ $index }]：地点“{ $key }”与本数据库的地点“{ $existing }”冲突；未导入任何内容。
error-dump-into-non-empty = 数据库中已有 { $count } 条记录；导出文件只能恢复到空数据库。未导入任何内容。
error-database = 数据库错误：{ $reason }
error-read-file = 无法读取 { $path }：{ $reason }
error-write-file = 无法写入 { $path }：{ $reason }
error-import-not-json = { $path } 不是 Inmaek 导出文件：它不是 JSON。如果是 CSV 或 vCard，请用 --format csv 或 --format vcard 指明格式。
error-import-broken-json = { $path } 不是完整的 JSON：在第 { $line } 行第 { $column } 列中断或出错。请重新导出。
error-import-not-export = { $path } 是 JSON，但不是 Inmaek 导出文件（导出文件以 "format": "inmaek-dump" 开头）。未导入任何内容。
error-parse-file = { $path }:{ $line }:{ $column }：{ $reason }
error-environment = 环境变量 { $name } 缺失或格式错误。
error-listen = 无法在 { $address } 上监听：{ $reason }。
error-webhook = Telegram 未接受该 Webhook：{ $reason }。
error-possible-duplicate = 已有人以其中一个姓名被记录：{ $candidates }。请使用该联系人，或稍后用“inmaek contact merge”合并；如果是另一个人，请加上 --allow-duplicate 再添加。
error-merge-same = 联系人不能与自身合并。
error-row = { $path }:{ $line }：{ $column }：{ $reason }未导入任何内容。
error-csv-unknown-column = 未知的列“{ $column }”；可用的列：{ $expected }。未导入任何内容。
error-csv-separator = 表头只有一列且含有“{ $separator }”：文件以“{ $separator }”分隔，而 Inmaek 读取逗号分隔的文件。请另存为逗号分隔的 CSV。
error-csv-duplicate-column = 列“{ $column }”出现两次。未导入任何内容。
error-csv-no-name-column = 文件需要 name_hangul、name_hanzi 或 name_latin 列之一。未导入任何内容。
error-import-duplicates = 有 { $count } 行是已记录的人（此行：{ $candidates }）。未导入任何内容；只导入其他行请用 --skip-duplicates，全部导入请用 --allow-duplicates。
error-row-file = { $path }:{ $line }：{ $reason }

error-outbox-not-found = 队列中没有编号为 { $id } 的消息。
error-outbox-not-dead = 消息 { $id } 的状态为“{ $status }”，不是发送失败的消息；只有发送失败的消息才能重发。
error-not-the-owner = 联系人 #{ $contact } 的负责人不是 { $user }。未做任何更改。
error-handover-to-self = 移交只能在两位不同的联络官之间进行。
kind-event-kind = 活动类型
kind-invitation-status = 邀请状态
error-event-not-found = 找不到活动“{ $query }”。
error-ambiguous-event = “{ $query }”对应多个活动：{ $candidates }。请用编号指定。
error-rsvp-unknown = 此邀请按钮已失效，未做任何更改。
error-rsvp-not-yours = 这是发给别人的邀请，未做任何更改。
error-rsvp-closed = 回复截止时间（{ $deadline }）已过，未做任何更改。
error-event-cancelled = 该活动已取消。
error-not-a-member = { $name } 不是会员。
error-not-allowed = { $user }（{ $role }）无权执行此命令。未做任何操作。
error-in-past = { $field }：“{ $value }”已经过去了。
error-dump-unknown-key = { $table }[{ $index }].{ $field } = “{ $value }”：未知的{ $kind }；应为以下之一：{ $expected }。未导入任何内容。
error-stored-value = 数据库中有 Inmaek 不认识的值（{ $detail }），它是在 Inmaek 之外写入的。请修正该行，或从导出文件恢复。
error-user-already-disabled = { $name } 已被停用。
error-user-not-disabled = { $name } 未被停用，未作任何更改。
error-user-disabled = { $name } 已被停用，其访问权限已终止。
error-user-not-enrolled = { $name } 尚未注册（未绑定 Telegram 账号），不能以其身份操作。
error-role-unchanged = { $name } 已经是{ $role }。
error-role-member-change = { $name }：会员与联系人绑定，角色不能更改，工作人员也不能改为会员；请以另一角色重新邀请。
error-record-for-other = 只有管理员可以替其他联络官（{ $by }）记录交流。未保存任何内容。
error-reinvite-other-role = { $name } 已被邀请为{ $role }（或关联其他联系人）；新的注册码保持不变。请用“user role”更改角色，或以其他名称邀请。
error-format-contradicts = --format { $format } 与文件名 { $path } 不符；请只给出其一，或使二者一致。未写入任何内容。

kind-committee-role = 委员会职务
kind-side = 方
kind-tie-kind = 关系类型
kind-detail-kind = 联系方式
kind-committee = 委员会
kind-agreement = 协议
kind-project = 项目
kind-organization = 机构
kind-position = 职位
kind-relation = 关系
kind-name = 姓名
kind-email = 电子邮件地址
kind-phone = 电话号码
position-ended = 已结束
error-not-found = 没有与“{ $query }”对应的{ $kind }。请输入编号或其完整名称（可用列表命令查看）。
error-ambiguous = “{ $query }”对应多个：{ $candidates }。请输入{ $kind }编号。
error-unchanged = { $kind }已经是“{ $value }”，未作更改。
error-with-itself = { $kind }不能与自身关联。未作更改。
error-exists = 该{ $kind }已有记录（#{ $id }），未添加。

error-only-partial = 没有名为“{ $query }”的{ $kind }；名称中包含它的有：{ $candidates }。请输入编号或完整名称。

error-not-your-record = 只有记录此{ $kind }的人或管理员可以删除。未作更改。

error-still-to-come = { $field }：“{ $value }”尚未到来；请在发生后再记录。
error-before-latest = { $field }：“{ $value }”早于最近一步（{ $latest }）；历程按顺序记录。未作更改。

kind-seat = 席位

error-not-on-card = 此联系人没有{ $kind }“{ $value }”。未作更改。
error-sign-in-link-invalid = 此登录链接已失效：已被使用、已超过10分钟，或账户已停用。请向机器人发送 /web 获取新链接。
error-api-token-not-found = 没有有效的 API 令牌 #{ $id }。
error-api-token-number = API 令牌以编号指定（inmaek token list 可查看）；“{ $value }”不是编号。
error-not-yourself = 不能停用自己的账户或更改其角色；请由另一位管理员操作。
error-last-admin = { $name } 是唯一在用的管理员：请先让另一人成为管理员。
error-check-in-not-yet = 签到在活动开始前 12 小时开放；未记录任何内容。
