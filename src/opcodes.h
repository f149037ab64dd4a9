/* opcodes.h -- every lemonpy instruction, declared once.
 *
 * No include guard on purpose: define LP_OPCODE, include this file, undef.
 *
 *   LP_OPCODE(name, num, arg, effect, jeffect, cache)
 *
 *   num      the on-disk number (0..255); changing any entry changes the
 *            cache magic number (src/bytecode.h, checked by a test)
 *   arg      the operand kind (ARG_*, bytecode.h): how the compiler checks
 *            it, the disassembler prints it and the .pyc reader validates it
 *   effect   the stack delta when the instruction falls through, as a C
 *            expression of `oparg`
 *   jeffect  the stack delta when it jumps (jumps only; 0 otherwise)
 *   cache    16-bit cache units that follow the instruction (inline caches
 *            for attribute, global and call sites; the VM skips them)
 *
 * The instruction format is CPython 3.11's: 16-bit units, opcode in the low
 * byte, operand in the high byte, EXTENDED_ARG prefixes for wider operands.
 * Jump operands are absolute unit indexes.  Names and meanings follow
 * CPython 3.11's dis documentation where an instruction exists there; the
 * stack diagrams below read bottom ... top.
 *
 * Consumers: bytecode.h (enum), bytecode.c (lp_opinfo), emit.c (stack
 * depth), vm.c (dispatch), dis.c, pyc.c.
 */

/* clang-format off */
/* -- stack manipulation -- */
LP_OPCODE(NOP,                 0, ARG_NONE,   0, 0, 0)
LP_OPCODE(POP_TOP,             1, ARG_NONE,  -1, 0, 0)
LP_OPCODE(PUSH_NULL,           2, ARG_NONE,   1, 0, 0)   /* pushes LP_NULL (before a callable) */
LP_OPCODE(COPY,                3, ARG_COUNT,  1, 0, 0)   /* push stack[-oparg] (1 = top) */
LP_OPCODE(SWAP,                4, ARG_COUNT,  0, 0, 0)   /* swap top with stack[-oparg] */
LP_OPCODE(EXTENDED_ARG,        5, ARG_RAW,    0, 0, 0)
LP_OPCODE(RESUME,              6, ARG_RAW,    0, 0, 0)   /* start of a frame / after a yield */

/* -- constants and variables -- */
LP_OPCODE(LOAD_CONST,         10, ARG_CONST,  1, 0, 0)
LP_OPCODE(LOAD_FAST,          11, ARG_LOCAL,  1, 0, 0)   /* UnboundLocalError when unset */
LP_OPCODE(STORE_FAST,         12, ARG_LOCAL, -1, 0, 0)
LP_OPCODE(DELETE_FAST,        13, ARG_LOCAL,  0, 0, 0)
LP_OPCODE(LOAD_NAME,          14, ARG_NAME,   1, 0, 0)   /* locals, globals, builtins */
LP_OPCODE(STORE_NAME,         15, ARG_NAME,  -1, 0, 0)
LP_OPCODE(DELETE_NAME,        16, ARG_NAME,   0, 0, 0)
LP_OPCODE(LOAD_GLOBAL,        17, ARG_GLOBAL, 1 + (oparg & 1), 0, 2) /* names[oparg>>1]; oparg&1: NULL first */
LP_OPCODE(STORE_GLOBAL,       18, ARG_NAME,  -1, 0, 0)
LP_OPCODE(DELETE_GLOBAL,      19, ARG_NAME,   0, 0, 0)
LP_OPCODE(LOAD_DEREF,         20, ARG_FREE,   1, 0, 0)   /* cells[oparg]: cellvars then freevars */
LP_OPCODE(STORE_DEREF,        21, ARG_FREE,  -1, 0, 0)
LP_OPCODE(DELETE_DEREF,       22, ARG_FREE,   0, 0, 0)
LP_OPCODE(LOAD_CLOSURE,       23, ARG_FREE,   1, 0, 0)   /* the cell itself */
LP_OPCODE(LOAD_CLASSDEREF,    24, ARG_FREE,   1, 0, 0)   /* class body: locals first, then the cell */

/* -- attributes and items -- */
LP_OPCODE(LOAD_ATTR,          30, ARG_NAME,   0, 0, 2)   /* obj -> obj.name */
LP_OPCODE(STORE_ATTR,         31, ARG_NAME,  -2, 0, 2)   /* value obj -> ; obj.name = value */
LP_OPCODE(DELETE_ATTR,        32, ARG_NAME,  -1, 0, 0)
LP_OPCODE(LOAD_METHOD,        33, ARG_NAME,   1, 0, 2)   /* obj -> meth obj | NULL obj.name */
LP_OPCODE(BINARY_SUBSCR,      34, ARG_NONE,  -1, 0, 0)   /* container key -> item */
LP_OPCODE(STORE_SUBSCR,       35, ARG_NONE,  -3, 0, 0)   /* value container key -> */
LP_OPCODE(DELETE_SUBSCR,      36, ARG_NONE,  -2, 0, 0)
LP_OPCODE(BUILD_SLICE,        37, ARG_COUNT,  1 - oparg, 0, 0) /* 2 or 3 values -> slice */

