// Non-variadic wrappers over libedit's variadic el_set/el_get/history calls,
// which Swift cannot call directly, plus access to the C globals and
// macros Swift 6 cannot reach (stdio streams, environ, SIG_IGN, ioctl).
#ifndef PPID_CEDITLINE_SHIM_H
#define PPID_CEDITLINE_SHIM_H
#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>
#include <sys/ioctl.h>

typedef char *(*ppid_prompt_fn)(EditLine *);
typedef unsigned char (*ppid_command_fn)(EditLine *, int);

static inline int ppid_el_set_prompt(EditLine *el, ppid_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int ppid_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int ppid_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
static inline int ppid_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *ppid_el_get_clientdata(EditLine *el) { void *d = NULL; el_get(el, EL_CLIENTDATA, &d); return d; }
static inline int ppid_el_addfn(EditLine *el, const char *name, const char *help, ppid_command_fn fn) { return el_set(el, EL_ADDFN, name, help, fn); }
static inline int ppid_el_bind(EditLine *el, const char *key, const char *fn) { return el_set(el, EL_BIND, key, fn, NULL); }
static inline int ppid_el_source_default(EditLine *el) { return el_source(el, NULL); }
/// Turns off libedit's own signal handling (its handler re-raises to the process group).
static inline int ppid_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }

static inline int ppid_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int ppid_history_setunique(History *h, int u) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, u); }
static inline int ppid_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int ppid_history_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }

static inline FILE *ppid_stdout(void) { return stdout; }
static inline FILE *ppid_stderr(void) { return stderr; }
static inline FILE *ppid_stdin(void) { return stdin; }

/// The process environment, for posix_spawn.
extern char **environ;
static inline char *const *ppid_environ(void) { return environ; }

/// Installs `handler` for `sig` without SA_RESTART, so a blocking read (el_gets, waitpid,
/// flock) returns EINTR, and unblocks the signal (a parent may have started us with it blocked).
static inline int ppid_install_handler(int sig, void (*handler)(int)) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = handler;
    sa.sa_flags = 0;
    sigemptyset(&sa.sa_mask);
    if (sigaction(sig, &sa, NULL) != 0) return -1;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, sig);
    return pthread_sigmask(SIG_UNBLOCK, &set, NULL);
}

/// SIGPIPE ignored: a pager that quits early makes write() fail with EPIPE instead of killing us.
static inline void ppid_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

/// The size of the terminal on `fd`; 0 when it is not a terminal.
static inline int ppid_terminal_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    memset(&ws, 0, sizeof ws);
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0) { *rows = 0; *cols = 0; return -1; }
    *rows = ws.ws_row;
    *cols = ws.ws_col;
    return 0;
}
#endif
