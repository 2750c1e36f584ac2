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

error-unknown-key = 未知的{ $kind }“{ $value }”；可用的值：{ $expected }。
error-unknown-place = 未知的地点“{ $value }”：请使用地点键（harbin）或其任一名称（哈尔滨、Harbin、하얼빈、합이빈）。
error-unknown-time-zone = 未知的时区“{ $value }”：请使用 IANA 名称，如 Asia/Seoul。
error-invalid-date = { $field }：“{ $value }”不是有效日期（应为 YYYY-MM-DD、“YYYY-MM-DD HH:MM”或 RFC 3339）。
error-in-future = { $field }：“{ $value }”是将来的时间；交流发生后再记录。
error-ends-before-start = { $field }：“{ $value }”早于开始时间。
error-empty = { $field }为空。
error-too-long = { $field }超过 { $max } 个字符。
error-invalid = { $field }：“{ $value }”无效。
error-no-name = 联系人至少需要一个姓名：--hangul、--hanzi 或 --latin。
error-contact-not-found = 没有与“{ $query }”匹配的联系人。
error-ambiguous-contact = “{ $query }”匹配多个联系人；请使用其中一个的编号：{ $candidates }。
error-user-not-found = 没有名为“{ $name }”的用户。
error-not-an-officer = { $name }不是交流联络官（{ $role }）。
error-user-name-taken = 名为“{ $name }”的用户已注册；请换一个名字。
error-member-needs-contact = 会员必须关联一个联系人：请加上 --contact。
error-contact-only-for-member = 只有会员才关联联系人：请去掉 --contact 或使用 --role member。
error-code-unknown = 此注册码无效。
error-code-used = 此注册码已被使用。
error-code-expired = 此注册码已过期；请向管理员索取新的注册码。
error-telegram-already-enrolled = 此 Telegram 账号已注册为其他用户。
error-dump-format = 此文件不是本程序可读取的 Inmaek 导出文件（“{ $found }”）。
error-dump-missing-reference = { $table }[{ $index }].{ $field } = { $value }：导出文件中没有该记录；未导入任何内容。
error-dump-duplicate-id = { $table }[{ $index }]：id { $id } 出现两次；未导入任何内容。
error-dump-place-conflict = { $table }[{ $index }]：地点“{ $key }”与本数据库的地点“{ $existing }”冲突；未导入任何内容。
error-dump-into-non-empty = 数据库中已有 { $count } 条记录；导出文件只能恢复到空数据库。未导入任何内容。
error-database = 数据库错误：{ $reason }
error-read-file = 无法读取 { $path }：{ $reason }
error-write-file = 无法写入 { $path }：{ $reason }
error-parse-file = { $path }:{ $line }:{ $column }：{ $reason }
error-environment = 环境变量 { $name } 缺失或格式错误。
error-possible-duplicate = 已有人以其中一个姓名被记录：{ $candidates }。请使用该联系人，或稍后用“inmaek contact merge”合并；如果是另一个人，请加上 --allow-duplicate 再添加。
error-merge-same = 联系人不能与自身合并。
