#!/usr/bin/env python3
"""Fifty SSH connections to one record at once, through the real sshd and ssh on loopback.

Connects the chair, the clerk, nine members (ballots) and 39 projectors, each ssh client on a
pseudo-terminal of its own (100x30), then lets them sit idle and measures the CPU their processes use (gavel, sshd
and ssh, from /proc), then has the members vote and change their votes in turn. For each vote it times,
for every projector, the interval from the member's key press (written to that member's ssh) to the
first bytes of the projector's next frame (read from the projector's ssh), and prints the median, p99
and maximum. Then the resident memory of each connection's gavel process and sshd session. It runs the
floor first (one member and one projector, with the chair and clerk: four connections), then the fifty
twice.

Usage: scripts/bench-remote.py [path to a release gavel, default .build/release/gavel] [rounds, default 6]
Needs: /usr/sbin/sshd and /usr/bin/ssh (openssh-server, openssh-client); run as the user who will log in.
"""
import fcntl, os, pty, pwd, select, shutil, signal, socket, struct, subprocess, sys, tempfile, termios, time

GAVEL = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/release/gavel")
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 6
SEATS = ["early-years", "primary-schools", "secondary-schools", "post-16-19-colleges", "special-schools",
         "pupil-referral-units", "primary-governors", "secondary-governors", "finance"]
PROJECTORS = 50 - 2 - len(SEATS)


def run(*args, **kw):
    return subprocess.run(args, check=True, stdin=subprocess.DEVNULL, capture_output=True, text=True, **kw).stdout


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Connection:
    """One ssh client on its own pseudo-terminal."""

    def __init__(self, name, command):
        self.name = name
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        env = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8")
        self.process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env,
                                        start_new_session=True, close_fds=True)
        os.close(slave)
        self.received = 0
        self.last_output = time.monotonic()
        self.first_after = None  # time of the first output after a mark

    def read(self, now):
        try:
            data = os.read(self.master, 65536)
        except OSError:
            data = b""
        if data:
            self.received += len(data)
            self.last_output = now
            if self.first_after is None:
                self.first_after = now

    def press(self, keys):
        os.write(self.master, keys)


def pump(connections, seconds):
    """Reads every terminal's output for `seconds`."""
    by_fd = {c.master: c for c in connections}
    deadline = time.monotonic() + seconds
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return
        ready, _, _ = select.select(list(by_fd), [], [], left)
        now = time.monotonic()
        for fd in ready:
            by_fd[fd].read(now)


def until_quiet(connections, quiet=0.15, limit=10):
    start = time.monotonic()
    while time.monotonic() - start < limit:
        pump(connections, 0.05)
        if time.monotonic() - max(c.last_output for c in connections) > quiet:
            return


def private_kib(pid):
    """Memory the process alone holds (private pages), not the binary and libraries every gavel shares."""
    total = 0
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith(("Private_Clean:", "Private_Dirty:")):
                    total += int(line.split()[1])
    except OSError:
        pass
    return total


