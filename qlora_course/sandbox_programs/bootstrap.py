"""First program inside the sandbox (as root when the parent is root). Reads its settings as JSON on stdin, sets up
the mount namespace (if any), forks the program, drops privileges and sets rlimits in the child, execs the harness,
and reaps. Run by `qlora_course.sandbox` as `python -I -c <this file's text>`; importing it does nothing.

Exit status: the program's own (or 128 + signal); 125 when the set-up failed."""
import json, os, resource, signal, subprocess, sys

VIRTUAL = {"proc", "sysfs", "cgroup", "cgroup2", "devpts", "mqueue", "debugfs", "tracefs", "securityfs",
           "pstore", "bpf", "configfs", "fusectl", "hugetlbfs", "binfmt_misc", "autofs", "efivarfs"}

def fail(msg):
    os.write(2, ("sandbox setup failed: " + msg + "\n").encode()); os._exit(125)

def mount_private(tmpfs_mb):
    "Every real filesystem read-only (best effort), then a fresh tmpfs on /tmp, /var/tmp and /dev/shm."
    run = lambda cmd, check=True: subprocess.run(cmd, check=check, stdin=subprocess.DEVNULL,
                                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    run(["mount", "--make-rprivate", "/"])
    with open("/proc/self/mountinfo") as f:
        targets = [l.split()[4] for l in f if l.split(" - ")[1].split()[0] not in VIRTUAL]
    for t in targets: run(["mount", "-o", "remount,bind,ro", t], check=False)
    for d in ("/tmp", "/var/tmp", "/dev/shm"):
        if os.path.isdir(d): run(["mount", "-t", "tmpfs", "-o", "size=%dm,mode=1777,nosuid,nodev" % tmpfs_mb, "tmpfs", d])

def exec_program(cfg, r):
    "In the forked child: stdin = the nonce pipe, drop to the sandbox uid, set the rlimits, exec the harness."
    uid = cfg["uid"]
    try:
        os.dup2(r, 0); os.close(r)
        if uid is not None:
            os.setgroups([]); os.setgid(uid); os.setuid(uid)
        for name, soft, hard in cfg["rlimits"]:
            resource.setrlimit(getattr(resource, name), (soft, hard))
        os.chdir(cfg["workdir"])
        os.execve(cfg["python"], [cfg["python"], "-I", "-c", cfg["harness"], str(cfg["result_fd"]), cfg["workdir"],
                  "1" if cfg["audit"] else "0"], cfg["env"])
    except BaseException as e:
        os.write(2, ("sandbox setup failed: %r\n" % (e,)).encode()); os._exit(125)

def main():
    cfg = json.loads(sys.stdin.buffer.read())
    uid, work = cfg["uid"], cfg["workdir"]
    try:
        if cfg["mount"]: mount_private(cfg["tmpfs_mb"])
        os.makedirs(work, exist_ok=True)
        with open(os.path.join(work, "solution.py"), "w") as f: f.write(cfg["code"])
        if uid is not None:
            os.chown(work, uid, uid); os.chmod(work, 0o700)
    except Exception as e: fail(repr(e))
    r, w = os.pipe()
    os.write(w, cfg["nonce"].encode()); os.close(w)
    pid = os.fork()
    if pid == 0: exec_program(cfg, r)
    os.close(r)
    while True:  # as pid 1 of a pid namespace we also reap orphans; stop when the program itself exits
        try: wpid, status = os.wait()
        except ChildProcessError: status = 125 << 8; break
        if wpid == pid: break
    if uid is not None and not cfg["pidns"]:  # no pid namespace: kill everything left running under the sandbox uid
        if os.fork() == 0:
            os.setgid(uid); os.setuid(uid)
            try: os.kill(-1, signal.SIGKILL)
            finally: os._exit(0)
        os.wait()
    os._exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))

if __name__ == "__main__": main()
