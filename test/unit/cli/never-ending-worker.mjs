// A read worker that never answers, as SheetJS does on a file no check foresaw: busy for ever.
for (;;) {
  // spin
}
