/* lexer.re -- the raw tokens of Python 3.11, as re2c rules.
 *
 * re2c turns this file into generated/lexer.c (scripts/regen.sh).  The rules
 * here only recognise the shape of one token at a given position: which kind
 * it is and how long it is.  Everything that needs memory -- indentation,
 * bracket depth, NEWLINE versus NL, string bodies that span lines, errors --
 * belongs to the drivers: src/tokenizer.c (the parser's view, CPython's C
 * tokenizer) and src/tokenize_view.c (the `-m tokenize` view, Lib/tokenize.py).
 *
 * Input conventions: the text is UTF-8 and ends with a NUL sentinel.  No rule
 * matches '\n' or NUL inside a token, so a scanner never runs past the end of
 * a line or of the buffer.  Bytes >= 0x80 are accepted wherever an identifier
 * character may stand; the drivers check them against XID_Start/XID_Continue
 * (Unicode 14.0, runtime/unicode.h), which gives CPython's exact messages.
 *
 * SPDX-License-Identifier: MIT
 */
#include "lexer.h"

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = p;
    re2c:define:YYMARKER = m;
    re2c:yyfill:enable = 0;
    re2c:indent:string = "    ";

    // -- numbers (Python reference, 2.4.5 - 2.4.7) --------------------------
    digit       = [0-9];
    digitpart   = digit ("_"? digit)*;
    hexinteger  = "0" [xX] ("_"? [0-9a-fA-F])+;
    octinteger  = "0" [oO] ("_"? [0-7])+;
    bininteger  = "0" [bB] ("_"? [01])+;
    decinteger  = [1-9] ("_"? digit)* | "0"+ ("_"? "0")*;
    integer     = decinteger | hexinteger | octinteger | bininteger;
    fraction    = "." digitpart;
    exponent    = [eE] [+-]? digitpart;
    pointfloat  = digitpart? fraction | digitpart ".";
    exponentfloat = (digitpart | pointfloat) exponent;
    floatnumber = pointfloat | exponentfloat;
    imagnumber  = (floatnumber | digitpart) [jJ];
    number      = integer | floatnumber | imagnumber;

    // -- identifiers: ASCII here, other characters checked by the driver ----
    id_start    = [a-zA-Z_] | [\x80-\xff];
    id_continue = [a-zA-Z0-9_] | [\x80-\xff];
    name        = id_start id_continue*;

    // -- string literals (2.4.1): every prefix, in any case ----------------
    prefix      = [rRuUfFbB] | [bB][rR] | [rR][bB] | [fF][rR] | [rR][fF];
    quote1      = ['"];
    quote3      = "'''" | '"""';
*/

/* ==== operators ==== */

int lp_lex_operator(const char *s, lp_tok_kind_t *kind)
{
    const unsigned char *p = (const unsigned char *)s, *m;
    lp_tok_kind_t k;
    /*!re2c
        "("   { k = LP_TOK_LPAR; goto done; }
        ")"   { k = LP_TOK_RPAR; goto done; }
        "["   { k = LP_TOK_LSQB; goto done; }
        "]"   { k = LP_TOK_RSQB; goto done; }
        ":"   { k = LP_TOK_COLON; goto done; }
        ","   { k = LP_TOK_COMMA; goto done; }
        ";"   { k = LP_TOK_SEMI; goto done; }
        "+"   { k = LP_TOK_PLUS; goto done; }
        "-"   { k = LP_TOK_MINUS; goto done; }
        "*"   { k = LP_TOK_STAR; goto done; }
        "/"   { k = LP_TOK_SLASH; goto done; }
        "|"   { k = LP_TOK_VBAR; goto done; }
        "&"   { k = LP_TOK_AMPER; goto done; }
        "<"   { k = LP_TOK_LESS; goto done; }
        ">"   { k = LP_TOK_GREATER; goto done; }
        "="   { k = LP_TOK_EQUAL; goto done; }
        "."   { k = LP_TOK_DOT; goto done; }
        "%"   { k = LP_TOK_PERCENT; goto done; }
        "{"   { k = LP_TOK_LBRACE; goto done; }
        "}"   { k = LP_TOK_RBRACE; goto done; }
        "=="  { k = LP_TOK_EQEQUAL; goto done; }
        "!="  { k = LP_TOK_NOTEQUAL; goto done; }
        "<="  { k = LP_TOK_LESSEQUAL; goto done; }
        ">="  { k = LP_TOK_GREATEREQUAL; goto done; }
        "~"   { k = LP_TOK_TILDE; goto done; }
        "^"   { k = LP_TOK_CIRCUMFLEX; goto done; }
        "<<"  { k = LP_TOK_LEFTSHIFT; goto done; }
        ">>"  { k = LP_TOK_RIGHTSHIFT; goto done; }
        "**"  { k = LP_TOK_DOUBLESTAR; goto done; }
        "+="  { k = LP_TOK_PLUSEQUAL; goto done; }
        "-="  { k = LP_TOK_MINEQUAL; goto done; }
        "*="  { k = LP_TOK_STAREQUAL; goto done; }
        "/="  { k = LP_TOK_SLASHEQUAL; goto done; }
        "%="  { k = LP_TOK_PERCENTEQUAL; goto done; }
        "&="  { k = LP_TOK_AMPEREQUAL; goto done; }
        "|="  { k = LP_TOK_VBAREQUAL; goto done; }
        "^="  { k = LP_TOK_CIRCUMFLEXEQUAL; goto done; }
        "<<=" { k = LP_TOK_LEFTSHIFTEQUAL; goto done; }
        ">>=" { k = LP_TOK_RIGHTSHIFTEQUAL; goto done; }
        "**=" { k = LP_TOK_DOUBLESTAREQUAL; goto done; }
        "//"  { k = LP_TOK_DOUBLESLASH; goto done; }
        "//=" { k = LP_TOK_DOUBLESLASHEQUAL; goto done; }
        "@"   { k = LP_TOK_AT; goto done; }
        "@="  { k = LP_TOK_ATEQUAL; goto done; }
        "->"  { k = LP_TOK_RARROW; goto done; }
        "..." { k = LP_TOK_ELLIPSIS; goto done; }
        ":="  { k = LP_TOK_COLONEQUAL; goto done; }
        *     { return 0; }
    */
done:
    *kind = k;
    return (int)(p - (const unsigned char *)s);
}

/* ==== numbers ==== */

int lp_lex_number(const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *m;
    /*!re2c
        number { return (int)(p - (const unsigned char *)s); }
        *      { return 0; }
    */
}

/* ==== string openings ==== */

int lp_lex_string_start(const char *s, int *quote_len)
{
    const unsigned char *p = (const unsigned char *)s, *m;
    /*!re2c
        prefix? quote1 { *quote_len = 1; return (int)(p - (const unsigned char *)s); }
        prefix? quote3 { *quote_len = 3; return (int)(p - (const unsigned char *)s); }
        *              { return 0; }
    */
}

/* ==== one raw token for the parser's view ==== */

lp_lex_class_t lp_lex_token(const char *s, lp_lexeme_t *x)
{
    const unsigned char *p = (const unsigned char *)s, *m;
    x->kw = 0;
    x->quote_len = 0;
    /*!re2c
        "\x00"  { x->len = 0; return LX_END; }
        [ \t\f]+ { x->len = (int)(p - (const unsigned char *)s); return LX_SPACE; }
        "#" [^\n\x00]* { x->len = (int)(p - (const unsigned char *)s); return LX_COMMENT; }
        "\n"    { x->len = 1; return LX_NEWLINE; }
        "\\"    { x->len = 1; return LX_BACKSLASH; }
        digit | "." digit { x->len = 0; return LX_NUMBER; }
        prefix? quote1 { x->quote_len = 1; goto string; }
        prefix? quote3 { x->quote_len = 3; goto string; }

        "False"    { x->kw = LP_KW_FALSE; goto name; }
        "None"     { x->kw = LP_KW_NONE; goto name; }
        "True"     { x->kw = LP_KW_TRUE; goto name; }
        "and"      { x->kw = LP_KW_AND; goto name; }
        "as"       { x->kw = LP_KW_AS; goto name; }
        "assert"   { x->kw = LP_KW_ASSERT; goto name; }
        "async"    { x->kw = LP_KW_ASYNC; goto name; }
        "await"    { x->kw = LP_KW_AWAIT; goto name; }
        "break"    { x->kw = LP_KW_BREAK; goto name; }
        "class"    { x->kw = LP_KW_CLASS; goto name; }
        "continue" { x->kw = LP_KW_CONTINUE; goto name; }
        "def"      { x->kw = LP_KW_DEF; goto name; }
        "del"      { x->kw = LP_KW_DEL; goto name; }
        "elif"     { x->kw = LP_KW_ELIF; goto name; }
        "else"     { x->kw = LP_KW_ELSE; goto name; }
        "except"   { x->kw = LP_KW_EXCEPT; goto name; }
        "finally"  { x->kw = LP_KW_FINALLY; goto name; }
        "for"      { x->kw = LP_KW_FOR; goto name; }
        "from"     { x->kw = LP_KW_FROM; goto name; }
        "global"   { x->kw = LP_KW_GLOBAL; goto name; }
        "if"       { x->kw = LP_KW_IF; goto name; }
        "import"   { x->kw = LP_KW_IMPORT; goto name; }
        "in"       { x->kw = LP_KW_IN; goto name; }
        "is"       { x->kw = LP_KW_IS; goto name; }
        "lambda"   { x->kw = LP_KW_LAMBDA; goto name; }
        "nonlocal" { x->kw = LP_KW_NONLOCAL; goto name; }
        "not"      { x->kw = LP_KW_NOT; goto name; }
        "or"       { x->kw = LP_KW_OR; goto name; }
        "pass"     { x->kw = LP_KW_PASS; goto name; }
        "raise"    { x->kw = LP_KW_RAISE; goto name; }
        "return"   { x->kw = LP_KW_RETURN; goto name; }
        "try"      { x->kw = LP_KW_TRY; goto name; }
        "while"    { x->kw = LP_KW_WHILE; goto name; }
        "with"     { x->kw = LP_KW_WITH; goto name; }
        "yield"    { x->kw = LP_KW_YIELD; goto name; }
        "_"        { x->kw = LP_KW_UNDERSCORE; goto name; }
        "case"     { x->kw = LP_KW_CASE; goto name; }
        "match"    { x->kw = LP_KW_MATCH; goto name; }
        name       { goto name; }

        *       { x->len = 0; return LX_OTHER; }
    */
name:
    x->len = (int)(p - (const unsigned char *)s);
    return LX_NAME;
string:
    x->len = (int)(p - (const unsigned char *)s);
    return LX_STRING;
}
