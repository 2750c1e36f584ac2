# 终端演示（src/demo/mod.rs）：按钮的作用、写入的文件。

demo-buttons-changed = 按钮已变化，现在的编号是：
demo-buttons-gone = 那条消息的按钮已移除。
demo-pressed-nothing = （什么也没有发生：该按钮已不再适用。）
demo-document-written = 已写入 { $path }——可用浏览器打开阅读或打印。
demo-document-failed = 无法写入 { $path }：{ $reason }