/* -- operators -- */
LP_OPCODE(BINARY_OP,          40, ARG_BINOP, -1, 0, 1)   /* lp_binop_t; +13: in place */
LP_OPCODE(UNARY_POSITIVE,     41, ARG_NONE,   0, 0, 0)
LP_OPCODE(UNARY_NEGATIVE,     42, ARG_NONE,   0, 0, 0)
LP_OPCODE(UNARY_NOT,          43, ARG_NONE,   0, 0, 0)
LP_OPCODE(UNARY_INVERT,       44, ARG_NONE,   0, 0, 0)
LP_OPCODE(COMPARE_OP,         45, ARG_CMP,   -1, 0, 1)   /* lp_cmpop_t */
LP_OPCODE(IS_OP,              46, ARG_INVERT, -1, 0, 0)  /* oparg 1: `is not` */
LP_OPCODE(CONTAINS_OP,        47, ARG_INVERT, -1, 0, 0)  /* oparg 1: `not in` */

/* -- building -- */
LP_OPCODE(BUILD_TUPLE,        50, ARG_COUNT,  1 - oparg, 0, 0)
LP_OPCODE(BUILD_LIST,         51, ARG_COUNT,  1 - oparg, 0, 0)
LP_OPCODE(BUILD_SET,          52, ARG_COUNT,  1 - oparg, 0, 0)
LP_OPCODE(BUILD_MAP,          53, ARG_COUNT,  1 - 2 * oparg, 0, 0) /* k1 v1 ... kn vn */
LP_OPCODE(BUILD_CONST_KEY_MAP, 54, ARG_COUNT, -oparg, 0, 0) /* v1 ... vn keys-tuple */
LP_OPCODE(BUILD_STRING,       55, ARG_COUNT,  1 - oparg, 0, 0) /* concatenates n strs */
LP_OPCODE(LIST_APPEND,        56, ARG_COUNT, -1, 0, 0)   /* list at stack[-oparg] after pop */
LP_OPCODE(SET_ADD,            57, ARG_COUNT, -1, 0, 0)
LP_OPCODE(MAP_ADD,            58, ARG_COUNT, -2, 0, 0)   /* key value -> ; dict at [-oparg] */
LP_OPCODE(LIST_EXTEND,        59, ARG_COUNT, -1, 0, 0)
LP_OPCODE(SET_UPDATE,         60, ARG_COUNT, -1, 0, 0)
LP_OPCODE(DICT_UPDATE,        61, ARG_COUNT, -1, 0, 0)   /* {**x} */
LP_OPCODE(DICT_MERGE,         62, ARG_COUNT, -1, 0, 0)   /* f(**x): duplicate keys are errors */
LP_OPCODE(LIST_TO_TUPLE,      63, ARG_NONE,   0, 0, 0)
LP_OPCODE(UNPACK_SEQUENCE,    64, ARG_COUNT, -1 + oparg, 0, 1)
LP_OPCODE(UNPACK_EX,          65, ARG_UNPACK_EX, (oparg & 0xFF) + (oparg >> 8), 0, 0)
LP_OPCODE(FORMAT_VALUE,       66, ARG_FORMAT, -((oparg & 4) != 0), 0, 0) /* f-string field */

/* -- jumps (absolute unit targets) -- */
LP_OPCODE(JUMP,               70, ARG_JUMP,   0, 0, 0)
LP_OPCODE(POP_JUMP_IF_FALSE,  71, ARG_JUMP,  -1, -1, 0)
LP_OPCODE(POP_JUMP_IF_TRUE,   72, ARG_JUMP,  -1, -1, 0)
LP_OPCODE(POP_JUMP_IF_NONE,   73, ARG_JUMP,  -1, -1, 0)
LP_OPCODE(POP_JUMP_IF_NOT_NONE, 74, ARG_JUMP, -1, -1, 0)
LP_OPCODE(JUMP_IF_FALSE_OR_POP, 75, ARG_JUMP, -1, 0, 0)  /* keeps the value when jumping */
LP_OPCODE(JUMP_IF_TRUE_OR_POP, 76, ARG_JUMP,  -1, 0, 0)
LP_OPCODE(GET_ITER,           77, ARG_NONE,   0, 0, 0)
LP_OPCODE(FOR_ITER,           78, ARG_JUMP,   1, -1, 1)  /* iter -> iter next | (exhausted) jump */

/* -- functions and calls -- */
LP_OPCODE(MAKE_FUNCTION,      80, ARG_MAKEFN, -((oparg & 1) != 0) - ((oparg & 2) != 0) - ((oparg & 4) != 0) - ((oparg & 8) != 0), 0, 0)
                              /* [defaults] [kwdefaults] [annotations] [closure] code -> function */
