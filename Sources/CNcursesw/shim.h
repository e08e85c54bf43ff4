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
#include <termios.h>
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

// A trap (SIGILL, SIGTRAP), an abort or a fault ends the program without unwinding, so endwin
// never runs. These handlers give the terminal back first, using only what is safe in a signal
// handler: the tty modes saved before ncurses changed them, and the terminal's own strings for
// leaving the alternate screen, showing the cursor and plain text, copied out of terminfo at
// start. Then the handler that was there before (the Swift runtime's backtracer, or the
// default) takes the same signal, so the crash is still reported and the exit status still
// says which signal it was.
// Initialised, so that the Swift module that imports this header defines them.
static struct termios gongji_shell_modes = {0};
static int gongji_shell_modes_saved = 0;
static char gongji_leave_sequence[256] = {0};
static size_t gongji_leave_length = 0;
static struct sigaction gongji_previous_fatal_actions[NSIG] = {{{0}}};

static inline void gongji_remember_shell_modes(void) {
    gongji_shell_modes_saved = tcgetattr(STDIN_FILENO, &gongji_shell_modes) == 0;
}

static void gongji_append_terminfo_string(const char *name) {
    char *value = tigetstr(name);
    if (value == NULL || value == (char *)-1) return;
    size_t length = strlen(value);
    if (gongji_leave_length + length >= sizeof gongji_leave_sequence) return;
    memcpy(gongji_leave_sequence + gongji_leave_length, value, length);
    gongji_leave_length += length;
}

static void gongji_restore_terminal_and_crash(int signal_number, siginfo_t *info, void *context) {
    (void)context;
    if (gongji_shell_modes_saved) tcsetattr(STDIN_FILENO, TCSANOW, &gongji_shell_modes);
    if (gongji_leave_length > 0) {
        ssize_t ignored = write(STDOUT_FILENO, gongji_leave_sequence, gongji_leave_length);
        (void)ignored;
    }
    if (info != NULL && info->si_code <= 0) {
        // Sent by another program (kill): nothing to report, and the backtracer would let the
        // program run on after it; it ends by the signal at once.
        struct sigaction fallback;
        memset(&fallback, 0, sizeof fallback);
        fallback.sa_handler = SIG_DFL;
        sigaction(signal_number, &fallback, NULL);
    } else {
        sigaction(signal_number, &gongji_previous_fatal_actions[signal_number], NULL);
    }
    // Blocked while this handler runs, the signal is taken as it returns; a fault would also
    // recur at the same instruction.
    raise(signal_number);
}

// Call after newterm, so that terminfo describes this terminal.
static inline void gongji_install_fatal_signal_handlers(void) {
    gongji_leave_length = 0;
    gongji_append_terminfo_string("sgr0");
    gongji_append_terminfo_string("rmcup");
    gongji_append_terminfo_string("cnorm");
    static const int fatal[] = { SIGABRT, SIGBUS, SIGFPE, SIGILL, SIGSEGV, SIGTRAP };
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = gongji_restore_terminal_and_crash;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;  // the runtime's alternate stack, if any, survives a stack overflow
    sigemptyset(&action.sa_mask);
    for (size_t index = 0; index < sizeof fatal / sizeof fatal[0]; index++) {
        sigaction(fatal[index], &action, &gongji_previous_fatal_actions[fatal[index]]);
    }
}

#endif
