# A small stack-based bytecode VM with an assembler, labels, calls and error reporting.

class VMError(Exception):
    def __init__(self, msg, pc):
        super().__init__(f"{msg} at pc={pc}")
        self.pc = pc

def assemble(src):
    code, labels, fixups = [], {}, []
    for lineno, line in enumerate(src.splitlines(), 1):
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        if op in ("jmp", "jz", "call"):
            fixups.append((len(code) + 1, args[0], lineno))
            code.extend([op, None])
        elif op == "push":
            code.extend([op, int(args[0])])
        else:
            code.append(op)
    for pos, label, lineno in fixups:
        if label not in labels:
            raise SyntaxError(f"line {lineno}: unknown label {label!r}")
        code[pos] = labels[label]
    return code

def run(code, trace=False, limit=10000):
    stack, frames, pc, out, steps = [], [], 0, [], 0
    binops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b,
              "div": lambda a, b: a // b, "mod": lambda a, b: a % b, "lt": lambda a, b: int(a < b),
              "eq": lambda a, b: int(a == b)}
    while pc < len(code):
        steps += 1
        if steps > limit:
            raise VMError("step limit", pc)
        op = code[pc]
        if trace:
            print(f"  {pc:3} {op:5} {stack}")
        pc += 1
        try:
            if op == "push":
                stack.append(code[pc]); pc += 1
            elif op in binops:
                b, a = stack.pop(), stack.pop()
                stack.append(binops[op](a, b))
            elif op == "dup":
                stack.append(stack[-1])
            elif op == "swap":
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == "over":
                stack.append(stack[-2])
            elif op == "drop":
                stack.pop()
            elif op == "print":
                out.append(stack.pop())
            elif op == "jmp":
                pc = code[pc]
            elif op == "jz":
                target = code[pc]; pc += 1
                if stack.pop() == 0:
                    pc = target
            elif op == "call":
                frames.append(pc + 1); pc = code[pc]
            elif op == "ret":
                pc = frames.pop()
            elif op == "halt":
                break
            else:
                raise VMError(f"bad opcode {op!r}", pc - 1)
        except IndexError:
            raise VMError("stack underflow", pc - 1) from None
        except ZeroDivisionError as e:
            raise VMError(str(e), pc - 1)
    return out, steps

FACT = """
    push 10
    call fact
    print
    halt
fact:            ; n -> n!
    dup
    push 2
    lt
    jz recurse
    drop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""
print(run(assemble(FACT)))
FIB = """
    push 0
    push 1
    push 15      ; counter
loop:
    dup
    jz done
    push 1
    sub
    swap
    drop
    ; not really fib, just counting down and printing
    dup
    print
    jmp loop
done:
    halt
"""
code = assemble(FIB)
print(code[:12], len(code))
try:
    print(run(code))
except VMError as e:
    print("VMError:", e, e.pc)
print(run(assemble("push 7\npush 3\nmod\nprint\npush 2\npush 5\nlt\nprint"), trace=True))
for bad in ["push 1\nadd", "push 1\npush 0\ndiv", "jmp nowhere", "push 1\nfrob", "top:\njmp top"]:
    try:
        print(run(assemble(bad)))
    except VMError as e:
        print("VMError:", e)
    except SyntaxError as e:
        print("SyntaxError:", e)
