# 领域词汇（DOMAIN.md 中的键）。

category-seoul_club = 首尔俱乐部会员
category-honorary_citizen = 首尔荣誉市民
category-next_gen_leader = 新一代领导人
category-bridge = 朝鲜族桥梁人物
category-official = 政府官员
category-researcher = 研究人员

policy-area-transportation = 交通
policy-area-e_government = 电子政务
policy-area-waterworks = 供水
policy-area-environment = 环境
policy-area-urban_planning_housing = 城市规划与住房
policy-area-sewage = 污水处理

track-political = 政治外交
track-public = 公共外交
track-economic = 经济外交
track-peace = 和平外交
track-none = 未分外交类别

interaction-kind-meeting = 会面
interaction-kind-call = 通话
interaction-kind-message = 消息
interaction-kind-event = 活动
interaction-kind-visit = 访问
interaction-kind-letter_gift = 信函或礼品

role-officer = 交流联络官
role-mayor-office = 市长办公室
role-admin = 管理员
role-member = 会员

name-form-hangul = 韩文
name-form-hanzi = 汉字
name-form-latin = 拉丁字母
name-form-alias = 别名
name-form-former = 曾用名

honor-kind-honorary_citizen = 荣誉市民
honor-kind-seoul_club = 首尔俱乐部会员资格
honor-status-active = 有效
honor-status-lapsed = 已过期
honor-status-revoked = 已撤销

agreement-status-exploring = 探讨中
agreement-status-friendship = 友好城市
agreement-status-sister_city = 姐妹城市

project-stage-idea = 构想
project-stage-proposal = 提案
project-stage-mou = 谅解备忘录
project-stage-done = 完成

organization-kind-government = 政府
organization-kind-research_institute = 研究机构
organization-kind-university = 大学
organization-kind-company = 企业
organization-kind-association = 协会
organization-kind-other = 其他

outbox-status-pending = 待发送
outbox-status-sent = 已发送
outbox-status-dead = 发送失败
outbox-kind-digest = 每日摘要
outbox-kind-followup = 跟进提醒
outbox-kind-handover = 移交通知
event-kind-forum = 论坛
event-kind-seoul_club_gathering = 首尔俱乐部聚会
event-kind-academic_exchange = 学术交流
event-kind-delegation_visit = 代表团访问
event-kind-other = 其他活动
invitation-status-invited = 已邀请
invitation-status-accepted = 接受
invitation-status-declined = 谢绝
invitation-status-tentative = 待定
invitation-status-waitlisted = 候补
invitation-status-attended = 已出席
invitation-status-no_show = 未出席
event-delivery-queued = 已通过机器人发送
event-delivery-no_account = 无机器人账号
event-delivery-no_consent = 未同意接收
event-delivery-unreachable = 无法联系（已屏蔽机器人）
outbox-kind-invitation = 活动邀请
outbox-kind-event = 活动通知

honor-kind-award = 获奖
agreement-status-mou = 谅解备忘录
agreement-status-renewed = 续签
agreement-status-suspended = 中止
project-stage-pilot = 试点
project-stage-running = 实施中
project-stage-stopped = 已终止
committee-role-chair = 主任
committee-role-vice_chair = 副主任
committee-role-secretary = 秘书长
committee-role-member = 委员
side-seoul = 首尔方
side-counterpart = 对方
tie-kind-introduced = 引荐
tie-kind-colleague = 同事
tie-kind-superior = 上级
tie-kind-family = 家人
tie-kind-classmate = 同学
tie-kind-friend = 朋友
detail-kind-email = 电子邮件
detail-kind-phone = 电话
