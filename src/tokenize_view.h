/* tokenize_view.h -- `lemonpy -m tokenize`, the token view of Lib/tokenize.py.
 *
 * SPDX-License-Identifier: MIT
 */
#ifndef LP_TOKENIZE_VIEW_H
#define LP_TOKENIZE_VIEW_H

#include <stdio.h>

/* Prints the tokens of [filename] (stdin when NULL) to [out] exactly as
 * `python3 -m tokenize [-e]` does, with exact operator types when [exact];
 * on error prints tokenize.main's message to [errout] and prints no token.
 * Returns the exit status (0 or 1). */
int lp_tokenize_view_main(const char *filename, int exact, FILE *out, FILE *errout);

#endif
