# 操作系统报告的错误，用文字表述（src/commands/mod.rs os_reason）。

os-error-not-found = 没有这个文件或文件夹
os-error-permission = 没有权限
os-error-exists = 已经存在
os-error-is-a-folder = 这是文件夹，不是文件
os-error-not-a-folder = 路径中的某一部分不是文件夹
os-error-disk-full = 磁盘已满
os-error-read-only = 文件系统为只读
os-error-address-in-use = 该地址已被占用
os-error-address-not-available = 本机没有这个地址
os-error-invalid-data = 数据无效
os-error-broken-pipe = 接收输出的一方已关闭
os-error-timed-out = 超时
os-error-too-large = 文件太大
os-error-other = 系统错误 { $code }
database-created = 已创建数据库 { $path }。