def rss_kib(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def cpu_busy(seconds, connections):
    """The machine's CPU use while the connections sit idle, from /proc/stat, as a share of all cores."""
    def sample():
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
        return sum(fields), fields[3] + fields[4]
    total0, idle0 = sample()
    pump(connections, seconds)
    total1, idle1 = sample()
    return 100 * (1 - (idle1 - idle0) / max(1, total1 - total0))


def cpu_seconds_by_program():
    """CPU time used so far by every gavel, sshd and ssh process, by program name."""
    ticks = os.sysconf("SC_CLK_TCK")
    totals = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        try:
            # A gavel that re-executed itself is named "exe"; its binary says what it is.
            if os.readlink(f"/proc/{pid}/exe") == GAVEL:
                name = "gavel"
        except OSError:
            pass
        if name in ("gavel", "sshd", "ssh"):
            totals[name] = totals.get(name, 0) + (int(fields[11]) + int(fields[12])) / ticks
    return totals


def cpu_seconds_by_role(roles):
    """CPU time used so far by each `gavel remote`, summed by the role of its key (`roles`: fingerprint to
    role)."""
    ticks = os.sysconf("SC_CLK_TCK")
    totals = {}
    for pid in os.listdir("/proc"):
        if not pid.isdigit():
            continue
        try:
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                cmdline = f.read().decode(errors="replace").split("\0")
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if "remote" in cmdline and "--key" in cmdline:
            role = roles.get(cmdline[cmdline.index("--key") + 1])
            if role:
                totals[role] = totals.get(role, 0) + (int(fields[11]) + int(fields[12])) / ticks
    return totals


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def idle_cpu(connections, seconds):
    """CPU the connections' own processes (every gavel, sshd and ssh) use while all sit idle, as a share
    of all cores; and the whole machine's, for context (it counts whatever else the machine is doing)."""
    before = cpu_seconds_by_program()
    machine = cpu_busy(seconds, connections)
    after = cpu_seconds_by_program()
    share = {name: 100 * (after.get(name, 0) - before.get(name, 0)) / (seconds * os.cpu_count()) for name in ("gavel", "sshd", "ssh")}
    return share, machine


def session(folder, port, user, seats, projectors, rounds, tag):
    """Connects the chair, the clerk, `seats` members and `projectors` projectors to a new record, lets them
    sit idle, then has the members vote and change their votes; returns the figures."""
    record = f"{folder}/elg-{tag}.gavel"
    run(GAVEL, "new", "--db", record)
    # A key is given only to a named person: the chair and each seat's representative are named first.
    run(GAVEL, "do", "--db", record, 'name chair "Chair Person"', *[f'appoint {s} representative "Rep {s}" advised' for s in SEATS])
    holders = [("chair", "chair"), ("clerk", "clerk")] + [(s, f"Rep {s}") for s in seats]
    holders += [(f"projector{i}", "projector") for i in range(projectors)]
    for name, holder in holders:
        if not os.path.exists(f"{folder}/{name}"):
            run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", f"{folder}/{name}")
        run(GAVEL, "keys", "add", "--db", record, holder, f"{folder}/{name}.pub")
    with open(f"{folder}/authorized_keys", "w") as f:
        f.write(run(GAVEL, "keys", "authorized", "--db", record, "--gavel", GAVEL))
    script = ['open "ELG"'] + [f"arrive {s}.rep" for s in SEATS] + ['motion "That the banding model be adopted" mover=EOG', "vote open M1"]
    run(GAVEL, "do", "--db", record, *script)

    def ssh(name):
        return ["/usr/bin/ssh", "-F", "/dev/null", "-tt", "-p", str(port), "-i", f"{folder}/{name}", "-o", "IdentitiesOnly=yes",
                "-o", "IdentityAgent=none", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "LogLevel=ERROR", "-o", "SendEnv=LANG", f"{user}@127.0.0.1"]

    roles = {}
    for name, _ in holders:
        fingerprint = run("ssh-keygen", "-l", "-E", "sha256", "-f", f"{folder}/{name}.pub").split()[1]
        roles[fingerprint] = "projector" if name.startswith("projector") else ("member" if name in SEATS else name)
    connections = []
    figures = {"connections": len(holders)}
    try:
        started = time.monotonic()
        for name, _ in holders:
            connections.append(Connection(name, ssh(name)))
        until_quiet(connections, quiet=1.0, limit=60)
        figures["opened"] = time.monotonic() - started
        # Fifty processes starting at once keep a busy machine busy for some seconds more.
        pump(connections, float(os.environ.get("GAVEL_BENCH_SETTLE", "15")))
        idle = float(os.environ.get("GAVEL_BENCH_IDLE", "10"))
        figures["idle"], figures["machine"] = idle_cpu(connections, idle)
        cpu_before = cpu_seconds_by_program()
        roles_before = cpu_seconds_by_role(roles)
        members = [c for c in connections if c.name in seats]
        watched = [c for c in connections if c.name.startswith("projector")]
        latencies = []
        for round_number in range(rounds):
            for member in members:
                # The first round casts FOR; later rounds change the vote, which asks, and y confirms.
                keys = b"y" if round_number == 0 or round_number % 2 == 0 else b"n"
                if round_number > 0:
                    member.press(keys)
                    until_quiet(connections, quiet=0.1)
                    keys = b"y"
                for c in connections:
                    c.first_after = None
                pressed = time.monotonic()
                member.press(keys)
                deadline = pressed + 5
                while time.monotonic() < deadline and any(p.first_after is None for p in watched):
                    pump(connections, 0.01)
                latencies += [(p.first_after - pressed) * 1000 for p in watched if p.first_after is not None]
                missed = sum(p.first_after is None for p in watched)
                if missed:
                    print(f"  {missed} projector(s) drew nothing within 5 s of a vote")
                until_quiet(connections, quiet=0.1)
        cpu_after = cpu_seconds_by_program()
        roles_after = cpu_seconds_by_role(roles)
        votes = rounds * len(members)
        counts = {role: list(roles.values()).count(role) for role in set(roles.values())}
        figures["per_role"] = {role: (roles_after.get(role, 0) - roles_before.get(role, 0)) / votes * 1000 / counts[role]
                               for role in sorted(counts)}
        figures["per_vote"] = {name: (cpu_after.get(name, 0) - cpu_before.get(name, 0)) / votes * 1000 for name in ("gavel", "sshd", "ssh")}
        figures["latencies"] = latencies
        figures["votes"] = votes
        remotes = []
        for pid in os.listdir("/proc"):
            if pid.isdigit():
                try:
                    with open(f"/proc/{pid}/cmdline", "rb") as f:
                        cmdline = f.read().split(b"\0")
                except OSError:
                    continue
                if b"remote" in cmdline and record.encode() in cmdline:
                    remotes.append(int(pid))
        figures["private"] = [private_kib(pid) for pid in remotes]
        figures["rss"] = [rss_kib(pid) for pid in remotes]
        sessions = []
        for pid in remotes:
            try:
                with open(f"/proc/{pid}/stat") as f:
                    sessions.append(rss_kib(int(f.read().rsplit(")", 1)[1].split()[1])))
            except OSError:
                pass
        figures["session_rss"] = sessions
        figures["verify"] = run(GAVEL, "verify", "--db", record).splitlines()[0]
    finally:
        for c in connections:
            try:
                c.process.send_signal(signal.SIGHUP)
            except OSError:
                pass
        for c in connections:
            try:
                c.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                c.process.kill()
    return figures


def report(title, figures, projectors):
    lat = figures["latencies"]
    print(f"{title}: {figures['connections']} connections, open and drawn in {figures['opened']:.1f} s")
    idle = figures["idle"]
    by_program = ", ".join(f"{name} {share:.2f}%" for name, share in idle.items())
    print(f"  idle: their processes use {sum(idle.values()):.2f}% of {os.cpu_count()} cores ({by_program}; "
          f"the whole machine {figures['machine']:.0f}%, counting whatever else it runs)")
    spent = ", ".join(f"{name} {ms:.1f} ms" for name, ms in figures["per_vote"].items())
    print(f"  CPU per vote, summed over every process of each program: {spent}")
    each = ", ".join(f"{role} {ms:.2f} ms" for role, ms in figures["per_role"].items())
    print(f"  CPU per vote of one gavel, by its role: {each}")
    if lat:
        print(f"  member's key press to each projector's frame, {len(lat)} frames ({figures['votes']} votes x {projectors} projectors): "
              f"p50 {percentile(lat, 50):.1f} ms, p99 {percentile(lat, 99):.1f} ms, max {max(lat):.1f} ms")
    if figures["rss"]:
        print(f"  memory per connection: gavel remote {percentile(figures['private'], 50) / 1024:.1f} MiB its own, "
              f"{percentile(figures['rss'], 50) / 1024:.1f} MiB resident with the shared binary; its sshd session "
              f"{percentile(figures['session_rss'], 50) / 1024:.1f} MiB resident")
    print(f"  record after the run: {figures['verify']}")


def main():
    if not (os.access("/usr/sbin/sshd", os.X_OK) and os.access("/usr/bin/ssh", os.X_OK)):
        sys.exit("needs /usr/sbin/sshd and /usr/bin/ssh (apt-get install openssh-server openssh-client)")
    if not os.access(GAVEL, os.X_OK):
        sys.exit(f"no gavel at {GAVEL}; build it with: swift build -c release --product gavel")
    folder = tempfile.mkdtemp(prefix="gavel-bench-remote-")
    user = pwd.getpwuid(os.getuid()).pw_name
    sshd = None
    try:
        run("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", f"{folder}/host_key")
        port = free_port()
        with open(f"{folder}/sshd_config", "w") as f:
            f.write(f"Port {port}\nListenAddress 127.0.0.1\nHostKey {folder}/host_key\nPidFile {folder}/sshd.pid\n"
                    f"AuthorizedKeysFile {folder}/authorized_keys\nStrictModes no\nUsePAM no\nPasswordAuthentication no\n"
                    f"PermitRootLogin forced-commands-only\nAcceptEnv LANG\nSetEnv XDG_DATA_HOME={folder}\n"
                    f"MaxStartups 100\nMaxSessions 100\nLogLevel ERROR\n")
        if os.getuid() == 0:
            os.makedirs("/run/sshd", exist_ok=True)
        sshd = subprocess.Popen(["/usr/sbin/sshd", "-D", "-e", "-f", f"{folder}/sshd_config"],
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, close_fds=True)
        time.sleep(0.5)
        # The floor: one member and one projector (with the chair and the clerk), the same path.
        report("floor: one member, one projector", session(folder, port, user, SEATS[:1], 1, ROUNDS, "floor"), 1)
        for run_number in (1, 2):
            report(f"fifty, run {run_number}", session(folder, port, user, SEATS, PROJECTORS, ROUNDS, f"fifty-{run_number}"), PROJECTORS)
    finally:
        if sshd:
            sshd.terminate()
            sshd.wait(timeout=5)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
