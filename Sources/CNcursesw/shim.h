#ifndef GONGJI_CNCURSESW_SHIM_H
#define GONGJI_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API stays hidden
// unless we ask for it here, before curses.h is read.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <stdio.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// wcwidth/wcswidth sit behind __USE_XOPEN in glibc and are not visible
// through Swift's Glibc module.
extern int wcwidth(wchar_t c);
extern int wcswidth(const wchar_t *s, size_t n);

// Reading C globals is a hard error under Swift 6 strict concurrency, and the
// attribute macros are not importable: small accessors instead.
static inline WINDOW *gongji_stdscr(void) { return stdscr; }
static inline FILE *gongji_stdin(void) { return stdin; }
static inline FILE *gongji_stdout(void) { return stdout; }
static inline int gongji_key_f(int n) { return KEY_F(n); }
static inline attr_t gongji_a_normal(void) { return A_NORMAL; }
static inline attr_t gongji_a_bold(void) { return A_BOLD; }
static inline attr_t gongji_a_reverse(void) { return A_REVERSE; }
static inline attr_t gongji_a_underline(void) { return A_UNDERLINE; }
static inline attr_t gongji_a_dim(void) { return A_DIM; }
static inline attr_t gongji_color_pair(int n) { return COLOR_PAIR(n); }
static inline mmask_t gongji_all_mouse_events(void) { return ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION; }
static inline mmask_t gongji_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t gongji_button1_released(void) { return BUTTON1_RELEASED; }
static inline mmask_t gongji_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t gongji_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t gongji_button5_pressed(void) { return BUTTON5_PRESSED; }

// Exit signals only set a flag: the event loop sees it, leaves, and restores the terminal with
// endwin. No SA_RESTART, so a wait for a key returns at once. Installed before newterm, so
// ncurses leaves SIGINT and SIGTERM to us.
static volatile sig_atomic_t gongji_pending_signal = 0;
static void gongji_note_signal(int signal_number) { gongji_pending_signal = signal_number; }
static inline void gongji_install_exit_signal_handlers(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = gongji_note_signal;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    sigaction(SIGTERM, &action, NULL);
    sigaction(SIGHUP, &action, NULL);
}
static inline int gongji_take_pending_signal(void) {
    int signal_number = gongji_pending_signal;
    gongji_pending_signal = 0;
    return signal_number;
}

#endif