LP_OPCODE(KW_NAMES,           81, ARG_CONST,  0, 0, 0)   /* keyword names tuple for the next CALL */
LP_OPCODE(CALL,               82, ARG_COUNT, -1 - oparg, 0, 2) /* NULL|meth callable|self args -> result */
LP_OPCODE(CALL_FUNCTION_EX,   83, ARG_RAW,   -2 - (oparg & 1), 0, 0) /* NULL f args [kwargs] -> result */
LP_OPCODE(RETURN_VALUE,       84, ARG_NONE,  -1, 0, 0)
LP_OPCODE(LOAD_BUILD_CLASS,   85, ARG_NONE,   1, 0, 0)
LP_OPCODE(SETUP_ANNOTATIONS,  86, ARG_NONE,   0, 0, 0)
LP_OPCODE(MAKE_CELL,          87, ARG_FREE,   0, 0, 0)   /* cells[oparg] = new cell (of its argument) */
LP_OPCODE(COPY_FREE_VARS,     88, ARG_COUNT,  0, 0, 0)   /* closure -> cells[ncellvars...] */

/* -- exceptions (handlers come from the exception table) -- */
LP_OPCODE(RAISE_VARARGS,      90, ARG_COUNT, -oparg, 0, 0) /* 0: re-raise; 1: exc; 2: exc cause */
LP_OPCODE(RERAISE,            91, ARG_COUNT, -1, 0, 0)   /* oparg: restore lasti from below */
LP_OPCODE(PUSH_EXC_INFO,      92, ARG_NONE,   1, 0, 0)   /* exc -> prev_exc exc */
LP_OPCODE(POP_EXCEPT,         93, ARG_NONE,  -1, 0, 0)   /* prev_exc -> ; restores it */
LP_OPCODE(CHECK_EXC_MATCH,    94, ARG_NONE,   0, 0, 0)   /* exc type -> exc bool */
LP_OPCODE(CHECK_EG_MATCH,     95, ARG_NONE,   0, 0, 0)   /* eg type -> rest match (except*) */
LP_OPCODE(PREP_RERAISE_STAR,  96, ARG_NONE,  -1, 0, 0)   /* orig list -> exc-or-None */
LP_OPCODE(LOAD_ASSERTION_ERROR, 97, ARG_NONE, 1, 0, 0)
LP_OPCODE(BEFORE_WITH,        98, ARG_NONE,   1, 0, 0)   /* mgr -> exit enter-result */
LP_OPCODE(WITH_EXCEPT_START,  99, ARG_NONE,   1, 0, 0)   /* exit lasti prev exc -> ... exc res */

/* -- generators and coroutines -- */
LP_OPCODE(RETURN_GENERATOR,  100, ARG_NONE,   1, 0, 0)   /* makes the frame a generator's; the
                                                             * first send() pushes its value (None) */
LP_OPCODE(YIELD_VALUE,       101, ARG_NONE,   0, 0, 0)   /* value -> sent */
LP_OPCODE(SEND,              102, ARG_JUMP,   0, -1, 0)  /* iter value -> iter result | jump with ret */
LP_OPCODE(GET_YIELD_FROM_ITER, 103, ARG_NONE, 0, 0, 0)
LP_OPCODE(GET_AWAITABLE,     104, ARG_RAW,    0, 0, 0)
LP_OPCODE(GET_AITER,         105, ARG_NONE,   0, 0, 0)
LP_OPCODE(GET_ANEXT,         106, ARG_NONE,   1, 0, 0)
LP_OPCODE(END_ASYNC_FOR,     107, ARG_NONE,  -2, 0, 0)
LP_OPCODE(BEFORE_ASYNC_WITH, 108, ARG_NONE,   1, 0, 0)
LP_OPCODE(ASYNC_GEN_WRAP,    109, ARG_NONE,   0, 0, 0)

/* -- pattern matching -- */
LP_OPCODE(GET_LEN,           110, ARG_NONE,   1, 0, 0)   /* obj -> obj len(obj) */
LP_OPCODE(MATCH_MAPPING,     111, ARG_NONE,   1, 0, 0)   /* subj -> subj bool */
LP_OPCODE(MATCH_SEQUENCE,    112, ARG_NONE,   1, 0, 0)
LP_OPCODE(MATCH_KEYS,        113, ARG_NONE,   1, 0, 0)   /* subj keys -> subj keys values|None */
LP_OPCODE(MATCH_CLASS,       114, ARG_COUNT, -2, 0, 0)   /* subj cls names -> attrs|None */

/* -- modules -- */
LP_OPCODE(IMPORT_NAME,       120, ARG_NAME,  -1, 0, 0)   /* level fromlist -> module */
LP_OPCODE(IMPORT_FROM,       121, ARG_NAME,   1, 0, 0)   /* module -> module attr */
LP_OPCODE(IMPORT_STAR,       122, ARG_NONE,  -1, 0, 0)
LP_OPCODE(PRINT_EXPR,        123, ARG_NONE,  -1, 0, 0)   /* interactive: sys.displayhook */
/* clang-format on */
