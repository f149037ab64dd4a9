# AttributeError on a class: the names of its MRO's dicts.
int.frm_bytes
