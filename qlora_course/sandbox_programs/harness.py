"""Runs `solution.py` inside the sandbox and reports success on the result fd only after the program's last line ran.

argv: result fd, working directory, "1" to install the audit hook. stdin: the nonce (read, then closed).
Exit status: 0 ran to the end, 1 raised, 2 does not compile, 3 called exit() early, 4 could not report.
Run by `qlora_course.sandbox` as `python -I -c <this file's text>`; importing it does nothing."""
import os, sys

BLOCKED = ("socket.", "ctypes.", "subprocess.", "os.system", "os.exec", "os.posix_spawn", "os.spawn",
           "os.kill", "os.killpg", "pty.", "mmap.", "winreg.", "webbrowser.", "urllib.", "http.", "ftplib.",
           "smtplib.", "sqlite3.connect", "os.fork", "os.forkpty")
PATHS = ("os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.chown", "os.truncate",
         "os.symlink", "os.link", "os.utime", "shutil.rmtree", "shutil.move", "shutil.copyfile", "os.chdir")

def audit_hook(work):
    "An audit hook refusing network, subprocesses, ctypes and writes outside `work` (bypassable: not the boundary)."
    realpath, isinstance_, fspath = os.path.realpath, isinstance, os.fspath
    W = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    def inside(p):
        try: p = realpath(fspath(p) if not isinstance_(p, int) else "/proc/self/fd/%d" % p)
        except Exception: return False
        if isinstance_(p, bytes): p = p.decode(errors="replace")
        return p == work or p.startswith(work + "/") or p == "/dev/null"
    def hook(event, args):
        if event.startswith(BLOCKED) or (event == "import" and args[0] in ("ctypes", "_ctypes")):
            raise PermissionError("sandbox: %s is not allowed" % event)
        if event == "open":
            path, mode, flags = args
            writing = (mode is not None and any(c in mode for c in "wax+")) or (mode is None and flags & W)
            if writing and not inside(path): raise PermissionError("sandbox: writing %r is not allowed" % (path,))
        elif event in PATHS:
            for a in args:
                if isinstance_(a, (str, bytes, os.PathLike)) and not inside(a):
                    raise PermissionError("sandbox: %s(%r) is not allowed" % (event, a))
    return hook

def main():
    fd, work, audit = int(sys.argv[1]), os.path.realpath(sys.argv[2]), sys.argv[3] == "1"
    nonce = os.read(0, 4096); os.close(0); os.open(os.devnull, os.O_RDONLY)
    write, exit_ = os.write, os._exit   # kept: the program may replace print, sys.exit, ...
    if audit: sys.addaudithook(audit_hook(work))
    try:
        with open("solution.py") as f: src = f.read()
        code = compile(src, "solution.py", "exec")
    except BaseException:
        import traceback; write(2, traceback.format_exc(limit=0).encode(errors="replace")); exit_(2)
    g = {"__name__": "__main__", "__file__": "solution.py", "__builtins__": __builtins__}
    try:
        exec(code, g)
    except SystemExit as e:
        write(2, b"\nsandbox: the program called exit(%r) before its last line\n" % (e.code,)); exit_(3)
    except BaseException:
        import traceback; t, v, tb = sys.exc_info()  # written directly: the program may have replaced print
        write(2, "".join(traceback.format_exception(t, v, tb.tb_next)).encode(errors="replace")); exit_(1)
    try: sys.stdout.flush(); sys.stderr.flush()
    except BaseException: pass
    try: write(fd, nonce)
    except BaseException: exit_(4)
    exit_(0)

if __name__ == "__main__": main()
