# 管理员命令行输出。

migrate-done = 数据库已是最新。

user-invited = 已邀请 { $name }（#{ $id }）为{ $role }，语言 { $lang }；注册码 { $expires } 过期。
user-invited-how = 向机器人发送“/start { $code }”即可注册。注册码只能使用一次。
user-list-empty = 还没有用户。请用“inmaek user invite”创建。
user-list-row = #{ $id } { $name } · { $role } · { $lang } · { $status }
user-enrolled = 已注册
user-not-enrolled = 尚未注册
user-disabled = 已停用
user-disabled-done = { $name }（#{ $id }）已不能再使用 Inmaek：机器人、--as 和已发送的按钮从现在起都会拒绝。已删除待发给其的消息 { $messages } 条。
user-enabled-done = { $name }（#{ $id }）可以再次使用 Inmaek。
user-role-done = { $name }（#{ $id }）的角色现为{ $role }。
user-moved-to = 已将 { $contacts } 位联系人和 { $follow_ups } 项未完成的后续事项移交给 { $officer }。
user-moved-unowned = { $contacts } 位联系人和 { $follow_ups } 项未完成的后续事项现在没有负责人；请用“contact handover”移交。

cadence-row = { $category }（{ $key }）：每 { $days } 天
cadence-set = { $category }：每 { $days } 天联系一次。

contact-added = 已添加联系人 #{ $id } { $name }。
contact-list-empty = 没有符合条件的联系人。
contact-list-row = #{ $id } { $name } · { $categories } · { $place } · { $health }
contact-list-count = 共 { $count } 位联系人。

health-ok = 保持联系（{ $days } 天后到期）
health-due = 应联系{ $days ->
    [0] {""}
   *[other] （已过 { $days } 天）
}
health-overdue = 已逾期（{ $days } 天未联系）

card-title = #{ $id } { $names }
card-none = —
card-categories = {"  "}类别：{ $value }
card-place = {"  "}地区：{ $value }
card-position-current = {"  "}现任：{ $organization } { $title }
card-position-past = {"  "}曾任：{ $organization } { $title }
card-owner = {"  "}负责联络官：{ $value }
card-interests = {"  "}关注领域：{ $value }
card-lang = {"  "}语言：{ $value }
card-email = {"  "}电子邮件：{ $value }
card-phone = {"  "}电话：{ $value }
card-telegram = {"  "}Telegram：{ $value }
card-cadence-own = {"  "}每 { $days } 天联系一次（单独设定）：{ $health }
card-cadence-default = {"  "}每 { $days } 天联系一次（类别默认）：{ $health }
card-never = 从未
card-last-interaction = {"  "}最近交流：{ $value }
card-honor = {"  "}荣誉：{ $kind } { $date }（{ $status }）
card-follow-ups = {"  "}待办跟进（{ $count }）：
card-follow-up-ours = {"    "}{ $date } — { $what }（首尔方承诺）
card-follow-up-theirs = {"    "}{ $date } — { $what }
card-recent = {"  "}最近交流（{ $count }）：
card-notes = {"  "}备注：{ $value }

interaction-added = 已记录交流 #{ $id }：{ $date } 与 { $contacts } { $kind }。
interaction-list-empty = 尚无交流记录。
interaction-row = #{ $id } { $date } { $kind }

export-done = 已将 { $contacts } 位联系人和 { $interactions } 条交流导出到 { $path }。
import-checked = { $path } 可以导入：{ $contacts } 位联系人、{ $interactions } 条交流、{ $users } 位用户。试运行，未写入任何内容。
import-done = 已导入 { $path }：{ $contacts } 位联系人、{ $interactions } 条交流、{ $users } 位用户。

demo-banner = Inmaek 演示 — 您是交流联络官“Demo Officer”，正在与真实的机器人对话。输入消息和命令（/log、/who 金永男、/due、/add、/lang）；输入按钮编号即可点击；/quit 退出。所有数据均为虚构。
demo-seeded = 已创建 { $path }，含 { $count } 位虚构联系人和一年的交流记录。
demo-bye = 再见。您的更改保存在演示数据库中。

