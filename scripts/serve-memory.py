#!/usr/bin/env python3
"""Peak memory of `redraft serve` while many slow clients download one large static file.

Writes a small portfolio with a SIZE_MB file in static/ (default 30 MB), starts
`BINARY serve` on a free port of 127.0.0.1, opens CLIENTS connections (default 48) that each ask
for the file and then read it slowly (`slow`: 4 KiB every half second) or not at all after the
headers (`stall`), holds them for HOLD seconds (default 6), and prints the server's resident
memory before and its peak (VmHWM in /proc/PID/status) after. Everything stays on this computer
and ends by itself.

    scripts/serve-memory.py target/release/redraft [stall|slow] [CLIENTS] [SIZE_MB] [HOLD]
"""

import os
import re
import socket
import subprocess
import sys
import tempfile
import time


def status_kib(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def main():
    binary = sys.argv[1]
    mode = sys.argv[2] if len(sys.argv) > 2 else "stall"
    clients = int(sys.argv[3]) if len(sys.argv) > 3 else 48
    size_mb = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    hold = float(sys.argv[5]) if len(sys.argv) > 5 else 6.0

    with tempfile.TemporaryDirectory() as root:
        with open(os.path.join(root, "redraft.yaml"), "w") as f:
            f.write("title: Memory\n")
        os.makedirs(os.path.join(root, "pieces/essay"))
        with open(os.path.join(root, "pieces/essay/01.md"), "w") as f:
            f.write("---\ntitle: Essay\n---\nA first try.\n")
        os.makedirs(os.path.join(root, "static"))
        with open(os.path.join(root, "static/video.mp4"), "wb") as f:
            for _ in range(size_mb):
                f.write(os.urandom(1 << 20))

        server = subprocess.Popen(
            [binary, "serve", root, "--port", "0"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            port = None
            deadline = time.time() + 60
            while port is None and time.time() < deadline:
                line = server.stdout.readline()
                found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
                if found:
                    port = int(found.group(1))
            if port is None:
                sys.exit("the server did not say where it serves")
            time.sleep(0.5)
            before = status_kib(server.pid, "VmRSS")

            socks = []
            for _ in range(clients):
                s = socket.socket()
                # A small receive window, so the kernel holds little for the client.
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                s.connect(("127.0.0.1", port))
                s.sendall(b"GET /video.mp4 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                socks.append(s)
            for s in socks:
                s.settimeout(10)
                head = b""
                while b"\r\n\r\n" not in head:
                    chunk = s.recv(1024)
                    if not chunk:
                        break
                    head += chunk
                s.setblocking(False)

            received = 0
            peak_rss = 0
            ends = time.time() + hold
            while time.time() < ends:
                if mode == "slow":
                    for s in socks:
                        try:
                            received += len(s.recv(4096))
                        except BlockingIOError:
                            pass
                peak_rss = max(peak_rss, status_kib(server.pid, "VmRSS"))
                time.sleep(0.5)
            hwm = status_kib(server.pid, "VmHWM")
            for s in socks:
                s.close()

            print(f"{clients} clients ({mode}), {size_mb} MB file, held {hold:g} s")
            print(f"resident before the clients: {before / 1024:.1f} MiB")
            print(f"resident at most while they read: {peak_rss / 1024:.1f} MiB")
            print(f"peak resident (VmHWM): {hwm / 1024:.1f} MiB")
            if mode == "slow":
                print(f"the clients read {received / 1024:.0f} KiB in all")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
