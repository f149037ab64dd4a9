# richards.py -- an operating-system task scheduler in the style of Martin
# Richards' classic benchmark: an idle task, a worker, two handlers and two
# devices pass packets through a scheduler.  Classes with inheritance,
# attribute reads and writes on instances, and method calls dominate.
# Prints the queue and hold counts, which are fixed for a given run.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
NUM_TASKS = 6
KIND_DEVICE, KIND_WORK = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        p = queue
        nxt = p.link
        while nxt is not None:
            p = nxt
            nxt = p.link
        p.link = self
        return queue


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_state(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running_state(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet_state(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_packet_pending(self):
        return self.packet_pending

    def is_task_waiting(self):
        return self.task_waiting

    def is_task_holding(self):
        return self.task_holding

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

    def is_waiting_with_packet(self):
        return self.packet_pending and self.task_waiting and not self.task_holding


class Scheduler:
    def __init__(self):
        self.tasks = [None] * NUM_TASKS
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.queue_count = 0
        self.layout = 0

    def add(self, task):
        self.tasks[task.ident] = task
        self.task_list = task

    def find(self, ident):
        t = self.tasks[ident]
        if t is None:
            raise RuntimeError('bad task id %d' % ident)
        return t

    def hold_current(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def suspend_current(self):
        self.current.task_holding = False
        return self.current

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait_current(self):
        self.current.task_waiting = True
        return self.current

    def queue(self, packet):
        t = self.find(packet.ident)
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return t.add_packet(packet, self.current)

    def run(self):
        self.current = self.task_list
        while self.current is not None:
            if self.current.is_task_holding_or_waiting():
                self.current = self.current.link
            else:
                self.current_id = self.current.ident
                self.current = self.current.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, queue, state):
        TaskState.__init__(self)
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = queue
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        sched.add(self)

    def add_packet(self, packet, old):
        if self.input is None:
            self.input = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.input = packet.append_to(self.input)
        return old

    def run_task(self):
        if self.is_waiting_with_packet():
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running_state()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.step(msg)

    def step(self, packet):
        raise NotImplementedError


class IdleTask(Task):
    def __init__(self, sched, ident, priority, queue, state, count):
        super().__init__(sched, ident, priority, queue, state)
        self.control = 1
        self.count = count

    def step(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.pending = None

    def step(self, packet):
        if packet is None:
            packet = self.pending
            if packet is None:
                return self.sched.wait_current()
            self.pending = None
            return self.sched.queue(packet)
        self.pending = packet
        return self.sched.hold_current()


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.work_in = None
        self.device_in = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.sched.wait_current()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.sched.queue(work)
        dev = self.device_in
        if dev is None:
            return self.sched.wait_current()
        self.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.sched.queue(dev)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, queue, state):
        super().__init__(sched, ident, priority, queue, state)
        self.destination = HANDLER_A
        self.count = 0

    def step(self, packet):
        if packet is None:
            return self.sched.wait_current()
        self.destination = HANDLER_B if self.destination == HANDLER_A else HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return self.sched.queue(packet)


def schedule(count):
    sched = Scheduler()
    IdleTask(sched, IDLE, 1, None, TaskState().running_state(), count)
    wq = Packet(None, WORKER, KIND_WORK)
    wq = Packet(wq, WORKER, KIND_WORK)
    WorkTask(sched, WORKER, 1000, wq, TaskState().waiting_with_packet_state())
    for handler, device in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        wq = Packet(None, device, KIND_DEVICE)
        wq = Packet(wq, device, KIND_DEVICE)
        wq = Packet(wq, device, KIND_DEVICE)
        HandlerTask(sched, handler, 2000 + handler - HANDLER_A, wq,
                    TaskState().waiting_with_packet_state())
    DeviceTask(sched, DEVICE_A, 4000, None, TaskState().waiting_state())
    DeviceTask(sched, DEVICE_B, 5000, None, TaskState().waiting_state())
    sched.run()
    return sched.queue_count, sched.hold_count


total_q = total_h = 0
for _ in range(25):
    q, h = schedule(10000)
    total_q += q
    total_h += h
print(q, h, total_q, total_h)