search-none = 没有与“{ $query }”匹配的结果。
search-contact = #{ $id } { $names }（{ $rank }）
search-place = 地点 { $key }：{ $names }
search-organization = 机构 #{ $id }：{ $name }
search-rank-exact = 完全匹配
search-rank-prefix = 开头匹配
search-rank-fuzzy = 相差一个字母
contact-merged = 已将 #{ $other } { $other_name } 合并到 #{ $keep } { $name }。
import-not-in-encoding = 不是有效的 { $encoding } 文本
import-not-a-file = 不是普通文件（目录、设备或管道），请指定文件
import-too-large = 大于 { $max } MB，联系人文件或转储不会这么大
import-no-vcard = 不含任何 vCard（没有 BEGIN:VCARD 行），这是联系人文件吗？
import-not-utf8 = 不是 UTF-8 文本，可按 { $likely } 读取：请指定编码，例如 --encoding { $first }，或另存为 UTF-8
import-earlier-line = 本文件第 { $line } 行
import-row-invalid = 第 { $line } 行：{ $column }：{ $reason }
import-row-duplicate = 第 { $line } 行：已记录为 { $candidates }
import-csv-checked = { $path }：新 { $new } 行，重复 { $duplicates } 行，无效 { $invalid } 行。试运行，未写入任何内容。
import-csv-done = 已从 { $path } 导入 { $count } 位联系人{ $skipped ->
    [0] 。
   *[other] ；跳过已记录的 { $skipped } 位。
}
import-unknown-owner = { $count } 位联系人的负责人（{ $owners }）不是此处的用户，将以无负责人方式导入。
card-position-current-organization = {"  "}所属机构：{ $organization }
card-position-past-organization = {"  "}曾属机构：{ $organization }

