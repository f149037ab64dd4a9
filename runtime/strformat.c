/* strformat.c -- placeholder; replaced by the format mini-language below. */
#include "error.h"
#include "obj_str_internal.h"

lp_value lp_str_percent(lp_value fmt, lp_value args)
{
    lp_raise(&lp_exc_NotImplementedError, "str %% formatting is not implemented yet");
}

lp_value lp_str_format_m(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_raise(&lp_exc_NotImplementedError, "str.format is not implemented yet");
}

lp_value lp_str_format_map(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_raise(&lp_exc_NotImplementedError, "str.format_map is not implemented yet");
}

lp_value lp_str_dunder_format(lp_value *args, size_t nargs, lp_value kwnames)
{
    lp_raise(&lp_exc_NotImplementedError, "str.__format__ is not implemented yet");
}

lp_value lp_bytes_percent(lp_value fmt, lp_value args)
{
    lp_raise(&lp_exc_NotImplementedError, "bytes %% formatting is not implemented yet");
}
