// Non-variadic wrappers over libedit's variadic el_set/el_get/history calls,
// which Swift cannot call directly (PLATFORM.md), plus access to the C stdio globals.
#ifndef PPID_CEDITLINE_SHIM_H
#define PPID_CEDITLINE_SHIM_H
#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <signal.h>

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

static inline int ppid_history_setsize(History *h, int n) { HistEvent ev; return history(h, &ev, H_SETSIZE, n); }
static inline int ppid_history_setunique(History *h, int u) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, u); }
static inline int ppid_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
static inline int ppid_history_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }

static inline FILE *ppid_stdout(void) { return stdout; }
static inline FILE *ppid_stderr(void) { return stderr; }
static inline FILE *ppid_stdin(void) { return stdin; }
#endif
