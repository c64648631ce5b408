"""Peak memory of the current process, for benchmarks that measure in a child process."""

from __future__ import annotations

import resource


def peak_rss_mb() -> float:
    """This process's own peak RSS. VmHWM belongs to the address space exec created;
    ru_maxrss would carry over the parent's peak across fork + exec on Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # macOS: bytes, close enough
