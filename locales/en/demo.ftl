# The terminal demo (src/demo/mod.rs): what a button did, files written.

demo-buttons-changed = The buttons changed; their numbers now are:
demo-buttons-gone = The buttons of that message are gone.
demo-pressed-nothing = (Nothing happened: that button no longer applies.)
demo-document-written = Wrote { $path } — open it in a browser to read or print it.
demo-document-failed = Could not write { $path }: { $reason }
