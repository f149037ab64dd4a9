/* cliargs.h -- argparse's parsing, for the fixed command lines of the
 * modules lemonpy runs with -m in C (compileall, py_compile).
 *
 * The algorithm is CPython 3.11's argparse.ArgumentParser.parse_args for a
 * parser of optionals plus at most one positional with nargs '*' or '+':
 * clustered short flags (`-qq`, `-fr5`), `-r5`, `-r=5`, `--workers=2`,
 * unambiguous prefixes of long options, `--`, negative numbers as
 * arguments, the quirk that a positional is consumed once (`a -q b` leaves
 * `b` unrecognized), and the same error messages ("argument -r: invalid
 * int value: 'x'", "unrecognized arguments: ...") after the usage, exit
 * status 2.  The usage and help texts are given whole by the caller (as
 * argparse formats them for an 80-column terminal).
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_CLIARGS_H
#define LP_CLIARGS_H

/* What an optional does with its occurrences (argparse's actions). */
typedef enum {
    LP_CLI_TRUE,   /* store_true / store_const: no argument */
    LP_CLI_COUNT,  /* count: no argument */
    LP_CLI_STORE,  /* store: one argument, the last one wins */
    LP_CLI_APPEND, /* append: one argument, all kept */
    LP_CLI_HELP,   /* -h/--help: prints the help and exits 0 */
} lp_cli_action_t;

/* One optional: up to two option strings ("-j", "--workers"). */
typedef struct {
    const char *names[2];
    lp_cli_action_t action;
    int is_int;                 /* type=int */
    const char *const *choices; /* NULL-terminated, sorted; or NULL */
} lp_cli_opt_t;

/* A parser: its optionals, then the positional. */
typedef struct {
    const char *prog;  /* "compileall.py" */
    const char *usage; /* "usage: ...\n" */
    const char *help;  /* printed after the usage and a blank line by -h */
    const lp_cli_opt_t *opts;
    int nopts;
    const char *positional; /* the positional's name, for "required" */
    int positional_min;     /* 0 for nargs='*', 1 for nargs='+' */
} lp_cli_parser_t;

/* The value of one optional after parsing. */
typedef struct {
    int count;            /* occurrences */
    const char *value;    /* the last argument (STORE, APPEND) */
    long ivalue;          /* the same as an int when is_int */
    const char **values;  /* APPEND: every argument */
    long *ivalues;
} lp_cli_value_t;

/* Parses the [argc] strings [argv] (after the module name) for [p]:
 * fills [vals] (p->nopts entries, zeroed first) and the positional's
 * strings (*pos, *npos).  Returns -1 when the program should go on, else
 * the exit status after printing the help (0) or an error (2). */
int lp_cli_parse(const lp_cli_parser_t *p, int argc, char **argv, lp_cli_value_t *vals,
                 char ***pos, int *npos);

/* argparse's ArgumentParser.error: the usage and "PROG: error: MSG" on
 * stderr; returns 2 (the exit status). */
int lp_cli_error(const lp_cli_parser_t *p, const char *msg);

/* repr() of the C string [s] as Python writes a str (collected memory). */
const char *lp_cli_repr(const char *s);

#endif