cadence-set-contact = #{ $id } { $name }：单独设定每 { $days } 天联系一次。下次应联系日期 { $due }。
cadence-cleared-contact = #{ $id } { $name }：已取消单独设定（按类别默认）。下次应联系日期 { $due }。
contact-handover-done = { $from } → { $to }：已移交 { $contacts } 位联系人和 { $follow_ups } 项未完成的跟进。
reminders-tick-done = 已排队 { $digests } 份每日摘要、{ $follow_ups } 条跟进提醒。已发送 { $sent } 条，等待重试 { $waiting } 条，发送失败 { $dead } 条。
outbox-none = 队列为空。
outbox-none-dead = 没有发送失败的消息。
outbox-row = #{ $id } { $status } · { $kind } → { $recipient } · { $at } · 尝试 { $attempts } 次 { $error }
outbox-retried = #{ $id } { $kind }：已重新排队，下次发送时送出。
event-added = 已创建活动：{ $title } — { $when }
event-none = 没有即将举行的活动。
event-no-invitations = 尚无邀请
event-count = { $status } { $count }
event-row = #{ $id } { $title } · { $kind } · { $when } · { $place } · { $counts }
event-row-cancelled = #{ $id } [已取消] { $title } · { $kind } · { $when } · { $place } · { $counts }
event-invite-preview = { $title }：新邀请 { $total } 位联系人——可通过机器人发送的会员 { $reachable } 位；无法发送：无账号 { $no_account } 位、未同意 { $no_consent } 位、无法联系 { $unreachable } 位。已邀请 { $already } 位。
event-invite-sample = 例如：{ $names }
event-invite-confirm = 如需发送，请加上 --yes 重新运行同一命令。目前尚未写入任何内容。
event-invite-done = { $title }：已将 { $queued } 份邀请排队。机器人无法联系的 { $unreachable } 位请用 inmaek event unreachable { $id } 查看。已邀请 { $already } 位。
event-attendee-row = #{ $id } { $name } · { $status } · { $delivery }
event-unreachable-row = #{ $id } { $name } · { $reason }
event-unreachable-none = 没有机器人无法联系的受邀者。
member-revoked = { $name }：已撤回{ $purposes }；待发送的邀请不再发送，关于该成员的提醒也停止。
member-no-consent = { $name }：没有可撤回的同意。
consent-purpose-invitations = 接收活动邀请的同意
consent-purpose-reminders = 保持联系提醒的同意
consent-purpose-all = 所有同意（活动邀请和保持联系提醒）
export-done-events = 已将 { $events } 个活动写入 { $path }。
event-changed = 已更改：{ $title } — { $when }。将通知已接受的 { $told } 位。
event-cancelled = 已取消：{ $title } — { $when }。将通知已接受的各位。
audit-row = { $at } · { $who }（{ $channel }）· { $action } · { $scope } · 对象 { $subjects }
audit-none = 没有记录。
audit-command-line = 管理员命令行
audit-all-contacts = 全部联系人
audit-action-card = 查看人物卡片
audit-action-brief = 查看简报
audit-action-export = 导出
contact-erase-confirm = #{ $id } { $names }：将不可恢复地删除此人的一切（姓名、备注、跟进、邀请、会员账号、待发消息），共同参与的交流中将遮盖其姓名。确认删除请加上 --yes 重新运行。
contact-erased = 已删除 #{ $id }：仅与其相关的交流 { $deleted } 条已删除，与他人共同的交流 { $redacted } 条已遮盖。访问记录中以 { $pseudonym } 保留。
contact-erased-traces = 已在其他 { $texts } 处文字（备注、后续事项、已发消息、访问记录中的搜索词）中遮盖；已删除尚未发送的相关消息 { $dropped } 条；已清除提及此人的进行中对话 { $dialogues } 个，并已通知相关联络官。
audit-action-erase = 删除
audit-action-mydata = 本人信息查阅（/mydata）
audit-purged = 已删除 { $date } 之前的访问记录 { $count } 条（只能删除两年以前的记录）。
audit-action-purge = 删除旧访问记录
audit-action-contact-add = 添加联系人
audit-action-interaction-add = 记录交流
audit-action-follow-up-done = 后续事项完成
audit-action-follow-up-moved = 后续事项改期
audit-action-follow-up-add = 记录后续事项
audit-action-follow-up-changed = 后续事项变更（承诺方）
audit-action-snooze = 推迟
audit-action-cadence = 更改联系周期
audit-action-handover = 移交
audit-action-merge = 合并重复
audit-action-consent-given = 同意
audit-action-consent-declined = 拒绝同意
audit-action-consent-withdrawn = 撤回同意
audit-action-event-add = 创建活动
audit-action-event-change = 更改活动
audit-action-event-cancel = 取消活动
audit-action-invite = 邀请
audit-action-rsvp = 答复邀请
audit-action-check-in = 活动签到
audit-action-user-invite = 发放注册码
audit-action-enrol = 注册
audit-action-list = 查看联系人列表
audit-action-search = 搜索
audit-action-interactions = 查看交流列表
audit-action-attendees = 查看活动参加者名单
audit-action-unreachable = 查看机器人无法联系的会员
audit-action-outbox = 查看待发消息列表
audit-action-audit = 查看访问记录
audit-action-users = 查看用户列表
audit-action-due = 查看待联系的关系（/due）
audit-action-message = 收到提及此人的消息（摘要、提醒）
audit-action-access-request = 答复查阅请求
audit-action-user-disable = 终止用户访问
audit-action-user-enable = 恢复用户访问
audit-action-user-role = 更改用户角色
audit-action-restore = 恢复备份
audit-action-outbox-retry = 重发消息
audit-system = 调度程序
audit-stranger = 正在注册的账户
contact-data-written = 已将所存信息写入 { $path }（仅您可读）。
