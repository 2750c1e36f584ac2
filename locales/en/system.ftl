# What the operating system said, in words (src/commands/mod.rs os_reason).

os-error-not-found = there is no such file or folder
os-error-permission = permission denied
os-error-exists = it exists already
os-error-is-a-folder = it is a folder, not a file
os-error-not-a-folder = a part of the path is not a folder
os-error-disk-full = the disk is full
os-error-read-only = the file system is read-only
os-error-address-in-use = the address is already in use
os-error-address-not-available = this machine has no such address
os-error-invalid-data = the data is not valid
os-error-broken-pipe = the reader closed the output
os-error-timed-out = it took too long
os-error-too-large = the file is too large
os-error-other = system error { $code }
database-created = Created the database { $path }.
