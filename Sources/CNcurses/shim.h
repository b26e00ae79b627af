// The wide-character ncurses API for Swift. SwiftPM drops pkg-config's flags, so the wide API is switched
// on here; macros and C globals that Swift cannot import (or that Swift 6 rejects as shared mutable state)
// are wrapped as small functions with a gavel_ prefix.
#ifndef GAVEL_NCURSES_SHIM_H
#define GAVEL_NCURSES_SHIM_H

#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>

int wcwidth(wchar_t c);

static inline WINDOW *gavel_stdscr(void) { return stdscr; }
static inline int gavel_lines(void) { return LINES; }
static inline int gavel_cols(void) { return COLS; }
static inline int gavel_colors(void) { return COLORS; }
static inline int gavel_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t gavel_a_normal(void) { return A_NORMAL; }
static inline attr_t gavel_a_bold(void) { return A_BOLD; }
static inline attr_t gavel_a_dim(void) { return A_DIM; }
static inline attr_t gavel_a_reverse(void) { return A_REVERSE; }
static inline attr_t gavel_a_underline(void) { return A_UNDERLINE; }
static inline int gavel_key_f(int n) { return KEY_F(n); }

/// Puts one wide character with attributes and a colour pair at (y, x).
/// -2 when the text cannot be one cell (setcchar refuses it); otherwise mvwadd_wch's result, which is ERR
/// for the bottom-right cell even though the cell is written (curses cannot scroll past it).
static inline int gavel_put(WINDOW *w, int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return -2;
    return mvwadd_wch(w, y, x, &cell);
}

static inline const char *gavel_codeset(void) { return nl_langinfo(CODESET); }
static inline int gavel_set_locale(void) { return setlocale(LC_ALL, "") != NULL; }

/// A screen writing to a file and reading nothing: headless, for tests and benchmarks.
static inline SCREEN *gavel_newterm_file(const char *term, const char *path) {
    FILE *out = fopen(path, "w");
    FILE *in = fopen("/dev/null", "r");
    if (out == NULL || in == NULL) return NULL;
    return newterm(term, out, in);
}
/// A resize tells ncurses (its own SIGWINCH handler, called on) and writes a byte to a pipe, so that a loop
/// asleep in poll() on the keyboard and the record's news wakes for it too, whichever thread the signal
/// interrupted.
struct gavel_winch_state {
    struct sigaction previous;
    int fd;
};

/// The handler's state, in a function so that Swift's importer emits its storage.
static inline struct gavel_winch_state *gavel_winch(void) {
    static struct gavel_winch_state state = {.fd = -1};
    return &state;
}

static inline void gavel_on_winch(int number) {
    int saved = errno;
    struct gavel_winch_state *state = gavel_winch();
    if (state->fd >= 0) {
        char byte = 1;
        (void)write(state->fd, &byte, 1);
    }
    errno = saved;
    if (state->previous.sa_handler != SIG_DFL && state->previous.sa_handler != SIG_IGN) {
        state->previous.sa_handler(number);
    }
}

/// Call after initscr, which installs ncurses' handler. Returns sigaction's result.
static inline int gavel_watch_resize(int fd) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = gavel_on_winch;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    gavel_winch()->fd = fd;
    return sigaction(SIGWINCH, &action, &gavel_winch()->previous);
}

/// Puts ncurses' own handler back and forgets the pipe, before the pipe is closed: a descriptor number,
/// once closed, may be reused by a file that must not receive the byte.
static inline void gavel_unwatch_resize(void) {
    if (gavel_winch()->fd < 0) return;
    gavel_winch()->fd = -1;
    (void)sigaction(SIGWINCH, &gavel_winch()->previous, NULL);
}
#endif
